"""Value detectors: which personal-data formats a single sampled cell is, with real validation.

A detector matches a whole normalised cell (never a substring) and a value only
counts when its checksum, number plan or date agrees: an 18-digit number with a
wrong check digit is not a resident ID. `scan_text` is the one exception: it
finds the same formats inside free text (notes, remarks) and reports them as
``text:<detector>``. Password-hash formats are recognised separately
(`hash_format`): they are not a data category, but they tell a rule that a
column is protected.
"""

from __future__ import annotations

import enum
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata
from stdnum import numdb

EMAIL = "user.contact.email"
PHONE = "user.contact.phone_number"
NATIONAL_ID = "user.government_id.national_identification_number"
PASSPORT = "user.government_id.passport_number"
DRIVERS_LICENSE = "user.government_id.drivers_license_number"
VEHICLE = "user.government_id.vehicle_registration"
CARD = "user.financial.credit_card"
BANK_ACCOUNT = "user.financial.bank_account"
IP_ADDRESS = "user.device.ip_address"
MAC_ADDRESS = "user.device.mac_address"
DATE_OF_BIRTH = "user.demographic.date_of_birth"
PRECISE_LOCATION = "user.location.precise"

TEXT_PREFIX = "text:"


class Shape(enum.Enum):
    """Coarse shape of a cell, from its first character: picks which detectors can possibly match."""

    DIGITS = "digits"  # ASCII digits only
    DIGIT = "digit"  # starts with a digit, has other characters
    ALPHA = "alpha"  # starts with an ASCII letter
    SYMBOL = "symbol"  # starts with other ASCII ("+", "-", "$", ":", ...)
    OTHER = "other"  # starts with a non-ASCII character (CJK plates)


@dataclass(frozen=True)
class Detector:
    """One value format: a cheap anchored prefilter, then a validator run only on candidates."""

    name: str
    category: str
    pattern: re.Pattern[str]  # fullmatched against the (compacted) cell
    validate: Callable[[str], bool]
    shapes: frozenset[Shape]
    min_length: int  # of the stripped cell, before compaction
    max_length: int
    compact: bool = False  # drop inner spaces and hyphens before matching
    needs: str = ""  # a character the cell must contain ("@" for email)
    context_required: bool = False  # alone it proves nothing; trust it only with a telling column name


# ---------------------------------------------------------------- validators


def _always(_: str) -> bool:
    return True


def _has_digit(value: str) -> bool:
    return any(ch.isdigit() for ch in value)


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _plausible_birth(born: date | None) -> bool:
    return born is not None and date(1900, 1, 1) <= born <= date.today()


# GB/T 2260 provincial codes; 71 Taiwan, 81 Hong Kong, 82 Macao, 83 Taiwan residents' residence permits.
_CN_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
_CN_ID_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CN_ID_CHECK = "10X98765432"  # indexed by the weighted sum mod 11 (GB 11643-1999)


def cn_id_check_char(first17: str) -> str:
    """The MOD 11-2 check character for the first 17 digits of a resident ID."""
    total = sum(int(d) * w for d, w in zip(first17, _CN_ID_WEIGHTS, strict=True))
    return _CN_ID_CHECK[total % 11]


