"""Well-formedness of the fourth hold-out column-classification set.

tests/data/classification/holdout4/ holds ten original schemas (pharmacy chain,
政务服务 appointments, gym, municipal parking and fines, newsletter tool, vet
clinic, co-working access, university admissions, second-hand marketplace,
airline PNR) written only for evaluation, plus labels.tsv (ground truth). These
checks keep the set structurally sound; they say nothing about the classifier.
"""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml

from connectors.ddl import read_ddl
from engine.model import Catalog

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT4 = ROOT / "tests" / "data" / "classification" / "holdout4"
LABELS = HOLDOUT4 / "labels.tsv"
TAXONOMY = ROOT / "policies" / "taxonomy.yaml"
HEADER = ["file", "table", "column", "personal", "category", "note"]
# first-line tag -> dialect passed to read_ddl ("ansi" = sqlglot's default dialect, "")
DIALECTS = {
    "mysql": "mysql",
    "postgres": "postgres",
    "sqlite": "sqlite",
    "tsql": "tsql",
    "oracle": "oracle",
    "ansi": "",
}
SQL_FILES = sorted(HOLDOUT4.glob("*.sql"))


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
    return DIALECTS[tag]


@cache
def _catalog(path: Path) -> Catalog:
    return read_ddl([path], _dialect(path))


def _columns(path: Path) -> set[tuple[str, str]]:
    """(table, column) pairs of every table read_ddl returns, lower-cased."""
    return {(t.name.lower(), c.name.lower()) for t in _catalog(path).tables for c in t.columns}


def test_files_present_and_varied() -> None:
    assert len(SQL_FILES) == 10, [p.name for p in SQL_FILES]
    assert {_dialect(p) for p in SQL_FILES} == set(DIALECTS.values())


@pytest.mark.parametrize("path", SQL_FILES, ids=lambda p: p.name)
def test_file_reads_without_diagnostics(path: Path) -> None:
    catalog = _catalog(path)
    assert not catalog.diagnostics, [str(d) for d in catalog.diagnostics]
    assert catalog.tables, f"{path.name}: read_ddl returned no tables"
    names = Counter(t.name.lower() for t in catalog.tables)
    assert all(n == 1 for n in names.values()), f"{path.name}: table names clash when lower-cased"


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
        assert r["note"].strip(), f"{where}: empty note"
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
        assert not extra, f"{path.name}: labelled but not returned by read_ddl: {extra[:10]}"
        assert not missing, f"{path.name}: returned by read_ddl but unlabelled: {missing[:10]}"


def test_size_and_balance() -> None:
    rows = _rows()
    assert len(rows) >= 400
    share = sum(r["personal"] == "1" for r in rows) / len(rows)
    assert 0.35 <= share <= 0.45, share
