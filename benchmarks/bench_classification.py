"""Column-classification quality on the hand-labelled corpora: confusion summary per split.

Reads tests/data/classification/labels.tsv, reads each labelled corpus file with the
DDL connector, classifies every column and compares. Prints TP/FP/FN/TN, precision
and recall of "is personal data", category accuracy (per category too) and every
misclassified column. Also prints columns per second for reading (parsing) and for classifying.
Usage: python benchmarks/bench_classification.py [--split NAME]   (NAME: dev, test, holdout, holdout2, ...)

The "holdout" to "holdout7" splits are tests/data/classification/holdout*/: original schemas in new
naming styles (*.sql, first line "-- dialect: NAME") with their own labels.tsv (file, table, column,
personal, category, note). "holdout" to "holdout6" were each opened after a round of tuning and tuned on
in the next; "holdout7" was opened only after round 7 was committed.

Category accuracy is measured over true positives (labelled and predicted personal):
a prediction is correct when one of its categories equals the label or is an
ancestor or descendant of it, the root ``user`` excepted (``user.contact`` matches
``user.contact.email``; ``user.contact.email`` does not match ``user.contact.phone_number``).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from connectors.ddl import read_ddl  # noqa: E402
from engine.classify.fuse import classify_catalog  # noqa: E402
from engine.classify.lexicon import load_lexicon  # noqa: E402
from engine.model import Catalog, Classification  # noqa: E402

LABELS = REPO / "tests" / "data" / "classification" / "labels.tsv"
CORPORA = Path(os.environ.get("PRIVAUDIT_CORPORA", REPO.parent / "shared" / "corpora"))
DATA = REPO / "tests" / "data" / "classification"
HOLDOUT = DATA / "holdout"


def _set_number(path: Path) -> int:
    digits = path.name.removeprefix("holdout")
    return int(digits) if digits.isdigit() else 1


# Every held-out set present, in the order they were made: holdout, holdout2, ... holdout10.
HOLDOUTS = {d.name: d for d in sorted(DATA.glob("holdout*"), key=_set_number) if (d / "labels.tsv").is_file()}
SPLITS = ("dev", "test", *HOLDOUTS)


@dataclass(frozen=True)
class Label:
    corpus_file: str
    table: str
    column: str
    personal: bool
    category: str
    split: str


@dataclass(frozen=True)
class Outcome:
    label: Label
    predicted: Classification | None  # None: the connector did not produce the column


@dataclass
class Metrics:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    category_right: int = 0
    per_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    wrong: list[Outcome] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def category_accuracy(self) -> float:
        return self.category_right / self.tp if self.tp else 1.0


def category_matches(predicted: Iterable[str], label: str) -> bool:
    """Equal, or one an ancestor of the other below the root ``user``."""
    for key in predicted:
        if key == label:
            return True
        shorter, longer = sorted((key, label), key=len)
        if "." in shorter and longer.startswith(shorter + "."):
            return True
    return False


def load_labels(path: Path = LABELS) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Label(r["corpus_file"], r["table"].lower(), r["column"].lower(), r["personal"] == "1",
                  r["category"].strip(), r["split"])
            for r in rows
        ]  # fmt: skip


def load_holdout_labels(directory: Path = HOLDOUT, split: str = "holdout") -> list[Label]:
    """A holdout set's labels as rows of the given split; empty when the set is absent."""
    path = directory / "labels.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Label(f"{split}/{r['file']}", r["table"].lower(), r["column"].lower(), r["personal"] == "1",
                  r["category"].strip(), split)
            for r in rows
        ]  # fmt: skip


def load_all_holdout_labels() -> list[Label]:
    """The labels of every holdout set present (holdout, holdout2, holdout3)."""
    return [lb for split, directory in HOLDOUTS.items() for lb in load_holdout_labels(directory, split)]


_DIALECT_ALIASES = {"ansi": ""}  # sqlglot calls its base (ANSI) dialect ""


def dialect_of(path: Path) -> str | None:
    """The sqlglot dialect named on the first line ("-- dialect: oracle"); None: detect it."""
    with path.open(encoding="utf-8") as fh:
        first = fh.readline().strip()
    prefix = "-- dialect:"
    if not first.lower().startswith(prefix):
        return None
    name = first[len(prefix) :].strip().lower()
    return _DIALECT_ALIASES.get(name, name)