def cn_id_birth_date(value: str) -> date | None:
    """Birth date of a valid 18-character resident ID (check digit, province, date), else None."""
    value = value.strip()
    if len(value) != 18 or not value[:17].isdigit() or not value[:17].isascii():
        return None
    if int(value[:2]) not in _CN_PROVINCES:
        return None
    if cn_id_check_char(value[:17]) != value[17].upper():
        return None
    born = _date_or_none(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    return born if _plausible_birth(born) else None


def _valid_cn_id(value: str) -> bool:
    return cn_id_birth_date(value) is not None


def luhn_valid(digits: str) -> bool:
    """Luhn (ISO/IEC 7812-1) over a string of ASCII digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i & 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# (first prefix, last prefix, allowed lengths): Visa, Mastercard, Amex, Discover, JCB, UnionPay,
# Diners, Maestro. Lengths 17 and 18 are left out on purpose: cards of those lengths are rare, while
# 18-digit order numbers and resident IDs are everywhere and one in ten of them passes Luhn.
_LONG = frozenset({16, 19})
_IIN_RANGES: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),
    (51, 55, frozenset({16})),
    (2221, 2720, frozenset({16})),
    (34, 34, frozenset({15})),
    (37, 37, frozenset({15})),
    (6011, 6011, _LONG),
    (644, 649, _LONG),
    (65, 65, _LONG),
    (3528, 3589, _LONG | {15}),
    (62, 62, _LONG),
    (300, 305, _LONG | {14}),
    (36, 36, _LONG | {14}),
    (38, 39, _LONG | {14}),
    (50, 50, _LONG | {12, 13, 14, 15}),
    (56, 58, _LONG | {12, 13, 14, 15}),
    (63, 63, _LONG | {12, 13, 14, 15}),
    (67, 67, _LONG | {12, 13, 14, 15}),
)
# Every prefix spelled out ("2221" ... "2720"), so a lookup costs four dict probes, not a range scan.
_IIN_LENGTHS: dict[str, frozenset[int]] = {
    str(prefix): lengths for lo, hi, lengths in _IIN_RANGES for prefix in range(lo, hi + 1)
}


def card_brand_ok(digits: str) -> bool:
    """Whether the number's leading digits and length belong to a known card scheme."""
    n = len(digits)
    return any(n in _IIN_LENGTHS.get(digits[:width], ()) for width in (1, 2, 3, 4))


def _resident_id_shaped(digits: str) -> bool:
    """18 digits laid out like a resident ID (province, birth date), whatever its check digit."""
    return (
        len(digits) == 18
        and int(digits[:2]) in _CN_PROVINCES
        and _plausible_birth(_date_or_none(int(digits[6:10]), int(digits[10:12]), int(digits[12:14])))
    )


def _valid_card(digits: str) -> bool:
    # A run of one digit ("0000000000000000") passes Luhn: a placeholder, not a card. A resident ID
    # with a wrong check digit passes Luhn one time in ten: an ID typo, not a card.
    return (
        card_brand_ok(digits)
        and luhn_valid(digits)
        and len(set(digits)) > 2
        and not _resident_id_shaped(digits)
    )


# Numbers published in advertising and documentation, never issued to anyone.
_SSN_ADVERTISING = frozenset({"078051120", "219099999", "457555462", "123456789"})


def _valid_ssn(value: str) -> bool:
    digits = value.replace("-", "").replace(" ", "")
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        area not in {"000", "666"}
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
        and digits not in _SSN_ADVERTISING
    )


_IBAN_STRUCTURE = re.compile(r"(\d+)!([nac])")
_IBAN_CLASS = {"n": "[0-9]", "a": "[A-Z]", "c": "[A-Z0-9]"}


@cache
def _iban_bban_pattern(country: str) -> re.Pattern[str] | None:
    """The national account format (BBAN) of a country, from python-stdnum's IBAN registry."""
    props = numdb.get("iban").info(country)[0][1]
    structure = props.get("bban")
    if not structure:
        return None
    parts = (f"{_IBAN_CLASS[kind]}{{{count}}}" for count, kind in _IBAN_STRUCTURE.findall(structure))
    return re.compile("".join(parts))


def _valid_iban(value: str) -> bool:
    bban = _iban_bban_pattern(value[:2])
    if bban is None or not bban.fullmatch(value[4:]):
        return False
    rearranged = value[4:] + value[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _valid_ipv4(value: str) -> bool:
    octets = value.split(".")
    if octets[0] == "0" or any(len(o) > 1 and o[0] == "0" for o in octets):
        return False  # 0.x.x.x is no host; leading zeros are version strings or octal ambiguity
    return all(int(o) <= 255 for o in octets)


def _valid_ipv6(value: str) -> bool:
    colons = value.count(":")
    if not ("::" in value or colons == 7 or (colons == 6 and "." in value)) or value == "::":
        return False
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


def _valid_mac(value: str) -> bool:
    hexdigits = re.sub(r"[^0-9A-Fa-f]", "", value).lower()
    return hexdigits not in {"000000000000", "ffffffffffff"}


_PHONE_NOISE = re.compile(r"\(0\)|[().]|(?:x|ext\.?)\d{1,6}$")  # trunk "(0)", punctuation, extension
_CN_MOBILE = re.compile(r"(?:\+86|0086)?1[3-9]\d{9}")


def _valid_phone(value: str) -> bool:
    """International number (after "+" or "00"): country code and national number plan agree."""
    digits = _PHONE_NOISE.sub("", value)
    digits = digits[1:] if digits[0] == "+" else digits[2:]
    if not digits.isdigit():
        return False
    for width in (1, 2, 3):
        regions = COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:width]))
        if regions:
            national = digits[width:]
            return any(_national_number_ok(region, national) for region in regions)
    return False


def _national_number_ok(region: str, national: str) -> bool:
    desc = _phone_plan(region)
    return desc is not None and len(national) in desc[0] and desc[1].fullmatch(national) is not None


