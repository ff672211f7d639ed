"""The audit model: what connectors produce and rules run over.

Plain frozen dataclasses. Every object read from a file carries a Location so a
finding can point at the exact line of a migration. Samples never appear here
raw: a column keeps a SampleProfile (counts, detector hits, masked examples).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of: {names})") from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Location:
    """A place in a source: file path (as given by the user), 1-based line and column."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        if self.column <= 0:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Diagnostic:
    """Something the audit could not read or understand: a value, never an exception."""

    location: Location
    message: str
    level: str = "error"  # "error" (input lost) or "warning" (input read with a caveat)

    def __str__(self) -> str:
        return f"{self.location}: {self.level}: {self.message}"


@dataclass(frozen=True)
class DetectorHit:
    """How many sampled values one value detector matched and validated."""

    detector: str  # e.g. "cn_resident_id", "email"
    category: str  # taxonomy key the detector evidences
    matched: int  # values that matched the detector's format and validation


@dataclass(frozen=True)
class SampleProfile:
    """Statistics of a column's sampled values. Raw values are never stored."""

    total: int  # values sampled, nulls included
    non_null: int
    distinct: int
    hits: tuple[DetectorHit, ...] = ()
    masked_examples: tuple[str, ...] = ()  # at most a few, already masked
    hash_format: str | None = None  # "bcrypt", "argon2", "md5-hex", ... when most values are hashes
    max_length: int = 0
    mean_entropy: float = 0.0  # bits per character, over non-null values

    def share(self, detector: str) -> float:
        """Share of non-null values that the detector matched (0.0 when none sampled)."""
        if self.non_null == 0:
            return 0.0
        return sum(h.matched for h in self.hits if h.detector == detector) / self.non_null


@dataclass(frozen=True)
class Classification:
    """The classifier's verdict on one column."""

    categories: tuple[str, ...] = ()
    confidence: float = 0.0
    reason: str = ""

    @property
    def is_personal(self) -> bool:
        return bool(self.categories)


@dataclass(frozen=True)
class Column:
    name: str
    type: str = ""  # declared type as written, e.g. "varchar(64)"
    nullable: bool = True
    default: str | None = None
    comment: str | None = None
    primary_key: bool = False
    unique: bool = False
    location: Location | None = None
    sample: SampleProfile | None = None
    classification: Classification = field(default_factory=Classification)

    @property
    def base_type(self) -> str:
        """Lower-case type name without length or precision: "varchar(64)" -> "varchar"."""
        return self.type.split("(", 1)[0].strip().lower()

    @property
    def length(self) -> int | None:
        """First numeric type parameter: "varchar(64)" -> 64, "decimal(10,2)" -> 10."""
        if "(" not in self.type:
            return None
        inner = self.type.split("(", 1)[1].split(")", 1)[0].split(",", 1)[0].strip()
        return int(inner) if inner.isdigit() else None


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...] = ()
    schema: str | None = None
    comment: str | None = None
    kind: str = "table"  # "table" or "view"
    location: Location | None = None
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    row_estimate: int | None = None

    @property
    def qualified_name(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name

    def column(self, name: str) -> Column | None:
        wanted = name.lower()
        for col in self.columns:
            if col.name.lower() == wanted:
                return col
        return None


@dataclass(frozen=True)
class Catalog:
    """Everything read from the sources of one audit."""

    tables: tuple[Table, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    sources: tuple[str, ...] = ()

    def table(self, name: str) -> Table | None:
        wanted = name.lower()
        for table in self.tables:
            if table.name.lower() == wanted or table.qualified_name.lower() == wanted:
                return table
        return None


@dataclass(frozen=True)
class Reference:
    """A provision a rule evidences."""

    law: str  # "PIPL", "GDPR", "CCPA"
    article: str  # "28", "51(3)", "1798.140(ae)"
    paragraph: str | None = None
    quote: str | None = None
    url: str | None = None

    def __str__(self) -> str:
        # Statutes and standards numbered by section use §; the PIPL and the GDPR have articles.
        sectioned = self.law.upper() in {"CCPA", "CPRA"} or self.law.upper().startswith(
            ("GB", "TC260", "11 CCR")
        )
        prefix = "§" if sectioned else "Art. "
        return f"{self.law} {prefix}{self.article}"


@dataclass(frozen=True)
class Target:
    """What a finding is about: a table, a column of a table, a query, or the dataset."""

    table: str | None = None
    column: str | None = None
    query: str | None = None

    def key(self) -> str:
        return "/".join(part or "" for part in (self.table, self.column, self.query)).lower()


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    title: dict[str, str]  # {"en": ..., "zh": ...}
    message: dict[str, str]
    remediation: dict[str, str]
    references: tuple[Reference, ...]
    target: Target
    location: Location | None
    fingerprint: str
    evidence: tuple[str, ...] = ()  # masked
    laws: tuple[str, ...] = ()  # law ids of the pack, e.g. ("pipl",)
