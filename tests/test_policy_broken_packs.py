"""Broken packs fail closed: exit 2 and one line naming file:line:column."""

from __future__ import annotations

from pathlib import Path

import pytest

GOOD = """\
law: {id: acme, name: Acme internal policy, short_name: ACME, jurisdiction: XX}
rules:
  - id: acme.test.rule
    target: column
    severity: high
    when: column.name == "secret_code"
    title: {en: Secret code stored, zh: 存储了秘密代码}
    message: {en: "{table.name}.{column.name} stores a code", zh: "{table.name}.{column.name} 存储了代码"}
    remediation: {en: Drop it., zh: 删除它。}
    references: [{law: ACME, article: "1"}]
    tests:
      - {ddl: "CREATE TABLE t (secret_code INT);", expect: 1}
      - {ddl: "CREATE TABLE t (other INT);", expect: 0}
"""


def _position(text: str, marker: str, nth: int = 0) -> tuple[int, int]:
    index = -1
    for _ in range(nth + 1):
        index = text.index(marker, index + 1)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


# (name, text, marker whose position the error must name, words the message must contain[, columns after it])
CASES = [
    (
        "bad_yaml",
        GOOD.replace("    target: column\n", "    target: column\n   severity: [\n"),
        "severity: [",
        "invalid YAML",
    ),
    (
        "unknown_key",
        GOOD.replace("    severity: high", "    severity: high\n    sevrity: high"),
        "sevrity",
        "unknown key 'sevrity'",
    ),
    ("bad_severity", GOOD.replace("severity: high", "severity: urgent"), "urgent", "is not one of"),
    ("bad_target", GOOD.replace("target: column", "target: row"), "row", "is not one of"),
    (
        "bad_expression",
        GOOD.replace('column.name == "secret_code"', 'column.name == "secret_code" and'),
        "and\n",
        "ends too early",
        3,
    ),
    (
        "unknown_attribute",
        GOOD.replace('column.name == "secret_code"', 'column.nme == "secret_code"'),
        "nme",
        "unknown attribute 'nme'",
    ),
    (
        "unknown_name",
        GOOD.replace('column.name == "secret_code"', 'colum.name == "secret_code"'),
        "colum.",
        "unknown name 'colum'",
    ),
    (
        "type_error",
        GOOD.replace('column.name == "secret_code"', "column.name > 3"),
        ">",
        "cannot compare str with num",
    ),
    (
        "bool_needed",
        GOOD.replace('column.name == "secret_code"', "column.name and true"),
        "column.name and",
        "needs true/false",
    ),
    (
        "bad_regex",
        GOOD.replace('column.name == "secret_code"', 'column.name matches "(secret"'),
        "(secret",
        "bad regular expression",
    ),
    (
        "unknown_function",
        GOOD.replace('column.name == "secret_code"', "is_secret(column)"),
        "is_secret",
        "unknown function 'is_secret'",
    ),
    (
        "wrong_arity",
        GOOD.replace('column.name == "secret_code"', "has_category(column)"),
        "has_category",
        "takes 2 argument",
    ),
    (
        "wrong_argument_type",
        GOOD.replace('column.name == "secret_code"', 'has_category(column.name, "user")'),
        'column.name, "user"',
        "argument 1 must be",
    ),
    (
        "unknown_law",
        GOOD.replace('column.name == "secret_code"', 'sensitive_under(column, "hipaa")'),
        '"hipaa"',
        "unknown law 'hipaa'",
    ),
    (
        "unknown_category",
        GOOD.replace('column.name == "secret_code"', 'has_category(column, "user.shoe_size")'),
        '"user.shoe_size"',
        "unknown data category",
    ),
    (
        "bad_placeholder",
        GOOD.replace("{table.name}.{column.name} stores", "{table.name}.{column.nam} stores"),
        "column.nam}",
        "unknown attribute 'nam'",
    ),
    (
        "unbalanced_brace",
        GOOD.replace("{table.name}.{column.name} stores", "{table.name}.{column.name stores"),
        '"{table.name}.{column.name stores',
        "unbalanced",
    ),
    ("missing_negative_case", GOOD.replace("expect: 0}", "expect: 1}"), "tests:", "must not"),
    ("bad_rule_id", GOOD.replace("id: acme.test.rule", "id: Acme Rule"), "Acme Rule", "dotted lower-case id"),
    ("missing_zh", GOOD.replace(", zh: 删除它。}", "}"), "{en: Drop it.", "'zh' is required"),
    (
        "missing_reference",
        GOOD.replace('    references: [{law: ACME, article: "1"}]\n', ""),
        "id: acme.test",
        "'references' is required",
    ),
    (
        "expect_typo",
        GOOD.replace("expect: 0}", "expect: [{tabel: t}]}"),
        "{tabel: t}",
        "'table' is required",  # the alternative's own error, not "not valid under any of the given schemas"
    ),
    (
        "too_deep",
        GOOD.replace('column.name == "secret_code"', "(" * 60 + "true" + ")" * 60),
        "(" * 49,
        "nested too deeply",
        48,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "marker", "words", "shift"), [(*c, 0)[:5] for c in CASES], ids=[c[0] for c in CASES]
)
def test_broken_pack_exits_2_with_location(
    cli, tmp_path: Path, name: str, text: str, marker: str, words: str, shift: int
) -> None:
    assert text != GOOD, "the case must actually break the pack"
    pack = tmp_path / f"{name}.yaml"
    pack.write_text(text, encoding="utf-8")
    code, out, err = cli("rules", "validate", str(pack))
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line, column = _position(text, marker)
    column += shift
    assert lines[0].startswith(f"privaudit: error: {pack}:{line}:{column}: "), (lines[0], (line, column))
    assert words in lines[0]
    assert "Traceback" not in err


