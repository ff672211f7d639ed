"""Metadata evidence: tokenisation, pinyin, Chinese comments, context and the known traps."""

from __future__ import annotations

import pytest

from engine.classify.fuse import classify_catalog, classify_column
from engine.classify.lexicon import load_lexicon, parse_lexicon
from engine.classify.names import catalog_context, metadata_evidence, table_info, tokenise, type_class
from engine.classify.taxonomy import load_taxonomy, parse_taxonomy, related
from engine.errors import PolicyError
from engine.model import Catalog, Column, ForeignKey, Table


def verdict(
    table: str, column: str, type_: str = "varchar(64)", comment: str | None = None
) -> tuple[str, ...]:
    return classify_column(Column(column, type_, comment=comment), Table(table)).categories


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("userMobileNo", ("user", "mobile", "no")),
        ("user_mobile_no", ("user", "mobile", "no")),
        ("IPAddress", ("ipaddress",)),  # a lexicon word stays whole
        ("homeAddressLine", ("home", "address", "line")),
        ("address1", ("address", "1")),
        ("addressline1", ("address", "line", "1")),
        ("businessentityid", ("business", "entity", "id")),
        ("passwordhash", ("password", "hash")),
        ("remote_addr", ("remote", "addr")),
        ("passport", ("passport",)),
        ("sfzh", ("sfzh",)),
    ],
)
def test_tokenise(name: str, tokens: tuple[str, ...]) -> None:
    assert tokenise(name) == tokens


@pytest.mark.parametrize(
    ("type_", "cls"),
    [("varchar(18)", "text"), ("bigint", "number"), ("tinyint(1)", "bool"), ("date", "date"),
     ("timestamp with time zone", "datetime"), ("bytea", "binary"), ("inet", "inet"), ("", None)],
)  # fmt: skip
def test_type_class(type_: str, cls: str | None) -> None:
    assert type_class(Column("c", type_)) == cls


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        ("t_person", "sfzh", "varchar(18)", "user.government_id.national_identification_number"),
        ("t_person", "shenfenzheng", "varchar(18)", "user.government_id.national_identification_number"),
        ("t_person", "zjhm", "varchar(32)", "user.government_id.national_identification_number"),
        ("t_person", "xingming", "varchar(32)", "user.name"),
        ("t_person", "xm", "varchar(32)", "user.name"),
        ("t_person", "sjh", "varchar(11)", "user.contact.phone_number"),
        ("t_person", "shouji", "varchar(11)", "user.contact.phone_number"),
        ("t_person", "csrq", "date", "user.demographic.date_of_birth"),
        ("t_person", "yhkh", "varchar(32)", "user.financial.bank_account"),
        ("t_person", "xb", "char(1)", "user.demographic.gender"),
        ("t_person", "mz", "varchar(16)", "user.demographic.race_ethnicity"),
    ],
)
def test_pinyin(table: str, column: str, type_: str, expected: str) -> None:
    assert verdict(table, column, type_) == (expected,)


def test_pinyin_reason_names_the_chinese() -> None:
    got = classify_column(Column("sfzh", "varchar(18)"), Table("t_person"))
    assert "身份证号 (pinyin initials)" in got.reason
    assert "varchar(18)" in got.reason


@pytest.mark.parametrize(
    ("column", "comment", "expected"),
    [
        ("c1", "手机号码", "user.contact.phone_number"),
        ("c2", "身份证号", "user.government_id.national_identification_number"),
        ("c3", "姓名", "user.name"),
        ("c4", "家庭住址", "user.contact.address"),
        ("c5", "出生日期", "user.demographic.date_of_birth"),
        ("c6", "性别：0->未知；1->男；2->女", "user.demographic.gender"),
        ("c7", "邮箱", "user.contact.email"),
        ("c8", "银行卡号", "user.financial.bank_account"),
        ("c9", "登录密码", "user.authorization.password"),
        ("c10", "病历", "user.health_and_medical"),
        ("c11", "诊断结果", "user.health_and_medical"),
        ("c12", "民族", "user.demographic.race_ethnicity"),
        ("c13", "宗教信仰", "user.demographic.religious_belief"),
        ("c14", "指纹", "user.biometric.fingerprint"),
        ("c15", "人脸照片", "user.biometric.facial"),
        ("c16", "行动轨迹", "user.location.trajectory"),
        ("c17", "经纬度", "user.location.precise"),
    ],
)
def test_chinese_comments(column: str, comment: str, expected: str) -> None:
    assert verdict("t_member", column, comment=comment) == (expected,)


@pytest.mark.parametrize(
    ("column", "comment"),
    [("c1", "创建时间"), ("c2", "是否删除"), ("c3", "手机号验证状态"), ("c4", "创建者"), ("c5", "登录次数")],
)
def test_chinese_comments_not_personal(column: str, comment: str) -> None:
    assert verdict("t_member", column, comment=comment) == ()


def test_comment_overrides_generic_name() -> None:
    assert verdict("t_thing", "name", comment="商品名称") == ()
    assert verdict("sys_user", "name", comment="商品名称") == ()


@pytest.mark.parametrize(
    ("table", "column", "type_"),
    [
        ("users", "passport_no", "varchar(20)"),  # not a password (a passport number)
        ("users", "password_changed_at", "timestamp"),
        ("gen_table", "table_name", "varchar(64)"),
        ("storage", "filename", "varchar(64)"),
        ("storage", "file_name", "varchar(64)"),
        ("pms_product", "nickname", "varchar(64)"),
        ("dict", "status_name", "varchar(64)"),
        ("pms_brand", "brand_name", "varchar(64)"),
        ("order_item", "product_name", "varchar(64)"),
        ("login_log", "user_agent", "varchar(512)"),  # not a username
        ("site_setting", "default_timezone", "varchar(32)"),
        ("warehouse", "address", "varchar(200)"),
        ("company", "address", "varchar(200)"),
        ("supplier", "phone", "varchar(20)"),
        ("company", "phone", "varchar(20)"),
        ("users", "login_count", "int"),
        ("users", "email_flag", "int"),
        ("users", "phone_status", "int"),
        ("users", "created_at", "timestamp"),
        ("users", "email_verified_at", "timestamp"),
        ("orders", "user_id", "bigint"),
        ("orders", "member_id", "bigint"),
        ("orders", "create_by", "varchar(64)"),
        ("orders", "update_by", "varchar(64)"),
        ("users", "is_email_verified", "bool"),
        ("orders", "email_template", "varchar(64)"),
    ],
)
def test_traps_are_not_personal_or_not_password(table: str, column: str, type_: str) -> None:
    categories = verdict(table, column, type_)
    assert "user.authorization.password" not in categories
    assert "user.account.username" not in categories
    assert "user.name" not in categories
    if column not in ("passport_no", "user_agent"):
        assert categories == ()


def test_passport_no_is_a_passport_and_user_agent_is_device_data() -> None:
    assert verdict("users", "passport_no") == ("user.government_id.passport_number",)
    assert verdict("login_log", "user_agent", "varchar(512)") == ("user.device.user_agent",)


def test_table_context_decides_generic_names() -> None:
    assert verdict("sys_user", "name") == ("user.name",)
    assert verdict("pms_product", "name") == ()
    assert verdict("customer", "phone") == ("user.contact.phone_number",)
    assert verdict("supplier", "contact_name") == ("user.name",)  # the contact person, not the company


def test_types_and_dates() -> None:
    assert verdict("member", "birthday", "date") == ("user.demographic.date_of_birth",)
    assert verdict("member", "birth_date", "timestamp") == ("user.demographic.date_of_birth",)
    assert verdict("member", "email", "bigint") == ()
    assert verdict("member", "last_ip", "inet") == ("user.device.ip_address",)
    ev = metadata_evidence(Column("id_card", "varchar(18)"), Table("member"))
    assert ev.best is not None and "fits" in ev.best.reason


