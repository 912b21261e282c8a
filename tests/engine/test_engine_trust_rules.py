"""Confidently wrong answers become questions back (issue 10, "trust"): a structural word whose noun is
not understood, a number bound to nothing, a column guessed between two, a reading that mixes rows with a
total; and words the data abbreviates (pop, lifeExp, Revenue/Employee) link without a per-domain entry."""

from __future__ import annotations

from shared.ask.engines.rules.engine import CLARIFY_BELOW
from shared.semantic.schema import Schema
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import normalise
from tests.engine.schemas import ask, profiled_table

# A panel: every city once per year, so "city" repeats and the rows are city-years.
COLUMNS = [
    ("city", "text"),
    ("province", "text"),
    ("year", "integer"),
    ("pop", "integer"),
    ("lifeExp", "float"),
    ("Revenue/Employee", "float"),
    ("Employee Cost", "float"),
    ("Revenue Growth", "float"),
]
ROWS = [
    (city, province, year, pop + year - 2000, life, rpe, cost, growth)
    for year in (2000, 2010, 2020)
    for city, province, pop, life, rpe, cost, growth in [
        ("Alda", "North", 120_000_000, 81.0, 3.2, 10.5, 0.11),
        ("Brom", "North", 5_000_000, 74.5, 2.1, 7.25, 0.02),
        ("Cato", "South", 40_000_000, 69.0, 1.7, 6.5, 0.31),
        ("Dune", "South", 900_000, 79.5, 4.4, 12.0, 0.07),
        ("Elm", "East", 15_000_000, 77.0, 2.9, 9.75, 0.15),
    ]
]
PANEL = Schema(tables=[profiled_table("city_years", COLUMNS, ROWS)])


def test_a_group_word_whose_noun_is_not_in_the_data_asks_back_instead_of_a_grand_total():
    # Given no column holds 行业 / When asked for a total per 行业
    ans = ask(PANEL, "各行业的总人口")
    # Then no grand total comes back as the answer: a question back naming the word
    assert ans.status == "clarify" and ans.confidence < CLARIFY_BELOW
    assert "行业" in (ans.message or "")


def test_a_compared_number_whose_subject_is_not_understood_is_not_a_row_count():
    # Given no column holds 幸福指数 / When asked for cities whose 幸福指数 is above 80
    ans = ask(PANEL, "幸福指数超过80的城市有哪些")
    # Then it asks back rather than reading HAVING COUNT(*) > 80
    assert ans.status == "clarify", ans.sql


def test_a_rate_or_superlative_of_an_unknown_noun_asks_back():
    # Given no unemployment column / When asked a rate or a superlative of it
    for question in ("What is the unemployment rate of Alda?", "失业率最高的城市"):
        ans = ask(PANEL, question)
        # Then a question back, not a share of Alda's rows or a ranking of something else
        assert ans.status == "clarify", (question, ans.sql)


def test_a_verb_next_to_a_grammar_word_is_an_action_not_a_missing_noun():
    # Given verbs by their dictionary senses / Then they are told from nouns
    assert bilingual.is_verb("使用") and bilingual.is_verb("listed")
    assert not bilingual.is_verb("人口") and not bilingual.is_verb("unemployment")


def test_numbers_with_a_magnitude_word_are_their_value():
    # Given 亿 / 万 / million / When normalised / Then the digits a comparison can use
    assert "100000000" in normalise("人口超过1亿") and "100000000" in normalise("人口超过一亿")
    assert "35000" in normalise("超过3.5万") and "2000000" in normalise("over 2 million")


def test_a_word_whose_dictionary_gloss_spells_out_an_abbreviated_column_links_it():
    # Given pop and lifeExp / When asked in words the name cuts short, in both languages
    cases = {
        "人口超过1亿的城市有哪些": '"pop" > 100000000',
        "Cities with a population over 100 million in 2020": '"pop" > 100000000',
        "2020年各省份的平均预期寿命": 'AVG("lifeExp")',
        "average life expectancy by province in 2020": 'AVG("lifeExp")',
    }
    for question, expected in cases.items():
        ans = ask(PANEL, question)
        # Then the column is used
        assert ans.status == "ok" and expected in (ans.sql or ""), (question, ans.sql)


