"""read_database on SQLite files, URL handling and redaction (no server needed)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from connectors.database import DatabaseConnector, read_database, redact_url
from engine.errors import ConfigError, SourceError


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "odd name#1.db"
    with sqlite3.connect(path) as connection:
        connection.executescript("""
            CREATE TABLE "order" ("select" TEXT, "名字" TEXT NOT NULL DEFAULT 'x', id INTEGER PRIMARY KEY);
            INSERT INTO "order" ("select", "名字") VALUES ('a', '张三'), (NULL, 'Jane');
            CREATE TABLE empty (id INTEGER);
            CREATE VIEW slow AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r)
                SELECT i FROM r ORDER BY i DESC;
        """)
    connection.close()
    return path


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:s3cret@h:5432/db", "postgresql://u:***@h:5432/db"),
        ("mysql+pymysql://u:p%40ss@h/db?charset=utf8mb4", "mysql+pymysql://u:***@h/db?charset=utf8mb4"),
        (
            "postgresql://u@h/db?password=s3cret&sslmode=require",
            "postgresql://u@h/db?password=***&sslmode=require",
        ),
        ("sqlite:///shop.db", "sqlite:///shop.db"),
        ("not a url://u:s3cret@h", "not a url://u:***@h"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_reads_quoted_names_and_times_out_one_view(db: Path) -> None:
    catalog = read_database(f"sqlite:///{db}", sample_size=10, statement_timeout_s=0.3)
    assert [t.name for t in catalog.tables] == ["empty", "order", "slow"]
    order = catalog.table("order")
    assert order is not None and order.primary_key == ("id",) and order.row_estimate is None
    name = order.column("名字")
    assert name is not None and not name.nullable and name.default == "'x'"
    assert name.sample is not None and (name.sample.total, name.sample.non_null) == (2, 2)
    empty = catalog.table("empty")
    assert empty is not None and empty.columns[0].sample is not None and empty.columns[0].sample.total == 0
    assert len(catalog.diagnostics) == 1 and "view slow" in catalog.diagnostics[0].message
    assert catalog.diagnostics[0].level == "warning"


def test_the_file_is_opened_read_only(db: Path) -> None:
    before = db.read_bytes()
    with DatabaseConnector(f"sqlite:///{db}") as connector, connector.engine.connect() as connection:
        with pytest.raises(DBAPIError, match=r"readonly|read-only"):
            connection.execute(text('DELETE FROM "order"'))
        with pytest.raises(DBAPIError, match=r"readonly|read-only"):
            connection.execute(text("CREATE TABLE intruder (id INTEGER)"))
    assert db.read_bytes() == before


def test_progress_and_metadata_only(db: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    read_database(
        f"sqlite:///{db}", sample_size=1, jobs=1, statement_timeout_s=0.2, progress=lambda *a: calls.append(a)
    )
    assert calls == [(1, 3, "empty"), (2, 3, "order"), (3, 3, "slow")]
    catalog = read_database(f"sqlite:///{db}", sample_size=0, progress=lambda *a: calls.append(a))
    assert len(calls) == 3 and all(c.sample is None for t in catalog.tables for c in t.columns)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sqlite:///does/not/exist.db", "not found"),
        ("sqlite://", "in-memory"),
        ("::nonsense::", "not a database URL"),
        ("nosuchdb://u:s3cret@h/db", "nosuchdb"),
    ],
)
def test_unreadable_sources_are_source_errors(url: str, message: str) -> None:
    with pytest.raises(SourceError, match=message) as raised:
        read_database(url)
    assert "s3cret" not in str(raised.value)


def test_missing_driver_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if privaudit[postgres] were not installed
    with pytest.raises(SourceError, match=r"pip install 'privaudit\[postgres\]'") as raised:
        read_database("postgres://u:s3cret@127.0.0.1/db")
    assert "s3cret" not in str(raised.value)


@pytest.mark.parametrize("options", [{"jobs": 0}, {"sample_size": -1}, {"statement_timeout_s": 0}])
def test_bad_options_are_config_errors(db: Path, options: dict) -> None:
    with pytest.raises(ConfigError):
        read_database(f"sqlite:///{db}", **options)