@cache
def _phone_plan(region: str) -> tuple[frozenset[int], re.Pattern[str]] | None:
    """Possible lengths and the general number pattern of a region, from libphonenumber's metadata."""
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None:
        return None
    desc = metadata.general_desc
    if not desc.national_number_pattern:
        return None
    return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern)


def _date_parts(value: str) -> list[tuple[int, int, int]]:
    """Candidate (year, month, day) readings of a date string; two for ambiguous d/m/y vs m/d/y."""
    digits = re.findall(r"\d+", value)
    if len(digits) == 1 and len(digits[0]) == 8:
        d = digits[0]
        return [(int(d[:4]), int(d[4:6]), int(d[6:8]))]
    if len(digits) < 3:
        return []
    a, b, c = digits[:3]
    if len(a) == 4:
        return [(int(a), int(b), int(c))]
    return [(int(c), int(b), int(a)), (int(c), int(a), int(b))]


def _valid_birth_date(value: str) -> bool:
    return any(_plausible_birth(_date_or_none(*parts)) for parts in _date_parts(value))


def _decimals(number: str) -> int:
    return len(number.partition(".")[2])


def _valid_gps_pair(value: str) -> bool:
    lat, lng = (part.strip() for part in value.split(","))
    return (
        abs(float(lat)) <= 90
        and abs(float(lng)) <= 180
        and min(_decimals(lat), _decimals(lng)) >= 3
        and (float(lat), float(lng)) != (0.0, 0.0)
    )


def _valid_coordinate(value: str) -> bool:
    return 0 < abs(float(value)) <= 180


# ---------------------------------------------------------------- registry

_ANY_ASCII = frozenset({Shape.DIGITS, Shape.DIGIT, Shape.ALPHA, Shape.SYMBOL})
_NUMERIC = frozenset({Shape.DIGITS, Shape.DIGIT})
_HEXLIKE = frozenset({Shape.DIGIT, Shape.ALPHA, Shape.SYMBOL})
_CN_PROVINCE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LETTER = "[A-HJ-NP-Z]"  # plates never use I or O
_PLATE_CHAR = "[A-HJ-NP-Z0-9]"


def _detector(
    name: str,
    category: str,
    pattern: str,
    validate: Callable[[str], bool],
    shapes: frozenset[Shape],
    lengths: tuple[int, int],
    *,
    compact: bool = False,
    needs: str = "",
    context_required: bool = False,
) -> Detector:
    return Detector(
        name,
        category,
        re.compile(pattern),
        validate,
        shapes,
        *lengths,
        compact,
        needs,
        context_required,
    )


