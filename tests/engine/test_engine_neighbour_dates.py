"""A period over a table whose own date no word names, while a table it joins keeps dates of its own ("music"
round): the period's column is a guess among the star's dates (asked back); a word naming the date decides.

A schema of its own: gym members (a sign-up date) and their visits (a visit date), joined by a declared key.
"""

from __future__ import annotations

from shared.ask.engines.rules.neighbourtime import neighbour_dated, neighbours, said_like, star_date_guessed
from shared.semantic.schema import ForeignKey, Schema
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, profiled_table

MEMBERS = [(i, f"Member {i}", f"2024-0{1 + i % 6}-1{i % 9}") for i in range(1, 25)]
VISITS = [(1 + i % 24, f"2024-0{1 + i % 8}-0{1 + i % 9}", 30 + i) for i in range(80)]


def _schema(star: bool = True) -> Schema:
    members = profiled_table(
        "members", [("member_id", "integer"), ("member", "text"), ("signed_up", "date")], MEMBERS
    )
    visits = profiled_table(
        "visits", [("member_id", "integer"), ("visit_day", "date"), ("minutes", "integer")], VISITS
    )
    members.primary_key = ["member_id"]
    if star:
        visits.foreign_keys = [ForeignKey(["member_id"], "members", ["member_id"])]
    return Schema(tables=[members, visits])


def test_the_tables_a_key_joins_either_way():
    # Given visits referencing members / Then each is the other's neighbour
    schema = _schema()
    assert neighbours(schema, "members") == {"visits"} and neighbours(schema, "visits") == {"members"}
    assert neighbour_dated(schema, "members", index_for(schema))
    # And with no declared key, none
    assert neighbours(_schema(star=False), "members") == set()


def test_a_period_on_an_unnamed_date_beside_a_dated_neighbour_is_asked_back():
    # When members are counted in a month, no word naming the sign-up date
    answer = ask(_schema(), "How many members in March 2024?")
    # Then it is asked back: their sign-up month, or the month they visited
    assert answer.status != "ok"


def test_a_period_on_a_named_date_is_answered():
    # When the sign-up date is named / Then the period filters it
    answer = ask(_schema(), "How many members signed up in March 2024?")
    assert answer.status == "ok" and "signed_up" in (answer.sql or "")


def test_a_word_like_the_date_names_it():
    # Given a word sharing its start with the date's name (signing ~ signed_up is too short; signup ~ signed)
    schema = _schema()
    index = index_for(schema)
    signed = index.tables["members"].columns["signed_up"]
    # Then "signed" names it, a word of another stem does not
    assert said_like("How many members signed in March?", signed)
    assert not said_like("How many members in March?", signed)
    assert not star_date_guessed("How many members signed in March?", schema, "members", index, signed)


def test_a_chinese_word_glossed_like_the_date_names_it():
    # Given a date named registered_on / When 注册 ("to register") is said / Then it names the date
    table = profiled_table("clubs", [("club", "text"), ("registered_on", "date")], [("A", "2024-01-02")])
    column = index_for(Schema(tables=[table])).tables["clubs"].columns["registered_on"]
    assert said_like("2024年3月注册的俱乐部有几个", column)
    assert not said_like("2024年3月的俱乐部有几个", column)
