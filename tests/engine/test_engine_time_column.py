"""A period goes to the time column the question or the table names; a time column guessed among several
(a member's join date beside a birth year) is a guess the answer must not hide."""

from __future__ import annotations

from datetime import date, timedelta

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

START = date(2014, 1, 1)


def _members(*extra: tuple[str, str]) -> Schema:
    columns = [("member_name", "text"), ("joined_on", "date"), ("fee", "float"), *extra]
    rows = [
        (
            f"m{i}",
            (START + timedelta(days=9 * i)).isoformat(),
            float(i % 13),
            *([1970 + i % 30] if extra else []),
        )
        for i in range(300)
    ]
    return Schema(tables=[profiled_table("members", columns, rows)])


def test_a_year_on_the_only_time_column_is_answered():
    # Given a table whose one time column is a date no word names
    schema = _members()
    # When a year is asked
    answer = ask(schema, "How many members in 2016?")
    # Then the year bounds that date
    assert answer.status == "ok", answer.message
    assert "joined_on" in (answer.sql or "") and "2016-01-01" in (answer.sql or "")


def test_a_year_on_a_date_guessed_beside_a_year_column_is_doubted():
    # Given a date column no word names beside a birth year column
    schema = _members(("birth_year", "integer"))
    # When a bare year is asked
    guessed = ask(schema, "How many members in 2016?")
    sure = ask(_members(), "How many members in 2016?")
    # Then the guess is evidence against the reading, as strong as a misreading (0.4): 2016 may be the
    # year they joined or the year they were born, so the engine asks back instead of picking one
    assert sure.status == "ok", sure.message
    assert guessed.status == "clarify", guessed.sql
    assert guessed.confidence <= sure.confidence - 0.3 + 1e-9


def test_a_year_next_to_the_named_time_column_is_answered():
    # Given the same table / When the question names the date column by its words
    answer = ask(_members(("birth_year", "integer")), "How many members joined in 2016?")
    # Then the named column takes the year
    assert answer.status == "ok", answer.message
    assert "joined_on" in (answer.sql or "")
