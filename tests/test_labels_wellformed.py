"""Well-formedness of the hand-labelled column-classification evaluation set.

tests/data/classification/labels.tsv is ground truth for the classifier; these
checks keep it structurally sound (they say nothing about the classifier).
"""

from __future__ import annotations

import csv
import importlib.util
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "classification" / "labels.tsv"
TAXONOMY = ROOT / "policies" / "taxonomy.yaml"
CORPORA = ROOT.parent / "shared" / "corpora"
HEADER = ["corpus_file", "table", "column", "personal", "category", "note", "split"]


def _rows() -> list[dict[str, str]]:
    with LABELS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _taxonomy_keys() -> set[str]:
    data = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
    return {c["key"] for c in data["categories"]}


def test_header() -> None:
    first = LABELS.read_text(encoding="utf-8").splitlines()[0]
    assert first.split("\t") == HEADER


def test_every_line_has_all_fields() -> None:
    lines = LABELS.read_text(encoding="utf-8").splitlines()[1:]
    bad = [i for i, ln in enumerate(lines, 2) if len(ln.split("\t")) != len(HEADER)]
    assert not bad, f"lines with wrong field count: {bad[:10]}"


def test_values() -> None:
    keys = _taxonomy_keys()
    for r in _rows():
        where = f"{r['corpus_file']}:{r['table']}.{r['column']}"
        assert r["personal"] in {"0", "1"}, where
        assert r["split"] in {"dev", "test"}, where
        assert r["table"] == r["table"].lower() and r["column"] == r["column"].lower(), where
        if r["personal"] == "1":
            assert r["category"] in keys, f"{where}: unknown category {r['category']!r}"
        else:
            assert r["category"] == "", f"{where}: personal=0 must have no category"


def test_no_duplicates() -> None:
    c = Counter((r["corpus_file"], r["table"], r["column"]) for r in _rows())
    dups = [k for k, n in c.items() if n > 1]
    assert not dups, dups[:10]


def test_size_and_balance() -> None:
    rows = _rows()
    assert len(rows) >= 600
    files = {r["corpus_file"] for r in rows}
    assert len(files) >= 8
    share = sum(r["personal"] == "1" for r in rows) / len(rows)
    assert 0.25 <= share <= 0.6, share


def test_split_is_by_whole_file() -> None:
    split_of: dict[str, set[str]] = {}
    for r in _rows():
        split_of.setdefault(r["corpus_file"], set()).add(r["split"])
    assert all(len(s) == 1 for s in split_of.values()), split_of
    assert {next(iter(s)) for s in split_of.values()} == {"dev", "test"}


def test_corpus_files_exist() -> None:
    if not CORPORA.is_dir():
        pytest.skip("corpora not available")
    missing = sorted(
        {r["corpus_file"] for r in _rows()}
        - {f for f in {r["corpus_file"] for r in _rows()} if (CORPORA / f).is_file()}
    )
    assert not missing, missing


def test_labelled_columns_exist_in_corpus() -> None:
    if not CORPORA.is_dir():
        pytest.skip("corpora not available")
    spec = importlib.util.spec_from_file_location("list_columns", LABELS.parent / "tools" / "list_columns.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    by_file: dict[str, set[tuple[str, str]]] = {}
    for r in _rows():
        by_file.setdefault(r["corpus_file"], set()).add((r["table"], r["column"]))
    for f, wanted in by_file.items():
        text = (CORPORA / f).read_text(encoding="utf-8", errors="replace")
        have = {(t, c) for t, c, _, _ in mod.columns(text)}
        assert not (wanted - have), (f, sorted(wanted - have)[:10])
