"""holdout5 labels (tests/data/classification/holdout5) are well-formed and match the DDL both ways."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
import yaml

from connectors.ddl import read_ddl

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = ROOT / "tests" / "data" / "classification" / "holdout5"
HEADER = ["file", "table", "column", "personal", "category", "note"]
DIALECTS = {"mysql", "postgres", "sqlite", "tsql", "oracle", "ansi"}


def _rows() -> list[dict[str, str]]:
    with open(HOLDOUT / "labels.tsv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == HEADER
        return list(reader)


def _taxonomy_keys() -> set[str]:
    data = yaml.safe_load((ROOT / "policies" / "taxonomy.yaml").read_text(encoding="utf-8"))
    return {entry["key"] for entry in data["categories"]}


def _dialect(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("-- dialect: "), path.name
    name = first.removeprefix("-- dialect: ").strip()
    assert name in DIALECTS, path.name
    return "" if name == "ansi" else name


SQL_FILES = sorted(HOLDOUT.glob("*.sql"))


def test_eight_schemas() -> None:
    assert len(SQL_FILES) == 8


@pytest.mark.parametrize("path", SQL_FILES, ids=lambda p: p.name)
def test_reads_without_error_and_labels_match_columns(path: Path) -> None:
    catalog = read_ddl([str(path)], _dialect(path))
    assert [str(d) for d in catalog.diagnostics if d.level == "error"] == []
    returned = {(t.name.lower(), c.name.lower()) for t in catalog.tables for c in t.columns}
    labelled = {(r["table"], r["column"]) for r in _rows() if r["file"] == path.name}
    assert labelled - returned == set(), "labelled but not in the DDL"
    assert returned - labelled == set(), "in the DDL but not labelled"


def test_rows_well_formed() -> None:
    rows = _rows()
    keys = _taxonomy_keys()
    assert len(rows) >= 320
    names = {p.name for p in SQL_FILES}
    for row in rows:
        assert row["file"] in names, row
        assert row["table"] == row["table"].lower() and row["column"] == row["column"].lower(), row
        assert row["personal"] in {"0", "1"}, row
        if row["personal"] == "0":
            assert row["category"] == "", row
        else:
            assert row["category"] in keys, row
        assert row["note"].strip(), row
    dupes = Counter((r["file"], r["table"], r["column"]) for r in rows)
    assert [k for k, n in dupes.items() if n > 1] == []


def test_personal_share_in_range() -> None:
    rows = _rows()
    share = sum(r["personal"] == "1" for r in rows) / len(rows)
    assert 0.30 <= share <= 0.50