DETECTORS: tuple[Detector, ...] = (
    _detector(
        "email",
        EMAIL,
        r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}",
        lambda v: len(v.partition("@")[0]) <= 64,
        _ANY_ASCII,
        (6, 254),
        needs="@",
    ),
    _detector(
        "cn_mobile",
        PHONE,
        _CN_MOBILE.pattern,
        _always,
        _NUMERIC | {Shape.SYMBOL},
        (11, 20),
        compact=True,
    ),
    _detector(
        "phone",
        PHONE,
        r"(?:\+|00)[1-9][0-9().]{5,22}(?:x|ext\.?)?\d{0,6}",
        lambda v: _CN_MOBILE.fullmatch(v) is None and _valid_phone(v),
        _NUMERIC | {Shape.SYMBOL},
        (8, 32),
        compact=True,
    ),
    _detector("cn_resident_id", NATIONAL_ID, r"[1-9]\d{16}[\dXx]", _valid_cn_id, _NUMERIC, (18, 18)),
    _detector(
        "us_ssn", NATIONAL_ID, r"\d{3}([- ])\d{2}\1\d{4}", _valid_ssn, frozenset({Shape.DIGIT}), (11, 11)
    ),
    _detector(
        "us_ssn_digits",
        NATIONAL_ID,
        r"\d{9}",
        _valid_ssn,
        frozenset({Shape.DIGITS}),
        (9, 9),
        context_required=True,
    ),
    _detector("payment_card", CARD, r"\d{12,19}", _valid_card, _NUMERIC, (12, 25), compact=True),
    _detector(
        "iban",
        BANK_ACCOUNT,
        r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}",
        _valid_iban,
        frozenset({Shape.ALPHA}),
        (15, 42),
        compact=True,
    ),
    _detector("ipv4", IP_ADDRESS, r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}", _valid_ipv4, _NUMERIC, (7, 15)),
    _detector("ipv6", IP_ADDRESS, r"[0-9A-Fa-f:.]{3,45}", _valid_ipv6, _HEXLIKE, (3, 45), needs=":"),
    _detector(
        "mac_address",
        MAC_ADDRESS,
        r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}",
        _valid_mac,
        frozenset({Shape.DIGIT, Shape.ALPHA}),
        (14, 17),
    ),
    _detector(
        "cn_passport", PASSPORT, r"[EG]\d{8}|E[A-HJ-NP-Z]\d{7}", _always, frozenset({Shape.ALPHA}), (9, 9)
    ),
    _detector(
        "passport",
        PASSPORT,
        r"[A-Z0-9]{6,9}",
        _has_digit,
        frozenset({Shape.DIGITS, Shape.ALPHA}),
        (6, 9),
        context_required=True,
    ),
    _detector(
        "drivers_license",
        DRIVERS_LICENSE,
        r"[A-Z]{1,2}\d{4,14}[A-Z]?",
        _always,
        frozenset({Shape.ALPHA}),
        (5, 22),
        compact=True,
        context_required=True,
    ),
    _detector(
        "date_of_birth",
        DATE_OF_BIRTH,
        r"(?:19|20)\d\d([-/.])\d{1,2}\1\d{1,2}(?:[ T]00:00(?::00(?:\.0+)?)?)?"
        r"|(?:19|20)\d{6}"
        r"|(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
        r"|\d{1,2}([-/.])\d{1,2}\2(?:19|20)\d\d",
        _valid_birth_date,
        _NUMERIC,
        (8, 29),
        context_required=True,
    ),
    _detector(
        "gps_pair",
        PRECISE_LOCATION,
        r"[-+]?\d{1,2}\.\d+ ?, ?[-+]?\d{1,3}\.\d+",
        _valid_gps_pair,
        _NUMERIC | {Shape.SYMBOL},
        (11, 48),
        needs=",",
    ),
    _detector(
        "gps_coordinate",
        PRECISE_LOCATION,
        r"[-+]?\d{1,3}\.\d{3,15}",
        _valid_coordinate,
        _NUMERIC | {Shape.SYMBOL},
        (5, 20),
        context_required=True,
    ),
    _detector(
        "cn_vehicle_plate",
        VEHICLE,
        f"[{_CN_PROVINCE_CHARS}]{_PLATE_LETTER}[·•]?"
        f"(?:{_PLATE_CHAR}{{4}}[A-HJ-NP-Z0-9挂学警港澳]|[DF]{_PLATE_CHAR}\\d{{4}}|\\d{{5}}[DF])",
        _always,
        frozenset({Shape.OTHER}),
        (7, 9),
        compact=True,
    ),
)

_BY_NAME: dict[str, Detector] = {d.name: d for d in DETECTORS}
if len(_BY_NAME) != len(DETECTORS):  # pragma: no cover - guards the registry itself
    raise AssertionError("duplicate detector name")


def detector(name: str) -> Detector:
    """The registered detector of a name; ``text:<name>`` resolves to the detector it scans for."""
    return _BY_NAME[name.removeprefix(TEXT_PREFIX)]


# ---------------------------------------------------------------- dispatch

_MAX_CELL = max(d.max_length for d in DETECTORS)
_ASCII_SHAPE: dict[str, Shape] = {
    chr(c): Shape.DIGIT if chr(c).isdigit() else Shape.ALPHA if chr(c).isalpha() else Shape.SYMBOL
    for c in range(128)
}


def _dispatch_table() -> dict[Shape, tuple[tuple[Detector, ...], ...]]:
    """For every shape and cell length, the detectors that can possibly match (computed once)."""
    return {
        shape: tuple(
            tuple(d for d in DETECTORS if shape in d.shapes and d.min_length <= n <= d.max_length)
            for n in range(_MAX_CELL + 1)
        )
        for shape in Shape
    }


_DISPATCH = _dispatch_table()


def shape_of(cell: str) -> Shape:
    shape = _ASCII_SHAPE.get(cell[0], Shape.OTHER)
    if shape is Shape.DIGIT and cell.isdigit() and cell.isascii():
        return Shape.DIGITS
    return shape


def compact(cell: str) -> str:
    """The cell without inner spaces and hyphens (as card, phone and ID numbers are often written)."""
    return cell.replace(" ", "").replace("-", "") if (" " in cell or "-" in cell) else cell


