"""Benchmark auditing many small PostgreSQL tables: jobs=1 against jobs=8 in one run.

    python benchmarks/bench_database.py [--tables 1000] [--rows 50] [--url postgresql://...]
                                        [--latency-ms 2]

Creates a dedicated schema in the local PostgreSQL, reads it with sampling (read_database) and
audits it end to end (read, classify, run every shipped rule: what `privaudit scan URL` does),
prints tables/second for both pool sizes and their ratio, and drops the schema.

Here the server shares the machine's two cores with the auditor, so a bigger pool has
little to overlap. With --latency-ms N the same runs also go through a loopback proxy
that holds every server reply N ms, as a database across a network does; that is
where --jobs pays.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
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


def start_latency_proxy(host: str, port: int, delay_s: float) -> int:
    """A loopback TCP proxy to host:port that delays each reply chunk; returns its port."""
    ready: list[int] = []
    started = threading.Event()

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
        try:
            while data := await reader.read(65536):
                if delay:
                    await asyncio.sleep(delay)
                writer.write(data)
                await writer.drain()
        finally:
            writer.close()

    async def handle(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        server_reader, server_writer = await asyncio.open_connection(host, port)
        await asyncio.gather(
            pipe(client_reader, server_writer, 0), pipe(server_reader, client_writer, delay_s)
        )

    async def serve() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        ready.append(server.sockets[0].getsockname()[1])
        started.set()
        async with server:
            await server.serve_forever()

    threading.Thread(target=lambda: asyncio.run(serve()), daemon=True).start()
    started.wait(10)
    return ready[0]


def report(label: str, runs: dict[int, tuple[float, int]]) -> None:
    for jobs, (elapsed, count) in runs.items():
        print(f"{label} jobs={jobs}: {count} tables in {elapsed:.2f} s = {count / elapsed:.0f} tables/s")
    print(f"{label} jobs=8 / jobs=1 speed-up: {runs[1][0] / runs[8][0]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=50)
    parser.add_argument("--url", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--latency-ms", type=float, default=0, help="also run through a delaying proxy")
    args = parser.parse_args()
    schema = f"privaudit_bench_{uuid.uuid4().hex[:8]}"
    dsn = args.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn, autocommit=True) as admin:
        started = time.perf_counter()
        with admin.transaction():
            create_schema(admin, schema, args.tables, args.rows)
        print(f"created {args.tables} tables x {args.rows} rows in {time.perf_counter() - started:.1f} s")
        try:
            report("read_database", {jobs: timed(args.url, schema, jobs) for jobs in (1, 8)})
            report("full audit   ", {jobs: timed_audit(args.url, schema, jobs) for jobs in (1, 8)})
            if args.latency_ms:
                port = start_latency_proxy("127.0.0.1", 5432, args.latency_ms / 1000)
                slow = args.url.replace("127.0.0.1:5432", f"127.0.0.1:{port}")
                label = f"full audit, {args.latency_ms:g} ms latency"
                report(label, {jobs: timed_audit(slow, schema, jobs) for jobs in (1, 8)})
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
