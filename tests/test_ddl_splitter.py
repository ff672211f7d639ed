"""The hand-written statement splitter: quoting, comments, client commands, positions."""

from __future__ import annotations

from connectors.ddl.splitter import Statement, split_statements


def texts(sql: str, dialect: str | None = None) -> list[str]:
    return [s.text for s in split_statements(sql, dialect)]


def test_semicolons_inside_quotes_and_comments_do_not_split():
    sql = (
        "CREATE TABLE a (x text DEFAULT 'a;b');\n"
        '-- a comment; with a semicolon\nCREATE TABLE "we;ird" (y int);\n'
        "/* block; comment */ CREATE TABLE `c;d` (z int);"
    )
    assert texts(sql, "mysql") == [
        "CREATE TABLE a (x text DEFAULT 'a;b')",
        'CREATE TABLE "we;ird" (y int)',
        "CREATE TABLE `c;d` (z int)",
    ]


def test_mysql_backslash_escapes_and_hash_comments():
    sql = "INSERT INTO t VALUES ('it\\'s; fine', \"q\\\";\");\n# hash comment; here\nSELECT 1;"
    assert texts(sql, "mysql") == ["INSERT INTO t VALUES ('it\\'s; fine', \"q\\\";\")", "SELECT 1"]


def test_postgres_strings_are_standard_and_e_strings_escape():
    sql = "SELECT 'C:\\'; SELECT E'it\\'s;'; SELECT 'a''b;c';"
    assert texts(sql, "postgres") == ["SELECT 'C:\\'", "SELECT E'it\\'s;'", "SELECT 'a''b;c'"]


def test_hash_is_not_a_comment_in_postgres():
    assert texts("SELECT 1 # 2; SELECT 3;", "postgres") == ["SELECT 1 # 2", "SELECT 3"]


def test_dollar_quoted_bodies_keep_their_semicolons():
    sql = (
        "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;\n"
        "CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $x$ $body$ LANGUAGE sql;\n"
        "CREATE TABLE t (id int);"
    )
    got = texts(sql, "postgres")
    assert len(got) == 3
    assert got[0].endswith("LANGUAGE plpgsql")
    assert "$x$" in got[1]
    assert got[2] == "CREATE TABLE t (id int)"


def test_mysql_delimiter_switch():
    sql = (
        "CREATE TABLE a (id int);\n"
        "DELIMITER //\n"
        "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END //\n"
        "DELIMITER ;\n"
        "CREATE TABLE b (id int);\n"
    )
    got = texts(sql, "mysql")
    assert got == [
        "CREATE TABLE a (id int)",
        "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END",
        "CREATE TABLE b (id int)",
    ]


def test_psql_meta_commands_are_skipped_even_inside_a_statement():
    sql = (
        "\\c chinook;\n\\set ON_ERROR_STOP on\n"
        "CREATE TABLE t (\n\\echo hi\n  id int\n);\n"
        "\\copy t FROM 'x.csv' CSV\n"
    )
    got = list(split_statements(sql, "postgres"))
    assert [s.text for s in got] == ["CREATE TABLE t (\n  id int\n)"]
    assert (got[0].line, got[0].column) == (3, 1)


def test_copy_from_stdin_block_is_attached_not_split():
    sql = "COPY t (a, b) FROM stdin;\n1\tx;y\n2\t\\N\n\\.\nCREATE TABLE u (id int);\n"
    got = list(split_statements(sql, "postgres"))
    assert [s.text for s in got] == ["COPY t (a, b) FROM stdin", "CREATE TABLE u (id int)"]
    assert got[0].data == "1\tx;y\n2\t\\N\n"
    assert got[0].data_line == 2
    assert got[1].line == 5


def test_positions_are_one_based_and_skip_leading_comments():
    sql = "-- header\n\n  CREATE TABLE a (id int);  CREATE TABLE b (id int);\n/* x */\nDROP TABLE a"
    got = list(split_statements(sql))
    assert [(s.line, s.column) for s in got] == [(3, 3), (3, 29), (5, 1)]
    assert got[2] == Statement("DROP TABLE a", 5, 1)


def test_unterminated_string_swallows_the_rest_without_raising():
    got = texts("CREATE TABLE a (id int); SELECT 'oops; SELECT 2;", "mysql")
    assert got == ["CREATE TABLE a (id int)", "SELECT 'oops; SELECT 2;"]


def test_crlf_line_endings():
    got = list(split_statements("CREATE TABLE a (id int);\r\n\r\nCREATE TABLE b (id int);\r\n"))
    assert [(s.text, s.line) for s in got] == [("CREATE TABLE a (id int)", 1), ("CREATE TABLE b (id int)", 3)]


def test_sqlplus_commands_are_not_sql():
    sql = (
        "rem\nREM Copyright (c) Example\nSET FEEDBACK 1\nset echo off\nPROMPT Creating table t ...\n\n"
        "CREATE TABLE t (id NUMBER);\n"
        "Prompt done\n/\n@?/rdbms/admin/utlxplan\nspool off\n"
        "SET NAMES utf8;\nCOMMENT ON TABLE t IS 'x';\n"
    )
    assert texts(sql) == ["CREATE TABLE t (id NUMBER)", "SET NAMES utf8", "COMMENT ON TABLE t IS 'x'"]
