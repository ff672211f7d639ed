"""Split SQL text into statements, each with its 1-based start line and column.

Written by hand rather than left to sqlglot because real dumps mix in things no SQL
parser accepts (psql meta-commands, MySQL DELIMITER, COPY data blocks), and because
one bad statement must cost only itself. Speed matters (1.4 MB dumps of INSERTs): one
compiled regex consumes a whole statement body — strings, quoted names, comments and
dollar-quoted bodies included — so Python runs once per statement, not per character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Statement:
    """One statement's text (leading comments and the delimiter excluded) and where it starts."""

    text: str
    line: int
    column: int
    data: str | None = None  # the rows of a `COPY ... FROM stdin` block, tab-separated
    data_line: int = 0  # line of the first data row


@dataclass(frozen=True)
class _Rules:
    """How one dialect quotes and comments."""

    backslash_escapes: bool  # MySQL: 'it\'s'; PostgreSQL only inside E'...'
    hash_comments: bool  # MySQL: # to end of line
    dollar_quotes: bool  # PostgreSQL: $$...$$, $tag$...$tag$
    sqlplus: bool = (
        True  # REM, PROMPT, SET ... lines of Oracle's client (SQL Server's SET ANSI_NULLS ON is SQL)
    )


MYSQL_LIKE = frozenset({"mysql", "mariadb", "doris", "starrocks", "singlestore"})
POSTGRES_LIKE = frozenset({"postgres", "redshift", "materialize", "risingwave"})


def rules_for(dialect: str | None) -> _Rules:
    if dialect in MYSQL_LIKE:
        return _Rules(backslash_escapes=True, hash_comments=True, dollar_quotes=False)
    if dialect in POSTGRES_LIKE:
        return _Rules(backslash_escapes=False, hash_comments=False, dollar_quotes=True)
    if dialect == "tsql":
        return _Rules(backslash_escapes=True, hash_comments=False, dollar_quotes=True, sqlplus=False)
    # Unknown dialect: accept backslash escapes (common in dumps) and dollar quotes.
    return _Rules(backslash_escapes=True, hash_comments=False, dollar_quotes=True)


_SQ_BACKSLASH = r"'(?:[^'\\]++|\\.|'')*+'"
_SQ_STANDARD = r"'(?:[^']++|'')*+'"
# PostgreSQL E'..' takes escapes even in standard mode; the E itself was consumed as plain text.
_E_STRING = r"(?<=[eE])(?<![\w$][eE])'(?:[^'\\]++|\\.|'')*+'"
_DQ = r'"(?:[^"\\]++|\\.|"")*+"'
_DQ_STANDARD = r'"(?:[^"]++|"")*+"'
_BACKTICK = r"`(?:[^`]++|``)*+`"
_DOLLAR = r"\$(?P<tag>(?:[A-Za-z_]\w*)?)\$.*?\$(?P=tag)\$"
_LINE_COMMENT = r"--[^\n]*+"
_BLOCK_COMMENT = r"/\*.*?\*/"
_HASH_COMMENT = r"#[^\n]*+"
# A line the client interprets itself: psql meta-commands, MySQL's DELIMITER, and the
# batch separator GO of SQL Server tools (alone on its line, with an optional count).
_GO = r"GO(?:[ \t]+\d+)?[ \t]*(?:--[^\n]*)?\r?(?:\n|\Z)"
_CLIENT_LINE = rf"[ \t]*+(?:\\|DELIMITER[ \t]|{_GO})"


