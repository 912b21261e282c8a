"""A short answer word (No, Yes) that several yes/no text columns hold: with none of them named beside it,
which column the reading filters is a guess (parse_filters._pick_value_column), so it asks back; the column
named beside it still decides. A schema of its own: a gym's members and the extras they booked."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table


def _members() -> Schema:
    columns = [
        ("member_id", "integer"),
        ("sauna", "text"),
        ("pool", "text"),
        ("locker", "text"),
        ("fee", "decimal"),
    ]
    states = ("Yes", "No", "Not offered")  # three states: dimensions, not flags
    rows = [(i, states[i % 3], states[(i // 2) % 3], states[(i // 3) % 3], 20.0 + i) for i in range(1, 41)]
    return Schema(tables=[profiled_table("members", columns, rows)])


def test_no_held_by_several_columns_and_no_column_named_asks():
    # Given three Yes / No / Not offered columns / When "no" qualifies a word that names none of them
    answer = ask(_members(), "List the members who have no fee yet")
    # Then the reading does not pick one of the three silently
    assert answer.status != "ok", answer.sql


def test_the_column_named_beside_the_value_decides():
    # Given the same columns / When the column is named next to "no"
    answer = ask(_members(), "How many members have no sauna?")
    # Then that column is filtered, and answered
    assert answer.status == "ok", answer.message
    assert "\"sauna\" = 'No'" in (answer.sql or "")
