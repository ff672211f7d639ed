"""The personal-data inventory: one entry per column, personal or not.

JSON shape (`privaudit classify --format json`): {"tool", "sources", "summary",
"columns": [{table, column, type, categories, confidence, sensitive_under,
reason, location, examples}]}. Examples are masked; raw values never appear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from engine.model import Catalog
from engine.policy.types import category_matches


def _sensitive_under(categories: Sequence[str], sensitive: Mapping[str, Sequence[str]]) -> list[str]:
    return sorted(
        law
        for law, prefixes in sensitive.items()
        if any(category_matches(c, p) for c in categories for p in prefixes)
    )


def inventory(
    catalog: Catalog, sensitive: Mapping[str, Sequence[str]], sources: Sequence[str], version: str
) -> dict[str, Any]:
    columns: list[dict[str, Any]] = []
    for table in catalog.tables:
        for col in table.columns:
            cls = col.classification
            loc = col.location or table.location
            columns.append(
                {
                    "table": table.qualified_name,
                    "column": col.name,
                    "type": col.type,
                    "comment": col.comment,
                    "categories": list(cls.categories),
                    "personal": cls.is_personal,
                    "confidence": round(cls.confidence, 3),
                    "sensitive_under": _sensitive_under(cls.categories, sensitive),
                    "reason": cls.reason,
                    "location": {"file": loc.file, "line": loc.line, "column": loc.column} if loc else None,
                    "sampled": col.sample.non_null if col.sample else 0,
                    "examples": list(col.sample.masked_examples) if col.sample and cls.is_personal else [],
                }
            )
    personal = [c for c in columns if c["personal"]]
    by_category: dict[str, int] = {}
    for table in catalog.tables:
        for col in table.columns:
            for cat in col.classification.categories:
                by_category[cat] = by_category.get(cat, 0) + 1
    return {
        "format_version": 1,
        "tool": {"name": "privaudit", "version": version},
        "sources": list(sources),
        "summary": {
            "tables": len(catalog.tables),
            "columns": len(columns),
            "personal_columns": len(personal),
            "by_category": dict(sorted(by_category.items())),
            "diagnostics": len(catalog.diagnostics),
        },
        "columns": columns,
        "diagnostics": [
            {"level": d.level, "message": d.message, "location": str(d.location)} for d in catalog.diagnostics
        ],
    }


def render_inventory_text(doc: Mapping[str, Any], show_all: bool = False) -> str:
    lines = [f"{d['location']}: {d['level']}: {d['message']}" for d in doc["diagnostics"]]
    current = None
    for entry in doc["columns"]:
        if not entry["personal"] and not show_all:
            continue
        if entry["table"] != current:
            current = entry["table"]
            lines.append(f"{current}")
        cats = ", ".join(entry["categories"]) or "-"
        sens = f"  [sensitive: {', '.join(entry['sensitive_under'])}]" if entry["sensitive_under"] else ""
        lines.append(f"  {entry['column']:<28} {cats} ({entry['confidence']:.2f}){sens}")
        if entry["reason"]:
            lines.append(f"  {'':<28} {entry['reason']}")
    s = doc["summary"]
    columns, tables = s["columns"], s["tables"]
    lines.append(
        f"{s['personal_columns']} personal of {columns} column{'s' * (columns != 1)} "
        f"in {tables} table{'s' * (tables != 1)}"
        + (f"; {s['diagnostics']} could not be read" if s["diagnostics"] else "")
    )
    return "\n".join(lines) + "\n"
