"""Text decoding of SQL sources: UTF-8 (BOM or not), GBK/GB18030, forced encodings."""

from __future__ import annotations

import codecs

from connectors.ddl import read_ddl
from connectors.textio import read_text

GBK_DDL = (
    "CREATE TABLE `sys_user` (\n"
    "  `phonenumber` varchar(11) COMMENT '手机号码',\n"
    "  `sex` char(1) COMMENT '用户性别（0男 1女）'\n"
    ") COMMENT='用户信息表';\n"
)


def test_utf8_bom_is_stripped(tmp_path):
    path = tmp_path / "bom.sql"
    path.write_bytes(codecs.BOM_UTF8 + "CREATE TABLE t (id int COMMENT '编号');".encode())
    decoded = read_text(path)
    assert decoded.encoding == "utf-8" and decoded.text.startswith("CREATE") and decoded.diagnostics == ()
    catalog = read_ddl([path])
    assert catalog.table("t").column("id").comment == "编号"
    assert catalog.table("t").location.column == 1


def test_gbk_file_with_chinese_comments_is_detected(tmp_path):
    path = tmp_path / "gbk.sql"
    path.write_bytes(GBK_DDL.encode("gbk"))
    catalog = read_ddl([path])
    table = catalog.table("sys_user")
    assert table.comment == "用户信息表"
    assert table.column("phonenumber").comment == "手机号码"
    assert table.column("sex").comment == "用户性别（0男 1女）"
    assert [(d.level, d.message) for d in catalog.diagnostics] == [("warning", "not UTF-8; read as gb18030")]


def test_forced_encoding_wins_over_detection(tmp_path):
    path = tmp_path / "latin.sql"
    path.write_bytes("CREATE TABLE t (c int COMMENT 'café');".encode("latin-1"))
    assert read_ddl([path], encoding="latin-1").table("t").column("c").comment == "café"
    # Forced UTF-8 on a GBK file: a diagnostic with the line, not mojibake, not an exception.
    gbk = tmp_path / "gbk.sql"
    gbk.write_bytes(GBK_DDL.encode("gbk"))
    decoded = read_text(gbk, encoding="utf-8")
    assert decoded.text is None and decoded.diagnostics[0].location.line == 2


def test_unknown_forced_encoding_is_a_diagnostic(tmp_path):
    path = tmp_path / "x.sql"
    path.write_text("CREATE TABLE t (id int);")
    decoded = read_text(path, encoding="no-such-codec")
    assert decoded.text is None and "unknown encoding" in decoded.diagnostics[0].message
