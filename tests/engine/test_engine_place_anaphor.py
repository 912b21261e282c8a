"""A question pointing back at a place ("there", 那里) right after a turn that was asked back: the place
was never read, so it is asked back too (rules/placeanaphor.py). A schema of its own: a depot's parcels."""

from __future__ import annotations

from shared.ask.engines.base import asked_back
from shared.ask.engines.rules.placeanaphor import refers_to_a_place
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

DEPOTS = ["North", "South", "East"]


def _parcels() -> Schema:
    columns = [("parcel_id", "integer"), ("depot", "text"), ("status", "text"), ("weight", "decimal")]
    rows = [
        (i, DEPOTS[i % 3], ["Delivered", "Lost"][i % 2], round(1 + (i * 7) % 20 / 2, 2)) for i in range(1, 91)
    ]
    return Schema(tables=[profiled_table("parcels", columns, rows)])


def test_there_is_a_place_not_the_existential():
    assert refers_to_a_place("what's the average weight there?") and refers_to_a_place("那里的平均重量是多少")
    assert not refers_to_a_place("How many parcels were there?")


def test_a_place_after_a_turn_asked_back_is_asked_back():
    # Given an answered turn, then "and in the Zorblat hub?" asked back
    first = ask(_parcels(), "How many lost parcels in the North depot?")
    assert first.status == "ok", first.message
    state = asked_back(first.state or {}, "and in the Zorblat hub?")
    # When the next question asks of "there" / Then it is asked back, not answered for the older place
    answer = ask(_parcels(), "what's the average weight there?", state=state)
    assert answer.status == "clarify", answer.sql
