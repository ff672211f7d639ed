"""Value detectors: match rates on generated data, zero hits on bad checksums and hard negatives."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable
from datetime import date

import phonenumbers
import pytest
from faker import Faker
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum import luhn as stdnum_luhn

from engine.classify.detectors import (
    DETECTORS,
    cn_id_birth_date,
    cn_id_check_char,
    detect,
    detector,
    hash_format,
    luhn_valid,
    scan_text,
)

N = 300


def names(value: str) -> set[str]:
    return {d.name for d in detect(value)}


def fakes(locale: str, make: Callable[[Faker], object], n: int = N, seed: int = 11) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return [str(make(fake)) for _ in range(n)]


def rate(values: list[str], name: str) -> float:
    return sum(name in names(v) for v in values) / len(values)


def bump_last_digit(value: str) -> str:
    """The same number with its last digit changed: its checksum no longer agrees."""
    i = max(i for i, ch in enumerate(value) if ch.isdigit())
    return value[:i] + str((int(value[i]) + 1) % 10) + value[i + 1 :]


@pytest.mark.parametrize(
    ("locale", "make", "name", "minimum"),
    [
        ("zh_CN", lambda f: f.ssn(), "cn_resident_id", 1.0),
        ("zh_CN", lambda f: f.phone_number(), "cn_mobile", 0.98),
        ("en_US", lambda f: f.ssn(), "us_ssn", 0.98),
        ("en_US", lambda f: f.email(), "email", 1.0),
        ("de_DE", lambda f: f.email(), "email", 1.0),
        ("fr_FR", lambda f: f.email(), "email", 1.0),
        ("zh_CN", lambda f: f.email(), "email", 1.0),
        ("de_DE", lambda f: f.iban(), "iban", 1.0),
        ("fr_FR", lambda f: f.iban(), "iban", 1.0),
        ("en_GB", lambda f: f.iban(), "iban", 1.0),
        ("en_US", lambda f: f.ipv4(), "ipv4", 0.99),
        ("en_US", lambda f: f.ipv6(), "ipv6", 0.99),
        ("en_US", lambda f: f.mac_address(), "mac_address", 0.99),
        ("en_US", lambda f: f.date_of_birth().isoformat(), "date_of_birth", 1.0),
        ("zh_CN", lambda f: f.date_of_birth().strftime("%Y年%-m月%-d日"), "date_of_birth", 1.0),
        ("en_US", lambda f: f"{f.latitude():.6f},{f.longitude():.6f}", "gps_pair", 0.99),
    ],
)
def test_generated_values_match(
    locale: str, make: Callable[[Faker], object], name: str, minimum: float
) -> None:
    assert rate(fakes(locale, make), name) >= minimum


@pytest.mark.parametrize(
    "card_type", ["visa16", "visa13", "visa19", "mastercard", "amex", "discover", "diners"]
)
def test_generated_cards_match(card_type: str) -> None:
    assert rate(fakes("en_US", lambda f: f.credit_card_number(card_type)), "payment_card") == 1.0


def test_generated_jcb_cards_in_the_real_range_match() -> None:
    # Faker also draws JCB numbers from 3500-3527, which JCB does not issue (its range is 3528-3589).
    cards = fakes("en_US", lambda f: f.credit_card_number("jcb16"), n=600)
    real = [c for c in cards if 3528 <= int(c[:4]) <= 3589]
    assert len(real) > 100
    assert rate(real, "payment_card") == 1.0


def test_generated_plates_match() -> None:
    # Faker uses the letters I and O, which Chinese plates never do (GA 36); those must not match.
    plates = fakes("zh_CN", lambda f: f.license_plate())
    real = [p for p in plates if p[1] not in "IO"]
    assert rate(real, "cn_vehicle_plate") == 1.0
    assert rate([p for p in plates if p[1] in "IO"], "cn_vehicle_plate") == 0.0


def test_international_phone_numbers_agree_with_phonenumbers() -> None:
    values = [
        v
        for loc in ("en_US", "de_DE", "fr_FR", "en_GB", "it_IT", "es_ES")
        for v in fakes(loc, lambda f: f.phone_number())
    ]
    plus = [v for v in values if v.startswith("+")]
    assert len(plus) > 500
    valid = [v for v in plus if phonenumbers.is_valid_number(phonenumbers.parse(v))]
    assert rate(valid, "phone") >= 0.99  # what libphonenumber accepts, we accept
    assert rate(plus, "phone") >= 0.85


@pytest.mark.parametrize(
    "value",
    [
        "+86 138 1234 5678",
        "+8613812345678",
        "008613812345678",
        "138-1234-5678",
        "+44 20 7946 0958",
        "+1 212 555 0123",
        "+49 30 901820",
        "0049 30 901820",
        "+33 1 42 68 53 00",
    ],
)
def test_formatted_phone_numbers_match(value: str) -> None:
    assert names(value) & {"cn_mobile", "phone"}


@pytest.mark.parametrize("value", ["2125550123", "12345", "+999 1234567", "+86 10", "0000000"])
def test_not_phone_numbers(value: str) -> None:
    assert not names(value) & {"cn_mobile", "phone"}


def test_bad_check_digit_resident_ids_never_match() -> None:
    ids = fakes("zh_CN", lambda f: f.ssn(), n=1000)
    mutated = [v[:17] + next(c for c in "0123456789X" if c != v[17]) for v in ids]
    assert all(cn_id_birth_date(v) is not None for v in ids)
    assert [v for v in mutated if names(v)] == []
    assert [v for v in mutated if cn_id_birth_date(v)] == []


def test_non_luhn_cards_never_match() -> None:
    cards = fakes("en_US", lambda f: f.credit_card_number(), n=1000)
    assert [c for c in map(bump_last_digit, cards) if "payment_card" in names(c)] == []


def test_bad_iban_checksums_never_match() -> None:
    ibans = [v for loc in ("de_DE", "fr_FR", "nl_NL") for v in fakes(loc, lambda f: f.iban())]
    assert [v for v in map(bump_last_digit, ibans) if "iban" in names(v)] == []


def test_iban_agrees_with_python_stdnum() -> None:
    rng = random.Random(3)
    ibans = [
        v for loc in ("de_DE", "fr_FR", "en_GB", "es_ES", "it_IT") for v in fakes(loc, lambda f: f.iban())
    ]
    corrupted = [v[:5] + str(rng.randrange(10)) + v[6:] for v in ibans]
    for value in ibans + corrupted:
        assert ("iban" in names(value)) == stdnum_iban.is_valid(value), value


@given(st.text(alphabet="0123456789", min_size=12, max_size=19))
def test_luhn_agrees_with_python_stdnum(digits: str) -> None:
    assert luhn_valid(digits) == stdnum_luhn.is_valid(digits)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.sampled_from("0123456789X"))
def test_any_resident_id_hit_has_the_right_check_digit(first17: str, check: str) -> None:
    if "cn_resident_id" in names(first17 + check):
        assert cn_id_check_char(first17) == check


def test_resident_id_birth_date_rules() -> None:
    def make(prefix: str, born: str) -> str:
        body = prefix + born + "123"
        return body + cn_id_check_char(body)

    assert cn_id_birth_date(make("110101", "19900307")) == date(1990, 3, 7)
    assert cn_id_birth_date(make("110101", "20150230")) is None  # no 30 February
    assert cn_id_birth_date(make("110101", "18991231")) is None  # before 1900
    assert cn_id_birth_date(make("110101", f"{date.today().year + 1}0101")) is None  # future
    assert cn_id_birth_date(make("990101", "19900307")) is None  # no province 99
    assert cn_id_birth_date(make("810000", "19900307")) is not None  # Hong Kong residence permit


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("536-90-4399", True),
        ("000-12-3456", False),
        ("666-12-3456", False),
        ("912-12-3456", False),
        ("536-00-4399", False),
        ("536-90-0000", False),
        ("078-05-1120", False),
        ("123-45-6789", False),
    ],
)
def test_ssn_number_plan(value: str, valid: bool) -> None:
    assert ("us_ssn" in names(value)) is valid


def hard_negatives(n: int = 400) -> list[str]:
    rng = random.Random(5)
    fake = Faker("en_US")
    fake.seed_instance(5)
    values = []
    for _ in range(n):
        values += [
            f"{rng.randrange(10**17, 10**18)}",  # 18-digit order id
            f"ORD{rng.randrange(10**9):09d}",
            f"SKU-{rng.randrange(10**6):06d}-{rng.choice('ABXZ')}",
            str(uuid.UUID(int=rng.getrandbits(128))),
            fake.date_time().isoformat(),
            str(1_400_000_000 + rng.randrange(10**8)),  # unix seconds
            str(1_400_000_000_000 + rng.randrange(10**11)),  # unix milliseconds
            str(
                (rng.randrange(140_000_000_000, 550_000_000_000) << 22) | rng.getrandbits(22)
            ),  # snowflake id (2010 epoch)
            f"{rng.randrange(10)}.{rng.randrange(30)}.{rng.randrange(99)}",  # version string
            f"v{rng.randrange(10)}.{rng.randrange(30)}.{rng.randrange(9)}.{rng.randrange(99)}",
            f"{rng.randrange(10)}.{rng.randrange(10)}",
            f"{rng.random() * 500:.2f}",
            fake.word(),
            fake.sentence(),
        ]
    return values


def test_hard_negatives_trigger_no_standalone_detector() -> None:
    strong = {d.name for d in DETECTORS if not d.context_required}
    offenders = [v for v in hard_negatives() if names(v) & strong]
    assert offenders == []


def test_uuids_timestamps_and_versions_match_nothing() -> None:
    rng = random.Random(9)
    values = [str(uuid.uuid4()) for _ in range(200)] + [
        "1.2.3",
        "10.0",
        "2.7.18",
        "12:30:45",
        "2024-01-15T10:00:00Z",
    ]
    values += [str(1_600_000_000_000 + rng.randrange(10**11)) for _ in range(200)]
    assert [v for v in values if names(v) - {"drivers_license", "passport"}] == []


def test_context_required_detectors_are_flagged() -> None:
    flagged = {d.name for d in DETECTORS if d.context_required}
    assert flagged == {"us_ssn_digits", "passport", "drivers_license", "date_of_birth", "gps_coordinate"}
    assert detector("text:email").category == "user.contact.email"


def test_passports_plates_and_dates() -> None:
    assert "cn_passport" in names("E12345678")
    assert "cn_passport" in names("EA1234567")
    assert "cn_passport" not in names("X12345678")
    assert "cn_vehicle_plate" in names("京A·12345")
    assert "cn_vehicle_plate" in names("沪AD12345")  # new-energy
    assert "cn_vehicle_plate" not in names("京I12345")  # plates never use I
    assert "date_of_birth" in names("19900102")
    assert "date_of_birth" not in names("19901302")
    assert "date_of_birth" not in names(f"{date.today().year + 1}-01-01")
    assert "gps_coordinate" in names("121.473701")
    assert "gps_coordinate" not in names("121.47")  # too coarse to be a precise location


@pytest.mark.parametrize(
    ("value", "fmt"),
    [
        ("$2b$12$" + "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", "bcrypt"),
        ("$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", "argon2"),
        ("pbkdf2_sha256$600000$abcdEFGH1234$Zm9vYmFyYmF6cXV4cXV1eA==", "pbkdf2"),
        ("pbkdf2:sha256:600000$abcd$" + "a" * 64, "pbkdf2"),
        ("scrypt:32768:8:1$salt$" + "b" * 64, "scrypt"),
        ("{SSHA}" + "W6ph5Mm5Pz8GgiULbPgzG37mj9g=", "ldap-salted"),
        (hashlib.md5(b"x").hexdigest(), "md5-hex"),
        (hashlib.sha1(b"x").hexdigest(), "sha1-hex"),
        (hashlib.sha256(b"x").hexdigest(), "sha256-hex"),
        (hashlib.sha512(b"x").hexdigest().upper(), "sha512-hex"),
        ("not a hash at all, just words here", None),
        ("a" * 33, None),
    ],
)
def test_hash_formats(value: str, fmt: str | None) -> None:
    assert hash_format(value) == fmt


def test_scan_text_finds_validated_values_inside_text() -> None:
    resident_id = "11010119900307123" + cn_id_check_char("11010119900307123")
    card = "4539 1488 0343 646" + next(d for d in "0123456789" if luhn_valid("453914880343646" + d))
    text = f"请联系张三，电话13812345678，身份证{resident_id}；邮箱 zhang.san@example.com 卡号 {card}"
    found = scan_text(text)
    assert [name for name, _ in found] == [
        "text:cn_mobile",
        "text:cn_resident_id",
        "text:email",
        "text:payment_card",
    ]
    assert found[1][1] == resident_id


def test_scan_text_ignores_bad_checksums_and_order_numbers() -> None:
    wrong = "11010119900307123" + ("0" if cn_id_check_char("11010119900307123") != "0" else "1")
    text = f"订单 202401150001 金额 12.50；身份证{wrong}；卡 4111 1111 1111 1112；编号 12345678901"
    assert scan_text(text) == ()


def test_whole_cell_only() -> None:
    assert names("电话13812345678") == set()
    assert names("x13812345678") == set()
    assert names("a@b.com and c@d.com") == set()
