"""Words the data names only weakly or by a piece: a grouping word tied between two columns (state over
处理状态 and 支付状态) is asked back; a Chinese value's first character that means what the value means
(死 for 死亡) names the value."""

from __future__ import annotations

from shared.ask.engines.base import EngineRequest
from shared.ask.engines.rules import RuleEngine
from shared.semantic.schema import Schema
from tests.engine.schemas import TODAY, memory_db, profiled_table

TICKET_COLUMNS = [("票号", "integer"), ("处理状态", "text"), ("支付状态", "text"), ("票价", "float")]
TICKETS = [
    (1, "open", "paid", 10.0),
    (2, "closed", "paid", 12.0),
    (3, "open", "unpaid", 8.0),
    (4, "closed", "unpaid", 9.0),
    (5, "closed", "paid", 11.0),
]
PET_COLUMNS = [("名字", "text"), ("状态", "text"), ("年龄", "integer")]
PETS = [("Rex", "死亡", 12), ("Tom", "存活", 3), ("Kit", "存活", 5), ("Bo", "死亡", 15)]


def ask(schema: Schema, question: str):
    return RuleEngine().answer(EngineRequest(question=question, schema=schema, today=TODAY))


def test_a_grouping_word_tied_between_two_columns_is_asked_back():
    # Given tickets with two status columns, both "state" by their last word (状态) only
    schema = Schema(tables=[profiled_table("tickets", TICKET_COLUMNS, TICKETS)])
    # When the question groups by "state"
    answer = ask(schema, "How many tickets are there in each state?")
    # Then which of the two is meant is asked back, not guessed
    assert answer.status == "clarify"


def test_a_values_first_character_said_alone_names_the_value():
    # Given pets whose 状态 is 死亡 or 存活
    schema = Schema(tables=[profiled_table("宠物", PET_COLUMNS, PETS)])
    # When the question says the verb alone (死了: died)
    answer = ask(schema, "死了多少只宠物")
    # Then it counts the pets whose 状态 is 死亡
    assert answer.status == "ok", answer.message
    db = memory_db([("宠物", PET_COLUMNS, PETS)])
    assert db.execute(answer.sql or "").fetchall() == [(2,)]


REPAIR_COLUMNS = [
    ("维修编号", "integer"),
    ("维修年份", "integer"),
    ("设备编号", "text"),
    ("设备年份", "integer"),
]
REPAIRS = [
    (1, 2019, "A1", 2015),
    (2, 2020, "A1", 2015),
    (3, 2020, "B7", 2019),
    (4, 2021, "C3", 2020),
    (5, 2020, "C3", 2020),
]


def test_a_things_year_beside_its_key_is_not_the_rows_period():
    # Given repairs with the year of the repair and the year of the machine repaired (设备年份 beside
    # the machine's key 设备编号)
    schema = Schema(tables=[profiled_table("repairs", REPAIR_COLUMNS, REPAIRS)])
    # When a bare year is asked (how many repairs in 2020)
    answer = ask(schema, "How many repairs were there in 2020?")
    # Then the year is the repairs' own (3), not the machines' (2)
    assert answer.status == "ok", answer.message
    db = memory_db([("repairs", REPAIR_COLUMNS, REPAIRS)])
    assert db.execute(answer.sql or "").fetchall() == [(3,)]


def test_an_inclusive_note_settles_a_bare_bound():
    # Given pets with ages, when 以上 is followed by the note （含） (inclusive)
    schema = Schema(tables=[profiled_table("宠物", PET_COLUMNS, PETS)])
    answer = ask(schema, "12岁以上（含）的宠物有多少只")
    # Then the bound is read as inclusive without a guess: 12 and 15
    assert answer.status == "ok", answer.message
    db = memory_db([("宠物", PET_COLUMNS, PETS)])
    assert db.execute(answer.sql or "").fetchall() == [(2,)]


VACCINE_COLUMNS = [("名字", "text"), ("是否打疫苗", "text"), ("年龄", "integer")]
VACCINES = [("Rex", "是", 12), ("Tom", "否", 3), ("Kit", "是", 5), ("Bo", "是", 15)]


def test_a_flags_verb_said_done_names_the_flag():
    # Given pets with a yes/no header 是否打疫苗 (vaccinated: 打 + 疫苗)
    schema = Schema(tables=[profiled_table("宠物", VACCINE_COLUMNS, VACCINES)])
    # When the question says the verb done (打了疫苗)
    answer = ask(schema, "打了疫苗的宠物有多少只")
    # Then the flag is on: three pets
    assert answer.status == "ok", answer.message
    db = memory_db([("宠物", VACCINE_COLUMNS, VACCINES)])
    assert db.execute(answer.sql or "").fetchall() == [(3,)]
