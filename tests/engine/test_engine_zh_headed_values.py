"""A Chinese company's monthly table (Chinese headers, Chinese values, 'YYYY-MM' month labels) asked in
English and Chinese: English names of Chinese values made from their parts (vocabulary/valuenames.py), a
column named by one character of its name and 均 as its average (vocabulary/charnames.py), money units after a
number, quarters and "which year" over month labels, and the doubts that keep what is still unread from
being answered. A schema of its own: a cheese wholesaler's monthly prices (not the commodity set's words)."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary import valuenames
from tests.engine.schemas import ask, profiled_table

CHEESES = [("瑞可塔奶酪", "软质"), ("佩科里诺奶酪", "硬质"), ("荷兰奶酪", "硬质"), ("瑞士火腿", "肉类")]
UNITS = {"瑞士火腿": "欧元/片"}  # the rest 欧元/公斤


def _prices() -> Schema:
    """One row per month (2019-01 .. 2022-12) and product: a full grid of months x products."""
    columns = [("月份", "text"), ("产品", "text"), ("类别", "text"), ("单位", "text"), ("价格", "decimal")]
    months = [f"{2019 + i // 12}-{i % 12 + 1:02d}" for i in range(48)]
    rows = [
        (m, name, kind, UNITS.get(name, "欧元/公斤"), round(3.5 + k * 2.25 + (i * 7 % 11) * 0.3, 2))
        for i, m in enumerate(months)
        for k, (name, kind) in enumerate(CHEESES)
    ]
    return Schema(tables=[profiled_table("奶酪行情", columns, rows)])


def test_a_foreign_name_spelt_by_sound_names_its_value():
    # Given values whose modifier CC-CEDICT lacks (瑞可塔 rui-ke-ta, 佩科里诺 pei-ke-li-nuo)
    assert valuenames.english_sound("ricotta") == valuenames.chinese_sound("瑞可塔")
    # When the English name is said, with the head word after it or alone
    with_head = ask(_prices(), "Average price of ricotta cheese in 2021")
    alone = ask(_prices(), "Highest pecorino price in 2020")
    # Then the stored Chinese value is the filter
    assert with_head.status == "ok", with_head.message
    assert "\"产品\" = '瑞可塔奶酪'" in (with_head.sql or "") and "AVG" in (with_head.sql or "")
    assert alone.status == "ok", alone.message
    assert "\"产品\" = '佩科里诺奶酪'" in (alone.sql or "") and "MAX" in (alone.sql or "")


def test_a_glossed_modifier_and_a_glossed_head_make_the_name():
    # Given 荷兰奶酪 = 荷兰 "Holland" + 奶酪 "cheese" / When "Holland cheese" is asked
    answer = ask(_prices(), "Average price of Holland cheese in 2022")
    # Then it is that value
    assert answer.status == "ok", answer.message
    assert "\"产品\" = '荷兰奶酪'" in (answer.sql or "")


def test_a_head_shared_by_several_values_names_each_of_them():
    # Given three values ending in 奶酪 / When each cheese, 各种奶酪 or 哪种奶酪 is asked
    each = ask(_prices(), "Average price of each cheese in 2021")
    zh = ask(_prices(), "2021年各种奶酪的平均价格")
    which = ask(_prices(), "2022年哪种奶酪的均价最高")
    # Then the three are kept, one group each (ranked where a superlative says so)
    for answer in (each, zh, which):
        assert answer.status == "ok", answer.message
        sql = answer.sql or ""
        assert "IN ('佩科里诺奶酪', '瑞可塔奶酪', '荷兰奶酪')" in sql or "'瑞可塔奶酪'" in sql
        assert 'GROUP BY "产品"' in sql and "瑞士火腿" not in sql
    assert "LIMIT 1" in (which.sql or "")


def test_a_value_written_a_per_b_is_named_a_per_b():
    # Given units stored as 欧元/公斤 and 欧元/片 / When "per kilogram" is said
    answer = ask(_prices(), "Top 2 products priced per kilogram by average price in 2022")
    # Then the unit's value is the filter
    assert answer.status == "ok", answer.message
    assert "\"单位\" = '欧元/公斤'" in (answer.sql or "")


def test_jun_before_a_one_character_column_name_is_its_average():
    # Given 价格, whose character 价 glosses "price" as the whole name does
    answer = ask(_prices(), "2021年荷兰奶酪的均价")
    top = ask(_prices(), "2020年荷兰奶酪的最高价")
    # Then 均价 = AVG(价格), 最高价 = MAX(价格)
    assert answer.status == "ok", answer.message
    assert 'AVG("价格")' in (answer.sql or "")
    assert top.status == "ok", top.message
    assert 'MAX("价格")' in (top.sql or "")


def test_a_price_in_dollars_per_unit_compares_the_number():
    # Given a price column / When a price per kilogram in dollars is compared
    zh = ask(_prices(), "荷兰奶酪价格超过每公斤8欧元的月份有几个")
    en = ask(_prices(), "In how many months was Holland cheese above 8 euros a kilo?")
    # Then the number is the price's, no grouping (每) and no word left unread (the months counted as rows
    # still leave 月份 unread in Chinese: that reading is asked back, with this SQL to confirm)
    for answer in (zh, en):
        assert '"价格" > 8' in (answer.sql or ""), answer.message
        assert "GROUP BY" not in (answer.sql or "") and not answer.unknown_words


def test_quarters_and_which_year_over_month_labels():
    # Given 'YYYY-MM' labels and no date column
    by_quarter = ask(_prices(), "Average Holland cheese price by quarter in 2021")
    which_year = ask(_prices(), "Which year had the highest average Holland cheese price?")
    fourth = ask(_prices(), "2021年四季度荷兰奶酪均价")
    # Then quarters are (month + 2) / 3 of one year, years the labels' first four characters
    assert by_quarter.status == "ok", by_quarter.message
    assert 'SUBSTRING("月份", 6, 2)' in (by_quarter.sql or "") and "LIKE '2021%'" in (by_quarter.sql or "")
    assert which_year.status == "ok", which_year.message
    assert 'SUBSTRING("月份", 1, 4)' in (which_year.sql or "") and "LIMIT 1" in (which_year.sql or "")
    assert fourth.status == "ok", fourth.message
    assert "'2021-10'" in (fourth.sql or "") and "'2022-01'" in (fourth.sql or "")


def test_a_month_and_a_product_pin_one_row_of_the_grid():
    # Given one row per month and product / When one month's price of one product is asked
    answer = ask(_prices(), "2021年3月荷兰奶酪的价格是多少")
    # Then that row's price answers, no count is taken to be asked
    assert answer.status == "ok", answer.message
    assert "COUNT" not in (answer.sql or "")


def test_what_is_still_unread_is_asked_back():
    schema = _prices()
    # Given a thing the data does not hold (gold; 可可 "cocoa", a doubled character), a ratio (几倍), a
    # difference said with a one-character name (价差), and groups listed where their number was asked
    for question in (
        "What was the price of gold in 2021?",
        "2021年荷兰奶酪的均价是瑞可塔奶酪的几倍",
        "2021年3月荷兰奶酪和瑞可塔奶酪的价差",
        "2021年均价超过每公斤8欧元的产品有几种",
    ):
        # Then the engine asks back
        assert ask(schema, question).status == "clarify", question
    cocoa = ask(schema, "2021年可可的平均价格")
    assert "可可" in cocoa.unknown_words
