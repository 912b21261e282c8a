"""A small star schema of shipments (fact, Chinese headers: 发货编号, 产品编号, 仓库编号, 是否加急 answered
是 / 否 / 部分, 件数, 运费_元, 季次 the season's number, 纸箱_个 and 纸箱价格_元每个)
and two English dimensions: products (product_id, product, tier) and warehouses
(warehouse_id, warehouse, dock_count). Numbers a wrong reading gets wrong."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import memory_db, profiled_table

PRODUCTS = [(1, "premium", "gold"), (2, "standard", "silver"), (3, "budget", "bronze")]
WAREHOUSES = [(1, "Northgate", 4), (2, "Eastport", 2)]
# 发货编号, 产品编号, 仓库编号, 是否加急, 件数, 运费_元, 季次, 纸箱_个, 纸箱价格_元每个
SHIPMENTS = [
    (1, 1, 1, "是", 10, 50.0, 1, 5, 2.0),
    (2, 1, 2, "否", 3, 20.0, 1, 2, 2.5),
    (3, 2, 1, "部分", 7, 35.0, 2, 4, 3.0),
    (4, 1, 1, "否", 2, 15.0, 2, 1, 3.5),
    (5, 3, 2, "是", 9, 40.0, 3, 6, 4.0),
    (6, 2, 2, "否", 1, 5.0, 3, 1, 4.5),
    (7, 1, 2, "部分", 4, 25.0, 3, 3, 5.0),
]
SHIPMENT_COLUMNS = [
    ("发货编号", "integer"),
    ("产品编号", "integer"),
    ("仓库编号", "integer"),
    ("是否加急", "text"),
    ("件数", "integer"),
    ("运费_元", "decimal"),
    ("季次", "integer"),
    ("纸箱_个", "integer"),
    ("纸箱价格_元每个", "decimal"),
]
PRODUCT_COLUMNS = [("product_id", "integer"), ("product", "text"), ("tier", "text")]
WAREHOUSE_COLUMNS = [("warehouse_id", "integer"), ("warehouse", "text"), ("dock_count", "integer")]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("products", PRODUCT_COLUMNS, PRODUCTS),
        ("warehouses", WAREHOUSE_COLUMNS, WAREHOUSES),
        ("发货记录", SHIPMENT_COLUMNS, SHIPMENTS),
    ]


def shipping_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["products"].primary_key = ["product_id"]
    tables["warehouses"].primary_key = ["warehouse_id"]
    tables["发货记录"].primary_key = ["发货编号"]
    tables["发货记录"].foreign_keys = [
        ForeignKey(["产品编号"], "products", ["product_id"]),
        ForeignKey(["仓库编号"], "warehouses", ["warehouse_id"]),
    ]
    return Schema(tables=list(tables.values()))


def shipping_db() -> sqlite3.Connection:
    return memory_db(_tables())


def rows(sql: str | None) -> list[tuple]:
    return sorted(shipping_db().execute(sql or "").fetchall(), key=str)
