"""A word not understood that is another derivation of a stored value's verb (a "translator" where the role
column holds 'translation') resembles that value: the answer over every row would be confidently wrong."""

from __future__ import annotations

from shared.ask.engines.rules.unknown_values import resembles
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

STAFF_COLUMNS = [("日薪_元", "float"), ("角色", "text"), ("语种", "text")]
STAFF_ROWS = [
    (800.0, "translation", "french"),
    (650.0, "editing", "french"),
    (900.0, "translation", "german"),
    (700.0, "proofreading", "german"),
    (750.0, "editing", "german"),
]


def agency() -> Schema:
    return Schema(tables=[profiled_table("agency_staff", STAFF_COLUMNS, STAFF_ROWS)])


def test_two_derivations_of_one_verb_resemble():
    # Given values and words derived from one verb / Then they resemble; short or unrelated stems do not
    assert resembles("translator", "translation") and resembles("proofreader", "proofreading")
    assert not resembles("internet", "international") and not resembles("worker", "working")


def test_a_sibling_of_a_value_is_not_answered_over_every_row():
    # Given a role column holding 'translation' / When asked about French translators
    ans = ask(agency(), "List the daily pay of French translators")
    # Then the engine does not list every French row as if sure
    assert ans.status != "ok"