def read_labelled(corpus_file: str, corpora: Path = CORPORA) -> Catalog:
    """The catalog of one labelled file: a corpus file, or a holdout schema in its own dialect."""
    split, _, name = corpus_file.partition("/")
    if split in HOLDOUTS:
        path = HOLDOUTS[split] / name
        return read_ddl([path], dialect_of(path))
    return read_ddl([corpora / corpus_file])


def _index(catalog: Catalog) -> dict[tuple[str, str], Classification]:
    out: dict[tuple[str, str], Classification] = {}
    for table in catalog.tables:
        for column in table.columns:
            out.setdefault((table.name.lower(), column.name.lower()), column.classification)
    return out


@dataclass
class Timing:
    """Seconds spent reading (parsing) and classifying, and how many columns were classified."""

    read_s: float = 0.0
    classify_s: float = 0.0
    columns: int = 0

    def rate(self, seconds: float) -> float:
        return self.columns / seconds if seconds > 0 else float("inf")


def classify_labels(
    labels: list[Label], corpora: Path = CORPORA, timing: Timing | None = None
) -> list[Outcome]:
    outcomes = []
    timing = timing if timing is not None else Timing()
    for corpus_file in sorted({lb.corpus_file for lb in labels}):
        start = time.perf_counter()
        parsed = read_labelled(corpus_file, corpora)
        read = time.perf_counter()
        catalog = classify_catalog(parsed)
        timing.read_s += read - start
        timing.classify_s += time.perf_counter() - read
        timing.columns += sum(len(t.columns) for t in parsed.tables)
        found = _index(catalog)
        outcomes += [
            Outcome(lb, found.get((lb.table, lb.column))) for lb in labels if lb.corpus_file == corpus_file
        ]
    return outcomes


def score(outcomes: Iterable[Outcome]) -> Metrics:
    m = Metrics()
    for o in outcomes:
        predicted = o.predicted is not None and o.predicted.is_personal
        if o.label.personal and predicted:
            m.tp += 1
            right = category_matches(o.predicted.categories if o.predicted else (), o.label.category)
            m.category_right += right
            m.per_category[o.label.category][0] += right
            m.per_category[o.label.category][1] += 1
            if not right:
                m.wrong.append(o)
        elif o.label.personal:
            m.fn += 1
            m.wrong.append(o)
        elif predicted:
            m.fp += 1
            m.wrong.append(o)
        else:
            m.tn += 1
    return m


def report(split: str, m: Metrics, out=sys.stdout) -> None:
    print(f"== {split}: TP {m.tp}  FP {m.fp}  FN {m.fn}  TN {m.tn}", file=out)
    print(
        f"   precision {m.precision:.3f}  recall {m.recall:.3f}  "
        f"category accuracy {m.category_accuracy:.3f} ({m.category_right}/{m.tp})",
        file=out,
    )
    for cat, (right, total) in sorted(m.per_category.items()):
        print(f"   {cat:55s} {right:3d}/{total:<3d}", file=out)
    kinds: Counter[str] = Counter()
    for o in m.wrong:
        p = o.predicted
        got = ",".join(p.categories) if p and p.categories else ("-" if p else "MISSING")
        kind = (
            "FN"
            if o.label.personal and not (p and p.is_personal)
            else ("FP" if not o.label.personal else "CAT")
        )
        kinds[kind] += 1
        why = p.reason if p else "column not read"
        print(
            f"   {kind:3s} {o.label.table}.{o.label.column}: "
            f"label {o.label.category or '-'}; got {got} ({why})",
            file=out,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append")
    args = parser.parse_args(argv)
    if not LABELS.exists() or not CORPORA.is_dir():
        print(f"labels ({LABELS}) or corpora ({CORPORA}) missing", file=sys.stderr)
        return 2
    labels = load_labels() + load_all_holdout_labels()
    load_lexicon()  # loading and validating the lexicon is a one-off start-up cost, not per column
    timing = Timing()
    outcomes = classify_labels(labels, timing=timing)
    for split in args.split or [s for s in SPLITS if any(lb.split == s for lb in labels)]:
        report(split, score(o for o in outcomes if o.label.split == split))
    files = len({lb.corpus_file for lb in labels})
    print(
        f"read {files} labelled files ({timing.columns} columns) in {timing.read_s:.2f} s "
        f"({timing.rate(timing.read_s):,.0f} columns/s); "
        f"classified them in {timing.classify_s:.2f} s ({timing.rate(timing.classify_s):,.0f} columns/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
