"""YAML documents that remember where each value came from, and JSON-Schema checks on them.

A schema error must name file:line:column of the offending YAML node, so the
loader keeps a map from each value's path (keys and list indices) to its mark.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from engine.errors import PrivauditError
from engine.model import Location

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML document plus the location of every node in it."""

    data: Any
    file: str
    marks: dict[PathKey, tuple[int, int]]  # path -> (line, column), both 1-based
    text: str = ""

    def locate_text(self, path: Iterable[str | int], snippet: str, offset: int) -> Location:
        """Location of character `offset` of `snippet`, a scalar's text at `path`.

        Finds the snippet's line in the source at or after the node's mark, so an
        error inside a condition points at the character, not just the key.
        """
        node = self.location(path)
        before = snippet[:offset]
        line_in_snippet = before.count("\n")
        col_in_line = offset - (before.rfind("\n") + 1)
        wanted = snippet.split("\n")[line_in_snippet]
        lines = self.text.split("\n")
        for index in range(max(node.line - 1, 0), min(len(lines), node.line + 200)):
            start = lines[index].find(wanted.strip()) if wanted.strip() else -1
            if start >= 0 and (index > node.line - 1 or start >= node.column - 1):
                lead = len(wanted) - len(wanted.lstrip())
                return Location(self.file, index + 1, start + 1 + max(col_in_line - lead, 0))
        return node

    def location(self, path: Iterable[str | int] = ()) -> Location:
        """Location of the node at path, or of its nearest ancestor that has one."""
        key = tuple(path)
        while key not in self.marks and key:
            key = key[:-1]
        line, column = self.marks.get(key, (1, 1))
        return Location(self.file, line, column)


class _NodeWalker:
    def __init__(self, file: str):
        self.file = file
        self.marks: dict[PathKey, tuple[int, int]] = {}
        self._loader = yaml.SafeLoader("")

    def build(self, node: yaml.Node, path: PathKey) -> Any:
        self.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self._scalar(key_node)
                if not isinstance(key, str | int | bool) or isinstance(key, bool):
                    raise self._error(key_node, "mapping keys must be plain strings")
                key = str(key)
                if key in result:
                    raise self._error(key_node, f"duplicate key {key!r}")
                self.marks[(*path, key, "__key__")] = (
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
                result[key] = self.build(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise self._error(node, "expected a plain value here")
        # SafeLoader's constructor resolves the tags (int, bool, null, dates...);
        # dates stay strings, as JSON Schema and rule authors expect.
        value = self._loader.construct_object(node, deep=True)
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value

    def _error(self, node: yaml.Node, message: str) -> PrivauditError:
        return PrivauditError(
            message, Location(self.file, node.start_mark.line + 1, node.start_mark.column + 1)
        )


def parse_yaml(text: str, file: str) -> YamlDoc:
    """Parse one YAML document; syntax errors become PrivauditError with a location."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        raise PrivauditError(f"invalid YAML: {problem}", Location(file, line, column)) from None
    except yaml.YAMLError as exc:
        raise PrivauditError(f"invalid YAML: {exc}", Location(file, 1, 1)) from None
    if node is None:
        return YamlDoc(None, file, {(): (1, 1)}, text)
    walker = _NodeWalker(file)
    data = walker.build(node, ())
    return YamlDoc(data, file, walker.marks, text)


def load_yaml_file(path: Path | str, display: str | None = None) -> YamlDoc:
    file = display or str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PrivauditError("file not found", Location(file)) from None
    except UnicodeDecodeError as exc:
        raise PrivauditError(f"not UTF-8 text (byte {exc.start})", Location(file)) from None
    except OSError as exc:
        raise PrivauditError(f"cannot read: {exc.strerror}", Location(file)) from None
    return parse_yaml(text, file)


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped in engine/schemas/."""
    text = resources.files("engine").joinpath("schemas", name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _describe(error: jsonschema.ValidationError) -> str:
    """One line saying what was expected, in a rule author's words."""
    validator = error.validator
    if validator == "additionalProperties":
        extra = sorted(
            set(error.instance) - set(error.schema.get("properties", {}))
            if isinstance(error.instance, Mapping)
            else []
        )
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        return f"unknown key {', '.join(repr(e) for e in extra)} (allowed: {allowed})"
    if validator == "required":
        return error.message.replace("is a required property", "is required")
    if validator == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return f"{error.instance!r} is not one of: {options}"
    if validator == "type":
        return f"expected {error.validator_value}, got {type(error.instance).__name__} {error.instance!r}"
    if validator == "pattern":
        hint = error.schema.get("description") or f"must match {error.validator_value}"
        return f"{error.instance!r}: {hint}"
    if validator == "minItems":
        return f"needs at least {error.validator_value} item(s)"
    return error.message


def _error_path(error: jsonschema.ValidationError) -> PathKey:
    path: PathKey = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        if extra:
            return (*path, extra[0], "__key__")
    return path


def validate(doc: YamlDoc, schema_name: str, what: str) -> None:
    """Raise PrivauditError at the first schema violation (in document order)."""
    validator_cls = jsonschema.validators.validator_for(load_schema(schema_name))
    validator = validator_cls(load_schema(schema_name))
    errors = list(validator.iter_errors(doc.data))
    if not errors:
        return

    def order(err: jsonschema.ValidationError) -> tuple[int, int, int]:
        loc = doc.location(_error_path(err))
        return (loc.line, loc.column, -len(err.absolute_path))

    # The most specific error for oneOf/anyOf lives in its context.
    best = min(errors, key=order)
    # "not valid under any of the given schemas" says nothing: report the alternative's own
    # error, preferring one about an object (a mapping was clearly meant) over a type mismatch.
    while best.validator in ("oneOf", "anyOf") and best.context:
        deeper = [e for e in best.context if e.validator != "type"] or list(best.context)
        best = min(deeper, key=lambda e: (-len(e.absolute_path), order(e)))
    where = ".".join(str(p) for p in best.absolute_path)
    prefix = f"{what}: " + (f"at {where}: " if where else "")
    raise PrivauditError(prefix + _describe(best), doc.location(_error_path(best)))
