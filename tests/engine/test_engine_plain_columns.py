"""A value held by a column and by a qualified variant of it (grade / predicted_grade): no word of either
said, the value is the plain column's; the qualifier said keeps the variant."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

COLUMNS = [("exam_id", "integer"), ("predicted_grade", "text"), ("grade", "text"), ("subject", "text")]
GRADES = ("Merit", "Pass", "Distinction")
ROWS = [(i, GRADES[i % 3], GRADES[(i + 1) % 3], ("Art", "Law")[i % 2]) for i in range(30)]


def exams() -> Schema:
    return Schema(tables=[profiled_table("exams", COLUMNS, ROWS)])


def test_a_value_of_a_column_and_of_its_qualified_variant_is_the_plain_columns():
    # When exams with a Merit are counted, neither column named
    answer = ask(exams(), "How many Merit exams in Law?")
    # Then the grade itself, not the predicted one, is filtered
    assert answer.status == "ok", answer.message
    assert "\"grade\" = 'Merit'" in (answer.sql or "") and "predicted_grade" not in (answer.sql or "")


def test_the_qualifier_said_keeps_the_variant():
    # When the prediction is said
    answer = ask(exams(), "How many exams with a predicted grade of Merit?")
    # Then the predicted grade is the one filtered
    assert "\"predicted_grade\" = 'Merit'" in (answer.sql or "")


def test_people_after_a_stored_value_are_the_rows_people():
    # Given a town table whose population (人口) is also glossed "people", beside the visits with a group
    from shared.ask.engines.rules.reading import read
    from shared.semantic.vocabulary.linking import index_for

    visits = profiled_table(
        "visits",
        [("visit_id", "integer"), ("group", "text")],
        [(i, ("Latino", "Asian")[i % 2]) for i in range(20)],
    )
    towns = profiled_table(
        "城镇", [("城镇名称", "text"), ("人口", "integer")], [("Ashby", 5000), ("Brook", 9000)]
    )
    index = index_for(Schema(tables=[visits, towns]))
    # When "Latino people" is read
    items = read("How many Latino people visited?", index).items
    people = next(it for it in items if it.text == "people")
    # Then "people" names no column (the population): they are the visits' people of that group
    assert not [lk for lk in people.links if lk.kind == "column"]
