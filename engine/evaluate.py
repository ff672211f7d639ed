"""Run compiled rules over a classified catalog and produce findings.

Findings come out sorted and fingerprinted by rule and logical target (never by
line), so the same input gives the same output and baselines survive edits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from engine.model import Catalog, Finding, Location, Severity, Target
from engine.policy.loader import PolicySet, Rule
from engine.policy.types import ColumnView, DatasetView, Runtime, TableView, dataset_view


def select_rules(
    policy: PolicySet,
    laws: Iterable[str] | None = None,
    disabled: Iterable[str] = (),
    severity_overrides: dict[str, Severity] | None = None,
) -> tuple[Rule, ...]:
    """The rules in scope: of the given laws, not disabled, with severities overridden.

    Unknown law ids or rule ids raise ValueError: a typo must not silently
    disable a check.
    """
    wanted = {law.lower() for law in laws} if laws else None
    if wanted:
        unknown = sorted(wanted - set(policy.laws))
        if unknown:
            raise ValueError(f"unknown law {', '.join(unknown)} (loaded: {', '.join(sorted(policy.laws))})")
    known_ids = {r.id for r in policy.rules}
    overrides = severity_overrides or {}
    for rule_id in [*disabled, *overrides]:
        if rule_id not in known_ids:
            raise ValueError(f"unknown rule id {rule_id!r}")
    off = set(disabled)
    chosen = []
    for rule in policy.rules:
        if rule.id in off or (wanted is not None and rule.law not in wanted):
            continue
        if rule.id in overrides:
            rule = replace(rule, severity=overrides[rule.id])
        chosen.append(rule)
    return tuple(chosen)


def fingerprint(rule_id: str, target: Target) -> str:
    return hashlib.sha256(f"{rule_id}\x00{target.key()}".encode()).hexdigest()[:20]


def _subjects(kind: str, dataset: DatasetView) -> Iterable[tuple[dict[str, Any], Any]]:
    """Each target of a kind with the names its conditions see."""
    if kind == "dataset":
        yield {"dataset": dataset}, None
    elif kind == "table":
        for table in dataset.tables:
            yield {"table": table, "dataset": dataset}, table
    else:
        for table in dataset.tables:
            for column in table.columns:
                yield {"column": column, "table": table, "dataset": dataset}, column


def _where(subject: Any) -> tuple[Target, Location | None]:
    if isinstance(subject, ColumnView):
        table = subject.table.table
        target = Target(table=table.qualified_name, column=subject.column.name)
        return target, subject.column.location or table.location
    if isinstance(subject, TableView):
        return Target(table=subject.table.qualified_name), subject.table.location
    return Target(), None


def _evidence(subject: Any) -> tuple[str, ...]:
    if isinstance(subject, ColumnView):
        col = subject.column
        items = []
        if col.classification.reason:
            items.append(col.classification.reason)
        if col.sample is not None and col.sample.masked_examples:
            # profile_values masks examples when it makes them; raw values never get here.
            items.append("examples: " + ", ".join(col.sample.masked_examples))
        return tuple(items)
    if isinstance(subject, TableView):
        personal = [c.column.name for c in subject.columns if c.column.classification.is_personal]
        return (f"personal columns: {', '.join(personal)}",) if personal else ()
    return ()


def evaluate(
    rules: Sequence[Rule], catalog: Catalog, runtime: Runtime, name: str = "dataset"
) -> list[Finding]:
    dataset = dataset_view(catalog.tables, name)
    findings: list[Finding] = []
    # Shared predicates memoise on the identity of the views, which live as long as `dataset`.
    cache: dict[tuple[Any, ...], Any] = {}
    for kind in ("dataset", "table", "column"):
        of_kind = [rule for rule in rules if rule.target == kind]
        if not of_kind:
            continue
        for env, subject in _subjects(kind, dataset):
            env["$rt"] = runtime
            env["$cache"] = cache
            for rule in of_kind:
                if rule.when.evaluate(env):
                    findings.append(_finding(rule, env, subject, runtime))
    return sort_findings(findings)


def _finding(rule: Rule, env: dict[str, Any], subject: Any, runtime: Runtime) -> Finding:
    target, location = _where(subject)
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        title=rule.title,
        message={
            lang: tpl.render(env, runtime.category_names.get(lang)) for lang, tpl in rule.message.items()
        },
        remediation=rule.remediation,
        references=rule.references,
        target=target,
        location=location,
        fingerprint=fingerprint(rule.id, target),
        evidence=_evidence(subject),
        laws=(rule.law,) if rule.law else (),
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    def key(f: Finding) -> tuple[Any, ...]:
        loc = f.location or Location("")
        return (loc.file, loc.line, loc.column, -int(f.severity), f.rule, f.target.key())

    return sorted(findings, key=key)