def test_lexicon_categories_exist_in_taxonomy() -> None:
    keys = load_taxonomy().keys()
    lex = load_lexicon()
    assert {t.category for t in lex.terms + lex.zh_terms} <= keys
    assert set(lex.values.weak_format) <= keys


def test_lexicon_with_unknown_category_fails_closed() -> None:
    text = """
version: 1
entries: [{category: user.no_such_thing, en: [foo]}]
context: {person: {en: [user]}, organisation: {en: [company]}, object: {en: [product]},
          place: {en: [address]}}
not_personal: {suffixes: {}, prefixes: [], names: [], transparent: [], zh_suffixes: [], zh_prefixes: [],
               zh_names: [], zh_transparent: []}
"""
    with pytest.raises(PolicyError, match=r"user\.no_such_thing"):
        parse_lexicon(text, load_taxonomy())


def test_lexicon_schema_error_fails_closed() -> None:
    with pytest.raises(PolicyError, match="schema error"):
        parse_lexicon("version: 1\nentries: []\n", load_taxonomy())


def test_taxonomy_loads_and_checks_parents() -> None:
    assert "user.contact.email" in load_taxonomy()
    with pytest.raises(PolicyError, match="parent"):
        parse_taxonomy("version: 1\ncategories:\n  - {key: user.a, name: {en: A, zh: 甲}}\n")
    with pytest.raises(PolicyError, match="schema error"):
        parse_taxonomy("version: 1\ncategories:\n  - {key: user, name: {en: A, zh: 甲, extra: 1}}\n")
    assert related("user.contact", "user.contact.email")
    assert not related("user.contact.email", "user.contact.phone_number")


# ---- generalisation: abbreviations, coded values, table roles ----------------


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("CUSTNM", ("cust", "nm")),
        ("BRTH_DT", ("brth", "dt")),
        ("empno", ("emp", "no")),
        ("expmonth", ("exp", "month")),
    ],
)
def test_tokenise_run_together_abbreviations(name: str, tokens: tuple[str, ...]) -> None:
    assert tokenise(name) == tokens


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        ("CUSTOMER", "CUST_NM", "VARCHAR2(100)", ("user.name",)),
        ("CUSTOMER", "BRTH_DT", "DATE", ("user.demographic.date_of_birth",)),
        ("CUSTOMER", "SEX_CD", "CHAR(1)", ("user.demographic.gender",)),
        ("CUSTOMER", "MOB_NO", "VARCHAR2(20)", ("user.contact.phone_number",)),
        ("CUSTOMER", "EML_ADDR", "VARCHAR2(100)", ("user.contact.email",)),
        ("CUSTOMER", "ACCT_NO", "VARCHAR2(20)", ("user.financial.bank_account",)),
        ("EMP", "EMPNO", "NUMBER", ()),
        ("location", "country_concept_id", "int", ("user.contact.address.country",)),
        ("provider", "specialty_concept_id", "int", ("user.job_title",)),
        ("person", "person_source_value", "varchar(50)", ("user.health_and_medical.record_id",)),
        ("hz_jbxx", "jtdz", "varchar(200)", ("user.contact.address",)),
        ("cdr", "calling_number", "varchar(20)", ("user.contact.phone_number",)),
        ("creditcard", "expmonth", "smallint", ("user.financial.credit_card",)),
        ("person", "emailpromotion", "int", ("user.privacy_preferences",)),
    ],
)
def test_unseen_naming_styles(table: str, column: str, type_: str, expected: tuple[str, ...]) -> None:
    assert verdict(table, column, type_) == expected


@pytest.mark.parametrize(
    ("table", "column", "type_"),
    [
        ("jobs", "max_salary", "numeric"),  # a bound of a job's pay scale
        ("products", "gender", "varchar(10)"),  # a product's audience
        ("vendor", "accountnumber", "varchar(15)"),  # "account" does not vouch for a person by itself
        ("salesorderheader", "accountnumber", "varchar(15)"),
        ("system_mail_account", "password", "varchar(255)"),  # the organisation's SMTP secret (G8)
        ("system_mail_account", "username", "varchar(255)"),
        ("infra_api_access_log", "operate_name", "varchar(50)"),  # a log is not a person
        ("sys_oper_log", "title", "varchar(50)"),
        ("storage", "extension", "varchar(10)"),
    ],
)
def test_role_of_the_table_rules_out_people(table: str, column: str, type_: str) -> None:
    assert verdict(table, column, type_) == ()


def test_department_contacts_are_its_head() -> None:
    # README hard call: a department's phone and mailbox are in practice its leader's.
    assert verdict("sys_dept", "phone", "varchar(11)") == ("user.contact.phone_number",)
    assert verdict("sys_dept", "leader", "varchar(20)") == ("user.name",)
    assert verdict("sys_dept", "dept_name", "varchar(30)") == ()
    assert verdict("suppliers", "phone", "varchar(24)") == ()


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        ("condition_occurrence", "condition_concept_id", "integer", ("user.health_and_medical",)),
        ("condition_occurrence", "condition_type_concept_id", "integer", ()),  # provenance
        ("condition_occurrence", "condition_status_concept_id", "integer", ()),
        ("drug_exposure", "lot_number", "varchar(50)", ()),  # an identifier, not a value
        ("diagnoses_icd", "icd_code", "varchar(7)", ("user.health_and_medical",)),
        ("diagnoses_icd", "icd_version", "integer", ()),
        ("d_icd_diagnoses", "icd_code", "varchar(7)", ()),  # a dictionary, about nobody
        ("labevents", "valuenum", "double precision", ("user.health_and_medical",)),
        ("transfers", "careunit", "varchar(255)", ("user.health_and_medical",)),
        ("note", "language_concept_id", "integer", ()),  # the document's language
        ("omr", "result_name", "varchar(100)", ()),
        ("labevents", "comments", "text", ("user.health_and_medical",)),
    ],
)
def test_clinical_tables(table: str, column: str, type_: str, expected: tuple[str, ...]) -> None:
    assert verdict(table, column, type_) == expected


def test_abbreviation_that_is_a_lexicon_word_fails_closed() -> None:
    text = """
version: 1
entries: [{category: user.name, en: [cust name]}]
context: {person: {en: [user]}, organisation: {en: [company]}, object: {en: [product]},
          place: {en: [address]}}
not_personal: {suffixes: {}, prefixes: [], names: [], transparent: [], zh_suffixes: [], zh_prefixes: [],
               zh_names: [], zh_transparent: []}
abbreviations: {cust: customer}
"""
    with pytest.raises(PolicyError, match="abbreviations"):
        parse_lexicon(text, load_taxonomy())


@pytest.mark.parametrize(
    ("table", "column", "expected"),
    [
        # a table that is not clearly about something else may be about people
        ("parcel", "recv_name", ("user.name",)),
        ("trip", "rider_remark", ("user.content.private",)),
        ("crd_card", "EMBOSS_NM", ("user.name",)),
        # ... but a foreign noun before a generic word names a thing of its own
        ("device", "room_name", ()),
        ("grade_book", "assignment_name", ()),
        ("us_states", "state_region", ()),
        # tables clearly about something else still block generic words
        ("pms_product", "name", ()),
        ("django_migrations", "name", ()),
    ],
)
def test_neutral_tables_may_be_about_people(table: str, column: str, expected: tuple[str, ...]) -> None:
    assert verdict(table, column) == expected


def test_generic_word_in_neutral_table_is_less_sure_than_in_person_table() -> None:
    neutral = classify_column(Column("city", "varchar(64)"), Table("parcel"))
    person = classify_column(Column("city", "varchar(64)"), Table("customer"))
    assert neutral.categories == person.categories == ("user.contact.address.city",)
    assert neutral.confidence < person.confidence


