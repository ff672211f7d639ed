"""The demo shop: built from the shipped files, read back through the database connector."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from connectors.database import read_database
from connectors.demo import DEMO_TABLES, build_demo_database
from engine.errors import SourceError

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_database(tmp_path_factory.mktemp("demo"))


def _rows(db: Path, query: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(query).fetchall()


def _valid_resident_id(value: str) -> bool:
    total = sum(int(d) * w for d, w in zip(value[:17], ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17]


def test_builds_every_table_with_small_data(shop: Path) -> None:
    assert shop.name == "shop.db"
    for table in DEMO_TABLES:
        (count,) = _rows(shop, f"SELECT count(*) FROM {table}")[0]
        assert 50 <= count <= 200, table
    assert _rows(shop, "PRAGMA foreign_key_check") == []


def test_personal_data_is_there_to_find(shop: Path) -> None:
    ids = [r[0] for r in _rows(shop, "SELECT sfzh FROM customers WHERE sfzh IS NOT NULL")]
    assert len(ids) > 50 and all(_valid_resident_id(i) for i in ids)
    births = [dt.date.fromisoformat(r[0]) for r in _rows(shop, "SELECT birth_date FROM customers")]
    assert any(dt.date(2025, 6, 1).year - b.year < 14 for b in births)  # minors under 14
    names = [r[0] for r in _rows(shop, "SELECT xingming FROM customers")]
    assert any("\u4e00" <= n[0] <= "\u9fff" for n in names) and any(n.isascii() for n in names)
    phones = [r[0] for r in _rows(shop, "SELECT shouji FROM customers")]
    assert any(p.startswith("+") for p in phones) and any(len(p) == 11 and p[0] == "1" for p in phones)
    hashes = [r[0] for r in _rows(shop, "SELECT password_hash FROM accounts")]
    assert any(h.startswith("$2b$") for h in hashes) and any(len(h) == 32 for h in hashes)
    withdrawn = _rows(shop, "SELECT count(*), count(withdrawn_at) FROM consents")[0]
    assert 0 < withdrawn[1] < withdrawn[0]
    assert _rows(shop, "SELECT count(*) FROM orders WHERE beizhu LIKE '%身份证%'")[0][0] > 0


def test_reads_back_through_the_connector(shop: Path) -> None:
    catalog = read_database(f"sqlite:///{shop}", sample_size=200)
    assert catalog.diagnostics == ()
    assert {t.name for t in catalog.tables} == {*DEMO_TABLES, "customer_contacts"}
    customers = catalog.table("customers")
    assert customers is not None and customers.row_estimate == 120 and customers.schema is None
    sfzh = customers.column("sfzh")
    assert sfzh is not None and sfzh.sample is not None and sfzh.sample.total == 120
    assert sfzh.sample.share("cn_resident_id") == 1.0
    products = catalog.table("products")
    assert products is not None and all(not c.sample.hits for c in products.columns if c.sample)
    orders = catalog.table("orders")
    assert orders is not None and [fk.ref_table for fk in orders.foreign_keys] == ["products", "customers"]


def test_refuses_to_overwrite_unless_asked(shop: Path) -> None:
    with pytest.raises(SourceError, match="already exists"):
        build_demo_database(shop)
    assert build_demo_database(shop, overwrite=True) == shop
