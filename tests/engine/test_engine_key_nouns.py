"""The rows' noun from the table's own key (vocabulary/keynouns.py), and a word not understood that the
rows have ("vehicles with a towbar"), which says which rows."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.keynouns import key_noun
from shared.semantic.vocabulary.linking import column_info
from tests.engine.schemas import ask, profiled_table

FLEET_COLUMNS = [("vehicle_id", "integer"), ("depot", "text"), ("mileage", "float"), ("fuel", "text")]
FLEET_ROWS = [
    (
        i,
        "Leeds" if i > 6 else ["Leeds", "York", "Hull"][i % 3],
        1000.0 + i * 37,
        ["diesel", "electric"][i % 2],
    )
    for i in range(1, 11)
]


def fleet() -> Schema:
    return Schema(tables=[profiled_table("fleet_log", FLEET_COLUMNS, FLEET_ROWS)])


def _infos(schema: Schema) -> dict:
    table = schema.tables[0]
    return {c.name: column_info(c, table) for c in table.columns}


def test_a_unique_key_names_what_a_row_is():
    # Given a fleet log keyed by vehicle_id / When asking what its rows are called
    # Then its key's noun, unless the table's name says it already
    assert key_noun(_infos(fleet()), {"fleet", "log"}) == "vehicle"
    assert key_noun(_infos(fleet()), {"vehicle", "log"}) is None


def test_a_repeating_key_names_no_rows():
    # Given a log where one vehicle has many rows / When asking what its rows are called / Then nothing
    rows = [(1 + i % 3, "Leeds", 100.0 + i, "diesel") for i in range(9)]
    schema = Schema(tables=[profiled_table("fleet_log", FLEET_COLUMNS, rows)])
    assert key_noun(_infos(schema), {"fleet", "log"}) is None


def test_groups_with_more_than_n_of_the_key_noun_count_rows():
    # Given the fleet log / When asking for the depots with more than 3 vehicles
    answer = ask(fleet(), "Which depots have more than 3 vehicles?")
    # Then the depots are kept by their row count, the key neither compared nor listed
    assert answer.status == "ok"
    assert 'GROUP BY "depot" HAVING COUNT(*) > 3' in (answer.sql or "")
    assert "vehicle_id" not in (answer.sql or "")


def test_a_word_not_understood_that_the_rows_have_is_asked_back():
    # Given the fleet log / When the vehicles are qualified by a word no column holds
    answer = ask(fleet(), "Average mileage of vehicles with a towbar")
    # Then the engine asks back instead of averaging every vehicle
    assert answer.status == "clarify"
    # And a qualifier it knows still filters
    known = ask(fleet(), "Average mileage of vehicles with electric fuel")
    assert known.status == "ok" and "\"fuel\" = 'electric'" in (known.sql or "")
