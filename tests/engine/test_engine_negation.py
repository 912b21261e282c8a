"""A negation the reading leaves out answers the opposite question: it is strong evidence against it."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

KINDS = ("Adelie", "Gentoo", "Chinstrap")
BIRDS = Schema(
    tables=[
        profiled_table(
            "birds",
            [("kind", "text"), ("mass", "float")],
            [(KINDS[i % 3], float(3000 + i)) for i in range(90)],
        )
    ]
)


def test_a_negation_read_is_answered():
    # Given a stored value / When the question negates it in the form it is stored
    answer = ask(BIRDS, "How many birds are not Adelie?")
    # Then the filter excludes it
    assert answer.status == "ok" and "<> 'Adelie'" in (answer.sql or ""), answer.sql


def test_a_negation_left_out_is_asked_back():
    # Given the same table / When the negated word is not read as the value (a plural the data lacks)
    answer = ask(BIRDS, "How many birds are not Adelies?")
    # Then the reading without the negation (every bird) is not answered as if sure
    assert answer.status == "clarify" or "<>" in (answer.sql or ""), answer.sql
