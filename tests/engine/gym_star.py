"""A small star schema of gym members (fact, English headers: a senior flag, a paperless-invoice flag, a
towel service said Yes / No / 'No locker access', a monthly fee, total fees, whether they churned) and their
plans (a lookup of kinds with Chinese headers: 套餐编号, 套餐类型, 中文名称), for the readings of a
subscription star schema asked in Chinese and English. Numbers a wrong reading gets wrong."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import memory_db, profiled_table

PLANS = [(1, "Basic", "基础套餐"), (2, "VIP", "VIP"), (3, "Family", "家庭套餐")]
# member_id, region, senior, paperless_invoice, towel_service, plan_id, monthly_fee, total_fees, left
MEMBERS = [
    (1, "North", 0, 1, "Yes", 1, 20.0, 200.0, "No"),
    (2, "North", 1, 0, "No", 1, 25.0, 100.0, "Yes"),
    (3, "South", 0, 1, "No locker access", 2, 60.0, 1200.0, "No"),
    (4, "South", 1, 1, "Yes", 2, 65.0, 300.0, "Yes"),
    (5, "East", 0, 0, "Yes", 3, 90.0, 2700.0, "No"),
    (6, "East", 0, 1, "No", 3, 95.0, 950.0, "No"),
    (7, "North", 1, 0, "No locker access", 1, 30.0, 90.0, "No"),
]
MEMBER_COLUMNS = [
    ("member_id", "integer"),
    ("region", "text"),
    ("senior", "integer"),
    ("paperless_invoice", "integer"),
    ("towel_service", "text"),
    ("plan_id", "integer"),
    ("monthly_fee", "decimal"),
    ("total_fees", "decimal"),
    ("churned", "text"),
]
PLAN_COLUMNS = [("套餐编号", "integer"), ("套餐类型", "text"), ("中文名称", "text")]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [("套餐", PLAN_COLUMNS, PLANS), ("members", MEMBER_COLUMNS, MEMBERS)]


def gym_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["套餐"].primary_key = ["套餐编号"]
    tables["members"].primary_key = ["member_id"]
    tables["members"].foreign_keys = [ForeignKey(["plan_id"], "套餐", ["套餐编号"])]
    return Schema(tables=list(tables.values()))


def gym_db() -> sqlite3.Connection:
    return memory_db(_tables())


def rows(sql: str | None) -> list[tuple]:
    return sorted(gym_db().execute(sql or "").fetchall(), key=str)
