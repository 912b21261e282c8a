"""Events tables (one row per event, a per-event headcount column, Chinese headers): counting the events
versus adding up the people of each (rowcounts.py, measures.ADDITIVE_ZH)."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

ACCIDENT_COLUMNS = [("日期", "date"), ("城市", "text"), ("事故类型", "text"), ("伤亡人数", "integer")]
ACCIDENT_ROWS = [
    ("2021-01-03", "Leeds", "Collision", 4),
    ("2021-02-11", "York", "Fire", 12),
    ("2021-03-20", "Leeds", "Flood", 30),
    ("2022-04-02", "Hull", "Collision", 2),
    ("2022-05-17", "York", "Collision", 7),
    ("2022-06-09", "Bath", "Fire", 1),
    ("2022-07-21", "Hull", "Flood", 9),
]
ACCIDENTS = Schema(tables=[profiled_table("accidents", ACCIDENT_COLUMNS, ACCIDENT_ROWS)], dialect="sqlite")


def test_a_headcount_column_adds_up_when_ranked():
    # Given 伤亡人数 (people hurt per accident) / When the cities with the most people hurt are asked /
    # Then each city's people are summed, not averaged
    ans = ask(ACCIDENTS, "伤亡人数最多的3个城市")
    assert ans.status == "ok" and 'SUM("伤亡人数")' in (ans.sql or ""), ans.sql


def test_the_table_noun_and_counts_count_rows_not_a_headcount():
    # Given a headcount column 伤亡人数 that "count" weakly names / When "accident counts by type" is asked /
    # Then the accidents are counted per type
    ans = ask(ACCIDENTS, "Accident counts by type for 2022")
    sql = ans.sql or ""
    assert ans.status == "ok" and "COUNT(*)" in sql and "伤亡人数" not in sql, sql
    assert 'GROUP BY "事故类型"' in sql, sql


def test_the_table_noun_before_a_column_word_names_that_column():
    # Given a type column 事故类型 / When grouped "by accident type" / Then the group is the type column,
    # not the rows' noun with "type" left aside
    ans = ask(ACCIDENTS, "Number of accidents by accident type")
    assert ans.status == "ok" and 'GROUP BY "事故类型"' in (ans.sql or ""), ans.sql


def test_a_follow_up_whose_words_are_not_understood_asks_back():
    # Given a yearly total answered / When the follow-up narrows it by a word linked to nothing (滑坡,
    # landslide, no stored type) / Then the engine asks back instead of repeating the previous answer
    first = ask(ACCIDENTS, "每年的伤亡人数合计")
    assert first.status == "ok", first.sql
    ans = ask(ACCIDENTS, "只看滑坡类的", state=first.state)
    assert ans.status == "clarify", ans.sql


COMPLAINT_COLUMNS = [("投诉日期", "date"), ("投诉类型", "text"), ("城市", "text"), ("受影响户数", "integer")]
COMPLAINT_ROWS = [
    ("2021-01-03", "Noise", "Leeds", 4),
    ("2021-02-11", "Odour", "York", 12),
    ("2022-03-20", "Noise", "Leeds", 30),
    ("2022-04-02", "Dust", "Hull", 2),
    ("2022-05-17", "Noise", "Leeds", 7),
    ("2022-06-09", "Dust", "Bath", 1),
]
COMPLAINTS = Schema(tables=[profiled_table("reports", COMPLAINT_COLUMNS, COMPLAINT_ROWS)], dialect="sqlite")


def test_the_word_opening_several_headers_names_the_rows():
    # Given headers 投诉日期 and 投诉类型 (the complaint's date and type) / When 投诉事件最多的城市 is asked /
    # Then the complaints (rows) are counted per city, not the date column listed
    ans = ask(COMPLAINTS, "投诉事件最多的3个城市")
    sql = ans.sql or ""
    assert ans.status == "ok" and "COUNT(*)" in sql and 'GROUP BY "城市"' in sql, sql


def test_events_counted_with_qi_and_happen():
    # Given an events table / When 2022年发生了多少起投诉事件 is asked (起: the events' classifier; 发生:
    # happened; 事件: the rows) / Then the rows of 2022 are counted
    ans = ask(COMPLAINTS, "2022年发生了多少起投诉事件")
    sql = ans.sql or ""
    assert ans.status == "ok" and "COUNT(*)" in sql and "2022-01-01" in sql, sql


def test_an_unknown_word_holding_part_of_a_column_left_out_asks_back():
    # Given a column 受影响户数 / When 影响了多少户 is asked, 影响 linked to nothing / Then the engine asks
    # back rather than counting the complaints
    ans = ask(COMPLAINTS, "2022年的投诉一共影响了多少户")
    assert ans.status == "clarify" or "受影响户数" in (ans.sql or ""), ans.sql


def test_a_word_not_understood_before_slash_and_the_rows_noun_asks_back():
    # Given an events table / When 每年的雷击/IT事件数量 is asked (雷击, lightning, no stored type) / Then it
    # asks back instead of counting every event per year
    ans = ask(COMPLAINTS, "每年的雷击/IT事件数量")
    assert ans.status == "clarify", ans.sql


def test_only_one_event_not_read_as_a_count_asks_back():
    # Given an events table / When the cities with only one accident are asked (HAVING COUNT(*) = 1, which
    # the engine does not read) / Then it asks back instead of listing every city
    for question in ("Which cities had only one accident?", "只发生过一起事故的城市有哪些"):
        ans = ask(ACCIDENTS, question)
        assert ans.status == "clarify" or "= 1" in (ans.sql or ""), (question, ans.sql)


def test_both_sides_of_a_yes_no_read_as_one_filter_asks_back():
    # Given a yes/no column 涉及保险 / When 涉及和不涉及保险的 … 分别 is asked / Then a reading filtered to
    # one side is not answered as if it were both
    columns = [("城市", "text"), ("涉及保险", "text"), ("损失金额", "integer")]
    rows = [("Leeds", "是", 10), ("York", "否", 20), ("Hull", "是", 5), ("Bath", "否", 8)]
    schema = Schema(tables=[profiled_table("claims", columns, rows)], dialect="sqlite")
    ans = ask(schema, "涉及和不涉及保险的，平均损失金额分别是多少")
    assert ans.status == "clarify" or 'GROUP BY "涉及保险"' in (ans.sql or ""), ans.sql


def test_kind_of_an_unknown_word_is_not_the_type_column():
    # Given a type column 事故类型 / When "what kind of vehicles" is asked with no vehicle column / Then the
    # engine asks back rather than ranking the accident types
    ans = ask(ACCIDENTS, "What kind of vehicles had the most accidents?")
    assert ans.status == "clarify", ans.sql
