"""The command line end to end: exit codes, formats, determinism, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import REPO

MIGRATIONS = str(REPO / "examples" / "migrations")
REPORT_SCHEMA = json.loads((REPO / "reports" / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
FINDING_HEAD = re.compile(
    r"^(?P<file>[^\s]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>info|low|medium|high|critical) (?P<rule>[a-z0-9_.]+)$"  # noqa: E501
)


@pytest.fixture(autouse=True)
def _no_config_from_parents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Run from an empty folder so no privaudit.yaml of the repo or examples applies.
    monkeypatch.chdir(tmp_path)


def test_version_and_help(cli) -> None:
    code, out, _ = cli("--version")
    assert code == 0 and re.match(r"privaudit \d+\.\d+\.\d+", out)
    for command in (
        ["scan"],
        ["classify"],
        ["rules"],
        ["rules", "list"],
        ["rules", "show"],
        ["rules", "validate"],
        ["rules", "test"],
        ["demo"],
    ):
        code, out, _ = cli(*command, "--help")
        assert code == 0 and "Usage:" in out, command


def test_scan_text_is_compiler_style_and_fails_on_findings(cli) -> None:
    code, out, err = cli("scan", MIGRATIONS)
    assert code == 1, err
    heads = [FINDING_HEAD.match(line) for line in out.splitlines() if FINDING_HEAD.match(line)]
    assert heads, out
    rules = {m["rule"] for m in heads}
    assert {
        "pipl.sensitive.plaintext",
        "pipl.gov_id.full_plaintext",
        "gdpr.special_category.plaintext",
    } <= rules
    # the ID column was added by V2 and the diagnosis created by V10: findings point there
    assert any(m["file"].endswith("V2__kyc.sql") and m["rule"] == "pipl.gov_id.full_plaintext" for m in heads)
    assert any(m["file"].endswith("V10__health.sql") for m in heads)
    assert "= PIPL Art. 28, Art. 51(3)" in out
    assert "= help: " in out
    assert re.search(r"^\d+ findings \(.*\) — 3 tables, 17 columns", out, re.M)


def test_fail_on_threshold(cli) -> None:
    assert cli("scan", MIGRATIONS, "--fail-on", "never")[0] == 0
    assert cli("scan", MIGRATIONS, "--fail-on", "critical")[0] == 0  # nothing critical in the examples
    assert cli("scan", MIGRATIONS, "--fail-on", "high")[0] == 1


def test_law_and_disable_select_rules(cli) -> None:
    _, out, _ = cli("scan", MIGRATIONS, "--law", "gdpr")
    assert "gdpr." in out and "pipl." not in out
    _, out, _ = cli("scan", MIGRATIONS, "--law", "pipl", "--disable", "pipl.sensitive.plaintext")
    assert "pipl.sensitive.plaintext" not in out and "pipl.gov_id.full_plaintext" in out


def test_json_report_matches_its_schema_and_is_byte_identical(cli, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert cli("scan", MIGRATIONS, "--format", "json", "-o", str(first))[0] == 1
    assert cli("scan", MIGRATIONS, "--format", "json", "-o", str(second))[0] == 1
    assert first.read_bytes() == second.read_bytes()
    report = json.loads(first.read_text(encoding="utf-8"))
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["summary"]["findings"] == len(report["findings"]) > 0
    assert sum(report["summary"]["by_severity"].values()) == len(report["findings"])
    finding = next(f for f in report["findings"] if f["rule"] == "pipl.gov_id.full_plaintext")
    assert finding["target"] == {"table": "member", "column": "id_card"}
    assert finding["location"]["file"].endswith("V2__kyc.sql")
    assert {"law": "PIPL", "article": "6"}.items() <= finding["references"][0].items()
    assert re.fullmatch(r"[0-9a-f]{20}", finding["fingerprint"])


def test_fingerprints_survive_unrelated_edits(cli, tmp_path: Path) -> None:
    ddl = "CREATE TABLE patient (id INT, diagnosis TEXT, created_at TIMESTAMP);\n"
    (tmp_path / "a.sql").write_text(ddl, encoding="utf-8")
    (tmp_path / "b.sql").write_text("-- moved down\n\n\n" + ddl, encoding="utf-8")
    prints = []
    for name in ("a.sql", "b.sql"):
        _, out, _ = cli("scan", str(tmp_path / name), "--format", "json")
        report = json.loads(out)
        prints.append({(f["rule"], f["fingerprint"]) for f in report["findings"]})
        lines = {f["location"]["line"] for f in report["findings"]}
        assert lines == ({1} if name == "a.sql" else {4})
    assert prints[0] == prints[1]


def test_chinese_report(cli) -> None:
    _, out, _ = cli("scan", MIGRATIONS, "--lang", "zh", "--law", "pipl")
    assert "以明文存储完整证件号码（身份证号码）" in out  # category keys become the taxonomy's Chinese names
    assert "user.government_id" not in out
    assert "建议: " in out


def test_one_bad_statement_and_one_bad_file_lose_only_themselves(cli, tmp_path: Path) -> None:
    good = tmp_path / "good.sql"
    good.write_text(
        "CREATE TABLE patient (id INT, diagnosis TEXT, created_at TIMESTAMP);\n"
        "CREATE TABLE broken (id INT NOT NULL DEFAULT ((, x INT);\n"
        "CREATE TABLE member (id INT, id_card CHAR(18), created_at TIMESTAMP);\n",
        encoding="utf-8",
    )
    binary = tmp_path / "blob.sql"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    code, out, err = cli("scan", str(good), str(binary), "--law", "pipl")
    assert code == 2  # the report is whole for what could be read, and the gate still fails
    assert "patient.diagnosis" in out and "member.id_card" in out
    assert re.search(rf"{re.escape(str(good))}:2(:\d+)?: error: ", out)
    assert re.search(rf"{re.escape(str(binary))}(:\d+)*: error: ", out)
    assert "Traceback" not in out + err


def test_input_errors_exit_2_after_the_full_report(cli, tmp_path: Path) -> None:
    good = tmp_path / "good.sql"
    good.write_text("CREATE TABLE member (id INT, email VARCHAR(64));\n", encoding="utf-8")
    code, out, _ = cli("classify", str(good))
    assert code == 0 and "member" in out
    (tmp_path / "bad.sql").write_text("CREATE TABLE x (id INT DEFAULT ((;\n", encoding="utf-8")
    code, out, _ = cli("classify", str(good), str(tmp_path / "bad.sql"))
    assert code == 2 and "email" in out
    warned = tmp_path / "warned.sql"  # a warning (a COMMENT on a missing column) is no input error
    warned.write_text("CREATE TABLE t (id INT);\nCOMMENT ON COLUMN t.nope IS 'x';\n", encoding="utf-8")
    code, out, _ = cli("scan", str(warned), "--law", "pipl")
    assert code == 0 and "warning" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["scan", "missing.sql"], "missing.sql"),
        (["scan"], "give at least one source"),
        (["scan", "x.sql", "--law", "hipaa"], "unknown law hipaa"),
        (["scan", "x.sql", "--disable", "no.such.rule"], "unknown rule id 'no.such.rule'"),
        (["scan", "x.sql", "--fail-on", "urgent"], "Invalid value for '--fail-on'"),
        (["scan", "x.sql", "--config", "nope.yaml"], "nope.yaml: configuration file not found"),
        (["rules", "show", "no.such.rule"], "no rule 'no.such.rule'"),
    ],
)
def test_usage_errors_exit_2_in_one_line(cli, tmp_path: Path, args: list[str], words: str) -> None:
    (tmp_path / "x.sql").write_text("CREATE TABLE t (id INT);", encoding="utf-8")
    code, out, err = cli(*args)
    assert code == 2, (out, err)
    assert words in err
    assert "Traceback" not in err
    assert len([line for line in err.splitlines() if line.startswith(("privaudit: error", "Error"))]) == 1


@pytest.mark.parametrize(
    ("content", "where", "words"),
    [
        ("lawz: [pipl]\n", "privaudit.yaml:1:1", "unknown key 'lawz'"),
        ("laws: [pipl]\nfail_on: sometimes\n", "privaudit.yaml:2:10", "is not one of"),
        ("laws: pipl\n", "privaudit.yaml:1:7", "expected array"),
        ("laws: [pipl\n", "privaudit.yaml:2:1", "invalid YAML"),
    ],
)
def test_bad_config_is_located(cli, tmp_path: Path, content: str, where: str, words: str) -> None:
    (tmp_path / "privaudit.yaml").write_text(content, encoding="utf-8")
    (tmp_path / "x.sql").write_text("CREATE TABLE t (id INT);", encoding="utf-8")
    code, _, err = cli("scan", "x.sql")
    assert code == 2
    assert where in err and words in err, err


def test_config_file_and_flags_merge_with_origins(cli, tmp_path: Path) -> None:
    (tmp_path / "privaudit.yaml").write_text("laws: [gdpr]\nfail_on: high\n", encoding="utf-8")
    code, out, _ = cli("scan", "--show-config", "--fail-on", "critical")
    assert code == 0
    assert re.search(r'^laws\s+\["gdpr"\]\s+# .*privaudit.yaml:1:7$', out, re.M)
    assert re.search(r'^fail_on\s+"critical"\s+# --fail-on$', out, re.M)
    assert re.search(r'^lang\s+"en"\s+# default$', out, re.M)


def test_config_found_in_a_parent_folder(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "privaudit.yaml").write_text("laws: [ccpa]\n", encoding="utf-8")
    sub = tmp_path / "db"
    sub.mkdir()
    (sub / "s.sql").write_text(
        "CREATE TABLE driver (id INT, drivers_license_number VARCHAR(20));", encoding="utf-8"
    )
    monkeypatch.chdir(sub)
    _, out, _ = cli("scan", "s.sql")
    assert "ccpa.gov_id.plaintext" in out and "pipl." not in out


def test_classify_inventory_lists_every_column(cli, tmp_path: Path) -> None:
    code, out, _ = cli("classify", MIGRATIONS, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert len(doc["columns"]) == doc["summary"]["columns"] == 17
    by_name = {(c["table"], c["column"]): c for c in doc["columns"]}
    id_card = by_name[("member", "id_card")]
    assert id_card["categories"] == ["user.government_id.national_identification_number"]
    assert id_card["sensitive_under"] == ["ccpa"]  # a bare ID number is not Art. 28 sensitive under PIPL
    assert id_card["reason"] and 0 < id_card["confidence"] <= 1
    assert by_name[("prescription", "diagnosis")]["sensitive_under"] == ["ccpa", "gdpr", "pipl"]
    assert by_name[("member_address", "member_id")]["categories"] == []
    for entry in doc["columns"]:
        assert {"table", "column", "categories", "confidence", "sensitive_under", "reason"} <= set(entry)


def test_classify_a_sample_file_on_its_own(cli, tmp_path: Path) -> None:
    sample = tmp_path / "customers.csv"
    sample.write_text(
        "nickname,contact,memo\n"
        "amy,amy.chen@example.com,call after 6\n"
        "bo,li.bo@example.org,vip\n"
        "chen,chen.w@example.net,\n"
        "dan,dan.k@example.com,\n"
        "eve,eve.l@example.com,no calls\n"
        "fay,fay.m@example.org,\n"
        "gus,gus.n@example.net,vip\n"
        "hal,hal.o@example.com,\n",
        encoding="utf-8",
    )
    code, out, _ = cli("classify", str(sample), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    contact = next(c for c in doc["columns"] if c["column"] == "contact")
    assert contact["table"] == "customers"
    assert contact["categories"] == ["user.contact.email"]
    assert contact["examples"] and all("***@example." in e for e in contact["examples"])  # masked
    assert "amy.chen@example.com" not in out
