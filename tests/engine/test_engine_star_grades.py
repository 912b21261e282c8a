"""Readings found on a star of polls with graded pollsters (election_polls), each on schemas of its own with
other words: a grade code with a sign (A+), a Chinese verb naming its date column (结束 over close_date), a
date named beside a grain, a share word naming an averaged measure, a name of measures left out, a
superlative said of one row answered over groups, keys listed where names were asked."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.linking import index_for
from shared.semantic.vocabulary.verbdates import verb_dates
from tests.engine.schemas import ask, memory_db, profiled_table

Tables = list[tuple[str, list[tuple[str, str]], list[tuple]]]

GRADES = ("A+", "A", "A-", "B+", "B", "C")
VENDORS: Tables = [
    (
        "vendors",
        [("vendor_id", "integer"), ("vendor_name", "text"), ("grade", "text")],
        [(i, f"Vendor {i}", GRADES[i % 6]) for i in range(18)],
    )
]
SUPPLIERS: Tables = [
    (
        "供应商",
        [("供应商编号", "integer"), ("供应商名称", "text"), ("信用等级", "text")],
        [(i, f"S{i}", GRADES[i % 6]) for i in range(18)],
    )
]
CAMPAIGNS: Tables = [
    (
        "campaigns",
        [("campaign_id", "integer"), ("open_date", "text"), ("close_date", "text"), ("budget", "integer")],
        [(i, f"2024-0{1 + i % 3}-10", f"2024-0{2 + i % 5}-20", 100 * i) for i in range(15)],
    )
]
SURVEYS: Tables = [
    (
        "surveys",
        [
            ("survey_id", "integer"),
            ("city", "text"),
            ("approval_smith", "float"),
            ("approval_jones", "float"),
        ],
        [(i, ("Boston", "Denver", "Austin")[i % 3], 40.0 + i, 50.0 - i) for i in range(12)],
    )
]


def _schema(tables: Tables) -> Schema:
    return Schema(tables=[profiled_table(n, c, r) for n, c, r in tables])


def _rows(tables: Tables, sql: str | None) -> list[tuple]:
    return memory_db(tables).execute(sql or "").fetchall()


def test_a_grade_with_a_sign_is_its_own_code() -> None:
    # Given vendors graded A+, A, A-, B+, B and C
    # When the A+ vendors are asked for, the sign written on the letter
    a = ask(_schema(VENDORS), "Which vendors have an A+ grade?")
    # Then the filter is A+, not A
    assert a.status == "ok", a.message
    assert "'A+'" in (a.sql or ""), a.sql
    assert len(_rows(VENDORS, a.sql)) == 3, a.sql


def test_a_chinese_code_after_its_column_and_a_copula() -> None:
    # Given suppliers with Chinese headers and a credit grade
    # When the grade is said, then 为, then the code with its sign
    a = ask(_schema(SUPPLIERS), "信用等级为B+的供应商有哪些")
    # Then the code is the grade's value
    assert "'B+'" in (a.sql or ""), a.sql
    assert len(_rows(SUPPLIERS, a.sql)) == 3, a.sql


def test_a_chinese_verb_names_the_date_column_of_its_english_verb() -> None:
    # Given campaigns with an open and a close date
    index = index_for(_schema(CAMPAIGNS))
    # When 结束 ("to close", "to end") is read
    links = verb_dates("结束", index)
    # Then it names the close date, the one date column called by one of its verbs
    assert [lk.column for lk in links] == ["close_date"]


def test_a_date_named_beside_a_grain_is_the_date_the_grain_reads() -> None:
    # Given campaigns with two dates
    # When campaigns are counted per month "by close date"
    a = ask(_schema(CAMPAIGNS), "Number of campaigns per month (by close date)")
    # Then one group per month of the close date, not one per day as well
    assert a.status == "ok", a.message
    assert "GROUP BY STRFTIME('%Y-%m', \"close_date\")" in (a.sql or ""), a.sql
    assert len(_rows(CAMPAIGNS, a.sql)) == 5, a.sql


def test_a_share_word_after_an_averaged_measure_is_that_measure() -> None:
    # Given surveys with each candidate's approval in percent
    # When the average "share" of one candidate in one city is asked
    a = ask(_schema(SURVEYS), "What is the average Smith share in Boston surveys?")
    # Then it is the average of Smith's column there, not the share of the rows in Boston
    assert "CASE WHEN" not in (a.sql or ""), a.sql
    if a.status == "ok":
        assert _rows(SURVEYS, a.sql) == [(44.5,)], a.sql


def test_a_name_of_measures_left_out_is_doubted() -> None:
    # Given surveys with columns named after two candidates
    # When the surveys that "included" one candidate are counted (no clause reads it)
    a = ask(_schema(SURVEYS), "How many surveys included Jones?")
    # Then the count of every survey is not given as the answer
    assert a.status != "ok" or _rows(SURVEYS, a.sql) != [(12,)], a.sql


def test_a_superlative_of_one_row_is_not_answered_over_groups() -> None:
    # Given orders of customers with amounts
    tables: Tables = [
        (
            "orders",
            [("order_id", "integer"), ("customer", "text"), ("amount", "real")],
            [(1, "Ann", 10.0), (2, "Ann", 990.0), (3, "Bob", 600.0), (4, "Bob", 700.0), (5, "Cy", 5.0)],
        )
    ]
    # When the customer of the single largest order is asked
    a = ask(_schema(tables), "Which customer placed the order with the largest amount?")
    # Then the answer is Ann (the 990 order), or the question is asked back; never Bob (largest average)
    if a.status == "ok":
        assert _rows(tables, a.sql)[0][0] == "Ann", a.sql
