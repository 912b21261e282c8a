"""Readings behind confidently wrong answers over a real star schema, on schemas of their own: a column
named after an aggregate word (paid_total) must not take the sum word's glosses ("total amount", 总金额); a
word a dimension's column wholly names is that column, not the fact's key sharing one word with it."""

from __future__ import annotations

from shared.semantic.schema import ForeignKey, Schema, Table
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


KINDS = [("S1", "Tools"), ("S2", "Tools"), ("S3", "Toys"), ("S4", "Toys")]
# (item_id, sub_category, price): the items hold a sub-category's key, named with the word "category"
ITEMS = [(i, ("S1", "S2", "S3", "S4")[i % 4], 10 + i) for i in range(16)]


def _item_tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("shelves", [("sub_category", "text"), ("category", "text")], KINDS),
        ("items", [("item_id", "integer"), ("sub_category", "text"), ("price", "integer")], ITEMS),
    ]


def _items() -> Schema:
    tables: dict[str, Table] = {n: profiled_table(n, c, r) for n, c, r in _item_tables()}
    tables["shelves"].primary_key = ["sub_category"]
    tables["items"].foreign_keys = [ForeignKey(["sub_category"], "shelves", ["sub_category"])]
    return Schema(tables=list(tables.values()))


def test_a_word_a_dimension_column_wholly_names_is_not_the_facts_key_sharing_it() -> None:
    # Given items holding a sub-category key, and shelves naming each sub-category's category
    schema = _items()
    # When the average price for each category is asked
    a = ask(schema, "Average price for each category")
    # Then the items are grouped by the shelves' category over the join, not by their own sub-category key
    assert a.status == "ok", a.message
    rows = sorted(memory_db(_item_tables()).execute(a.sql or "").fetchall())
    tools = [p for _i, k, p in ITEMS if k in ("S1", "S2")]
    toys = [p for _i, k, p in ITEMS if k in ("S3", "S4")]
    assert rows == [("Tools", sum(tools) / len(tools)), ("Toys", sum(toys) / len(toys))], a.sql


# (visit_id, visit_month, spend)
VISITS = [(i, f"2024-0{1 + i % 3}", 20 + 3 * i) for i in range(18)]


def _visit_tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [("visits", [("visit_id", "integer"), ("visit_month", "text"), ("spend", "integer")], VISITS)]


def test_two_values_said_apart_are_not_answered_by_one_pooled_figure() -> None:
    # Given visits over three months
    schema = Schema(tables=[profiled_table(n, c, r) for n, c, r in _visit_tables()])
    for question in ("Average spend in January and in March 2024", "2024年1月和3月的平均消费分别是多少"):
        # When one figure is asked for two months said apart (in … and in …, 分别)
        a = ask(schema, question)
        # Then no single figure pooling both months is given as sure: one per month, or a question back
        rows = memory_db(_visit_tables()).execute(a.sql or "").fetchall() if a.status == "ok" else []
        assert a.status != "ok" or len(rows) == 2, (question, a.sql)


# (shop_id, band, takings): bands A..F rate the shops, one letter each
SHOPS = [(i, "ABCDEF"[i % 6], 100 + i) for i in range(24)]


def test_a_one_letter_rank_is_no_abbreviation_of_a_word() -> None:
    # Given shops rated in six one-letter bands, one of them F
    schema = Schema(tables=[profiled_table("shops", [("shop_id", "integer"), ("band", "text")], SHOPS)])
    # When the shops run by female owners are counted (the data holds no owners)
    a = ask(schema, "How many shops have female owners?")
    # Then band F (a rank, not the letter of female) is no reading of the word
    assert "'F'" not in (a.sql or ""), a.sql


def test_a_share_of_the_tables_own_noun_counts_its_rows() -> None:
    # Given orders, each with an amount (order_amount) and a refund column
    schema = _orders()
    for question in ("What share of orders have a refund total of 2?", "退款为2的订单的占比是多少"):
        # When the share of orders meeting a condition is asked
        a = ask(schema, question)
        # Then the orders are counted (the table's noun), not their amounts summed
        assert a.status == "ok", a.message
        assert "order_amount" not in (a.sql or ""), (question, a.sql)
        rows = memory_db(_order_tables()).execute(a.sql or "").fetchall()
        assert rows == [(sum(1 for o in ORDERS if o[2] == 2) / len(ORDERS),)], a.sql


def test_a_sum_word_before_an_unread_adjective_is_the_aggregate_not_a_column_named_total() -> None:
    # Given orders with a refund column named "refund_total"
    schema = _orders()
    # When the total of the amount is asked with an adjective the data does not know in between
    a = ask(schema, "Total outstanding order amount")
    # Then "total" is the sum word: no sure answer listing the amounts, nor the refund column
    assert a.status != "ok" or "SUM(" in (a.sql or ""), a.sql
    assert "refund_total" not in (a.sql or ""), a.sql
