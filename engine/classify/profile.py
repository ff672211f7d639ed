"""Column sample profiles: run the value detectors over sampled cells and keep only statistics.

The raw values live only inside `profile_values`; what it returns holds counts,
detector hits and a few masked examples, never a value.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime

from engine.classify.detectors import DETECTORS, Shape, detect, detector, hash_format, scan_text, shape_of
from engine.classify.masking import mask
from engine.model import DetectorHit, SampleProfile

HASH_MAJORITY = 0.8  # share of non-null values that must be hashes for a column's hash_format
_MIN_TEXT = 8  # shorter cells cannot hold an embedded email or number worth a hit
_MAX_TEXT = 10_000  # free text is scanned up to this many characters
_ENTROPY_VALUES = 256  # distinct values the mean entropy is estimated from (first seen, count-weighted)
_ORDER = {d.name: i for i, d in enumerate(DETECTORS)}


def cell_text(value: object) -> str | None:
    """A sampled value as the stripped text detectors read; None for SQL NULL, NaN and blanks."""
    if type(value) is str:
        text = value.strip()
    elif value is None:
        return None
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        if math.isnan(value):
            return None
        # Spreadsheets and pandas turn phone and card numbers into floats: 13812345678.0
        text = str(int(value)) if value.is_integer() and abs(value) < 1e19 else repr(value)
    elif isinstance(value, bytes | bytearray | memoryview):
        raw = bytes(value)
        try:
            text = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            text = raw.hex()  # binary digests (BINARY(16), BINARY(32)) then read as md5-hex, sha256-hex
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value).strip()
    return text or None


def char_entropy(text: str) -> float:
    """Shannon entropy of the text's character distribution, in bits per character."""
    n = len(text)
    if n <= 1:
        return 0.0
    return math.log2(n) - sum(c * math.log2(c) for c in Counter(text).values() if c > 1) / n


def _found_in(text: str) -> list[tuple[str, str]]:
    """(detector name, matched text) for a distinct cell: whole-cell detectors, else free-text hits."""
    whole = detect(text)
    if whole:
        return [(d.name, text) for d in whole]
    if len(text) < _MIN_TEXT or shape_of(text) is Shape.DIGITS:
        return []
    seen: dict[str, str] = {}
    for name, found in scan_text(text[:_MAX_TEXT]):
        seen.setdefault(name, found)  # a cell counts once per detector, however often it repeats
    return list(seen.items())


def _dominant_hash(hashes: Counter[str], non_null: int) -> str | None:
    if not hashes or sum(hashes.values()) < HASH_MAJORITY * non_null:
        return None
    return hashes.most_common(1)[0][0]


def _hit_order(item: tuple[str, int]) -> tuple[int, int, str]:
    """Most matches first; ties in registry order, then text hits by name."""
    name, matched = item
    return (-matched, _ORDER.get(name, len(_ORDER)), name)


def profile_values(values: Iterable[object], *, max_examples: int = 3) -> SampleProfile:
    """Profile one column's sampled values: counts, validated detector hits, masked examples, hashes."""
    cells = [cell_text(v) for v in values]
    counts: Counter[str] = Counter(text for text in cells if text is not None)
    non_null = counts.total()

    matched: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    hashes: Counter[str] = Counter()
    entropy = 0.0
    entropy_weight = 0
    max_length = 0
    for index, (text, n) in enumerate(counts.items()):
        max_length = max(max_length, len(text))
        if index < _ENTROPY_VALUES:
            entropy += n * char_entropy(text)
            entropy_weight += n
        found = _found_in(text)
        for name, evidence in found:
            matched[name] += n
            kept = examples.setdefault(name, [])
            if len(kept) < max_examples:
                kept.append(mask(evidence, name))
        if not found:
            fmt = hash_format(text)
            if fmt is not None:
                hashes[fmt] += n

    ranked = sorted(matched.items(), key=_hit_order)
    # Examples of the dominant detector; a column nothing recognised shows its first values, masked.
    shown = examples[ranked[0][0]] if ranked else [mask(text) for text in list(counts)[:max_examples]]
    return SampleProfile(
        total=len(cells),
        non_null=non_null,
        distinct=len(counts),
        hits=tuple(DetectorHit(name, detector(name).category, m) for name, m in ranked),
        masked_examples=tuple(shown),
        hash_format=_dominant_hash(hashes, non_null),
        max_length=max_length,
        mean_entropy=round(entropy / entropy_weight, 4) if entropy_weight else 0.0,
    )
