"""Misreadings found on first-sight wrong answers (parse_misreadings.py, parse_filters.py): a computation
between two columns nobody computes, rows without a value nobody filters, a negation beside a boolean read
as its true value; and the reading of a negative prefix on a boolean's word (incomplete, unpaid)."""

from __future__ import annotations

from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.ask.engines.rules.parse import Parser
from shared.semantic.schema import Schema, SemanticLayer
from tests.engine.schemas import TODAY, ask, profiled_table


def _reasons(schema: Schema, question: str) -> list[str]:
    parser = Parser(question, schema, SemanticLayer(), TODAY, None)
    parser.run()
    return list(parser.ps.reasons)


def _invoices() -> Schema:
    columns = [
        ("region", "text"),
        ("amount", "float"),
        ("discount", "float"),
        ("payment_completed", "boolean"),
        ("net_margin", "float"),
    ]
    rows = [
        (
            ["North", "South", "West"][i % 3],
            100.0 + 13 * i,
            float(i % 9),
            i % 4 != 0,
            0.1 + (i % 7) / 100,
        )
        for i in range(150)
    ]
    return Schema(tables=[profiled_table("invoices", columns, rows)])


def test_a_negative_prefix_on_the_booleans_word_reads_its_false_value():
    # Given invoices with a payment_completed flag
    schema = _invoices()
    # When the question asks for the incomplete ones, and the completed ones
    incomplete = ask(schema, "How many incomplete payments were there in the North region?")
    complete = ask(schema, "How many completed payments were there in the North region?")
    # Then incomplete is the false value, completed the true one
    assert incomplete.status == "ok", incomplete.message
    assert '"payment_completed" = 0' in (incomplete.sql or "") or "= FALSE" in (incomplete.sql or "")
    assert complete.status == "ok", complete.message
    assert '"payment_completed" = 1' in (complete.sql or "") or "= TRUE" in (complete.sql or "")


def test_a_ratio_between_two_columns_no_reading_computes_asks_back():
    # Given two numeric columns
    schema = _invoices()
    # When their ratio or difference is asked (en and zh)
    for question in (
        "Average ratio of discount to amount per region",
        "Average amount minus discount per region",
        "各地区的平均金额减折扣是多少",
    ):
        answer = ask(schema, question)
        # Then the computation is named as not read, and the engine asks back instead of answering one
        # column's average
        assert "arithmetic_unread" in _reasons(schema, question), question
        assert answer.status == "clarify", (question, answer.sql)
    # and the plain average stays answered, a column named by the word (a ratio column) is no computation
    assert ask(schema, "Average discount per region").status == "ok"
    assert "arithmetic_unread" not in _reasons(schema, "Average net margin ratio of the North region")


def test_rows_without_a_value_no_filter_reads_ask_back():
    # Given a column with missing values
    schema = _invoices()
    # When rows missing it are asked for
    for question in ("How many invoices are missing a net margin?", "没有净利润率数据的发票有多少张"):
        answer = ask(schema, question)
        # Then the count over every row is not answered as if it were theirs
        assert "missing_unread" in _reasons(schema, question), question
        assert answer.status == "clarify", (question, answer.sql)
    assert ask(schema, "How many invoices are there in the North region?").status == "ok"


def test_a_chinese_negation_beside_a_boolean_read_true_asks_back():
    # Given a boolean column / When 没有 negates a word the reading did not take as the boolean's
    schema = _invoices()
    question = "北部地区有多少张发票没有完成付款"
    parser = Parser(question, schema, SemanticLayer(), TODAY, None)
    parser.run()
    paid = parser.table.columns["payment_completed"].true_value if parser.table else None
    read_true = Intent(
        table="invoices",
        measures=[Measure("count")],
        filters=[Filter("payment_completed", "=", [paid], "bool")],
    )
    # Then reading payment_completed = true is named as a misreading (read as false, it is not)
    assert parser._negation_beside_a_true_bool(read_true)
    read_false = Intent(
        table="invoices",
        measures=[Measure("count")],
        filters=[Filter("payment_completed", "=", [not paid], "bool")],
    )
    assert not parser._negation_beside_a_true_bool(read_false)
    # and the question itself, its column named in brackets, is read as false
    answer = ask(schema, "北部地区有多少张发票没有完成付款（payment completed）")
    assert answer.status == "clarify" or '"payment_completed" = 0' in (answer.sql or ""), answer.sql


def _animals() -> Schema:
    columns = [("animal_code", "text"), ("breed", "text"), ("site", "text"), ("weight", "float")]
    rows = [
        (f"A{i:04d}", ["Adel", "Gent", "Chin"][i % 3], ["Dune", "Reef"][i % 2], 3.0 + i % 11)
        for i in range(90)
    ]
    return Schema(tables=[profiled_table("animals", columns, rows)])


def test_both_extremes_asked_are_both_answered_or_asked_back():
    # Given invoices / When the smallest and the largest of one column are asked together
    schema = _invoices()
    answer = ask(schema, "Smallest and largest discount of North invoices")
    # Then both ends come back (MIN and MAX), or the engine asks back; never one row of one end
    both = "MIN(" in (answer.sql or "") and "MAX(" in (answer.sql or "")
    assert both or answer.status == "clarify", answer.sql
    if not both:
        assert "extremes_pair" in _reasons(schema, "Smallest and largest discount of North invoices")


def test_kinds_answered_by_the_rows_identifiers_ask_back():
    # Given animals with a per-row code and a breed
    schema = _animals()
    # When the kinds of animals at a site are asked with a word the data does not name
    question = "Dune有哪几种动物"
    answer = ask(schema, question)
    # Then the distinct per-row codes (every animal its own kind) are not answered with confidence
    listed_codes = answer.status == "ok" and "animal_code" in (answer.sql or "")
    assert not listed_codes, answer.sql


