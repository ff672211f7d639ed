"""Sample files: CSV/JSONL/Parquet reading, bounded seeded sampling, diagnostics, catalog attachment."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from connectors.samples import attach_samples, profile_rows, read_sample_file
from engine.model import Catalog, Column, Table


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_with_sniffed_delimiter(tmp_path: Path) -> None:
    path = write(tmp_path / "Users.csv", "id;email;mobile\n1;a.b@example.com;13812345678\n2;;13912345678\n")
    sample = read_sample_file(path)
    assert (sample.name, sample.columns, sample.row_count) == ("Users", ("id", "email", "mobile"), 2)
    assert sample.profiles["email"].non_null == 1
    assert sample.profiles["email"].hits[0].detector == "email"
    assert sample.profiles["mobile"].share("cn_mobile") == 1.0
    assert "13812345678" not in repr(sample)
    assert sample.diagnostics == ()


def test_ragged_csv_row_is_a_warning_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "a,b\n1,2\n3\n4,5\n")
    sample = read_sample_file(path)
    assert sample.row_count == 3
    assert [str(d) for d in sample.diagnostics] == [f"{path}:3: warning: 1 fields, header has 2"]


def test_gbk_csv(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("姓名,手机\n张三,13812345678\n李四,13912345678\n".encode("gbk"))
    sample = read_sample_file(path)
    assert sample.columns == ("姓名", "手机")


def test_jsonl_bad_line_is_a_diagnostic_not_an_exception(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "email": f"u{i}@example.com"}) for i in range(1, 7)]
    lines += ["{not json", json.dumps({"id": 8, "extra": {"contact": "x@example.org"}}), "[1, 2]"]
    sample = read_sample_file(write(tmp_path / "events.jsonl", "\n".join(lines) + "\n"))
    assert sample.columns == ("id", "email", "extra")
    assert sample.row_count == 7
    assert [(d.location.line, d.level) for d in sample.diagnostics] == [(7, "error"), (9, "error")]
    assert sample.profiles["email"].share("email") == 1.0
    assert sample.profiles["extra"].hits[0].detector == "text:email"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "no such sample file"),
        ("data.xlsx", "x", "unsupported sample file type .xlsx"),
        ("blob.csv", "\x00\x01\x02", "binary content"),
        ("empty.csv", "", "empty file"),
    ],
)
def test_bad_files_give_diagnostics(tmp_path: Path, name: str, content: str | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        write(path, content)
    sample = read_sample_file(path)
    assert sample.profiles == {}
    assert len(sample.diagnostics) == 1
    assert message in sample.diagnostics[0].message
    assert sample.diagnostics[0].location.file == str(path)


def test_large_file_is_sampled_deterministically(tmp_path: Path) -> None:
    rows = "\n".join(f"{i},{13800000000 + i}" for i in range(5000))
    path = write(tmp_path / "big.csv", "id,mobile\n" + rows + "\n")
    first = read_sample_file(path, limit=100, seed=1)
    assert (first.row_count, first.sampled) == (5000, 100)
    assert first.profiles["mobile"].non_null == 100
    assert read_sample_file(path, limit=100, seed=1) == first
    other = read_sample_file(path, limit=100, seed=2)
    assert other.profiles["mobile"].masked_examples != first.profiles["mobile"].masked_examples


def test_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "people.parquet"
    table = pa.table({"id": list(range(3000)), "email": [f"user{i}@example.com" for i in range(3000)]})
    pq.write_table(table, path, row_group_size=700)
    sample = read_sample_file(path, limit=500, seed=3)
    assert (sample.columns, sample.row_count, sample.sampled) == (("id", "email"), 3000, 500)
    assert sample.profiles["email"].share("email") == 1.0
    assert sample.profiles["email"].distinct == 500
    assert read_sample_file(path, limit=500, seed=3) == sample


def test_parquet_without_pyarrow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    sample = read_sample_file(write(tmp_path / "x.parquet", "PAR1"))
    assert len(sample.diagnostics) == 1
    assert "pip install privaudit[parquet]" in sample.diagnostics[0].message


def test_profile_rows_accepts_sequences_and_mappings() -> None:
    by_position = profile_rows("users", ["id", "phone"], [(1, "13812345678"), (2, None)])
    by_name = profile_rows("users", ["id", "phone"], [{"id": 1, "phone": "13812345678"}, {"id": 2}])
    assert by_position.profiles == by_name.profiles
    assert by_position.profiles["phone"].non_null == 1


def test_attach_samples(tmp_path: Path) -> None:
    catalog = Catalog(
        tables=(Table("USERS", columns=(Column("ID", "int"), Column("Mobile", "varchar(11)"))),)
    )
    sample = profile_rows("users", ["id", "mobile", "nickname"], [(1, "13812345678", "bob")])
    orphan = read_sample_file(write(tmp_path / "orders.csv", "order_id,email\n1,a@example.com\n"))
    attached = attach_samples(catalog, [sample, orphan])

    users = attached.table("users")
    assert users is not None
    mobile = users.column("mobile")
    assert mobile is not None and mobile.sample is not None and mobile.type == "varchar(11)"
    assert mobile.sample.share("cn_mobile") == 1.0
    assert [d.message for d in attached.diagnostics] == [
        "sample column 'nickname' is not a column of table 'USERS'"
    ]

    orders = attached.table("orders")
    assert orders is not None and orders.location == orphan.location
    assert [(c.name, c.type) for c in orders.columns] == [("order_id", ""), ("email", "")]
    email = orders.column("email")
    assert email is not None and email.sample is not None and email.sample.hits[0].detector == "email"
