"""Each output format against a golden file, from a hand-built result (no classifier involved).

Regenerate after an intended format change with:
    PRIVAUDIT_UPDATE_GOLDEN=1 python -m pytest tests/test_reports_golden.py
and review the diff like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from engine.model import (
    Catalog,
    Classification,
    Column,
    Diagnostic,
    Finding,
    Location,
    Reference,
    Severity,
    Table,
    Target,
)
from engine.results import AuditResult
from reports import json_report, text
from tests.conftest import REPO

GOLDEN = REPO / "tests" / "data" / "golden"


def _result() -> AuditResult:
    patient = Table(
        "patient",
        (
            Column("id", "INT", primary_key=True),
            Column(
                "diagnosis", "TEXT", classification=Classification(("user.health_and_medical",), 0.8, "name")
            ),
        ),
        location=Location("db/V3__patient.sql", 4, 1),
    )
    finding = Finding(
        rule="pipl.sensitive.plaintext",
        severity=Severity.HIGH,
        title={"en": "Sensitive personal information stored in clear", "zh": "敏感个人信息以明文存储"},
        message={
            "en": "patient.diagnosis holds user.health_and_medical, sensitive under PIPL",
            "zh": "patient.diagnosis 存储了敏感个人信息（医疗健康信息）",
        },
        remediation={"en": "Encrypt the column.", "zh": "对该字段加密。"},
        references=(
            Reference("PIPL", "28", quote="敏感个人信息"),
            Reference("PIPL", "51(3)"),
            Reference("GB/T 35273-2020", "6.3(a)"),
        ),
        target=Target("patient", "diagnosis"),
        location=Location("db/V3__patient.sql", 6, 3),
        fingerprint="0123456789abcdef0123",
        evidence=("name 'diagnosis' = diagnosis", "examples: 高***, 糖***"),
        laws=("pipl",),
    )
    retention = Finding(
        rule="gdpr.retention.no_time_anchor",
        severity=Severity.MEDIUM,
        title={"en": "No retention anchor", "zh": "缺少保存期限字段"},
        message={"en": "patient has no time column", "zh": "patient 没有时间字段"},
        remediation={"en": "Add created_at.", "zh": "增加 created_at。"},
        references=(Reference("GDPR", "5(1)(e)"), Reference("CCPA", "1798.100(a)(3)")),
        target=Target("patient"),
        location=Location("db/V3__patient.sql", 4, 1),
        fingerprint="fedcba9876543210fedc",
        laws=("gdpr",),
    )
    diagnostic = Diagnostic(
        Location("db/V4__broken.sql", 2, 1), "statement not understood, schema change lost"
    )
    return AuditResult(
        catalog=Catalog(tables=(patient,), diagnostics=(diagnostic,), sources=("db",)),
        findings=(retention, finding),
        diagnostics=(diagnostic,),
        laws=("pipl", "gdpr"),
        law_names={"pipl": "PIPL", "gdpr": "GDPR"},
        sources=("db",),
        fail_on=Severity.HIGH,
        version="0.0.0-test",
    )


def _check(name: str, produced: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PRIVAUDIT_UPDATE_GOLDEN") == "1":
        path.write_text(produced, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert produced == expected, f"{name} differs from its golden file (see the module docstring to update)"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_text_report_matches_golden(lang: str) -> None:
    _check(f"report.{lang}.txt", text.render(_result(), lang))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_json_report_matches_golden_and_schema(lang: str) -> None:
    produced = json_report.render(_result(), lang)
    _check(f"report.{lang}.json", produced)
    schema = json.loads((REPO / "reports" / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(produced), schema)
    assert json.loads(produced)["summary"]["failing"] == 1  # only the high finding is at or above fail_on


def test_golden_files_exist() -> None:
    assert {p.name for p in Path(GOLDEN).iterdir()} >= {
        "report.en.txt",
        "report.zh.txt",
        "report.en.json",
        "report.zh.json",
    }
