"""Time read_ddl on the largest shared DDL dump against bare sqlglot parses of the same statements.

The design goal: a schema audit of a large dump costs about what parsing its schema
costs. All three are measured in the same run, so the ratios hold on any machine:

  read_ddl                   split + skip + parse relevant statements + replay into a Catalog
  sqlglot, all statements    every statement (split by our splitter) through sqlglot.parse_one
  sqlglot, CREATE TABLE only the CREATE TABLE statements through sqlglot.parse_one
  full audit                 what `privaudit scan FILE` does: read_ddl, dump rows sampled,
                             every column classified, every shipped rule evaluated

Run: python benchmarks/bench_ddl.py [--repeat N] [FILE]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import sqlglot
from sqlglot.errors import SqlglotError

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # runnable from a checkout without installing

from connectors.ddl import read_ddl  # noqa: E402
from connectors.ddl.dialect import detect_dialect  # noqa: E402
from connectors.ddl.splitter import split_statements  # noqa: E402
from connectors.textio import read_text  # noqa: E402
from engine.cli.pipeline import ReadOptions, audit, load_packs  # noqa: E402
from engine.evaluate import select_rules  # noqa: E402

DEFAULT_FILE = REPO / ".." / "shared" / "corpora" / "YunaiV__ruoyi-vue-pro" / "sql__mysql__ruoyi-vue-pro.sql"


def timed(run: Callable[[], object], repeat: int) -> list[float]:
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - start)
    return seconds


def parse_all(statements: list[str], dialect: str | None) -> int:
    failures = 0
    for sql in statements:
        try:
            sqlglot.parse_one(sql, read=dialect)
        except SqlglotError:
            failures += 1
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.file.is_file():
        print(f"benchmark input not found: {args.file}", file=sys.stderr)
        return 2
    logging.getLogger("sqlglot").setLevel(logging.CRITICAL)

    text = read_text(args.file).text or ""
    dialect = detect_dialect(text)
    statements = [s.text for s in split_statements(text, dialect)]
    creates = [s for s in statements if s[:12].upper() == "CREATE TABLE"]
    catalog = read_ddl([args.file])
    print(f"file      {args.file.resolve()} ({len(text.encode()) / 1e6:.2f} MB, dialect {dialect})")
    print(f"content   {len(statements)} statements, {len(creates)} CREATE TABLE; read_ddl found", end=" ")
    print(f"{len(catalog.tables)} tables, {sum(len(t.columns) for t in catalog.tables)} columns")
    print(
        f"sqlglot   {sqlglot.__version__}, compiled build: {_compiled()};"
        f" repeat {args.repeat}, best and median"
    )
    print()

    policy = load_packs()
    rules = select_rules(policy, None)

    def full_audit() -> None:
        audit([str(args.file)], policy, rules, sorted(policy.laws), ReadOptions(), None)

    runs = {
        "read_ddl (whole file)": timed(lambda: read_ddl([args.file]), args.repeat),
        "full audit (privaudit scan)": timed(full_audit, args.repeat),
        "sqlglot, all statements": timed(lambda: parse_all(statements, dialect), args.repeat),
        "sqlglot, CREATE TABLE only": timed(lambda: parse_all(creates, dialect), args.repeat),
        "split only (our splitter)": timed(lambda: list(split_statements(text, dialect)), args.repeat),
    }
    baseline = min(runs["read_ddl (whole file)"])
    print(f"{'':30} {'best s':>9} {'median s':>9} {'x read_ddl':>11}")
    for label, seconds in runs.items():
        best = min(seconds)
        print(f"{label:30} {best:9.3f} {statistics.median(seconds):9.3f} {best / baseline:11.2f}")
    return 0


def _compiled() -> str:
    # sqlglotc installs mypyc-compiled modules inside the sqlglot package itself.
    compiled = Path(sqlglot.parser.__file__).suffix in {".so", ".pyd"}
    return "yes (sqlglotc)" if compiled else "no (pure Python)"


if __name__ == "__main__":
    raise SystemExit(main())
