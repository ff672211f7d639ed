"""Sample data rows from INSERT statements and COPY blocks in SQL dumps.

A dump is mostly INSERTs; parsing them with the full SQL parser would cost 20-50x the
schema itself, so literals are read with a small regex tokenizer instead. Rows are
capped per table: the classifier needs a sample, not the data. Values are handed to
the classifier only and never reach a report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from connectors.ddl.reader import file_dialect
from connectors.ddl.sources import expand_paths
from connectors.ddl.splitter import MYSQL_LIKE, Statement, split_statements
from connectors.textio import read_text

Value = str | int | float | bool | None


class InsertRows(NamedTuple):
    """Rows of one INSERT (or COPY) statement; `columns` is None when the statement names none."""

    table: str  # as written, unquoted, schema-qualified if it was: "person.person", "sys_user"
    columns: tuple[str, ...] | None
    rows: list[tuple[Value, ...]]


_NAME = r"(?:`(?:[^`]|``)+`|\"(?:[^\"]|\"\")+\"|\[[^\]]+\]|[\w$@]+)"
_INSERT_HEAD = re.compile(
    rf"(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\s+)*(?:INTO\s+)?"
    rf"(?P<table>{_NAME}(?:\s*\.\s*{_NAME})*)\s*(?:\((?P<columns>[^)]*)\))?\s*VALUES?\b\s*",
    re.I,
)
_COPY_HEAD = re.compile(
    rf"COPY\s+(?P<table>{_NAME}(?:\s*\.\s*{_NAME})*)\s*(?:\((?P<columns>[^)]*)\))?\s*FROM\s+stdin\b",
    re.I,
)
_NAME_PART = re.compile(_NAME)
_SPACE = re.compile(r"\s*")
# One literal or punctuation token. Strings may carry a prefix: N'..', E'..', _utf8mb4'..', X'..'.
_TOKEN_TEMPLATE = r"""\s*(?:
      (?P<prefix>[NnEeXxBb]|_\w+)?'(?P<string>STRING_BODY)'
    | (?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(?![\w.])
    | (?P<word>[A-Za-z_][\w$.]*)\s*(?P<call>\()?
    | (?P<punct>[(),])
    | (?P<cast>::\s*[A-Za-z_][\w ]*(?:\([^)]*\))?(?:\[\])?)
    )"""
# MySQL strings take backslash escapes; standard SQL (PostgreSQL) strings only double the quote.
_TOKEN_BACKSLASH = re.compile(_TOKEN_TEMPLATE.replace("STRING_BODY", r"(?:[^'\\]++|\\.|'')*+"), re.X | re.S)
_TOKEN_STANDARD = re.compile(_TOKEN_TEMPLATE.replace("STRING_BODY", r"(?:[^']++|'')*+"), re.X | re.S)
_MYSQL_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}
_BACKSLASH = re.compile(r"\\(.)", re.S)
_KEYWORDS: dict[str, Value] = {"null": None, "true": True, "false": False, "default": None}


def iter_insert_rows(
    paths: Sequence[str | Path],
    dialect: str | None = None,
    encoding: str | None = None,
    max_rows: int = 1000,
) -> Iterator[InsertRows]:
    """Rows of the INSERTs and `COPY ... FROM stdin` blocks in `paths`, at most `max_rows` per table.

    Unreadable sources and statements that are not literal VALUES lists are skipped
    silently: `read_ddl` over the same paths already reports what could not be read.
    """
    taken: dict[str, int] = {}
    for source in expand_paths(list(paths)).files:
        text = read_text(source.path, encoding).text
        if not text:
            continue
        used = file_dialect(text, dialect)
        for statement in split_statements(text, used):
            target = _target_table(statement)
            if target is None or taken.get(target.lower(), 0) >= max_rows:
                continue  # a full table's further INSERTs are not even tokenized
            batch = statement_rows(statement, used, limit=max_rows - taken.get(target.lower(), 0))
            if batch is None or not batch.rows:
                continue
            taken[target.lower()] = taken.get(target.lower(), 0) + len(batch.rows)
            yield batch


def _head_match(statement: Statement) -> re.Match[str] | None:
    head = statement.text[:7].upper()
    if head.startswith(("INSERT", "REPLACE")):
        return _INSERT_HEAD.match(statement.text)  # None for INSERT ... SELECT: no literal rows
    if head.startswith("COPY") and statement.data is not None:
        return _COPY_HEAD.match(statement.text)
    return None


def _target_table(statement: Statement) -> str | None:
    match = _head_match(statement)
    return _table_name(match["table"]) if match else None


def statement_rows(statement: Statement, dialect: str | None, limit: int | None = None) -> InsertRows | None:
    """The rows (at most `limit`) of one INSERT or COPY statement, or None for any other statement."""
    match = _head_match(statement)
    if match is None:
        return None
    if statement.data is not None:
        rows = parse_copy(statement.data, limit)
    else:
        rows = parse_values(statement.text, match.end(), dialect in MYSQL_LIKE or dialect is None, limit)
    return InsertRows(_table_name(match["table"]), _column_names(match["columns"]), rows)


def parse_values(
    text: str, pos: int, backslash: bool = True, limit: int | None = None
) -> list[tuple[Value, ...]]:
    """The tuples of a VALUES list starting at `pos`: `(1, 'a'), (2, NULL)`.

    Stops quietly at whatever follows the list (ON DUPLICATE KEY ..., RETURNING ...) or at
    anything it does not understand; rows read until then are kept.
    """
    rows: list[tuple[Value, ...]] = []
    size = len(text)
    while pos < size and (limit is None or len(rows) < limit):
        pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
        if not text.startswith("(", pos):
            break
        row, pos = _parse_row(text, pos + 1, backslash)
        if row is None:
            break
        rows.append(row)
        pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
        if not text.startswith(",", pos):
            break
        pos += 1
    return rows


def _parse_row(text: str, pos: int, backslash: bool) -> tuple[tuple[Value, ...] | None, int]:
    pattern = _TOKEN_BACKSLASH if backslash else _TOKEN_STANDARD
    values: list[Value] = []
    expect_value = True
    while True:
        token = pattern.match(text, pos)
        if token is None and not backslash:
            token = _TOKEN_BACKSLASH.match(text, pos)  # PostgreSQL E'...' strings take escapes
        if token is None:
            return None, pos
        pos = token.end()
        if token["string"] is not None:
            escaped = backslash or token["prefix"] in {"E", "e"}
            values.append(_unescape(token["string"]) if escaped else token["string"].replace("''", "'"))
            expect_value = False
        elif token["number"] is not None:
            values.append(_number(token["number"]))
            expect_value = False
        elif token["word"] is not None:
            if token["call"]:
                pos = _skip_call(text, pos)  # NOW(), UUID(), nextval('...'): not a literal, no value
                values.append(None)
            else:
                values.append(_KEYWORDS.get(token["word"].lower()))
            expect_value = False
        elif token["cast"] is not None:
            continue  # '2024-01-01'::date: the literal before the cast is the value
        elif token["punct"] == ",":
            if expect_value:
                return None, pos
            expect_value = True
        elif token["punct"] == ")":
            return tuple(values), pos
        else:
            return None, pos  # a nested "(" is an expression, not a literal row


def _skip_call(text: str, pos: int) -> int:
    """Position after the parenthesis that closes a call whose "(" ends before `pos`."""
    depth = 1
    while pos < len(text) and depth:
        token = _TOKEN_BACKSLASH.match(text, pos)
        if token is None:
            pos += 1
            continue
        pos = token.end()
        if token["punct"] == "(" or token["call"]:
            depth += 1
        elif token["punct"] == ")":
            depth -= 1
    return pos


def _unescape(body: str) -> str:
    if "\\" in body:
        body = _BACKSLASH.sub(lambda m: _MYSQL_ESCAPES.get(m.group(1), m.group(1)), body)
    return body.replace("''", "'")


def _number(text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        return float(text)


def parse_copy(data: str, limit: int | None = None) -> list[tuple[Value, ...]]:
    """Rows of a COPY text block: tab-separated, \\N for NULL, backslash escapes."""
    rows: list[tuple[Value, ...]] = []
    for line in data.splitlines():
        if limit is not None and len(rows) >= limit:
            break
        if line:
            rows.append(
                tuple(None if field == "\\N" else _copy_unescape(field) for field in line.split("\t"))
            )
    return rows


def _copy_unescape(field: str) -> str:
    return (
        _BACKSLASH.sub(lambda m: _MYSQL_ESCAPES.get(m.group(1), m.group(1)), field)
        if "\\" in field
        else field
    )


def _table_name(text: str) -> str:
    return ".".join(_unquote(part) for part in _NAME_PART.findall(text))


def _column_names(text: str | None) -> tuple[str, ...] | None:
    if text is None or not text.strip():
        return None
    return tuple(_unquote(part.strip()) for part in text.split(","))


def _unquote(name: str) -> str:
    if name[:1] in {"`", '"'}:
        return name[1:-1].replace(name[0] * 2, name[0])
    if name[:1] == "[":
        return name[1:-1]
    return name
