"""A word in a filter's place that names no value of its column asks back instead of being dropped.

"线上渠道的退货率" on data whose 渠道 holds only 线下/小程序/App used to answer the overall rate: a
confident wrong number. The engine now asks back, naming the missing value and the ones that exist, as
long as the column's profile lists every value (a partly profiled column may hold the word).
"""

from __future__ import annotations

import pytest

from shared.semantic.schema import Column, ColumnProfile, Schema, Table
from tests.engine.schemas import ask, orders_schema
from tests.engine.test_engine_metrics import retail_schema, retail_semantic


def ask_retail(question: str):
    return ask(retail_schema(), question, semantic=retail_semantic())


@pytest.mark.parametrize("question", ["线上渠道的退货率", "线上的渠道的退货率", "请问2024年线上渠道的退货率"])
def test_chinese_value_missing_from_a_fully_profiled_column_asks_back(question):
    # Given 渠道 profiled with all its values (线下, 小程序, App)
    # When the question filters on a channel the data does not hold
    ans = ask_retail(question)
    # Then the engine asks back, in Chinese, naming the word and every channel that exists
    assert ans.status == "clarify" and ans.sql is None
    assert "没有找到渠道为“线上”的数据" in ans.message
    assert all(v in ans.message for v in ("线下", "小程序", "App"))


@pytest.mark.parametrize("question", ["total amount for online channel", "total amount for channel online"])
def test_english_value_missing_from_a_fully_profiled_column_asks_back(question):
    # Given channel profiled with all its values (app, web, store)
    # When the question names an 'online' channel, before or after the column's name
    ans = ask(orders_schema(), question)
    # Then the engine asks back in English, listing the channels the data has
    assert ans.status == "clarify" and ans.sql is None
    assert "'online'" in ans.message and all(v in ans.message for v in ("app", "web", "store"))


@pytest.mark.parametrize(
    ("question", "condition"),
    [("线下渠道的退货率", "\"渠道\" = '线下'"), ("小程序的渠道的退货率", "\"渠道\" = '小程序'")],
)
def test_a_value_the_column_holds_still_filters(question, condition):
    # Given a channel that exists / When it is asked about / Then it filters as before
    ans = ask_retail(question)
    assert ans.status == "ok" and condition in ans.sql


@pytest.mark.parametrize(
    "question",
    [
        "total amount for the app channel",
        "total amount per channel",
        "how many distinct channel",
        "total amount by channel in 2024",
    ],
)
def test_vocabulary_words_and_known_values_next_to_the_column_do_not_ask_back(question):
    # Given words the engine knows (keywords, time words, values) next to the column's name
    # When asked / Then the question is answered, not bounced
    ans = ask(orders_schema(), question)
    assert ans.status == "ok", ans.message


def test_chinese_keywords_before_the_column_do_not_ask_back():
    # Given 各 (group by) before 渠道 / When asked / Then it groups, as before
    ans = ask_retail("各渠道的退货率")
    assert ans.status == "ok" and 'GROUP BY "渠道"' in ans.sql


def test_negated_missing_value_is_not_reported_missing():
    # Given "except the 线上 channel": no row holds 线上, so excluding it keeps every row
    # When asked
    ans = ask_retail("除了线上渠道以外的退货率")
    # Then the engine does not claim 线上 is missing, and its reading keeps every row (no filter);
    # the channel word it could not use lowers confidence (issue 10: ask back rather than guess)
    assert "没有找到渠道" not in (ans.message or "")
    assert ans.sql is not None and "WHERE" not in ans.sql


def partly_profiled_orders() -> Schema:
    """channel lists 3 of its 40 values: a high-cardinality column whose profile is a sample."""
    channel = ColumnProfile(distinct_count=40, values=[["app", 3], ["web", 2], ["store", 1]])
    amount = ColumnProfile(distinct_count=6, min=80.0, max=4500.0)
    table = Table(
        name="orders",
        columns=[Column("channel", "text", profile=channel), Column("amount", "float", profile=amount)],
        row_count=6,
    )
    return Schema(tables=[table], dialect="sqlite")


def test_partly_profiled_column_asks_back_without_claiming_the_value_missing():
    # Given a channel column whose profile lists only some of its values
    # When the question names a channel the profile does not list
    ans = ask(partly_profiled_orders(), "total amount for online channel")
    # Then the engine does not claim the value is missing (the data may well hold it), but asks back
    # naming the word and the values it knows rather than summing every channel
    assert "No row has" not in (ans.message or "")
    assert ans.status == "clarify" and ans.unknown_words == ["online"]
    assert "app, web, store" in (ans.message or "")


def test_quoted_missing_value_keeps_its_own_message():
    # Given a quoted value no row holds / When asked / Then the existing quoted-value message is used
    ans = ask_retail("渠道为“线上”的退货率")
    assert ans.status == "clarify" and "数据中没有找到值“线上”" in ans.message
