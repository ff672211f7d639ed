"""Recover what can be recovered from a CREATE TABLE that sqlglot rejects as a whole.

One exotic column (PostgreSQL 18's `GENERATED ALWAYS AS (...) VIRTUAL`, a vendor option)
must not lose the whole table: the body is cut into its elements, each element is parsed
on its own, an element that still fails is retried as bare `name type`, and only what
fails even then is dropped — each loss or simplification reported with its own line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from connectors.ddl.splitter import mask_literals, matching_paren, top_level_spans

# Where a column's constraints start: everything from here on may be dropped to keep name and type.
_CONSTRAINT_START = re.compile(
    r"\s(?:GENERATED|DEFAULT|NOT\s+NULL|NULL|CHECK|REFERENCES|COLLATE|CONSTRAINT|PRIMARY|UNIQUE|"
    r"AUTO_INCREMENT|COMMENT|ON\s+UPDATE|AS\s*\()",
    re.I,
)
_TABLE_CONSTRAINT = re.compile(
    r"\s*(?:CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK|KEY|INDEX|EXCLUDE|FULLTEXT)\b", re.I
)


@dataclass(frozen=True)
class Loss:
    """A piece of the statement left out or simplified, at `offset` in the statement text."""

    offset: int
    message: str
    level: str


@dataclass(frozen=True)
class Salvaged:
    tree: exp.Create
    losses: tuple[Loss, ...]


def salvage_create_table(sql: str, dialect: str | None) -> Salvaged | None:
    """A Create built from the elements sqlglot accepts one by one; None if not even the head parses."""
    masked = mask_literals(sql)
    open_at = masked.find("(")
    close_at = matching_paren(masked, open_at) if open_at >= 0 else -1
    if close_at < 0:
        return None
    head, tail = sql[:open_at], sql[close_at + 1 :]
    kept: list[str] = []
    losses: list[Loss] = []
    for start, end in top_level_spans(masked, open_at + 1, close_at):
        element = sql[start:end].strip()
        offset = start + (len(sql[start:end]) - len(sql[start:end].lstrip()))
        if not element:
            continue
        if _parses(f"{head}({element})", dialect):
            kept.append(element)
            continue
        bare = _bare_column(element)
        if bare is not None and _parses(f"{head}({bare})", dialect):
            kept.append(bare)
            dropped = " ".join(element[len(bare) :].split())[:60]
            losses.append(Loss(offset, f"column clause not understood and ignored: {dropped}", "warning"))
            continue
        losses.append(
            Loss(offset, f"table element not understood, lost: {' '.join(element.split())[:60]}", "error")
        )
    body = "(" + ", ".join(kept) + ")"
    for candidate, tail_lost in ((head + body + tail, False), (head + body, True)):
        tree = _parse(candidate, dialect)
        if isinstance(tree, exp.Create):
            if tail_lost and tail.strip():
                losses.append(Loss(close_at + 1, "table options not understood and ignored", "warning"))
            return Salvaged(tree, tuple(losses))
    return None


def _bare_column(element: str) -> str | None:
    """`name type` of a column definition, without its constraints; None for table constraints."""
    if _TABLE_CONSTRAINT.match(element):
        return None
    masked = mask_literals(element)
    cut = _CONSTRAINT_START.search(masked)
    bare = element[: cut.start()].strip() if cut else None
    return bare if bare and len(bare.split()) >= 2 else None


def _parses(sql: str, dialect: str | None) -> bool:
    return isinstance(_parse(sql, dialect), exp.Create)


def _parse(sql: str, dialect: str | None) -> exp.Expression | None:
    try:
        return sqlglot.parse_one(sql, read=dialect)
    except (SqlglotError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None
