"""Well-formedness of the held-out classification sets (tests/data/classification/holdout*/).

Each set is original schemas written only for evaluation, one `.sql` file per
schema whose first line is `-- dialect: NAME`, plus labels.tsv (the ground truth;
each set's README says how it was made and which calls were hard). These checks
keep the sets structurally sound; they say nothing about the classifier.
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
DATA = ROOT / "tests" / "data" / "classification"
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
# set -> (at least this many labelled columns, at least this many schema files)
SETS = {
    "holdout": (450, 10),
    "holdout2": (450, 10),
    "holdout3": (400, 10),
    "holdout4": (400, 10),
    "holdout5": (320, 8),
    "holdout6": (260, 6),
    "holdout7": (260, 6),
    "holdout8": (450, 6),
    "holdout9": (450, 6),
    "holdout10": (450, 6),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout11": (900, 6),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout12": (480, 6),
    "holdout13": (750, 6),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout14": (500, 6),
    "holdout15": (750, 6),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout16": (540, 6),
    "holdout17": (900, 6),  # real public schemas (MIT/Apache-2.0/BSD/CC0), see its README and LICENSES.md
    "holdout18": (540, 6),
    "holdout19": (500, 4),  # real public schemas (MIT/Apache-2.0/BSD), see its README and LICENSES.md
    "holdout20": (450, 5),
    "holdout21": (450, 4),  # real public schemas (Apache-2.0/BSD), see its README and LICENSES.md
    "holdout22": (450, 5),
    "holdout23": (400, 4),  # real public schemas (Apache-2.0/MIT), see its README and LICENSES.md
    "holdout24": (400, 4),
    "holdout25": (700, 4),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout26": (580, 5),
    "holdout27": (700, 5),  # real public schemas (BSD/Apache-2.0/MIT), see its README and LICENSES.md
    "holdout28": (540, 5),
    "holdout29": (750, 4),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout30": (580, 4),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout31": (450, 4),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout32": (560, 5),
    "holdout33": (540, 5),
    "holdout34": (450, 5),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout35": (450, 5),  # real public schemas (Apache-2.0/MIT/ISC), see its README and LICENSES.md
    "holdout36": (540, 5),
    "holdout37": (560, 5),
    "holdout38": (550, 4),  # real public schemas (Apache-2.0/MIT), see its README and LICENSES.md
    "holdout39": (560, 4),  # real public schemas (Apache-2.0/MIT), see its README and LICENSES.md
    "holdout40": (520, 5),
    "holdout41": (550, 5),
    "holdout42": (700, 4),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout43": (560, 4),  # real public schemas (MIT/Apache-2.0), see its README and LICENSES.md
    "holdout44": (550, 5),
    "holdout45": (550, 5),
    "holdout46": (500, 5),  # real public schemas (BSD/MIT/Apache-2.0), see its README and LICENSES.md
    # real public schemas (MIT); a partial set: the helper's look-up budget ran out after two projects
    "holdout47": (210, 2),
    "holdout48": (510, 5),
    "holdout49": (530, 5),
    "holdout51": (510, 5),
    "holdout53": (460, 5),  # German, Portuguese, French, Japanese and Chinese schemas
}
# Real published schemas hold fewer personal columns than sets written to test the classifier.
REAL_SCHEMAS = {
    "holdout10", "holdout11", "holdout13", "holdout15", "holdout17", "holdout19", "holdout21", "holdout23",
    "holdout25", "holdout27", "holdout29", "holdout30", "holdout31", "holdout34", "holdout35",
    "holdout38", "holdout39", "holdout42", "holdout43", "holdout46", "holdout47",
}  # fmt: skip
FILES = [(name, path) for name in SETS for path in sorted((DATA / name).glob("*.sql"))]


@cache
def _rows(name: str) -> tuple[dict[str, str], ...]:
    with (DATA / name / "labels.tsv").open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def _taxonomy_keys() -> frozenset[str]:
    data = yaml.safe_load((ROOT / "policies" / "taxonomy.yaml").read_text(encoding="utf-8"))
    return frozenset(c["key"] for c in data["categories"])


def _dialect(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0].strip()
    assert first.startswith("-- dialect:"), f"{path.name}: first line must be '-- dialect: <name>'"
    tag = first.removeprefix("-- dialect:").strip()
    assert tag in DIALECTS, f"{path.name}: unknown dialect {tag!r}"
    return DIALECTS[tag]


@cache
def _catalog(path: Path) -> Catalog:
    return read_ddl([path], _dialect(path))


@pytest.mark.parametrize(("name", "path"), FILES, ids=[f"{n}/{p.name}" for n, p in FILES])
def test_schema_reads_cleanly_and_is_labelled_exactly(name: str, path: Path) -> None:
    catalog = _catalog(path)
    errors = [str(d) for d in catalog.diagnostics if d.level == "error"]
    assert not errors and catalog.tables, errors
    tables = Counter(t.name.lower() for t in catalog.tables)
    assert all(n == 1 for n in tables.values()), f"{path.name}: table names clash when lower-cased"
    have = {(t.name.lower(), c.name.lower()) for t in catalog.tables for c in t.columns}
    wanted = {(r["table"], r["column"]) for r in _rows(name) if r["file"] == path.name}
    assert not sorted(wanted - have), f"labelled but not in the schema: {sorted(wanted - have)[:10]}"
    assert not sorted(have - wanted), f"in the schema but unlabelled: {sorted(have - wanted)[:10]}"


@pytest.mark.parametrize("name", SETS)
def test_labels_are_well_formed(name: str) -> None:
    lines = (DATA / name / "labels.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == HEADER
    assert not [i for i, line in enumerate(lines[1:], 2) if len(line.split("\t")) != len(HEADER)]
    rows = _rows(name)
    for row in rows:
        where = f"{name}/{row['file']}:{row['table']}.{row['column']}"
        assert row["personal"] in {"0", "1"}, where
        assert row["table"] == row["table"].lower() and row["column"] == row["column"].lower(), where
        if row["personal"] == "1":
            assert row["category"] in _taxonomy_keys(), f"{where}: unknown category {row['category']!r}"
        else:
            assert row["category"] == "", f"{where}: personal=0 must have no category"
    duplicates = [k for k, n in Counter((r["file"], r["table"], r["column"]) for r in rows).items() if n > 1]
    assert not duplicates, duplicates[:10]
    files = {p.name for n, p in FILES if n == name}
    assert {r["file"] for r in rows} == files


@pytest.mark.parametrize("name", SETS)
def test_size_and_balance(name: str) -> None:
    min_rows, min_files = SETS[name]
    rows = _rows(name)
    assert len(rows) >= min_rows
    assert sum(1 for n, _ in FILES if n == name) >= min_files
    share = sum(r["personal"] == "1" for r in rows) / len(rows)
    low = 0.10 if name in REAL_SCHEMAS else 0.3  # a ticketing system (holdout47) is mostly workflow tables
    assert low <= share <= 0.5, share  # enough hard negatives, enough personal columns
