"""What one audit produced: the input to every reporter."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from engine.model import Catalog, Diagnostic, Finding, Severity


@dataclass(frozen=True)
class AuditResult:
    catalog: Catalog
    findings: tuple[Finding, ...]
    diagnostics: tuple[Diagnostic, ...]
    laws: tuple[str, ...]  # law ids in scope
    law_names: dict[str, str]  # law id -> short name (PIPL)
    sources: tuple[str, ...]  # as given, credentials redacted
    fail_on: Severity | None  # None: never fail on findings
    version: str

    def counts(self) -> dict[str, int]:
        by = Counter(f.severity for f in self.findings)
        return {s.label: by.get(s, 0) for s in sorted(Severity, reverse=True)}

    @property
    def failing(self) -> tuple[Finding, ...]:
        if self.fail_on is None:
            return ()
        return tuple(f for f in self.findings if f.severity >= self.fail_on)

    @property
    def input_errors(self) -> tuple[Diagnostic, ...]:
        """Input that could not be read (a file, a statement, a table): the audit is incomplete."""
        return input_errors(self.diagnostics)

    @property
    def personal_columns(self) -> int:
        return sum(1 for t in self.catalog.tables for c in t.columns if c.classification.is_personal)


def input_errors(diagnostics: tuple[Diagnostic, ...]) -> tuple[Diagnostic, ...]:
    """The diagnostics that mean some input could not be read (warnings are not)."""
    return tuple(d for d in diagnostics if d.level == "error")
