"""Every DDL file of the shared real-world corpora recovers every table.

Counts were measured by reading the files (grep for CREATE TABLE, column lines and
COMMENTs), not by running the connector; comments are checked against the files' text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from connectors.ddl import iter_insert_rows, read_ddl
from engine.model import Catalog

CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason=f"shared corpora not found at {CORPORA}")

RUOYI_PRO_PG = "YunaiV__ruoyi-vue-pro/sql__postgresql__ruoyi-vue-pro.sql"
RUOYI_PRO_MYSQL = "YunaiV__ruoyi-vue-pro/sql__mysql__ruoyi-vue-pro.sql"

# file: (tables, views, columns of tables, columns with a comment, tables with a comment)
EXPECTED = {
    "macrozheng__mall/document__sql__mall.sql": (76, 0, 669, 377, 75),
    "yangzongzhuan__RuoYi-Vue/sql__ry_20260417.sql": (20, 0, 226, 226, 20),
    "linlinjava__litemall/litemall-db__sql__litemall_table.sql": (34, 0, 376, 338, 34),
    RUOYI_PRO_MYSQL: (48, 0, 711, 711, 48),
    RUOYI_PRO_PG: (49, 0, 712, 711, 49),  # plus a one-column `dual` table
    "MIT-LCP__mimic-code/mimic-iv__buildmimic__postgres__create.sql": (31, 0, 342, 0, 0),
    "OHDSI__CommonDataModel/inst__ddl__5.4__postgresql__OMOPCDM_postgresql_5.4_ddl.sql": (39, 0, 432, 0, 0),
    "lerocha__chinook-database/ChinookDatabase__DataSources__Chinook_PostgreSql.sql": (11, 0, 64, 0, 0),
    "pthom__northwind_psql/northwind.sql": (14, 0, 92, 0, 0),
    # 359 COMMENT ON columns + 28 documented by a trailing `-- ROWGUIDCOL` / `-- AS ...` line comment
    "lorint__AdventureWorks-for-Postgres/install.sql": (68, 89, 456, 387, 68),
    "devrimgunduz__pagila/pagila-schema.sql": (71, 8, 479, 0, 0),
}

# file: (table, column, type, comment) samples, personal data the auditor must see
SAMPLES = {
    "macrozheng__mall/document__sql__mall.sql": [
        ("ums_member", "phone", "VARCHAR(64)", "手机号码"),
        ("ums_member_receive_address", "detail_address", "VARCHAR(128)", "详细地址(街道)"),
    ],
    "yangzongzhuan__RuoYi-Vue/sql__ry_20260417.sql": [
        ("sys_user", "phonenumber", "VARCHAR(11)", "手机号码"),
        ("sys_logininfor", "ipaddr", "VARCHAR(128)", "登录IP地址"),
    ],
    "linlinjava__litemall/litemall-db__sql__litemall_table.sql": [
        ("litemall_user", "mobile", "VARCHAR(20)", "用户手机号码"),
        ("litemall_address", "tel", "VARCHAR(20)", "手机号码"),
    ],
    RUOYI_PRO_MYSQL: [("system_users", "mobile", "VARCHAR(11)", "手机号码")],
    RUOYI_PRO_PG: [
        ("system_users", "mobile", "VARCHAR(11)", "手机号码"),
        ("system_social_user", "openid", "VARCHAR(32)", "社交 openid"),
    ],
    "MIT-LCP__mimic-code/mimic-iv__buildmimic__postgres__create.sql": [
        ("mimiciv_hosp.patients", "anchor_age", "SMALLINT", None),
        ("mimiciv_hosp.admissions", "race", "VARCHAR(80)", None),
    ],
    "OHDSI__CommonDataModel/inst__ddl__5.4__postgresql__OMOPCDM_postgresql_5.4_ddl.sql": [
        ("person", "year_of_birth", "INT", None),
        ("location", "latitude", "DECIMAL", None),
    ],
    "lerocha__chinook-database/ChinookDatabase__DataSources__Chinook_PostgreSql.sql": [
        ("customer", "email", "VARCHAR(60)", None),
        ("employee", "birth_date", "TIMESTAMP", None),
    ],
    "pthom__northwind_psql/northwind.sql": [("employees", "home_phone", "VARCHAR(24)", None)],
    "lorint__AdventureWorks-for-Postgres/install.sql": [
        ("person.person", "firstname", "NAME", "First name of the person."),
        (
            "humanresources.employee",
            "nationalidnumber",
            "VARCHAR(15)",
            "Unique national identification number such as a social security number.",
        ),
        ("sales.creditcard", "cardnumber", "VARCHAR(25)", "Credit card number."),
    ],
    "devrimgunduz__pagila/pagila-schema.sql": [
        ("public.customer", "email", "TEXT", None),
        ("public.staff", "password", "TEXT", None),
        ("public.film", "length_hours", "DECIMAL(4, 2)", None),  # PG18 VIRTUAL column, salvaged
    ],
}

QUERY_ONLY = [
    "tobymao__sqlglot/tests__fixtures__optimizer__tpc-ds__tpc-ds.sql",
    "tobymao__sqlglot/tests__fixtures__optimizer__tpc-h__tpc-h.sql",
    "tobymao__sqlglot/tests__fixtures__identity.sql",
    "dbt-labs__jaffle_shop/models__customers.sql",
    "tconbeer__gitlab-analytics-sqlfmt/transform__snowflake-dbt__models__common__sensitive__dim_marketing_contact.sql",
    "tconbeer__gitlab-analytics-sqlfmt/transform__snowflake-dbt__models__legacy__bamboohr__sensitive__employee_directory.sql",
]

_cache: dict[str, Catalog] = {}


def catalog_of(name: str) -> Catalog:
    if name not in _cache:
        _cache[name] = read_ddl([CORPORA / name])
    return _cache[name]


def created_table_names(text: str) -> set[str]:
    """Table names after CREATE TABLE, read from the text with a plain regex (no parser)."""
    names = re.findall(r"^\s*CREATE TABLE\s+(?:IF NOT EXISTS\s+)?([\w.@`\"]+)", text, re.M | re.I)
    return {n.replace("`", "").replace('"', "").split(".")[-1].lower() for n in names}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_counts(name):
    catalog = catalog_of(name)
    tables = [t for t in catalog.tables if t.kind == "table"]
    views = [t for t in catalog.tables if t.kind == "view"]
    got = (
        len(tables),
        len(views),
        sum(len(t.columns) for t in tables),
        sum(1 for t in tables for c in t.columns if c.comment),
        sum(1 for t in tables if t.comment),
    )
    assert got == EXPECTED[name]
    assert all(t.columns for t in tables), "every table has columns"
    assert not [d for d in catalog.diagnostics if d.level == "error"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_created_table_is_recovered(name):
    text = (CORPORA / name).read_text(encoding="utf-8")
    recovered = {t.name.lower() for t in catalog_of(name).tables}
    expected = created_table_names(text) - {"tmpcustomer"}  # pagila: a temp table inside a function body
    assert expected and expected <= recovered


@pytest.mark.parametrize(("name", "sample"), [(n, s) for n, samples in SAMPLES.items() for s in samples])
def test_samples(name, sample):
    table_name, column_name, type_, comment = sample
    table = catalog_of(name).table(table_name)
    assert table is not None
    column = table.column(column_name)
    assert column is not None and column.type == type_ and column.comment == comment
    assert column.location is not None and column.location.line > 0


def test_ruoyi_pro_postgres_comment_on_statements_land_on_the_right_columns():
    text = (CORPORA / RUOYI_PRO_PG).read_text(encoding="utf-8")
    column_comments = re.findall(r"^COMMENT ON COLUMN (\w+)\.(\w+) IS '((?:[^']|'')*)';", text, re.M)
    table_comments = re.findall(r"^COMMENT ON TABLE (\w+) IS '((?:[^']|'')*)';", text, re.M)
    assert len(column_comments) + len(table_comments) == 760
    catalog = catalog_of(RUOYI_PRO_PG)
    for table, column, comment in column_comments:
        assert catalog.table(table).column(column).comment == comment.replace("''", "'")
    for table, comment in table_comments:
        assert catalog.table(table).comment == comment


def test_ruoyi_pro_mysql_and_postgres_twins_agree_on_comments():
    mysql, postgres = catalog_of(RUOYI_PRO_MYSQL), catalog_of(RUOYI_PRO_PG)
    for table in mysql.tables:
        twin = postgres.table(table.name)
        assert twin is not None and twin.comment == table.comment
        assert [(c.name, c.comment) for c in twin.columns] == [(c.name, c.comment) for c in table.columns]


def test_adventureworks_tables_live_in_their_schemas():
    catalog = catalog_of("lorint__AdventureWorks-for-Postgres/install.sql")
    schemas = {t.schema for t in catalog.tables if t.kind == "table"}
    assert schemas == {"person", "humanresources", "production", "purchasing", "sales"}
    person = catalog.table("person.person")
    assert person.location.line == 81 and person.primary_key == ("businessentityid",)


def test_chinook_survives_the_psql_connect_meta_command():
    catalog = catalog_of("lerocha__chinook-database/ChinookDatabase__DataSources__Chinook_PostgreSql.sql")
    assert catalog.table("customer").location.line == 49


@pytest.mark.parametrize("name", QUERY_ONLY)
def test_query_only_files_do_not_crash(name):
    catalog = read_ddl([CORPORA / name])
    assert catalog.sources == (str(CORPORA / name),)


def test_insert_rows_of_a_big_dump_are_sampled_and_capped():
    batches = list(iter_insert_rows([CORPORA / "macrozheng__mall/document__sql__mall.sql"], max_rows=20))
    per_table: dict[str, int] = {}
    for batch in batches:
        per_table[batch.table] = per_table.get(batch.table, 0) + len(batch.rows)
    assert max(per_table.values()) == 20
    members = [b for b in batches if b.table == "ums_member"]
    assert members and all(len(row) == 19 for b in members for row in b.rows)  # ums_member has 19 columns
