"""A follow-up right after a question that was asked back: the state still holds an older, answered turn,
and editing it would answer a question the user has moved past."""

from __future__ import annotations

import pytest

from shared.ask.engines.base import asked_back
from tests.engine.metamorphic_data import schema
from tests.engine.schemas import ask

ZH = schema("销售")
EN = schema("sales_orders")


@pytest.mark.parametrize(
    ("s", "first", "unclear", "then"),
    [
        (ZH, "各省份的销售额", "各省份的咕噜指数", "去掉广东"),
        (EN, "sales by region", "flurbo index by region", "excluding East"),
    ],
)
def test_a_follow_up_after_an_asked_back_turn_is_asked_back(s, first, unclear, then):
    # Given an answered turn, then a turn the engine asked back
    answered = ask(s, first)
    assert answered.status == "ok"
    assert ask(s, unclear, state=answered.state).status == "clarify"
    # When the next turn only makes sense as an edit of a previous question
    edited = ask(s, then, state=answered.state)
    assert edited.status == "ok"  # (edits the answered turn when nothing was asked back in between)
    after = ask(s, then, state=asked_back(answered.state or {}, unclear))
    # Then it is asked back too, naming why, rather than editing the older question
    assert after.status == "clarify" and after.sql is None
    assert ("上一个问题" in (after.message or "")) or ("asked back" in (after.message or ""))


@pytest.mark.parametrize(
    ("s", "first", "whole"),
    [(ZH, "各省份的销售额", "各省份的销售额"), (EN, "sales by region", "sales by state")],
)
def test_a_whole_question_after_an_asked_back_turn_is_answered(s, first, whole):
    # Given an answered turn and then an asked-back one
    state = asked_back(ask(s, first).state or {}, "flurbo index")
    # When the user asks a question that stands alone / Then it is answered as read alone
    after = ask(s, whole, state=state)
    alone = ask(s, whole)
    assert after.status == "ok" and after.sql == alone.sql


@pytest.mark.parametrize(
    ("s", "first", "unclear", "then"),
    [
        (ZH, "各省份的销售额", "只看咕噜的", "去掉广东"),
        (EN, "sales by region", "only the flurbo ones", "excluding East"),
    ],
)
def test_a_follow_up_after_an_asked_back_follow_up_still_edits_the_older_turn(s, first, unclear, then):
    # Given an answered turn, then a follow-up to it that was asked back (an edit not understood)
    answered = ask(s, first)
    # When the next turn edits "the question" again / Then the older turn is still the one edited
    after = ask(s, then, state=asked_back(answered.state or {}, unclear))
    assert after.status == "ok" and after.sql == ask(s, then, state=answered.state).sql


@pytest.mark.parametrize(
    ("s", "first", "unclear", "then"),
    [
        (ZH, "各省份的销售额", "只看咕噜的", "2023年呢"),
        (EN, "sales by region", "only the flurbo ones", "what about 2023?"),
    ],
)
def test_the_same_question_asked_again_after_an_asked_back_follow_up_is_asked_back(s, first, unclear, then):
    # Given an answered turn, then a follow-up to it that was asked back
    answered = ask(s, first)
    assert ask(s, then, state=answered.state).status == "ok"  # (answered right after the first turn)
    # When the next turn asks "the same" again of another period (X呢 / what about X)
    after = ask(s, then, state=asked_back(answered.state or {}, unclear))
    # Then "the same" is the turn asked back, whose reading is not known: it is asked back too
    assert after.status == "clarify" and after.sql is None


@pytest.mark.parametrize("then", ["只要前三", "只要前三名", "前五呢"])
def test_a_chinese_numeral_after_qian_closing_the_clause_is_a_top_n(then):
    # Given sales by province answered
    answered = ask(ZH, "各省份的销售额")
    # When the follow-up keeps the first N, the numeral written in Chinese with no classifier after it
    after = ask(ZH, then, state=answered.state)
    # Then the provinces are ranked by the measure and the first N kept
    assert after.status == "ok", after.message
    n = 5 if "五" in then else 3
    assert f"LIMIT {n}" in (after.sql or "") and "DESC" in (after.sql or ""), after.sql


@pytest.mark.parametrize(
    ("s", "first", "unclear", "then"),
    [
        (ZH, "各省份的销售额", "只看广东咕噜的", "浙江呢"),
        (EN, "sales by region", "only CA flurbo ones", "what about NY?"),
    ],
)
def test_a_value_of_the_same_column_replaces_the_edit_asked_back(s, first, unclear, then):
    # Given an answered turn, then a follow-up naming a value that was asked back for another word
    answered = ask(s, first)
    # When the next turn asks the same of another value of that column
    after = ask(s, then, state=asked_back(answered.state or {}, unclear))
    # Then it replaces the edit asked back: the older turn is edited with the new value
    assert after.status == "ok" and after.sql == ask(s, then, state=answered.state).sql
