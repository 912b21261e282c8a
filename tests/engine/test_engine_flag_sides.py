"""Yes/No flags asked by what they mean: an attrition flag named by its leavers (left, 离职) and its stayers
(stayed, 在职), and both sides of a flag named at once, which asks one figure per side."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

NURSE_COLUMNS = [
    ("hospital", "text"),
    ("shift_hours", "float"),
    ("seniority", "integer"),
    ("Attrition", "text"),
]
NURSE_ROWS = [
    ("North", 38.0, 2, "Yes"),
    ("South", 41.5, 7, "No"),
    ("North", 36.0, 12, "No"),
    ("East", 44.0, 1, "Yes"),
    ("South", 39.0, 4, "No"),
    ("East", 40.0, 9, "No"),
]

PARCEL_COLUMNS = [
    ("courier", "text"),
    ("fee", "float"),
    ("returned", "text"),
]
PARCEL_ROWS = [
    ("Swift", 12.0, "yes"),
    ("Swift", 8.5, "no"),
    ("Hermes", 20.0, "no"),
    ("Hermes", 15.0, "yes"),
    ("Bolt", 9.0, "no"),
]


def nurses() -> Schema:
    return Schema(tables=[profiled_table("nurses", NURSE_COLUMNS, NURSE_ROWS)])


def parcels() -> Schema:
    return Schema(tables=[profiled_table("parcels", PARCEL_COLUMNS, PARCEL_ROWS)])


def test_leaving_words_name_an_attrition_flag():
    # Given nurses with an Attrition Yes/No flag
    # When the leavers are asked for in English and in Chinese
    for question in (
        "How many nurses have left?",
        "Number of leavers in each hospital",
        "离职的护士有多少人",
    ):
        answer = ask(nurses(), question)
        # Then the flag filters its yes rows
        assert answer.status == "ok", question
        assert "\"Attrition\" = 'Yes'" in (answer.sql or ""), question


def test_an_attrition_rate_in_chinese_is_the_flag_rate():
    # Given the same flag / When its rate is asked in Chinese
    answer = ask(nurses(), "各医院的离职率")
    # Then it is the share of yes rows per hospital, no other column weighted in
    assert answer.status == "ok"
    assert "\"Attrition\" = 'Yes' THEN 1.0" in (answer.sql or "") and 'GROUP BY "hospital"' in (
        answer.sql or ""
    )


def test_staying_words_are_the_flag_off():
    # Given the same flag / When the ones who stayed are asked for
    answer = ask(nurses(), "How many nurses stayed?")
    # Then the flag filters its no rows
    assert "\"Attrition\" = 'No'" in (answer.sql or "")


def test_both_sides_of_a_flag_named_give_one_figure_per_side():
    # Given parcels with a returned flag
    # When a figure is asked of the returned and the kept ones together, in both languages
    for question in (
        "Average fee of returned parcels versus kept parcels",
        "退货和未退货包裹的平均运费分别是多少",
    ):
        answer = ask(parcels(), question)
        # Then the flag groups the figure instead of filtering both its values
        assert answer.status == "ok", question
        assert 'GROUP BY "returned"' in (answer.sql or ""), question
        assert "IN (" not in (answer.sql or ""), question


def test_one_side_of_a_flag_still_filters():
    # Given the same parcels / When only the returned ones are asked about
    answer = ask(parcels(), "Average fee of returned parcels")
    # Then the flag filters, no grouping
    assert "\"returned\" = 'yes'" in (answer.sql or "") and "GROUP BY" not in (answer.sql or "")


def test_a_word_naming_part_of_an_amount_weighs_no_rate():
    # Given nurses with a hospital_budget amount and an Attrition flag
    schema = Schema(
        tables=[
            profiled_table(
                "nurses",
                [("ward", "text"), ("hospital_budget", "float"), ("Attrition", "text")],
                [
                    ("North", 1000.0, "Yes"),
                    ("South", 2000.0, "No"),
                    ("North", 1500.0, "No"),
                    ("East", 800.0, "Yes"),
                ],
            )
        ]
    )
    # When the whole hospital's attrition rate is asked (医院 names one word of hospital_budget only)
    answer = ask(schema, "医院整体的离职率是多少")
    # Then the rate is of rows, not weighted by the budget
    assert "AVG(CASE WHEN \"Attrition\" = 'Yes' THEN 1.0" in (answer.sql or "")
    assert "hospital_budget" not in (answer.sql or "")
