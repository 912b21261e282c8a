"""British spellings read as their American twins (the dictionary, lemminflect and schemas spell American)."""

from __future__ import annotations

from shared.ask.engines.rules.joins_confidence import predicate_unread
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.bilingual import base
from shared.semantic.vocabulary.segment import lemma
from tests.engine.schemas import ask, profiled_table

PAINT_ROWS = [
    ("P1", "red", "gloss", 12.0),
    ("P2", "blue", "matte", 9.5),
    ("P3", "red", "matte", 11.0),
    ("P4", "white", "gloss", 8.0),
]
PAINT_COLUMNS = [("paint_id", "text"), ("color", "text"), ("finish", "text"), ("price", "float")]


def paints() -> Schema:
    return Schema(tables=[profiled_table("paints", PAINT_COLUMNS, PAINT_ROWS)])


def test_lemma_and_base_give_the_american_spelling_of_british_words():
    # Given British spellings, plural or inflected When lemmatised Then the American word comes back
    assert lemma("colours") == "color" and lemma("centres") == "center" and lemma("licence") == "license"
    assert base("organised") == "organize" and base("labour") == "labor"
    # and American words are never rewritten
    assert lemma("colors") == "color" and lemma("license") == "license" and base("program") == "program"


def test_a_british_spelling_of_a_column_word_links_to_the_american_column():
    # Given a paints table whose column is `color` When asking per colour Then it groups by color
    result = ask(paints(), "average price per colour")
    assert result.status == "ok", result.message
    sql = result.sql.lower()
    assert "group by" in sql and '"color"' in sql and "avg" in sql


def test_a_british_predicate_not_understood_is_still_found_in_the_question():
    # Given a count whose clause ends in a word reported (in American spelling) as not understood
    sql = 'SELECT COUNT(*) FROM "trips" AS t0'
    # When the question spells it the British way
    # Then the unread predicate is still seen, as it is for the American spelling
    assert predicate_unread("How many trips were cancelled?", ["canceled"], sql)
    assert predicate_unread("How many trips were canceled?", ["canceled"], sql)
