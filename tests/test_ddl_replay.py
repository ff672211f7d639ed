"""Each DDL statement kind replayed into the Catalog, from small SQL files."""

from __future__ import annotations

from pathlib import Path

from connectors.ddl import read_ddl
from engine.model import Catalog, ForeignKey


def read(tmp_path: Path, sql: str, dialect: str | None = None, name: str = "schema.sql") -> Catalog:
    path = tmp_path / name
    path.write_text(sql, encoding="utf-8")
    return read_ddl([path], dialect=dialect)


def test_mysql_create_table_with_inline_comments_keys_and_defaults(tmp_path):
    catalog = read(
        tmp_path,
        """
CREATE TABLE IF NOT EXISTS `shop`.`ums_member` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '编号',
  `phone` varchar(64) DEFAULT NULL COMMENT '手机号码',
  `email` varchar(100) NOT NULL DEFAULT '' COMMENT '邮箱',
  `level_id` bigint(20) REFERENCES ums_level (id),
  `nick` varchar(8) UNIQUE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_email` (`email`),
  KEY `idx_phone` (`phone`),
  CONSTRAINT `fk_x` FOREIGN KEY (`id`) REFERENCES `ums_account` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员表';
""",
    )
    assert catalog.diagnostics == ()
    table = catalog.table("ums_member")
    assert table is not None and table.schema == "shop" and table.qualified_name == "shop.ums_member"
    assert table.comment == "会员表"
    assert [c.name for c in table.columns] == ["id", "phone", "email", "level_id", "nick"]
    assert table.primary_key == ("id",)
    by_name = {c.name: c for c in table.columns}
    assert by_name["id"].type == "BIGINT(20)" and by_name["id"].primary_key and not by_name["id"].nullable
    assert by_name["phone"].comment == "手机号码" and by_name["phone"].nullable
    assert by_name["email"].default == "''" and not by_name["email"].nullable and by_name["email"].unique
    assert by_name["nick"].unique and not by_name["phone"].unique
    assert set(table.foreign_keys) == {
        ForeignKey(("level_id",), "ums_level", ("id",)),
        ForeignKey(("id",), "ums_account", ("member_id",)),
    }
    assert by_name["phone"].location is not None and by_name["phone"].location.line == 2
    assert table.location is not None and (table.location.line, table.location.column) == (2, 1)


def test_postgres_comment_on_and_identifier_folding(tmp_path):
    catalog = read(
        tmp_path,
        """CREATE TABLE Public.Patient (
    Id serial PRIMARY KEY,
    "FullName" varchar(50) NOT NULL,
    diagnosis text
);
COMMENT ON TABLE public.patient IS '病人';
COMMENT ON COLUMN public.patient.diagnosis IS '诊断';
COMMENT ON COLUMN patient."FullName" IS '姓名';
COMMENT ON COLUMN patient.diagnosis IS NULL;
COMMENT ON COLUMN patient.diagnosis IS 'diagnosis, again';
""",
    )
    table = catalog.table("public.patient")
    assert table is not None and table.name == "patient" and table.schema == "public"
    assert table.comment == "病人"
    assert [c.name for c in table.columns] == ["id", "FullName", "diagnosis"]
    assert table.column("fullname").comment == "姓名"
    assert table.column("diagnosis").comment == "diagnosis, again"
    assert table.column("diagnosis").location.line == 10  # the COMMENT that last changed it
    assert table.column("id").type == "SERIAL" and table.primary_key == ("id",)


def test_alter_table_add_drop_modify_change_rename(tmp_path):
    catalog = read(
        tmp_path,
        """CREATE TABLE `user` (`id` int NOT NULL, `name` varchar(10), `tmp` int, PRIMARY KEY (`id`));
ALTER TABLE `user` ADD COLUMN `mobile` varchar(11) COMMENT '手机', ADD `age` int;
ALTER TABLE `user` DROP COLUMN `tmp`;
ALTER TABLE `user` MODIFY COLUMN `name` varchar(64) NOT NULL COMMENT '姓名';
ALTER TABLE `user` CHANGE COLUMN `age` `birth_year` smallint COMMENT '出生年';
ALTER TABLE `user` RENAME COLUMN `mobile` TO `phone`;
ALTER TABLE `user` ALTER COLUMN `phone` SET DEFAULT '';
""",
    )
    assert catalog.diagnostics == ()
    table = catalog.table("user")
    assert [c.name for c in table.columns] == ["id", "name", "phone", "birth_year"]
    name, phone, birth = table.column("name"), table.column("phone"), table.column("birth_year")
    assert (name.type, name.nullable, name.comment, name.location.line) == ("VARCHAR(64)", False, "姓名", 4)
    assert (phone.type, phone.comment, phone.default, phone.location.line) == ("VARCHAR(11)", "手机", "''", 7)
    assert (birth.type, birth.comment, birth.location.line) == ("SMALLINT", "出生年", 5)
    assert table.column("tmp") is None