def test_bare_name_is_a_persons_only_in_a_table_about_people() -> None:
    """Round 8: no labelled set had a bare `name` in a neutral table that was a person's (a fund's, a fee's,
    a mailing list's, a SAP vendor's NAME1 were)."""
    assert classify_column(Column("name", "varchar(64)"), Table("m_fund")).categories == ()
    assert classify_column(Column("name", "varchar(64)"), Table("customer")).categories == ("user.name",)
    contact = classify_column(Column("contact_name", "varchar(64)"), Table("m_fund"))
    assert contact.categories == ("user.name",)


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        ("profiles", "hiv_status", "varchar(16)", ("user.health_and_medical",)),
        ("cif_cust_base", "PEP_FLG", "CHAR(1)", ("user.demographic.specific_identity",)),
        ("cif_cust_base", "RLGN_CD", "CHAR(2)", ("user.demographic.religious_belief",)),
        ("employee", "work_permit_expiry", "date", ("user.government_id.immigration",)),
        ("sleep_record", "avg_heart_rate", "smallint", ("user.health_and_medical",)),
        ("orders", "order_status", "int", ()),  # no sensitive head: still a status
        ("users", "email_flag", "int", ()),  # contact data is no sensitive head
        ("users", "password_changed_at", "timestamp", ()),
        ("death", "death_type_concept_id", "integer", ()),  # a record's provenance type
        ("jobs", "max_salary", "numeric", ()),  # an aggregate of income stays a bound
    ],
)
def test_sensitive_heads_survive_bookkeeping_suffixes(
    table: str, column: str, type_: str, expected: tuple[str, ...]
) -> None:
    assert verdict(table, column, type_) == expected


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        ("诊断编码 ICD-10", ("user.health_and_medical",)),  # a code stands for what it codes
        ("现住址行政区划代码", ("user.contact.address",)),
        ("医保类型", ("user.health_and_medical",)),  # a sensitive term survives a bookkeeping tail
        ("订单类型", ()),
        ("证件类型", ()),  # which document, not its number
    ],
)
def test_chinese_tails_after_sensitive_terms(comment: str, expected: tuple[str, ...]) -> None:
    assert verdict("gy_brxx", "x1", "varchar(20)", comment=comment) == expected


def _table(name: str, *columns: str) -> Table:
    return Table(name, columns=tuple(Column(c, "varchar(64)") for c in columns))


def test_company_name_on_a_person_record_is_the_employer() -> None:
    contact = _table("Contact", "firstName", "lastName", "companyName", "mobilePhone")
    account = _table("Account", "companyName", "billingStreet", "phone")
    customers = _table("customers", "company_name", "contact_name", "phone")
    assert classify_column(contact.columns[3], contact).categories == ("user.contact.phone_number",)
    assert classify_column(account.columns[1], account).categories == ()  # the company's billing address
    assert classify_column(customers.columns[2], customers).categories == ()  # Northwind: a business
    assert classify_column(customers.columns[1], customers).categories == ("user.name",)


@pytest.mark.parametrize(
    ("table", "column", "expected"),
    [
        ("payslip_line", "gross_amount", ("user.financial.income",)),
        ("grade_book", "points_earned", ("user.education",)),
        ("nurse_visit", "sent_home", ("user.health_and_medical",)),
        ("attendance", "recorded_by", ()),  # an audit stamp, not the record's content
        ("payslip_line", "payslip_id", ()),
    ],
)
def test_domain_records_about_a_person(table: str, column: str, expected: tuple[str, ...]) -> None:
    assert verdict(table, column) == expected


# ---- round 3: person roles, everyday vocabulary, records about one person ----------------------------


def _catalog_verdicts(*tables: Table) -> dict[tuple[str, str], tuple[str, ...]]:
    catalog = classify_catalog(Catalog(tables=tables))
    return {(t.name, c.name): c.classification.categories for t in catalog.tables for c in t.columns}


@pytest.mark.parametrize(
    ("table", "column", "comment", "expected"),
    [
        ("claim_payment", "PayeeName", None, ("user.name",)),  # a role before a generic word
        ("hotel_property", "gm_name", None, ("user.name",)),  # on an organisation's record too
        ("friend", "remark_name", None, ("user.name",)),  # the name a user gives a friend
        ("repair_order", "baoxiuren", "报修人", ("user.name",)),  # X人: the person in a role
        ("repair_order", "shenheren", "审核人", ()),  # ...but not an audit stamp (G6)
        ("tblMember", "strGoesBy", None, ("user.name",)),  # "by" is no audit stamp here
    ],
)
def test_person_roles(table: str, column: str, comment: str | None, expected: tuple[str, ...]) -> None:
    assert verdict(table, column, comment=comment) == expected


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        ("heart_rate_sample", "bpm", "int", ("user.health_and_medical",)),
        ("users", "hrv_rmssd_ms", "int", ("user.health_and_medical",)),
        ("cycle_log", "contraception", "varchar(20)", ("user.demographic.sex_life",)),
        ("background_check", "criminal_result", "varchar(20)", ("user.criminal_history",)),
        ("background_check", "drug_test_result", "varchar(20)", ("user.health_and_medical",)),
        ("consent", "gpc_signal", "bool", ("user.privacy_preferences",)),
        ("device_identity", "gaid", "varchar(36)", ("user.device.device_id",)),
        ("access_log", "x_forwarded_for", "varchar(64)", ("user.device.ip_address",)),
        ("web_visit", "search_query", "text", ("user.behavior.search_history",)),
        ("vehicle", "registration_plate", "varchar(12)", ("user.government_id.vehicle_registration",)),
        ("travel_doc", "doc_no", "varchar(20)", ("user.government_id",)),  # "no" is "number"
        ("users", "is_minor", "bool", ("user.demographic.age_range",)),  # a sensitive head after is_
        ("claim", "InjuryFlag", "bit", ("user.health_and_medical",)),  # ... before a flag
        ("claim", "InjuryDescription", "text", ("user.health_and_medical",)),  # described sensitive matter
        ("customers", "SmokerFlag", "bit", ("user.demographic.profile",)),  # needs a person table
        ("products", "calories", "int", ()),  # a product's calories are no person's
        ("products", "is_minor", "bool", ()),  # a product for minors: its audience
    ],
)
def test_everyday_privacy_vocabulary(table: str, column: str, type_: str, expected: tuple[str, ...]) -> None:
    assert verdict(table, column, type_) == expected


def test_smoker_flag_is_bookkeeping_outside_a_person_table() -> None:
    assert verdict("import_batch", "smoker_flag", "bit") == ()


def test_english_comment_names_the_content_when_the_name_does_not() -> None:
    income = Column("mthly_x", "decimal(12,2)", comment="self-declared monthly income")
    assert metadata_evidence(income, Table("borrower")).best.category == "user.financial.income"
    reference = Column("billtoaddressid", "int", comment="Customer billing address. Foreign key to Address.")
    assert metadata_evidence(reference, Table("salesorder")).best is None  # a reference, not content
    vendor = Column("stcd1", "varchar(16)", comment="Tax number 1 of the vendor")
    assert metadata_evidence(vendor, Table("lfa1")).best is None  # the organisation's own
    enumeration = Column("src", "varchar(12)", comment="manual | address_book")
    assert metadata_evidence(enumeration, Table("borrower_contact")).best is None  # values, first clause


def test_a_short_title_is_a_courtesy_title() -> None:
    assert verdict("person", "title", "varchar(8)") == ("user.name",)
    assert verdict("employees", "title", "varchar(30)") == ("user.job_title",)


