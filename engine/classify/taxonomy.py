"""Load the data-category taxonomy (policies/taxonomy.yaml) and check it.

The file is validated against taxonomy.schema.json, then for the two facts a
schema cannot state: keys are unique, and every key's parent is declared.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import jsonschema
import yaml

from engine.errors import PolicyError
from engine.model import Location

# libyaml's safe loader when PyYAML was built with it: the same data, several times faster to load.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

TAXONOMY_FILE = "taxonomy.yaml"


@dataclass(frozen=True)
class Category:
    key: str
    name_en: str
    name_zh: str
    extension: bool = False

    @property
    def parent(self) -> str | None:
        return self.key.rsplit(".", 1)[0] if "." in self.key else None


@dataclass(frozen=True)
class Taxonomy:
    categories: tuple[Category, ...]

    def keys(self) -> frozenset[str]:
        return frozenset(c.key for c in self.categories)

    def get(self, key: str) -> Category | None:
        return next((c for c in self.categories if c.key == key), None)

    def __contains__(self, key: object) -> bool:
        return any(c.key == key for c in self.categories)


def related(a: str, b: str) -> bool:
    """True when a equals b or one is a dotted ancestor of the other."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _schema() -> dict[str, Any]:
    text = (files("engine.classify") / "taxonomy.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _error_path(error: jsonschema.ValidationError) -> str:
    return "/".join(str(p) for p in error.absolute_path) or "(top level)"


def parse_taxonomy(text: str, source: str = TAXONOMY_FILE) -> Taxonomy:
    """Parse and validate taxonomy YAML text; raise PolicyError naming what is wrong."""
    try:
        data = yaml.load(text, Loader=FAST_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        loc = Location(source, mark.line + 1, mark.column + 1) if mark else Location(source)
        raise PolicyError(f"taxonomy is not valid YAML: {exc}", loc) from None
    errors = sorted(
        jsonschema.Draft202012Validator(_schema()).iter_errors(data), key=lambda e: list(e.absolute_path)
    )
    if errors:
        first = errors[0]
        raise PolicyError(f"taxonomy schema error at {_error_path(first)}: {first.message}", Location(source))
    categories = tuple(
        Category(
            key=item["key"],
            name_en=item["name"]["en"],
            name_zh=item["name"]["zh"],
            extension=bool(item.get("extension", False)),
        )
        for item in data["categories"]
    )
    seen: set[str] = set()
    for cat in categories:
        if cat.key in seen:
            raise PolicyError(f"taxonomy declares {cat.key!r} twice", Location(source))
        if cat.parent is not None and cat.parent not in seen:
            raise PolicyError(
                f"taxonomy key {cat.key!r} comes before (or without) its parent {cat.parent!r}",
                Location(source),
            )
        seen.add(cat.key)
    return Taxonomy(categories)


@cache
def load_taxonomy() -> Taxonomy:
    """The shipped taxonomy, validated once per process."""
    text = (files("policies") / TAXONOMY_FILE).read_text(encoding="utf-8")
    return parse_taxonomy(text, f"policies/{TAXONOMY_FILE}")
