"""People named by a stored value (peoplevalues.py): a Chinese word closed by 人 / 裔 whose CC-CEDICT gloss
(or its place's gloss) is an English category value or that value's people's adjective, on a small table of
marathon finishers (English headers and values)."""

from __future__ import annotations

from shared.ask.engines.rules import reading
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, memory_db, profiled_table

COLUMNS = [
    ("runner_id", "integer"),
    ("finish_time", "datetime"),
    ("ancestry", "text"),
    ("minutes", "integer"),
]
ROWS = [
    (1, "2022-04-03 11:10:00", "Black", 201),
    (2, "2022-04-03 11:40:00", "Latino", 231),
    (3, "2022-04-03 11:55:00", "East African", 185),
    (4, "2022-04-03 12:20:00", "East African", 190),
    (5, "2022-04-03 12:30:00", "White", 260),
    (6, "2022-04-03 12:45:00", "Asian", 244),
]
SCHEMA = Schema(tables=[profiled_table("finishers", COLUMNS, ROWS)], dialect="sqlite")


def _values(question: str) -> set[str]:
    items = reading.read(question, index_for(SCHEMA)).items
    return {str(lk.value) for it in items for lk in it.links if lk.kind == "value"}


def test_a_word_glossed_as_the_kind_and_the_person_names_the_value() -> None:
    # Given 黑人 "black person", 亚裔 "of Asian descent" / Then the values 'Black' and 'Asian'
    assert _values("黑人有多少") == {"Black"}
    assert _values("亚裔有多少") == {"Asian"}


def test_a_place_before_the_descent_suffix_names_its_peoples_adjective() -> None:
    # Given 拉丁裔 and 东非裔, which CC-CEDICT lacks: 拉丁 "Latin", 东非 "East Africa" (非 is no "not" here)
    assert _values("拉丁裔有多少") == {"Latino"}
    assert _values("东非裔有多少") == {"East African"}


def test_the_people_of_a_value_filter_the_rows() -> None:
    # When the average minutes of the finishers of East African ancestry are asked
    a = ask(SCHEMA, "东非裔的平均minutes")
    # Then the two East African finishers are averaged
    assert a.status == "ok", a.message
    db = memory_db([("finishers", COLUMNS, ROWS)])
    assert db.execute(a.sql or "").fetchall() == [(187.5,)], a.sql


def test_a_word_naming_no_stored_value_links_nothing() -> None:
    # Given no value for 印第安人 "American Indians" / Then nothing is linked
    assert _values("印第安人有多少") == set()
