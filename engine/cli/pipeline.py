"""Wiring: sources → connectors → classification → rules → AuditResult.

The only place (with the commands) that knows both connectors and the engine.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from connectors.ddl import iter_insert_rows, read_ddl
from connectors.samples import SampleTable, attach_samples, profile_rows, read_sample_file
from engine import __version__
from engine.classify.detectors import DETECTORS
from engine.classify.taxonomy import load_taxonomy
from engine.errors import SourceError
from engine.evaluate import evaluate
from engine.model import Catalog, Diagnostic, Location, Severity, Table
from engine.policy.loader import PolicySet, Rule, RuleCase, load_policy
from engine.policy.types import Runtime
from engine.results import AuditResult

SAMPLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".parquet"}


@dataclass(frozen=True)
class ReadOptions:
    dialect: str | None = None
    encoding: str | None = None
    sample_size: int = 200
    jobs: int = 4
    schemas: tuple[str, ...] = ()
    seed: int = 0
    progress: Callable[..., Any] | None = None


def is_database_url(source: str) -> bool:
    return "://" in source and not Path(source).exists()


def display_source(source: str) -> str:
    if not is_database_url(source):
        return source
    from connectors.database import redact_url  # SQLAlchemy loads only when a database is audited

    return redact_url(source)


def load_packs(extra: Sequence[str] = ()) -> PolicySet:
    return load_policy(
        extra,
        known_categories=set(load_taxonomy().keys()),
        known_detectors={d.name for d in DETECTORS},
    )


def runtime_for(policy: PolicySet) -> Runtime:
    """English messages name categories by key; Chinese ones by the taxonomy's Chinese names."""
    zh = {c.key: c.name_zh for c in load_taxonomy().categories}
    return Runtime(sensitive=policy.sensitive, category_names={"zh": zh})


def _merge(catalogs: Sequence[Catalog], extra: Sequence[Diagnostic]) -> Catalog:
    return Catalog(
        tables=tuple(t for c in catalogs for t in c.tables),
        diagnostics=tuple(d for c in catalogs for d in c.diagnostics) + tuple(extra),
        sources=tuple(s for c in catalogs for s in c.sources),
    )


def _dump_samples(catalog: Catalog, paths: Sequence[str], options: ReadOptions) -> Catalog:
    """INSERT/COPY rows in SQL files become sample profiles of their tables."""
    rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    columns: dict[str, tuple[str, ...] | None] = {}
    for batch in iter_insert_rows(paths, options.dialect, options.encoding, max_rows=options.sample_size):
        name = batch.table.rsplit(".", 1)[-1]
        table = catalog.table(batch.table) or catalog.table(name)
        names = batch.columns or (tuple(c.name for c in table.columns) if table else None)
        if not names:
            continue
        key = table.name if table else name
        if columns.setdefault(key, names) != names:
            continue  # INSERTs of one table with another column list: keep the first shape
        rows[key].extend(r for r in batch.rows if len(r) == len(names))
    samples: list[SampleTable] = [
        profile_rows(name, columns[name] or (), batch_rows, limit=options.sample_size, seed=options.seed)
        for name, batch_rows in rows.items()
    ]
    # Dump rows only add evidence to tables the DDL created.
    known = [s for s in samples if catalog.table(s.name) is not None]
    return attach_samples(catalog, known) if known else catalog


def read_sources(sources: Sequence[str], options: ReadOptions) -> Catalog:
    """Read every source; a source that cannot be read becomes a diagnostic.

    Raises SourceError only when nothing at all could be read.
    """
    ddl_paths: list[str] = []
    sample_paths: list[str] = []
    urls: list[str] = []
    for source in sources:
        if is_database_url(source):
            urls.append(source)
        elif Path(source).suffix.lower() in SAMPLE_SUFFIXES:
            sample_paths.append(source)
        else:
            ddl_paths.append(source)

    catalogs: list[Catalog] = []
    problems: list[Diagnostic] = []
    if ddl_paths:
        try:
            ddl = read_ddl(ddl_paths, options.dialect, options.encoding)
            if options.sample_size > 0:
                ddl = _dump_samples(ddl, ddl_paths, options)
            catalogs.append(ddl)
        except SourceError as exc:
            problems.append(Diagnostic(exc.location or Location(", ".join(ddl_paths)), exc.message))
    if urls:
        from connectors.database import read_database
    for url in urls:
        try:
            catalogs.append(
                read_database(
                    url,
                    schemas=options.schemas or None,
                    sample_size=options.sample_size,
                    jobs=options.jobs,
                    seed=options.seed,
                    progress=options.progress,
                )
            )
        except SourceError as exc:
            problems.append(Diagnostic(exc.location or Location(display_source(url)), exc.message))
    catalog = _merge(catalogs, problems)
    if sample_paths:
        samples = [
            read_sample_file(p, limit=max(options.sample_size, 1), seed=options.seed) for p in sample_paths
        ]
        readable = [s for s in samples if s.columns]
        unread = [d for s in samples if not s.columns for d in s.diagnostics]
        catalog = attach_samples(catalog, readable) if readable else catalog
        catalog = replace(catalog, diagnostics=catalog.diagnostics + tuple(unread))
        if not readable and not catalogs:
            problems.extend(unread)
    if not catalog.tables and not catalog.sources:
        first = (catalog.diagnostics or tuple(problems) or (Diagnostic(Location("-"), "no source given"),))[0]
        raise SourceError(first.message, first.location)
    return catalog


def classify_catalog(catalog: Catalog) -> Catalog:
    from engine.classify.fuse import classify_catalog as classify

    return classify(catalog)


def audit(
    sources: Sequence[str],
    policy: PolicySet,
    rules: Sequence[Rule],
    laws: Sequence[str],
    options: ReadOptions,
    fail_on: Severity | None,
) -> AuditResult:
    catalog = classify_catalog(read_sources(sources, options))
    findings = evaluate(
        rules, catalog, runtime_for(policy), name=", ".join(display_source(s) for s in sources)
    )
    return AuditResult(
        catalog=catalog,
        findings=tuple(findings),
        diagnostics=catalog.diagnostics,
        laws=tuple(laws),
        law_names={law.id: law.short_name for law in policy.laws.values()},
        sources=tuple(display_source(s) for s in sources),
        fail_on=fail_on,
        version=__version__,
    )


def build_case_catalog(case: RuleCase) -> Catalog:
    """A rule test case's input (DDL and sample rows) as a classified Catalog."""
    catalog = Catalog()
    if case.ddl:
        with tempfile.TemporaryDirectory(prefix="privaudit-case-") as folder:
            path = Path(folder) / "case.sql"
            path.write_text(case.ddl, encoding="utf-8")
            catalog = read_ddl([str(path)], case.dialect)
        where = case.location
        catalog = replace(
            catalog,
            tables=tuple(_relocate(t, where) for t in catalog.tables),
            diagnostics=tuple(replace(d, location=where) for d in catalog.diagnostics),
        )
    samples = []
    for table_name, rows in case.samples.items():
        names: list[str] = []
        for row in rows:
            names.extend(k for k in row if k not in names)
        samples.append(profile_rows(table_name, names, [dict(r) for r in rows], location=case.location))
    if samples:
        catalog = attach_samples(catalog, samples)
    return classify_catalog(catalog)


def _relocate(table: Table, where: Location) -> Table:
    """Case tables point at the case in the pack, not at a temporary file."""
    return replace(table, location=where, columns=tuple(replace(c, location=where) for c in table.columns))