def test_a_persons_time_zone_is_coarse_location() -> None:
    # holdout READMEs: a person's own time zone is coarse location; a site default is configuration
    assert verdict("users", "timezone", "varchar(32)") == ("user.location.imprecise",)
    assert verdict("core_site_setting", "default_timezone", "varchar(32)") == ()


def test_records_keyed_to_a_person() -> None:
    assert table_info(
        Table("heart_rate_sample", (Column("user_id", "int"), Column("bpm", "int")))
    ).person_keyed
    assert not table_info(Table("sys_config", (Column("create_user_id", "int"),))).person_keyed  # audit
    repair = Table(
        "wy_baoxiu", (Column("baoxiuren", "varchar(30)", comment="报修人"), Column("lianxi_dianhua"))
    )
    assert not table_info(Table("wy_baoxiu", (Column("wenti_miaoshu"),))).person_keyed
    assert table_info(repair).person_keyed  # holds a direct identifier (联系电话)


def test_a_claim_on_a_policy_of_a_policyholder_is_about_that_person() -> None:
    holder = Table(
        "Policyholder",
        (Column("PolicyholderID", "int"), Column("FirstName")),
        primary_key=("PolicyholderID",),
    )
    policy = Table(
        "Policy",
        (Column("PolicyID", "int"), Column("PolicyholderID", "int")),
        primary_key=("PolicyID",),
        foreign_keys=(ForeignKey(("PolicyholderID",), "dbo.Policyholder"),),
    )
    claim = Table(
        "Claim", (Column("ClaimID", "int"), Column("PolicyID", "int"), Column("LossDescription", "text"))
    )
    bare = Table("Claim", (Column("ClaimID", "int"), Column("LossDescription", "text")))
    assert _catalog_verdicts(holder, policy, claim)[("Claim", "LossDescription")] == ("user.content.private",)
    assert _catalog_verdicts(bare)[("Claim", "LossDescription")] == ()  # a loss's description: a thing's
    assert ("policy",) in catalog_context((holder, policy, claim)).people


def test_personal_finance_records_versus_purchases() -> None:
    loan = Table(
        "ln_repay_plan",
        (
            Column("app_id", "int"),
            Column("due_prin", "decimal(12,2)"),
            Column("paid_amt", "decimal(12,2)"),
            Column("inst_no", "int"),
        ),
    )
    order = Table("orders", (Column("user_id", "int"), Column("paid_amt", "decimal(12,2)")))
    found = _catalog_verdicts(loan, order)
    assert found[("ln_repay_plan", "due_prin")] == ("user.financial",)
    assert found[("ln_repay_plan", "paid_amt")] == ("user.financial",)
    assert found[("ln_repay_plan", "inst_no")] == ()
    assert found[("orders", "paid_amt")] == ()  # a purchase's price (G3)


def test_fitness_records() -> None:
    workout = Table(
        "workout",
        (
            Column("workout_id", "int"),
            Column("user_id", "int"),
            Column("sport_type", "varchar(20)"),
            Column("duration_s", "int"),
            Column("started_at", "timestamp"),
            Column("calories_kcal", "int"),
        ),
    )
    activity = Table("daily_activity", (Column("user_id", "int"), Column("steps", "int")))
    track = Table(
        "gps_point", (Column("workout_id", "int"), Column("lat", "decimal(9,6)"), Column("speed_mps", "real"))
    )
    found = _catalog_verdicts(workout, activity, track)
    assert found[("workout", "sport_type")] == ("user.behavior",)
    assert found[("workout", "duration_s")] == ("user.behavior",)  # a period is a measure here
    assert found[("workout", "started_at")] == ()
    assert found[("workout", "calories_kcal")] == ("user.health_and_medical",)
    assert found[("daily_activity", "steps")] == ("user.behavior",)  # an activity of a user, no catalogue
    assert found[("gps_point", "lat")] == ("user.location.trajectory",)
    assert found[("gps_point", "speed_mps")] == ()  # the speed and heading describe the device (round 8)
    assert found[("gps_point", "workout_id")] == ()


def test_keys_to_other_tables_are_keys() -> None:
    device = Table(
        "band_device",
        (Column("device_id", "varchar(40)"), Column("serial_number", "varchar(40)")),
        primary_key=("device_id",),
    )
    sample = Table("heart_rate_sample", (Column("device_id", "varchar(40)"), Column("bpm", "int")))
    found = _catalog_verdicts(device, sample)
    assert found[("band_device", "device_id")] == ()  # its own primary key (G2)
    assert found[("heart_rate_sample", "device_id")] == ()  # names another table: a foreign key
    assert found[("band_device", "serial_number")] == ("user.device.device_id",)  # the device's own serial
    assert verdict("login_log", "device_id") == ("user.device.device_id",)  # no table of devices here


def test_table_info_is_computed_once_per_table() -> None:
    table = Table("users", (Column("email"), Column("phone")))
    assert table_info(table) is table_info(table)


# ---- round 4: what a record about one person holds that no term names ----------------------------------


def _typed(name: str, *columns: tuple[str, str], pk: tuple[str, ...] = ()) -> Table:
    return Table(name, tuple(Column(c, t) for c, t in columns), primary_key=pk)


@pytest.mark.parametrize(
    ("column", "type_", "expected"),
    [
        ("cover_letter", "text", ("user.content.private",)),  # long text named as written content
        ("rejection_reason", "varchar(500)", ("user.content.private",)),
        ("BodyHtml", "nvarchar(max)", ("user.content.private",)),
        ("rejection_reason", "varchar(40)", ()),  # a short code-like reason, not free text
        ("cover_letter_id", "text", ()),  # a key
        ("score", "int", ("user.demographic.profile",)),  # an assessment of the candidate
        ("rating_avg", "decimal(3,2)", ("user.demographic.profile",)),
        ("recruiter_score", "int", ()),  # a score by or of someone else than the row's person
        ("expires_on", "date", ()),  # no identity document named
    ],
)
def test_free_text_and_assessments_on_a_person_record(
    column: str, type_: str, expected: tuple[str, ...]
) -> None:
    table = _typed("interviews", ("candidate_id", "int"), (column, type_))
    assert classify_column(table.columns[1], table).categories == expected


def test_free_text_needs_a_record_about_a_person() -> None:
    config = _typed("mail_template", ("body", "text"))
    order = _typed("orders", ("user_id", "int"), ("cancel_reason", "varchar(500)"))  # a purchase (G3)
    log = _typed("api_access_log", ("user_id", "int"), ("response_body", "text"))
    assert classify_column(config.columns[0], config).categories == ()
    assert classify_column(order.columns[1], order).categories == ()
    assert classify_column(log.columns[1], log).categories == ()


def test_review_scores_and_catalogue_ratings_are_not_assessments_of_a_person() -> None:
    review = _typed("product_review", ("user_id", "int"), ("score", "int"))
    product = _typed("product", ("rating", "decimal(3,2)"))
    assert classify_column(review.columns[1], review).categories == ()
    assert classify_column(product.columns[0], product).categories == ()


def test_validity_dates_of_an_identity_document() -> None:
    licence = _typed(
        "driver_licences", ("driver_id", "int"), ("first_issued_on", "date"), ("expires_on", "date")
    )
    assert classify_column(licence.columns[1], licence).categories == (
        "user.government_id.drivers_license_number",
    )
    assert classify_column(licence.columns[2], licence).categories == (
        "user.government_id.drivers_license_number",
    )
    plan = _typed("subscription", ("user_id", "int"), ("expires_on", "date"))
    assert classify_column(plan.columns[1], plan).categories == ()  # no document: a timestamp (G4)


