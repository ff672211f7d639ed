"""The verdict on a column: metadata evidence fused with what its sampled values show.

Metadata (names.py) proposes categories; value detectors (SampleProfile.hits)
confirm, contradict or add to them. Strong validated formats create a
category on their own; context-only formats (birth dates, coordinates,
passports) count only with supporting metadata; loose formats such as phone
numbers do not count under key or document-number names. Deterministic: the
same column and profile always give the same Classification.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from engine.classify.detectors import DETECTORS, TEXT_PREFIX, detector
from engine.classify.lexicon import load_lexicon
from engine.classify.names import (
    CatalogContext,
    Evidence,
    MetadataEvidence,
    catalog_context,
    metadata_evidence,
)
from engine.classify.taxonomy import related
from engine.model import Catalog, Classification, Column, SampleProfile, Table

CREATE_SHARE = 0.6  # share of valid values that makes a category on its own
CONFIRM_SHARE = 0.3  # share that confirms what the metadata says
TEXT_SHARE = 0.1  # share of free-text cells containing a format that adds its category
MIN_VALUES = 5  # non-null values needed before values create a category
MIN_UNANIMOUS = 2  # fewer values suffice when every one passes a strict validated format
MIN_CONTRADICT = 20  # non-null values needed before "none of them match" lowers confidence
CONTRADICTION_FACTOR = 0.5
MAX_CATEGORIES = 2


@dataclass(frozen=True)
class ValueSignal:
    """The strongest detector evidence for one category."""

    category: str
    share: float
    detector: str
    free_text: bool


@cache
def _checkable() -> frozenset[str]:
    """Categories a detector can recognise without help from the column name."""
    return frozenset(d.category for d in DETECTORS if not d.context_required)


def _needs_context(name: str) -> bool:
    try:
        return detector(name).context_required
    except KeyError:
        return True  # a detector we do not know proves nothing on its own


def value_signals(sample: SampleProfile) -> tuple[ValueSignal, ...]:
    """One signal per category, strongest share first (ties by category key)."""
    best: dict[str, ValueSignal] = {}
    for hit in sample.hits:
        if sample.non_null == 0 or hit.matched <= 0:
            continue
        share = hit.matched / sample.non_null
        signal = ValueSignal(hit.category, share, hit.detector, hit.detector.startswith(TEXT_PREFIX))
        current = best.get(hit.category)
        if current is None or (signal.free_text, -signal.share) < (current.free_text, -current.share):
            best[hit.category] = signal
    return tuple(sorted(best.values(), key=lambda s: (-s.share, s.category)))


def _pct(share: float) -> str:
    return f"{round(share * 100)}%"


def _describe(signal: ValueSignal, sample: SampleProfile) -> str:
    where = "contain" if signal.free_text else "are valid"
    name = signal.detector.removeprefix(TEXT_PREFIX)
    return f"{_pct(signal.share)} of {sample.non_null} sampled values {where} {name} values"


def _usable(signal: ValueSignal, meta: MetadataEvidence) -> bool:
    """Whether a detector's evidence may count for this column at all."""
    supported = any(related(signal.category, e.category) for e in meta.candidates)
    if _needs_context(signal.detector) and not supported:
        return False
    return not (meta.key_like and signal.category in load_lexicon().values.weak_format and not supported)


def _enough_values(signal: ValueSignal, sample: SampleProfile) -> bool:
    """Enough values for a detector to create a category: MIN_VALUES, or a small sample in which
    every value passes a strict format (8 of 8 valid e-mails under a column called "contact")."""
    if sample.non_null >= MIN_VALUES:
        return True
    unanimous = signal.share >= 1.0 and sample.non_null >= MIN_UNANIMOUS
    return unanimous and not signal.free_text and signal.category not in load_lexicon().values.weak_format


def _more_specific(a: str, b: str) -> str:
    return a if len(a) >= len(b) else b


def _looks_protected(sample: SampleProfile) -> bool:
    """Hashed or encrypted values: formats cannot match, so no match is no contradiction."""
    return sample.hash_format is not None or (sample.mean_entropy >= 4.0 and sample.max_length >= 24)


