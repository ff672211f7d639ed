"""`privaudit demo`: builds the shop, audits it, shows every kind of problem, leaks nothing."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path


def _raw_values() -> set[str]:
    """Every personal value in the demo data: none of them may appear in a report."""
    values: set[str] = set()
    data = resources.files("connectors") / "demo_data"
    for name, columns in {
        "customers.csv": ("xingming", "sfzh", "shouji", "email", "address"),
        "payments.csv": ("card_number",),
    }.items():
        with (data / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                values.update(row[c] for c in columns if c in row and len(row[c]) >= 6)
    assert len(values) > 100
    return values


def test_demo_audits_the_shop_and_exits_0(cli, tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    code, out, err = cli("demo", "--path", str(db), "--format", "json")
    assert code == 0, err
    assert db.is_file()
    report = json.loads(out)
    rules = {f["rule"] for f in report["findings"]}
    for expected in (
        "pipl.gov_id.full_plaintext",  # sfzh holds valid resident IDs
        "pipl.credential.weak_hash",  # md5 password digests
        "pipl.card.pan_full",  # Luhn-valid card numbers
        "pipl.freetext.contains_pii",  # phones and IDs inside the order remarks
        "pipl.minor.no_guardian_consent",  # birth dates, no guardian fields
        "gdpr.freetext.contains_pii",
        "ccpa.gov_id.plaintext",
    ):
        assert expected in rules, expected
    assert report["summary"]["personal_columns"] >= 10


def test_demo_fails_like_ci_when_asked(cli, tmp_path: Path) -> None:
    code, _, _ = cli("demo", "--path", str(tmp_path / "shop.db"), "--fail-on", "high")
    assert code == 1


def test_demo_reports_never_contain_raw_values(cli, tmp_path: Path) -> None:
    raw = _raw_values()
    for i, args in enumerate((["--format", "json"], ["--format", "text"], ["--lang", "zh"])):
        code, out, err = cli("demo", "--path", str(tmp_path / f"shop{i}.db"), *args)
        assert code == 0, err
        leaked = sorted(v for v in raw if v in out)
        assert not leaked, leaked[:5]
        assert "****" in out  # masked evidence is there instead
