"""A small star schema of concerts (fact with English headers: a concert number that is no amount, a city,
tickets sold, the distance from the agency) and theaters (code, name), for the readings an English-named star
schema asked in Chinese showed: the fact's noun counted (音乐会数), a dimension named by a Chinese table noun
(剧院), which-words after the noun, a relative clause not understood, a superlative cut from its word.
Numbers a wrong reading gets wrong."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import memory_db, profiled_table

THEATERS = [("ROX", "Roxy Hall"), ("GLB", "Globe Stage"), ("ODN", "Odeon House")]
# concert (a number, repeated on tours), city, theater_code, tickets, distance (km from the agency)
CONCERTS = [
    (4101, "Lyon", "ROX", 300, 12.0),
    (4101, "Lyon", "GLB", 250, 40.0),
    (2207, "Nice", "ROX", 120, 12.0),
    (2207, "Lyon", "ODN", 90, 75.0),
    (3315, "Nice", "ROX", 410, 12.0),
    (3315, "Metz", "GLB", 60, 40.0),
    (5120, "Metz", "ROX", 200, 12.0),
]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("theaters", [("theater_code", "text"), ("name", "text")], THEATERS),
        (
            "concerts",
            [
                ("concert", "integer"),
                ("city", "text"),
                ("theater_code", "text"),
                ("tickets", "integer"),
                ("distance", "decimal"),
            ],
            CONCERTS,
        ),
    ]


def concert_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["theaters"].primary_key = ["theater_code"]
    tables["concerts"].foreign_keys = [ForeignKey(["theater_code"], "theaters", ["theater_code"])]
    return Schema(tables=list(tables.values()))


def concert_db() -> sqlite3.Connection:
    return memory_db(_tables())


def rows(sql: str | None) -> list[tuple]:
    return sorted(concert_db().execute(sql or "").fetchall(), key=str)