def _from_metadata(best: Evidence, sample: SampleProfile, signals: tuple[ValueSignal, ...]) -> Classification:
    """Metadata proposed a category: confirm, contradict or leave it as it is."""
    agreeing = [s for s in signals if related(s.category, best.category) and not s.free_text]
    if agreeing and agreeing[0].share >= CONFIRM_SHARE:
        top = agreeing[0]
        category = _more_specific(best.category, top.category)
        confidence = min(0.99, max(best.score, 0.6 + 0.35 * top.share) + 0.05)
        return Classification((category,), round(confidence, 3), f"{best.reason}; {_describe(top, sample)}")
    strong = [s for s in signals if s.share >= CREATE_SHARE and not s.free_text and _enough_values(s, sample)]
    if strong and best.category in _checkable():
        top = strong[0]
        reason = f"{best.reason}, but {_describe(top, sample)}"
        return Classification((top.category,), round(0.5 + 0.4 * top.share, 3), reason)
    if best.category == "user.authorization.password" and sample.hash_format:
        reason = f"{best.reason}; values are {sample.hash_format} hashes"
        return Classification((best.category,), round(min(0.99, best.score + 0.05), 3), reason)
    checkable = any(related(best.category, c) for c in _checkable())
    if checkable and sample.non_null >= MIN_CONTRADICT and not agreeing and not _looks_protected(sample):
        confidence = best.score * CONTRADICTION_FACTOR
        reason = f"{best.reason}, but 0% of {sample.non_null} sampled values look like one"
        return Classification((best.category,), round(confidence, 3), reason)
    extra = [
        s for s in signals if s.free_text and s.share >= TEXT_SHARE and not related(s.category, best.category)
    ]
    categories = (best.category, *(s.category for s in extra))[:MAX_CATEGORIES]
    reason = "; ".join([best.reason, *(_describe(s, sample) for s in extra[: MAX_CATEGORIES - 1])])
    return Classification(categories, best.score, reason)


def _from_values(
    meta: MetadataEvidence, sample: SampleProfile, signals: tuple[ValueSignal, ...]
) -> Classification:
    """No metadata category: values alone may still make the column personal."""
    whole = [s for s in signals if not s.free_text and s.share >= CREATE_SHARE and _enough_values(s, sample)]
    if whole:
        top = whole[0]
        return Classification((top.category,), round(0.5 + 0.4 * top.share, 3), _describe(top, sample))
    text = [s for s in signals if s.free_text and s.share >= TEXT_SHARE]
    if text and sample.non_null >= MIN_VALUES:
        chosen = text[:MAX_CATEGORIES]
        confidence = round(0.4 + 0.4 * chosen[0].share, 3)
        return Classification(
            tuple(s.category for s in chosen), confidence, "; ".join(_describe(s, sample) for s in chosen)
        )
    if sample.hash_format in load_lexicon().values.password_hashes and sample.non_null >= MIN_VALUES:
        return Classification(
            ("user.authorization.password",), 0.6, f"values are {sample.hash_format} password hashes"
        )
    return Classification((), 0.0, meta.veto or "no personal-data evidence in name, comment or values")


def fuse(meta: MetadataEvidence, sample: SampleProfile | None) -> Classification:
    """Combine metadata evidence with a column's sample profile into one verdict."""
    best = meta.best
    if sample is None or sample.non_null == 0:
        if best is None:
            return Classification((), 0.0, meta.veto or "no personal-data evidence in name or comment")
        return Classification((best.category,), best.score, best.reason)
    signals = tuple(s for s in value_signals(sample) if _usable(s, meta))
    if best is None:
        return _from_values(meta, sample, signals)
    return _from_metadata(best, sample, signals)


def classify_column(column: Column, table: Table, catalog: CatalogContext | None = None) -> Classification:
    """The categories a column holds, with confidence and a human-readable reason. ``catalog``: what
    the catalog's other tables say (names.catalog_context); classify_catalog passes it."""
    meta = metadata_evidence(column, table) if catalog is None else metadata_evidence(column, table, catalog)
    return fuse(meta, column.sample)


def classify_catalog(catalog: Catalog) -> Catalog:
    """The catalog with every column's classification filled in (the input is not changed)."""
    context = catalog_context(catalog.tables)
    tables = tuple(
        replace(
            table,
            columns=tuple(
                replace(c, classification=classify_column(c, table, context)) for c in table.columns
            ),
        )
        for table in catalog.tables
    )
    return replace(catalog, tables=tables)
