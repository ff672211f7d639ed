"""Live-database connector: introspects a database through SQLAlchemy and profiles bounded samples.

Every connection is read-only and every statement runs under a timeout: the auditor never writes to
what it audits. Sampled values go straight into `profile_values`, column by column, and are dropped.
Objects are located as `<redacted url>#<schema>.<table>` (`...#<schema>.<table>.<column>` for columns).
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

from sqlalchemy import (
    Engine,
    bindparam,
    column,
    create_engine,
    event,
    func,
    inspect,
    literal_column,
    make_url,
    select,
    table,
    tablesample,
    text,
)
from sqlalchemy.engine import URL, Connection, Inspector
from sqlalchemy.engine.reflection import ObjectKind
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from engine.classify.profile import profile_values
from engine.errors import ConfigError, SourceError
from engine.model import Catalog, Column, Diagnostic, ForeignKey, Location, Table

ProgressCallback = Callable[[int, int, str], None]
"""Called after each sampled table with (tables done, tables to sample, qualified table name)."""

_SYSTEM_SCHEMAS = frozenset(
    {"information_schema", "pg_catalog", "pg_toast", "mysql", "performance_schema", "sys"}
)
# backend name in the URL -> (SQLAlchemy driver name, Python module, privaudit extra)
_DRIVERS: dict[str, tuple[str, str, str | None]] = {
    "postgresql": ("postgresql+psycopg", "psycopg", "postgres"),
    "postgres": ("postgresql+psycopg", "psycopg", "postgres"),
    "mysql": ("mysql+pymysql", "pymysql", "mysql"),
    "mariadb": ("mariadb+pymysql", "pymysql", "mysql"),
    "sqlite": ("sqlite+pysqlite", "sqlite3", None),
}
_SECRET_QUERY_KEY = re.compile(r"pass|secret|token|key", re.IGNORECASE)
_UNPARSED_PASSWORD = re.compile(r"(://[^:/@?#]*:)[^@/?#]*@")
_BERNOULLI_MAX_ROWS = 100_000  # below this a full-scan row sample is cheap and evenly spread
_MAX_REASON = 300


# --- URLs and secrets -------------------------------------------------------------------------


def redact_url(url: str) -> str:
    """The URL with its password (and password-like query parameters) replaced by `***`."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return _UNPARSED_PASSWORD.sub(r"\1***@", url)
    query = {key: ("***" if _SECRET_QUERY_KEY.search(key) else value) for key, value in parsed.query.items()}
    return parsed.set(query=query).render_as_string(hide_password=True).replace("%2A%2A%2A", "***")


def _secrets_of(url: str) -> tuple[str, ...]:
    """Every spelling of a secret in the URL that an error message could echo."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        match = _UNPARSED_PASSWORD.search(url)
        raw = [match.group(0)[len(match.group(1)) : -1]] if match else []
    else:
        raw = [parsed.password or ""]
        for key, value in parsed.query.items():
            if _SECRET_QUERY_KEY.search(key):
                raw.extend([value] if isinstance(value, str) else value)
    spellings = {form for secret in raw if secret for form in (secret, quote(secret), quote_plus(secret))}
    return tuple(sorted(spellings, key=len, reverse=True))


def _scrub(message: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        message = message.replace(secret, "***")
    return message


def _reason(error: BaseException, secrets: Sequence[str]) -> str:
    """The driver's own one-line message, without the SQL, parameters or any secret."""
    origin = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    args = getattr(origin, "args", ())
    pymysql_style = len(args) == 2 and isinstance(args[0], int)  # (error code, message)
    message = f"{args[1]} ({args[0]})" if pymysql_style else str(origin)
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    first = lines[0] if lines else type(origin).__name__
    return _scrub(first, secrets)[:_MAX_REASON]


