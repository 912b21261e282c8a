"""A question opening on a plural pronoun (their / 他们) is about the previous answer's rows: it keeps that
answer's conditions, and without a previous answer it cannot say whose rows it means."""

from __future__ import annotations

from shared.ask.engines.rules.followup import refers_back
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

PILOT_COLUMNS = [("飞行小时", "float"), ("年龄", "integer"), ("机队", "text"), ("基地", "text")]
PILOT_ROWS = [
    (1200.0, 41, "wide", "east"),
    (800.0, 33, "narrow", "east"),
    (1500.0, 52, "wide", "west"),
    (600.0, 29, "narrow", "west"),
    (950.0, 38, "narrow", "east"),
]


def pilots() -> Schema:
    return Schema(tables=[profiled_table("pilots", PILOT_COLUMNS, PILOT_ROWS)])


def test_a_leading_plural_pronoun_refers_back():
    # Given questions opening on their / 他们, and one whose pronoun follows its own noun
    # Then only the first two refer back
    assert refers_back("What is their average age?") and refers_back("他们的平均年龄是多少")
    assert not refers_back("List the bases and their pilots")


def test_their_keeps_the_previous_conditions():
    # Given a count of the pilots of one base / When asked for their average age
    first = ask(pilots(), "How many pilots are based in the east?")
    then = ask(pilots(), "What is their average age?", state=first.state)
    # Then the base condition stays and the new measure replaces the count
    assert first.status == "ok" and then.status == "ok"
    assert 'AVG("年龄")' in then.sql and "'east'" in then.sql


def test_their_without_a_previous_answer_is_not_answered_for_every_row():
    # Given no previous answer / When asked for their average age
    ans = ask(pilots(), "他们的平均年龄是多少")
    # Then the engine does not answer for all pilots as if sure
    assert ans.status != "ok" or ans.confidence < 0.7
