"""Run rules' own test cases: build the case's catalog, classify, evaluate one rule.

The engine does not read DDL itself (that is a connector's job), so the caller
passes `build`, which turns a case into a classified Catalog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from engine.evaluate import evaluate
from engine.model import Catalog, Finding
from engine.policy.loader import Rule, RuleCase
from engine.policy.types import Runtime


@dataclass(frozen=True)
class CaseResult:
    rule: Rule
    case: RuleCase
    passed: bool
    found: tuple[tuple[str, str | None], ...]
    problem: str = ""  # why it failed, in one line


def _targets(findings: Iterable[Finding]) -> tuple[tuple[str, str | None], ...]:
    out = []
    for f in findings:
        table = (f.target.table or "").lower().rsplit(".", 1)[-1]
        out.append((table, f.target.column.lower() if f.target.column else None))
    return tuple(sorted(out, key=lambda t: (t[0], t[1] or "")))


def run_case(
    rule: Rule, case: RuleCase, build: Callable[[RuleCase], Catalog], runtime: Runtime
) -> CaseResult:
    catalog = build(case)
    errors = [d for d in catalog.diagnostics if d.level == "error"]
    if errors:
        return CaseResult(rule, case, False, (), f"the case's input does not read: {errors[0]}")
    found = _targets(evaluate([rule], catalog, runtime))
    if isinstance(case.expect, int):
        ok = len(found) == case.expect
        problem = "" if ok else f"expected {case.expect} finding(s), got {len(found)}: {_show(found)}"
    else:
        expected = tuple(sorted(case.expect, key=lambda t: (t[0], t[1] or "")))
        ok = found == expected
        problem = "" if ok else f"expected {_show(expected)}, got {_show(found)}"
    return CaseResult(rule, case, ok, found, problem)


def _show(targets: Iterable[tuple[str, str | None]]) -> str:
    items = [f"{t}.{c}" if c else t for t, c in targets]
    return "[" + ", ".join(items) + "]" if items else "nothing"


def run_rule_tests(
    rules: Iterable[Rule], build: Callable[[RuleCase], Catalog], runtime: Runtime
) -> list[CaseResult]:
    return [run_case(rule, case, build, runtime) for rule in rules for case in rule.cases]
