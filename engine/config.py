"""privaudit.yaml: found in the working directory or its parents, validated, merged with flags.

Every effective value remembers where it came from (default, file:line, or a
command-line flag) so `--show-config` can explain a run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.errors import ConfigError, PrivauditError
from engine.model import Location
from engine.yamlsrc import load_yaml_file, validate

CONFIG_NAME = "privaudit.yaml"

DEFAULTS: dict[str, Any] = {
    "laws": ["pipl", "gdpr", "ccpa"],
    "packs": [],
    "lexicon": [],
    "disable": [],
    "severity": {},
    "fail_on": "low",
    "lang": "en",
    "dialect": None,
    "encoding": None,
    "sample_size": 200,
    "jobs": 4,
    "schemas": [],
    "format": "text",
}


@dataclass(frozen=True)
class Setting:
    value: Any
    source: str  # "default", "privaudit.yaml:3:1", "--fail-on"


@dataclass(frozen=True)
class Config:
    settings: dict[str, Setting] = field(default_factory=dict)
    file: str | None = None

    def __getitem__(self, key: str) -> Any:
        return self.settings[key].value

    def as_dict(self) -> dict[str, Any]:
        return {key: s.value for key, s in sorted(self.settings.items())}


def find_config(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(
    explicit: str | None, flags: Mapping[str, tuple[Any, str]], cwd: Path | None = None
) -> Config:
    """Defaults, then the config file, then flags (value, flag name) that were given."""
    settings = {key: Setting(value, "default") for key, value in DEFAULTS.items()}
    path: Path | None
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError("configuration file not found", Location(explicit))
    else:
        path = find_config((cwd or Path.cwd()).resolve())
    file = None
    if path is not None:
        file = str(path)
        try:
            doc = load_yaml_file(path, file)
            if doc.data is None:
                doc = type(doc)({}, doc.file, doc.marks, doc.text)
            validate(doc, "config.schema.json", "privaudit.yaml")
        except PrivauditError as exc:
            raise ConfigError(exc.message, exc.location) from None
        for key, value in doc.data.items():
            if key in ("packs", "lexicon"):  # relative to the file, not to where privaudit runs
                value = [str(path.parent / p) if not Path(p).is_absolute() else p for p in value]
            settings[key] = Setting(value, str(doc.location((key,))))
    for key, (value, flag) in flags.items():
        if value is not None and value != () and value != []:
            settings[key] = Setting(value, flag)
    return Config(settings, file)