def test_the_last_context_word_of_a_table_name_says_what_its_rows_are() -> None:
    assert verdict("site_users", "display_name") == ("user.account.username",)  # a site's users
    assert verdict("site_newsletter_subscribers", "email") == ("user.contact.email",)
    assert verdict("system_mail_account", "password") == ()  # an organisation's mailbox (G8)
    assert verdict("supplier", "phone") == ()


def test_a_session_tables_own_text_id_is_the_session_token() -> None:
    web = _typed("site_sessions", ("sessionId", "varchar(128)"), ("userId", "bigint"), pk=("sessionId",))
    telecom = _typed(
        "data_session", ("session_id", "number(20)"), ("imsi", "varchar(15)"), pk=("session_id",)
    )
    assert classify_column(web.columns[0], web).categories == ("user.authorization.credentials",)
    assert classify_column(telecom.columns[0], telecom).categories == ()  # a numeric surrogate key


def test_object_words_do_not_veto_a_record_about_a_person() -> None:
    event = _typed("web_event", ("user_id", "bigint"), ("page_url", "varchar(2000)"), ("name", "varchar(64)"))
    assert classify_column(event.columns[1], event).categories == ("user.behavior.browsing_history",)
    assert classify_column(event.columns[2], event).categories == ()  # the event's own name


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        ("guest_travel_doc", "doc_expiry_dt", "date", ("user.government_id",)),  # a document word, no term
        ("driver", "lic_first_issue_date", "date", ("user.government_id",)),  # "lic" is a licence
        ("driver", "created_on", "date", ()),  # no document: a timestamp (G4)
        ("merchant", "business_license_no", "varchar(32)", ()),  # an organisation's registration
        ("teacher", "hourly_pay", "decimal(8,2)", ("user.financial.income",)),
        ("parent", "consent_version", "varchar(16)", ("user.privacy_preferences",)),  # which text was agreed
    ],
)
def test_documents_pay_and_consent(table: str, column: str, type_: str, expected: tuple[str, ...]) -> None:
    t = _typed(table, ("user_id", "int"), (column, type_))
    assert classify_column(t.columns[1], t).categories == expected


def test_an_organisations_own_coordinates_are_not_personal() -> None:
    assert verdict("fd_merchant", "lat", "decimal(10,6)") == ()  # a shop's location (G8)
    assert verdict("customer_address", "lat", "decimal(10,6)") == ("user.location.precise",)


def test_measured_scales_on_a_health_record() -> None:
    ecg = _typed(
        "ecg_recording", ("user_id", "int"), ("rhythm_class", "varchar(16)"), ("note_type", "varchar(8)")
    )
    note = _typed("note", ("person_id", "int"), ("note_class", "varchar(16)"))
    gps = _typed("gps_points", ("user_id", "int"), ("accuracy_m", "real"))
    assert classify_column(ecg.columns[1], ecg).categories == ("user.health_and_medical",)
    assert classify_column(ecg.columns[2], ecg).categories == ()  # the record's kind
    assert classify_column(note.columns[1], note).categories == ()  # the note's own class
    assert classify_column(gps.columns[1], gps).categories == ()  # a fix's quality, not a location


def test_round_4_vocabulary() -> None:
    assert verdict("login_device", "device_uuid") == ("user.device.device_id",)
    assert verdict("interviews", "interviewer_name") == ("user.name",)  # a named participant
    assert verdict("store", "dianzhang_shouji") == ("user.contact.phone_number",)  # the store manager's
    assert verdict("store", "phone") == ()  # the store's own line (G8)
    resume = _typed("resumes", ("candidate_id", "int"), ("parsed_text", "text"))
    assert classify_column(resume.columns[1], resume).categories == ("user.content.private",)


def test_comments_on_an_organisations_site_are_the_commenters() -> None:
    comments = _typed(
        "site_comments",
        ("comment_author", "tinytext"),
        ("comment_content", "text"),
        ("comment_type", "varchar(20)"),
        ("comment_approved", "varchar(20)"),
    )
    found = {c.name: classify_column(c, comments).categories for c in comments.columns}
    assert found["comment_author"] == ("user.name",)  # a role naming the person
    assert found["comment_content"] == ("user.content.public",)  # the table says what its content is
    assert found["comment_type"] == ()  # named by what follows the table's word
    assert found["comment_approved"] == ()


def test_a_role_alone_names_a_person_only_in_a_short_text_column() -> None:
    assert verdict("parcel", "consignee", "varchar(64)") == ("user.name",)
    assert verdict("parcel", "consignee", "bigint") == ()
    assert verdict("supplier", "sender", "varchar(64)") == ()  # an organisation's record


def test_candidate_abbreviation_keys_a_record_to_a_person() -> None:
    application = _typed("application", ("cand_id", "int"), ("offer_salary", "decimal(12,2)"))
    assert classify_column(application.columns[1], application).categories == ("user.financial.income",)


# ---- round 5: organisations and animals by their columns, e-mail headers, clinical subjects ----------


def test_a_row_with_an_organisations_own_columns_is_an_organisations() -> None:
    club = _table("clubs", "clubName", "address", "phone", "managerName", "openingHours")
    hall = Table(
        "zw_wdxx",
        columns=(
            Column("wdmc", "varchar(100)", comment="网点名称"),
            Column("zxdh", "varchar(20)", comment="咨询电话"),
            Column("fzr_sj", "varchar(11)", comment="负责人手机"),
        ),
    )
    person = Table(
        "ry",
        columns=(
            Column("xm", "varchar(50)", comment="姓名"),
            Column("dh", "varchar(20)", comment="单位名称"),
        ),
    )
    assert classify_column(club.columns[2], club).categories == ()  # the club's switchboard
    assert classify_column(club.columns[1], club).categories == ()
    assert classify_column(club.columns[3], club).categories == ("user.name",)  # its manager is a person
    assert classify_column(hall.columns[1], hall).categories == ()
    assert classify_column(hall.columns[2], hall).categories == ("user.contact.phone_number",)
    assert classify_column(person.columns[1], person).categories == ("user.workplace",)  # an employer


def test_an_animals_row_and_its_records_are_not_a_persons() -> None:
    client = _typed(
        "client", ("client_id", "int"), ("first_nm", "varchar(60)"), ("phone_mobile", "varchar(20)")
    )
    patient = Table(
        "patient",
        columns=tuple(
            Column(c, t)
            for c, t in (
                ("patient_id", "int"),
                ("client_id", "int"),
                ("pet_name", "varchar(60)"),
                ("species", "varchar(30)"),
                ("sex", "char(2)"),
                ("dob", "date"),
            )
        ),
        foreign_keys=(ForeignKey(("client_id",), "client", ("client_id",)),),
    )
    visit = Table(
        "visit",
        columns=tuple(
            Column(c, t)
            for c, t in (("patient_id", "int"), ("diagnosis_cd", "varchar(12)"), ("owner_comments", "text"))
        ),
        foreign_keys=(ForeignKey(("patient_id",), "patient", ("patient_id",)),),
    )
    got = _catalog_verdicts(client, patient, visit)
    assert got[("patient", "pet_name")] == got[("patient", "sex")] == got[("patient", "dob")] == ()
    assert got[("visit", "diagnosis_cd")] == ()
    assert got[("visit", "owner_comments")] == ("user.content.private",)  # the owner's words
    assert got[("client", "phone_mobile")] == ("user.contact.phone_number",)
    assert verdict("patients", "sex", "char(1)") == ("user.demographic.gender",)  # no species: people


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        ("TicketMessages", "FromAddress", "varchar(254)", ("user.contact.email",)),  # a mail header
        ("TicketMessages", "CcAddresses", "text", ("user.contact.email",)),
        ("site_users", "user_pass", "varchar(255)", ("user.authorization.password",)),  # WordPress
        ("site_users", "user_nicename", "varchar(50)", ("user.account.username",)),
        ("PERMIT", "PERMIT_NO", "varchar(16)", ()),  # a parking permit is no identity document
        ("visa_application", "work_permit_no", "varchar(16)", ("user.government_id",)),
    ],
)
def test_round5_vocabulary(table: str, column: str, type_: str, expected: tuple[str, ...]) -> None:
    assert verdict(table, column, type_) == expected