def test_a_superlative_answered_in_alphabetical_order_asks_back():
    # Given animals / When a superlative about a word the data does not hold is answered by the names A-Z
    schema = _animals()
    question = "二氧化碳排放最多的动物是哪个"
    answer = ask(schema, question)
    # Then the alphabetical listing is not answered with confidence
    alphabetical = (
        answer.status == "ok" and "ORDER BY" in (answer.sql or "") and "weight" not in (answer.sql or "")
    )
    assert not alphabetical, answer.sql


def test_a_hyphenated_word_not_understood_is_named():
    # Given invoices / When a condition is written as one hyphenated word the data does not hold
    answer = ask(_invoices(), "How many invoices were signed by left-handed clerks?")
    # Then the word is among the words not understood (it lowers confidence like any other)
    assert "left-handed" in answer.unknown_words, answer.unknown_words


def _seasons(repeat: int) -> Schema:
    columns = [("league", "text"), ("team", "text"), ("year", "integer"), ("rainfall", "integer")]
    rows = [
        (["East", "West"][t % 2], f"Team{t}", year, 10 * t + year % 7 + r)
        for t in range(6)
        for year in (2014, 2015, 2016)
        for r in range(repeat)
    ]
    return Schema(tables=[profiled_table("seasons", columns, rows)])


def test_a_measure_per_group_whose_aggregation_nothing_says_asks_back():
    # Given a column whose name says neither sum nor average, several rows per league (a count of things in
    # cells, such as bases, sums without a doubt: test_engine_census)
    schema = _seasons(repeat=2)
    # When it is asked per group with no aggregate word, and with one
    guessed = "Rainfall in 2016 by league"
    # Then the bare one is a guess (sum or average per league?) and asks back; the total is answered
    assert "aggregation_guessed" in _reasons(schema, guessed)
    assert ask(schema, guessed).status == "clarify"
    assert ask(schema, "Total rainfall in 2016 by league").status == "ok"


def test_groups_of_one_row_need_no_aggregation():
    # Given one row per team and year (the grid of teams x years is the table), and the same with two
    question = "rainfall of Team1 vs Team2 in 2016"
    # When two teams' rainfall in one year are compared
    # Then with one row per group sum and average agree and nothing is guessed; with two they differ
    assert "aggregation_guessed" not in _reasons(_seasons(repeat=1), question)
    assert ask(_seasons(repeat=1), question).status == "ok"
    assert "aggregation_guessed" in _reasons(_seasons(repeat=2), question)


def test_an_unknown_attribute_closing_the_question_after_the_rows_noun_asks_back():
    # Given animals (a code, a breed, a site, a weight) with no column for a word like 编号
    schema = _animals()
    # When the question closes on the rows' noun and an attribute not understood (动物的产地 ~ 动物产地)
    question = "体重超过10的动物产地"
    answer = ask(schema, question)
    # Then that attribute is what is asked: the engine does not answer with another column
    assert "structure_unknown" in _reasons(schema, question), _reasons(schema, question)
    assert answer.status == "clarify", answer.sql


def _people() -> Schema:
    columns = [("person", "text"), ("birth_year", "integer"), ("salary", "integer"), ("season", "integer")]
    rows = [(f"P{i}", 1970 + i % 30, 500000 + 91000 * i, 2013 + i % 4) for i in range(200)]
    return Schema(tables=[profiled_table("people", columns, rows)])


def test_a_year_column_compared_with_a_number_that_is_no_year_is_doubted():
    # Given people with a birth year and a salary
    schema = _people()
    table = schema.table("people")
    assert table is not None
    # When a reading compares the birth year with 25,000,000 (an amount), or with 1990
    parser = Parser("players born after 1990 earning over 25 million", schema, SemanticLayer(), TODAY, None)
    parser.run()
    money = Intent(
        table="people", measures=[Measure("count")], filters=[Filter("birth_year", ">", [25000000], "number")]
    )
    year = Intent(
        table="people", measures=[Measure("count")], filters=[Filter("birth_year", ">", [1990], "number")]
    )
    # Then only the amount on the year column is a misreading
    assert parser._year_column_given_no_year(money)
    assert not parser._year_column_given_no_year(year)


def test_a_superlative_inside_a_word_not_understood_is_a_dropped_superlative():
    # Given animals / When 最 opens a word the engine does not know (最抢手: most sought-after)
    schema = _animals()
    question = "Reef最抢手的品种是什么"
    answer = ask(schema, question)
    # Then the ranking is known to be lost: the breeds listed without order are not answered
    assert "superlative_dropped" in _reasons(schema, question)
    assert answer.status == "clarify", answer.sql


def _planes() -> Schema:
    columns = [("tailnum", "text"), ("maker", "text"), ("seats", "integer")]
    makers = ["AIRBUS", "AIRBUS INDUSTRIE", "BOEING", "EMBRAER"]
    rows = [(f"N{i:03d}", makers[i % 4], 50 + i % 200) for i in range(120)]
    return Schema(tables=[profiled_table("planes", columns, rows)])


def test_a_value_that_opens_other_stored_values_asks_back():
    # Given makers stored as AIRBUS and AIRBUS INDUSTRIE (one maker, two spellings), BOEING, EMBRAER
    schema = _planes()
    # When the planes of Airbus are counted, and those of Boeing
    airbus = "How many AIRBUS planes are there?"
    boeing = "How many BOEING planes are there?"
    # Then AIRBUS alone is a guess between one spelling and both; BOEING is one value
    assert "value_of_several" in _reasons(schema, airbus)
    assert ask(schema, airbus).status == "clarify"
    assert "value_of_several" not in _reasons(schema, boeing)
    assert ask(schema, boeing).status == "ok"