def test_postgres_alter_column_type_null_default_and_constraints(tmp_path):
    catalog = read(
        tmp_path,
        """CREATE TABLE account (id integer, owner_id integer, email text, note text DEFAULT 'x');
ALTER TABLE ONLY public.account ALTER COLUMN email TYPE varchar(255), ALTER COLUMN email SET NOT NULL;
ALTER TABLE account ALTER COLUMN note DROP DEFAULT;
ALTER TABLE ONLY account ADD CONSTRAINT account_pkey PRIMARY KEY (id);
ALTER TABLE account ADD CONSTRAINT account_owner_fk FOREIGN KEY (owner_id) REFERENCES person(id);
ALTER TABLE account ADD CONSTRAINT account_email_key UNIQUE (email);
ALTER TABLE public.account OWNER TO postgres;
""",
        dialect="postgres",
    )
    assert catalog.diagnostics == ()
    table = catalog.table("account")
    email = table.column("email")
    assert (email.type, email.nullable, email.unique, email.location.line) == ("VARCHAR(255)", False, True, 2)
    assert table.column("note").default is None
    assert table.primary_key == ("id",) and table.column("id").primary_key and not table.column("id").nullable
    assert table.foreign_keys == (ForeignKey(("owner_id",), "person", ("id",)),)


def test_rename_and_drop_tables(tmp_path):
    catalog = read(
        tmp_path,
        """CREATE TABLE a (id int); CREATE TABLE b (id int); CREATE TABLE c (id int); CREATE TABLE d (id int);
RENAME TABLE a TO a2, `b` TO b2;
ALTER TABLE c RENAME TO c2;
DROP TABLE IF EXISTS d, missing;
""",
        dialect="mysql",
    )
    assert [t.name for t in catalog.tables] == ["a2", "b2", "c2"]  # creation order survives renames
    assert catalog.diagnostics == ()


def test_drop_then_recreate_moves_table_to_the_end_and_unknown_drop_warns(tmp_path):
    catalog = read(
        tmp_path,
        "CREATE TABLE a (x int);\nCREATE TABLE b (y int);\nDROP TABLE a;\n"
        "CREATE TABLE a (z int);\nDROP TABLE q;",
    )
    assert [(t.name, [c.name for c in t.columns]) for t in catalog.tables] == [("b", ["y"]), ("a", ["z"])]
    assert [(d.location.line, d.level) for d in catalog.diagnostics] == [(5, "warning")]


def test_create_if_not_exists_keeps_the_first_definition(tmp_path):
    catalog = read(tmp_path, "CREATE TABLE t (a int);\nCREATE TABLE IF NOT EXISTS t (b int);")
    assert [c.name for c in catalog.table("t").columns] == ["a"]


def test_create_table_like_and_as(tmp_path):
    catalog = read(
        tmp_path,
        """CREATE TABLE src (id int PRIMARY KEY, phone varchar(20) COMMENT '电话');
CREATE TABLE copy1 LIKE src;
CREATE TABLE copy2 AS SELECT id, phone AS tel, 1 AS one FROM src;
CREATE TABLE copy3 LIKE nowhere;
""",
        dialect="mysql",
    )
    copy1, copy2 = catalog.table("copy1"), catalog.table("copy2")
    assert [(c.name, c.type, c.comment) for c in copy1.columns] == [
        ("id", "INT", None),
        ("phone", "VARCHAR(20)", "电话"),
    ]
    assert copy1.primary_key == ("id",) and copy1.column("phone").location.line == 2
    assert [(c.name, c.type) for c in copy2.columns] == [("id", "INT"), ("tel", "VARCHAR(20)"), ("one", "")]
    assert [d.location.line for d in catalog.diagnostics] == [4]


def test_views_get_columns_from_the_select_list_and_stars(tmp_path):
    catalog = read(
        tmp_path,
        """CREATE TABLE person (id int, name text, email text);
CREATE VIEW v_named (a, b) AS SELECT id, email FROM person;
CREATE OR REPLACE VIEW v_alias AS SELECT p.id AS pid, p.email FROM person p;
CREATE VIEW v_star AS SELECT id AS key, * FROM person;
""",
        dialect="postgres",
    )
    assert [t.kind for t in catalog.tables] == ["table", "view", "view", "view"]
    assert [c.name for c in catalog.table("v_named").columns] == ["a", "b"]
    assert [(c.name, c.type) for c in catalog.table("v_alias").columns] == [("pid", "INT"), ("email", "TEXT")]
    assert [c.name for c in catalog.table("v_star").columns] == ["key", "id", "name", "email"]


