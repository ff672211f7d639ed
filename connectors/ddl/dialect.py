"""Guess whether a SQL file was written for MySQL, PostgreSQL or SQL Server from tell-tale syntax.

The guess decides how strings are escaped and how sqlglot parses, so it looks at
features that only one of them accepts; anything else is left to sqlglot's default.
"""

from __future__ import annotations

import re

# Occurrences of one sign counted at most: enough to outweigh a stray sign in data.
_CAP = 20

# Searched in the lower-cased text, case-sensitively, each starting with a literal so that
# the regex engine can skip ahead quickly: case-insensitive patterns cost 30x more on a dump.
_MYSQL_SIGNS = (
    re.compile(r"`"),
    re.compile(r"engine\s*="),
    re.compile(r"auto_increment"),
    re.compile(r"comment\s*=?\s*'"),  # inline column/table COMMENT '...'
    re.compile(r"/\*!\d{5}"),  # mysqldump's versioned comments
    re.compile(r"\ndelimiter\s"),
    re.compile(r"default\s+charset"),
)
_POSTGRES_SIGNS = (
    re.compile(r"comment\s+on\s+(?:table|column)\b"),
    re.compile(r"::\s*[a-z]"),
    re.compile(r"serial[\s,)]"),  # also bigserial, smallserial
    re.compile(r"\$[a-z_]*\$"),
    re.compile(r"pg_catalog\."),
    re.compile(r"authorization\s"),
    re.compile(r"owner\s+to\s"),
    re.compile(r"\n\\(?:c|connect|set|copy|pset)\b"),
    re.compile(r"from\s+stdin"),
)

_TSQL_SIGNS = (
    re.compile(r"\]\.\["),  # [dbo].[Table]
    re.compile(
        r"\n[ \t]*\[[a-z_]\w*\][ \t]+\[?(?:n?varchar|n?char|int|bigint|bit|datetime2?|money|decimal)\b"
    ),
    re.compile(r"\ngo[ \t]*\r?\n"),  # the batch separator
    re.compile(r"nvarchar\s*\("),
    re.compile(r"identity\s*\(\s*\d+\s*,\s*\d+\s*\)"),
    re.compile(r"uniqueidentifier"),
    re.compile(r"set\s+ansi_nulls\s"),
)


def detect_dialect(text: str) -> str | None:
    """ "mysql", "postgres", "tsql", or None when none is clearly indicated."""
    lowered = "\n" + text.lower()  # the newline lets line-start signs match on line 1
    scores = {
        "mysql": _score(_MYSQL_SIGNS, lowered),
        "postgres": _score(_POSTGRES_SIGNS, lowered),
        "tsql": _score(_TSQL_SIGNS, lowered),
    }
    best = max(scores.values())
    winners = [name for name, score in scores.items() if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _score(signs: tuple[re.Pattern[str], ...], text: str) -> int:
    """Occurrences of each sign, capped so that one sign repeated in data rows cannot outvote the rest."""
    return sum(_count_upto(sign, text) for sign in signs)


def _count_upto(sign: re.Pattern[str], text: str) -> int:
    count = 0
    for _ in sign.finditer(text):
        count += 1
        if count >= _CAP:
            break
    return count
