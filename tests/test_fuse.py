"""Fusion of metadata evidence with hand-built sample profiles."""

from __future__ import annotations

from engine.classify.fuse import classify_catalog, classify_column
from engine.model import Catalog, Column, DetectorHit, SampleProfile, Table

ID = "user.government_id.national_identification_number"
PHONE = "user.contact.phone_number"
EMAIL = "user.contact.email"


def profile(non_null: int, *hits: tuple[str, str, int], **kw: object) -> SampleProfile:
    return SampleProfile(
        total=non_null, non_null=non_null, distinct=non_null,
        hits=tuple(DetectorHit(d, c, m) for d, c, m in hits), **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def classify(name: str, sample: SampleProfile | None, table: str = "t_data", type_: str = "varchar(64)"):
    return classify_column(Column(name, type_, sample=sample), Table(table))


def test_values_create_a_category_under_a_meaningless_name() -> None:
    got = classify("col7", profile(200, ("cn_resident_id", ID, 194)))
    assert got.categories == (ID,)
    assert "97% of 200 sampled values" in got.reason


def test_too_few_valid_values_create_nothing() -> None:
    assert classify("col7", profile(200, ("cn_resident_id", ID, 40))).categories == ()


def test_values_confirm_a_name_and_raise_confidence() -> None:
    alone = classify("sfzh", None)
    confirmed = classify("sfzh", profile(200, ("cn_resident_id", ID, 194)))
    assert confirmed.categories == alone.categories == (ID,)
    assert confirmed.confidence > alone.confidence
    assert "身份证号" in confirmed.reason and "97%" in confirmed.reason


def test_contradicting_values_lower_confidence() -> None:
    alone = classify("email", None, table="customer")
    contradicted = classify("email", profile(200), table="customer")
    assert contradicted.categories == (EMAIL,)
    assert contradicted.confidence < alone.confidence
    assert "0% of 200" in contradicted.reason


def test_hashed_values_are_no_contradiction() -> None:
    got = classify(
        "email", profile(200, hash_format="sha256-hex", mean_entropy=3.9, max_length=64), "customer"
    )
    assert got.confidence == classify("email", None, "customer").confidence


def test_values_replace_a_checkable_name_they_contradict() -> None:
    got = classify("email", profile(200, ("cn_mobile", PHONE, 190)), table="customer")
    assert got.categories == (PHONE,)


def test_context_required_detector_needs_metadata() -> None:
    dob = "user.demographic.date_of_birth"
    assert classify("col3", profile(100, ("date_of_birth", dob, 95))).categories == ()
    assert classify("birthday", profile(100, ("date_of_birth", dob, 95)), "member", "date").categories == (
        dob,
    )
    gps = "user.location.precise"
    assert classify("col4", profile(100, ("gps_coordinate", gps, 100))).categories == ()


def test_order_number_is_not_a_phone() -> None:
    assert (
        classify("order_no", profile(200, ("cn_mobile", PHONE, 180)), "oms_order", "bigint").categories == ()
    )
    # The same values under a neutral name are phones.
    assert classify("col9", profile(200, ("cn_mobile", PHONE, 180))).categories == (PHONE,)


def test_free_text_can_hold_two_categories() -> None:
    got = classify(
        "col_text", profile(100, ("text:email", EMAIL, 30), ("text:cn_mobile", PHONE, 20)), "t", "text"
    )
    assert got.categories == (EMAIL, PHONE)


def test_password_hashes_without_a_name() -> None:
    got = classify("col2", profile(50, hash_format="bcrypt"))
    assert got.categories == ("user.authorization.password",)
    assert classify("col2", profile(50, hash_format="md5-hex")).categories == ()


def test_password_name_confirmed_by_hashes() -> None:
    got = classify("password", profile(50, hash_format="bcrypt"), "sys_user")
    assert "bcrypt" in got.reason


def test_catalog_is_classified_deterministically() -> None:
    table = Table(
        "sys_user", columns=(Column("id", "bigint"), Column("phone", "varchar(11)"), Column("email"))
    )
    catalog = Catalog(tables=(table,))
    first = classify_catalog(catalog)
    assert first == classify_catalog(catalog)
    got = {c.name: c.classification.categories for c in first.tables[0].columns}
    assert got == {"id": (), "phone": (PHONE,), "email": (EMAIL,)}
    assert catalog.tables[0].columns[1].classification.categories == ()  # input untouched


def test_a_small_unanimous_sample_of_a_strict_format_is_enough() -> None:
    got = classify("contact", profile(3, ("email", "user.contact.email", 3)))
    assert got.categories == ("user.contact.email",)
    assert "100% of 3 sampled values" in got.reason


def test_a_small_sample_is_not_enough_for_loose_or_partial_formats() -> None:
    phone = "user.contact.phone_number"
    assert classify("contact", profile(3, ("cn_mobile", phone, 3))).categories == ()
    assert classify("contact", profile(4, ("email", "user.contact.email", 3))).categories == ()
    assert classify("contact", profile(1, ("email", "user.contact.email", 1))).categories == ()
