"""The types of the condition language, and what rules can see of the model.

A condition reaches the model only through the attributes and functions declared
here, each with a type, so a pack is type-checked when it loads and nothing of
Python (attributes, builtins, files) is reachable from a rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from engine.model import Column, SampleProfile, Table


@dataclass(frozen=True)
class Type:
    name: str  # str, num, bool, null, list, column, table, dataset, any
    item: Type | None = None  # element type of a list
    nullable: bool = False

    def __str__(self) -> str:
        text = f"list<{self.item}>" if self.name == "list" else self.name
        return text + ("?" if self.nullable and self.name != "null" else "")

    def accepts(self, other: Type) -> bool:
        """Can a value of type `other` be used where `self` is expected?"""
        if self.name == "any" or other.name == "any":
            return True
        if other.name == "null":
            return self.nullable or self.name == "null"
        if self.name != other.name:
            return False
        if self.name == "list":
            assert self.item is not None and other.item is not None
            return self.item.accepts(other.item) or other.item.name == "any"
        return self.nullable or not other.nullable

    def non_null(self) -> Type:
        return Type(self.name, self.item, False)


STR = Type("str")
NUM = Type("num")
BOOL = Type("bool")
NULL = Type("null", nullable=True)
ANY = Type("any")
COLUMN = Type("column")
TABLE = Type("table")
DATASET = Type("dataset")
OPT_STR = Type("str", nullable=True)
OPT_NUM = Type("num", nullable=True)


def list_of(item: Type) -> Type:
    return Type("list", item)


TYPE_NAMES: dict[str, Type] = {
    "str": STR,
    "num": NUM,
    "bool": BOOL,
    "column": COLUMN,
    "table": TABLE,
    "dataset": DATASET,
    "list<str>": list_of(STR),
    "list<column>": list_of(COLUMN),
    "list<table>": list_of(TABLE),
}


# --- runtime views -----------------------------------------------------------
# Rules see columns together with their table, and tables with their dataset.


@dataclass(frozen=True, eq=False)
class ColumnView:
    column: Column
    table: TableView


@dataclass(eq=False)
class TableView:
    table: Table
    columns: tuple[ColumnView, ...] = ()


@dataclass(eq=False)
class DatasetView:
    name: str
    tables: tuple[TableView, ...] = ()

    @property
    def columns(self) -> list[ColumnView]:
        return [c for t in self.tables for c in t.columns]


@dataclass(frozen=True)
class Runtime:
    """What evaluation needs besides the target: law sensitivity tables, category names per language."""

    sensitive: dict[str, tuple[str, ...]] = field(default_factory=dict)  # law id -> category prefixes
    category_names: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> key -> name


def dataset_view(tables: Sequence[Table], name: str = "dataset") -> DatasetView:
    views = []
    for table in tables:
        view = TableView(table)
        view.columns = tuple(ColumnView(col, view) for col in table.columns)
        views.append(view)
    return DatasetView(name, tuple(views))


# --- helpers used by attributes and functions ---------------------------------


def category_matches(key: str, prefix: str) -> bool:
    return key == prefix or key.startswith(prefix + ".")


def categories_of(value: Any) -> tuple[str, ...]:
    if isinstance(value, ColumnView):
        return value.column.classification.categories
    if isinstance(value, TableView):
        seen: dict[str, None] = {}
        for col in value.columns:
            seen.update(dict.fromkeys(col.column.classification.categories))
        return tuple(seen)
    if isinstance(value, list | tuple):
        return tuple(value)
    return ()


def sensitive_categories(value: Any, law: str, rt: Runtime) -> list[str]:
    prefixes = rt.sensitive.get(law.lower(), ())
    return [c for c in categories_of(value) if any(category_matches(c, p) for p in prefixes)]


_PROTECTION_WORDS = re.compile(
    r"(?i)(encrypt|cipher|crypt|hash|digest|token|mask|salted|hmac|"
    r"加密|密文|脱敏|摘要|哈希|散列|掩码)"
)


def is_protected(col: Column) -> bool:
    """Declared or observed protection: encryption, hashing, tokenisation, masking.

    Evidence: the column's name or comment says so, or sampled values are hashes.
    TDE and disk encryption are invisible in a schema; the data map will carry
    such attestations.
    """
    if col.sample is not None and col.sample.hash_format:
        return True
    text = f"{col.name} {col.comment or ''}"
    return bool(_PROTECTION_WORDS.search(text))


def _sample(view: ColumnView) -> SampleProfile | None:
    return view.column.sample


@dataclass(frozen=True)
class Attribute:
    type: Type
    get: Callable[[Any, Runtime], Any]
    doc: str


def _col(fn: Callable[[Column], Any]) -> Callable[[Any, Runtime], Any]:
    return lambda view, rt: fn(view.column)


def _tab(fn: Callable[[Table], Any]) -> Callable[[Any, Runtime], Any]:
    return lambda view, rt: fn(view.table)


def _non_null_sampled(view: ColumnView) -> int:
    sample = _sample(view)
    return sample.non_null if sample else 0


def _detectors(view: ColumnView) -> list[str]:
    sample = _sample(view)
    return sorted({h.detector for h in sample.hits if h.matched > 0}) if sample else []


def _hash_format(view: ColumnView) -> str | None:
    sample = _sample(view)
    return sample.hash_format if sample else None


ATTRIBUTES: dict[str, dict[str, Attribute]] = {
    "column": {
        "name": Attribute(STR, _col(lambda c: c.name), "column name as declared"),
        "type": Attribute(STR, _col(lambda c: c.base_type), "type name, lower case, no length: varchar"),
        "type_text": Attribute(STR, _col(lambda c: c.type), "declared type as written: VARCHAR(64)"),
        "length": Attribute(OPT_NUM, _col(lambda c: c.length), "first type parameter, or null"),
        "nullable": Attribute(BOOL, _col(lambda c: c.nullable), "true unless NOT NULL"),
        "default": Attribute(OPT_STR, _col(lambda c: c.default), "default expression, or null"),
        "comment": Attribute(OPT_STR, _col(lambda c: c.comment or None), "column comment, or null"),
        "primary_key": Attribute(BOOL, _col(lambda c: c.primary_key), "part of the primary key"),
        "unique": Attribute(BOOL, _col(lambda c: c.unique), "has a UNIQUE constraint"),
        "categories": Attribute(
            list_of(STR),
            _col(lambda c: list(c.classification.categories)),
            "data categories from classification (taxonomy keys)",
        ),
        "personal": Attribute(BOOL, _col(lambda c: c.classification.is_personal), "holds personal data"),
        "confidence": Attribute(NUM, _col(lambda c: c.classification.confidence), "0..1"),
        "reason": Attribute(STR, _col(lambda c: c.classification.reason), "why it was classified so"),
        "protected": Attribute(
            BOOL, _col(is_protected), "declared or observed encryption, hashing, tokenisation or masking"
        ),
        "hash_format": Attribute(
            OPT_STR,
            lambda v, rt: _hash_format(v),
            "bcrypt, argon2, md5-hex... when sampled values are hashes",
        ),
        "sampled": Attribute(
            NUM,
            lambda v, rt: _non_null_sampled(v),
            "non-null values sampled (0 without samples)",
        ),
        "detectors": Attribute(
            list_of(STR),
            lambda v, rt: _detectors(v),
            "value detectors that matched sampled values; text:* ones found data inside free text",
        ),
        "table": Attribute(TABLE, lambda v, rt: v.table, "the table the column belongs to"),
    },
    "table": {
        "name": Attribute(STR, _tab(lambda t: t.name), "table name, without schema"),
        "schema": Attribute(OPT_STR, _tab(lambda t: t.schema), "schema name, or null"),
        "qualified_name": Attribute(STR, _tab(lambda t: t.qualified_name), "schema.name"),
        "comment": Attribute(OPT_STR, _tab(lambda t: t.comment or None), "table comment, or null"),
        "kind": Attribute(STR, _tab(lambda t: t.kind), "table or view"),
        "columns": Attribute(list_of(COLUMN), lambda v, rt: list(v.columns), "the table's columns"),
        "column_names": Attribute(
            list_of(STR), _tab(lambda t: [c.name.lower() for c in t.columns]), "column names, lower case"
        ),
        "categories": Attribute(
            list_of(STR), lambda v, rt: list(categories_of(v)), "union of columns' categories"
        ),
        "personal": Attribute(
            BOOL,
            lambda v, rt: any(c.column.classification.is_personal for c in v.columns),
            "any personal column",
        ),
        "row_estimate": Attribute(OPT_NUM, _tab(lambda t: t.row_estimate), "catalog row estimate, or null"),
        "primary_key": Attribute(list_of(STR), _tab(lambda t: list(t.primary_key)), "primary key columns"),
    },
    "dataset": {
        "name": Attribute(STR, lambda v, rt: v.name, "what was audited"),
        "tables": Attribute(list_of(TABLE), lambda v, rt: list(v.tables), "every table and view"),
        "columns": Attribute(list_of(COLUMN), lambda v, rt: v.columns, "every column of every table"),
    },
}


@dataclass(frozen=True)
class Function:
    params: tuple[tuple[Type, ...], ...]  # accepted types per parameter
    returns: Type
    impl: Callable[..., Any]  # impl(rt, *args)
    doc: str
    literal_check: Callable[[int, Any], str | None] | None = None  # (arg index, literal) -> error


def _has_category(rt: Runtime, value: Any, prefix: str) -> bool:
    return any(category_matches(c, prefix) for c in categories_of(value))


def _share(rt: Runtime, view: ColumnView, detector: str) -> float:
    sample = _sample(view)
    return sample.share(detector) if sample else 0.0


def _lower(rt: Runtime, text: str | None) -> str:
    return (text or "").lower()


def _length(rt: Runtime, value: Any) -> int:
    return len(value) if value is not None else 0


CATEGORY_HOLDERS = (COLUMN, TABLE, list_of(STR))

FUNCTIONS: dict[str, Function] = {
    "has_category": Function(
        (CATEGORY_HOLDERS, (STR,)),
        BOOL,
        _has_category,
        'has_category(x, "user.contact"): x has a category equal to or under the key',
    ),
    "sensitive_under": Function(
        (CATEGORY_HOLDERS, (STR,)),
        BOOL,
        lambda rt, value, law: bool(sensitive_categories(value, law, rt)),
        'sensitive_under(x, "pipl"): x has a category that law\'s pack declares sensitive',
    ),
    "sensitive_categories": Function(
        (CATEGORY_HOLDERS, (STR,)),
        list_of(STR),
        lambda rt, value, law: sensitive_categories(value, law, rt),
        'sensitive_categories(x, "gdpr"): the categories of x sensitive under that law',
    ),
    "share": Function(
        ((COLUMN,), (STR,)),
        NUM,
        _share,
        'share(column, "cn_resident_id"): share of sampled non-null values a detector validated',
    ),
    "lower": Function(((OPT_STR,),), STR, _lower, 'lower(text): lower case; null gives ""'),
    "len": Function(
        ((list_of(ANY), OPT_STR),), NUM, _length, "len(x): items in a list or characters in text"
    ),
}
