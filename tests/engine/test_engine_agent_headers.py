"""A header V方 (+ 类别) the dictionary lacks is named by the verb's agent noun (付费方 "payer"),
vocabulary/agentheaders.py: a parking garage's stays by who pays."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from shared.semantic.vocabulary.agentheaders import agent_header_aliases
from tests.engine.schemas import ask, profiled_table


def stays() -> Table:
    """A garage's stays: one row per stay, the kind of party who paid, the hours parked."""
    payers = ("个人", "公司", "酒店")
    rows = [(i, payers[i % 3] if i % 4 else "个人", 1 + i % 9) for i in range(1, 31)]
    return profiled_table(
        "garage_stays", [("停车编号", "integer"), ("付费方类别", "text"), ("时长", "integer")], rows
    )


def test_a_verb_s_party_header_is_named_by_the_agent_noun():
    # Given 付费方类别 (付费 "to pay", 付费方 unlisted) / Then "payer" names it; 买方 (listed) is left alone
    assert agent_header_aliases("付费方类别") == {"payer": 0.8} and agent_header_aliases("买方") == {}


def test_stays_grouped_by_payer():
    # Given the garage / When asked which payer had the most stays
    ans = ask(Schema(tables=[stays()]), "Which payer had the most stays?")
    # Then the stays are grouped by the payer's category and ranked
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert 'GROUP BY "付费方类别"' in (ans.sql or ""), ans.sql
