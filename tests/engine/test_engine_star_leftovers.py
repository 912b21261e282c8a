"""Readings over a snowflake that leave out something said (leftovers.py, joins_doubts.py): the noun a
top-N counts, a code listed for the thing it points to, "per" before a word not understood, an average
asked and rows counted. Schema of its own: bike rentals by shop and year, shops in zones."""

from __future__ import annotations

from tests.engine.rental_star import rental_db, rental_schema
from tests.engine.schemas import ask


def test_a_top_n_of_a_noun_no_clause_read_is_asked_back() -> None:
    # Given rentals whose shops sit in zones, a zone code on the shops
    # When the top N counts a noun (片区) that only names another table's column
    answer = ask(rental_schema(), "2020年bikes rented最多的两个片区")
    # Then the rows ranked are not the zones: asked back, never an answer ranking rentals
    assert answer.status == "clarify", answer.sql


def test_a_code_named_in_part_answers_with_the_thing_it_points_to() -> None:
    # Given shops holding the code of their zone (片区编号, a declared key to zones)
    # When the question asks which zone, naming the code only in part (片区: the key's noun names zones)
    answer = ask(rental_schema(), "Anchor属于哪个片区")
    # Then the answer is the zone the code points to, never the bare code
    assert answer.status == "ok", answer.message
    assert rental_db().execute(answer.sql or "").fetchall() == [("Harbour",)]


def test_the_code_asked_by_its_whole_name_is_answered() -> None:
    # Given the same shops
    # When the code is asked by its whole name
    answer = ask(rental_schema(), "Anchor的片区编号是多少")
    # Then the code is the answer
    assert answer.status == "ok"
    assert answer.sql is not None and "片区编号" in answer.sql


def test_per_a_word_not_understood_is_asked_back() -> None:
    # Given rentals with riders and no visitors
    # When a ratio is asked per a word nothing names
    answer = ask(rental_schema(), "Which shop had the highest riders per visitor in 2020?")
    # Then the plain riders figure is no answer: asked back
    assert answer.status == "clarify", answer.sql


def test_an_average_asked_and_rows_counted_is_asked_back() -> None:
    # Given zones two hops from the rentals
    # When an average of an amount is asked per zone and the join can only count rows
    answer = ask(rental_schema(), "Which zone had the highest average rental fee in 2020?")
    # Then a count of rentals is not that average
    assert answer.status != "ok" or (answer.sql is not None and "AVG(" in answer.sql), answer.sql


def test_a_modifier_read_as_an_amount_before_another_amounts_head_is_asked_back() -> None:
    # Given rentals with bikes rented and an average fee, each named only in part by one word
    # When the averaged noun is "bike fee": the modifier names one amount, the head another
    answer = ask(rental_schema(), "Average bike fee by year")
    # Then which amount is meant is not guessed
    assert answer.status == "clarify", answer.sql
