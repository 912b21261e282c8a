"""Readings behind confidently wrong answers after a merge, on schemas of their own: a month asked of all
years pooled answered with one group per month of one year, a grouping alone after a question
(按X列出来) read as a new question that drops the previous measure and filters, and a year grain said as a
follow-up put on the date while the question alone puts it on the year column."""

from __future__ import annotations

from datetime import date, timedelta

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

# (visit_id, visit_date, ward): hospital visits over three years
START = date(2019, 1, 3)
VISITS = [(i, (START + timedelta(days=11 * i)).isoformat(), ("东区", "西区")[i % 2]) for i in range(99)]
VISIT_COLUMNS = [("visit_id", "integer"), ("visit_date", "date"), ("ward", "text")]


def _visits() -> Schema:
    return Schema(tables=[profiled_table("visits", VISIT_COLUMNS, VISITS)])


def test_which_month_with_all_years_pooled_asks_back() -> None:
    # Given visits dated over three years
    schema = _visits()
    # When the month with the most visits is asked with all years taken together
    a = ask(schema, "把所有年份合起来看，哪个月份的记录最多")
    # Then one group per month of one year ('2020-03') would answer another question: it asks back
    assert a.status == "clarify", a.sql


def test_which_month_across_all_years_asks_back_in_english() -> None:
    # Given the same visits
    schema = _visits()
    # When the busiest month is asked across all years
    a = ask(schema, "Across all years, which month had the most visits?")
    # Then no month of one year is answered confidently
    assert a.status != "ok" or "%Y-%m" not in (a.sql or ""), a.sql


def test_which_month_without_all_years_keeps_the_months_of_each_year() -> None:
    # Given the same visits
    schema = _visits()
    # When the busiest month is asked with no word about the years
    a = ask(schema, "哪个月份的记录最多")
    # Then the months of each year are ranked, as before
    assert a.status == "ok", a.message
    assert "%Y-%m" in (a.sql or ""), a.sql


# (sale_id, 城市, 店铺, 金额): sales of two shops in four cities
CITIES = ("杭州", "苏州", "宁波", "无锡")
SALES = [(i, CITIES[i % 4], ("旗舰店", "社区店")[i % 3 == 0], 100 + 7 * i) for i in range(40)]
SALE_COLUMNS = [("sale_id", "integer"), ("城市", "text"), ("店铺", "text"), ("金额", "integer")]


def _sales() -> Schema:
    return Schema(tables=[profiled_table("sales", SALE_COLUMNS, SALES)])


def test_a_grouping_alone_after_a_question_splits_that_question() -> None:
    # Given sales of two shops in four cities, and the average amount of one shop asked first
    schema = _sales()
    first = ask(schema, "社区店的平均金额是多少")
    assert first.status == "ok", first.message
    # When the next turn only says to list it by city
    a = ask(schema, "按城市列出来", state=first.state)
    # Then the same average of the same shop is split by city, not a count of every sale per city
    assert a.status == "ok", a.message
    rows = memory_db([("sales", SALE_COLUMNS, SALES)]).execute(a.sql or "").fetchall()
    want: dict[str, list[int]] = {}
    for _, city, shop, amount in SALES:
        if shop == "社区店":
            want.setdefault(city, []).append(amount)
    assert {r[0]: round(r[1], 4) for r in rows} == {c: round(sum(v) / len(v), 4) for c, v in want.items()}


# (观测日期, 年份, 月份, station, level): river levels with their year and month written out
LEVEL_COLUMNS = [
    ("观测日期", "date"),
    ("年份", "integer"),
    ("月份", "integer"),
    ("station", "text"),
    ("level", "integer"),
]
LEVELS = [
    (
        (START + timedelta(days=9 * i)).isoformat(),
        (START + timedelta(days=9 * i)).year,
        (START + timedelta(days=9 * i)).month,
        ("Upper", "Lower")[i % 2],
        40 + i % 13,
    )
    for i in range(120)
]


def test_a_year_grain_said_as_a_follow_up_groups_on_the_year_column_as_alone() -> None:
    # Given readings dated and with their year and month written out, and one station's average asked first
    schema = Schema(tables=[profiled_table("levels", LEVEL_COLUMNS, LEVELS)])
    first = ask(schema, "Average level at the Upper station")
    assert first.status == "ok", first.message
    # When the next turn asks it for each year
    a = ask(schema, "show it for each year", state=first.state)
    # Then the years are the year column's whole numbers, as the question asked alone groups them
    assert a.status == "ok", a.message
    rows = memory_db([("levels", LEVEL_COLUMNS, LEVELS)]).execute(a.sql or "").fetchall()
    assert sorted(r[0] for r in rows) == [2019, 2020, 2021]
