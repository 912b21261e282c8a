"""A real star schema's readings (issue 11): a fact with a year column of its own, a person dimension with
first and last names and dates, a second dimension reached by a key named in the fact's language, an
amount named like its table (pure engine, synthetic tables built here, numbers a naive join gets wrong)."""

from __future__ import annotations

import sqlite3

from shared.ask.engines.rules.joins_names import full_name, labels_for_keys
from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, profiled_table

# Staff 1 and 3 were hired in 2016, but their 2016 pay differs from everyone's 2016 pay.
STAFF = [
    (1, "Ann", "Lee", 1990, "2016-03-01", "Oslo"),
    (2, "Bob", "Ray", 1985, "2014-05-01", "Oslo"),
    (3, "Cyd", "Fox", 1990, "2016-07-01", "Rome"),
    (4, "Dan", "Kim", 1979, "2012-01-10", "Rome"),
]
STORES = [("N1", "North Hall", "east"), ("S1", "South Hall", "west")]
# (年份, 门店编号, 员工编号, 薪资)
PAY = [
    (2015, "N1", 1, 100),
    (2016, "N1", 1, 120),
    (2016, "N1", 2, 300),
    (2016, "S1", 3, 90),
    (2016, "S1", 4, 500),
    (2017, "S1", 4, 520),
    (2017, "N1", 3, 95),
]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        (
            "员工",
            [
                ("员工编号", "integer"),
                ("名", "text"),
                ("姓", "text"),
                ("出生年份", "integer"),
                ("入职日期", "date"),
                ("城市", "text"),
            ],
            STAFF,
        ),
        ("stores", [("store_id", "text"), ("store_name", "text"), ("region", "text")], STORES),
        ("薪资", [("年份", "integer"), ("门店编号", "text"), ("员工编号", "integer"), ("薪资", "integer")], PAY),
    ]


def star_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["员工"].primary_key = ["员工编号"]
    tables["stores"].primary_key = ["store_id"]
    tables["薪资"].foreign_keys = [
        ForeignKey(["门店编号"], "stores", ["store_id"]),
        ForeignKey(["员工编号"], "员工", ["员工编号"]),
    ]
    return Schema(tables=list(tables.values()))


def star_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    for name, cols, rows in _tables():
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(c for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', rows)
    return conn


def rows(sql: str | None) -> list[tuple]:
    return sorted(star_db().execute(sql or "").fetchall(), key=str)
