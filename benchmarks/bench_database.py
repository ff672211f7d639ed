"""Benchmark auditing many small PostgreSQL tables: jobs=1 against jobs=8 in one run.

    python benchmarks/bench_database.py [--tables 1000] [--rows 50] [--url postgresql://...]

Creates a dedicated schema in the local PostgreSQL, reads it with sampling (read_database) and
audits it end to end (read, classify, run every shipped rule: what `privaudit scan URL` does),
prints tables/second for both pool sizes and their ratio, and drops the schema.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connectors.database import read_database
from engine.cli.pipeline import ReadOptions, audit, load_packs
from engine.evaluate import select_rules


def create_schema(connection: psycopg.Connection, schema: str, tables: int, rows: int) -> None:
    connection.execute(f"CREATE SCHEMA {schema}")
    for i in range(tables):
        connection.execute(
            f"""CREATE TABLE {schema}.t{i:05d} (
                    id int PRIMARY KEY, email text, phone text, note text, amount numeric(10, 2));
                COMMENT ON COLUMN {schema}.t{i:05d}.phone IS '手机号';
                INSERT INTO {schema}.t{i:05d}
                    SELECT g, 'user' || g || '@example.com',
                           '139' || lpad((g * 7919 % 100000000)::text, 8, '0'), 'note ' || g, g * 1.5
                    FROM generate_series(1, {rows}) g;"""
        )
    connection.execute("ANALYZE")


def timed(url: str, schema: str, jobs: int) -> tuple[float, int]:
    started = time.perf_counter()
    catalog = read_database(url, schemas=[schema], sample_size=200, jobs=jobs)
    elapsed = time.perf_counter() - started
    if catalog.diagnostics:
        raise SystemExit(f"unexpected diagnostics: {catalog.diagnostics[:3]}")
    return elapsed, len(catalog.tables)


def timed_audit(url: str, schema: str, jobs: int) -> tuple[float, int]:
    policy = load_packs()
    rules = select_rules(policy, None)
    options = ReadOptions(sample_size=200, jobs=jobs, schemas=(schema,))
    started = time.perf_counter()
    result = audit([url], policy, rules, sorted(policy.laws), options, None)
    elapsed = time.perf_counter() - started
    if result.diagnostics or not result.findings:
        raise SystemExit(f"unexpected audit: {result.diagnostics[:3]}, {len(result.findings)} findings")
    return elapsed, len(result.catalog.tables)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=50)
    parser.add_argument("--url", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    schema = f"privaudit_bench_{uuid.uuid4().hex[:8]}"
    dsn = args.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as admin:
        started = time.perf_counter()
        with admin.transaction():
            create_schema(admin, schema, args.tables, args.rows)
        print(f"created {args.tables} tables x {args.rows} rows in {time.perf_counter() - started:.1f} s")
        try:
            results = {jobs: timed(args.url, schema, jobs) for jobs in (1, 8)}
            audits = {jobs: timed_audit(args.url, schema, jobs) for jobs in (1, 8)}
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
    for label, runs in (("read_database", results), ("full audit   ", audits)):
        for jobs, (elapsed, count) in runs.items():
            print(f"{label} jobs={jobs}: {count} tables in {elapsed:.2f} s = {count / elapsed:.0f} tables/s")
        print(f"{label} jobs=8 / jobs=1 speed-up: {runs[1][0] / runs[8][0]:.2f}x")


if __name__ == "__main__":
    main()
