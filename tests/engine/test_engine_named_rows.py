"""Readings found on a table of events with English headers asked in Chinese: a verb's people summed
from the column its noun names, a dictionary name of one row or of a property of the rows, a grain with a
column of its own, a decade grouping, a place asked."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

# street protests: one row per protest, with the people arrested and injured at each
PROTEST_COLS = [
    ("protest_id", "integer"),
    ("date", "date"),
    ("year", "integer"),
    ("month", "text"),
    ("city", "text"),
    ("country", "text"),
    ("arrests", "integer"),
    ("crowd", "integer"),
]
PROTESTS = [
    (1, "1968-05-03", 1968, "May", "Paris", "France", 120, 5000),
    (2, "1971-10-12", 1971, "October", "Lyon", "France", 14, 800),
    (3, "1989-06-04", 1989, "June", "Berlin", "Germany", 3, 20000),
    (4, "1999-11-30", 1999, "November", "Seattle", "United States", 600, 40000),
    (5, "1999-12-01", 1999, "December", "Seattle", "United States", 25, 9000),
]
WAR_COLS = [("war_id", "integer"), ("name", "text"), ("start_year", "integer"), ("casualties", "integer")]
WARS = [(1, "Crimean", 1853, 500000), (2, "Boer", 1899, 60000), (3, "Korean", 1950, 3000000)]
WINE_COLS = [("wine_id", "integer"), ("label", "text"), ("country", "text"), ("price", "float")]
WINES = [(1, "Rioja", "Spain", 20.0), (2, "Barolo", "Italy", 45.0), (3, "Chablis", "France", 30.0)]


def _protests() -> Schema:
    return Schema(tables=[profiled_table("protests", PROTEST_COLS, PROTESTS)])


def test_people_a_verb_acted_on_are_summed_from_its_nouns_column():
    # Given protests, each with the number of people arrested at it
    schema = _protests()
    for question in (
        "法国的抗议一共抓了多少人",
        "How many were arrested in France?",
        "How many people were arrested?",
    ):
        # When the people arrested are counted, by the verb
        a = ask(schema, question)
        # Then the reading sums the arrests column, never counts the protests
        assert 'SUM("arrests")' in (a.sql or ""), (question, a.sql)
        assert "COUNT(*)" not in (a.sql or ""), (question, a.sql)


def test_a_verb_that_names_no_column_keeps_the_row_count():
    # Given the same protests
    schema = _protests()
    # When the protests themselves are counted
    a = ask(schema, "How many protests were there in France?")
    # Then the rows are counted
    assert a.status == "ok", a.message
    assert "COUNT(*)" in (a.sql or ""), a.sql


def test_a_dictionary_name_of_one_row_is_not_read_as_every_row():
    # Given wars, one row each
    schema = Schema(tables=[profiled_table("wars", WAR_COLS, WARS)])
    # When a war is named by its dictionary name (朝鲜战争, "Korean War") and its year asked
    a = ask(schema, "朝鲜战争是哪一年开始的")
    # Then the engine does not answer with every war's year: it asks back
    assert a.status == "clarify", a.sql


def test_a_property_of_the_rows_is_no_ranking_by_their_count():
    # Given wines, with no column for their age
    schema = Schema(tables=[profiled_table("wines", WINE_COLS, WINES)])
    # When the wine with the greatest 酒龄 ("age of wine") is asked
    a = ask(schema, "酒龄最长的是哪个国家的酒")
    # Then it is not answered as the country with the most wines
    assert a.status != "ok" or "COUNT(*)" not in (a.sql or ""), a.sql


def test_a_grain_the_table_has_a_text_column_for_asks_back():
    # Given protests with a date and a month column holding month names
    schema = _protests()
    # When protests are counted by month
    a = ask(schema, "按月份统计抗议次数")
    # Then the year-month of the date is not taken for the month names with confidence
    assert a.status != "ok" or "STRFTIME" not in (a.sql or ""), a.sql


def test_a_decade_grouping_is_not_answered_by_year():
    # Given protests with a year
    schema = _protests()
    # When they are counted per decade
    for question in ("每个年代各有多少次抗议", "How many protests were there per decade?"):
        a = ask(schema, question)
        # Then no per-year answer comes back as if it were per decade
        assert a.status != "ok" or "/ 10" in (a.sql or ""), (question, a.sql)


def test_where_asked_with_no_place_shown_asks_back():
    # Given protests
    schema = _protests()
    # When the latest protest's time and place are asked
    a = ask(schema, "最近的一次抗议是什么时候、在哪里")
    # Then an answer showing no place (only the id and the date) is not given
    assert a.status != "ok" or "city" in (a.sql or "") or "country" in (a.sql or ""), a.sql
