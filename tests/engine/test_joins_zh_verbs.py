"""Chinese relation verbs across tables: the verb of a relative clause (至少教两门课的老师, 学生拥有的宠物)
says how two joined tables' rows relate, which the join answers; a number with a classifier before a table's
word (两门课) counts that table's rows."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.bilingual import first_sense_verb
from tests.engine.schemas import ask, with_names
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
