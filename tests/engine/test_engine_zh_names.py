"""Chinese names of English-named data (issue 10, "zhen" round): proper names whose CC-CEDICT sense carries
a note ("Nevada, US state"), names longer than four characters, states shortened to their first character and
州, a verb's -ings noun, a gloss of a value and its column; and the readings those links exposed."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from shared.semantic.vocabulary import bilingual
from tests.engine.schemas import ask, profiled_table


def regions() -> Table:
    return profiled_table(
        "stays",
        [("Region", "text"), ("Season", "text"), ("Bookings", "integer"), ("Industry", "text")],
        [
            ("Nevada", "2020 Q1", 120, "Tourism"),
            ("Minnesota", "2020 Q1", 80, "Farming"),
            ("Arizona", "2020 Q1", 95, "Tourism"),
            ("Nevada", "2020 Q2", 140, "Farming"),
            ("Minnesota", "2020 Q2", 70, "Tourism"),
            ("Arizona", "2020 Q2", 60, "Farming"),
        ],
    )


def test_a_proper_name_sense_with_a_note_is_the_name():
    # Given CC-CEDICT's "Nevada, US state" for 内华达 and a five-character entry (明尼苏达州)
    # Then both read as the names, not as descriptions too long to translate
    assert bilingual.english_for("内华达") == ("nevada",)
    assert "minnesota" in bilingual.english_for("明尼苏达州")


def test_a_value_named_by_its_transliteration_is_filtered():
    # Given a stored value 'Nevada' / When asked with its Chinese name
    ans = ask(Schema(tables=[regions()]), "内华达的预订总数是多少")
    # Then the value filters the rows
    assert ans.status == "ok", ans.message
    assert "\"Region\" = 'Nevada'" in (ans.sql or ""), ans.sql


def test_a_state_shortened_to_its_first_character_names_the_value():
    # Given 'Arizona', which the dictionary writes 亚利桑那州 / When asked with 亚州
    ans = ask(Schema(tables=[regions()]), "亚州的预订总数是多少")
    # Then 亚州 is Arizona, as 得州 is Texas
    assert ans.status == "ok", ans.message
    assert "\"Region\" = 'Arizona'" in (ans.sql or ""), ans.sql


def test_a_verb_names_the_column_of_its_ings_noun():
    # Given a Bookings column and 预订 ("to book ahead"), a verb
    ans = ask(Schema(tables=[regions()]), "各地区的预订总和")
    # Then 预订 names Bookings (what is booked)
    assert ans.status == "ok", ans.message
    assert 'SUM("Bookings")' in (ans.sql or ""), ans.sql


def test_a_gloss_of_a_value_and_its_column_names_the_value():
    # Given Industry values and 旅游业 ("tourism industry"): 'Tourism' of the column the head word names
    ans = ask(Schema(tables=[regions()]), "旅游业的预订总和是多少")
    # Then the value filters, rather than the column being guessed
    assert ans.status == "ok", ans.message
    assert "\"Industry\" = 'Tourism'" in (ans.sql or ""), ans.sql


def test_a_count_of_a_noun_no_clause_read_is_asked_back():
    # Given a question counting 间储藏室 (storerooms), which the data does not hold
    ans = ask(Schema(tables=[regions()]), "内华达一共有多少间储藏室")
    # Then it is asked back, not answered by a count of the rows
    assert ans.status == "clarify", ans.sql
