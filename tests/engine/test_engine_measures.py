"""Default aggregation from evidence (shared/ask/engines/rules/measures.py): whole words, not substrings."""

from __future__ import annotations

import pytest

from shared.ask.engines.rules.measures import additive_name, name_words
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

PAGES = Schema(
    tables=[
        profiled_table(
            "traffic",
            [("page", "text"), ("page_views", "integer"), ("visits", "integer"), ("bounce_rate", "float")],
            [("home", 120, 80, 0.4), ("pricing", 60, 30, 0.5), ("home", 100, 70, 0.3), ("docs", 10, 5, 0.2)],
        )
    ],
    dialect="sqlite",
)


def test_name_words_split_snake_and_camel_case():
    assert name_words("page_views") == ["page", "views"] and name_words("PageViews") == ["page", "views"]


@pytest.mark.parametrize("name", ["page_views", "PageViews", "visits", "clicks", "downloads", "order_count"])
def test_counts_named_in_whole_words_add_up(name: str):
    # Given a count column whose name holds "age" or "rate" only inside another word / Then it is summed
    assert additive_name(name)


@pytest.mark.parametrize("name", ["age", "unit_price", "bounce_rate", "avg_score", "单价", "年龄"])
def test_prices_rates_scores_and_ages_are_averaged(name: str):
    assert not additive_name(name)


def test_page_views_by_page_sums_the_views():
    # Given page_views per row / When asked "page views by page" / Then the views are summed per page
    ans = ask(PAGES, "page views by page")
    assert ans.status == "ok" and 'SUM("page_views")' in ans.sql and 'GROUP BY "page"' in ans.sql, ans.sql
