"""Readings over a date column (one row per day) that would look right and answer something else ask
back, and the time grains that are clear are answered: a quantity superlative is not an order of dates,
a word not understood that qualifies the days is not dropped, a sum or an average per period is not
guessed, a month without a year over several years is not silently one year's, two periods named side by
side are compared, and the average per day over daily rows is the average of the rows."""

from __future__ import annotations

from datetime import date, timedelta

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.segment import normalise
from tests.engine.schemas import ask, profiled_table

COLUMNS = [("date", "date"), ("reading", "float"), ("amount", "float"), ("kind", "text")]
START = date(2022, 1, 1)
ROWS = [
    (
        (START + timedelta(days=i)).isoformat(),
        float(i % 17),
        float(i % 5 + 1),
        ("alpha", "beta", "gamma")[i % 3],
    )
    for i in range(730)
]
DAILY = Schema(tables=[profiled_table("log", COLUMNS, ROWS)])


def test_a_superlative_of_quantity_is_not_answered_by_ordering_the_dates():
    # Given a value of kind and a date column / When the most of that value is asked
    ans = ask(DAILY, "Which 5 days had the most alpha?")
    # Then no "latest 5 alpha days" comes back as the answer
    assert ans.status == "clarify", ans.sql


def test_first_and_latest_still_order_by_the_date():
    # Given the same table / When the first or the latest days are asked
    for question in ("the earliest 3 days", "the 5 most recent days"):
        ans = ask(DAILY, question)
        # Then they are answered by the date
        assert ans.status == "ok" and '"date"' in (ans.sql or ""), (question, ans.sql)


def test_a_word_not_understood_that_qualifies_the_days_asks_back():
    # Given no column or value holds "gloomy" / When the gloomy days are counted or shared
    for question in ("How many gloomy days were there in 2022?", "What share of days were gloomy?"):
        ans = ask(DAILY, question)
        # Then a question back naming the word, not a count of every day of 2022
        assert ans.status == "clarify" and "gloomy" in ans.unknown_words, (question, ans.sql)


def test_a_series_of_a_measure_whose_aggregation_nothing_says_asks_back():
    # Given "reading", a name that says neither sum nor average / When asked per month with no aggregate
    ans = ask(DAILY, "Monthly reading in 2022")
    # Then sum or average per month is asked back, not guessed
    assert ans.status == "clarify", ans.sql


def test_a_total_after_its_column_sums_it_per_period():
    # Given the same measure / When its totals per month are asked ("reading totals")
    ans = ask(DAILY, "Monthly reading totals for 2022")
    # Then each month sums it
    assert ans.status == "ok" and 'SUM("reading")' in (ans.sql or ""), ans.sql
    assert "'%Y-%m'" in (ans.sql or "")


def test_two_periods_side_by_side_are_compared_not_intersected():
    # Given two years named with vs / 和 / When asked for a total in each
    for question in ("Total amount in 2022 vs 2023", "2022年和2023年的amount总和分别是多少"):
        ans = ask(DAILY, question)
        # Then one group per year over both years, never an empty range
        sql = ans.sql or ""
        assert ans.status == "ok" and "STRFTIME('%Y'" in sql, (question, sql)
        assert "'2022-01-01'" in sql and "'2024-01-01'" in sql, (question, sql)


def test_the_average_per_day_over_daily_rows_is_the_average_of_the_rows():
    # Given one row per date / When the average per day is asked, in both languages
    for question in ("What is the average reading per day?", "平均每天的reading是多少"):
        ans = ask(DAILY, question)
        # Then AVG over the rows, not one group per day
        assert ans.status == "ok" and "GROUP BY" not in (ans.sql or ""), (question, ans.sql)
        assert 'AVG("reading")' in (ans.sql or "")


def test_a_month_without_a_year_over_several_years_asks_back():
    # Given two years of data / When a month is named without its year
    ans = ask(DAILY, "Average reading in March")
    # Then it is not silently the latest March
    assert ans.status == "clarify", ans.sql
    # And with the year it is answered
    dated = ask(DAILY, "Average reading in March 2022")
    assert dated.status == "ok" and "'2022-03-01'" in (dated.sql or ""), dated.sql


def test_most_common_first_orders_without_cutting_to_one():
    # Given days per kind / When asked most common first
    ans = ask(DAILY, "Number of days per kind, most common first")
    # Then every kind, the most common first
    sql = ans.sql or ""
    assert ans.status == "ok" and "DESC" in sql and "LIMIT" not in sql, sql


def test_days_aggregated_over_are_the_rows_and_a_generic_noun_after_a_column_is_understood():
    # Given one row per date / When an average is taken on the days of one kind ("kind type", 类型)
    for question in ("Average reading on days whose kind is beta", "数据中有哪些kind类型"):
        ans = ask(DAILY, question)
        # Then it is answered: the days are the rows, 类型 restates the column
        assert ans.status == "ok", (question, ans.sql, ans.unknown_words)


