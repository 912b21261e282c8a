"""Follow-ups analysts ask (issue 10 §6): rank the last answer, exclude a value, change the grain."""

from __future__ import annotations

import pytest

from tests.engine.metamorphic_data import schema
from tests.engine.schemas import ask

ZH = schema("销售")
EN = schema("sales_orders")


def turn(s, first: str, then: str):
    previous = ask(s, first)
    assert previous.status == "ok"
    return ask(s, then, state=previous.state)


@pytest.mark.parametrize(
    ("s", "first", "then", "n"),
    [(ZH, "各省份的销售额", "前2名呢", 2), (EN, "sales by state", "top 3 only", 3)],
)
def test_a_top_n_follow_up_ranks_the_previous_groups(s, first, then, n):
    # Given a grouped total / When the next turn only says how many / Then the groups ranked, N kept
    ans = turn(s, first, then)
    assert ans.status == "ok" and "GROUP BY" in ans.sql and ans.sql.endswith(f"DESC LIMIT {n}"), ans.sql


@pytest.mark.parametrize(
    ("s", "first", "then", "negated"),
    [
        (ZH, "各省份的销售额", "去掉广东", """"省份" <> '广东'"""),
        (ZH, "每月的销售额", "不要广东的", """"省份" <> '广东'"""),
        (ZH, "各省份的销售额", "不含广东呢", """"省份" <> '广东'"""),
        (EN, "sales by region", "excluding East", """"region" <> 'East'"""),
    ],
)
def test_an_exclude_follow_up_adds_the_negated_filter(s, first, then, negated):
    # Given a previous answer / When the next turn removes a value / Then a negated filter, never the value
    ans = turn(s, first, then)
    assert ans.status == "ok" and negated in ans.sql and "GROUP BY" in ans.sql, ans.sql


@pytest.mark.parametrize(
    ("s", "first", "then", "grain"),
    [(ZH, "每月的销售额", "按周", "W"), (EN, "monthly sales", "quarterly", "Q")],
)
def test_a_grain_alone_changes_the_grain_of_the_previous_question(s, first, then, grain):
    # Given a monthly total / When the next turn names only another grain / Then the same measure by it
    ans = turn(s, first, then)
    assert (
        ans.status == "ok"
        and "SUM(" in ans.sql
        and f"-{grain}" in ans.sql
        and "%m'" not in ans.sql.split("AS")[0]
    )


@pytest.mark.parametrize(
    ("s", "question", "column"),
    [
        (ZH, "广东和浙江的销售额对比", "省份"),
        (ZH, "广东和浙江分别的销售额", "省份"),
        (ZH, "比较华东和华南的销量", "大区"),
        (EN, "East vs South sales", "region"),
        (EN, "compare sales in East and South", "region"),
    ],
)
def test_named_values_compared_come_back_one_row_each(s, question, column):
    # Given two values of one column / When compared / Then grouped by that column and filtered to them
    ans = ask(s, question)
    assert ans.status == "ok" and f'GROUP BY "{column}"' in ans.sql and "IN (" in ans.sql, ans.sql


def test_two_values_without_a_comparison_word_are_one_total():
    # Given 广东和浙江的销售额 (no 对比/分别/vs) / Then one total over both, as before
    ans = ask(ZH, "广东和浙江的销售额")
    assert "GROUP BY" not in ans.sql and "IN (" in ans.sql
