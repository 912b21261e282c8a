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
