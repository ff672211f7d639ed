"""An organisation's own classification words: --lexicon and `lexicon:` in privaudit.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EXTENSION = """\
# ACME's naming conventions
entries:
  - category: user.government_id.national_identification_number
    en: [citizen ref, cref]
abbreviations:
  kd: kunde
"""
SCHEMA = "CREATE TABLE kunde (id INT, cref VARCHAR(18), created_at TIMESTAMP);\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "acme.yaml").write_text(EXTENSION, encoding="utf-8")
    (tmp_path / "schema.sql").write_text(SCHEMA, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _categories(cli, *args: str) -> list[str]:
    code, out, err = cli("classify", "schema.sql", "--format", "json", *args)
    assert code == 0, err
    return next(c for c in json.loads(out)["columns"] if c["column"] == "cref")["categories"]


def test_flag_adds_words_for_this_run_only(cli, project: Path) -> None:
    assert _categories(cli) == []  # the shipped lexicon does not know ACME's "cref"
    assert _categories(cli, "--lexicon", "acme.yaml") == ["user.government_id.national_identification_number"]
    assert _categories(cli) == []  # the next run starts from the shipped lexicon again


def test_config_file_extension_reaches_the_rules(cli, project: Path) -> None:
    (project / "privaudit.yaml").write_text("lexicon: [acme.yaml]\nlaws: [pipl]\n", encoding="utf-8")
    code, out, err = cli("scan", "schema.sql", "--format", "json")
    assert code == 1, err
    assert {(f["rule"], f["target"]["column"]) for f in json.loads(out)["findings"]} >= {
        ("pipl.gov_id.full_plaintext", "cref")
    }


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("entries:\n  - category: user.shoe_size\n    en: [shoe]\n", "categories missing from the taxonomy"),
        ("colours: [red]\n", "holds only `entries` and `abbreviations`"),
        ("entries: [\n", "not valid YAML"),
    ],
)
def test_a_bad_extension_fails_closed(cli, project: Path, content: str, words: str) -> None:
    (project / "bad.yaml").write_text(content, encoding="utf-8")
    code, _, err = cli("classify", "schema.sql", "--lexicon", "bad.yaml")
    assert code == 2
    assert "bad.yaml" in err and words in err
    assert len(err.strip().splitlines()) == 1
    from engine.classify.lexicon import current_extensions

    assert current_extensions() == ()  # the failed extension left the lexicon as it was
    assert _categories(cli) == []