def test_a_clinical_records_subject_names_are_the_patients() -> None:
    rx = _typed(
        "Prescription", ("PatientId", "int"), ("DrugName", "varchar(120)"), ("ResultName", "varchar(60)")
    )
    assert classify_column(rx.columns[1], rx).categories == ("user.health_and_medical",)
    assert classify_column(rx.columns[2], rx).categories == ()  # the record's own name


def test_assessments_name_an_aspect_of_the_person_not_a_rating_table() -> None:
    review = _typed("Applicant", ("ApplicantId", "int"), ("AcademicRating", "int"), ("DriverRating", "int"))
    rating = _typed("mk_rating", ("ratee_id", "bigint"), ("score", "tinyint"))
    assert classify_column(review.columns[1], review).categories == ("user.demographic.profile",)
    assert classify_column(review.columns[2], review).categories == ()  # someone else's
    assert classify_column(rating.columns[1], rating).categories == ()  # one rating of one trade


# ---- round 6: agent nouns for people, lettings tenants, conversations, needs and pay vocabulary --------


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("sign_record", "signer_name"),
        ("lease", "guarantor_name"),
        ("repair_request", "technician_name"),
        ("inspection", "inspector_name"),
        ("recommendation", "RecommenderName"),
    ],
)
def test_a_role_noun_for_a_person_vouches_for_a_name(table: str, column: str) -> None:
    assert verdict(table, column, "varchar(120)") == ("user.name",)
    assert verdict(table, "room_name", "varchar(120)") == ()  # a thing's name stays a thing's


def test_an_organisation_word_table_with_a_persons_own_name_is_about_people() -> None:
    lettings = _table("tenant", "given_name", "family_name", "email", "phone")
    saas = _table("system_tenant", "name", "contact_name", "contact_mobile", "website")
    assert classify_column(lettings.columns[2], lettings).categories == ("user.contact.email",)
    assert classify_column(saas.columns[0], saas).categories == ()  # a SaaS customer organisation
    assert classify_column(saas.columns[1], saas).categories == ("user.name",)


def test_a_chinese_table_word_inside_a_longer_one_gives_no_context() -> None:
    courier = Table(
        "kd_courier",
        comment="快递员",
        columns=(Column("mobile", "varchar(20)", comment="手机号"),),
    )
    company = Table("kd_company", comment="快递公司", columns=(Column("mobile", "varchar(20)"),))
    assert classify_column(courier.columns[0], courier).categories == ("user.contact.phone_number",)
    assert classify_column(company.columns[0], company).categories == ()


def test_a_conversations_messages_are_private() -> None:
    message = _typed(
        "cs_message",
        ("message_id", "bigint"),
        ("content", "text"),
        ("attachment_url", "varchar(500)"),
        ("voice_clip_url", "varchar(500)"),
        ("detected_intent", "varchar(64)"),
    )
    got = {c.name: classify_column(c, message).categories for c in message.columns}
    assert got["content"] == got["attachment_url"] == ("user.content.private",)
    assert got["voice_clip_url"] == ("user.biometric.voice",)
    assert got["message_id"] == got["detected_intent"] == ()


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        ("attendee", "wheelchairAccess", "boolean", ("user.demographic.specific_identity",)),
        ("member", "accessibility_needs", "text", ("user.demographic.specific_identity",)),
        ("venue", "wheelchair_access", "boolean", ()),  # a place's, not a person's
        ("search_log", "query_text", "varchar(200)", ("user.behavior.search_history",)),
        ("opd_patient", "forenames", "varchar(80)", ("user.name.first",)),
        ("opd_patient", "nhs_number", "varchar(10)", ("user.health_and_medical.insurance_beneficiary_id",)),
        ("EmployeeBankAccount", "SortCode", "varchar(8)", ("user.financial.bank_account",)),
        ("Timesheet", "HoursWorked", "decimal(5,2)", ("user.workplace",)),
        ("host", "hostname", "varchar(64)", ()),
    ],
)
def test_round6_vocabulary(table: str, column: str, type_: str, expected: tuple[str, ...]) -> None:
    assert verdict(table, column, type_) == expected


def test_a_device_serial_identifies_a_person_only_on_a_device_table() -> None:
    assert verdict("vital_signs", "DEVICE_SERIAL", "varchar(40)") == ()  # a ward monitor's
    assert verdict("checkin", "deviceSn", "varchar(40)") == ()  # a gate scanner's
    assert verdict("band_device", "device_serial", "varchar(40)") == ("user.device.device_id",)


# ---- round 7: address lines, vehicle marks, storage keys of media, school and immigration words ----------


@pytest.mark.parametrize(
    ("table", "column", "expected"),
    [
        ("customer_address", "line1", "user.contact.address.street"),
        ("customer_address", "addr_line_2", "user.contact.address.street"),
        ("customer_address", "street2", "user.contact.address.street"),
        ("vehicle", "plate_region", "user.government_id.vehicle_registration"),
        ("vehicle", "vrm", "user.government_id.vehicle_registration"),
        ("parking_event", "anpr_read", "user.government_id.vehicle_registration"),
        ("parking_event", "anpr_image_path", "user.government_id.vehicle_registration"),
        ("kyc_document", "front_image_key", "user.government_id.document_image"),
        ("kyc_document", "selfie_image_key", "user.biometric.facial"),
        ("users", "photo_key", "user.content.self_image"),
        ("student", "enrolment_no", "user.education"),
        ("student", "year_group", "user.education"),
        ("student", "free_school_meals", "user.financial.income"),
        ("employee", "alien_registration_no", "user.government_id.immigration"),
        ("employee", "visa_type", "user.government_id.immigration"),
    ],
)
def test_round7_vocabulary(table: str, column: str, expected: str) -> None:
    assert expected in verdict(table, column)


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("charger", "lat"),  # equipment sited by an organisation
        ("charging_station", "longitude"),
        ("camera", "lat"),
        ("patients", "anchor_year_group"),  # a shifted date's bucket, not a school year group
        ("users", "api_key"),  # a key that is no stored photo or document stays a credential or key
        ("order_line", "line_no"),
    ],
)
def test_round7_not_a_persons(table: str, column: str) -> None:
    categories = verdict(table, column)
    assert not any(c.startswith(("user.location", "user.education", "user.contact")) for c in categories)


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        # a prepositional phrase after the head: the head comes before it
        ("app_user", "country_of_residence", "varchar(2)", "user.contact.address.country"),
        ("envelope", "message_to_signers", "text", "user.content.private"),
        ("member_insurance", "relationship_to_subscriber", "varchar(20)", "user.contact"),
        ("realname_auth", "age_at_auth", "int", "user.demographic.age_range"),
        ("deposit_txn", "bal_aftr_txn", "decimal(12,2)", "user.financial"),
        # a plural the lexicon does not list, and formats after the head
        ("volunteer", "MedicalConditions", "text", "user.health_and_medical"),
        ("profile", "country_iso2", "char(2)", "user.contact.address.country"),
        # only transparent words between a sensitive term and a bookkeeping suffix
        ("subscribers", "consent_text_version", "varchar(10)", "user.privacy_preferences"),
        # a sensitive word that needs a person survives a boolean prefix in a table about people
        ("profiles", "has_children", "boolean", "user.demographic.profile"),
    ],
)
def test_heads_prepositions_plurals(table: str, column: str, type_: str, expected: str) -> None:
    assert expected in verdict(table, column, type_)