def detect(cell: str) -> tuple[Detector, ...]:
    """The detectors whose format and validation a whole, stripped cell satisfies (registry order)."""
    n = len(cell)
    if n == 0 or n > _MAX_CELL:
        return ()
    candidates = _DISPATCH[shape_of(cell)][n]
    if not candidates:
        return ()
    packed = compact(cell)
    hits: list[Detector] = []
    for d in candidates:
        text = packed if d.compact else cell
        if d.needs and d.needs not in text:
            continue
        if d.pattern.fullmatch(text) is not None and d.validate(text):
            hits.append(d)
    return tuple(hits)


# ---------------------------------------------------------------- password hashes

HASH_FORMATS: tuple[tuple[str, str], ...] = (
    ("bcrypt", r"\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}|bcrypt(?:_sha256)?\$\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}"),
    ("argon2", r"(?:argon2)?\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+"),
    ("scrypt", r"\$(?:scrypt|7)\$\S+|scrypt[$:]\d+[$:]\S+"),
    (
        "pbkdf2",
        r"pbkdf2_sha(?:1|256|512)\$\d+\$\S+|pbkdf2:sha(?:1|256|512)(?::\d+)?\$\S+|\$pbkdf2(?:-sha\d+)?\$\S+",
    ),
    ("sha512-crypt", r"\$6\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{86}"),
    ("sha256-crypt", r"\$5\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43}"),
    ("md5-crypt", r"\$1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}"),
    ("django-salted", r"(?:sha1|md5)\$[A-Za-z0-9]*\$[0-9a-f]{32,40}"),
    ("ldap-salted", r"\{(?:SSHA|SSHA256|SSHA512|SMD5|SHA|MD5)\}[A-Za-z0-9+/]+=*"),
    ("md5-hex", r"[0-9a-fA-F]{32}"),
    ("sha1-hex", r"[0-9a-fA-F]{40}"),
    ("sha256-hex", r"[0-9a-fA-F]{64}"),
    ("sha512-hex", r"[0-9a-fA-F]{128}"),
)
_HASH_RE = re.compile("|".join(f"(?P<h{i}>{rx})" for i, (_, rx) in enumerate(HASH_FORMATS)))
_MIN_HASH = 20  # the shortest recognised form ("{SHA}" + base64 of 20 bytes) is longer than this


def hash_format(cell: str) -> str | None:
    """The password-hash format of a whole cell ("bcrypt", "md5-hex", ...), else None."""
    if len(cell) < _MIN_HASH:
        return None
    m = _HASH_RE.fullmatch(cell)
    if m is None or m.lastgroup is None:
        return None
    return HASH_FORMATS[int(m.lastgroup[1:])][0]


# ---------------------------------------------------------------- free text

_TEXT_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
    r"(?![A-Za-z0-9-])"
)
# A run of digits, optionally "+"/"00"-prefixed and grouped by single spaces or hyphens. ASCII-only
# boundaries so a number glued to Chinese text ("电话13812345678") is still found.
_TEXT_NUMBER = re.compile(r"(?<![0-9A-Za-z+])\+?[0-9](?:[ -]?[0-9]){7,22}[Xx]?(?![0-9A-Za-z])")
_TEXT_NUMBER_DETECTORS = tuple(
    _BY_NAME[n] for n in ("cn_resident_id", "payment_card", "cn_mobile", "phone", "us_ssn")
)


def _number_detector(piece: str) -> Detector | None:
    packed = compact(piece)
    for d in _TEXT_NUMBER_DETECTORS:
        text = packed if d.compact else piece
        if d.pattern.fullmatch(text) is not None and d.validate(text):
            return d
    return None


def _number_hits(run: str) -> list[tuple[str, str]]:
    """Validated numbers in one digit run: the whole run, else its space-separated parts."""
    found = _number_detector(run)
    if found is not None:
        return [(TEXT_PREFIX + found.name, run)]
    hits = []
    for part in run.split():
        found = _number_detector(part)
        if found is not None:
            hits.append((TEXT_PREFIX + found.name, part))
    return hits


def scan_text(text: str) -> tuple[tuple[str, str], ...]:
    """Validated personal data inside free text: (``text:<detector>``, matched substring) in order."""
    hits: list[tuple[int, str, str]] = []
    if "@" in text:
        hits.extend((m.start(), TEXT_PREFIX + "email", m.group()) for m in _TEXT_EMAIL.finditer(text))
    for m in _TEXT_NUMBER.finditer(text):
        hits.extend((m.start(), name, found) for name, found in _number_hits(m.group()))
    hits.sort(key=lambda hit: hit[0])
    return tuple((name, found) for _, name, found in hits)