def _engine_url(url: str, source: str) -> tuple[URL, str, str | None]:
    """The URL SQLAlchemy should open, the driver module it needs and the extra that installs it."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise SourceError(f"not a database URL: {source}") from None
    backend = parsed.get_backend_name()
    if backend not in _DRIVERS:
        return parsed, backend, None
    drivername, module, extra = _DRIVERS[backend]
    parsed = parsed.set(drivername=drivername)
    if backend == "sqlite":
        return _read_only_sqlite_url(parsed, source), module, extra
    if module == "pymysql" and "charset" not in parsed.query:
        parsed = parsed.update_query_dict({"charset": "utf8mb4"})  # Chinese comments need 4-byte UTF-8
    if module == "psycopg" and "application_name" not in parsed.query:
        parsed = parsed.update_query_dict({"application_name": "privaudit"})
    return parsed, module, extra


def _read_only_sqlite_url(parsed: URL, source: str) -> URL:
    database = parsed.database or ""
    if database in ("", ":memory:"):
        raise SourceError(f"an in-memory SQLite database has nothing to audit: {source}")
    if database.startswith("file:"):
        uri = database
    else:
        path = Path(database)
        if not path.is_file():
            raise SourceError(f"SQLite database not found: {database}")
        uri = "file:" + quote(str(path.resolve()))
    return parsed.set(database=uri, query={**parsed.query, "uri": "true", "mode": "ro"})


# --- the connector ----------------------------------------------------------------------------


class DatabaseConnector:
    """One audited database: a read-only engine with a pool of `jobs` connections."""

    def __init__(self, url: str, *, jobs: int = 4, statement_timeout_s: float = 10) -> None:
        if jobs < 1:
            raise ConfigError(f"jobs must be at least 1, got {jobs}")
        if statement_timeout_s <= 0:
            raise ConfigError(f"statement timeout must be positive, got {statement_timeout_s}")
        self.source = redact_url(url)
        self.jobs = jobs
        self.statement_timeout_s = statement_timeout_s
        self._secrets = _secrets_of(url)
        self._cancelled = threading.Event()
        self._running: set[Any] = set()  # DBAPI connections with a sampling query in flight
        self._running_lock = threading.Lock()
        self.engine = self._create_engine(url)

    def __enter__(self) -> DatabaseConnector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _create_engine(self, url: str) -> Engine:
        engine_url, module, extra = _engine_url(url, self.source)
        try:
            engine = create_engine(engine_url, pool_size=self.jobs, max_overflow=0)
        except (ImportError, NoSuchModuleError):
            install = f": pip install 'privaudit[{extra}]'" if extra else ""
            raise SourceError(
                f"the {module} driver for {engine_url.get_backend_name()} is not installed{install}"
            ) from None
        except (ArgumentError, SQLAlchemyError, TypeError) as error:
            raise SourceError(f"cannot open {self.source}: {_reason(error, self._secrets)}") from None
        event.listen(engine, "connect", self._on_connect)
        return engine

    def _on_connect(self, dbapi_connection: Any, _record: Any) -> None:
        """Make the session read-only and bounded before SQLAlchemy hands the connection out."""
        timeout_ms = max(1, int(self.statement_timeout_s * 1000))
        cursor = dbapi_connection.cursor()
        try:
            if self.dialect == "postgresql":
                cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                cursor.execute(f"SET statement_timeout = {timeout_ms}")
            elif self.dialect in ("mysql", "mariadb"):
                cursor.execute("SET SESSION TRANSACTION READ ONLY")
                cursor.execute("SELECT VERSION()")
                if "mariadb" in str(cursor.fetchone()[0]).lower():
                    cursor.execute(f"SET SESSION max_statement_time = {timeout_ms / 1000:.3f}")
                else:
                    cursor.execute(f"SET SESSION max_execution_time = {timeout_ms}")
            elif self.dialect == "sqlite":
                cursor.execute("PRAGMA query_only = ON")
        finally:
            cursor.close()
        if self.dialect != "sqlite":
            dbapi_connection.commit()  # a rollback on pool return must not undo the settings

    @contextlib.contextmanager
    def connect(self) -> Iterator[Connection]:
        """A pooled read-only connection; connection failures become a scrubbed SourceError."""
        try:
            connection = self.engine.connect()
        except SQLAlchemyError as error:
            raise SourceError(f"cannot connect to {self.source}: {_reason(error, self._secrets)}") from None
        with connection:
            yield connection

    # --- introspection ------------------------------------------------------------------------

    def read_tables(self, schemas: Sequence[str] | None = None) -> list[Table]:
        """Tables and views of the given (or all non-system) schemas, without samples."""
        with self.connect() as connection:
            try:
                inspector = inspect(connection)
                wanted = self._schemas(inspector, schemas)
                estimates = self._row_estimates(connection, wanted)
                tables = [t for s in wanted for t in self._schema_tables(connection, inspector, s, estimates)]
            except SQLAlchemyError as error:
                reason = _reason(error, self._secrets)
                raise SourceError(f"cannot read the schema of {self.source}: {reason}") from None
        return sorted(tables, key=lambda t: (t.schema or "", t.name))

    def _schemas(self, inspector: Inspector, schemas: Sequence[str] | None) -> list[str | None]:
        """Schema names to read; None stands for SQLite's main database (tables keep no schema)."""
        if self.dialect == "sqlite":
            return [None if s in (None, "main") else s for s in (schemas or ["main"])]
        available = inspector.get_schema_names()
        if schemas is None:
            if self.dialect in ("mysql", "mariadb") and self.engine.url.database:
                return [self.engine.url.database]  # a MySQL URL names the one database to audit
            return [s for s in available if s not in _SYSTEM_SCHEMAS and not s.startswith("pg_")]
        missing = [s for s in schemas if s not in available]
        if missing:
            raise SourceError(f"schema not found in {self.source}: {', '.join(missing)}")
        return list(schemas)

    def _row_estimates(self, connection: Connection, schemas: list[str | None]) -> dict[tuple, int]:
        """Row counts the database already keeps in its catalog (never count(*))."""
        names = [s for s in schemas if s is not None]
        if self.dialect == "postgresql":
            query = text(
                "SELECT n.nspname, c.relname, c.reltuples FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname IN :schemas"
            )
        elif self.dialect in ("mysql", "mariadb"):
            query = text(
                "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES "
                "WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA IN :schemas"
            )
        elif self.dialect == "sqlite":
            return self._sqlite_row_estimates(connection)
        else:
            return {}
        rows = connection.execute(query.bindparams(bindparam("schemas", expanding=True)), {"schemas": names})
        return {(schema, name): int(rows) for schema, name, rows in rows if rows is not None and rows >= 0}

    @staticmethod
    def _sqlite_row_estimates(connection: Connection) -> dict[tuple, int]:
        """sqlite_stat1 (written by ANALYZE) starts each row's stat with the table's row count."""
        has_stats = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
        ).first()
        if not has_stats:
            return {}
        estimates: dict[tuple, int] = {}
        for name, stat in connection.execute(text("SELECT tbl, stat FROM sqlite_stat1")):
            head = str(stat or "").split(" ", 1)[0]
            if head.isdigit():
                estimates[(None, name)] = max(estimates.get((None, name), 0), int(head))
        return estimates

    def _schema_tables(
        self, connection: Connection, inspector: Inspector, schema: str | None, estimates: dict[tuple, int]
    ) -> list[Table]:
        if self.dialect in ("mysql", "mariadb"):
            reflected = _mysql_reflect(connection, schema or "")
        else:
            reflected = self._inspector_reflect(inspector, schema)
        return [self._table(schema if self.dialect != "sqlite" else None, r, estimates) for r in reflected]

    def _inspector_reflect(self, inspector: Inspector, schema: str | None) -> list[_Reflected]:
        """One schema read with the bulk get_multi_* calls: one query per kind, not per table."""
        kind = ObjectKind.ANY
        columns = inspector.get_multi_columns(schema=schema, kind=kind)
        primary_keys = inspector.get_multi_pk_constraint(schema=schema, kind=kind)
        foreign_keys = inspector.get_multi_foreign_keys(schema=schema, kind=kind)
        uniques = inspector.get_multi_unique_constraints(schema=schema, kind=kind)
        comments = (
            inspector.get_multi_table_comment(schema=schema, kind=kind)
            if self.engine.dialect.supports_comments
            else {}
        )
        views = set(inspector.get_view_names(schema=schema))
        with contextlib.suppress(NotImplementedError):
            views |= set(inspector.get_materialized_view_names(schema=schema))
        return [
            _Reflected(
                name=key[1],
                kind="view" if key[1] in views else "table",
                comment=(comments.get(key) or {}).get("text"),
                columns=[{**c, "type": self._type_name(c["type"])} for c in reflected],
                primary_key=tuple(primary_keys.get(key, {}).get("constrained_columns") or ()),
                foreign_keys=list(foreign_keys.get(key, [])),
                unique={u["column_names"][0] for u in uniques.get(key, []) if len(u["column_names"]) == 1},
            )
            for key, reflected in columns.items()
        ]

    def _table(self, schema: str | None, reflected: _Reflected, estimates: dict[tuple, int]) -> Table:
        location = self._location(schema, reflected.name)
        return Table(
            name=reflected.name,
            schema=schema,
            columns=tuple(_column(c, location, reflected) for c in reflected.columns),
            comment=reflected.comment or None,
            kind=reflected.kind,
            location=location,
            primary_key=reflected.primary_key,
            foreign_keys=tuple(_foreign_key(fk, schema) for fk in reflected.foreign_keys),
            row_estimate=estimates.get((schema, reflected.name)),
        )

    def _type_name(self, sa_type: Any) -> str:
        try:
            return str(sa_type.compile(dialect=self.engine.dialect)).lower()
        except Exception:  # an exotic type SQLAlchemy reflects but cannot render
            return str(type(sa_type).__name__).lower()

    def _location(self, schema: str | None, name: str) -> Location:
        return Location(file=f"{self.source}#{schema}.{name}" if schema else f"{self.source}#{name}")

    # --- sampling -----------------------------------------------------------------------------

    def sample_tables(
        self,
        tables: Sequence[Table],
        *,
        sample_size: int,
        seed: int = 0,
        progress: ProgressCallback | None = None,
    ) -> tuple[list[Table], list[Diagnostic]]:
        """Tables with sample profiles on their columns, sampled by `jobs` workers at once.

        A table that cannot be read (permission, timeout) keeps its metadata and yields a Diagnostic.
        KeyboardInterrupt cancels queued tables, interrupts running queries and closes connections.
        """
        results: dict[int, Table | Diagnostic] = {}
        self._cancelled.clear()
        executor = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="privaudit-sample")
        try:
            futures: dict[Future[Table | Diagnostic], int] = {
                executor.submit(self.sample_table, t, sample_size=sample_size, seed=seed): i
                for i, t in enumerate(tables)
            }
            for done, future in enumerate(as_completed(futures), start=1):
                index = futures[future]
                results[index] = future.result()
                if progress is not None:
                    progress(done, len(tables), tables[index].qualified_name)
        except BaseException:
            self._cancel(executor)
            raise
        finally:
            executor.shutdown(wait=True)
        sampled = [r if isinstance(r, Table) else tables[i] for i, r in sorted(results.items())]
        return sampled, [r for _, r in sorted(results.items()) if isinstance(r, Diagnostic)]

    def _cancel(self, executor: ThreadPoolExecutor) -> None:
        self._cancelled.set()
        executor.shutdown(wait=False, cancel_futures=True)
        with self._running_lock:
            running = list(self._running)
        for dbapi_connection in running:
            # psycopg cancels the server-side query, sqlite3 interrupts; pymysql has neither and
            # is bounded by the statement timeout instead.
            for method in ("cancel", "interrupt"):
                with contextlib.suppress(Exception):
                    getattr(dbapi_connection, method, lambda: None)()

    def sample_table(self, table: Table, *, sample_size: int, seed: int = 0) -> Table | Diagnostic:
        """The table with a SampleProfile on each column, or a Diagnostic saying why it is unreadable."""
        if self._cancelled.is_set() or not table.columns:
            return table
        try:
            with self.connect() as connection:
                rows = self._fetch_sample(connection, table, sample_size, seed)
        except SourceError as error:
            return self._unreadable(table, error.message)
        except SQLAlchemyError as error:
            return self._unreadable(table, _reason(error, self._secrets))
        by_column = list(zip(*rows, strict=True)) if rows else [() for _ in table.columns]
        del rows  # raw values live only until profiled
        columns = tuple(
            dataclasses.replace(c, sample=profile_values(values))
            for c, values in zip(table.columns, by_column, strict=True)
        )
        return dataclasses.replace(table, columns=columns)

    def _unreadable(self, table: Table, reason: str) -> Diagnostic:
        location = table.location or self._location(table.schema, table.name)
        return Diagnostic(
            location=location,
            message=f"could not sample {table.kind} {table.qualified_name}: {reason}",
            level="warning",
        )

    def _fetch_sample(self, connection: Connection, table: Table, size: int, seed: int) -> list[tuple]:
        dbapi_connection = connection.connection.dbapi_connection
        with self._running_lock:
            self._running.add(dbapi_connection)
        try:
            with self._sqlite_deadline(dbapi_connection):
                sampled = self._tablesample_statement(table, size, seed)
                rows = []
                if sampled is not None:
                    rows = [tuple(r) for r in connection.execute(sampled).fetchmany(size)]
                if not rows:  # also when a block sample of a stale-statistics table came back empty
                    statement = _limit_statement(table, size)
                    rows = [tuple(r) for r in connection.execute(statement).fetchmany(size)]
            return rows
        finally:
            with self._running_lock:
                self._running.discard(dbapi_connection)

    def _tablesample_statement(self, table: Table, size: int, seed: int) -> Any | None:
        """A PostgreSQL TABLESAMPLE read, or None where a plain LIMIT is as good and cheaper."""
        estimate = table.row_estimate
        if self.dialect != "postgresql" or table.kind != "table" or not estimate or estimate <= 2 * size:
            return None
        small = estimate <= _BERNOULLI_MAX_ROWS
        method = func.bernoulli if small else func.system
        oversample = 2 if small else 4  # block samples cluster and vary in size: draw more
        percent = min(100.0, 100.0 * oversample * size / estimate)
        source = tablesample(
            _table_clause(table),
            method(literal_column(f"{percent:.6f}")),
            seed=literal_column(str(int(seed))),
        )
        return select(*source.c).limit(size)

    @contextlib.contextmanager
    def _sqlite_deadline(self, dbapi_connection: Any) -> Iterator[None]:
        """SQLite has no statement timeout: a progress handler aborts the query past the deadline."""
        if self.dialect != "sqlite":
            yield
            return
        deadline = time.monotonic() + self.statement_timeout_s
        dbapi_connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            yield
        finally:
            dbapi_connection.set_progress_handler(None, 0)


