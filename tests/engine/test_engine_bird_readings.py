"""Readings found on a blind set of incident reports (bird_strikes round), on schemas of their own: car
crashes (a column named by the table's words in another form, a column with missing values, a road kind
'Taxi') and wildlife sightings (a kind's own value beside its sub-kinds).

- a translation both the table and a column in another form of its words reach is the table's: counted
  as rows (linking._inflected_table_name);
- a single character translates a stored value only by its first gloss (的 is "of", not 'Taxi');
- a value in brackets pins the word before it; a word naming a kind's own value and its sub-kinds alike
  is the kind's own value (parse_base._pinned_by_parentheses, parse_filters._the_kinds_own_value);
- a follow-up naming nothing of the data keeps the previous question's filters (followup.names_nothing);
- rows said to have a value of a column with missing values, a phrase opening the question not
  understood, a word not understood listed with a value: asked back.
"""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

COUNTIES = ("Kent", "Essex", "Surrey")
ROADS = ("Taxi", "Bus", "Motorway", "Lane")


def _crashes() -> Schema:
    rows = [
        (
            f"202{i % 4}-0{1 + i % 9}-1{i % 9}",
            COUNTIES[i % 3],
            ("1", "2", "3+")[i % 3 if i % 5 else 0],
            ROADS[i % 4],
            (None, "Minor", "Major")[i % 3],
            20 + i % 50,
        )
        for i in range(90)
    ]
    columns = [
        ("crash_date", "date"),
        ("county", "text"),
        ("cars_crashed", "text"),
        ("road", "text"),
        ("damage", "text"),
        ("speed_mph", "integer"),
    ]
    table = profiled_table("car_crashes", columns, rows)
    for col in table.columns:
        if col.name == "damage" and col.profile is not None:
            col.profile.null_share = 0.33
    return Schema(tables=[table])


def _sightings() -> Schema:
    kinds = ("EAGLES", "BALD EAGLE", "GOLDEN EAGLE", "OWLS", "BARN OWL", "HERON")
    rows = [
        (f"202{i % 4}-0{1 + i % 9}-0{1 + i % 8}", kinds[i % 6], ("North", "South")[i % 2]) for i in range(120)
    ]
    return Schema(
        tables=[
            profiled_table("sightings", [("seen_on", "date"), ("species", "text"), ("site", "text")], rows)
        ]
    )


def test_the_tables_noun_in_chinese_counts_rows_not_a_column_in_another_form():
    # Given car_crashes with a column cars_crashed (the same words in another form)
    for question in ("一共有多少起车祸", "每年的车祸次数"):
        ans = ask(_crashes(), question)
        # Then 车祸 "car crash" is the table's noun: rows are counted
        assert ans.status == "ok" and "COUNT(*)" in (ans.sql or ""), (question, ans.sql)
        assert "DISTINCT" not in (ans.sql or ""), (question, ans.sql)


def test_a_grammar_character_is_no_stored_value():
    # Given a road kind 'Taxi' (的 is also "taxi" in the dictionary, after "of")
    ans = ask(_crashes(), "每年的平均速度")
    # Then 的 filters nothing
    assert ans.status == "ok" and "Taxi" not in (ans.sql or "") and "WHERE" not in (ans.sql or ""), ans.sql


def test_a_value_in_brackets_pins_the_word_before_it():
    # Given owls and eagles of several kinds / When a Chinese word is followed by the stored value in brackets
    ans = ask(_sightings(), "猫头鹰（OWLS）有多少次记录")
    # Then that value alone is the filter
    assert ans.status == "ok" and "\"species\" = 'OWLS'" in (ans.sql or ""), ans.sql


def test_a_word_for_a_kind_is_the_kinds_own_value_not_its_sub_kinds():
    # Given 'EAGLES' beside 'BALD EAGLE' and 'GOLDEN EAGLE' / When 老鹰 (eagle) is asked
    ans = ask(_sightings(), "每年看到老鹰的次数")
    # Then the eagles are the value 'EAGLES'
    assert ans.status == "ok" and "\"species\" = 'EAGLES'" in (ans.sql or ""), ans.sql


def test_a_follow_up_naming_nothing_keeps_the_previous_filters():
    # Given counts per year for one county
    first = ask(_crashes(), "Number of crashes per year in Essex")
    assert first.status == "ok" and "Essex" in (first.sql or ""), first.sql
    # When the next turn asks only which year had the most
    for question in ("Which year had the most?", "哪一年最多？"):
        ans = ask(_crashes(), question, state=first.state)
        # Then the years of that county are ranked
        sql = ans.sql or ""
        assert ans.status == "ok" and "Essex" in sql and "DESC LIMIT 1" in sql, (question, sql)


def test_rows_said_to_have_a_value_of_a_column_with_missing_values_ask_back():
    # Given damage missing on a third of the crashes / When crashes that had damage are counted by damage
    for question in (
        "For crashes that had damage, how many were there of each damage?",
        "有损坏的车祸有多少起",
    ):
        ans = ask(_crashes(), question)
        # Then the engine asks back (no IS NOT NULL reading: the missing ones would be counted too)
        assert ans.status == "clarify", (question, ans.sql)
    # And without the having clause the breakdown is answered
    assert ask(_crashes(), "How many crashes were there of each damage?").status == "ok"


def test_a_phrase_opening_the_question_not_understood_asks_back():
    # Given no column for race phases / When the question opens on a phrase the engine cannot read
    ans = ask(_crashes(), "冲刺阶段发生的车祸有多少起")
    # Then it asks back instead of counting every crash
    assert ans.status == "clarify", ans.sql


def test_a_word_not_understood_listed_with_a_value_asks_back():
    # Given counties Kent, Essex, Surrey / When an unknown one is compared with Essex
    ans = ask(_crashes(), "Compare crash counts of Cornwall and Essex")
    # Then the engine asks back instead of answering for Essex alone
    assert ans.status == "clarify", ans.sql


def test_a_month_word_written_with_fen_is_the_month_grain():
    # When 每个月分别 (月分 is also "month") is asked
    ans = ask(_crashes(), "2021年每个月分别有多少起车祸")
    # Then the crashes are counted per month
    assert ans.status == "ok" and "'%Y-%m'" in (ans.sql or ""), ans.sql


def test_happened_and_during_are_function_words():
    ans = ask(_crashes(), "How many crashes happened during 2021?")
    assert ans.status == "ok" and ans.confidence >= 0.85 and not ans.unknown_words, ans.sql
