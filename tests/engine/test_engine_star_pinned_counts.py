"""Readings over a shipping star schema (tests/engine/shipping_star.py): a count of a dimension's rows
pinned by a unique column re-read as the fact's rows referring to them, kept through a follow-up, and the
copula 是 never read as a stored 'yes' answer."""

from __future__ import annotations

from tests.engine.schemas import ask
from tests.engine.shipping_star import rows, shipping_schema


def test_a_dimension_pinned_by_its_label_counts_the_fact_rows_that_refer_to_it():
    # Given shipments referring to products (one row per product name)
    # When the records shipping one named product are counted
    answer = ask(shipping_schema(), "发运premium产品的记录有多少条")
    # Then the shipments are counted, not the one product so named
    assert answer.status == "ok", answer.message
    assert "JOIN" in (answer.sql or "") and rows(answer.sql) == [(4,)]


def test_a_followup_keeps_the_dimension_filter_of_the_pinned_count():
    # Given the shipments of premium products counted
    first = ask(shipping_schema(), "发运premium产品的记录有多少条")
    # When a follow-up narrows them to one warehouse
    second = ask(shipping_schema(), "其中仓库是Eastport的有几条", first.state)
    # Then both filters hold
    assert second.status == "ok", second.message
    assert rows(second.sql) == [(2,)]


def test_the_english_count_is_never_one_product():
    # Given the same star
    # When asked in English
    answer = ask(shipping_schema(), "How many records shipped premium products?")
    # Then no answer counts the product rows (always 1)
    assert 'FROM "products"' not in (answer.sql or "") or answer.status != "ok"


def test_the_copula_is_no_stored_yes():
    # Given 是否加急 holding 是 / 否 / 部分 (no two-valued flag)
    # When 是 is the question's verb
    for question, expected in (("运费平均是多少", 27.142857142857142), ("件数合计是多少", 36)):
        answer = ask(shipping_schema(), question)
        # Then nothing is filtered on the 'yes' answer
        assert answer.status == "ok", (question, answer.message)
        assert "是否加急" not in (answer.sql or "") and rows(answer.sql) == [(expected,)]


def test_a_compound_header_with_a_rate_unit_is_named_by_its_parts():
    # Given 纸箱_个 (cartons) and 纸箱价格_元每个 (a carton's price, yuan per carton)
    # When the carton price is asked in English
    answer = ask(shipping_schema(), "Average carton price")
    # Then the price column answers, not the number of cartons
    assert answer.status == "ok", answer.message
    assert "纸箱价格_元每个" in (answer.sql or "") and rows(answer.sql) == [(3.5,)]


def test_an_ordinal_header_is_named_by_its_noun():
    # Given 季次, the number of the season a row belongs to (no dictionary word whole)
    # When totals per season are asked in English and in Chinese
    for question in ("Total freight by season", "各季的运费合计"):
        answer = ask(shipping_schema(), question)
        # Then the season number is the group
        assert answer.status == "ok", (question, answer.message)
        assert rows(answer.sql) == [(1, 70.0), (2, 50.0), (3, 70.0)], question


def test_distinct_values_of_a_count_column_are_no_answer():
    # Given warehouses(dock_count)
    # When how many different docks is asked
    answer = ask(shipping_schema(), "How many different docks are there?")
    # Then the distinct values of dock_count are not given as the answer
    assert answer.status != "ok" or "COUNT(DISTINCT" not in (answer.sql or "")


def test_two_things_asked_which_of_need_both_shown():
    # Given shipments with a product and a season
    # When the product and the season of the highest freight are asked
    answer = ask(shipping_schema(), "运费最高的是哪个产品、哪一季")
    # Then an answer showing the season alone is not given with confidence
    assert answer.status != "ok" or "product" in (answer.sql or "")