@dataclasses.dataclass
class _Reflected:
    """One table or view as reflected, before it becomes a model Table."""

    name: str
    kind: str
    comment: str | None
    columns: list[dict[str, Any]]  # SQLAlchemy's ReflectedColumn keys; "type" already a string
    primary_key: tuple[str, ...]
    foreign_keys: list[dict[str, Any]]  # SQLAlchemy's ReflectedForeignKeyConstraint keys
    unique: set[str]


def _column(reflected: dict[str, Any], table_location: Location, table: _Reflected) -> Column:
    name = reflected["name"]
    default = reflected.get("default")
    return Column(
        name=name,
        type=reflected["type"],
        nullable=bool(reflected.get("nullable", True)),
        default=None if default is None else str(default),
        comment=reflected.get("comment") or None,
        primary_key=name in table.primary_key,
        unique=name in table.unique or table.primary_key == (name,),
        location=Location(file=f"{table_location.file}.{name}"),
    )


_MYSQL_TABLES = text(
    "SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.TABLES "
    "WHERE TABLE_SCHEMA = :schema ORDER BY TABLE_NAME"
)
_MYSQL_COLUMNS = text(
    "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_COMMENT "
    "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = :schema ORDER BY TABLE_NAME, ORDINAL_POSITION"
)
_MYSQL_KEYS = text(
    "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, k.COLUMN_NAME, "
    "k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME "
    "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.TABLE_CONSTRAINTS c "
    "ON c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND c.TABLE_NAME = k.TABLE_NAME "
    "AND c.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
    "WHERE k.TABLE_SCHEMA = :schema ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION"
)