@pytest.mark.parametrize(
    ("table", "column", "type_"),
    [
        ("orders", "count_of_items", "int"),  # the head before "of" is a count
        ("job", "time_to_live", "int"),
        ("products", "has_children", "boolean"),  # a category tree, not a person
        ("reports", "row_count_per_page", "int"),
        ("shipments", "country_of_origin", "varchar(2)"),  # a product's origin
    ],
)
def test_heads_prepositions_bookkeeping(table: str, column: str, type_: str) -> None:
    assert verdict(table, column, type_) == ()


def test_chinese_units_and_person_records() -> None:
    """A unit after a Chinese term does not hide it; on a record keyed to a person, a sensitive word that
    needs a person survives a bookkeeping tail (吸烟情况 on a follow-up visit)."""
    visit = Table(
        "sf_jl",
        (
            Column("da_id", "bigint"),
            Column("user_id", "bigint"),
            Column("sg", "numeric(5,1)", comment="身高cm"),
            Column("xy_qk", "varchar(20)", comment="吸烟情况"),
            Column("zyid", "varchar(20)", comment="住院ID"),
        ),
    )
    out = {c.name: c.classification.categories for c in classify_catalog(Catalog((visit,))).tables[0].columns}
    assert out["sg"] == ("user.health_and_medical",)
    assert out["xy_qk"] != ()
    assert out["zyid"] == ()  # a Latin key after the term stays a key


@pytest.mark.parametrize(
    ("table", "column", "type_", "comment", "expected"),
    [
        ("jmjkda", "jzs", "varchar(200)", "家族史", "user.health_and_medical"),
        ("employee", "hired_on", "date", None, "user.workplace"),
        ("volunteer", "skills", "text", None, "user"),
        ("customer", "source_of_wealth", "varchar(40)", None, "user.financial"),
        ("driver", "penalty_points", "int", None, "user.criminal_history"),
    ],
)
def test_standards_vocabulary(
    table: str, column: str, type_: str, comment: str | None, expected: str
) -> None:
    """Words from lexicon_standards.yaml (WS 365 health records, HR, KYC, motoring offences)."""
    assert any(c.startswith(expected) for c in verdict(table, column, type_, comment))


def test_standards_vocabulary_repeats_no_shipped_term() -> None:
    from importlib.resources import files

    import yaml

    def words(name: str) -> set[tuple[str, str]]:
        data = yaml.safe_load((files("engine.classify") / name).read_text(encoding="utf-8"))
        out = set()
        for entry in data["entries"]:
            out |= {("en", w.lower()) for w in entry.get("en", [])} | {("zh", w) for w in entry.get("zh", [])}
            out |= {("pinyin", w) for w in entry.get("pinyin", {})}
        return out

    repeated = words("lexicon.yaml") & words("lexicon_standards.yaml")
    assert not repeated, f"terms in both lexicon files: {sorted(repeated)}"


def _columns(table: Table) -> dict[str, tuple[str, ...]]:
    out = classify_catalog(Catalog((table,))).tables[0].columns
    return {c.name: c.classification.categories for c in out}


def test_configuration_tables_hold_no_persons_data() -> None:
    config = Table(
        "tool_email_config",
        (Column("id", "bigint"), Column("from_user", "varchar(64)", comment="收件人"),
         Column("pass", "varchar(64)", comment="密码"), Column("private_key", "text")),
    )  # fmt: skip
    assert not any(_columns(config).values())
    own = Table("user_settings", (Column("user_id", "bigint"), Column("email", "varchar(64)")))
    assert _columns(own)["email"] == ("user.contact.email",)


def test_key_value_tables() -> None:
    meta = Table(
        "wp_customermeta",
        (Column("meta_id", "bigint"), Column("customer_id", "bigint"), Column("meta_key", "varchar(255)"),
         Column("meta_value", "longtext")),
    )  # fmt: skip
    found = _columns(meta)
    assert found["meta_key"] == ()
    assert found["meta_value"] == ("user.demographic.profile",)
    settings = Table("sys_kv", (Column("name", "varchar(64)"), Column("value", "text")))
    assert not any(_columns(settings).values())


@pytest.mark.parametrize(
    ("table", "column", "expected"),
    [
        ("patient_phone_numbers", "number", ("user.contact.phone_number",)),
        ("order_numbers", "number", ()),
    ],
)
def test_column_named_after_the_head_of_its_table(table: str, column: str, expected: tuple[str, ...]) -> None:
    assert verdict(table, column) == expected


@pytest.mark.parametrize(
    ("table", "column", "type_", "comment", "expected"),
    [
        ("t_file", "creator_name", "varchar(64)", None, ()),  # an audit stamp (G6)
        ("t_file", "create_user_name", "varchar(64)", "创建人姓名", ()),
        ("t_employee", "disabled_flag", "tinyint(1)", None, ()),  # an account state, no disability
        ("t_heart_beat_record", "server_ip", "varchar(64)", None, ()),
        ("client", "mail_city", "varchar(64)", None, ("user.contact.address.city",)),
        ("acct", "MAIL_ZIP_CD", "varchar(10)", None, ("user.contact.address.postal_code",)),
        ("courses", "description", "text", None, ()),
        ("time_entry", "HRS", "decimal(5,2)", None, ()),  # hours, no heart rate
    ],
)
def test_round8_rules(
    table: str, column: str, type_: str, comment: str | None, expected: tuple[str, ...]
) -> None:
    assert verdict(table, column, type_, comment) == expected


@pytest.mark.parametrize(
    ("table", "column", "type_", "comment", "expected"),
    [
        ("jx_xueyuan", "sfzzm", "varchar(255)", "身份证正面照URL", ("user.government_id.document_image",)),
        ("jx_xueyuan", "tjbg", "varchar(255)", "驾驶人体检报告扫描件", ("user.health_and_medical",)),
        ("zb_qsxx", "rlsbtz", "bytea", "人脸识别特征值（接单前活体核验）", ("user.biometric.facial",)),
        ("cust_mstr", "MAIL_ADDR_LN1", "varchar(40)", None, ("user.contact.address.street",)),
        ("cust_mstr", "CUST_MID_INIT", "char(1)", None, ("user.name",)),
        ("loan", "LN_AMT", "decimal(12,2)", None, ("user.financial",)),  # "ln" alone stays a loan
        ("client_site", "site_contact_phone", "varchar(20)", None, ("user.contact.phone_number",)),
        ("users", "github_id", "varchar(64)", None, ("user.social",)),
        ("care_assessment", "mmse_score", "int", None, ("user.health_and_medical",)),
    ],
)
def test_round8_tails_phrases_and_vocabulary(
    table: str, column: str, type_: str, comment: str | None, expected: tuple[str, ...]
) -> None:
    assert verdict(table, column, type_, comment) == expected


@pytest.mark.parametrize(
    ("table", "column", "type_", "comment", "expected"),
    [
        ("mxk_userinfo", "WORKSTREETADDRESS", "varchar(200)", None, ()),  # the workplace's premises (G8)
        ("mxk_userinfo", "WORKFAX", "varchar(50)", None, ()),
        ("mxk_userinfo", "WORKPHONENUMBER", "varchar(50)", None, ("user.contact.phone_number",)),
        ("mxk_userinfo", "ASSISTANT", "varchar(50)", "助理名字", ("user.name",)),  # a person table
        ("mxk_userinfo", "USERSTATE", "varchar(20)", None, ()),  # an account state, no address
        ("user_usr", "usr_ManageGroups", "tinyint(1)", None, ()),  # "manage groups", not "man age groups"
        ("website_event", "referrer_domain", "varchar(500)", None, ()),  # an event table on its own
    ],
)
def test_round9_rules(
    table: str, column: str, type_: str, comment: str | None, expected: tuple[str, ...]
) -> None:
    assert verdict(table, column, type_, comment) == expected


