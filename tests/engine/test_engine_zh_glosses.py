"""Chinese words over English-named data linked at question time through their CC-CEDICT glosses
(shared/semantic/vocabulary/glosses.py): a gloss's head word, a compound read as two dictionary words,
a single character naming a table; and the guesses that must stay unread (issue 10, "zhlink")."""

from __future__ import annotations

from shared.ask.engines.rules.engine import CLARIFY_BELOW
from shared.semantic.schema import Schema, Table
from tests.engine.schemas import ask, profiled_table


def companies() -> Table:
    return profiled_table(
        "companies",
        [("Symbol", "text"), ("Name", "text"), ("Sector", "text"), ("Price", "float")],
        [
            ("AAA", "Alpha", "Telecommunications Services", 120.0),
            ("BBB", "Beta", "Energy", 80.0),
            ("CCC", "Gamma", "Energy", 300.0),
            ("DDD", "Delta", "Telecommunications Services", 40.0),
        ],
    )


def cars() -> Table:
    return profiled_table(
        "cars",
        [("Name", "text"), ("Horsepower", "integer"), ("Origin", "text")],
        [("a", 130, "USA"), ("b", 95, "Japan"), ("c", 150, "USA"), ("d", 88, "Europe")],
    )


def test_the_head_word_of_a_gloss_names_a_column():
    # Given a Price column and 股价, which CC-CEDICT glosses "stock price" (no exact name)
    ans = ask(Schema(tables=[companies()]), "股价超过100的公司有哪些")
    # Then the gloss's head word links the column
    assert ans.status == "ok", ans.message
    assert '"Price" > 100' in (ans.sql or ""), ans.sql


def test_a_gloss_word_names_a_grouped_column():
    # Given an Origin column and 产地 ("place of origin")
    ans = ask(Schema(tables=[cars()]), "各个产地分别有多少款车")
    # Then the cars are counted per origin (车 "car" names the cars table)
    assert ans.status == "ok", ans.message
    assert 'GROUP BY "Origin"' in (ans.sql or "") and "COUNT(*)" in (ans.sql or ""), ans.sql


def test_a_character_whose_first_gloss_names_the_table_counts_its_rows():
    # Given a cars table / When asked how many 车 (first gloss "car")
    ans = ask(Schema(tables=[cars()]), "一共有多少辆车")
    # Then the rows are counted
    assert ans.status == "ok", ans.message
    assert "COUNT(*)" in (ans.sql or "") and "WHERE" not in (ans.sql or ""), ans.sql


def test_a_compound_the_dictionary_lacks_is_read_as_two_words_naming_a_value():
    # Given a stored value 'Telecommunications Services' and 电信服务 (电信 + 服务, no entry of its own)
    ans = ask(Schema(tables=[companies()]), "电信服务的公司有多少家")
    # Then the joined glosses name the value
    assert ans.status == "ok", ans.message
    assert "'Telecommunications Services'" in (ans.sql or ""), ans.sql


def test_a_word_whose_first_character_also_ends_a_word_before_it_stays_unread():
    # Given 电动车 (electric car): 动车 glosses a "car" too, but 电动 is a word as well
    ans = ask(Schema(tables=[cars()]), "数据里有多少款电动车")
    # Then the break between words is a guess: the question is asked back, never all cars counted
    assert ans.status == "clarify" and ans.confidence < CLARIFY_BELOW, ans.sql


def test_a_count_word_ending_a_compound_stays_the_grammar_s():
    # Given one row per day and 天数 (天 + the count word 数), glossed "number of days"
    days = profiled_table(
        "weather",
        [("date", "date"), ("weather", "text")],
        [("2012-01-01", "rain"), ("2012-01-02", "sun"), ("2012-01-03", "rain"), ("2013-01-01", "rain")],
    )
    ans = ask(Schema(tables=[days]), "2012年下雨的天数")
    # Then the days are counted, not listed
    assert ans.status == "ok", ans.message
    assert "COUNT(" in (ans.sql or ""), ans.sql


def test_a_period_over_data_without_dates_asks_back():
    # Given no date column / When asked about the past year
    ans = ask(Schema(tables=[companies()]), "过去一年股价走势如何")
    # Then the period cannot bound anything: asked back, not answered over all rows
    assert ans.status == "clarify" and ans.confidence < CLARIFY_BELOW, ans.sql
    en = ask(Schema(tables=[companies()]), "What was the average price last month?")
    assert en.status == "clarify", en.sql


def countries() -> Table:
    return profiled_table(
        "countries",
        [("country", "text"), ("continent", "text"), ("year", "integer"), ("gdpPercap", "float")],
        [
            ("A", "Europe", 2007, 30000.0),
            ("B", "Asia", 2007, 900.0),
            ("C", "Europe", 2007, 25000.0),
            ("D", "Americas", 2007, 12000.0),
        ],
    )


def test_an_aggregate_word_whose_gloss_completes_a_name_is_part_of_it():
    # Given gdpPercap and 人均 (an average word, glossed "per capita")
    ans = ask(Schema(tables=[countries()]), "2007年人均GDP最高的2个国家")
    # Then 人均GDP names the column: the countries are ranked by it, not by an average
    assert ans.status == "ok", ans.message
    sql = ans.sql or ""
    assert 'ORDER BY "gdpPercap" DESC' in sql and "AVG(" not in sql and "LIMIT 2" in sql, sql


def test_an_aggregate_word_that_completes_no_name_stays_an_aggregate():
    # Given a price column / When asked for 平均价格 ("average" completes no column's name)
    ans = ask(Schema(tables=[companies()]), "能源行业公司的平均价格")
    # Then it is still an average
    assert "AVG(" in (ans.sql or ""), ans.sql


def test_a_gloss_with_a_note_in_brackets_still_translates():
    # Given CC-CEDICT's 欧洲 "Europe (abbr. for 歐羅巴洲|欧罗巴洲[...])": a short gloss with a long note
    ans = ask(Schema(tables=[countries()]), "欧洲有多少个国家")
    # Then it names the stored value
    assert ans.status == "ok", ans.message
    assert "'Europe'" in (ans.sql or ""), ans.sql
