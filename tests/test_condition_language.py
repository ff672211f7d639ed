"""The condition language: semantics, type errors, and robustness on random input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.model import Classification, Column, SampleProfile, Table
from engine.policy.lang import ConditionError, compile_condition
from engine.policy.types import COLUMN, DATASET, TABLE, Runtime, dataset_view

SCOPE = {"column": COLUMN, "table": TABLE, "dataset": DATASET}


def _env(column_index: int = 0) -> dict[str, object]:
    users = Table(
        "users",
        (
            Column("id", "BIGINT", nullable=False, primary_key=True),
            Column(
                "mobile",
                "VARCHAR(20)",
                comment="手机号",
                classification=Classification(("user.contact.phone_number",), 0.9, "name"),
            ),
            Column(
                "diagnosis",
                "TEXT",
                classification=Classification(("user.health_and_medical",), 0.8, "name"),
                sample=SampleProfile(total=10, non_null=8, distinct=8),
            ),
            Column("created_at", "TIMESTAMP"),
        ),
    )
    view = dataset_view([users])
    table = view.tables[0]
    return {
        "column": table.columns[column_index],
        "table": table,
        "dataset": view,
        "$rt": Runtime(
            sensitive={"pipl": ("user.health_and_medical",), "gdpr": ("user.health_and_medical",)}
        ),
    }


def evaluate(source: str, column_index: int = 0) -> object:
    return compile_condition(source, SCOPE).evaluate(_env(column_index))


@pytest.mark.parametrize(
    ("source", "index", "expected"),
    [
        ('column.name == "mobile"', 1, True),
        ('column.name != "mobile"', 1, False),
        ('column.comment matches "手机"', 1, True),
        ('column.comment matches "手机"', 0, False),  # null never matches
        ("column.length > 10", 1, True),
        ("column.length > 10", 0, False),  # null compares false
        ('column.type == "varchar"', 1, True),
        ('column.type_text == "VARCHAR(20)"', 1, True),
        ('has_category(column, "user.contact")', 1, True),
        ('has_category(column, "user.cont")', 1, False),  # prefix at dot boundaries only
        ('sensitive_under(column, "pipl")', 2, True),
        ('sensitive_under(column, "pipl")', 1, False),
        ('sensitive_categories(column, "gdpr") == ["user.health_and_medical"]', 2, True),
        ('any(c in table.columns: c.name == "created_at")', 0, True),
        ("all(c in table.columns: c.personal)", 0, False),
        ("count(c in table.columns: c.personal) == 2", 0, True),
        ("len(table.columns) == 4", 0, True),
        ('"mobile" in table.column_names', 0, True),
        ('"fax" not in table.column_names', 0, True),
        ('"手机" in column.comment', 1, True),
        ("not column.primary_key and column.nullable", 1, True),
        ("column.primary_key or false", 0, True),
        ('share(column, "email") == 0', 2, True),
        ("column.sampled == 8", 2, True),
        ('lower(column.comment) == ""', 0, True),
        ('table.personal and dataset.name == "dataset"', 0, True),
        ('column.table.name == "users"', 1, True),
        ("column.default == null", 1, True),
    ],
)
def test_semantics(source: str, index: int, expected: object) -> None:
    assert evaluate(source, index) == expected


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("column.nme", "unknown attribute 'nme'"),
        ("column.name", "condition must be bool"),
        ("column.name.length", "str has no attributes"),
        ("column.name == 1", "cannot compare str with num"),
        ("column.personal < true", "compares numbers or text"),
        ("1 in column.name", "needs a list or text"),
        ("column.name matches column.comment", "regular expression in quotes"),
        ("any(c in column.name: true)", "needs a list"),
        ("any(and in table.columns: true)", "reserved word"),
        ("foo(column)", "unknown function 'foo'"),
        ("lower(column)", "argument 1 must be"),
        ('[1, "a"] == []', "list mixes num and str"),
        ("not 1", "needs true/false"),
        ('table.name == "x"', "unknown name 'table'"),
    ],
)
def test_type_errors(source: str, words: str) -> None:
    scope = {"column": COLUMN} if source.startswith("table.name") else SCOPE
    with pytest.raises(ConditionError) as err:
        compile_condition(source, scope)
    assert words in err.value.message


def test_error_offsets_point_at_the_problem() -> None:
    source = 'column.name == "x" and column.typo == "y"'
    with pytest.raises(ConditionError) as err:
        compile_condition(source, SCOPE)
    assert source[err.value.offset :].startswith("typo")


def test_no_python_reachable() -> None:
    for source in ("column.__class__", "column._column", '__import__("os")', "column.name.__len__"):
        with pytest.raises(ConditionError):
            compile_condition(source, SCOPE)


def test_huge_expressions_are_rejected_cleanly() -> None:
    with pytest.raises(ConditionError, match="too long"):
        compile_condition(" or ".join(["true"] * 2000), SCOPE)
    with pytest.raises(ConditionError, match="nested too deeply"):
        compile_condition("not " * 200 + "true", SCOPE)


ALPHABET = st.sampled_from(
    [
        "column",
        "table",
        ".",
        "name",
        "(",
        ")",
        "[",
        "]",
        ",",
        ":",
        '"a"',
        "'b'",
        "1",
        "2.5",
        "==",
        "!=",
        "<",
        " and ",
        " or ",
        "not ",
        " in ",
        " matches ",
        "any",
        "all",
        "count",
        "c",
        "true",
        "null",
        "has_category",
        "len",
        "\\",
        '"',
        "#",
        " ",
        "é",
        "手",
        "$",
        "@",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_token_soup_gives_a_result_or_a_clean_error(source: str) -> None:
    try:
        compile_condition(source, SCOPE, expect=None)
    except ConditionError as exc:
        assert 0 <= exc.offset <= len(source)
        assert exc.message


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_text_gives_a_result_or_a_clean_error(source: str) -> None:
    try:
        compile_condition(source, SCOPE, expect=None)
    except ConditionError as exc:
        assert exc.message
