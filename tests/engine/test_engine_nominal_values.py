"""A value said by its -ity noun (validity for 'Valid', positivity for a value named positive) before a rate
word asks the share of rows holding it (vocabulary/nominals.py). A schema of its own: parking permits."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.nominals import ity_form
from tests.engine.schemas import ask, profiled_table

CHECKS = ["Valid", "Expired", "Forged"]


def _permits() -> Schema:
    columns = [("permit_id", "integer"), ("check_result", "text"), ("zone", "text")]
    rows = [(i, CHECKS[i % 3], ["A", "B"][i % 2]) for i in range(1, 121)]
    return Schema(tables=[profiled_table("permits", columns, rows)])


def test_the_ity_noun_of_an_adjective():
    assert ity_form("positive") == "positivity" and ity_form("available") == "availability"
    assert ity_form("valid") == "validity" and ity_form("green") is None


def test_the_ity_noun_of_a_value_before_a_rate_is_its_share():
    # Given a stored 'Valid' / When the validity rate is asked / Then it is the share of 'Valid' rows
    answer = ask(_permits(), "What is the validity rate?")
    assert answer.status == "ok", answer.message
    assert "'Valid'" in (answer.sql or "") and "AVG(CASE" in (answer.sql or "")
