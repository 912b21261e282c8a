"""Chinese readings of questions across tables: whose name, which name, what a measure word modifies."""

from __future__ import annotations

import sqlite3

from shared.ask.engines.rules.joins_names import said_in_chinese
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.linking import name_aliases
from tests.engine.schemas import ask, profiled_table, with_names
from tests.engine.test_joins import shop_schema

OWNER_COLS = [("owner_id", "integer"), ("Fname", "text"), ("LName", "text"), ("age", "integer")]
OWNERS = [(1, "Ann", "Lee", 3), (2, "Bob", "Ray", 40), (3, "Cy", "Fox", 52)]
PET_COLS = [
    ("pet_id", "integer"),
    ("owner_id", "integer"),
    ("name", "text"),
    ("pet_type", "text"),
    ("pet_age", "integer"),
    ("size_description", "text"),
]
# Ann (3 years old herself) has a 5-year-old cat; Bob has a 3-year-old cat and a dog; Cy a dog.
PETS = [
    (10, 1, "Tom", "cat", 5, "small"),
    (11, 2, "Kit", "cat", 3, "small"),
    (12, 2, "Rex", "dog", 4, "large"),
    (13, 3, "Max", "dog", 2, "large"),
]


def pets_schema() -> Schema:
    """Owners and their pets; 主人 is the owners' word in the semantic layer, as a person would add it."""
    tables = [profiled_table("owners", OWNER_COLS, OWNERS), profiled_table("pets", PET_COLS, PETS)]
    return with_names(Schema(tables=tables), {"owners": ["主人"]})


def run(sql: str) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    for name, cols, rows in (("owners", OWNER_COLS, OWNERS), ("pets", PET_COLS, PETS)):
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(c for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', rows)
    return sorted(conn.execute(sql).fetchall(), key=str)


def test_a_name_column_written_with_an_initial_is_named_by_first_and_last_name_in_both_languages() -> None:
    # Given person-name columns abbreviated to an initial, as many schemas write them
    first, last = name_aliases("Fname", set(), []), name_aliases("LName", set(), [])
    # Then "first name" / 名字 name Fname and "last name" / 姓氏 name LName
    assert first["first name"] >= 0.9 and first["名 字"] >= 0.9
    assert last["last name"] >= 0.9 and last["姓 氏"] >= 0.9
    assert "last name" not in first and "first name" not in last


def test_ming_is_the_given_name_and_xing_the_family_name_but_xingming_is_both() -> None:
    assert said_in_chinese(["fname"], "学生的名字")
    assert said_in_chinese(["last", "name"], "学生的姓氏")
    assert not said_in_chinese(["fname"], "学生的姓名")
    assert not said_in_chinese(["last", "name"], "学生的姓名")
    assert not said_in_chinese(["fname"], "the student's name")


def test_buzhi_reads_more_than() -> None:
    # Given owners with one or two pets
    # When asked for the owners who have 不止一只 (more than one) pet
    ans = ask(pets_schema(), "找出拥有不止一只宠物的主人的名字。")
    # Then the answer counts pets per owner, more than one: Bob
    assert ans.status == "ok", ans.message
    assert run(ans.sql) == [("Bob",)]


def test_the_name_after_a_table_word_is_that_tables_name_not_the_facts() -> None:
    # Given pets (the fact) with a name of their own, and owners with first and last names
    # When the owners' 名字 and 姓氏 are listed with their pets' type
    ans = ask(pets_schema(), "列出每个主人的名字、姓氏和他的宠物的类型。")
    # Then 名字 is the owners' first name, not the pets' name
    assert ans.status == "ok", ans.message
    assert '"Fname"' in ans.sql and '"name"' not in ans.sql
    assert ("Bob", "Ray", "dog") in run(ans.sql)


def test_a_measure_word_right_before_a_value_is_that_values_tables_column() -> None:
    # Given owners and pets that both have an age, and an owner who is 3 years old herself
    # When asked for the owner of a 3岁猫 (a cat aged 3)
    ans = ask(pets_schema(), "有一只3岁猫的主人的姓氏是什么？")
    # Then the age is the cat's: Bob's 3-year-old cat, not Ann (aged 3) with her 5-year-old cat
    assert ans.status == "ok", ans.message
    assert '"pet_age"' in ans.sql
    assert run(ans.sql) == [("Ray",)]


def test_an_attribute_of_a_relative_clauses_noun_read_on_another_table_is_not_answered() -> None:
    # Given the same data, in English: the exact column name "age" belongs to the owners
    ans = ask(pets_schema(), "Find the last name of the owner who has a cat that is age 3.")
    # Then the owners' age is never filtered with status ok: the pets' age or asking back
    assert ans.status != "ok" or '"pet_age"' in ans.sql


def test_a_chinese_questions_final_noun_left_out_of_the_query_asks_back() -> None:
    # Given 描述 names two description columns only as one word of each (weakly)
    # When the question ends on 描述 and the reading lists only the names
    ans = ask(pets_schema(), "每个主人的名字和他们所养宠物的描述是什么？")
    # Then the answer is not given as if the names were all that was asked
    assert ans.status != "ok" or "description" in (ans.sql or "")


def test_a_distribution_of_a_word_not_understood_asks_back() -> None:
    # Given customers with no age column
    # When asked for the customers' 年龄分布 (age distribution)
    ans = ask(shop_schema(), "客户的年龄分布")
    # Then the grouping noun is not understood, so the answer is not a plain list of customers
    assert ans.status != "ok"
