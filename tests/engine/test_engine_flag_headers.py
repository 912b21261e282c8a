"""Chinese headers of yes/no columns (是否X, X否) and of two-word compounds, asked in both languages
(vocabulary/flagheaders.py)."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.flagheaders import compound_english, flag_core, flag_state_words
from tests.engine.schemas import ask, profiled_table

TENANT_COLUMNS = [
    ("月租_元", "float"),
    ("楼层", "integer"),
    ("婚否", "text"),
    ("是否乐队成员", "text"),
    ("城区", "text"),
]
TENANT_ROWS = [
    (3200.0, 3, "是", "否", "east"),
    (2800.0, 7, "否", "是", "west"),
    (4100.0, 12, "是", "是", "east"),
    (2500.0, 2, "否", "否", "west"),
    (3600.0, 9, "是", "否", "west"),
    (3000.0, 5, "否", "是", "east"),
]


def tenants() -> Schema:
    return Schema(tables=[profiled_table("tenants", TENANT_COLUMNS, TENANT_ROWS)])


def test_the_flag_of_a_header_ending_in_or_not():
    # Given headers 婚否 and 是否乐队成员 / When their flag is asked for
    # Then the flag is what stands before 否 or after 是否
    assert flag_core("婚否") == "婚" and flag_core("是否乐队成员") == "乐队成员"
    assert flag_core("楼层") == "楼层"


def test_done_and_not_done_forms_say_the_two_states():
    # Given a one-character flag / When its done and not-done forms are both dictionary words
    states = flag_state_words("婚否")
    # Then the done form turns the flag on and the not-done form off, in both languages
    assert states["已 婚"] is True and states["未 婚"] is False
    assert states.get("married") is True and states.get("unmarried") is False


def test_grammar_forms_are_no_flag_states():
    # Given 经否, whose 已经 / 未经 are grammar (already, without) / When reading its states
    # Then none is read
    assert flag_state_words("经否") == {}


def test_a_two_word_header_is_named_by_its_glosses_joined():
    # Given 乐队成员, which the dictionary holds only as two words / When naming it in English
    names = compound_english("乐队成员")
    # Then its halves' glosses joined name it
    assert "band member" in names


def test_english_and_chinese_flag_states_filter():
    # Given tenants with a 婚否 flag / When asking about the unmarried in Chinese and the married in English
    zh = ask(tenants(), "未婚租户的平均月租")
    en = ask(tenants(), "average rent of married tenants")
    # Then each reads the flag in its state
    assert zh.status == "ok" and "\"婚否\" = '否'" in zh.sql
    assert "\"婚否\" = '是'" in (en.sql or "") or en.status != "ok"


def test_an_english_compound_names_a_chinese_flag():
    # Given 是否乐队成员 / When asking how many band members there are
    ans = ask(tenants(), "How many band members are there?")
    # Then the flag filters the rows
    assert ans.status == "ok" and "\"是否乐队成员\" = '是'" in ans.sql
