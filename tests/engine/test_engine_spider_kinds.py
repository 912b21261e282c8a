"""General rules for failure kinds seen on Spider-like questions, each with a tiny invented table."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

STAFF_COLUMNS = [
    ("Staff_ID", "integer"),
    ("Name", "text"),
    ("Age", "integer"),
    ("City", "text"),
    ("Birth_Date", "date"),
]
STAFF_ROWS = [
    (1, "Ana Ruiz", 23, "Lyon", "1990-01-02"),
    (2, "Ben Ode", 29, "Nice", "1985-03-04"),
    (3, "Cy Marr", 43, "Lyon", "1970-05-06"),
    (4, "Dee Holt", 27, "Lyon", "1988-07-08"),
    (5, "Eli Park", 35, "Nice", "1992-09-10"),
]
ARENA_COLUMNS = [
    ("Arena_ID", "integer"),
    ("Name", "text"),
    ("Capacity", "integer"),
    ("Highest", "integer"),
    ("Average", "integer"),
]
ARENA_ROWS = [
    (1, "North Park", 10104, 4812, 2106),
    (2, "Bay Field", 11998, 2363, 1477),
    (3, "Hill Road", 2000, 1980, 864),
]
NATION_COLUMNS = [("Code", "text"), ("Name", "text"), ("Continent", "text"), ("Population", "integer")]
NATION_ROWS = [("BRA", "Brazil", "South America", 170115000), ("FRA", "France", "Europe", 59225700)]
AWARD_COLUMNS = [("Staff_ID", "integer"), ("Year_awarded", "text"), ("Bonus", "float")]
AWARD_ROWS = [(1, "2011", 3000.0), (2, "2015", 3200.0), (1, "2016", 2900.0)]
SINGER_COLUMNS = [("Singer_ID", "integer"), ("Name", "text"), ("Country", "text"), ("Age", "integer")]
SINGER_ROWS = [
    (1, "Joe Sharp", "Netherlands", 52),
    (2, "Tim Bal", "United States", 32),
    (3, "Rose W", "France", 29),
]


def staff() -> Schema:
    return Schema(tables=[profiled_table("staff", STAFF_COLUMNS, STAFF_ROWS)])


def one(name: str, columns: list[tuple[str, str]], rows: list[tuple]) -> Schema:
    return Schema(tables=[profiled_table(name, columns, rows)])


def test_a_possessive_names_the_value_and_the_column():
    # Given a country table / When asking "Brazil's population"
    ans = ask(one("nation", NATION_COLUMNS, NATION_ROWS), "What is Brazil's population?")
    # Then Brazil filters the name and the population is shown
    assert "\"Name\" = 'Brazil'" in ans.sql and '"Population"' in ans.sql


def test_plural_ids_link_the_id_column():
    # Given a table with Staff_ID / When asking for "the names and ids"
    ans = ask(staff(), "List the names and ids of all staff.")
    # Then both the name and the id columns are listed
    assert '"Name"' in ans.sql and '"Staff_ID"' in ans.sql


def test_the_total_amount_of_a_column_sums_it():
    # Given a bonus column / When asking "the total amount of bonus"
    ans = ask(
        one("award", AWARD_COLUMNS, AWARD_ROWS), "What is the total amount of bonus given in all awards?"
    )
    # Then the bonus is summed, not listed
    assert 'SUM("Bonus")' in ans.sql


def test_an_aggregate_after_and_without_a_column_reuses_the_previous_one():
    # Given a table without a column named Average / When asking "the maximum age and the average"
    ans = ask(staff(), "What is the maximum age and the average of all staff?")
    # Then both aggregates are over the age
    assert 'MAX("Age")' in ans.sql and 'AVG("Age")' in ans.sql


def test_a_column_named_average_yields_to_the_aggregate_before_another_column():
    # Given a column literally named Average / When listing "the average, minimum, and maximum capacity"
    arenas = one("arena", ARENA_COLUMNS, ARENA_ROWS)
    listed = ask(arenas, "What is the average, minimum, and maximum capacity of all arenas?")
    # Then all three aggregate the capacity
    assert all(f'{agg}("Capacity")' in listed.sql for agg in ("AVG", "MIN", "MAX"))
    # And "the highest average" ranks by the Average column, Highest being the superlative word
    ranked = ask(arenas, "What are the name and capacity of the arena with the highest average?")
    assert 'ORDER BY "Average" DESC' in ranked.sql and "LIMIT 1" in ranked.sql


def test_the_earliest_date_asked_alone_is_its_minimum():
    # Given a birth date column / When asking the earliest birth date, en and zh
    en = ask(staff(), "What is the earliest birth date of staff?")
    zh = ask(staff(), "员工最早的出生日期是什么？")
    # Then the date's MIN, not the row that has it
    for ans in (en, zh):
        assert 'MIN("Birth_Date")' in ans.sql and "ORDER BY" not in ans.sql


def test_a_distinct_list_shows_only_the_asked_column_not_the_filter_column():
    # Given singers with ages / When asking distinct countries of singers above 30
    ans = ask(
        one("singer", SINGER_COLUMNS, SINGER_ROWS),
        "What are all distinct countries where singers above age 30 are from?",
    )
    # Then only the country is selected, with the age as a filter
    assert ans.sql.startswith('SELECT DISTINCT "Country" FROM') and '"Age" > 30' in ans.sql


def test_more_than_one_row_under_a_filter_is_a_having_count():
    # Given staff with ages and cities / When asking cities with more than one staff member under 30
    en = ask(staff(), "Which cities do more than one staff member under age 30 come from?")
    # Then rows are filtered by age, grouped by city and the groups kept by their count
    assert '"Age" < 30' in en.sql and 'GROUP BY "City"' in en.sql and "HAVING COUNT(*) > 1" in en.sql


def test_a_classifier_number_with_yishang_counts_rows_and_the_next_number_keeps_its_own_comparator():
    # Given 两个以上30岁以下员工: 以上 qualifies 两个, 以下 qualifies 30岁
    zh = ask(staff(), "找出有两个以上30岁以下员工的城市。")
    # Then a count HAVING on the city groups and an upper bound on the age
    assert 'GROUP BY "City"' in zh.sql and "HAVING COUNT(*) >= 2" in zh.sql
    assert '"Age" <= 30' in zh.sql or '"Age" < 30' in zh.sql
