"""Load policy packs: YAML → schema check → typed Rules with compiled conditions.

Loading fails closed: the first problem raises PolicyError with file:line:column.
Packs share named predicates (`define:`) and law metadata; rule ids are unique
across everything loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from engine.errors import PolicyError
from engine.model import Location, Reference, Severity
from engine.policy.lang import (
    RESERVED,
    Condition,
    ConditionError,
    Define,
    compile_condition,
    compile_path,
)
from engine.policy.types import BOOL, COLUMN, DATASET, FUNCTIONS, TABLE, TYPE_NAMES, Type
from engine.yamlsrc import YamlDoc, parse_yaml, validate

TARGET_SCOPES: dict[str, dict[str, Type]] = {
    "column": {"column": COLUMN, "table": TABLE, "dataset": DATASET},
    "table": {"table": TABLE, "dataset": DATASET},
    "dataset": {"dataset": DATASET},
}
LANGS = ("en", "zh")


@dataclass(frozen=True)
class Law:
    id: str
    name: dict[str, str]
    short_name: str
    jurisdiction: str
    version: str | None
    effective: str | None
    url: str | None
    sensitive_categories: tuple[str, ...]
    location: Location


@dataclass(frozen=True)
class Template:
    """A message with {attribute.path} placeholders, checked at load."""

    parts: tuple[str | Condition, ...]

    def render(self, env: dict[str, Any], names: Mapping[str, str] | None = None) -> str:
        """Fill the placeholders; category keys become `names` (e.g. Chinese ones) when given."""
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            value = part.evaluate(env)
            if isinstance(value, list | tuple):
                if names and part.source.endswith("categories"):
                    value = "、".join(names.get(str(v), str(v)) for v in value)
                else:
                    value = ", ".join(str(v) for v in value)
            out.append("" if value is None else str(value))
        return "".join(out)


@dataclass(frozen=True)
class RuleCase:
    """A rule's own test: an input snippet and the findings it must produce."""

    name: str
    ddl: str | None
    dialect: str | None
    samples: Mapping[str, Sequence[Mapping[str, Any]]]
    expect: int | tuple[tuple[str, str | None], ...]
    location: Location

    @property
    def expected_count(self) -> int:
        return self.expect if isinstance(self.expect, int) else len(self.expect)


@dataclass(frozen=True)
class Rule:
    id: str
    law: str
    title: dict[str, str]
    message: dict[str, Template]
    message_source: dict[str, str]
    remediation: dict[str, str]
    severity: Severity
    target: str
    when: Condition
    references: tuple[Reference, ...]
    tags: tuple[str, ...]
    confidence: str
    cases: tuple[RuleCase, ...]
    location: Location
    source_file: str


@dataclass(frozen=True)
class PolicySet:
    laws: dict[str, Law]
    rules: tuple[Rule, ...]
    defines: dict[str, Define] = field(default_factory=dict)
    files: tuple[str, ...] = ()

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def sensitive(self) -> dict[str, tuple[str, ...]]:
        return {law.id: law.sensitive_categories for law in self.laws.values()}


# --- finding the files --------------------------------------------------------


