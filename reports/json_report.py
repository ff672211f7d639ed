"""The stable machine format. Documented by reports/schemas/report.schema.json.

Deterministic: keys sorted, findings in a fixed order, no timestamps, so the
same input gives byte-identical output.
"""

from __future__ import annotations

import json
from typing import Any

from engine.model import Diagnostic, Finding, Location
from engine.results import AuditResult

FORMAT_VERSION = 1


def _location(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {"file": loc.file, "line": loc.line, "column": loc.column}


def finding_to_dict(f: Finding, lang: str) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": f.severity.label,
        "laws": list(f.laws),
        "title": f.title[lang],
        "message": f.message[lang],
        "remediation": f.remediation[lang],
        "location": _location(f.location),
        "target": {"table": f.target.table, "column": f.target.column},
        "references": [
            {k: v for k, v in (("law", r.law), ("article", r.article), ("quote", r.quote)) if v is not None}
            for r in f.references
        ],
        "evidence": list(f.evidence),
        "fingerprint": f.fingerprint,
    }


def diagnostic_to_dict(d: Diagnostic) -> dict[str, Any]:
    return {"level": d.level, "message": d.message, "location": _location(d.location)}


def to_dict(result: AuditResult, lang: str = "en") -> dict[str, Any]:
    tables = result.catalog.tables
    return {
        "format_version": FORMAT_VERSION,
        "tool": {"name": "privaudit", "version": result.version},
        "lang": lang,
        "sources": list(result.sources),
        "laws": list(result.laws),
        "fail_on": result.fail_on.label if result.fail_on is not None else "never",
        "summary": {
            "findings": len(result.findings),
            "failing": len(result.failing),
            "by_severity": result.counts(),
            "tables": len(tables),
            "columns": sum(len(t.columns) for t in tables),
            "personal_columns": result.personal_columns,
            "diagnostics": len(result.diagnostics),
        },
        "findings": [finding_to_dict(f, lang) for f in result.findings],
        "diagnostics": [diagnostic_to_dict(d) for d in result.diagnostics],
    }


def render(result: AuditResult, lang: str = "en") -> str:
    return json.dumps(to_dict(result, lang), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
