"""No output format ever carries a database password or a raw sampled value.

A canary password goes in the URL and canary personal values go in the rows of
a real PostgreSQL schema; every report format and language, the inventory, and
the error of a failed connection are searched for them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

psycopg = pytest.importorskip("psycopg", reason="psycopg (privaudit[postgres]) is not installed")

pytestmark = pytest.mark.postgres

HOST, PORT, DB = "127.0.0.1", 5432, "test"
PASSWORD = "Canary-Pw-0c4e1b9d"
EMAIL = "canary.leak.4711@example.com"
MOBILE = "13912345671"
CN_ID = "11010519491231002X"  # a valid GB 11643 check digit
NOTE = f"customer asked to call {MOBILE} about refund"
CANARIES = (PASSWORD, EMAIL, MOBILE, CN_ID, "canary.leak")


@pytest.fixture
def schema() -> Iterator[str]:
    try:
        admin = psycopg.connect(host=HOST, port=PORT, user="postgres", dbname=DB, autocommit=True)
    except psycopg.Error as error:
        pytest.skip(f"PostgreSQL at {HOST}:{PORT} unreachable: {str(error).strip().splitlines()[0]}")
    name = f"privaudit_leak_{uuid.uuid4().hex[:8]}"
    with admin:
        admin.execute(f"CREATE SCHEMA {name}")
        admin.execute(
            f"CREATE TABLE {name}.customer (id int PRIMARY KEY, email text, mobile text, sfzh char(18), "
            f"note text, password text)"
        )
        admin.execute(f"COMMENT ON COLUMN {name}.customer.sfzh IS '身份证号'")
        rows = [
            (
                i,
                EMAIL if i == 1 else f"user{i}@example.org",
                MOBILE if i == 1 else f"1380000{i:04d}",
                CN_ID,
                NOTE,
                "plain-text-pw",
            )
            for i in range(1, 31)
        ]
        with admin.cursor() as cur:
            cur.executemany(f"INSERT INTO {name}.customer VALUES (%s, %s, %s, %s, %s, %s)", rows)
        yield name
        admin.execute(f"DROP SCHEMA {name} CASCADE")


def _assert_clean(text: str, what: str) -> None:
    for canary in CANARIES:
        assert canary not in text, f"{canary!r} leaked into {what}"


def test_no_format_leaks_passwords_or_values(cli, schema: str, tmp_path) -> None:
    url = f"postgresql://postgres:{PASSWORD}@{HOST}:{PORT}/{DB}"
    outputs = []
    for args in (
        ["scan", url, "--schema", schema, "--format", "text"],
        ["scan", url, "--schema", schema, "--format", "json"],
        ["scan", url, "--schema", schema, "--format", "text", "--lang", "zh"],
        ["scan", url, "--schema", schema, "--format", "json", "--lang", "zh"],
        ["classify", url, "--schema", schema, "--format", "text", "--all"],
        ["classify", url, "--schema", schema, "--format", "json"],
    ):
        code, out, err = cli(*args)
        assert code in (0, 1), err
        _assert_clean(out + err, " ".join(args[:1] + args[3:]))
        outputs.append(out)
    text_report, json_report = outputs[0], outputs[1]
    # the audit did see the data: findings about the ID column and the password column, with masked evidence
    assert "customer.sfzh" in text_report and "customer.password" in text_report
    assert "1101**********002X" in text_report and "1101**********002X" in json_report
    assert "postgres:***@" in json_report


def test_connection_errors_do_not_leak_the_password(cli) -> None:
    code, out, err = cli("scan", f"postgresql://postgres:{PASSWORD}@{HOST}:1/{DB}")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    _assert_clean(out + err, "a connection error")
    assert "***" in err


def test_env_url_is_redacted_in_reports(cli, schema: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRIVAUDIT_DATABASE_URL", f"postgresql://postgres:{PASSWORD}@{HOST}:{PORT}/{DB}")
    code, out, err = cli("scan", "--schema", schema, "--format", "json")
    assert code == 1, err
    _assert_clean(out + err, "a report from PRIVAUDIT_DATABASE_URL")