def _mysql_reflect(connection: Connection, schema: str) -> list[_Reflected]:
    """MySQL/MariaDB from information_schema in three queries per schema.

    SQLAlchemy's MySQL reflection runs SHOW CREATE TABLE per table: slow on thousands of tables, and
    it needs SHOW VIEW on every view, which a SELECT-only auditing account usually lacks.
    """
    tables: dict[str, _Reflected] = {}
    for name, table_type, comment in connection.execute(_MYSQL_TABLES, {"schema": schema}):
        kind = "table" if table_type == "BASE TABLE" else "view"
        # MariaDB and MySQL both say "VIEW" in a view's TABLE_COMMENT
        tables[name] = _Reflected(name, kind, comment if kind == "table" else None, [], (), [], set())
    for name, col, col_type, nullable, default, comment in connection.execute(
        _MYSQL_COLUMNS, {"schema": schema}
    ):
        if name in tables:
            tables[name].columns.append(
                {
                    "name": col,
                    "type": str(col_type).lower(),
                    "nullable": nullable == "YES",
                    "default": None if default in (None, "NULL") else default,
                    "comment": comment,
                }
            )
    constraints: dict[tuple[str, str], list[tuple]] = {}
    for name, constraint, constraint_type, *rest in connection.execute(_MYSQL_KEYS, {"schema": schema}):
        constraints.setdefault((name, constraint), []).append((constraint_type, *rest))
    for (name, _constraint), parts in constraints.items():
        if name not in tables:
            continue
        columns = tuple(p[1] for p in parts)
        if parts[0][0] == "PRIMARY KEY":
            tables[name].primary_key = columns
        elif parts[0][0] == "UNIQUE" and len(columns) == 1:
            tables[name].unique.add(columns[0])
        elif parts[0][0] == "FOREIGN KEY":
            tables[name].foreign_keys.append(
                {
                    "constrained_columns": list(columns),
                    "referred_schema": parts[0][2],
                    "referred_table": parts[0][3],
                    "referred_columns": [p[4] for p in parts],
                }
            )
    return list(tables.values())


