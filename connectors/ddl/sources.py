"""Expand the paths a user gives into SQL files, in the order their statements apply.

A directory is a migration folder: its `*.sql` files (recursively) are ordered the way
the migration tools order them — Flyway versions compared numerically (V2 before V10),
repeatable `R__` scripts after all versioned ones, numeric or timestamp prefixes
(`0001_init.sql`, `20240101120000_add.sql`) likewise, natural sort for anything else.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from engine.model import Diagnostic, Location

_FLYWAY = re.compile(r"^(?P<prefix>[VUR])(?P<version>\d+(?:[._]\d+)*)?__(?P<desc>.*)$", re.I)
_NUMBERED = re.compile(r"^(?P<version>\d+(?:[._]\d+)*)(?:[_\-.]|$)")
_DIGITS = re.compile(r"(\d+)")

# Ordering groups: versioned scripts, then unversioned ones, then Flyway repeatables.
_VERSIONED, _PLAIN, _REPEATABLE = 0, 1, 2


@dataclass(frozen=True)
class SqlFile:
    path: Path
    display: str  # the name diagnostics and locations use: the user's spelling plus the relative path


@dataclass(frozen=True)
class Expanded:
    files: tuple[SqlFile, ...]
    diagnostics: tuple[Diagnostic, ...]


def expand_paths(paths: list[str | Path]) -> Expanded:
    """The SQL files to read, in application order; missing paths and empty folders as diagnostics."""
    files: list[SqlFile] = []
    diagnostics: list[Diagnostic] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, notes = _migration_files(path, str(given))
            files += found
            diagnostics += notes
        elif path.exists():
            files.append(SqlFile(path, str(given)))
        else:
            diagnostics.append(Diagnostic(Location(str(given)), "no such file or directory"))
    return Expanded(tuple(files), tuple(diagnostics))


def _migration_files(folder: Path, display: str) -> tuple[list[SqlFile], list[Diagnostic]]:
    diagnostics: list[Diagnostic] = []
    keyed: list[tuple[tuple[object, ...], SqlFile]] = []
    for path in folder.rglob("*"):
        if not path.is_file() or path.suffix.lower() != ".sql":
            continue
        rel = path.relative_to(folder).as_posix()
        entry = SqlFile(path, os.path.join(display, rel))
        key = migration_order_key(path.name, rel)
        if key is None:
            diagnostics.append(
                Diagnostic(
                    Location(entry.display),
                    "Flyway undo migration ignored: it is not part of the schema",
                    "warning",
                )
            )
            continue
        keyed.append((key, entry))
    if not keyed and not diagnostics:
        diagnostics.append(Diagnostic(Location(display), "directory holds no .sql files"))
    keyed.sort(key=lambda item: item[0])
    return [entry for _, entry in keyed], diagnostics


def migration_order_key(name: str, rel: str) -> tuple[object, ...] | None:
    """Sort key of one migration file, or None for files never applied (Flyway undo scripts)."""
    stem = name[: -len(".sql")] if name.lower().endswith(".sql") else name
    flyway = _FLYWAY.match(stem)
    if flyway:
        prefix = flyway["prefix"].upper()
        if prefix == "U":
            return None
        if prefix == "V" and flyway["version"]:
            return (_VERSIONED, _version(flyway["version"]), natural_key(rel))
        if prefix == "R":
            return (_REPEATABLE, (), natural_key(flyway["desc"]))
    numbered = _NUMBERED.match(stem)
    if numbered:
        return (_VERSIONED, _version(numbered["version"]), natural_key(rel))
    return (_PLAIN, (), natural_key(rel))


def _version(text: str) -> tuple[int, ...]:
    """ "1_2" and "1.2" -> (1, 2); trailing zeros do not count (1.0 == 1), as in Flyway."""
    parts = [int(p) for p in re.split(r"[._]", text)]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """ "a2" before "a10": digit runs compare as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.lower()) for part in _DIGITS.split(text) if part
    )
