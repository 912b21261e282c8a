"""Readings found on a one-table catalogue of graded goods (letter grades, named kinds, a percentage column
beside a length of the same name): ranges, rate nouns naming a column, letter lists, values weighed
against each other, number words, 有X的 qualifiers, combinations and follow-ups after a value asked back."""

from __future__ import annotations

from shared.ask.engines.base import asked_back
from shared.ask.engines.rules.answer_doubts import combination_of_one
from shared.ask.engines.rules.intent import Intent, Measure
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

ROLL_COLUMNS = [
    ("roll_id", "integer"),
    ("weave", "text"),
    ("grade", "text"),
    ("stretch_pct", "float"),
    ("stretch_cm", "float"),
    ("width_cm", "float"),
    ("cost_eur", "integer"),
]
ROLL_ROWS = [
    (1, "Plain", "A", 12.0, 3.1, 140.0, 90),
    (2, "Twill", "B", 25.0, 4.0, 150.0, 120),
    (3, "Satin", "C", 31.0, 5.2, 0.0, 210),
    (4, "Plain", "D", 8.0, 2.0, 145.0, 60),
    (5, "Twill", "E", 22.0, 3.9, 160.0, 150),
    (6, "Satin", "A", 18.0, 3.0, 155.0, 240),
    (7, "Plain", "B", 15.0, 2.8, 150.0, 75),
]


def fabric() -> Schema:
    return Schema(tables=[profiled_table("rolls", ROLL_COLUMNS, ROLL_ROWS)])


def test_the_range_of_an_amount_is_its_lowest_and_highest_value():
    # Given an amount column / When its range is asked for one kind
    ans = ask(fabric(), "What is the cost range of Twill rolls?")
    # Then the lowest and highest cost of that kind, not every row's cost
    assert ans.status == "ok"
    assert 'MIN("cost_eur")' in ans.sql and 'MAX("cost_eur")' in ans.sql and "'Twill'" in ans.sql


def test_a_rate_noun_after_a_word_names_the_column_ending_in_it():
    # Given stretch_pct beside stretch_cm / When "stretch percentage above 20" is counted
    ans = ask(fabric(), "How many rolls have a stretch percentage above 20?")
    # Then the percentage column is compared and the rows counted, no share of rows computed
    assert ans.status == "ok"
    assert '"stretch_pct" > 20' in ans.sql and "COUNT(*)" in ans.sql and "AVG" not in ans.sql


def test_letters_listed_after_a_column_are_all_its_values():
    # Given a grade column of letters / When three are listed with commas and "or"
    ans = ask(fabric(), "How many rolls are of grade A, B or C?")
    # Then all three are kept
    assert ans.status == "ok" and "IN ('A', 'B', 'C')" in ans.sql


def test_values_weighed_against_each_other_come_back_one_row_each():
    # Given two kinds joined by "or" after a comparative / When both counts are asked
    ans = ask(fabric(), "Are there more Plain or Satin rolls? Give both counts")
    # Then one count per kind, not one count pooled over both
    assert ans.status == "ok" and 'GROUP BY "weave"' in ans.sql and "LIMIT" not in ans.sql


def test_values_weighed_without_both_keep_the_one_with_more():
    # Given the same comparison with no "both" / Then the kind with the higher average is the answer
    ans = ask(fabric(), "Is the average cost higher for Plain or Satin rolls?")
    assert ans.status == "ok" and 'GROUP BY "weave"' in ans.sql and "LIMIT 1" in ans.sql


def test_a_bound_with_than_is_no_comparison_of_values():
    # Given "more than" a number after two kinds / Then the count is pooled over both under the bound
    ans = ask(fabric(), "How many Plain or Satin rolls cost more than 80?")
    assert ans.status == "ok" and "GROUP BY" not in ans.sql and '"cost_eur" > 80' in ans.sql


def test_a_number_word_not_understood_is_not_dropped_silently():
    # Given "zero" spelled as a word / When it is not read / Then the engine asks back
    ans = ask(fabric(), "How many rolls have a zero width recorded?")
    assert ans.status != "ok"


def test_a_qualifier_the_rows_have_is_not_dropped_in_chinese():
    # Given 有X的<rows> with X read nowhere / Then the count of every row is not given as sure
    ans = ask(fabric(), "有金属光泽的rolls有多少")
    assert ans.status != "ok"


def test_a_combination_needs_two_groups():
    # Given a combination asked and one group read / Then the answer is doubted; two groups are not
    one = Intent(table="rolls", measures=[Measure("count")], dimensions=["weave"])
    two = Intent(table="rolls", measures=[Measure("count")], dimensions=["weave", "grade"])
    assert combination_of_one("最常见的颜色加尺码组合", one, None)
    assert combination_of_one("the commonest combinations of weave and grade", one, None)
    assert not combination_of_one("the commonest combinations of weave and grade", two, None)
    assert not combination_of_one("the commonest weaves", one, None)
    listed = Intent(table="rolls", columns=["weave", "grade"], distinct=True)
    assert not combination_of_one("the distinct weave and grade combinations", listed, None)


def test_an_edit_after_another_value_was_asked_back_asks_back():
    # Given a count for Plain, then "and what about <unknown>?" asked back
    first = ask(fabric(), "How many Plain rolls are there?")
    assert first.status == "ok"
    second = ask(fabric(), "What about the glossy ones?", first.state)
    assert second.status != "ok"
    state = asked_back(first.state, "What about the glossy ones?")
    # When "of those" narrows the rows / Then the older turn's Plain rows are not the ones narrowed
    third = ask(fabric(), "Of those, how many cost more than 100?", state)
    assert third.status != "ok"
