"""A table of daily tallies under Chinese headers (X人数, X次数: counts_held, vocabulary/tallynames): one row
per day with its count. "How many visits", 一共访问了多少次 over such rows are the SUM of that column; a
table whose rows are the things themselves (accidents with 受伤人数) still counts its rows. Around it: the
table's English noun names the count column, Chinese values answer to their English names, a year range
keeps its start, a mostly-empty category groups only its named rows, and the N months are ranked groups."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

# a website's visits, tallied per day: one row a day, its year and month, weekday and a rare holiday mark
VISIT_COLS = [
    ("日期", "date"),
    ("年份", "integer"),
    ("月份", "integer"),
    ("星期", "text"),
    ("节日", "text"),
    ("访问次数", "integer"),
]
VISITS = [
    ("2023-12-25", 2023, 12, "星期一", "圣诞节", 40),
    ("2023-12-26", 2023, 12, "星期二", None, 90),
    ("2024-01-01", 2024, 1, "星期一", "元旦", 30),
    ("2024-01-02", 2024, 1, "星期二", None, 100),
    ("2024-02-05", 2024, 2, "星期一", None, 60),
    ("2024-02-06", 2024, 2, "星期二", None, 50),
    ("2024-03-01", 2024, 3, "星期五", None, 120),
    ("2024-03-02", 2024, 3, "星期六", None, 80),
    ("2024-03-03", 2024, 3, "星期日", None, 75),
    ("2024-04-01", 2024, 4, "星期一", None, 140),
    ("2024-04-02", 2024, 4, "星期二", None, 130),
    ("2024-04-03", 2024, 4, "星期三", None, 110),
]
# road accidents, one row each, with the people hurt in it
ACCIDENT_COLS = [("编号", "integer"), ("日期", "date"), ("区域", "text"), ("受伤人数", "integer")]
ACCIDENTS = [
    (1, "2024-01-05", "北区", 2),
    (2, "2024-02-11", "南区", 0),
    (3, "2024-02-20", "北区", 5),
    (4, "2023-12-30", "南区", 1),
]


def _rows(name: str, cols: list, rows: list, sql: str | None) -> list[tuple]:
    return sorted(memory_db([(name, cols, rows)]).execute(sql or "").fetchall())


def _visits() -> Schema:
    table = profiled_table("daily_visits", VISIT_COLS, VISITS)
    marks = table.column("节日")
    assert marks is not None and marks.profile is not None
    marks.profile.null_share = 10 / 12  # as the upload's profile counts the days without a holiday
    return Schema(tables=[table])


def _answer(question: str) -> list[tuple]:
    a = ask(_visits(), question)
    assert a.status == "ok", (question, a.message)
    return _rows("daily_visits", VISIT_COLS, VISITS, a.sql)


def test_a_count_of_the_tallied_things_sums_the_tally_column():
    # Given daily visits tallied in 访问次数, in a table named for the visits
    schema = _visits()
    for question in ("How many visits were there in March 2024?", "2024年3月一共访问了多少次"):
        # When the visits of a month are counted
        a = ask(schema, question)
        # Then the answer sums the tallies (120 + 80 + 75), not the 3 days
        assert a.status == "ok", (question, a.message)
        assert _rows("daily_visits", VISIT_COLS, VISITS, a.sql)[0][0] == 275, (question, a.sql)


def test_rows_that_are_the_things_counted_stay_row_counts():
    # Given accidents, one row each, with the number of people hurt
    schema = Schema(tables=[profiled_table("accidents", ACCIDENT_COLS, ACCIDENTS)])
    for question in ("How many accidents were there in 2024?", "2024年一共有多少起事故"):
        # When the accidents of 2024 are counted
        a = ask(schema, question)
        # Then the rows are counted (3), not the people hurt
        assert a.status == "ok", (question, a.message)
        assert _rows("accidents", ACCIDENT_COLS, ACCIDENTS, a.sql) == [(3,)], (question, a.sql)


def test_the_tables_noun_names_its_count_column_in_english():
    # Given the daily visits (访问次数) in a table named for the visits
    # When the average visits are asked in English, Then the daily counts are averaged (no row count)
    assert _answer("Average visits per day in April 2024") == [(380 / 3,)]
    # When the visits on a weekday stored in Chinese are asked, Then 星期一 is that weekday's rows
    assert _answer("Total visits on Mondays") == [(270,)]
    # When a holiday stored in Chinese is named in English, Then its rows are summed
    assert _answer("Total visits on Christmas Day") == [(40,)]


def test_a_year_range_keeps_its_start():
    # Given the visits over 2023 and 2024
    # When the visits per year from 2023 to 2024 are asked, Then both years come back
    assert _answer("Total visits per year from 2023 to 2024") == [(2023, 130), (2024, 895)]


def test_each_value_of_a_mostly_empty_column_leaves_the_unmarked_rows_out():
    # Given a holiday mark on two days of twelve
    # When the average visits for each holiday are asked, Then only the named holidays are groups
    assert _answer("各个节日的平均访问次数") == [("元旦", 30), ("圣诞节", 40)]


def test_the_n_months_with_the_fewest_are_month_groups():
    # Given daily rows with a month number
    # When the 2 months of 2024 with the fewest visits are asked, Then months are summed and ranked
    assert _answer("2024年访问次数最少的2个月") == [(1, 130), (2, 110)]


def test_a_place_or_a_thing_the_data_lacks_is_asked_back():
    schema = _visits()
    for question in (
        "2024年东京一共访问了多少次",
        "2024年一共有多少对情侣访问",
        "What was the average visit duration?",
    ):
        # When the question names a place, a counted thing or a measure no column holds
        a = ask(schema, question)
        # Then the engine asks back instead of answering over every visit
        assert a.status == "clarify", (question, a.sql)
