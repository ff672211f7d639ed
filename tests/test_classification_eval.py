"""Classification quality on the hand-labelled test split (labels.tsv over /work/shared/corpora).

Thresholds: precision and recall of "is personal data" >= 0.9, category accuracy >= 0.85
over true positives (a predicted key equal to the label or its ancestor/descendant below
the root ``user``; see benchmarks/bench_classification.py). Tuned on dev, asserted on test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "bench_classification", REPO / "benchmarks" / "bench_classification.py"
)
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_classification"] = bench
_spec.loader.exec_module(bench)

if not bench.LABELS.exists():
    pytest.skip(f"no labels at {bench.LABELS}", allow_module_level=True)
if not bench.CORPORA.is_dir():
    pytest.skip(f"no corpora at {bench.CORPORA} (set PRIVAUDIT_CORPORA)", allow_module_level=True)


@pytest.fixture(scope="module")
def outcomes() -> list:
    return bench.classify_labels(bench.load_labels())


def test_category_matching_rule() -> None:
    assert bench.category_matches(["user.contact"], "user.contact.email")
    assert bench.category_matches(["user.contact.email"], "user.contact")
    assert not bench.category_matches(["user"], "user.contact.email")
    assert not bench.category_matches(["user.contact.phone_number"], "user.contact.email")


@pytest.mark.xfail(
    strict=False,
    reason="the DDL connector does not yet return 4 AdventureWorks computed columns "
    "(employee.org, employee.organizationlevel, customer.accountnumber, salesorderheader.salesordernumber)",
)
def test_every_labelled_column_is_read(outcomes: list) -> None:
    missing = [f"{o.label.table}.{o.label.column}" for o in outcomes if o.predicted is None]
    assert not missing


def _summary(m) -> str:
    counts = f"TP {m.tp} FP {m.fp} FN {m.fn} TN {m.tn}"
    return f"{counts}; P {m.precision:.3f} R {m.recall:.3f} C {m.category_accuracy:.3f}"


def test_test_split_no_regression(outcomes: list) -> None:
    """Floors just under what was measured (P 0.843, R 0.830, C 0.987 on test): a change that
    makes classification worse fails here."""
    m = bench.score(o for o in outcomes if o.label.split == "test")
    assert m.precision >= 0.83, _summary(m)
    assert m.recall >= 0.82, _summary(m)
    assert m.category_accuracy >= 0.85, _summary(m)


@pytest.mark.xfail(
    strict=True,
    reason="target not met yet: test split measured P 0.843 R 0.830 (dev P 0.956 R 0.972); "
    "see docs/classification.md. strict: remove this marker once it passes",
)
def test_test_split_quality(outcomes: list) -> None:
    m = bench.score(o for o in outcomes if o.label.split == "test")
    assert m.precision >= 0.9, _summary(m)
    assert m.recall >= 0.9, _summary(m)
    assert m.category_accuracy >= 0.85, _summary(m)
