"""Masking of sampled values: every evidence string that can reach a report goes through `mask`.

Each format keeps only what an auditor needs to recognise it (``138****5678``,
``j***@example.com``, ``6222********1234``); anything else keeps at most a quarter
of its characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TEXT_PREFIX = "text:"
_MAX_STARS = 12  # long values: the number of hidden characters is not evidence either


def _stars(n: int) -> str:
    return "*" * n


def _keep_ends(value: str, head: int, tail: int) -> str:
    """Keep `head` leading and `tail` trailing characters, star the rest (all stars if too short)."""
    if len(value) <= head + tail:
        return _stars(len(value))
    return value[:head] + _stars(len(value) - head - tail) + (value[len(value) - tail :] if tail else "")


def _packed(value: str) -> str:
    return re.sub(r"[\s().-]", "", value)


def mask_generic(value: str) -> str:
    """Keep at most 25 % of the characters, split between both ends; short values become stars."""
    keep = len(value) // 4
    head, tail = (keep + 1) // 2, keep // 2
    hidden = len(value) - head - tail
    return value[:head] + _stars(min(hidden, _MAX_STARS)) + (value[len(value) - tail :] if tail else "")


def mask_email(value: str) -> str:
    local, at, domain = value.rpartition("@")
    if not at:
        return mask_generic(value)
    return (local[0] if len(local) > 1 else "") + "***@" + domain


def mask_phone(value: str) -> str:
    digits = _packed(value)
    return _keep_ends(digits, 3, 4) if len(digits) >= 11 else _keep_ends(digits, 2, 2)


def mask_id_number(value: str) -> str:
    """Resident IDs, cards, IBANs: the first and last four characters, as printed on receipts."""
    return _keep_ends(_packed(value), 4, 4)


def mask_ssn(value: str) -> str:
    return "***-**-" + _packed(value)[-4:]


def mask_ipv4(value: str) -> str:
    return value.split(".", 1)[0] + ".*.*.*"


def mask_ipv6(value: str) -> str:
    return value.split(":", 1)[0] + ":****"


def mask_digits_after(value: str, keep: int) -> str:
    """Star every digit after the first `keep` characters, keeping separators (dates, plates)."""
    return value[:keep] + re.sub(r"[0-9A-Za-z]", "*", value[keep:])


def mask_coordinates(value: str) -> str:
    """Truncate each coordinate to one decimal (about 10 km)."""
    return re.sub(r"(\d\.\d)\d+", r"\1*", value)


def mask_name(value: str) -> str:
    """Keep each word's initial: ``张三`` -> ``张*``, ``John Smith`` -> ``J*** S****``."""
    return " ".join(word[0] + _stars(len(word) - 1) if len(word) > 1 else "*" for word in value.split())


_MASKERS: dict[str, Callable[[str], str]] = {
    "email": mask_email,
    "cn_mobile": mask_phone,
    "phone": mask_phone,
    "cn_resident_id": mask_id_number,
    "payment_card": mask_id_number,
    "iban": mask_id_number,
    "us_ssn": mask_ssn,
    "us_ssn_digits": mask_ssn,
    "ipv4": mask_ipv4,
    "ipv6": mask_ipv6,
    # the vendor prefix (OUI) names a manufacturer, not a device
    "mac_address": lambda v: mask_digits_after(v, 8 if len(v) == 17 else 7),
    "date_of_birth": lambda v: mask_digits_after(v, 2),
    "cn_vehicle_plate": lambda v: mask_digits_after(v, 2),
    "gps_pair": mask_coordinates,
    "gps_coordinate": mask_coordinates,
    "name": mask_name,
}


def mask(value: str, detector: str | None = None) -> str:
    """The value masked for evidence, by the format its detector recognised (generic when unknown)."""
    value = value.strip()
    if not value:
        return ""
    masker = _MASKERS.get((detector or "").removeprefix(_TEXT_PREFIX), mask_generic)
    return masker(value)
