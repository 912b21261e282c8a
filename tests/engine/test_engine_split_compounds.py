"""A Chinese column name split by its aggregate word (苹果平均价格 = 苹果价格 averaged), over a small fruit
market table: two price columns the head 价格 names alike, and the apples' own weight column that the
modifier 苹果 names outright."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

COLUMNS = [
    ("摊位编号", "integer"),
    ("区域", "text"),
    ("苹果_公斤", "decimal"),
    ("苹果价格_元每公斤", "decimal"),
    ("香蕉价格_元每公斤", "decimal"),
]
ROWS = [
    (1, "东区", 100.0, 4.0, 3.0),
    (2, "东区", 50.0, 6.0, 2.0),
    (3, "西区", 80.0, 8.0, 5.0),
    (4, "西区", 20.0, 10.0, 1.0),
]
TABLES = [("水果摊位", COLUMNS, ROWS)]


def _schema() -> Schema:
    table = profiled_table("水果摊位", COLUMNS, ROWS)
    table.primary_key = ["摊位编号"]
    return Schema(tables=[table])


def _rows(sql: str | None) -> list[tuple]:
    return sorted(memory_db(TABLES).execute(sql or "").fetchall(), key=str)


def test_the_aggregate_inside_a_compound_averages_the_compound():
    # Given a table with an apple price and a banana price (价格 names both) and the apples' weight (苹果)
    # When the average apple price is asked with 平均 inside the name, with and without 的
    for question in ("苹果平均价格是多少", "苹果的平均价格是多少"):
        answer = ask(_schema(), question)
        # Then the apple price is averaged, not the apples' weight nor the banana price
        assert answer.status == "ok", (question, answer.message)
        assert "苹果价格_元每公斤" in (answer.sql or "") and _rows(answer.sql) == [(7.0,)]


def test_the_split_compound_keeps_its_grouping():
    # Given the same table
    # When the split compound is asked per area
    answer = ask(_schema(), "各区域的香蕉平均价格")
    # Then the banana price is averaged per area
    assert answer.status == "ok", answer.message
    assert _rows(answer.sql) == [("东区", 2.5), ("西区", 3.0)]
