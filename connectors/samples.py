"""Data samples: read CSV, JSONL and Parquet files (or rows from elsewhere) into column profiles.

Reading is bounded: at most `limit` rows are profiled; a longer file is reduced
by seeded reservoir sampling, so the same file always gives the same profile.
Values are profiled as soon as a file is read and then dropped.
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from engine.classify.profile import profile_values
from engine.model import Catalog, Column, Diagnostic, Location, SampleProfile, Table

DEFAULT_LIMIT = 1000
CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
_SNIFF_BYTES = 64 * 1024
_DELIMITERS = ",;\t|"
_MAX_DIAGNOSTICS = 20  # per file: one bad line is news, ten thousand are one message


@dataclass(frozen=True)
class SampleTable:
    """Profiles of one sampled table. Holds no raw value."""

    name: str
    location: Location
    columns: tuple[str, ...]  # in header order
    profiles: dict[str, SampleProfile] = field(hash=False)
    row_count: int  # data rows seen in the source
    sampled: int = 0  # rows profiled (at most the limit)
    diagnostics: tuple[Diagnostic, ...] = ()


# ---------------------------------------------------------------- sampling


def _reservoir(rows: Iterable[tuple[int, Any]], limit: int, seed: int) -> tuple[list[Any], int]:
    """Seeded reservoir sample of (line, row) pairs, kept in source order; and how many rows there were."""
    rng = random.Random(seed)
    kept: list[tuple[int, Any]] = []
    seen = 0
    for item in rows:
        seen += 1
        if len(kept) < limit:
            kept.append(item)
        else:
            slot = rng.randrange(seen)
            if slot < limit:
                kept[slot] = item
    kept.sort(key=lambda pair: pair[0])
    return [row for _, row in kept], seen


def _profiles(
    columns: Sequence[str], rows: Sequence[Sequence[object]], max_examples: int
) -> dict[str, SampleProfile]:
    return {
        name: profile_values((row[i] if i < len(row) else None for row in rows), max_examples=max_examples)
        for i, name in enumerate(columns)
    }


def _row_values(row: Sequence[object] | Mapping[str, object], columns: Sequence[str]) -> Sequence[object]:
    if isinstance(row, Mapping):
        return [row.get(name) for name in columns]
    return row


def profile_rows(
    table_name: str,
    column_names: Sequence[str],
    rows: Iterable[Sequence[object] | Mapping[str, object]],
    *,
    location: Location | None = None,
    limit: int = DEFAULT_LIMIT,
    seed: int = 0,
    max_examples: int = 3,
) -> SampleTable:
    """Profile rows read elsewhere (SQL dump INSERTs, database samples): sequences or mappings by name."""
    columns = tuple(column_names)
    numbered = ((i, _row_values(row, columns)) for i, row in enumerate(rows))
    kept, seen = _reservoir(numbered, limit, seed)
    return SampleTable(
        name=table_name,
        location=location or Location(table_name),
        columns=columns,
        profiles=_profiles(columns, kept, max_examples),
        row_count=seen,
        sampled=len(kept),
    )


# ---------------------------------------------------------------- files


class _Diagnostics:
    """Collects a file's diagnostics, keeping the first few and counting the rest."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Diagnostic] = []
        self.dropped = 0

    def add(self, line: int, message: str, level: str = "error") -> None:
        if len(self.items) < _MAX_DIAGNOSTICS:
            self.items.append(Diagnostic(Location(self.file, line), message, level))
        else:
            self.dropped += 1

    def result(self) -> tuple[Diagnostic, ...]:
        if self.dropped:
            more = Diagnostic(Location(self.file), f"{self.dropped} more problems in this file", "warning")
            return (*self.items, more)
        return tuple(self.items)


def _legacy_encoding(head: bytes) -> str:
    """GB18030 (a superset of GBK, what Chinese spreadsheets export) when it reads, else a detected guess."""
    try:
        head[:-4].decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        best = from_bytes(head).best()
        return best.encoding if best else "latin-1"


def _open_text(path: Path) -> io.TextIOWrapper:
    """Open as UTF-8 (BOM tolerated); fall back to the detected encoding (GBK exports are common)."""
    with path.open("rb") as raw:
        head = raw.read(_SNIFF_BYTES)
    if b"\x00" in head:
        raise ValueError("binary content, not a text file")
    encoding = "utf-8-sig"
    try:
        head.decode(encoding)
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # not just a character cut by the read boundary
            encoding = _legacy_encoding(head)
    return path.open(encoding=encoding, errors="replace", newline="")


def _dialect(head: str, path: Path) -> type[csv.Dialect] | csv.Dialect:
    """csv.Sniffer's dialect; when it cannot decide (ragged rows), the delimiter the header uses most."""
    try:
        return csv.Sniffer().sniff(head, delimiters=_DELIMITERS)
    except csv.Error:
        pass
    header = head.split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=header.count)
    if not header.count(delimiter):
        return csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    return type("SniffedDialect", (csv.excel,), {"delimiter": delimiter})


def _csv_rows(path: Path, notes: _Diagnostics) -> tuple[tuple[str, ...], Iterator[tuple[int, list[str]]]]:
    stream = _open_text(path)
    head = stream.read(_SNIFF_BYTES)
    stream.seek(0)
    reader = csv.reader(stream, _dialect(head, path))
    header = next(reader, None)
    if not header:
        stream.close()
        raise ValueError("empty file: no header row")
    columns = tuple(name.strip() for name in header)

    def rows() -> Iterator[tuple[int, list[str]]]:
        with stream:
            try:
                for row in reader:
                    if not row:
                        continue
                    if len(row) != len(columns):
                        notes.add(reader.line_num, f"{len(row)} fields, header has {len(columns)}", "warning")
                    yield reader.line_num, row
            except csv.Error as err:
                notes.add(reader.line_num, f"unreadable CSV: {err}")

    return columns, rows()