def test_settings_key_value_table_holds_settings() -> None:
    table = Table(
        "userconfig_ucfg",
        (Column("ucfg_per_id", "int"), Column("ucfg_name", "varchar(50)"), Column("ucfg_value", "text")),
    )
    assert not any(_columns(table).values())


def test_named_locations_are_premises_unnamed_ones_addresses() -> None:
    premises = Table(
        "locations",
        (Column("location_id", "int"), Column("location_name", "varchar(60)"),
         Column("location_address", "varchar(45)"), Column("location_phone", "varchar(45)")),
    )  # fmt: skip
    assert not any(_columns(premises).values())
    residence = Table("location", (Column("location_id", "int"), Column("city", "varchar(50)")))  # OMOP
    assert _columns(residence)["city"] == ("user.contact.address.city",)


@pytest.mark.parametrize(
    ("table", "column", "type_", "comment", "expected"),
    [
        ("medication", "drugstopoffset", "int", None, ()),  # minutes from admission: a time
        ("nurseassessment", "nurseassessid", "int", None, ()),  # a key even when run together
        ("fa_user_rule", "name", "varchar(50)", None, ()),  # rules of users are objects
        ("cif_cust_addr", "PSTL_CD", "varchar(10)", None, ("user.contact.address.postal_code",)),
        ("crd_card_mst", "EXP_MM", "char(2)", None, ("user.financial.credit_card",)),
        ("his_dept", "triage_phone", "varchar(20)", "分诊台电话", ()),  # the comment says whose phone
        ("wy_mjjl", "zpdz", "varchar(255)", "抓拍人脸照片地址", ("user.biometric.facial",)),
        ("pets", "birth_date", "date", None, ()),  # an animal's
    ],
)
def test_round10_rules(
    table: str, column: str, type_: str, comment: str | None, expected: tuple[str, ...]
) -> None:
    assert verdict(table, column, type_, comment) == expected


def test_run_together_names_keep_their_bookkeeping_tail() -> None:
    assert tokenise("nurseassessid") == ("nurseassess", "id")
    assert tokenise("litemall") == ("litemall",)  # no bookkeeping tail: kept whole
    assert tokenise("sfzh") == ("sfzh",)  # short pinyin initials are never cut


def test_people_with_a_company_name_and_a_first_name_are_people() -> None:
    accounts = Table(
        "accounts",
        (Column("record_id", "int"), Column("name", "varchar(100)"), Column("first_name_length", "int"),
         Column("company_name", "varchar(50)"), Column("email", "varchar(128)")),
    )  # fmt: skip
    assert _columns(accounts)["email"] == ("user.contact.email",)


@pytest.mark.parametrize(
    ("table", "column", "type_", "comment", "expected"),
    [
        ("hr_bm", "bmmc", "varchar(60)", "部门名称", ()),  # a department's name, even in an HR table
        ("subscriber", "subs_name", "varchar(60)", None, ("user.name",)),  # an unknown prefix is no noun
        ("mxk_userinfo", "displayname", "varchar(60)", "显示名称", ("user.name",)),
        ("ledger_transaction", "amountMinor", "bigint", None, ()),  # minor currency units, no minor
        ("identity_document", "issuingCountry", "char(2)", None, ("user.demographic.nationality",)),
        ("users", "is_set_password", "tinyint(1)", "设置密码", ()),  # a flag, not a password
        ("user_upload_image_logs", "url", "varchar(255)", "访问地址", ()),  # a web address
        ("ih_user", "mobile", "varchar(20)", "登录手机号", ("user.contact.phone_number",)),
    ],
)
def test_round11_rules(
    table: str, column: str, type_: str, comment: str | None, expected: tuple[str, ...]
) -> None:
    assert verdict(table, column, type_, comment) == expected


def test_ambiguous_clinical_table_names_need_a_clinical_catalog() -> None:
    transfers = Table(
        "transfers", (Column("id", "int"), Column("tipper", "int"), Column("amount", "numeric"))
    )
    payments = classify_catalog(Catalog((transfers, Table("wallets", (Column("id", "int"),)))))
    assert not any(c.classification.categories for c in payments.tables[0].columns)
    icu = Table("transfers", (Column("subject_id", "int"), Column("careunit", "varchar(20)")))
    admissions = Table("diagnoses_icd", (Column("subject_id", "int"), Column("icd_code", "varchar(7)")))
    clinical = classify_catalog(Catalog((icu, admissions)))
    assert clinical.tables[0].columns[1].classification.categories == ("user.health_and_medical",)


@pytest.mark.parametrize(
    ("table", "column", "type_", "comment", "expected"),
    [
        ("jforum_users", "user_icq", "varchar(15)", None, ("user.social",)),
        ("participants", "hide_from_search", "boolean", None, ("user.privacy_preferences",)),
        ("t_rk_jbxx", "hjdssq", "varchar(60)", "户籍地省市区", ("user.contact.address.state",)),
        ("prty", "DTH_DT", "date", None, ("user.health_and_medical",)),
        ("renter", "licence_photo_front_url", "varchar(255)", None, ("user.government_id.document_image",)),
    ],
)
def test_round12_vocabulary(
    table: str, column: str, type_: str, comment: str | None, expected: tuple[str, ...]
) -> None:
    assert verdict(table, column, type_, comment) == expected


def test_no_term_word_is_the_plural_of_a_context_word() -> None:
    """A plural in a term ("licence categories") joins the vocabulary, and a vocabulary word is not read in
    the singular any more, so table "categories" would stop being a catalogue of "category". Write terms in
    the singular: plurals are matched anyway."""
    lex = load_lexicon()
    context = {seq[0] for seqs in lex.context_index.values() for seq, _ in seqs if len(seq) == 1}
    term_words = {t for terms in lex.term_index.values() for term in terms for t in term.tokens}
    term_words -= {
        "drivers",
        "doctors",
        "gms",
        "units",
    }  # "drivers license", "doctors note", pinyin, "alcohol units"
    shadowing = set()
    for word in term_words - context:
        for plural, single in (("ies", "y"), ("es", ""), ("s", "")):
            if word.endswith(plural) and word[: -len(plural)] + single in context:
                shadowing.add(word)
    assert not shadowing


def test_record_columns_named_after_other_tables_are_references() -> None:
    patients = Table("patients", (Column("id", "uuid"), Column("first", "varchar(64)")))
    allergies = Table(
        "allergies",
        (Column("patient", "uuid"), Column("encounter", "uuid"), Column("description", "varchar(255)")),
    )
    encounters = Table("encounters", (Column("id", "uuid"), Column("patient", "uuid")))
    out = {t.name: t for t in classify_catalog(Catalog((patients, allergies, encounters))).tables}
    found = {c.name: c.classification.categories for c in out["allergies"].columns}
    assert found["patient"] == () and found["encounter"] == ()
    assert found["description"] == ("user.health_and_medical",)
    assert out["patients"].columns[1].classification.categories == ("user.name.first",)


@pytest.mark.parametrize(
    ("table", "column", "type_", "expected"),
    [
        ("bitstream", "description", "text", ()),  # a thing's description in a table not about people
        ("ofroster", "jid", "varchar(1024)", ("user.account.username",)),
        ("ofuserscram", "storedKey", "varchar(32)", ("user.authorization.password",)),
        ("call_rec", "ANI_NBR", "varchar(15)", ("user.contact.phone_number",)),
        ("cust_acct", "BILL_ADDR_LN1", "varchar(60)", ("user.contact.address.street",)),
    ],
)
def test_round14_vocabulary(table: str, column: str, type_: str, expected: tuple[str, ...]) -> None:
    assert verdict(table, column, type_) == expected
