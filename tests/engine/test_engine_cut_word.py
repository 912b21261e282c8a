"""A word no dictionary holds (月费, monthly fee) read by its first character alone, which names a column
by a piece of its name (月 ~ membership_months), while the character after it, a word of its own (费,
fee), is left unread (wordbreaks.split_off_a_word): the reading measured the wrong column, so it asks. A
schema of its own: a club's members and their dues."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table


def _members() -> Schema:
    columns = [("member_id", "integer"), ("membership_months", "integer"), ("yearly_dues", "decimal")]
    rows = [(i, 3 + (i * 7) % 40, 120.0 + (i * 13) % 90) for i in range(1, 41)]
    return Schema(tables=[profiled_table("members", columns, rows)])


def test_a_character_cut_from_an_unknown_word_is_no_reading():
    # Given 月 names membership_months only by a piece of its name / When 平均月费 (monthly fee) is asked
    answer = ask(_members(), "会员的平均月费是多少")
    # Then the average months is not answered as if it were the fee
    assert answer.status != "ok", answer.sql


def test_a_character_before_a_dictionary_word_is_not_cut():
    # Given the same members / When the months are asked by their own word (会员月数) with a word after it
    answer = ask(_members(), "会员的平均月数是多少")
    # Then nothing is cut: the months are averaged
    assert answer.status == "ok", answer.message
    assert "membership_months" in (answer.sql or "")
