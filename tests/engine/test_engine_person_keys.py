"""A key header X编号 whose X is a word the dictionary lacks, ending on a person suffix (参观者 is listed,
入园者 is not: 者 "person involved in ..."), numbers people repeated over the rows: "people" / "person"
name it, so "how many different people" counts its distinct values (vocabulary/personkeys.py); a word
left unread beside those people is asked back (vaccinated, more than once)."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from shared.semantic.vocabulary.personkeys import person_key_aliases
from tests.engine.schemas import ask, profiled_table


def visits() -> Table:
    """A theme park's gate scans: one row per entry, the visitor's number repeating over their visits."""
    rows = [(i, 100 + i % 7, ("东门", "西门")[i % 2], 20 + i % 30) for i in range(1, 31)]
    return profiled_table(
        "park_entries",
        [("入园编号", "integer"), ("入园者编号", "integer"), ("入口", "text"), ("年龄", "integer")],
        rows,
    )


def test_an_unlisted_person_word_s_key_is_named_by_person():
    # Given 入园者编号 (入园者 unlisted, 者 a person suffix) / Then person and people name it
    assert set(person_key_aliases("入园者编号")) == {"person", "people"}
    # And a listed word's key (患者 patient) or a key of no person (入园编号) is not
    assert person_key_aliases("患者编号") == {} and person_key_aliases("入园编号") == {}


def test_different_people_count_the_distinct_person_keys():
    # Given the park / When asked how many different people came
    ans = ask(Schema(tables=[visits()]), "How many different people are there?")
    # Then the visitors' numbers are counted once each
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert 'COUNT(DISTINCT "入园者编号")' in (ans.sql or ""), ans.sql


def test_people_with_an_unread_qualifier_are_asked_back():
    # Given the park / When the people are qualified by a word nothing reads
    ans = ask(Schema(tables=[visits()]), "How many of the people were vaccinated?")
    # Then the answer is not all the people
    assert ans.status != "ok", ans.sql
