"""read_database against the local MariaDB/MySQL: introspection, Chinese comments, read-only, secrets."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from connectors.database import DatabaseConnector, read_database
from engine.errors import SourceError

pymysql = pytest.importorskip("pymysql", reason="pymysql (privaudit[mysql]) is not installed")

pytestmark = pytest.mark.mysql

HOST, PORT = "127.0.0.1", 3306
CANARY_PASSWORD = "Canary-Pw-3b8e1f0d"
CANARY_VALUE = "CANARYVALUE-a4c9e27f"


def _root(database: str | None = None) -> pymysql.Connection:
    try:
        return pymysql.connect(
            host=HOST, port=PORT, user="root", database=database, charset="utf8mb4", autocommit=True
        )
    except pymysql.Error as error:
        pytest.skip(f"MariaDB/MySQL at {HOST}:{PORT} unreachable: {error}")


def _run(connection: pymysql.Connection, *statements: str) -> None:
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _rows(connection: pymysql.Connection, statement: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(statement)
        return list(cursor.fetchall())


@pytest.fixture
def root() -> Iterator[pymysql.Connection]:
    connection = _root()
    yield connection
    connection.close()


@pytest.fixture
def shop(root: pymysql.Connection) -> Iterator[str]:
    """A database (MySQL's schema) with Chinese table and column comments, keys, a view."""
    name = f"privaudit_t_{uuid.uuid4().hex[:10]}"
    _run(
        root,
        f"CREATE DATABASE {name} CHARACTER SET utf8mb4",
        f"""CREATE TABLE {name}.customers (
            id INT PRIMARY KEY AUTO_INCREMENT,
            xingming VARCHAR(50) NOT NULL COMMENT '姓名',
            sfzh CHAR(18) NULL COMMENT '身份证号',
            email VARCHAR(120) UNIQUE COMMENT 'e-mail',
            created_at DATETIME DEFAULT CURRENT_TIMESTAMP
        ) ENGINE=InnoDB COMMENT='客户信息表'""",
        f"""CREATE TABLE {name}.`order` (
            id INT PRIMARY KEY,
            customer_id INT,
            `desc` TEXT COMMENT '备注',
            FOREIGN KEY (customer_id) REFERENCES {name}.customers(id)
        ) ENGINE=InnoDB""",
        f"CREATE VIEW {name}.customer_names AS SELECT xingming FROM {name}.customers",
        f"""INSERT INTO {name}.customers (xingming, sfzh, email) VALUES
            ('张三', '11010519491231002X', 'zhang@example.com'),
            ('李四', NULL, 'li@example.com'),
            ('Jane Doe', NULL, NULL)""",
        f"INSERT INTO {name}.`order` VALUES (1, 1, '送货前请致电'), (2, 3, NULL)",
        f"ANALYZE TABLE {name}.customers, {name}.`order`",
    )
    yield name
    _run(root, f"DROP DATABASE {name}")


def _url(database: str, user: str = "root", password: str = "", scheme: str = "mysql") -> str:
    secret = f":{password}" if password else ""
    return f"{scheme}://{user}{secret}@{HOST}:{PORT}/{database}"


@pytest.mark.parametrize("scheme", ["mysql", "mariadb", "mysql+pymysql"])
def test_reads_tables_comments_and_keys(shop: str, scheme: str) -> None:
    catalog = read_database(_url(shop, scheme=scheme), sample_size=0)
    assert [t.qualified_name for t in catalog.tables] == [
        f"{shop}.customer_names",
        f"{shop}.customers",
        f"{shop}.order",
    ]
    customers = catalog.table(f"{shop}.customers")
    assert customers is not None
    assert customers.comment == "客户信息表"
    assert customers.primary_key == ("id",)
    assert customers.row_estimate is not None and 1 <= customers.row_estimate <= 10
    comments = {c.name: c.comment for c in customers.columns}
    assert comments == {
        "id": None,
        "xingming": "姓名",
        "sfzh": "身份证号",
        "email": "e-mail",
        "created_at": None,
    }
    xingming, email = customers.column("xingming"), customers.column("email")
    assert xingming is not None and xingming.type == "varchar(50)" and not xingming.nullable
    assert email is not None and email.unique
    order = catalog.table(f"{shop}.order")
    assert order is not None and order.column("desc") is not None
    assert order.column("desc").comment == "备注"  # type: ignore[union-attr]
    assert [(fk.columns, fk.ref_table) for fk in order.foreign_keys] == [
        (("customer_id",), f"{shop}.customers")
    ]
    view = catalog.table(f"{shop}.customer_names")
    assert view is not None and view.kind == "view"
    assert all(c.sample is None for t in catalog.tables for c in t.columns)


def test_samples_with_quoted_names(shop: str) -> None:
    catalog = read_database(_url(shop), sample_size=2, jobs=2)
    assert catalog.diagnostics == ()
    customers = catalog.table(f"{shop}.customers")
    assert customers is not None
    sfzh = customers.column("sfzh")
    assert sfzh is not None and sfzh.sample is not None and sfzh.sample.total == 2  # LIMIT 2 of 3 rows
    order = catalog.table(f"{shop}.order")
    assert order is not None
    desc = order.column("desc")
    assert (
        desc is not None and desc.sample is not None and (desc.sample.total, desc.sample.non_null) == (2, 1)
    )


def test_writing_through_the_connector_engine_fails(shop: str) -> None:
    with DatabaseConnector(_url(shop)) as connector, connector.engine.connect() as connection:
        with pytest.raises(DBAPIError, match="READ ONLY"):
            connection.execute(text(f"INSERT INTO {shop}.customers (xingming) VALUES ('x')"))
        connection.rollback()
        with pytest.raises(DBAPIError, match="READ ONLY"):
            connection.execute(text(f"DELETE FROM {shop}.`order`"))


def test_nothing_changes_and_timeouts_are_diagnostics(root: pymysql.Connection, shop: str) -> None:
    _run(root, f"CREATE VIEW {shop}.slow AS SELECT SLEEP(5) AS x")
    checksum = f"CHECKSUM TABLE {shop}.customers, {shop}.`order` EXTENDED"
    before = _rows(root, checksum)
    catalog = read_database(_url(shop), sample_size=10, statement_timeout_s=0.5)
    assert _rows(root, checksum) == before
    assert [d.location.file.rsplit("#", 1)[1] for d in catalog.diagnostics] == [f"{shop}.slow"]
    assert "interrupted" in catalog.diagnostics[0].message


def test_canary_password_and_values_never_leak(root: pymysql.Connection, shop: str) -> None:
    user = f"privaudit_{uuid.uuid4().hex[:8]}"
    _run(
        root,
        f"CREATE USER '{user}'@'%' IDENTIFIED BY '{CANARY_PASSWORD}'",
        f"CREATE USER '{user}'@'localhost' IDENTIFIED BY '{CANARY_PASSWORD}'",
        f"GRANT SELECT ON {shop}.* TO '{user}'@'%'",
        f"GRANT SELECT ON {shop}.* TO '{user}'@'localhost'",
        f"INSERT INTO {shop}.`order` VALUES (3, 2, '{CANARY_VALUE}')",
    )
    try:
        catalog = read_database(_url(shop, user, CANARY_PASSWORD), sample_size=50)
        assert catalog.table(f"{shop}.order") is not None
        assert CANARY_PASSWORD not in repr(catalog) and CANARY_VALUE not in repr(catalog)
        assert "***" in catalog.sources[0]
        for bad in (_url(shop, user, CANARY_PASSWORD + "x"), _url(f"{shop}_nope", user, CANARY_PASSWORD)):
            with pytest.raises(SourceError) as raised:
                read_database(bad, sample_size=0)
            assert CANARY_PASSWORD not in str(raised.value) and CANARY_PASSWORD not in repr(raised.value)
            assert raised.value.__cause__ is None and raised.value.__suppress_context__
    finally:
        _run(root, f"DROP USER '{user}'@'%'", f"DROP USER '{user}'@'localhost'")
