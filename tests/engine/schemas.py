"""Hand-built schemas with profiles and a tiny SQLite twin: the engine is pure, so tests need no server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from shared.ask.engines.base import EngineRequest
from shared.ask.engines.rules import RuleEngine
from shared.semantic.schema import Column, ColumnProfile, Schema, SemanticLayer, Table

TODAY = date(2025, 6, 15)

ORDERS_ROWS = [
    # order_id, order_date, province, city, channel, category, customer_level, quantity, amount, is_returned
    ("SO1", "2023-02-01", "广东", "广州", "app", "Electronics", "vip", 2, 1200.0, 0),
    ("SO2", "2023-07-15", "浙江", "杭州", "web", "Home", "gold", 5, 300.0, 1),
    ("SO3", "2024-03-03", "广东", "深圳", "app", "Beauty", "normal", 1, 80.0, 0),
    ("SO4", "2024-03-20", "上海", "上海", "store", "Electronics", "vip", 3, 4500.0, 0),
    ("SO5", "2024-08-09", "浙江", "宁波", "web", "Home", "silver", 9, 950.0, 1),
    ("SO6", "2024-11-30", "广东", "广州", "app", "Home", "gold", 4, 2100.0, 0),
]
ORDER_COLUMNS = [
    ("order_id", "text"),
    ("order_date", "date"),
    ("province", "text"),
    ("city", "text"),
    ("channel", "text"),
    ("category", "text"),
    ("customer_level", "text"),
    ("quantity", "integer"),
    ("amount", "float"),
    ("is_returned", "integer"),
]

EMPLOYEE_ROWS = [
    ("E1", "许梓佳", "研发部", "P5", "上海", "2019-03-01", "女", 33, 30000, 4.6, "否"),
    ("E2", "丁博强", "销售部", "P6", "成都", "2020-05-10", "男", 45, 22000, 3.1, "是"),
    ("E3", "孙萱涛", "研发部", "P7", "上海", "2021-01-20", "女", 38, 52000, 4.8, "否"),
    ("E4", "梁雪雨", "客服部", "P4", "杭州", "2022-07-01", "男", 29, 12000, 2.9, "是"),
    ("E5", "王一", "人事部", "P5", "杭州", "2022-09-15", "女", 41, 18000, 3.7, "否"),
]
EMPLOYEE_COLUMNS = [
    ("工号", "text"),
    ("姓名", "text"),
    ("部门", "text"),
    ("职级", "text"),
    ("城市", "text"),
    ("入职日期", "date"),
    ("性别", "text"),
    ("年龄", "integer"),
    ("月薪", "integer"),
    ("绩效评分", "float"),
    ("是否离职", "text"),
]


def profiled_table(name: str, columns: list[tuple[str, str]], rows: list[tuple]) -> Table:
    """A Table with profiles computed from the rows, as shared.datasets would produce."""
    cols = []
    for i, (cname, ctype) in enumerate(columns):
        values = [r[i] for r in rows if r[i] is not None]  # a missing value is no value (NULL keys)
        distinct = sorted(set(values), key=str)
        counts: dict = {}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        listed = None
        if ctype == "text" or (ctype == "integer" and len(distinct) <= 2):
            listed = [[v, n] for v, n in sorted(counts.items(), key=lambda kv: -kv[1])]
        prof = ColumnProfile(distinct_count=len(distinct), min=min(values), max=max(values), values=listed)
        cols.append(Column(cname, ctype, profile=prof))  # type: ignore[arg-type]
    return Table(name=name, columns=cols, row_count=len(rows))


def orders_schema(dialect: str = "sqlite") -> Schema:
    return Schema(tables=[profiled_table("orders", ORDER_COLUMNS, ORDERS_ROWS)], dialect=dialect)


def employees_schema(dialect: str = "sqlite") -> Schema:
    return Schema(tables=[profiled_table("employees", EMPLOYEE_COLUMNS, EMPLOYEE_ROWS)], dialect=dialect)


def memory_db(tables: Iterable[tuple[str, list[tuple[str, str]], list[tuple]]]) -> sqlite3.Connection:
    """The tables (name, columns, rows) in an in-memory SQLite database, to run the generated SQL."""
    conn = sqlite3.connect(":memory:")
    for name, columns, rows in tables:
        names = ", ".join('"' + c + '"' for c, _ in columns)
        conn.execute(f'CREATE TABLE "{name}" ({names})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in columns)})', rows)
    return conn


def sqlite_db() -> sqlite3.Connection:
    """Both tables in an in-memory SQLite database."""
    return memory_db([("orders", ORDER_COLUMNS, ORDERS_ROWS), ("employees", EMPLOYEE_COLUMNS, EMPLOYEE_ROWS)])


def ask(schema: Schema, question: str, state: dict | None = None, semantic: SemanticLayer | None = None):
    """One engine turn."""
    return RuleEngine().answer(
        EngineRequest(
            question=question, schema=schema, state=state, today=TODAY, semantic=semantic or SemanticLayer()
        )
    )


def with_names(schema: Schema, names: dict[str, list[str]]) -> Schema:
    """The schema with a person's names for its tables ("t") and columns ("t.c"), as the semantic layer's
    synonyms would give them: the words of one database the built-in vocabulary does not memorise."""
    for key, words in names.items():
        table_name, _, column_name = key.partition(".")
        table = schema.table(table_name)
        assert table is not None, key
        target = table.column(column_name) if column_name else table
        assert target is not None, key
        target.synonyms.extend(words)
    return schema
