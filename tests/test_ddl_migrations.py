"""Migration folders: files ordered as migration tools order them, replayed across files."""

from __future__ import annotations

from pathlib import Path

from connectors.ddl import read_ddl
from connectors.ddl.sources import migration_order_key


def write_all(folder: Path, files: dict[str, str]) -> Path:
    for name, sql in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sql, encoding="utf-8")
    return folder


def test_a_column_added_renamed_then_dropped_across_flyway_versions(tmp_path):
    folder = write_all(
        tmp_path / "migrations",
        {
            "V1__init.sql": "CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(50));",
            "V2__add_phone.sql": "\n\nALTER TABLE customer ADD COLUMN phone varchar(20) COMMENT '电话';",
            "V3__rename_phone.sql": "ALTER TABLE customer RENAME COLUMN phone TO mobile;",
            "V10__drop_mobile.sql": "ALTER TABLE customer DROP COLUMN mobile;",
            "V4__add_email.sql": "ALTER TABLE customer ADD COLUMN email varchar(100);",
        },
    )
    catalog = read_ddl([folder], dialect="mysql")
    assert catalog.diagnostics == ()
    # V10 runs last (numeric, not lexical, order), so mobile is gone and email stays.
    assert [c.name for c in catalog.table("customer").columns] == ["id", "name", "email"]
    assert [Path(s).name for s in catalog.sources] == [
        "V1__init.sql",
        "V2__add_phone.sql",
        "V3__rename_phone.sql",
        "V4__add_email.sql",
        "V10__drop_mobile.sql",
    ]
    assert catalog.table("customer").column("email").location.file.endswith("V4__add_email.sql")


def test_renamed_column_points_at_the_migration_that_renamed_it(tmp_path):
    folder = write_all(
        tmp_path / "db",
        {
            "V1__init.sql": "CREATE TABLE t (id int);",
            "V1_1__phone.sql": "ALTER TABLE t ADD COLUMN phone text;",
            "V2__rename.sql": "\nALTER TABLE t RENAME COLUMN phone TO mobile;",
        },
    )
    mobile = read_ddl([folder], dialect="postgres").table("t").column("mobile")
    assert mobile.type == "TEXT"
    assert Path(mobile.location.file).name == "V2__rename.sql" and mobile.location.line == 2


def test_undo_files_are_ignored_with_a_warning_and_repeatables_run_last(tmp_path):
    folder = write_all(
        tmp_path / "db",
        {
            "R__views.sql": "CREATE OR REPLACE VIEW v AS SELECT id FROM t;",
            "V1__init.sql": "CREATE TABLE t (id int);",
            "U1__undo_init.sql": "DROP TABLE t;",
        },
    )
    catalog = read_ddl([folder])
    assert [t.name for t in catalog.tables] == ["t", "v"]
    assert [(Path(d.location.file).name, d.level) for d in catalog.diagnostics] == [
        ("U1__undo_init.sql", "warning")
    ]


def test_numeric_and_timestamp_prefixes_and_natural_sort(tmp_path):
    folder = write_all(
        tmp_path / "m",
        {
            "20240101120000_add_b.sql": "ALTER TABLE t ADD COLUMN b int;",
            "0001_init.sql": "CREATE TABLE t (a int);",
            "sub/20240301000000_add_c.sql": "ALTER TABLE t ADD COLUMN c int;",
        },
    )
    assert [c.name for c in read_ddl([folder]).table("t").columns] == ["a", "b", "c"]
    plain = sorted(["file10.sql", "file9.sql", "File2.sql"], key=lambda n: migration_order_key(n, n))
    assert plain == ["File2.sql", "file9.sql", "file10.sql"]


def test_flyway_versions_compare_numerically_part_by_part():
    names = ["V1_10__x.sql", "V1_9__x.sql", "V1__x.sql", "V2__x.sql", "V1.2.1__x.sql"]
    assert sorted(names, key=lambda n: migration_order_key(n, n)) == [
        "V1__x.sql",
        "V1.2.1__x.sql",
        "V1_9__x.sql",
        "V1_10__x.sql",
        "V2__x.sql",
    ]


def test_several_paths_apply_in_the_order_given(tmp_path):
    first = tmp_path / "b_first.sql"
    second = tmp_path / "a_second.sql"
    first.write_text("CREATE TABLE t (x int);")
    second.write_text("ALTER TABLE t ADD y int;")
    assert [c.name for c in read_ddl([first, second]).table("t").columns] == ["x", "y"]
    catalog = read_ddl([second, first])
    assert [c.name for c in catalog.table("t").columns] == ["x"]
    assert [d.level for d in catalog.diagnostics] == ["warning"]  # ALTER before CREATE
