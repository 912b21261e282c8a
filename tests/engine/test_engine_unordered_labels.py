"""A comparator after a label that is no step of a scale (ESCALATED, CLOSED) is not "this value and the
ones after it": labels have no order, and "at least" there says how often (at least 2 times)."""

from __future__ import annotations

from shared.ask.engines.rules.parse_filters import _a_scale
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

TICKETS = [
    (1, "Mara", "ESCALATED"),
    (2, "Mara", "ESCALATED"),
    (3, "Olu", "CLOSED"),
    (4, "Olu", "ESCALATED"),
    (5, "Pia", "OPEN"),
    (6, "Pia", "REOPENED"),
]


def test_at_least_after_a_label_does_not_take_the_labels_sorted_after_it() -> None:
    # Given tickets whose status labels sort ESCALATED < OPEN < REOPENED by their letters only
    schema = Schema(
        tables=[
            profiled_table(
                "tickets", [("ticket_id", "integer"), ("agent", "text"), ("status", "text")], TICKETS
            )
        ]
    )
    # When the agents with one status "at least once" are counted
    a = ask(schema, "How many agents had status ESCALATED at least once?")
    # Then OPEN and REOPENED are never read as "ESCALATED or above"
    assert "'OPEN'" not in (a.sql or "") and "'REOPENED'" not in (a.sql or ""), a.sql


def test_steps_of_a_scale_are_told_from_labels() -> None:
    # Given values with a number or one letter each, and plain labels
    # Then only the first two are a scale
    assert _a_scale(["P3", "P5", "P7"]) and _a_scale(["A", "B", "C"])
    assert not _a_scale(["CLOSED", "ESCALATED", "OPEN"])
