"""What groups show when the question compares or ranks them by an amount: the compared average, not a row
count; an average asked while the groups are ranked by their row count asks back."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

SHOP_COLUMNS = [("重量_克", "float"), ("品类", "text"), ("门店", "text")]
SHOP_ROWS = [
    (30.0, "tea", "north"),
    (45.0, "tea", "south"),
    (12.0, "snack", "north"),
    (15.0, "snack", "south"),
    (80.0, "gift", "north"),
    (95.0, "gift", "south"),
]


def shop() -> Schema:
    return Schema(tables=[profiled_table("shop_sales", SHOP_COLUMNS, SHOP_ROWS)])


def test_groups_kept_by_an_average_show_that_average():
    # Given a condition on each category's average / When no count is asked
    ans = ask(shop(), "平均重量高于20克的品类")
    # Then each kept category shows its average, not its row count
    assert ans.status == "ok" and 'AVG("重量_克")' in ans.sql.split("FROM")[0]
    assert "COUNT(*)" not in ans.sql


def test_a_ranking_on_average_of_no_amount_read_asks_back():
    # Given no word naming the amount ranked / When asked which category earns the most on average
    ans = ask(shop(), "Which category earns the most on average?")
    # Then the row count is not answered as if sure
    assert ans.status != "ok" or "COUNT(*)" not in ans.sql