@lru_cache(maxsize=16)
def _body_pattern(rules: _Rules, delimiter: str) -> re.Pattern[str]:
    """Matches a statement body up to (not including) its delimiter or a client command line."""
    specials = set("'\"`-/\n\\") | {delimiter[0]}
    literals = [_E_STRING] if not rules.backslash_escapes else []
    literals += [_SQ_BACKSLASH if rules.backslash_escapes else _SQ_STANDARD]
    literals += [_DQ if rules.backslash_escapes else _DQ_STANDARD, _BACKTICK, _LINE_COMMENT, _BLOCK_COMMENT]
    # For each special char: None when it always starts a token, else the lookaheads
    # under which it is plain text ("-" is plain unless "--" starts a comment).
    lone: dict[str, list[str] | None] = {"'": None, '"': None, "`": None, "-": ["-"], "/": [r"\*"], "\\": []}
    if rules.hash_comments:
        specials.add("#")
        literals.append(_HASH_COMMENT)
        lone["#"] = None
    if rules.dollar_quotes:
        specials.add("$")
        literals.append(_DOLLAR)
        lone["$"] = [r"(?:[A-Za-z_]\w*)?\$"]
    first, rest = delimiter[0], delimiter[1:]
    aheads = lone.get(first, [])
    lone[first] = None if not rest or aheads is None else [*aheads, re.escape(rest)]
    # A special char that does not start a literal, comment or the delimiter is plain text.
    singles = [
        re.escape(ch) + "".join(f"(?!{ahead})" for ahead in ahead_list)
        for ch, ahead_list in lone.items()
        if ahead_list is not None
    ]
    plain = "[^" + "".join(re.escape(ch) for ch in sorted(specials)) + "]++"
    newline = rf"\n(?!{_CLIENT_LINE})"
    alternatives = [plain, *literals, *singles, newline]
    return re.compile("(?:" + "|".join(alternatives) + ")*+", re.S | re.I)


@lru_cache(maxsize=4)
def _lead_pattern(rules: _Rules) -> re.Pattern[str]:
    """Whitespace and comments before a statement: not part of its text or location."""
    parts = [r"\s++", _LINE_COMMENT, _BLOCK_COMMENT] + ([_HASH_COMMENT] if rules.hash_comments else [])
    return re.compile("(?:" + "|".join(parts) + ")*+", re.S)


_DELIMITER_LINE = re.compile(r"[ \t]*DELIMITER[ \t]+(\S+)[^\n]*", re.I)
# SQL*Plus commands at the start of a statement (Oracle install scripts): REM and PROMPT lines, SET,
# SPOOL, DEFINE... without a ";" (SQL's "SET NAMES utf8;" has one), "@script" and "/" (run the buffer).
_SQLPLUS_LINE = re.compile(
    r"[ \t]*(?:(?:REM|REMARK|PRO|PROMPT)(?:[ \t][^\n]*)?"
    r"|(?:SET|SPO|SPOOL|DEF|DEFINE|UNDEF|UNDEFINE|WHENEVER|CONN|CONNECT|EXIT|QUIT|SHO|SHOW|PAUSE|ACCEPT"
    r"|TTITLE|BTITLE|COL|COLUMN|BREAK|COMPUTE|CLEAR|STORE)(?:[ \t][^;\n]*)?"
    r"|@@?[^\n]*|/)[ \t]*\r?(?:\n|\Z)",
    re.I,
)
_GO_LINE = re.compile(_GO, re.I)
_COPY_FROM_STDIN = re.compile(r"COPY\b[^;]*?\bFROM\s+stdin\b", re.I | re.S)
_COPY_END = re.compile(r"^\\\.[ \t]*\r?$", re.M)