def test_which_period_had_the_most_days_ranks_the_periods_by_their_days():
    # Given one row per date / When asked which year had the most days of a kind, in both languages
    for question in ("Which year had the most days with kind beta?", "哪一年kind为beta的天数最多"):
        ans = ask(DAILY, question)
        # Then the years are ranked by their row count, the first kept
        sql = ans.sql or ""
        assert ans.status == "ok" and "STRFTIME('%Y'" in sql and "COUNT(*)" in sql, (question, sql)
        assert "DESC LIMIT 1" in sql, (question, sql)


def test_a_total_word_after_the_number_is_never_lost_to_a_row_count():
    # Given "reading" / When a total of it per month is asked with "in total" after the number
    ans = ask(DAILY, "Which months had more than 150 of reading in total?")
    # Then no count of rows above 150 comes back: each month's total is compared (or the engine asks)
    sql = ans.sql or ""
    assert ans.status == "clarify" or 'HAVING SUM("reading") > 150' in sql, sql
    assert ans.status == "clarify" or "COUNT(*)" not in sql, sql


def test_a_number_before_a_superlative_form_is_not_the_columns_value():
    # Given "amount" / When the 3 amount-iest days are asked with a superlative form of the word
    ans = ask(DAILY, "The 3 amountest days")
    # Then never amount = 3
    assert ans.status == "clarify" or '"amount" = 3' not in (ans.sql or ""), ans.sql


def test_a_number_of_days_after_a_superlative_is_the_top_n_of_the_daily_rows():
    # Given one row per date / When the N days with the most of a measure are asked in Chinese
    ans = ask(DAILY, "amount最多的5天")
    # Then the 5 rows with the highest amount, with their dates
    sql = ans.sql or ""
    assert ans.status == "ok" and '"date"' in sql and 'ORDER BY "amount" DESC LIMIT 5' in sql, sql


def test_days_counted_in_chinese_over_daily_rows_count_the_rows():
    # Given one row per date / When the days are counted with 天数 or 有多少天
    for question in ("kind为beta的天数有多少", "各kind分别有多少天"):
        ans = ask(DAILY, question)
        # Then the rows are counted
        assert ans.status == "ok" and "COUNT(*)" in (ans.sql or ""), (question, ans.sql)
        assert "GROUP BY STRFTIME" not in (ans.sql or ""), (question, ans.sql)


def test_a_grain_character_that_begins_a_dictionary_word_is_not_a_grain():
    # Given 各天气 (each + weather) / When found as time phrases
    from shared.ask.engines.rules import timeexpr

    # Then 各天 (each day) is not read out of 天气, while 各天的 still is a grain
    assert not [s for _, _, s in timeexpr.find("各天气类型的天数") if s.kind == "grain"]
    assert [s.grain for _, _, s in timeexpr.find("各天的数量") if s.kind == "grain"] == ["day"]


def test_a_chinese_word_not_understood_before_the_days_asks_back():
    # Given no value holds 阴沉 / When the share of 阴沉 days is asked
    ans = ask(DAILY, "阴沉天占全部天数的比例是多少")
    # Then a question back, not a count of every day
    assert ans.status == "clarify", ans.sql


YEARLY = Schema(
    tables=[
        profiled_table(
            "models",
            [("name", "text"), ("power", "integer"), ("year", "integer")],
            [(f"m{i}", 60 + i, 1970 + i % 13) for i in range(60)],
        )
    ]
)


def test_two_years_joined_by_a_range_word_are_one_range_over_a_year_column():
    # Given a table whose time is an integer year column (no date column)
    for question in (
        "average power of models from 1970 to 1974",
        "1970年到1974年的平均power",
        "average power between 1970 and 1974",
    ):
        # When two years are joined by a range word
        ans = ask(YEARLY, question)
        # Then both ends bound one range, not "from 1970 and exactly 1974"
        assert ans.status == "ok" and "BETWEEN 1970 AND 1974" in (ans.sql or ""), (question, ans.sql)
    # And two years joined by a plain "and" stay two values
    ans = ask(YEARLY, "average power of models in 1970 and 1974")
    assert "BETWEEN" not in (ans.sql or ""), ans.sql


def test_a_compared_four_digit_number_is_an_amount_not_a_year():
    # Given a year column beside an amount column whose values reach four digits
    schema = Schema(
        tables=[
            profiled_table(
                "parcels",
                [("name", "text"), ("weight", "integer"), ("year", "integer")],
                [(f"p{i}", 1500 + i * 30, 1970 + i % 13) for i in range(60)],
            )
        ]
    )
    # When a comparator stands right before the number
    ans = ask(schema, "How many parcels weigh less than 2000?")
    # Then the amount is compared, not the year set equal to it
    assert '"weight" < 2000' in (ans.sql or "") and '"year"' not in (ans.sql or ""), ans.sql
    # And a time word before a year still compares the year
    assert '"year" > 1975' in (ask(schema, "How many parcels were sent after 1975?").sql or "")


def test_a_decade_is_the_range_of_its_ten_years():
    # Given the integer year column above
    for question in ("average power of models from the 1970s", "70年代的平均power", "power in the '70s"):
        # When a decade is named
        ans = ask(YEARLY, question)
        # Then its ten years bound the range (never "year = 70" or "year = 1970")
        assert "BETWEEN 1970 AND 1979" in (ans.sql or ""), (question, ans.sql)
    # And an age in its thirties is not a decade
    assert "1930" not in normalise("customers in their 30s")