def test_good_pack_validates_and_its_cases_pass(cli, tmp_path: Path) -> None:
    pack = tmp_path / "acme.yaml"
    pack.write_text(GOOD, encoding="utf-8")
    code, out, err = cli("rules", "validate", str(pack))
    assert code == 0, err
    assert "ok: 1 rule(s)" in out
    assert "ok: 1 rule(s)" in out
    code, out, err = cli("rules", "test", str(pack))
    assert code == 0, out + err
    assert "2 passed, 0 failed" in out


def test_duplicate_rule_id_across_files(cli, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    second = GOOD.replace(
        "law: {id: acme, name: Acme internal policy", "law: {id: acme, name: Acme internal policy"
    )
    (tmp_path / "b.yaml").write_text(second, encoding="utf-8")
    code, _, err = cli("rules", "validate", str(tmp_path))
    assert code == 2
    line, column = _position(second, "acme.test.rule")
    assert f"b.yaml:{line}:{column}: duplicate rule id 'acme.test.rule' (first defined at" in err
    assert "a.yaml:3:5" in err


def test_duplicate_id_with_a_shipped_rule(cli, tmp_path: Path) -> None:
    text = GOOD.replace("id: acme.test.rule", "id: pipl.sensitive.plaintext")
    (tmp_path / "dup.yaml").write_text(text, encoding="utf-8")
    code, _, err = cli("rules", "validate", str(tmp_path / "dup.yaml"))
    assert code == 2
    assert "duplicate rule id 'pipl.sensitive.plaintext'" in err
    assert "policies/pipl/pipl.yaml" in err


def test_failing_rule_case_is_reported_like_a_test_runner(cli, tmp_path: Path) -> None:
    text = GOOD.replace("expect: 1}", "expect: [{table: t, column: other}]}")
    pack = tmp_path / "wrong.yaml"
    pack.write_text(text, encoding="utf-8")
    code, out, _ = cli("rules", "test", str(pack))
    assert code == 1
    assert "FAIL acme.test.rule" in out
    assert "expected [t.other], got [t.secret_code]" in out
    assert "1 passed, 1 failed" in out


def test_missing_pack_path(cli, tmp_path: Path) -> None:
    code, _, err = cli("rules", "validate", str(tmp_path / "nope.yaml"))
    assert code == 2
    assert "policy pack not found" in err


def test_empty_pack_file(cli, tmp_path: Path) -> None:
    pack = tmp_path / "empty.yaml"
    pack.write_text("", encoding="utf-8")
    code, _, err = cli("rules", "validate", str(pack))
    assert code == 2
    assert f"{pack}:1:1: empty pack file" in err


def test_article_may_be_a_plain_number(cli, tmp_path: Path) -> None:
    pack = tmp_path / "numbered.yaml"
    pack.write_text(GOOD.replace('article: "1"', "article: 1"), encoding="utf-8")
    code, out, err = cli("rules", "validate", str(pack))
    assert code == 0, err
    assert "ok: 1 rule(s)" in out