def test_tables_nested_in_create_schema_belong_to_it(tmp_path):
    catalog = read(
        tmp_path,
        """CREATE SCHEMA Person
  CREATE TABLE BusinessEntity(
    BusinessEntityID SERIAL, -- CREATE TABLE in a comment
    note varchar(20) DEFAULT ('CREATE TABLE x')
  )
  CREATE TABLE Person(
    BusinessEntityID INT NOT NULL,
    FirstName varchar(50) NOT NULL
  )
  CREATE VIEW vPerson AS SELECT FirstName FROM Person.Person;
CREATE SCHEMA other AUTHORIZATION joe;
""",
    )
    assert [(t.qualified_name, t.kind) for t in catalog.tables] == [
        ("person.businessentity", "table"),
        ("person.person", "table"),
        ("person.vperson", "view"),
    ]
    assert catalog.table("person.person").location.line == 6
    assert catalog.table("person.person").column("firstname").type == "VARCHAR(50)"


def test_placeholder_schema_is_not_a_schema(tmp_path):
    catalog = read(
        tmp_path, "CREATE TABLE @cdmDatabaseSchema.person (person_id integer NOT NULL);", "postgres"
    )
    table = catalog.table("person")
    assert table is not None and table.schema is None and table.column("person_id").type == "INT"


def test_statements_that_cannot_matter_are_skipped_without_diagnostics(tmp_path):
    catalog = read(
        tmp_path,
        """SET NAMES utf8mb4;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE t (id int);
INSERT INTO t VALUES (1), (2);
CREATE INDEX i ON ONLY t USING btree (id);
GRANT ALL ON t TO bob;
ALTER TABLE t ATTACH PARTITION t_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.x := 1; RETURN NEW; END $$ LANGUAGE plpgsql;
LOCK TABLES t WRITE; UNLOCK TABLES;
""",
        dialect="postgres",
    )
    assert catalog.diagnostics == ()
    assert [t.name for t in catalog.tables] == ["t"]


def test_oracle_constraint_states_are_read(tmp_path):
    path = tmp_path / "ora.sql"
    path.write_text(
        "CREATE TABLE x_group (\n"
        "  id NUMBER(20) NOT NULL ENABLE,\n"
        "  group_name VARCHAR2(1024) NOT NULL ENABLE,\n"
        "  CONSTRAINT x_group_pk PRIMARY KEY (id) ENABLE NOVALIDATE,\n"
        "  CONSTRAINT x_group_uk UNIQUE (group_name) DISABLE\n"
        ");\n",
        encoding="utf-8",
    )
    catalog = read_ddl([path], "oracle")
    assert not catalog.diagnostics
    table = catalog.tables[0]
    assert [c.name for c in table.columns] == ["id", "group_name"]
    assert table.primary_key == ("id",)
    assert table.columns[0].nullable is False


def test_schema_qualified_collation_is_read(tmp_path) -> None:
    # Navicat and pg_dump write COLLATE "pg_catalog"."default"; before, the clause and the NOT NULL after it
    # were dropped with a warning on every text column of such a dump.
    path = tmp_path / "navicat.sql"
    path.write_text(
        'CREATE TABLE "public"."t_user" (\n'
        '  "id" int4 NOT NULL,\n'
        '  "user_name" varchar(255) COLLATE "pg_catalog"."default",\n'
        '  "real_name" varchar(255) COLLATE "pg_catalog"."default" NOT NULL,\n'
        '  "note" text COLLATE pg_catalog."C",\n'
        '  CONSTRAINT "t_user_pkey" PRIMARY KEY ("id")\n'
        ");\n"
        'COMMENT ON COLUMN "public"."t_user"."note" IS \'COLLATE "a"."b" stays in a comment\';\n',
        encoding="utf-8",
    )
    catalog = read_ddl([path], "postgres")
    assert not catalog.diagnostics
    columns = {c.name: c for c in catalog.tables[0].columns}
    assert list(columns) == ["id", "user_name", "real_name", "note"]
    assert columns["real_name"].nullable is False
    assert columns["user_name"].nullable is True
    assert columns["note"].comment == 'COLLATE "a"."b" stays in a comment'
