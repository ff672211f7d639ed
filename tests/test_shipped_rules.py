"""Every shipped rule passes its own positive and negative cases, and is well formed."""

from __future__ import annotations

import pytest

from engine.cli.pipeline import build_case_catalog, load_packs, runtime_for
from engine.policy.ruletest import run_case

POLICY = load_packs()
CASES = [(rule, case) for rule in POLICY.rules for case in rule.cases]


@pytest.mark.parametrize(("rule", "case"), CASES, ids=[f"{r.id}::{c.name}" for r, c in CASES])
def test_rule_case(rule, case) -> None:
    result = run_case(rule, case, build_case_catalog, runtime_for(POLICY))
    assert result.passed, f"{case.location}: {result.problem}"


def test_each_law_ships_at_least_five_rules() -> None:
    for law in ("pipl", "gdpr", "ccpa"):
        assert sum(1 for r in POLICY.rules if r.law == law) >= 5, law


def test_every_rule_has_a_firing_and_a_quiet_case_and_cites_its_law() -> None:
    for rule in POLICY.rules:
        assert any(c.expected_count > 0 for c in rule.cases), rule.id
        assert any(c.expected_count == 0 for c in rule.cases), rule.id
        short = POLICY.laws[rule.law].short_name
        assert any(ref.law == short for ref in rule.references), f"{rule.id} cites no {short} article"
