"""SQL Server column and table descriptions: `EXEC sp_addextendedproperty 'MS_Description', ...`.

SSMS and most SQL Server modelling tools store what other databases call COMMENT as an extended
property named MS_Description on the table (level 1) or the column (level 2). sqlglot reads the EXEC
only as an opaque command, so its arguments are read here: named (`@value = N'...'`) or positional
(name, value, level0type, level0name, level1type, level1name, level2type, level2name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CALL = re.compile(
    r"^\s*EXEC(?:UTE)?\s+(?:(?:\[?\w+\]?)\s*\.\s*)*\[?sp_(?:add|update)extendedproperty\]?\s*(?P<args>.*)$",
    re.I | re.S,
)
# One argument: an optional "@name =", then N'...' / '...' (with '' escapes), NULL or a bare word.
_ARGUMENT = re.compile(
    r"\s*(?:@(?P<param>\w+)\s*=\s*)?"
    r"(?:N?'(?P<text>(?:[^']|'')*)'|(?P<word>[\w.\[\]]+))\s*(?:,|$)",
    re.I | re.S,
)
_POSITIONS = (
    "name", "value", "level0type", "level0name", "level1type", "level1name", "level2type", "level2name"
)  # fmt: skip


@dataclass(frozen=True)
class Description:
    """An MS_Description: on `table` (in `schema`), or on its `column` when that is set."""

    schema: str | None
    table: str
    column: str | None
    text: str


def is_extended_property(sql: str) -> bool:
    return _CALL.match(sql) is not None


def read_description(sql: str) -> Description | None:
    """The description an sp_addextendedproperty call sets, or None when it sets another property, names
    no table, or cannot be read."""
    call = _CALL.match(sql)
    if call is None:
        return None
    args = _arguments(call["args"].strip().rstrip(";"))
    if args is None or (args.get("name") or "").lower() != "ms_description":
        return None
    if (args.get("level1type") or "").upper() not in ("TABLE", "VIEW") or not args.get("level1name"):
        return None
    schema = args.get("level0name") if (args.get("level0type") or "").upper() == "SCHEMA" else None
    column = args.get("level2name") if (args.get("level2type") or "").upper() == "COLUMN" else None
    if (args.get("level2type") and not column) or args.get("value") is None:
        return None  # a description of an index or a constraint says nothing about a column
    return Description(schema, args["level1name"], column, args["value"])


def _arguments(text: str) -> dict[str, str | None] | None:
    values: dict[str, str | None] = {}
    position = 0
    at = 0
    while at < len(text):
        match = _ARGUMENT.match(text, at)
        if match is None or match.end() == at:
            return None
        at = match.end()
        name = (match["param"] or "").lower() or (_POSITIONS[position] if position < len(_POSITIONS) else "")
        position += 1
        if match["text"] is not None:
            value: str | None = match["text"].replace("''", "'")
        else:
            word = match["word"].strip("[]")
            value = None if word.upper() == "NULL" else word
        if name:
            values[name] = value
    return values