def shipped_pack_files() -> list[tuple[Traversable, str]]:
    """Every pack shipped in the policies package, with a display path."""
    root = resources.files("policies")
    found: list[tuple[Traversable, str]] = []

    def walk(node: Traversable, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir() and not child.name.startswith(("_", ".")):
                walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith((".yaml", ".yml")) and child.name != "taxonomy.yaml" and prefix:
                found.append((child, f"policies/{prefix}{child.name}"))

    walk(root, "")
    return found


def user_pack_files(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            if not files:
                raise PolicyError("no .yaml pack files in this directory", Location(str(raw)))
            found.extend((p, str(p)) for p in files)
        elif path.is_file():
            found.append((path, str(raw)))
        else:
            raise PolicyError("policy pack not found", Location(str(raw)))
    return found


def _read(source: Traversable | Path, display: str) -> YamlDoc:
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"not UTF-8 text (byte {exc.start})", Location(display)) from None
    except OSError as exc:
        raise PolicyError(f"cannot read: {exc.strerror or exc}", Location(display)) from None
    text = text.removeprefix("\ufeff")
    try:
        return parse_yaml(text, display)
    except PolicyError:
        raise
    except Exception as exc:  # parse_yaml raises PrivauditError; re-type it as a policy problem
        location = getattr(exc, "location", None) or Location(display)
        raise PolicyError(getattr(exc, "message", str(exc)), location) from None


# --- loading ------------------------------------------------------------------


def load_policy(
    extra_paths: Sequence[str | Path] = (),
    *,
    include_shipped: bool = True,
    known_categories: set[str] | None = None,
    known_detectors: set[str] | None = None,
) -> PolicySet:
    files: list[tuple[Traversable | Path, str]] = []
    if include_shipped:
        files.extend(shipped_pack_files())
    files.extend(user_pack_files(extra_paths))
    docs = []
    for source, display in files:
        doc = _read(source, display)
        if doc.data is None:
            raise PolicyError("empty pack file", Location(display, 1, 1))
        try:
            validate(doc, "pack.schema.json", "pack")
        except PolicyError:
            raise
        except Exception as exc:
            raise PolicyError(getattr(exc, "message", str(exc)), getattr(exc, "location", None)) from None
        docs.append(doc)
    return _build(docs, known_categories, known_detectors)


def load_policy_docs(
    docs: Sequence[YamlDoc], known_categories: set[str] | None = None
) -> PolicySet:  # used by tests and `rules validate` on in-memory docs
    for doc in docs:
        validate(doc, "pack.schema.json", "pack")
    return _build(docs, known_categories, None)


def _build(
    docs: Sequence[YamlDoc], known_categories: set[str] | None, known_detectors: set[str] | None
) -> PolicySet:
    laws: dict[str, Law] = {}
    for doc in docs:
        law_data = doc.data.get("law")
        if law_data is None:
            continue
        law = _law(doc, law_data, known_categories)
        first = laws.setdefault(law.id, law)
        # Several files may carry rules of one law; they must describe it alike.
        if first is not law and (first.sensitive_categories, first.name) != (
            law.sensitive_categories,
            law.name,
        ):
            raise PolicyError(
                f"law {law.id!r} is declared differently than at {first.location}",
                doc.location(("law", "id")),
            )

    literal_checks = _literal_checks(laws, known_categories, known_detectors)
    defines = _compile_defines(docs, literal_checks)

    rules: list[Rule] = []
    seen: dict[str, Location] = {}
    for doc in docs:
        law_id = (doc.data.get("law") or {}).get("id")
        for index, data in enumerate(doc.data.get("rules") or []):
            path = ("rules", index)
            rule = _rule(doc, path, data, law_id, defines, literal_checks)
            if rule.id in seen:
                raise PolicyError(
                    f"duplicate rule id {rule.id!r} (first defined at {seen[rule.id]})",
                    doc.location((*path, "id")),
                )
            seen[rule.id] = rule.location
            rules.append(rule)
    return PolicySet(laws, tuple(rules), defines, tuple(d.file for d in docs))


def _text(value: Any) -> dict[str, str]:
    return dict(value) if isinstance(value, dict) else {lang: str(value) for lang in LANGS}


def _law(doc: YamlDoc, data: dict[str, Any], known: set[str] | None) -> Law:
    cats = tuple(data.get("sensitive_categories") or ())
    for index, key in enumerate(cats):
        if known is not None and key not in known:
            raise PolicyError(
                f"unknown data category {key!r} (not in the taxonomy)",
                doc.location(("law", "sensitive_categories", index)),
            )
    return Law(
        id=data["id"],
        name=_text(data["name"]),
        short_name=data["short_name"],
        jurisdiction=data["jurisdiction"],
        version=data.get("version"),
        effective=data.get("effective"),
        url=data.get("url"),
        sensitive_categories=cats,
        location=doc.location(("law",)),
    )


def _literal_checks(
    laws: Mapping[str, Law], categories: set[str] | None, detectors: set[str] | None
) -> dict[str, Any]:
    def law_arg(index: int, value: Any) -> str | None:
        if index == 1 and value.lower() not in laws:
            return f"unknown law {value!r} (loaded: {', '.join(sorted(laws)) or 'none'})"
        return None

    def category_arg(index: int, value: Any) -> str | None:
        if index == 1 and categories is not None and value not in categories:
            return f"unknown data category {value!r} (not in the taxonomy)"
        return None

    def detector_arg(index: int, value: Any) -> str | None:
        if index == 1 and detectors is not None and value not in detectors:
            return f"unknown detector {value!r} (known: {', '.join(sorted(detectors))})"
        return None

    return {
        "sensitive_under": law_arg,
        "sensitive_categories": law_arg,
        "has_category": category_arg,
        "share": detector_arg,
    }


def _condition_error(
    doc: YamlDoc, path: tuple[str | int, ...], source: str, exc: ConditionError
) -> PolicyError:
    return PolicyError(exc.message, doc.locate_text(path, source, exc.offset))


def _compile_defines(docs: Sequence[YamlDoc], literal_checks: Mapping[str, Any]) -> dict[str, Define]:
    raw: dict[str, tuple[YamlDoc, dict[str, Any]]] = {}
    for doc in docs:
        for name, body in (doc.data.get("define") or {}).items():
            where = doc.location(("define", name, "__key__"))
            if name in raw:
                first = raw[name][0].location(("define", name, "__key__"))
                raise PolicyError(f"predicate {name!r} is defined twice (first at {first})", where)
            if name in FUNCTIONS or name in RESERVED:
                raise PolicyError(f"{name!r} is a built-in name; choose another", where)
            raw[name] = (doc, body)

    done: dict[str, Define] = {}
    in_progress: list[str] = []
    calls = re.compile(r"\b([a-z][a-z0-9_]*)\s*\(")

    def build(name: str) -> None:
        if name in done:
            return
        doc, body = raw[name]
        if name in in_progress:
            cycle = " → ".join([*in_progress[in_progress.index(name) :], name])
            raise PolicyError(
                f"predicates call each other in a cycle: {cycle}", doc.location(("define", name))
            )
        in_progress.append(name)
        for called in calls.findall(body["expr"]):
            if called in raw:
                build(called)
        params = tuple((p, TYPE_NAMES[t]) for p, t in (body.get("params") or {}).items())
        try:
            cond = compile_condition(
                body["expr"], dict(params), done, expect=None, literal_checks=literal_checks
            )
        except ConditionError as exc:
            raise _condition_error(doc, ("define", name, "expr"), body["expr"], exc) from None
        done[name] = Define(name, params, cond.type, cond.fn, doc.file)
        in_progress.pop()

    for name in raw:
        build(name)
    return done


_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def _template(doc: YamlDoc, path: tuple[str | int, ...], source: str, scope: dict[str, Type]) -> Template:
    parts: list[str | Condition] = []
    last = 0
    for match in _PLACEHOLDER.finditer(source):
        parts.append(source[last : match.start()])
        last = match.end()
        if match.group(0) in ("{{", "}}"):
            parts.append(match.group(0)[0])
            continue
        inner = match.group(1).strip()
        try:
            parts.append(compile_path(inner, scope))
        except ConditionError as exc:
            location = doc.locate_text(path, source, match.start(1))
            raise PolicyError(f"in message placeholder {{{inner}}}: {exc.message}", location) from None
    parts.append(source[last:])
    stray = next((p for p in parts if isinstance(p, str) and ("{" in p or "}" in p) and p not in "{}"), None)
    if stray is not None:
        raise PolicyError(
            "unbalanced '{' or '}' in message (write {{ or }} for a literal brace)", doc.location(path)
        )
    return Template(tuple(p for p in parts if p != ""))


def _rule(
    doc: YamlDoc,
    path: tuple[str | int, ...],
    data: dict[str, Any],
    law_id: str | None,
    defines: Mapping[str, Define],
    literal_checks: Mapping[str, Any],
) -> Rule:
    scope = TARGET_SCOPES[data["target"]]
    when_src = data["when"]
    try:
        when = compile_condition(when_src, scope, defines, expect=BOOL, literal_checks=literal_checks)
    except ConditionError as exc:
        raise _condition_error(doc, (*path, "when"), when_src, exc) from None
    messages = {
        lang: _template(doc, (*path, "message", lang), data["message"][lang], scope) for lang in LANGS
    }
    references = tuple(
        Reference(
            law=ref["law"],
            article=str(ref["article"]),
            paragraph=ref.get("paragraph"),
            quote=ref.get("quote"),
            url=ref.get("url"),
        )
        for ref in data["references"]
    )
    cases = tuple(_case(doc, (*path, "tests", i), case, data["id"]) for i, case in enumerate(data["tests"]))
    if not any(c.expected_count > 0 for c in cases) or not any(c.expected_count == 0 for c in cases):
        raise PolicyError(
            "a rule needs at least one test that must fire and one that must not (expect: [] or 0)",
            doc.location((*path, "tests", "__key__")),
        )
    return Rule(
        id=data["id"],
        law=law_id or "",
        title=dict(data["title"]),
        message=messages,
        message_source=dict(data["message"]),
        remediation=dict(data["remediation"]),
        severity=Severity.parse(data["severity"]),
        target=data["target"],
        when=when,
        references=references,
        tags=tuple(data.get("tags") or ()),
        confidence=data.get("confidence", "medium"),
        cases=cases,
        location=doc.location(path),
        source_file=doc.file,
    )


def _case(doc: YamlDoc, path: tuple[str | int, ...], data: dict[str, Any], rule_id: str) -> RuleCase:
    expect_raw = data["expect"]
    expect: int | tuple[tuple[str, str | None], ...]
    if isinstance(expect_raw, int):
        expect = expect_raw
    else:
        expect = tuple(
            (e["table"].lower(), e["column"].lower() if e.get("column") else None) for e in expect_raw
        )
    index = path[-1]
    return RuleCase(
        name=data.get("name") or f"{rule_id} case {int(index) + 1}",
        ddl=data.get("ddl"),
        dialect=data.get("dialect"),
        samples=data.get("samples") or {},
        expect=expect,
        location=doc.location(path),
    )
