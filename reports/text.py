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
    "en": {"help": "help", "evidence": "evidence", "none": "no findings"},
    "zh": {"help": "建议", "evidence": "证据", "none": "未发现问题"},
}
SEVERITY_ZH = {"critical": "严重", "high": "高危", "medium": "中危", "low": "低危", "info": "提示"}
# (singular, plural) per language; Chinese counts with a measure word instead.
NOUNS = {
    "en": {
        "finding": ("finding", "findings"),
        "table": ("table", "tables"),
        "column": ("column", "columns"),
        "personal": ("personal", "personal"),
        "problem": ("input problem", "input problems"),
    },
    "zh": {
        "finding": ("个问题", "个问题"),
        "table": ("张表", "张表"),
        "column": ("个字段", "个字段"),
        "personal": ("个含个人信息", "个含个人信息"),
        "problem": ("处输入无法读取", "处输入无法读取"),
    },
}


def count(n: int, noun: str, lang: str) -> str:
    singular, plural = NOUNS[lang][noun]
    sep = " " if lang == "en" else ""
    return f"{n}{sep}{singular if n == 1 else plural}"


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
    counts = ", ".join(
        f"{n} {label}" if lang == "en" else f"{SEVERITY_ZH[label]} {n}"
        for label, n in result.counts().items()
        if n
    )
    tables = len(result.catalog.tables)
    columns = sum(len(t.columns) for t in result.catalog.tables)
    laws = ", ".join(result.law_names.get(law, law) for law in result.laws)
    scope = (
        f"{count(tables, 'table', lang)}, {count(columns, 'column', lang)}, "
        f"{count(result.personal_columns, 'personal', lang)}; {laws}"
    )
    if result.findings:
        out.append(f"{count(len(result.findings), 'finding', lang)} ({counts}) — {scope}")
    else:
        out.append(f"{words['none']} — {scope}")
    if result.diagnostics:
        out.append(count(len(result.diagnostics), "problem", lang))
    return "\n".join(out) + "\n"
