"""Bad input never raises (unless nothing at all is readable): it becomes a located Diagnostic."""

from __future__ import annotations

import pytest

from connectors.ddl import read_ddl
from engine.errors import SourceError

GOOD = "CREATE TABLE good (id int);\n"


def test_missing_file_is_a_diagnostic_when_other_sources_read(tmp_path):
    good = tmp_path / "good.sql"
    good.write_text(GOOD)
    missing = tmp_path / "nope.sql"
    catalog = read_ddl([missing, good])
    assert [t.name for t in catalog.tables] == ["good"]
    assert [(d.location.file, d.level) for d in catalog.diagnostics] == [(str(missing), "error")]
    assert catalog.sources == (str(good),)


def test_nothing_readable_raises_source_error(tmp_path):
    with pytest.raises(SourceError) as raised:
        read_ddl([tmp_path / "nope.sql"])
    assert raised.value.location.file == str(tmp_path / "nope.sql")
    assert raised.value.message == "no DDL source could be read: no such file or directory"
    with pytest.raises(SourceError):
        read_ddl([])


def test_binary_file_is_a_diagnostic(tmp_path):
    binary = tmp_path / "dump.sql"
    binary.write_bytes(b"SQLite format 3\x00\x01\x02" + bytes(range(256)))
    good = tmp_path / "good.sql"
    good.write_text(GOOD)
    catalog = read_ddl([binary, good])
    assert catalog.table("good") is not None
    assert "binary" in catalog.diagnostics[0].message and catalog.diagnostics[0].location.file == str(binary)


def test_empty_file_and_empty_directory(tmp_path):
    empty = tmp_path / "empty.sql"
    empty.write_text("  \n")
    catalog = read_ddl([empty])
    assert catalog.tables == () and [d.level for d in catalog.diagnostics] == ["warning"]
    assert "empty" in catalog.diagnostics[0].message
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "README.md").write_text("no sql here")
    with pytest.raises(SourceError, match=r"no \.sql files"):
        read_ddl([folder])


def test_invalid_utf8_that_is_not_gbk_either(tmp_path):
    bad = tmp_path / "bad.sql"
    bad.write_bytes(b"CREATE TABLE a (id int);\n-- \xff\xfe\xfa\xfb\x80\x81 garbage\xc3\x28\n")
    good = tmp_path / "good.sql"
    good.write_text(GOOD)
    catalog = read_ddl([bad, good])
    assert [t.name for t in catalog.tables] == ["good"]
    assert catalog.diagnostics[0].location.file == str(bad) and catalog.diagnostics[0].location.line == 2


def test_a_statement_sqlglot_rejects_costs_only_itself(tmp_path):
    path = tmp_path / "mixed.sql"
    path.write_text(
        "CREATE TABLE a (id int);\n"
        "CREATE TABLE broken (id int,, name;\n"
        "ALTER TABLE a ADD COLUMN (((;\n"
        "CREATE TABLE b (id int);\n"
    )
    catalog = read_ddl([path], dialect="postgres")
    assert [t.name for t in catalog.tables] == ["a", "b"]
    assert [(str(d.location), d.level) for d in catalog.diagnostics] == [
        (f"{path}:2:1", "error"),
        (f"{path}:3:1", "error"),
    ]
    assert all("not understood" in d.message for d in catalog.diagnostics)


def test_one_exotic_column_does_not_lose_the_table(tmp_path):
    path = tmp_path / "pg18.sql"
    path.write_text(
        "CREATE TABLE film (\n"
        "    film_id integer NOT NULL,\n"
        "    length smallint,\n"
        "    length_hours numeric(4,2) GENERATED ALWAYS AS (round(length / 60.0, 2)) VIRTUAL\n"
        ");\n"
    )
    catalog = read_ddl([path], dialect="postgres")
    assert [c.name for c in catalog.table("film").columns] == ["film_id", "length", "length_hours"]
    assert catalog.table("film").column("length_hours").type == "DECIMAL(4, 2)"
    assert [(d.location.line, d.location.column, d.level) for d in catalog.diagnostics] == [(4, 5, "warning")]


def test_stray_text_before_a_create_table_is_an_error_not_silence(tmp_path):
    path = tmp_path / "stray.sql"
    path.write_text("garbage line\nCREATE TABLE lost (id int);\nCREATE TABLE kept (id int);\n")
    catalog = read_ddl([path])
    assert [t.name for t in catalog.tables] == ["kept"]
    [diagnostic] = catalog.diagnostics
    assert diagnostic.level == "error" and diagnostic.location.line == 1
    assert "schema change lost" in diagnostic.message
