"""Compiler-style text for terminals and CI logs.

db/V7__add_patient.sql:12:3: high pipl.sensitive.plaintext
  patient.diagnosis holds user.health_and_medical, sensitive under PIPL, ...
  = PIPL Art. 28, Art. 51(3)
  = help: Encrypt the column or store a token; restrict who can read it.
"""

from __future__ import annotations

from engine.model import Finding, Reference
from engine.results import AuditResult

LABELS = {
    "en": {
        "help": "help",
        "evidence": "evidence",
        "summary": "findings",
        "none": "no findings",
        "diagnostics": "could not be read",
        "tables": "tables",
        "columns": "columns",
        "personal": "personal",
    },
    "zh": {
        "help": "建议",
        "evidence": "证据",
        "summary": "发现问题",
        "none": "未发现问题",
        "diagnostics": "无法读取",
        "tables": "张表",
        "columns": "个字段",
        "personal": "个人信息字段",
    },
}


def format_references(refs: tuple[Reference, ...]) -> str:
    """PIPL Art. 28, Art. 51(3); GB/T 35273-2020 Art. 6.3(a) — one group per law."""
    groups: dict[str, list[str]] = {}
    for ref in refs:
        groups.setdefault(ref.law, []).append(str(ref).removeprefix(ref.law + " "))
    return "; ".join(f"{law} {', '.join(items)}" for law, items in groups.items())


def format_finding(finding: Finding, lang: str) -> str:
    words = LABELS[lang]
    where = str(finding.location) if finding.location else "<dataset>"
    lines = [
        f"{where}: {finding.severity.label} {finding.rule}",
        f"  {finding.message[lang]}",
        f"  = {format_references(finding.references)}",
    ]
    lines.extend(f"  = {words['evidence']}: {item}" for item in finding.evidence)
    lines.append(f"  = {words['help']}: {finding.remediation[lang]}")
    return "\n".join(lines)


def render(result: AuditResult, lang: str = "en") -> str:
    words = LABELS[lang]
    out = [str(d) for d in result.diagnostics]
    if result.diagnostics:
        out.append("")
    for finding in result.findings:
        out.append(format_finding(finding, lang))
        out.append("")
    counts = ", ".join(f"{n} {label}" for label, n in result.counts().items() if n)
    tables = len(result.catalog.tables)
    columns = sum(len(t.columns) for t in result.catalog.tables)
    laws = ", ".join(result.law_names.get(law, law) for law in result.laws)
    scope = (
        f"{tables} {words['tables']}, {columns} {words['columns']}, "
        f"{result.personal_columns} {words['personal']}; {laws}"
    )
    if result.findings:
        out.append(f"{len(result.findings)} {words['summary']} ({counts}) — {scope}")
    else:
        out.append(f"{words['none']} — {scope}")
    if result.diagnostics:
        out.append(f"{len(result.diagnostics)} {words['diagnostics']}")
    return "\n".join(out) + "\n"
