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


def weather() -> Table:
    return profiled_table(
        "weather",
        [("date", "date"), ("temp_max", "float"), ("temp_min", "float"), ("weather", "text")],
        [
            ("2013-01-01", 10.0, 2.0, "rain"),
            ("2013-01-02", 14.0, -1.0, "sun"),
            ("2013-01-03", 8.0, 1.0, "rain"),
            ("2014-01-01", 16.0, 5.0, "sun"),
        ],
    )


def test_an_extreme_word_picks_the_column_of_a_pair_its_noun_names():
    # Given temp_max / temp_min and 气温 ("air temperature" -> temp, one word of both names)
    ans = ask(Schema(tables=[weather()]), "哪一天的最高气温最高")
    # Then 最高 before the noun picks temp_max, and the second 最高 ranks by it
    assert ans.status == "ok", ans.message
    assert 'ORDER BY "temp_max" DESC' in (ans.sql or "") and "temp_min" not in (ans.sql or ""), ans.sql
    # And in English, lowest picks temp_min
    en = ask(Schema(tables=[weather()]), "Which day had the lowest minimum temperature?")
    assert '"temp_min"' in (en.sql or "") and "temp_max" not in (en.sql or ""), en.sql


def test_an_extreme_word_after_an_aggregate_is_part_of_the_name():
    # Given 平均最高气温: the average of temp_max, not also its maximum
    ans = ask(Schema(tables=[weather()]), "2013年的平均最高气温")
    assert ans.status == "ok", ans.message
    assert 'AVG("temp_max")' in (ans.sql or "") and "MAX(" not in (ans.sql or ""), ans.sql


def test_a_noun_naming_a_pair_with_no_extreme_word_is_not_guessed():
    # Given 平均气温: temp_max or temp_min?
    ans = ask(Schema(tables=[weather()]), "2013年的平均气温")
    # Then it is asked back
    assert ans.status == "clarify", ans.sql


def test_a_gloss_head_word_that_is_only_a_lexicon_translation_links_nothing():
    # Given 晴天 "sunny day" and a date column the lexicon also calls "day"
    ans = ask(Schema(tables=[weather()]), "非晴天的平均最高气温")
    # Then 晴天 is not the date column: its modifier "sunny" names the stored 'sun' instead
    # (test_engine_zh_units: a -y modifier of a two-word gloss names the value it is made from)
    assert '"date"' not in (ans.sql or "").split("WHERE")[-1], ans.sql
    assert "\"weather\" <> 'sun'" in (ans.sql or ""), ans.sql


def test_a_character_that_ends_a_word_with_the_unread_one_before_starts_no_word():
    # Given 股票价格: 股 + 票 is 股票 (stock), so 票价 ("ticket price") is no word here
    ans = ask(Schema(tables=[companies()]), "股票价格超过100的公司有哪些")
    # Then 价格 is read as the price column
    assert '"Price" > 100' in (ans.sql or ""), ans.sql


def test_a_gloss_joining_two_words_names_neither():
    # Given 降水 glossed "rain and snow; precipitation", a precipitation column and a stored 'snow'
    rain = profiled_table(
        "weather",
        [("date", "date"), ("precipitation", "float"), ("weather", "text")],
        [("2013-01-01", 1.5, "rain"), ("2013-01-02", 0.0, "snow"), ("2014-01-01", 3.0, "rain")],
    )
    ans = ask(Schema(tables=[rain]), "每年的降水总量")
    # Then 降水 is the precipitation, summed per year, and no day is filtered to snow
    assert 'SUM("precipitation")' in (ans.sql or "") and "snow" not in (ans.sql or ""), ans.sql


def test_a_company_named_without_its_legal_suffix_in_chinese_is_the_stored_name():
    # Given 'Apple Inc.' stored, and 苹果 glossed "apple"
    firms = profiled_table(
        "companies",
        [("Name", "text"), ("Market Cap", "float")],
        [("Apple Inc.", 900.0), ("Target Corp", 40.0), ("Ford Ltd", 30.0)],
    )
    ans = ask(Schema(tables=[firms]), "苹果公司的市值是多少")
    # Then the stem names the stored company
    assert ans.status == "ok", ans.message
    assert "'Apple Inc.'" in (ans.sql or ""), ans.sql
    # And in English a stem may be a plain word: "target" is not read as Target Corp
    en = ask(Schema(tables=[firms]), "What is the market cap target?")
    assert "Target Corp" not in (en.sql or ""), en.sql


def flights() -> Table:
    return profiled_table(
        "flights",
        [("flight", "integer"), ("month", "integer"), ("day", "integer"), ("dest", "text")],
        [(1, 1, 1, "DAY"), (2, 1, 1, "BOS"), (3, 1, 2, "DAY"), (4, 2, 1, "SEA")],
    )


def test_the_longest_dictionary_word_is_read_whole_or_not_at_all():
    # Given 飞行员 (pilot): its first two characters 飞行 gloss "flight", a column
    ans = ask(Schema(tables=[flights()]), "飞行次数最多的飞行员是谁")
    # Then 飞行员 is not read as the flight column: no pilots are held, so it is asked back
    assert ans.status == "clarify" and ans.confidence < CLARIFY_BELOW, ans.sql


def test_an_upper_case_code_gets_no_translations():
    # Given an airport code 'DAY' and 日 (the lexicon's "day")
    ans = ask(Schema(tables=[flights()]), "1月1日有多少个航班")
    # Then 日 is the day, never the airport 'DAY'
    assert "'DAY'" not in (ans.sql or ""), ans.sql


def test_each_unit_noun_is_the_noun_per_unit():
    # Given Earnings/Share (alias "earnings per share") and 每股收益: 每 + 股 ("share") + 收益 ("earnings")
    firms = profiled_table(
        "companies",
        [("Name", "text"), ("Price/Earnings", "float"), ("Earnings/Share", "float")],
        [("a", 10.0, 1.5), ("b", 30.0, 4.0), ("c", 20.0, 2.5)],
    )
    ans = ask(Schema(tables=[firms]), "每股收益最高的公司是哪家")
    # Then the ratio named "earnings per share" is ranked, not the price/earnings one
    assert ans.status == "ok", ans.message
    assert 'ORDER BY "Earnings/Share" DESC' in (ans.sql or ""), ans.sql


def test_which_one_before_a_period_is_which_not_the_number_one():
    # Given model years / When asked 哪一年 (which year)
    models = profiled_table(
        "cars", [("Name", "text"), ("Year", "integer")], [("a", 1970), ("b", 1970), ("c", 1982)]
    )
    ans = ask(Schema(tables=[models]), "哪一年的车型数量最多")
    # Then the years are ranked by their count, never filtered to a year 1
    assert ans.status == "ok", ans.message
    assert 'GROUP BY "Year"' in (ans.sql or "") and '"Year" = 1' not in (ans.sql or ""), ans.sql
