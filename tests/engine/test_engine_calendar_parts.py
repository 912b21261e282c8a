"""Time written as integer year / month (/ day) columns: grains and periods read on the parts, a date that
is the same time as the parts is no guess, and the data's time range is MIN / MAX of the time column."""

from __future__ import annotations

from datetime import date

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

# a rain gauge log: one reading per station and day, years 2019-2021, no date column
GAUGE_COLUMNS = [
    ("reading_no", "integer"),
    ("year", "integer"),
    ("month", "integer"),
    ("day", "integer"),
    ("station", "text"),
    ("rainfall", "float"),
]
DAYS = [(y, m, d) for y in (2019, 2020, 2021) for m in range(1, 13) for d in (3, 17)]
GAUGE_ROWS = [
    (k, y, m, d, s, float((y + m * d) % 7))
    for k, (y, m, d, s) in enumerate((y, m, d, s) for y, m, d in DAYS for s in ("North", "South"))
]
# a shop's monthly revenue: year, month and the month's first day, which are one time
SHOP_COLUMNS = [("store", "text"), ("year", "integer"), ("month", "integer"), ("period", "date")]
SHOP_COLUMNS += [("revenue", "float"), ("units", "integer"), ("backlog", "float")]
SHOP_ROWS = [
    (s, y, m, date(y, m, 1).isoformat(), float(100 * m + y % 10), m + len(s), 1.5 + (m % 4))
    for s in ("Elm", "Oak", "Pine")
    for y in (2020, 2021)
    for m in range(1, 13)
]


def _gauges() -> Schema:
    return Schema(tables=[profiled_table("readings", GAUGE_COLUMNS, GAUGE_ROWS)])


def _shops() -> Schema:
    return Schema(tables=[profiled_table("shop_months", SHOP_COLUMNS, SHOP_ROWS)])


def _rows(sql: str | None, table: str = "readings") -> list[tuple]:
    tables = {"readings": (GAUGE_COLUMNS, GAUGE_ROWS), "shop_months": (SHOP_COLUMNS, SHOP_ROWS)}
    conn = memory_db([(table, *tables[table])])
    return conn.execute(sql or "").fetchall()


def test_a_monthly_grain_in_one_year_groups_by_the_month_column():
    # Given a log with integer year, month and day columns and no date column
    # When the readings per month of one year are asked
    answer = ask(_gauges(), "How many readings per month in 2020?")
    # Then the rows are counted per month of that year, not listed
    assert answer.status == "ok", answer.message
    rows = _rows(answer.sql)
    assert len(rows) == 12 and all(r[-1] == 4 for r in rows), answer.sql
    assert '"reading_no"' not in (answer.sql or "")


def test_a_quarter_of_integer_months_is_month_plus_two_over_three():
    # Given the same log / When a total by quarter is asked in Chinese and English
    for question in ("Total rainfall by quarter in 2021", "2021年各季度的降雨总量"):
        answer = ask(_gauges(), question)
        # Then four groups, 1 to 4, each the sum of its three months
        assert answer.status == "ok", (question, answer.message)
        rows = sorted(_rows(answer.sql))
        assert [r[0] for r in rows] == [1, 2, 3, 4], answer.sql
        q1 = sum(r[-1] for r in GAUGE_ROWS if r[1] == 2021 and r[2] <= 3)
        assert abs(rows[0][-1] - q1) < 1e-9


def test_a_monthly_grain_over_several_years_keeps_the_year():
    # Given the log over three years / When the readings per month are asked with no year
    answer = ask(_gauges(), "monthly totals of rainfall")
    # Then each year's months are their own groups (36), not January of every year together
    assert answer.status in ("ok", "clarify")
    assert len(_rows(answer.sql)) == 36, answer.sql


def test_a_month_or_quarter_period_filters_the_parts():
    # Given the log / When a month of a year, or a quarter, is asked
    july = ask(_gauges(), "How many readings in July 2020?")
    q3 = ask(_gauges(), "2020年第三季度一共有多少条记录")
    # Then the year and month columns are filtered: 2 days x 2 stations, and three such months
    assert july.status == "ok", july.message
    assert _rows(july.sql)[0][-1] == 4, july.sql
    assert q3.status == "ok", q3.message
    assert _rows(q3.sql)[0][-1] == 12, q3.sql


