"""Well-formedness of the hold-out column-classification set.

tests/data/classification/holdout/ holds original DDL files written for
evaluation only, plus labels.tsv (ground truth). These checks keep the set
structurally sound: every file parses in its declared dialect, labels and DDL
cover each other exactly, categories exist. They say nothing about the
classifier.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
import sqlglot
import yaml
from sqlglot import exp

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "tests" / "data" / "classification" / "holdout"
LABELS = HOLDOUT / "labels.tsv"
TAXONOMY = ROOT / "policies" / "taxonomy.yaml"
HEADER = ["file", "table", "column", "personal", "category", "note"]
# first-line tag -> sqlglot read dialect ("ansi" = sqlglot's default dialect)
DIALECTS = {"mysql": "mysql", "postgres": "postgres", "oracle": "oracle", "ansi": None}
SQL_FILES = sorted(HOLDOUT.glob("*.sql"))


def _rows() -> list[dict[str, str]]:
    with LABELS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _taxonomy_keys() -> set[str]:
    data = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
    return {c["key"] for c in data["categories"]}


def _dialect(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0].strip()
    prefix = "-- dialect:"
    assert first.startswith(prefix), f"{path.name}: first line must be '-- dialect: <name>'"
    tag = first[len(prefix) :].strip()
    assert tag in DIALECTS, f"{path.name}: unknown dialect {tag!r}"
    return tag


def _columns(path: Path) -> set[tuple[str, str]]:
    """(table, column) pairs of every CREATE TABLE, unqualified and lower-cased."""
    stmts = sqlglot.parse(path.read_text(encoding="utf-8"), read=DIALECTS[_dialect(path)])
    cols: set[tuple[str, str]] = set()
    for stmt in stmts:
        if not isinstance(stmt, exp.Create) or stmt.kind != "TABLE":
            continue
        schema = stmt.this
        assert isinstance(schema, exp.Schema), f"{path.name}: CREATE TABLE without column list"
        table = schema.this.name.lower()
        for coldef in schema.expressions:
            if isinstance(coldef, exp.ColumnDef):
                cols.add((table, coldef.name.lower()))
    return cols


def test_files_present_and_varied() -> None:
    assert 10 <= len(SQL_FILES) <= 12, [p.name for p in SQL_FILES]
    assert {_dialect(p) for p in SQL_FILES} >= {"mysql", "postgres", "oracle"}


@pytest.mark.parametrize("path", SQL_FILES, ids=lambda p: p.name)
def test_file_parses_in_its_dialect(path: Path) -> None:
    cols = _columns(path)
    assert cols, f"{path.name}: no CREATE TABLE columns found"


def test_header_and_field_count() -> None:
    lines = LABELS.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == HEADER
    bad = [i for i, ln in enumerate(lines[1:], 2) if len(ln.split("\t")) != len(HEADER)]
    assert not bad, f"lines with wrong field count: {bad[:10]}"


def test_values() -> None:
    keys = _taxonomy_keys()
    for r in _rows():
        where = f"{r['file']}:{r['table']}.{r['column']}"
        assert r["personal"] in {"0", "1"}, where
        assert r["table"] == r["table"].lower() and r["column"] == r["column"].lower(), where
        if r["personal"] == "1":
            assert r["category"] in keys, f"{where}: unknown category {r['category']!r}"
        else:
            assert r["category"] == "", f"{where}: personal=0 must have no category"


def test_no_duplicates() -> None:
    c = Counter((r["file"], r["table"], r["column"]) for r in _rows())
    dups = [k for k, n in c.items() if n > 1]
    assert not dups, dups[:10]


def test_labels_and_ddl_cover_each_other() -> None:
    by_file: dict[str, set[tuple[str, str]]] = {}
    for r in _rows():
        by_file.setdefault(r["file"], set()).add((r["table"], r["column"]))
    names = {p.name for p in SQL_FILES}
    assert set(by_file) == names, sorted(set(by_file) ^ names)
    for path in SQL_FILES:
        have = _columns(path)
        wanted = by_file[path.name]
        extra = sorted(wanted - have)
        missing = sorted(have - wanted)
        assert not extra, f"{path.name}: labelled but not in the DDL: {extra[:10]}"
        assert not missing, f"{path.name}: in the DDL but unlabelled: {missing[:10]}"


def test_size_and_balance() -> None:
    rows = _rows()
    assert len(rows) >= 450
    share = sum(r["personal"] == "1" for r in rows) / len(rows)
    assert 0.3 <= share <= 0.5, share
