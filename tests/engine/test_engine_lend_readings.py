"""Readings behind confidently wrong answers over a real star schema, on schemas of their own: a column
named after an aggregate word (paid_total) must not take the sum word's glosses ("total amount", 总金额)."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

# (order_id, order_amount, refund_total): the refund column is named with the sum word
ORDERS = [(i, 100 + 10 * i, i % 3) for i in range(12)]


def _order_tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    cols = [("order_id", "integer"), ("order_amount", "integer"), ("refund_total", "integer")]
    return [("orders", cols, ORDERS)]


def _orders() -> Schema:
    return Schema(tables=[profiled_table(n, c, r) for n, c, r in _order_tables()])


def test_the_sum_words_glosses_do_not_name_a_column_called_total() -> None:
    # Given orders with an amount and a refund column named "refund_total"
    schema = _orders()
    for question in ("What is the total amount of all orders?", "所有订单的总金额是多少"):
        # When the total amount is asked, in either language
        a = ask(schema, question)
        # Then it sums the order amount, not the refund column the word "total" partly names
        assert a.status == "ok", a.message
        assert "refund_total" not in (a.sql or ""), a.sql
        rows = memory_db(_order_tables()).execute(a.sql or "").fetchall()
        assert rows == [(sum(o[1] for o in ORDERS),)], a.sql