def test_a_date_that_is_the_year_columns_time_is_no_guess():
    # Given monthly rows with year, month and the month's date, whose years are the year column's
    # When a year is asked with no word naming a column
    answer = ask(_shops(), "Total revenue in 2021")
    # Then the period is answered (the date and the year are one time), not doubted as a guess
    assert answer.status == "ok", answer.message
    assert "time_column_guessed" not in ((answer.state or {}).get("reasons") or [])
    assert len(_rows(answer.sql, "shop_months")) == 1


def test_a_grain_over_a_date_that_has_parts_reads_the_parts():
    # Given the same monthly rows / When the revenue by quarter of one year is asked
    answer = ask(_shops(), "Total revenue by quarter in 2021")
    # Then the quarters are 1 to 4 from the month column, as the year column gives the year
    assert answer.status == "ok", answer.message
    assert sorted(r[0] for r in _rows(answer.sql, "shop_months")) == [1, 2, 3, 4], answer.sql


def test_the_datas_time_range_is_min_and_max_of_the_time_column():
    # Given a table with a date, and the log with only year and month columns
    for schema, table, question in (
        (_shops(), "shop_months", "What is the time range of the data?"),
        (_shops(), "shop_months", "数据的时间范围是从哪个月到哪个月"),
        (_gauges(), "readings", "数据的时间范围"),
    ):
        answer = ask(schema, question)
        # Then the earliest and latest time, one row, not the rows' dates
        assert answer.status == "ok", (question, answer.message)
        rows = _rows(answer.sql, table)
        assert len(rows) == 1 and "MIN(" in (answer.sql or "") and "MAX(" in (answer.sql or ""), answer.sql


def test_a_month_part_compared_with_no_month_is_doubted():
    # Given the monthly rows / When a measure in months is compared ("backlog below 2.5 months")
    answer = ask(_shops(), "In which months of 2021 was the backlog below 2.5 months?")
    # Then a month column compared with 2.5 is no reading the engine answers with confidence
    assert answer.status == "clarify" or '"month" < 2.5' not in (answer.sql or ""), answer.sql


def test_an_average_before_a_grain_is_not_a_series():
    # Given the monthly rows / When the average monthly revenue of one year is asked
    answer = ask(_shops(), "What was the average monthly revenue in 2021?")
    # Then one figure is asked: a series of monthly averages is not answered with confidence
    assert answer.status == "clarify" or len(_rows(answer.sql, "shop_months")) == 1, answer.sql


def test_by_number_of_an_additive_column_sums_it():
    # Given the monthly rows with units sold / When stores are ranked by the number of units
    answer = ask(_shops(), "Top 2 stores by number of units in 2021")
    # Then the units add up per store (as "how many units" does), not the rows counted
    assert answer.status == "ok", answer.message
    assert 'SUM("units")' in (answer.sql or ""), answer.sql


def test_two_years_compared_with_years_between_are_doubted():
    # Given the log over 2019-2021 / When 2021 is compared with 2019 (2020 lies between)
    answer = ask(_gauges(), "2021年的降雨总量比2019年多了多少")
    # Then a series that also shows 2020, or both years summed, is not answered with confidence
    assert answer.status == "clarify", answer.sql


def test_a_count_of_an_unknown_noun_is_doubted():
    # Given the log / When a count of a thing the data does not hold is asked
    answer = ask(_gauges(), "How many tornadoes were there in 2020?")
    # Then counting the readings instead is not answered with confidence
    assert answer.status == "clarify", answer.sql


def test_a_foreign_name_spelt_in_chinese_and_not_held_is_doubted():
    # Given stores stored in English / When a Chinese question names a place spelt by sound
    answer = ask(_shops(), "匹兹堡2021年的总收入")
    # Then the name the answer would drop makes it ask back
    assert answer.status == "clarify", answer.sql


def test_a_grain_on_parts_renders_in_every_dialect_without_null_clauses():
    # Given a quarter grain on integer parts over several years
    from shared.ask.engines.rules.intent import Intent, Measure
    from shared.ask.engines.rules.sqlbuild import build_sql

    intent = Intent(table="t", measures=[Measure("count")], time_grain="quarter", time_column="yr")
    intent.calendar, intent.order = {"year": "yr", "month": "mo"}, [("time", None, False)]
    # When it is rendered in each dialect
    sqls = {d: build_sql(intent, d) for d in ("sqlite", "mysql", "postgresql")}
    # Then the quarter is the dialect's integer division and the year orders as the quarter does
    assert "DIV 3" in sqls["mysql"] and "DIV((" in sqls["postgresql"], sqls
    assert all("NULLS" not in s and "CASE" not in s for s in sqls.values()), sqls
