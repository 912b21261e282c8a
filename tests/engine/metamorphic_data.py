"""Small tables for the metamorphic tests: one with Chinese headers, one with English, two that join."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import Schema
from tests.engine.schemas import profiled_table

ZH_COLUMNS = [
    ("订单号", "text"),
    ("订单日期", "date"),
    ("省份", "text"),
    ("大区", "text"),
    ("产品", "text"),
    ("销量", "integer"),
    ("销售额", "float"),
]
ZH_ROWS = [
    ("D1", "2023-03-02", "广东", "华南", "A", 3, 120.0),
    ("D2", "2024-01-11", "广东", "华南", "B", 1, 80.0),
    ("D3", "2024-02-05", "浙江", "华东", "A", 5, 300.0),
    ("D4", "2024-05-20", "江苏", "华东", "B", 2, 150.0),
    ("D5", "2024-08-18", "浙江", "华东", "A", 4, 220.0),
    ("D6", "2024-12-31", "北京", "华北", "B", 6, 410.0),
    ("D7", "2024-07-07", "广东", "华南", "A", 2, 95.0),
    ("D8", "2024-09-12", "浙江", "华东", "B", 3, 130.0),
    ("D9", "2024-10-03", "江苏", "华东", "A", 1, 60.0),
    ("D10", "2024-11-21", "广东", "华南", "B", 5, 240.0),
]
EN_COLUMNS = [
    ("order_id", "text"),
    ("order_date", "date"),
    ("state", "text"),
    ("region", "text"),
    ("product", "text"),
    ("units", "integer"),
    ("sales", "float"),
]
# the same rows as ZH_ROWS, values translated: a zh question and its en twin have one answer
EN_NAMES = {
    "广东": "CA",
    "浙江": "NY",
    "江苏": "TX",
    "北京": "WA",
    "华南": "South",
    "华东": "East",
    "华北": "North",
}
EN_NAMES |= {"A": "Widget", "B": "Gadget"}
EN_ROWS = [
    (f"O{r[0][1:]}", r[1], EN_NAMES[r[2]], EN_NAMES[r[3]], EN_NAMES[r[4]], r[5], r[6]) for r in ZH_ROWS
]
CUSTOMER_COLUMNS = [
    ("customer_id", "integer"),
    ("customer_name", "text"),
    ("city", "text"),
    ("segment", "text"),
]
CUSTOMER_ROWS = [
    (1, "Acme", "Boston", "Enterprise"),
    (2, "Globex", "Denver", "SMB"),
    (3, "Initech", "Austin", "SMB"),
]
INVOICE_COLUMNS = [
    ("invoice_id", "integer"),
    ("customer_id", "integer"),
    ("invoice_date", "date"),
    ("total", "float"),
]
INVOICE_ROWS = [
    (10, 1, "2024-01-05", 500.0),
    (11, 2, "2024-02-07", 120.0),
    (12, 1, "2024-03-09", 80.0),
    (13, 3, "2024-04-11", 300.0),
]
TABLES = {
    "销售": (ZH_COLUMNS, ZH_ROWS),
    "sales_orders": (EN_COLUMNS, EN_ROWS),
    "customers": (CUSTOMER_COLUMNS, CUSTOMER_ROWS),
    "invoices": (INVOICE_COLUMNS, INVOICE_ROWS),
}


def schema(*names: str) -> Schema:
    return Schema(tables=[profiled_table(n, *TABLES[n]) for n in names], dialect="sqlite")


def database() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    for name, (columns, rows) in TABLES.items():
        cols = ", ".join(f'"{c}"' for c, _ in columns)
        conn.execute(f'CREATE TABLE "{name}" ({cols})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in columns)})', rows)
    return conn