def test_an_abbreviated_additive_name_sums():
    # Given pop (population cut short) / When asked by province
    ans = ask(PANEL, "population by province in 2020")
    # Then the population adds up, as population does
    assert ans.status == "ok" and 'SUM("pop")' in (ans.sql or ""), ans.sql


def test_a_name_written_a_slash_b_is_a_per_b():
    # Given Revenue/Employee / When asked for revenue per employee
    ans = ask(PANEL, "average revenue per employee in 2020")
    # Then that column
    assert ans.status == "ok" and '"Revenue/Employee"' in (ans.sql or ""), ans.sql


def test_counting_or_listing_a_repeating_entity_counts_its_distinct_values():
    # Given each city once per year / When asked how many cities, or which cities
    count = ask(PANEL, "How many cities are in the North province?")
    listing = ask(PANEL, "Which cities are in the South province?")
    # Then each city once
    assert 'COUNT(DISTINCT "city")' in (count.sql or ""), count.sql
    assert "SELECT DISTINCT" in (listing.sql or ""), listing.sql


def test_a_measure_guessed_between_two_columns_a_word_names_equally_asks_back():
    # Given "employee" names Revenue/Employee and Employee Cost only in part / When asked its average
    ans = ask(PANEL, "average employee in 2020")
    # Then the engine does not pick one of the two silently
    assert ans.status == "clarify", ans.sql


def test_grouping_by_a_continuous_amount_asks_back():
    # Given lifeExp holds a different number on nearly every row / When a reading groups by it
    ans = ask(PANEL, "The 3 smallest cities by life expectancy")
    # Then no GROUP BY of the amount is answered with confidence
    assert ans.status == "clarify" or 'GROUP BY "lifeExp"' not in (ans.sql or ""), ans.sql


def test_a_follow_up_made_only_of_a_word_not_understood_asks_back():
    # Given a first turn filtered to one province
    first = ask(PANEL, "2020年North的总人口")
    assert first.status == "ok"
    # When the follow-up names only a word the data does not hold
    ans = ask(PANEL, "公用事业呢？", state=first.state)
    # Then it asks back rather than repeating the first answer
    assert ans.status == "clarify", ans.sql


def test_a_persons_measure_aggregation_in_the_semantic_model_wins_over_the_default():
    from shared.semantic.schema import SemanticLayer

    # Given lifeExp (averaged by default) and a stored model where a person chose MAX for it
    stored = {
        "measures": [{"table": "city_years", "column": "lifeExp", "aggregation": "max", "source": "person"}]
    }
    layer = SemanticLayer.from_dict(stored)
    # When asked for life expectancy by province with no aggregate word
    ans = ask(PANEL, "life expectancy by province in 2020", semantic=layer)
    # Then the person's aggregation totals it; an inferred entry changes nothing
    assert 'MAX("lifeExp")' in (ans.sql or ""), ans.sql
    inferred = SemanticLayer.from_dict({"measures": [{**stored["measures"][0], "source": "inferred"}]})
    assert 'AVG("lifeExp")' in (
        ask(PANEL, "life expectancy by province in 2020", semantic=inferred).sql or ""
    )
    # And the layer's stored form never holds the carried choice
    assert "aggregations" not in layer.to_dict()


def test_a_listing_that_only_echoes_its_filter_value_asks_back():
    # Given a question that pins the city and asks something the data does not name
    ans = ask(PANEL, "Describe the city Alda.")
    # Then not the city's own name back, with confidence
    assert ans.status == "clarify" or ans.sql != 'SELECT "city" FROM "city_years" WHERE "city" = \'Alda\''


def test_an_aggregate_ordered_by_an_ungrouped_column_asks_back_or_groups():
    # Given "by province, highest first"
    ans = ask(PANEL, "Average life expectancy by province, highest first")
    # Then never one total ordered by the province
    assert ans.status == "clarify" or "GROUP BY" in (ans.sql or ""), ans.sql


