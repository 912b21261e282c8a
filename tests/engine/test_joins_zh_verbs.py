"""Chinese relation verbs across tables: the verb of a relative clause (至少教两门课的老师, 学生拥有的宠物)
says how two joined tables' rows relate, which the join answers; a number with a classifier before a table's
word (两门课) counts that table's rows."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema
from shared.semantic.vocabulary.bilingual import first_sense_verb
from shared.semantic.vocabulary.glosses import quoted_value_links
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, profiled_table, with_names
from tests.engine.test_joins_shapes import school_rows
from tests.engine.test_joins_shapes import school_schema as _school


def school_schema() -> Schema:
    """Teachers, courses and their arrangements, with the Chinese words a person gives the tables."""
    names = {"teacher": ["老师", "教师"], "course": ["课", "课程"], "teacher.name": ["名字"]}
    return with_names(_school(), names)


def test_a_word_cedict_first_gives_as_a_verb_is_a_verb_though_later_senses_are_nouns() -> None:
    # Given CC-CEDICT senses: 教 "to teach / religion", 指挥 "to conduct / conductor", 损失 "loss / to lose"
    assert first_sense_verb("教") and first_sense_verb("指挥") and first_sense_verb("使用")
    assert not first_sense_verb("损失") and not first_sense_verb("课程")


def test_a_chinese_relation_verb_before_a_counted_table_is_the_join() -> None:
    # Given teachers and courses linked by arrangements (Ada and Cal teach two or more courses)
    for question in ("显示至少教两门课程的老师的名字。", "教至少两门课程的老师的名字是什么？"):
        # When asked, in Chinese, for the teachers who teach at least two courses
        a = ask(school_schema(), question)
        # Then 教 is the relationship, the arrangements are counted per teacher, and the answer is sure
        assert a.status == "ok", (question, a.message)
        assert not a.unknown_words and "HAVING COUNT(*) >= 2" in (a.sql or "")
        assert [r[0] for r in school_rows(a.sql)] == ["Ada", "Cal"], a.sql


def test_a_word_that_is_no_verb_before_the_counted_table_still_asks_back() -> None:
    # When the word standing where the verb would is no verb (两门课 of a 课桌 "desk")
    a = ask(school_schema(), "显示至少课桌两门课的老师的名字。")
    # Then it is not read as the relationship
    assert a.status == "clarify" or a.unknown_words


# ------------------------------------------------------------------ the most of one table per another's name
BREEDS = [("B1", "Husky"), ("B2", "Pug")]
DOGS = [(1, "B1", "Rex"), (2, "B2", "Max"), (3, "B2", "Kit")]


def kennel_schema() -> Schema:
    breeds = profiled_table("breeds", [("breed_code", "text"), ("breed_name", "text")], BREEDS)
    dogs = profiled_table("dogs", [("dog_id", "integer"), ("breed_code", "text"), ("name", "text")], DOGS)
    dogs.foreign_keys = [ForeignKey(["breed_code"], "breeds", ["breed_code"])]
    return with_names(Schema(tables=[breeds, dogs]), {"breeds": ["品种"], "breeds.breed_name": ["品种名称"]})


def kennel_rows(sql: str | None) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE breeds (breed_code, breed_name)")
    conn.execute("CREATE TABLE dogs (dog_id, breed_code, name)")
    conn.executemany("INSERT INTO breeds VALUES (?, ?)", BREEDS)
    conn.executemany("INSERT INTO dogs VALUES (?, ?, ?)", DOGS)
    return conn.execute(sql or "").fetchall()


def test_the_most_of_the_facts_rows_before_another_tables_name_ranks_that_name() -> None:
    # Given dogs of two breeds (two pugs, one husky)
    # When asked for the breed name with the most dogs, the verb passive (被养: raised) and the name asked
    # for again (叫什么)
    a = ask(kennel_schema(), "被养最多数量狗的品种名称叫什么？")
    # Then the dogs are counted per breed name and the top one is the answer
    assert a.status == "ok", a.message
    assert "ORDER BY" in (a.sql or "") and "LIMIT 1" in (a.sql or "")
    assert kennel_rows(a.sql)[0][0] == "Pug"


# ------------------------------------------------------------------------------- quoted Chinese values
def test_a_quoted_chinese_value_is_named_by_the_stored_value_its_first_sense_begins_with() -> None:
    # Given stored values spelt in English
    table = profiled_table(
        "places",
        [("place_id", "integer"), ("country", "text"), ("degree", "text"), ("person", "text")],
        [(1, "Haiti", "Bachelor", "George W. Bush"), (2, "Chile", "Master", "Ann")],
    )
    index = index_for(Schema(tables=[table]), None)
    # Then 海地 ("Haiti, the western third ...") and 学士 ("bachelor's degree") name them
    assert [lk.value for lk in quoted_value_links("海地", index)] == ["Haiti"]
    assert [lk.value for lk in quoted_value_links("学士", index)] == ["Bachelor"]
    # And a later sense names nothing (布什 is "Bush (name)" first, either president only after)
    assert quoted_value_links("布什", index) == []
