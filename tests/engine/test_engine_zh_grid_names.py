"""Chinese questions over an English-headed grid whose category holds codes ("zhgrid" round): a state code
named by its Chinese name (纽约 -> 'NY', codenames.py), a headcount column's people counted (访客人数,
多少名访客 -> SUM), which of two has more (A和B哪个更多), the same period of another year in a follow-up
(2020年同期呢), and a qualifier left unread before 的 asked back (gridcells / parse.py).

A schema of its own: visitors by US state code x trip purpose x quarter (other words than any set's).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from shared.semantic.schema import Schema
from shared.semantic.vocabulary import codenames
from tests.engine.schemas import ask, profiled_table

STATES = ["CA", "NC", "NY", "TX"]
PURPOSES = ["Business", "Holiday"]


def _quarters() -> list[str]:
    return [date(y, m, 1).isoformat() for y in range(2019, 2022) for m in (3, 6, 9, 12)]


def _rows() -> list[tuple]:
    return [
        (s, p, d, 1000 * (k + 1) + 100 * j + i)
        for i, d in enumerate(_quarters())
        for k, s in enumerate(STATES)
        for j, p in enumerate(PURPOSES)
    ]


def _visits() -> Schema:
    columns = [("state", "text"), ("purpose", "text"), ("quarter", "date"), ("visitors", "integer")]
    return Schema(tables=[profiled_table("visits", columns, _rows())])


def _run(sql: str | None) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE visits (state TEXT, purpose TEXT, quarter TEXT, visitors INTEGER)")
    conn.executemany("INSERT INTO visits VALUES (?, ?, ?, ?)", _rows())
    return conn.execute(sql or "").fetchall()


def test_a_code_is_spelt_by_its_names_initials_first_letters_or_letters_in_order():
    # Given codes and names / When the spelling is weighed / Then initials and first letters beat letters
    assert codenames.spelling_tier("NY", ["New", "York"]) == 1
    assert codenames.spelling_tier("VIC", ["Vicenza"]) == 1
    assert codenames.spelling_tier("VCZ", ["Vicenza"]) == 2
    assert codenames.spelling_tier("TX", ["Texas"]) == 0  # two letters of one word: too few
    assert codenames.spelling_tier("NY", ["Nevada"]) == 0
    assert codenames.spelling_tier("FL", ["Florida", "Keys"]) == 0


def test_a_state_code_is_named_by_its_chinese_name():
    # Given state codes (NY, TX, ...) and no Chinese or English names stored
    # When a Chinese question names states by their Chinese names
    one = ask(_visits(), "2020年12月纽约州有多少名访客")
    two = ask(_visits(), "2021年3月纽约州和北卡罗来纳州的访客人数")
    # Then the codes those names abbreviate are the filters
    assert one.status == "ok", one.message
    assert "\"state\" = 'NY'" in (one.sql or "")
    assert two.status == "ok", two.message
    assert "'NY'" in (two.sql or "") and "'NC'" in (two.sql or "")


def test_a_common_noun_names_no_code():
    # Given the same codes / When a word whose senses are no proper name is asked (访客 "visitor")
    # Then it links no code
    assert codenames.code_links("访客", _index()) == []


def test_a_day_names_no_code():
    # Given a code column holding 'SAT' / When 周六 ("Saturday") is asked / Then no code is read from it
    assert codenames.sense_names("周六") == ([], [])


def _index():
    from shared.semantic.vocabulary.linking import index_for

    return index_for(_visits())


def test_the_people_of_a_headcount_column_are_its_sum():
    # Given a headcount column (visitors: whole numbers under a plural noun)
    # When its people are counted in Chinese: X人数, 多少名X
    counted = ask(_visits(), "2020年第四季度访客人数")
    how_many = ask(_visits(), "2020年12月有多少名访客")
    grouped = ask(_visits(), "2020年底各州的访客人数")
    # Then the column is summed, with no aggregation left to guess
    for answer in (counted, how_many, grouped):
        assert answer.status == "ok", answer.message
        assert 'SUM("visitors")' in (answer.sql or "") and "COUNT(*)" not in (answer.sql or "")
    assert len(_run(grouped.sql)) == 4


def test_which_of_two_has_more_keeps_one():
    # Given two states named / When which of the two has more is asked (A和B哪个…更多)
    answer = ask(_visits(), "2021年6月纽约州和北卡罗来纳州哪个的访客更多")
    # Then the one with the larger total is kept
    assert answer.status == "ok", answer.message
    assert [r[0] for r in _run(answer.sql)] == ["NY"]


def test_the_same_period_of_another_year_keeps_the_quarter():
    # Given a quarter asked / When a follow-up asks 同期 of another year
    first = ask(_visits(), "2021年第二季度商务访客人数")
    follow = ask(_visits(), "2020年同期呢？", state=first.state)
    # Then the follow-up is that quarter of the other year, not the whole year
    assert follow.status == "ok", follow.message
    assert "'2020-04-01'" in (follow.sql or "") and "'2020-07-01'" in (follow.sql or "")


def test_a_qualifier_left_unread_before_de_is_asked_back():
    # Given an open category (purpose) / When a character no rule reads qualifies the people (还X的)
    answer = ask(_visits(), "2021年3月纽约州还滞的访客有多少人")
    unknown = ask(_visits(), "2021年3月东岸的访客人数")
    # Then the reading is asked back, not answered over every purpose or state
    assert answer.status == "clarify"
    assert unknown.status == "clarify"