def _table_clause(t: Table) -> Any:
    # a lightweight table(): the dialect's identifier preparer quotes every name
    return table(t.name, *(column(c.name) for c in t.columns), schema=t.schema)


def _limit_statement(t: Table, size: int) -> Any:
    return select(*_table_clause(t).c).limit(size)


def _foreign_key(reflected: Any, table_schema: str | None) -> ForeignKey:
    ref_schema = reflected.get("referred_schema") or table_schema
    ref_name = reflected["referred_table"]
    return ForeignKey(
        columns=tuple(reflected["constrained_columns"]),
        ref_table=f"{ref_schema}.{ref_name}" if ref_schema else ref_name,
        ref_columns=tuple(reflected.get("referred_columns") or ()),
    )


# --- entry points -----------------------------------------------------------------------------


def read_database(
    url: str,
    *,
    schemas: Sequence[str] | None = None,
    sample_size: int = 200,
    jobs: int = 4,
    statement_timeout_s: float = 10,
    seed: int = 0,
    progress: ProgressCallback | None = None,
) -> Catalog:
    """Introspect a live database read-only and profile up to `sample_size` rows per table.

    `url` is a SQLAlchemy URL (sqlite:///x.db, postgresql://..., mysql://..., mariadb://...).
    `sample_size=0` reads metadata only. Raises SourceError (password scrubbed) when the database
    cannot be read at all; single unreadable tables become Diagnostics.
    """
    if sample_size < 0:
        raise ConfigError(f"sample size must be 0 or more, got {sample_size}")
    with DatabaseConnector(url, jobs=jobs, statement_timeout_s=statement_timeout_s) as connector:
        tables = connector.read_tables(schemas)
        diagnostics: list[Diagnostic] = []
        if sample_size > 0:
            tables, diagnostics = connector.sample_tables(
                tables, sample_size=sample_size, seed=seed, progress=progress
            )
        return Catalog(tables=tuple(tables), diagnostics=tuple(diagnostics), sources=(connector.source,))


@contextlib.contextmanager
def rich_progress(description: str = "sampling tables") -> Iterator[ProgressCallback]:
    """A progress callback that draws a rich bar on stderr when it is a terminal, else does nothing."""
    if not sys.stderr.isatty():
        yield lambda done, total, name: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total)

        yield update
