"""Rows that hold a number of people or times under a Chinese name (X人数, X次数: counts_held): one row per
day with its count. "How many visits", 一共访问了多少次, 多少人 over such rows are the SUM of that column;
a table whose rows are the things themselves (accidents with 受伤人数) still counts its rows."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

# a website's visits, tallied per day: one row a day
VISIT_COLS = [("日期", "date"), ("星期", "text"), ("访问次数", "integer")]
VISITS = [
    ("2024-03-01", "星期五", 120),
    ("2024-03-02", "星期六", 80),
    ("2024-03-03", "星期日", 75),
    ("2024-04-01", "星期一", 140),
    ("2024-04-02", "星期二", 130),
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


def test_a_count_of_the_tallied_things_sums_the_tally_column():
    # Given daily visits tallied in 访问次数, in a table named for the visits
    schema = Schema(tables=[profiled_table("daily_visits", VISIT_COLS, VISITS)])
    for question in ("How many visits were there in March 2024?", "2024年3月一共访问了多少次"):
        # When the visits of a month are counted
        a = ask(schema, question)
        # Then the answer sums the tallies (120 + 80 + 75), not the 3 days
        assert a.status == "ok", (question, a.message)
        assert _rows("daily_visits", VISIT_COLS, VISITS, a.sql) == [(275,)], (question, a.sql)


def test_rows_that_are_the_things_counted_stay_row_counts():
    # Given accidents, one row each, with the number of people hurt
    schema = Schema(tables=[profiled_table("accidents", ACCIDENT_COLS, ACCIDENTS)])
    for question in ("How many accidents were there in 2024?", "2024年一共有多少起事故"):
        # When the accidents of 2024 are counted
        a = ask(schema, question)
        # Then the rows are counted (3), not the people hurt
        assert a.status == "ok", (question, a.message)
        assert _rows("accidents", ACCIDENT_COLS, ACCIDENTS, a.sql) == [(3,)], (question, a.sql)