def test_a_long_name_not_understood_before_de_asks_back_instead_of_covering_every_row():
    # Given no value holds 电信服务行业 / When asked its total
    ans = ask(PANEL, "电信服务行业的总人口")
    # Then a question back, not the total over every row
    assert ans.status == "clarify", ans.sql


def test_the_asked_attribute_not_understood_asks_back():
    # Given no CEO column / When asked who the CEO of the largest city is
    ans = ask(PANEL, "人口最多的城市的CEO是谁")
    # Then a question back naming the word
    assert ans.status == "clarify" and "ceo" in (ans.message or "").lower(), ans.sql


def test_several_named_values_listed_show_which_is_which():
    # Given two cities named / When their life expectancy is listed
    ans = ask(PANEL, "Life expectancy of Alda and Brom in 2020")
    # Then each row says which city it is
    assert ans.status == "ok" and '"city"' in (ans.sql or "").split("FROM")[0], ans.sql


def test_which_years_lists_each_year_once():
    # Given a year column repeating per city / When asked which years the data holds
    ans = ask(PANEL, "数据包含哪些年份")
    # Then each year once
    assert "SELECT DISTINCT" in (ans.sql or ""), ans.sql


def test_zh_starts_with_reads_the_text_between_yi_and_kaitou():
    # Given 以X开头 (the text before the keyword) / When asked
    ans = ask(PANEL, "城市名以Al开头的有哪些")
    # Then the text is X, never the words after the keyword
    assert "LIKE 'Al%'" in (ans.sql or ""), ans.sql


def test_a_sorted_listing_is_not_cut_to_its_first_row():
    # Given "sorted by X from highest" (a direction, no number) / When asked
    ans = ask(PANEL, "Cities with a life expectancy above 70 in 2020, sorted by life expectancy from highest")
    # Then all the rows, sorted, or a question back: never one row with confidence
    assert ans.status == "clarify" or "LIMIT 1" not in (ans.sql or ""), ans.sql


def test_a_number_no_clause_read_asks_back():
    # Given a comparison word the grammar does not know (短于) / When its number is left unread
    ans = ask(PANEL, "平均预期寿命短于72岁的各省份的总人口")
    # Then a question back rather than an answer without the condition
    assert ans.status == "clarify" or "72" in (ans.sql or ""), ans.sql


def test_a_sign_word_is_a_comparison_with_zero():
    # Given 为负 / 为正数 / When normalised / Then a comparison with 0 (是负责人 stays a word)
    assert "小于0" in normalise("利润为负的月份") and "大于0" in normalise("利润为正数的门店")
    assert normalise("是负责人") == "是负责人"
    # And over the data: cities whose growth is positive
    ans = ask(PANEL, "2020年收入增长为正的城市有哪些")
    assert ans.status == "clarify" or '"Revenue Growth" > 0' in (ans.sql or ""), ans.sql


def test_a_chinese_search_text_over_english_values_asks_back():
    # Given city names in English / When the text searched is Chinese that no translation reaches
    ans = ask(PANEL, "包括第一行的城市")
    # Then no LIKE '%第一行%' answered with confidence
    assert ans.status == "clarify" or "第一行" not in (ans.sql or ""), ans.sql


def test_a_repeating_key_listed_under_a_filter_lists_each_once():
    # Given orders whose customer_id repeats / When the customers of a filter are listed
    table = profiled_table(
        "orders",
        [("order_id", "text"), ("customer_id", "text"), ("channel", "text")],
        [("o1", "c1", "web"), ("o2", "c1", "web"), ("o3", "c2", "app"), ("o4", "c3", "web")],
    )
    ans = ask(Schema(tables=[table]), "customer_id of the web orders")
    # Then each customer once
    assert "SELECT DISTINCT" in (ans.sql or ""), ans.sql


def test_a_measure_not_understood_is_offered_the_tables_measures():
    # Given no unemployment column / When asked its rate
    ans = ask(PANEL, "What is the unemployment rate of Alda?")
    # Then the question back names the word and offers what can be measured
    assert ans.status == "clarify" and "unemployment" in (ans.message or "")
    assert "lifeExp" in (ans.message or "") and "pop" in (ans.message or ""), ans.message
