"""A small star schema of ship inspections: a Chinese fact 船舶检验 (one row per inspection), an English
dimension of vessel types and a calendar of the inspection dates, with declared foreign keys. For the
readings a star with a Chinese fact and English dimensions showed wrong: dimension rows counted for the
fact's things, the fact's English words, periods the data does not reach."""

from __future__ import annotations

import sqlite3
from datetime import date

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import memory_db, profiled_table

TYPES = [
    (1, "Tanker", "Tanker, Crude"),
    (2, "Tanker", "Tanker, Chemical"),
    (3, "Container", "Container, Feeder"),
    (4, "Container", "Container, Panamax"),
    (5, "Bulk", "Bulk Carrier"),
]
DATES = ["2021-03-06", "2021-03-08", "2021-04-10", "2021-05-12", "2021-05-15", "2021-07-01", "2021-09-18"]
# 检验编号, 检验日期, 船型编号, 船种, 港口
INSPECTIONS = [
    (1, "2021-03-06", 1, "油轮", "宁波"),
    (2, "2021-03-06", 2, "油轮", "宁波"),
    (3, "2021-03-08", 3, "货船", "上海"),
    (4, "2021-04-10", 1, "油轮", "上海"),
    (5, "2021-05-12", 4, "货船", "宁波"),
    (6, "2021-05-12", 3, "货船", "上海"),
    (7, "2021-05-15", 5, "货船", "上海"),
    (8, "2021-07-01", 1, "油轮", "宁波"),
    (9, "2021-09-18", 2, "油轮", "上海"),
    (10, "2021-09-18", 5, "货船", "宁波"),
]


def _calendar() -> list[tuple]:
    out = []
    for text in DATES:
        d = date.fromisoformat(text)
        weekday = d.strftime("%A")
        weekend = "Yes" if d.weekday() >= 5 else "No"
        out.append((text, d.year, (d.month + 2) // 3, d.month, d.strftime("%B"), weekday, weekend))
    return out


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("vessel_types", [("type_id", "integer"), ("category", "text"), ("type_name", "text")], TYPES),
        (
            "calendar",
            [
                ("date", "text"),
                ("year", "integer"),
                ("quarter", "integer"),
                ("month", "integer"),
                ("month_name", "text"),
                ("weekday", "text"),
                ("is_weekend", "text"),
            ],
            _calendar(),
        ),
        (
            "船舶检验",
            [
                ("检验编号", "integer"),
                ("检验日期", "text"),
                ("船型编号", "integer"),
                ("船种", "text"),
                ("港口", "text"),
            ],
            INSPECTIONS,
        ),
    ]


def ship_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["vessel_types"].primary_key = ["type_id"]
    tables["calendar"].primary_key = ["date"]
    tables["船舶检验"].primary_key = ["检验编号"]
    tables["船舶检验"].foreign_keys = [
        ForeignKey(["船型编号"], "vessel_types", ["type_id"]),
        ForeignKey(["检验日期"], "calendar", ["date"]),
    ]
    return Schema(tables=list(tables.values()))


def rows(sql: str | None) -> list[tuple]:
    conn: sqlite3.Connection = memory_db(_tables())
    return sorted(conn.execute(sql or "").fetchall(), key=str)
