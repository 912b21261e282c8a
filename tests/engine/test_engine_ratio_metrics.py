"""Ratio metrics known without a semantic layer when the data shows their parts (issue 10 §6)."""

from __future__ import annotations

import sqlite3

import pytest

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

# order lines: order O1 has two lines, so the amount per order is not the amount per row
ROWS = [
    ("O1", "C1", "2024-01-02", "华东", 100.0),
    ("O1", "C1", "2024-01-02", "华东", 50.0),
    ("O2", "C2", "2024-02-03", "华南", 80.0),
    ("O3", "C1", "2024-03-04", "华东", 120.0),
    ("O4", "C3", "2024-03-05", "华南", 60.0),
]
ZH_COLUMNS = [
    ("订单号", "text"),
    ("客户ID", "text"),
    ("下单日期", "date"),
    ("区域", "text"),
    ("金额", "float"),
]
EN_COLUMNS = [
    ("order_id", "text"),
    ("customer_id", "text"),
    ("order_date", "date"),
    ("region", "text"),
    ("amount", "float"),
]


def setup(name: str, columns):
    conn = sqlite3.connect(":memory:")
    conn.execute(f'CREATE TABLE "{name}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c, _ in columns)})')
    conn.executemany(f'INSERT INTO "{name}" VALUES (?, ?, ?, ?, ?)', ROWS)
    return Schema(tables=[profiled_table(name, columns, ROWS)], dialect="sqlite"), conn


@pytest.mark.parametrize(
    ("name", "columns", "question"),
    [
        ("订单明细", ZH_COLUMNS, "客单价"),
        ("order_lines", EN_COLUMNS, "average order value"),
        ("order_lines", EN_COLUMNS, "AOV"),
    ],
)
def test_order_value_is_the_amount_per_distinct_order(name, columns, question):
    # Given order lines (an order spans rows) / When asked the average order value
    schema, conn = setup(name, columns)
    ans = ask(schema, question)
    # Then the total amount over the number of distinct orders: 410 / 4, not the mean of the 5 rows
    assert ans.status == "ok" and ans.unknown_words == [], ans.message
    assert conn.execute(ans.sql).fetchall() == [(pytest.approx(410 / 4),)]


def test_order_value_by_a_dimension_is_grouped():
    schema, conn = setup("订单明细", ZH_COLUMNS)
    ans = ask(schema, "各区域的客单价")
    assert dict(conn.execute(ans.sql).fetchall()) == {
        "华东": pytest.approx(270 / 2),
        "华南": pytest.approx(140 / 2),
    }


def test_without_an_amount_column_order_value_asks_back():
    # Given no money column / When asked 客单价 / Then a question back, not a listing of some column
    table = profiled_table("订单", [("订单号", "text"), ("区域", "text")], [("O1", "华东"), ("O2", "华南")])
    ans = ask(Schema(tables=[table], dialect="sqlite"), "客单价")
    assert ans.status == "clarify"
