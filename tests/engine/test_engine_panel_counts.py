"""A panel of daily counts (docs/engine.md "The grain of a table"): one row per member and day (loans per
library branch and day), each branch once a day. Its count column sums over the rows (a branch's or a
year's loans are the SUM, never the average of its days, even under "the most"); the table's own noun
names that count ("yearly footfall"); days are counted as distinct dates (a day of three branches is one
day); an average per day over one branch is the average over its rows, not one group per day. Around it:
values written with a slash (Hill/Dale), the weekend as stored day names, "day of the week"."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

COLS = [
    ("date", "date"),
    ("year", "integer"),
    ("month", "integer"),
    ("weekday", "text"),
    ("branch", "text"),
    ("loans", "integer"),
    ("storm", "boolean"),
    ("temp_high_f", "decimal"),
]
DAYS = [  # 2023 holds two days, 2024 four: a year's average and its total rank the years apart
    ("2023-12-30", 2023, "Saturday", 0, 35.5),
    ("2023-12-31", 2023, "Sunday", 1, 28.0),
    ("2024-01-01", 2024, "Monday", 1, 30.1),
    ("2024-01-02", 2024, "Tuesday", 0, 41.0),
    ("2024-01-06", 2024, "Saturday", 0, 45.2),
    ("2024-01-07", 2024, "Sunday", 1, 33.3),
]
LOANS = {  # per branch, one figure a day in the order of DAYS
    "Central": [500, 400, 300, 300, 300, 300],
    "Hill/Dale": [100, 120, 140, 160, 180, 200],
    "Riverside": [50, 60, 70, 80, 90, 100],
}
ROWS = [
    (d, y, int(d[5:7]), wd, b, v[k], s, t)
    for b, v in LOANS.items()
    for k, (d, y, wd, s, t) in enumerate(DAYS)
]


def _schema() -> Schema:
    return Schema(tables=[profiled_table("library_footfall", COLS, ROWS)])


def _run(question: str) -> list[tuple]:
    a = ask(_schema(), question)
    assert a.status == "ok", (question, a.message, a.sql)
    return sorted(memory_db([("library_footfall", COLS, ROWS)]).execute(a.sql or "").fetchall())


def test_the_most_of_a_panel_count_is_its_sum():
    # Given Central's loans: 2023 averages 450 over two days, 2024 totals 1200 over four
    # When the year with the most loans at Central is asked
    rows = _run("In which year did Central have the most loans?")
    # Then the years are ranked by their total (1200 in 2024), not their daily average
    assert rows[0][0] == 2024 and rows[0][-1] == 1200, rows


def test_the_table_noun_names_the_panel_count():
    # Given a table named for its footfall, with one count column (loans)
    # When the footfall is asked per year at one branch
    rows = _run("Yearly footfall at Riverside")
    # Then the loans are summed per year, not the branch-days counted
    assert rows == [(2023, 110), (2024, 340)], rows


def test_days_are_counted_once_over_repeated_dates():
    # Given three branches a day, so each stormy day has three rows
    questions = (
        "How many days had a storm?",
        "How many stormy days were there each year?",
        "每年有多少个暴风雨天",
    )
    for question in questions:
        # When the stormy days are counted
        rows = _run(question)
        # Then each date counts once (3 stormy days: one in 2023, two in 2024)
        assert sum(r[-1] for r in rows) == 3, (question, rows)


def test_an_average_per_day_at_one_branch_is_over_its_rows():
    # Given one row a day per branch
    # When the average loans per day at one branch are asked
    rows = _run("Average daily loans at Riverside")
    # Then one figure answers: the mean over Riverside's days (75), not one group per day
    assert rows == [(75.0,)], rows


def test_days_said_of_the_rows_filter_them():
    # Given one row a day per branch, with the day's high in degrees Fahrenheit (temp_high_f)
    for question in (
        "Average daily loans at Riverside on days when the high was below 32°F",
        "Average loans at Riverside on stormy days",
    ):
        # When the average is asked over the days a condition picks
        rows = _run(question)
        # Then it averages those days' rows: (60 + 70) / 2 for the cold days, (60 + 70 + 100) / 3 for storms
        assert rows in ([(65.0,)], [(230 / 3,)]), (question, rows)


def test_a_slashed_value_is_one_value():
    # Given a branch stored as 'Hill/Dale'
    # When it is named with its slash
    rows = _run("How many loans did Hill/Dale have in 2024?")
    # Then it filters that branch: 140 + 160 + 180 + 200
    assert rows == [(680,)], rows


def test_the_weekend_is_the_stored_weekend_days():
    # Given a column of day names
    for question in ("Total loans at Riverside on weekends", "Riverside周末的loans总和"):
        # When the weekend's loans are asked
        a = ask(_schema(), question)
        # Then the weekend is Saturday and Sunday (50 + 60 + 90 + 100)
        assert a.status == "ok", (question, a.message, a.sql)
        assert "'Saturday'" in (a.sql or "") and "'Sunday'" in (a.sql or ""), a.sql
        assert memory_db([("library_footfall", COLS, ROWS)]).execute(a.sql or "").fetchall() == [(300,)]


def test_day_of_the_week_groups_by_the_weekday_column():
    # Given a weekday column
    # When the average is asked by day of the week
    rows = _run("Average daily loans at Central by day of the week")
    # Then one group per weekday, not one per date
    assert len(rows) == 4 and ("Saturday", 400.0) in rows, rows


def test_a_total_of_a_word_not_understood_is_no_row_count():
    # Given no column named by 借阅量 (the loans' Chinese name is not in the data)
    # When a total of it is asked under a count word (按年份统计)
    a = ask(_schema(), "按年份统计总借阅量")
    # Then the reading counting rows per year is not given as the total: it asks back
    assert a.status == "clarify", (a.sql, a.confidence)


def test_an_average_daily_figure_per_month_is_each_months_mean_over_its_rows():
    # Given one row a day per branch
    # When the average daily loans of one branch are asked for each month
    rows = _run("Average daily loans at Central in each month")
    # Then each month's mean over Central's days answers (450 in December, 300 in January), no doubt raised
    assert sorted(r[-1] for r in rows) == [300.0, 450.0], rows


def test_a_speed_column_is_named_by_its_things_speed():
    # Given drone flights whose wind is held in km/h (wind_kph) beside the cruise height
    cols = [("pilot", "text"), ("wind_kph", "decimal"), ("height_m", "decimal")]
    rows = [("Ana", 10.0, 100.0), ("Ben", 20.0, 120.0), ("Ana", 30.0, 90.0)]
    schema = Schema(tables=[profiled_table("drone_flights", cols, rows)])
    for question in ("What is the average wind speed?", "平均风速是多少"):
        # When the wind speed is asked
        a = ask(schema, question)
        # Then the speed column answers
        assert a.status == "ok" and "wind_kph" in (a.sql or ""), (question, a.message, a.sql)


def test_the_other_superlative_alone_reranks_the_previous_groups():
    # Given the branch with the most loans in 2024 asked first
    first = ask(_schema(), "Which branch had the most loans in 2024?")
    assert first.status == "ok", first.message
    for follow in ("and the fewest?", "最少的呢"):
        # When the other superlative alone follows
        a = ask(_schema(), follow, state=first.state)
        # Then the same groups are ranked the other way: Riverside, fewest in 2024 (340)
        assert a.status == "ok", (follow, a.message, a.sql)
        rows = memory_db([("library_footfall", COLS, ROWS)]).execute(a.sql or "").fetchall()
        assert rows[0][0] == "Riverside" and rows[0][-1] == 340, (follow, rows)


def test_two_days_joined_by_to_are_every_day_between():
    # Given a column of day names
    for question in (
        "Average loans at Hill/Dale on weekday (Monday to Tuesday)",
        "Hill/Dale周一到周二的loans总和",
    ):
        # When a span of days is said
        a = ask(_schema(), question)
        # Then every stored day from the first to the last filters the rows (here Monday and Tuesday)
        assert a.status == "ok", (question, a.message, a.sql)
        assert "'Monday', 'Tuesday'" in (a.sql or "") and '"weekday",' not in (a.sql or ""), (question, a.sql)


def test_which_day_over_repeated_dates_ranks_the_days_totals():
    # Given three branches a day
    # When the day with the highest combined loans is asked
    rows = _run("Which day had the highest combined loans over all branches?")
    # Then the days are grouped and ranked by their total: 2023-12-30 (500 + 100 + 50)
    assert rows == [("2023-12-30", 650)], rows


def test_a_word_not_understood_before_a_column_that_another_name_widens_asks_back():
    # Given floods per town and year, in all and at night (night_floods beside floods)
    cols = [("town", "text"), ("year", "integer"), ("floods", "integer"), ("night_floods", "integer")]
    rows = [("Ayr", 2020, 8, 3), ("Ayr", 2021, 9, 5), ("Troon", 2020, 7, 2), ("Troon", 2021, 6, 1)]
    schema = Schema(tables=[profiled_table("town_floods", cols, rows)])
    # When the floods are asked with a qualifier the data spells otherwise (nocturnal for night)
    a = ask(schema, "nocturnal floods in 2021")
    # Then the sum of all floods is not given as the answer: it asks back
    assert a.status == "clarify", (a.sql, a.confidence)


def test_a_share_of_an_amount_said_after_a_period_weighs_by_it():
    # Given loans per branch and day
    # When a branch's share is asked of all the year's loans, the year between "of" and the amount
    rows = _run("What share of all 2024 loans were at Riverside?")
    # Then the share is of the loans (340 of 2220), not of the rows (one in three)
    assert abs(rows[0][0] - 340 / 2220) < 1e-9, rows
