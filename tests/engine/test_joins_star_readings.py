"""Star-schema readings over one fact and its dimensions (pure engine, a courier schema built here): the verb
a fact table is named after names its rows, a year with a bound word after it is a bound, and a count of
people with a value before the noun counts the people, not the fact's rows."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, memory_db, profiled_table

COURIERS = [
    (1, "Ada", "Denmark", 1988),
    (2, "Ben", "Norway", 1995),
    (3, "Cal", "Denmark", 1999),
    (4, "Dee", "Norway", 1979),
]
DEPOTS = [("D1", "Dock Yard", "north"), ("D2", "Elm Park", "south")]
# (year, courier_id, depot_id, ships, parcels): courier 1 shipped twice from D1 in 2021
SHIPPING = [
    (2021, 1, "D1", 3, 40),
    (2021, 1, "D1", 2, 15),
    (2021, 2, "D1", 1, 9),
    (2021, 3, "D2", 4, 30),
    (2021, 3, "D2", 1, 5),
    (2022, 4, "D2", 2, 12),
    (2022, 1, "D2", 5, 50),
]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        (
            "couriers",
            [
                ("courier_id", "integer"),
                ("courier_name", "text"),
                ("country", "text"),
                ("birth_year", "integer"),
            ],
            COURIERS,
        ),
        ("depots", [("depot_id", "text"), ("depot_name", "text"), ("region", "text")], DEPOTS),
        (
            "shipping",
            [
                ("year", "integer"),
                ("courier_id", "integer"),
                ("depot_id", "text"),
                ("ships", "integer"),
                ("parcels", "integer"),
            ],
            SHIPPING,
        ),
    ]


def _schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["couriers"].primary_key = ["courier_id"]
    tables["depots"].primary_key = ["depot_id"]
    tables["shipping"].foreign_keys = [
        ForeignKey(["courier_id"], "couriers", ["courier_id"]),
        ForeignKey(["depot_id"], "depots", ["depot_id"]),
    ]
    return Schema(tables=list(tables.values()))


def _rows(sql: str | None) -> list[tuple]:
    db: sqlite3.Connection = memory_db(_tables())
    return sorted(db.execute(sql or "").fetchall())


def test_the_verb_a_fact_table_is_named_after_names_its_rows_not_a_column() -> None:
    # Given a fact named `shipping` whose column `ships` shares the verb's stem
    schema = _schema()
    # When the people who shipped are counted per depot
    a = ask(schema, "Number of different couriers who shipped for each depot in 2021")
    # Then "shipped" names the fact's rows: distinct couriers per depot, answered without asking back
    assert a.status == "ok", a.message
    assert _rows(a.sql) == [("Dock Yard", 2), ("Elm Park", 1)], a.sql


def test_a_year_followed_by_a_bound_word_is_a_bound() -> None:
    # Given couriers with a birth year column
    schema = _schema()
    # When the couriers born in a year "or later" are counted (alone, then over the fact)
    a = ask(schema, "How many couriers were born in 1995 or later?")
    # Then the year bounds the column from below (Ben 1995, Cal 1999), not the one year
    assert a.status == "ok", a.message
    assert _rows(a.sql) == [(2,)], a.sql
    b = ask(schema, "How many couriers born in 1990 or earlier shipped in 2022?")
    # And over the fact: Ada (1988) and Dee (1979) both shipped in 2022
    assert b.status != "ok" or _rows(b.sql) == [(2,)], b.sql


def test_a_count_of_people_with_a_value_before_the_noun_counts_the_people() -> None:
    # Given couriers from Denmark who shipped several times in 2021
    schema = _schema()
    # When the Danish couriers who shipped are counted
    a = ask(schema, "How many Denmark couriers shipped in 2021?")
    # Then the two couriers are counted, not their four shipping rows
    assert a.status == "ok", a.message
    assert _rows(a.sql) == [(2,)], a.sql


def test_or_over_and_or_under_after_a_number_bound_it() -> None:
    # Given shipping rows with their parcels
    schema = _schema()
    for question, expected in (
        ("How many shipping rows have parcels of 15 or over?", 4),  # 40, 15, 30, 50
        ("How many shipping rows have parcels of 9 or under?", 2),  # 9, 5
    ):
        # When a number is followed by "or over" / "or under"
        a = ask(schema, question)
        # Then it is a bound, not the one value
        assert a.status == "ok", (question, a.message)
        assert _rows(a.sql) == [(expected,)], (question, a.sql)
