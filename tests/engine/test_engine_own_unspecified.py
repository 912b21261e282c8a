"""A column that says "not specified" / "not applicable" with a value of its own (未指定, 不适用,
'Unspecified') holds no category in its NULL rows: a breakdown by it leaves them out, as it does beside
'Unknown' (sqlbuild.dirty_data, grammar unknown_values). A schema of its own: a shop's orders."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

ZH_WAYS = ["快递", "自提", "未指定", None]
EN_WAYS = ["Courier", "Pickup", "Unspecified", None]


def _orders(ways: list[str | None]) -> Schema:
    columns = [("order_id", "integer"), ("delivery", "text"), ("amount", "decimal")]
    rows = [(i, ways[i % 4], round(20 + (i * 13) % 80, 2)) for i in range(1, 121)]
    table = profiled_table("orders", columns, rows)
    delivery = table.columns[1].profile
    assert delivery is not None
    delivery.null_share = 0.25  # the profile of a real upload says so; the helper leaves it 0
    return Schema(tables=[table])


def test_a_breakdown_leaves_out_null_beside_an_own_unspecified_value():
    # Given delivery holding 未指定 / 'Unspecified' of its own, and NULL on a quarter of the rows
    for ways, question in ((ZH_WAYS, "按delivery统计订单数"), (EN_WAYS, "Number of orders by delivery")):
        answer = ask(_orders(ways), question)
        # When it is broken down / Then the NULL rows are no group
        assert answer.status == "ok", answer.message
        assert 'NOT "delivery" IS NULL' in (answer.sql or ""), answer.sql
