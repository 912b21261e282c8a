"""A small snowflake of port exports: a fact with English headers (exports: one row per port and year, its
volume) keyed to 港口 (ports, Chinese headers, English names), keyed in turn to 省份 (provinces, their
大区); a port's 是否FTZ成员 says whether it is in a free-trade zone. For the readings such a star showed:
the fact's noun said as its quantity (出口量, exports), a group two hops away, a named dimension listed, a
ranking, a Latin code inside a Chinese header. Numbers a wrong reading gets wrong."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import memory_db, profiled_table

PROVINCES = [("Aland", "North"), ("Borea", "North"), ("Cresta", "South")]
# 港口编号, 港口名称, 省份, 是否FTZ成员 (in a free-trade zone)
PORTS = [
    (1, "Gull Quay", "Aland", 1),
    (2, "Reed Wharf", "Borea", 0),
    (3, "Stone Pier", "Cresta", 1),
    (4, "Fox Haven", "Cresta", 0),
]
# export_id, port_id, year, volume (tonnes): every port in both years
EXPORTS = [
    (1, 1, 2020, 12000.0),
    (2, 1, 2021, 16000.0),
    (3, 2, 2020, 5000.0),
    (4, 2, 2021, 9500.0),
    (5, 3, 2020, 21000.0),
    (6, 3, 2021, 18000.0),
    (7, 4, 2020, 3000.0),
    (8, 4, 2021, 9500.0),
]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("省份", [("省份名称", "text"), ("大区", "text")], PROVINCES),
        (
            "港口",
            [("港口编号", "integer"), ("港口名称", "text"), ("省份", "text"), ("是否FTZ成员", "integer")],
            PORTS,
        ),
        (
            "exports",
            [("export_id", "integer"), ("port_id", "integer"), ("year", "integer"), ("volume", "decimal")],
            EXPORTS,
        ),
    ]


def port_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["省份"].primary_key = ["省份名称"]
    tables["港口"].primary_key = ["港口编号"]
    tables["港口"].foreign_keys = [ForeignKey(["省份"], "省份", ["省份名称"])]
    tables["exports"].primary_key = ["export_id"]
    tables["exports"].foreign_keys = [ForeignKey(["port_id"], "港口", ["港口编号"])]
    return Schema(tables=list(tables.values()))


def port_db() -> sqlite3.Connection:
    return memory_db(_tables())


def rows(sql: str | None) -> list[tuple]:
    return sorted(port_db().execute(sql or "").fetchall(), key=str)


def ordered_rows(sql: str | None) -> list[tuple]:
    return port_db().execute(sql or "").fetchall()
