"""read_database against the local PostgreSQL: introspection, sampling, read-only, secrets."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from connectors.database import DatabaseConnector, read_database
from engine.errors import SourceError

psycopg = pytest.importorskip("psycopg", reason="psycopg (privaudit[postgres]) is not installed")

pytestmark = pytest.mark.postgres

HOST, PORT, DATABASE = "127.0.0.1", 5432, "test"
URL = f"postgresql://postgres@{HOST}:{PORT}/{DATABASE}"
CANARY_PASSWORD = "Canary-Pw-7f3a9c2e"
CANARY_VALUE = "CANARYVALUE-5d1e0b7a"


def _admin() -> psycopg.Connection:
    try:
        return psycopg.connect(host=HOST, port=PORT, user="postgres", dbname=DATABASE, autocommit=True)
    except psycopg.Error as error:
        pytest.skip(f"PostgreSQL at {HOST}:{PORT} unreachable: {str(error).strip().splitlines()[0]}")


@pytest.fixture
def admin() -> Iterator[psycopg.Connection]:
    with _admin() as connection:
        yield connection


def _unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


@pytest.fixture
def shop(admin: psycopg.Connection) -> Iterator[str]:
    """A schema with comments (Chinese too), keys, a view and a table big enough for TABLESAMPLE."""
    schema = _unique("privaudit_t")
    with _admin() as setup:  # its own session: closing it flushes its write statistics
        setup.execute(f"""
            CREATE SCHEMA {schema};
            CREATE TABLE {schema}.customers (
                id serial PRIMARY KEY,
                full_name text NOT NULL,
                sfzh char(18),
                email varchar(120) UNIQUE,
                created_at timestamptz DEFAULT now()
            );
            COMMENT ON TABLE {schema}.customers IS '客户表';
            COMMENT ON COLUMN {schema}.customers.sfzh IS '身份证号';
            COMMENT ON COLUMN {schema}.customers.email IS 'contact e-mail';
            CREATE TABLE {schema}."Order Lines" (
                id int PRIMARY KEY,
                customer_id int REFERENCES {schema}.customers(id),
                "select" text
            );
            CREATE TABLE {schema}.events (id int PRIMARY KEY, payload text);
            CREATE VIEW {schema}.customer_emails AS SELECT full_name, email FROM {schema}.customers;
            INSERT INTO {schema}.customers (full_name, sfzh, email)
                SELECT 'name ' || i, NULL, 'user' || i || '@example.com' FROM generate_series(1, 30) i;
            INSERT INTO {schema}."Order Lines" VALUES (1, 1, 'please call'), (2, 2, NULL);
            INSERT INTO {schema}.events SELECT i, 'event ' || (i % 7) FROM generate_series(1, 5000) i;
            ANALYZE {schema}.customers;
            ANALYZE {schema}."Order Lines";
            ANALYZE {schema}.events;
        """)
    yield schema
    admin.execute(f"DROP SCHEMA {schema} CASCADE")


def test_reads_tables_columns_comments_and_keys(shop: str) -> None:
    catalog = read_database(URL, schemas=[shop], sample_size=0)
    assert [t.name for t in catalog.tables] == ["Order Lines", "customer_emails", "customers", "events"]
    customers = catalog.table(f"{shop}.customers")
    assert customers is not None
    assert customers.comment == "客户表"
    assert customers.kind == "table"
    assert customers.primary_key == ("id",)
    assert customers.row_estimate == 30
    sfzh, email = customers.column("sfzh"), customers.column("email")
    assert sfzh is not None and sfzh.comment == "身份证号" and sfzh.type == "char(18)" and sfzh.nullable
    assert email is not None and email.unique and email.comment == "contact e-mail"
    full_name, key = customers.column("full_name"), customers.column("id")
    assert full_name is not None and not full_name.nullable
    assert key is not None and key.primary_key and "nextval" in (key.default or "")
    assert all(c.sample is None for c in customers.columns)
    lines = catalog.table(f"{shop}.Order Lines")
    assert lines is not None
    assert [(fk.columns, fk.ref_table, fk.ref_columns) for fk in lines.foreign_keys] == [
        (("customer_id",), f"{shop}.customers", ("id",))
    ]
    view = catalog.table(f"{shop}.customer_emails")
    assert view is not None and view.kind == "view" and view.row_estimate is None
    assert customers.location is not None
    assert customers.location.file == f"postgresql://postgres@{HOST}:{PORT}/{DATABASE}#{shop}.customers"
    assert catalog.sources == (URL,)


def test_samples_every_table_and_view(shop: str) -> None:
    catalog = read_database(URL, schemas=[shop], sample_size=50, jobs=3)
    assert catalog.diagnostics == ()
    customers = catalog.table(f"{shop}.customers")
    assert customers is not None
    for col in customers.columns:
        assert col.sample is not None and col.sample.total == 30
    sfzh = customers.column("sfzh")
    assert sfzh is not None and sfzh.sample is not None and sfzh.sample.non_null == 0
    events = catalog.table(f"{shop}.events")  # 5,000 rows: a BERNOULLI sample, cut at 50
    assert events is not None and events.columns[0].sample is not None
    assert events.columns[0].sample.total == 50
    lines = catalog.table(f"{shop}.Order Lines")  # quoted names: a space and a reserved word
    assert lines is not None and lines.column("select") is not None
    select_sample = lines.column("select").sample  # type: ignore[union-attr]
    assert select_sample is not None and select_sample.total == 2 and select_sample.non_null == 1
    view = catalog.table(f"{shop}.customer_emails")
    assert view is not None and view.columns[0].sample is not None and view.columns[0].sample.total == 30


def test_sampling_is_deterministic_across_runs_and_jobs(shop: str) -> None:
    one = read_database(URL, schemas=[shop], sample_size=40, jobs=1, seed=7)
    four = read_database(URL, schemas=[shop], sample_size=40, jobs=4, seed=7)
    assert one == four


def test_progress_reports_every_table(shop: str) -> None:
    calls: list[tuple[int, int, str]] = []
    lock = threading.Lock()

    def progress(done: int, total: int, name: str) -> None:
        with lock:
            calls.append((done, total, name))

    read_database(URL, schemas=[shop], sample_size=5, jobs=2, progress=progress)
    assert [c[0] for c in calls] == [1, 2, 3, 4]
    assert {c[1] for c in calls} == {4}
    assert {c[2] for c in calls} == {
        f"{shop}.{n}" for n in ("customers", "Order Lines", "events", "customer_emails")
    }


def _fingerprint(admin: psycopg.Connection, schema: str) -> list[tuple]:
    """Contents checksums and write counters of every table in the schema."""
    admin.execute("SELECT pg_stat_clear_snapshot()")
    sums = admin.execute(
        f"""SELECT 'customers', md5(string_agg(c::text, ',' ORDER BY id)) FROM {schema}.customers c
            UNION ALL SELECT 'lines', md5(string_agg(o::text, ',' ORDER BY id)) FROM {schema}."Order Lines" o
            UNION ALL SELECT 'events', md5(string_agg(e::text, ',' ORDER BY id)) FROM {schema}.events e"""
    ).fetchall()
    counters = admin.execute(
        "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del, n_tup_hot_upd FROM pg_stat_user_tables "
        "WHERE schemaname = %s ORDER BY relname",
        (schema,),
    ).fetchall()
    ddl = admin.execute(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s",
        (schema,),
    ).fetchall()
    return sums + counters + ddl


def _settled_fingerprint(admin: psycopg.Connection, schema: str) -> list[tuple]:
    """Statistics reach pg_stat_user_tables up to a second late: read until two reads agree."""
    previous = _fingerprint(admin, schema)
    for _ in range(10):
        time.sleep(0.5)
        current = _fingerprint(admin, schema)
        if current == previous:
            return current
        previous = current
    return previous


def test_select_only_role_audits_and_nothing_changes(admin: psycopg.Connection, shop: str) -> None:
    role = _unique("privaudit_ro")
    admin.execute(f"CREATE ROLE {role} LOGIN")
    try:
        admin.execute(f"GRANT USAGE ON SCHEMA {shop} TO {role}")
        admin.execute(
            f'GRANT SELECT ON {shop}.customers, {shop}."Order Lines", {shop}.customer_emails TO {role}'
        )
        before = _settled_fingerprint(admin, shop)
        catalog = read_database(
            f"postgresql://{role}@{HOST}:{PORT}/{DATABASE}", schemas=[shop], sample_size=20
        )
        assert _settled_fingerprint(admin, shop) == before
    finally:
        admin.execute(f"DROP OWNED BY {role}")
        admin.execute(f"DROP ROLE {role}")
    # one unreadable table (no SELECT on events) is a diagnostic with its name; the rest is audited
    assert [d.location.file.rsplit("#", 1)[1] for d in catalog.diagnostics] == [f"{shop}.events"]
    assert "permission denied" in catalog.diagnostics[0].message
    assert f"{shop}.events" in catalog.diagnostics[0].message
    events = catalog.table(f"{shop}.events")
    assert events is not None and all(c.sample is None for c in events.columns)
    customers = catalog.table(f"{shop}.customers")
    assert customers is not None and customers.columns[1].sample is not None


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO {schema}.events VALUES (999999, 'x')",
        "UPDATE {schema}.events SET payload = 'x'",
        "CREATE TABLE {schema}.intruder (id int)",
        "DELETE FROM {schema}.events",
    ],
)
def test_writing_through_the_connector_engine_fails(shop: str, statement: str) -> None:
    with DatabaseConnector(URL) as connector, connector.engine.connect() as connection:
        with pytest.raises(DBAPIError, match="read-only transaction"):
            connection.execute(text(statement.format(schema=shop)))
        connection.rollback()
        # even after an explicit COMMIT the session stays read-only
        with pytest.raises(DBAPIError, match="read-only transaction"):
            connection.execute(text(statement.format(schema=shop)))


def test_statement_timeout_makes_one_table_a_diagnostic(admin: psycopg.Connection, shop: str) -> None:
    admin.execute(f"CREATE VIEW {shop}.slow AS SELECT pg_sleep(5)::text AS x")
    started = time.monotonic()
    catalog = read_database(URL, schemas=[shop], sample_size=10, statement_timeout_s=0.5)
    assert time.monotonic() - started < 4
    assert len(catalog.diagnostics) == 1
    assert f"{shop}.slow" in catalog.diagnostics[0].message
    assert "statement timeout" in catalog.diagnostics[0].message
    customers = catalog.table(f"{shop}.customers")
    assert customers is not None and customers.columns[0].sample is not None


def test_keyboard_interrupt_cancels_and_closes_connections(admin: psycopg.Connection, shop: str) -> None:
    for i in range(4):
        admin.execute(f"CREATE VIEW {shop}.slow_{i} AS SELECT pg_sleep(20)::text AS x")
    app = _unique("privaudit_int")

    def interrupt(done: int, total: int, name: str) -> None:
        raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        read_database(
            f"{URL}?application_name={app}", schemas=[shop], sample_size=5, jobs=2, progress=interrupt
        )
    assert time.monotonic() - started < 10  # the running pg_sleep(20) queries were cancelled
    time.sleep(0.3)
    left = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", (app,))
    assert left.fetchone() == (0,)


def test_unknown_schema_is_a_source_error(shop: str) -> None:
    with pytest.raises(SourceError, match="schema not found"):
        read_database(URL, schemas=[f"{shop}_missing"])


def test_canary_password_and_values_never_leak(admin: psycopg.Connection, shop: str) -> None:
    admin.execute(f"INSERT INTO {shop}.customers (full_name, email) VALUES (%s, %s)", (CANARY_VALUE, None))
    admin.execute(f'UPDATE {shop}."Order Lines" SET "select" = %s WHERE id = 2', (CANARY_VALUE,))
    admin.execute(f"CREATE VIEW {shop}.slow AS SELECT pg_sleep(5)::text AS x")
    url = f"postgresql://postgres:{CANARY_PASSWORD}@{HOST}:{PORT}/{DATABASE}"  # trust auth accepts it
    catalog = read_database(url, schemas=[shop], sample_size=50, statement_timeout_s=0.5)
    dump = repr(catalog) + "".join(str(d) for d in catalog.diagnostics)
    assert catalog.diagnostics  # the slow view: a diagnostic that must not leak either
    assert CANARY_PASSWORD not in dump
    assert CANARY_VALUE not in dump
    assert "***" in catalog.sources[0]
    failures = [
        f"postgresql://postgres:{CANARY_PASSWORD}@{HOST}:1/{DATABASE}",  # nothing listens there
        f"postgresql://postgres:{CANARY_PASSWORD}@{HOST}:{PORT}/no_such_db_{uuid.uuid4().hex[:6]}",
        f"postgresql://postgres@{HOST}:{PORT}/{DATABASE}?password={CANARY_PASSWORD}&connect_timeout=x",
    ]
    for bad in failures:
        with pytest.raises(SourceError) as raised:
            read_database(bad, sample_size=0)
        error = raised.value
        assert CANARY_PASSWORD not in str(error) and CANARY_PASSWORD not in repr(error)
        assert error.__cause__ is None and error.__suppress_context__  # the DSN-bearing original is dropped
