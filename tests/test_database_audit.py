"""Whole audits of live databases through the CLI: the inventory and the findings.

Each test builds its own schema with Chinese comments and rows in the local
server, runs `privaudit classify` and `privaudit scan` on it, and drops it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest

# A small member table as a Chinese shop would have it: pinyin-free English names
# whose meaning is in the Chinese comments, one valid resident ID and phone per row.
MEMBERS = [
    (
        i,
        f"会员{i}",
        "11010519491231002X" if i % 2 else "440524188001010014",
        f"1391234{i:04d}",
        "e10adc3949ba59abbe56e057f20f883e",
        f"{1990 + i % 20}-0{1 + i % 9}-1{i % 10}",
    )
    for i in range(1, 41)
]


def _inventory(cli, url: str, schema: str) -> dict[tuple[str, str], dict]:
    code, out, err = cli("classify", url, "--schema", schema, "--format", "json")
    assert code == 0, err
    return {(c["table"].rsplit(".", 1)[-1], c["column"]): c for c in json.loads(out)["columns"]}


def _findings(cli, url: str, schema: str) -> set[tuple[str, str | None]]:
    code, out, err = cli("scan", url, "--schema", schema, "--format", "json", "--law", "pipl")
    assert code == 1, err
    return {(f["rule"], f["target"]["column"]) for f in json.loads(out)["findings"]}


def _assert_audit(inventory: dict, findings: set) -> None:
    assert inventory[("member", "cert_no")]["categories"] == [
        "user.government_id.national_identification_number"
    ]
    assert (
        "身份证" in inventory[("member", "cert_no")]["reason"]
        or "cn_resident_id" in inventory[("member", "cert_no")]["reason"]
    )
    assert inventory[("member", "tel")]["categories"] == ["user.contact.phone_number"]
    assert inventory[("member", "pwd")]["categories"] == ["user.authorization.password"]
    assert inventory[("member", "born")]["categories"] == ["user.demographic.date_of_birth"]
    assert inventory[("member", "id")]["categories"] == []
    assert inventory[("sku", "title")]["categories"] == []
    assert ("pipl.gov_id.full_plaintext", "cert_no") in findings
    assert ("pipl.credential.weak_hash", "pwd") in findings  # md5 digests seen in the sample
    assert ("pipl.minor.no_guardian_consent", None) in findings
    assert not any(column == "title" for _, column in findings)


# --- PostgreSQL -------------------------------------------------------------------


@pytest.fixture
def pg_schema() -> Iterator[str]:
    psycopg = pytest.importorskip("psycopg", reason="psycopg (privaudit[postgres]) is not installed")
    try:
        admin = psycopg.connect(host="127.0.0.1", port=5432, user="postgres", dbname="test", autocommit=True)
    except psycopg.Error as error:
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 unreachable: {str(error).strip().splitlines()[0]}")
    name = f"privaudit_audit_{uuid.uuid4().hex[:8]}"
    with admin:
        admin.execute(f"CREATE SCHEMA {name}")
        admin.execute(
            f"CREATE TABLE {name}.member (id int PRIMARY KEY, nick text, cert_no char(18), tel varchar(20), "
            f"pwd varchar(64), born date, created_at timestamptz DEFAULT now())"
        )
        for column, comment in (
            ("nick", "会员昵称"),
            ("cert_no", "身份证号码"),
            ("tel", "手机号码"),
            ("pwd", "登录密码"),
            ("born", "出生日期"),
        ):
            admin.execute(f"COMMENT ON COLUMN {name}.member.{column} IS '{comment}'")
        admin.execute(f"COMMENT ON TABLE {name}.member IS '会员表'")
        admin.execute(f"CREATE TABLE {name}.sku (id int PRIMARY KEY, title text, price numeric(10,2))")
        with admin.cursor() as cur:
            cur.executemany(
                f"INSERT INTO {name}.member (id, nick, cert_no, tel, pwd, born) VALUES (%s,%s,%s,%s,%s,%s)",
                MEMBERS,
            )
            cur.executemany(
                f"INSERT INTO {name}.sku VALUES (%s, %s, %s)", [(i, f"商品{i}", 9.9) for i in range(20)]
            )
        admin.execute(f"ANALYZE {name}.member")
        yield name
        admin.execute(f"DROP SCHEMA {name} CASCADE")


@pytest.mark.postgres
def test_postgres_audit(cli, pg_schema: str) -> None:
    url = "postgresql://postgres@127.0.0.1:5432/test"
    _assert_audit(_inventory(cli, url, pg_schema), _findings(cli, url, pg_schema))


# --- MariaDB / MySQL ---------------------------------------------------------------


@pytest.fixture
def my_database() -> Iterator[str]:
    pymysql = pytest.importorskip("pymysql", reason="pymysql (privaudit[mysql]) is not installed")
    try:
        root = pymysql.connect(host="127.0.0.1", port=3306, user="root", charset="utf8mb4", autocommit=True)
    except pymysql.Error as error:
        pytest.skip(f"MariaDB/MySQL at 127.0.0.1:3306 unreachable: {error}")
    name = f"privaudit_audit_{uuid.uuid4().hex[:8]}"
    with root.cursor() as cur:
        cur.execute(f"CREATE DATABASE {name} CHARACTER SET utf8mb4")
        cur.execute(
            f"CREATE TABLE {name}.member (id INT PRIMARY KEY, nick VARCHAR(40) COMMENT '会员昵称', "
            f"cert_no CHAR(18) COMMENT '身份证号码', tel VARCHAR(20) COMMENT '手机号码', "
            f"pwd VARCHAR(64) COMMENT '登录密码', born DATE COMMENT '出生日期', "
            f"created_at DATETIME DEFAULT CURRENT_TIMESTAMP) COMMENT '会员表'"
        )
        cur.execute(
            f"CREATE TABLE {name}.sku (id INT PRIMARY KEY, title VARCHAR(80) COMMENT '商品名称', "
            "price DECIMAL(10,2))"
        )
        cur.executemany(
            f"INSERT INTO {name}.member (id, nick, cert_no, tel, pwd, born) VALUES (%s,%s,%s,%s,%s,%s)",
            MEMBERS,
        )
        cur.executemany(
            f"INSERT INTO {name}.sku VALUES (%s, %s, %s)", [(i, f"商品{i}", 9.9) for i in range(20)]
        )
    try:
        yield name
    finally:
        with root.cursor() as cur:
            cur.execute(f"DROP DATABASE {name}")
        root.close()


@pytest.mark.mysql
def test_mariadb_audit(cli, my_database: str) -> None:
    url = f"mysql+pymysql://root@127.0.0.1:3306/{my_database}"
    _assert_audit(_inventory(cli, url, my_database), _findings(cli, url, my_database))
