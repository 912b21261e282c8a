"""A Chinese header the dictionary does not hold whole is named in English by its last word, its head
noun (vocabulary/flagheaders.py head_english): 额定水压_兆帕 by "water pressure", weakly by "pressure"."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.flagheaders import flag_state_words, head_english
from tests.engine.schemas import ask, profiled_table

BOILER_COLUMNS = [
    ("锅炉编号", "text"),
    ("厂区", "text"),
    ("额定水压_兆帕", "float"),
    ("是否戴安全帽", "text"),
]
BOILER_ROWS = [
    ("B1", "east", 1.6, "是"),
    ("B2", "west", 2.5, "否"),
    ("B3", "east", 1.0, "是"),
    ("B4", "west", 3.8, "是"),
    ("B5", "east", 2.2, "否"),
    ("B6", "west", 1.4, "是"),
]


def boilers() -> Schema:
    return Schema(tables=[profiled_table("boilers", BOILER_COLUMNS, BOILER_ROWS)])


def test_a_header_is_named_by_its_head_words_glosses():
    # Given 额定水压_兆帕 (no dictionary word whole; its last word 水压 is "water pressure")
    names = head_english("额定水压_兆帕")
    # Then the head's gloss names it, and the gloss's own head word more weakly
    assert names["water pressure"] > names["pressure"]


def test_a_flag_header_is_named_by_its_objects_gloss():
    # Given 是否戴安全帽 (a verb and its object) / Then the object's gloss names the flag
    assert "safety helmet" in head_english("是否戴安全帽")


def test_a_dictionary_word_is_read_whole():
    # Given a header the dictionary holds whole / Then no head reading is added
    assert head_english("水压") == {} and head_english("里程") == {}


def test_an_english_question_reaches_the_chinese_header():
    # Given boilers with 额定水压_兆帕 / When asked in English for the average water pressure by site
    ans = ask(boilers(), "average water pressure by 厂区")
    # Then the header's head noun names the measure
    assert ans.status == "ok" and 'AVG("额定水压_兆帕")' in ans.sql


def test_a_flags_head_is_named_whole_never_by_one_weak_word():
    # Given a yes/no header 是否戴安全帽 / When naming it by its head word
    names = head_english("是否戴安全帽")
    # Then "safety helmet" and its solid spelling name it, "helmet" alone adds no filter
    assert names.get("safetyhelmet") and "helmet" not in names


LIBRARY_COLUMNS = [("馆名", "text"), ("受教育年限", "integer"), ("月份", "integer"), ("借阅量", "integer")]
LIBRARY_ROWS = [
    ("north", 12, 1, 40),
    ("north", 16, 2, 55),
    ("south", 9, 1, 30),
    ("south", 14, 2, 25),
    ("west", 18, 1, 61),
    ("west", 11, 2, 33),
]


def libraries() -> Schema:
    return Schema(tables=[profiled_table("libraries", LIBRARY_COLUMNS, LIBRARY_ROWS)])


def test_years_of_education_name_a_chinese_header():
    # Given 受教育年限 (年限 is glossed "age limit") / When asked for the average years of schooling
    ans = ask(libraries(), "average years of schooling")
    # Then the general lexicon's years-of-education word reads the header
    assert ans.status == "ok" and 'AVG("受教育年限")' in ans.sql


def test_compared_values_are_not_cut_to_the_top_one():
    # Given two named values compared / When a superlative qualifies the measure ("the top loans")
    ans = ask(libraries(), "Compare the top 借阅量 of north and west")
    # Then the reading is never one row of the two: both rows, or asked back
    assert ans.status != "ok" or "LIMIT 1" not in (ans.sql or "")


SHOP_COLUMNS = [("书名", "text"), ("币种", "text"), ("price", "float")]
SHOP_ROWS = [
    ("Dune", "euro", 12.0),
    ("Dune", "euro", 13.5),
    ("Emma", "dollar", 9.0),
    ("Emma", "dollar", 9.5),
    ("Ulysses", "euro", 20.0),
    ("Ulysses", "euro", 21.0),
]


def test_a_column_said_as_a_passive_verb_is_not_listed():
    # Given books and their prices / When asked which books are priced in euro
    shop = Schema(tables=[profiled_table("books", SHOP_COLUMNS, SHOP_ROWS)])
    ans = ask(shop, "Which 书名 are priced in euro?")
    # Then every row's price is not listed with confidence: "priced" describes the rows
    assert ans.status != "ok" or '"price"' not in (ans.sql or "").split("FROM")[0]


def test_the_adjective_of_having_a_flags_head_says_its_states():
    # Given a yes/no header whose head is "swimming pool" / When reading its English states
    states = flag_state_words("是否有游泳池")
    # Then the adjective of having it turns the flag on and its un- form off
    assert states == {"pooled": True, "unpooled": False}
    assert flag_state_words("是否有花园") == {}  # 花园 is "garden" alone: no two-word head, no state


def test_observations_and_readings_are_a_tables_rows():
    # Given boilers / When counting its observations or readings
    for q in ("How many observations are there for east?", "Count the readings in west"):
        ans = ask(boilers(), q)
        # Then the rows are counted
        assert ans.status == "ok" and "COUNT(*)" in ans.sql, q


def test_a_word_derived_from_a_column_word_is_no_abbreviation_of_it():
    # Given a column named for 'legal' / When a question says "legality" (legal + ity)
    from shared.semantic.vocabulary.abbreviations import ABBREVIATED_SCORE, DERIVED_WEIGHT, DERIVING_SUFFIXES

    # Then the link is weaker than a cut-short name's: a derived word may mean something else
    assert "ity" in DERIVING_SUFFIXES and DERIVED_WEIGHT < 1.0
    weak = Schema(
        tables=[profiled_table("cases", [("is_legal", "integer"), ("城区", "text")], [(1, "a"), (0, "b")])]
    )
    ans = ask(weak, "What is the legality rate?")
    assert ans.status != "ok" or ans.confidence < ABBREVIATED_SCORE
