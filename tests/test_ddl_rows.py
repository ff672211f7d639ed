"""INSERT rows and COPY blocks read by the light literal tokenizer, capped per table."""

from __future__ import annotations

from connectors.ddl import InsertRows, iter_insert_rows
from connectors.ddl.rows import parse_values


def test_literals_of_every_kind():
    text = (
        "VALUES (1, -2.5, 'it\\'s', 'a''b', NULL, NOW(), TRUE, _utf8mb4'x', X'0A', 1e3,"
        " DATE_FORMAT(NOW(), '%Y'))"
    )
    assert parse_values(text, len("VALUES ")) == [
        (1, -2.5, "it's", "a'b", None, None, True, "x", "0A", 1000.0, None)
    ]


def test_postgres_strings_keep_backslashes_and_casts_are_dropped():
    text = (
        "('C:\\dir', E'tab\\there', '2024-01-01'::date, '{1,2}'::int[]),"
        " (2, 'x', NULL, nextval('s'::regclass))"
    )
    rows = parse_values(text, 0, backslash=False)
    assert rows == [("C:\\dir", "tab\there", "2024-01-01", "{1,2}"), (2, "x", None, None)]


def test_parsing_stops_quietly_at_what_follows_the_rows():
    rows = parse_values("(1, 'a'), (2, 'b') ON DUPLICATE KEY UPDATE name = VALUES(name)", 0)
    assert rows == [(1, "a"), (2, "b")]
    assert parse_values("(1, (SELECT 2))", 0) == []  # an expression, not a literal row


def test_iter_insert_rows_names_tables_and_columns(tmp_path):
    path = tmp_path / "dump.sql"
    path.write_text(
        "CREATE TABLE `sys_user` (id int, mobile varchar(11));\n"
        "INSERT INTO `sys_user` (`id`, `mobile`) VALUES (1, '13800138000'), (2, NULL);\n"
        "INSERT IGNORE INTO shop.`order` VALUES (7, 'x');\n"
        "REPLACE INTO t2 SELECT * FROM t;\n",
        encoding="utf-8",
    )
    got = list(iter_insert_rows([path], dialect="mysql"))
    assert got == [
        InsertRows("sys_user", ("id", "mobile"), [(1, "13800138000"), (2, None)]),
        InsertRows("shop.order", None, [(7, "x")]),
    ]
    table, columns, rows = got[0]  # plain tuples for callers that unpack
    assert (table, columns, len(rows)) == ("sys_user", ("id", "mobile"), 2)


def test_rows_are_capped_per_table_across_statements(tmp_path):
    path = tmp_path / "big.sql"
    values = ", ".join(f"({i}, 'v{i}')" for i in range(30))
    path.write_text(
        "".join(f"INSERT INTO t VALUES {values};\n" for _ in range(5)) + "INSERT INTO u VALUES (1, 'a');"
    )
    got = list(iter_insert_rows([path], max_rows=45))
    assert [(b.table, len(b.rows)) for b in got] == [("t", 30), ("t", 15), ("u", 1)]
    assert got[1].rows[-1] == (14, "v14")


def test_copy_from_stdin_blocks(tmp_path):
    path = tmp_path / "pg_dump.sql"
    path.write_text(
        "SELECT pg_catalog.set_config('search_path', '', false);\n"
        "COPY public.customer (customer_id, email, note) FROM stdin;\n"
        "1\tmary@example.com\t\\N\n"
        "2\tpat@example.com\tline\\nbreak\n"
        "\\.\n",
        encoding="utf-8",
    )
    got = list(iter_insert_rows([path]))
    assert got == [
        InsertRows(
            "public.customer",
            ("customer_id", "email", "note"),
            [("1", "mary@example.com", None), ("2", "pat@example.com", "line\nbreak")],
        )
    ]


def test_unreadable_sources_yield_nothing(tmp_path):
    assert list(iter_insert_rows([tmp_path / "missing.sql"])) == []