def split_statements(text: str, dialect: str | None = None) -> Iterator[Statement]:
    """Yield the statements of `text` in order; never raises on malformed input."""
    rules = rules_for(dialect)
    delimiter = ";"
    body = _body_pattern(rules, delimiter)
    lead = _lead_pattern(rules)
    lines = _LineCounter(text)
    size = len(text)
    pos = 0
    while pos < size:
        pos = lead.match(text, pos).end()  # type: ignore[union-attr]  # always matches
        if pos >= size:
            break
        line_start = text.rfind("\n", 0, pos) + 1
        if not text[line_start:pos].strip():  # at the start of a line: client commands live here
            if text.startswith("\\", pos):
                # psql meta-commands (\c db, \set, \copy ...) are client instructions, not SQL.
                pos = _end_of_line(text, pos)
                continue
            if _GO_LINE.match(text, pos):
                pos = _end_of_line(text, pos)  # GO ends a batch; the statement before it has ended
                continue
            if rules.sqlplus and _SQLPLUS_LINE.match(text, pos):
                pos = _end_of_line(text, pos)  # a SQL*Plus command, not SQL
                continue
            switch = _DELIMITER_LINE.match(text, pos)
            if switch:
                delimiter = switch.group(1)
                body = _body_pattern(rules, delimiter)
                pos = _end_of_line(text, switch.end())
                continue
        start = pos
        pieces: list[str] = []
        while True:
            end = body.match(text, pos).end()  # type: ignore[union-attr]
            pieces.append(text[pos:end])
            if end < size and text[end] == "\n" and text.startswith("\\", end + 1 + _indent(text, end + 1)):
                # A psql meta-command inside a statement: psql runs it and keeps the statement going.
                pieces.append("\n")
                pos = _end_of_line(text, end + 1)
                continue
            break
        stmt_text = "".join(pieces).strip()
        line, column = lines.at(start)
        if text.startswith(delimiter, end):
            pos = end + len(delimiter)
        elif end < size and text[end] == "\n":
            pos = end + 1  # a DELIMITER or GO line ends the statement in progress
        else:
            pos = size  # end of text, or an unterminated string/comment swallows the rest
            if end < size:
                stmt_text = text[start:].strip()
        if _COPY_FROM_STDIN.match(stmt_text):
            data, data_line, pos = _copy_block(text, pos, lines)
            yield Statement(stmt_text, line, column, data, data_line)
        elif stmt_text:
            yield Statement(stmt_text, line, column)


class _LineCounter:
    """Line/column of increasing offsets in O(total length), not O(length) per statement."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._offset = 0
        self._line = 1

    def at(self, offset: int) -> tuple[int, int]:
        if offset < self._offset:  # never happens in a forward scan; stay correct anyway
            self._offset, self._line = 0, 1
        self._line += self._text.count("\n", self._offset, offset)
        self._offset = offset
        return self._line, offset - self._text.rfind("\n", 0, offset)


def _indent(text: str, pos: int) -> int:
    end = pos
    while end < len(text) and text[end] in " \t":
        end += 1
    return end - pos


def _end_of_line(text: str, pos: int) -> int:
    newline = text.find("\n", pos)
    return len(text) if newline < 0 else newline + 1


def _copy_block(text: str, pos: int, lines: _LineCounter) -> tuple[str, int, int]:
    """The data rows after `COPY ... FROM stdin;` up to the `\\.` line, and where scanning resumes."""
    data_start = _end_of_line(text, pos)
    end = _COPY_END.search(text, data_start)
    data_end = end.start() if end else len(text)
    resume = _end_of_line(text, end.end()) if end else len(text)
    data_line, _ = lines.at(min(data_start, len(text)))
    return text[data_start:data_end], data_line, resume


# Comments and quoted tokens, blanked out by `mask_literals`.
_LITERALS = re.compile(
    r"'(?:[^'\\]++|\\.|'')*+'|\"(?:[^\"]++|\"\")*+\"|`(?:[^`]++|``)*+`|--[^\n]*|/\*.*?\*/", re.S
)


def mask_literals(text: str) -> str:
    """`text` of the same length with strings, quoted names and comments blanked out.

    Lets a keyword search (e.g. for the CREATE TABLEs nested in a CREATE SCHEMA) ignore
    keywords that only appear inside literals, while offsets stay valid.
    """
    return _LITERALS.sub(lambda m: " " * len(m.group()), text)


def matching_paren(masked: str, open_at: int) -> int:
    """Index of the ")" closing the "(" at `open_at` in masked text, or -1."""
    depth = 0
    for index in range(open_at, len(masked)):
        char = masked[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1


def top_level_spans(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the comma-separated elements between `start` and `end`, ignoring nested commas."""
    spans, depth, piece_start = [], 0, start
    for index in range(start, end):
        char = masked[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            spans.append((piece_start, index))
            piece_start = index + 1
    spans.append((piece_start, end))
    return spans
