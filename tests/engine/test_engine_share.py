"""Rates and shares: 退货率, 离职率, 占比, share of / percentage of, with percent hints for the pipeline."""

from __future__ import annotations

import pytest

from shared.cli.evaluation import judge
from tests.engine.schemas import ask, employees_schema, orders_schema, sqlite_db

CASES = [
    (  # the data ends in 2024, long before "today": 今年 is the data's latest year
        "orders",
        "今年各省份的退货率",
        "SELECT province, AVG(CASE WHEN is_returned = 1 THEN 1.0 ELSE 0 END) FROM orders "
        "WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01' GROUP BY province",
        False,
    ),
    (
        "orders",
        "2023年各渠道的退货率",
        "SELECT channel, AVG(CASE WHEN is_returned = 1 THEN 1.0 ELSE 0 END) FROM orders "
        "WHERE order_date >= '2023-01-01' AND order_date < '2024-01-01' GROUP BY channel",
        False,
    ),
    (
        "orders",
        "What is the return rate by channel?",
        "SELECT channel, AVG(is_returned * 1.0) FROM orders GROUP BY channel",
        False,
    ),
    (
        "orders",
        "What percentage of orders were returned?",
        "SELECT AVG(is_returned * 1.0) FROM orders",
        False,
    ),
    (
        "orders",
        "各渠道的销售额占比",
        "SELECT channel, SUM(amount) * 1.0 / (SELECT SUM(amount) FROM orders) FROM orders GROUP BY channel",
        False,
    ),
    (
        "orders",
        "vip客户的销售额占比是多少？",
        "SELECT SUM(CASE WHEN customer_level = 'vip' THEN amount ELSE 0 END) / SUM(amount) FROM orders",
        False,
    ),
    (
        "employees",
        "各部门的离职率",
        "SELECT 部门, AVG(CASE WHEN 是否离职 = '是' THEN 1.0 ELSE 0 END) FROM employees GROUP BY 部门",
        False,
    ),
    (
        "orders",
        "退货率最高的省份",
        "SELECT province FROM orders GROUP BY province ORDER BY AVG(is_returned) DESC LIMIT 1",
        True,
    ),
]


@pytest.mark.parametrize(("table", "question", "gold", "ordered"), CASES)
def test_rate_and_share_answers_are_right(table: str, question: str, gold: str, ordered: bool):
    # Given the tiny SQLite twin / When the engine answers a rate or share question
    schema = orders_schema() if table == "orders" else employees_schema()
    ans = ask(schema, question)
    assert ans.status == "ok", ans.message
    conn = sqlite_db()
    cur = conn.execute(gold)
    gold_cols, gold_rows = [d[0] for d in cur.description], cur.fetchall()
    cur = conn.execute(ans.sql)
    # Then its rows equal the hand-written SQL's
    assert judge(gold_cols, gold_rows, [d[0] for d in cur.description], cur.fetchall(), ordered), ans.sql


def test_rate_is_a_percent_column_not_a_pie():
    # Given a flag column / When asking a rate per group
    ans = ask(orders_schema(), "各省份的退货率")
    # Then the rate column is marked as a percentage, and no pie is suggested (rates do not add up)
    assert ans.chart.percent_columns == ["退货率"]
    assert ans.chart.share is False
    assert ans.chart.roles["退货率"] == "measure"


def test_group_share_suggests_a_pie_with_a_percent_column():
    # Given a measure and a dimension / When asking each group's share of the total
    ans = ask(orders_schema(), "各渠道的销售额占比")
    # Then the chart hint says share, the share column is a percentage and the measure stays the measure
    assert ans.chart.share is True
    assert ans.chart.percent_columns == ["金额合计占比"]
    assert ans.chart.roles["金额合计"] == "measure" and ans.chart.roles["金额合计占比"] == "share"
    assert "OVER ()" in ans.sql


@pytest.mark.parametrize("dialect", ["mysql", "postgres"])
def test_rates_and_shares_render_in_other_dialects(dialect: str):
    # Given a MySQL or PostgreSQL datasource / When asking a rate and a share
    import sqlglot

    for question in ("各省份的退货率", "各渠道的销售额占比"):
        ans = ask(orders_schema(dialect), question)
        # Then the SQL parses in that dialect and keeps the CASE / window form
        assert ans.status == "ok"
        sqlglot.parse_one(ans.sql, read=dialect)
        assert "CASE WHEN" in ans.sql or "OVER ()" in ans.sql