def _json_cell(value: object) -> object:
    # Nested objects are profiled as their JSON text, so emails and numbers inside are still found.
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, dict | list) else value


def _jsonl_rows(path: Path, notes: _Diagnostics) -> Iterator[tuple[int, dict[str, object]]]:
    with _open_text(path) as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                notes.add(number, f"bad JSON: {err.msg} (column {err.colno})")
                continue
            if not isinstance(obj, dict):
                notes.add(number, f"expected a JSON object, found {type(obj).__name__}")
                continue
            yield number, {key: _json_cell(value) for key, value in obj.items()}


def _parquet_sample(path: Path, limit: int, seed: int) -> tuple[tuple[str, ...], list[list[object]], int]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ValueError("reading Parquet needs pyarrow: pip install privaudit[parquet]") from None
    parquet = pq.ParquetFile(path)
    columns = tuple(parquet.schema_arrow.names)
    total = parquet.metadata.num_rows
    wanted = sorted(random.Random(seed).sample(range(total), limit)) if total > limit else None
    rows: list[list[object]] = []
    start = 0
    for batch in parquet.iter_batches(batch_size=8192):
        end = start + batch.num_rows
        picked = batch if wanted is None else batch.take([i - start for i in wanted if start <= i < end])
        data = picked.to_pydict()
        rows.extend([data[name][i] for name in columns] for i in range(picked.num_rows))
        start = end
        if len(rows) >= limit:
            break
    return columns, rows[:limit], total


def read_sample_file(
    path: str | Path, limit: int = DEFAULT_LIMIT, seed: int = 0, *, max_examples: int = 3
) -> SampleTable:
    """Profile a CSV, JSONL or Parquet sample file; problems come back as diagnostics, never raised."""
    path = Path(path)
    location = Location(str(path))
    notes = _Diagnostics(str(path))
    suffix = path.suffix.lower()
    columns: tuple[str, ...] = ()
    kept: list[Any] = []
    seen = 0
    try:
        if not path.is_file():
            raise ValueError("no such sample file")
        if suffix in PARQUET_SUFFIXES:
            columns, kept, seen = _parquet_sample(path, limit, seed)
        elif suffix in JSONL_SUFFIXES:
            objects, seen = _reservoir(_jsonl_rows(path, notes), limit, seed)
            keys = dict.fromkeys(key for obj in objects for key in obj)  # first-seen order
            columns = tuple(keys)
            kept = [[obj.get(key) for key in columns] for obj in objects]
        elif suffix in CSV_SUFFIXES:
            columns, numbered = _csv_rows(path, notes)
            kept, seen = _reservoir(numbered, limit, seed)
            kept = [[None if cell == "" else cell for cell in row] for row in kept]
        else:
            raise ValueError(
                f"unsupported sample file type {suffix or '(none)'}: use .csv, .jsonl or .parquet"
            )
    except (OSError, ValueError) as err:
        notes.add(0, str(err))
    except Exception as err:  # a corrupt Parquet file raises pyarrow's own errors
        notes.add(0, f"unreadable sample file: {err}")
    return SampleTable(
        name=path.stem,
        location=location,
        columns=columns,
        profiles=_profiles(columns, kept, max_examples),
        row_count=seen,
        sampled=len(kept),
        diagnostics=notes.result(),
    )


# ---------------------------------------------------------------- catalog


def _with_samples(table: Table, sample: SampleTable) -> tuple[Table, list[Diagnostic]]:
    by_name = {name.lower(): profile for name, profile in sample.profiles.items()}
    known = {column.name.lower() for column in table.columns}
    columns = tuple(
        replace(column, sample=by_name[column.name.lower()]) if column.name.lower() in by_name else column
        for column in table.columns
    )
    unknown = [
        Diagnostic(
            sample.location, f"sample column {name!r} is not a column of table {table.name!r}", "warning"
        )
        for name in sample.columns
        if name.lower() not in known
    ]
    return replace(table, columns=columns), unknown


def _standalone(sample: SampleTable) -> Table:
    columns = tuple(
        Column(name=name, type="", location=sample.location, sample=sample.profiles.get(name))
        for name in sample.columns
    )
    return Table(name=sample.name, columns=columns, location=sample.location)


def attach_samples(catalog: Catalog, samples: Iterable[SampleTable]) -> Catalog:
    """Attach sample profiles to the catalog's tables of the same name; unmatched samples become tables."""
    tables = list(catalog.tables)
    diagnostics = list(catalog.diagnostics)
    sources = list(catalog.sources)
    for sample in samples:
        diagnostics.extend(sample.diagnostics)
        if sample.location.file not in sources:
            sources.append(sample.location.file)
        wanted = sample.name.lower()
        index = next(
            (i for i, t in enumerate(tables) if wanted in {t.name.lower(), t.qualified_name.lower()}), None
        )
        if index is None:
            tables.append(_standalone(sample))
            continue
        tables[index], unknown = _with_samples(tables[index], sample)
        diagnostics.extend(unknown)
    return replace(catalog, tables=tuple(tables), diagnostics=tuple(diagnostics), sources=tuple(sources))
