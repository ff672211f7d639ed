"""Column profiles: counts, hits, masked examples that never hold a raw value, hash formats."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from faker import Faker

from engine.classify.masking import mask
from engine.classify.profile import cell_text, char_entropy, profile_values


def zh_ids(n: int) -> list[str]:
    fake = Faker("zh_CN")
    fake.seed_instance(2)
    return [fake.ssn() for _ in range(n)]


def test_counts_hits_and_masked_examples() -> None:
    ids = zh_ids(50)
    profile = profile_values([*ids, ids[0], None, "", "  "], max_examples=2)
    assert (profile.total, profile.non_null, profile.distinct) == (54, 51, 50)
    assert profile.hits[0].detector == "cn_resident_id"
    assert profile.hits[0].category == "user.government_id.national_identification_number"
    assert profile.hits[0].matched == 51
    assert profile.share("cn_resident_id") == 1.0
    assert profile.masked_examples == (mask(ids[0], "cn_resident_id"), mask(ids[1], "cn_resident_id"))
    assert profile.max_length == 18


def test_no_raw_value_survives() -> None:
    ids = zh_ids(20)
    text = "客户备注：电话13812345678"
    profile = profile_values([*ids, text, "plain words"])
    dumped = repr(profile)
    assert not any(v in dumped for v in ids)
    assert "13812345678" not in dumped and "plain words" not in dumped


def test_free_text_hits_are_named_text() -> None:
    profile = profile_values(["请联系 13812345678", "没有号码", "邮件 a.b@example.com 或 13912345678"])
    assert {h.detector: h.matched for h in profile.hits} == {"text:cn_mobile": 2, "text:email": 1}
    assert profile.hits[0].category == "user.contact.phone_number"


def test_dominant_hash_format_needs_eighty_percent() -> None:
    hashes = [hashlib.md5(str(i).encode()).hexdigest() for i in range(8)]
    assert profile_values([*hashes, "x", "y"]).hash_format == "md5-hex"
    assert profile_values([*hashes, "x", "y", "z"]).hash_format is None


def test_values_of_other_types() -> None:
    assert cell_text(13812345678.0) == "13812345678"
    assert cell_text(float("nan")) is None
    assert cell_text(date(1990, 1, 2)) == "1990-01-02"
    assert cell_text(datetime(1990, 1, 2)) == "1990-01-02"
    assert cell_text(b"a@b.com") == "a@b.com"
    assert cell_text(hashlib.sha256(b"x").digest()) == hashlib.sha256(b"x").hexdigest()
    assert profile_values([13812345678, 13912345678]).hits[0].detector == "cn_mobile"


def test_entropy() -> None:
    assert char_entropy("aaaa") == 0.0
    assert char_entropy("abcd") == 2.0
    assert profile_values(["abcd", "aaaa"]).mean_entropy == 1.0
    assert profile_values([]).mean_entropy == 0.0


def test_deterministic() -> None:
    values = zh_ids(30) + ["x"] * 3
    assert profile_values(values) == profile_values(list(values))
