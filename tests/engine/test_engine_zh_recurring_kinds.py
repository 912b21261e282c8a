"""General Chinese rules for recurring Spider failure kinds, each on a tiny invented table."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table, with_names

COUNTRY_COLUMNS = [("Code", "text"), ("Name", "text"), ("Continent", "text"), ("GovernmentForm", "text")]
COUNTRY_ROWS = [
    ("AAA", "Alba", "Europe", "Republic"),
    ("BBB", "Brin", "Europe", "Monarchy"),
    ("CCC", "Cora", "Asia", "Republic"),
    ("DDD", "Dune", "Europe", "Republic"),
]
BAND_COLUMNS = [("Band_ID", "integer"), ("Name", "text"), ("Year", "integer")]
BAND_ROWS = [(1, "Red Owls", 1948), (2, "Blue Fox", 1950), (3, "Grey Elk", 1961), (4, "Tan Bee", 1975)]
PET_COLUMNS = [("PetID", "integer"), ("PetType", "text"), ("weight", "float")]
PET_ROWS = [(1, "cat", 3.1), (2, "dog", 12.0), (3, "dog", 9.5), (4, "bird", 0.3)]
STUDENT_COLUMNS = [
    ("student_id", "integer"),
    ("first_name", "text"),
    ("current_address_id", "integer"),
    ("permanent_address_id", "integer"),
]
STUDENT_ROWS = [(1, "Ana", 10, 10), (2, "Ben", 11, 14), (3, "Cy", 12, 12), (4, "Dee", 13, 15)]
DOG_COLUMNS = [("dog_id", "integer"), ("name", "text")]
DOG_ROWS = [(1, "Rex"), (2, "Bo"), (3, "Kip")]
TREATMENT_COLUMNS = [("treatment_id", "integer"), ("dog_id", "integer"), ("cost_of_treatment", "float")]
TREATMENT_ROWS = [(1, 1, 50.0), (2, 1, 70.0), (3, 2, 20.0), (4, 1, 35.0)]
ORCHESTRA_COLUMNS = [("Orchestra_ID", "integer"), ("Orchestra", "text"), ("Record_Company", "text")]
ORCHESTRA_ROWS = [(1, "North Phil", "Decca"), (2, "South Phil", "EMI"), (3, "East Phil", "Decca")]
PUPIL_COLUMNS = [("ID", "integer"), ("name", "text"), ("grade", "integer")]
PUPIL_ROWS = [(1, "Kyle", 9), (2, "Jo", 10), (3, "Li", 9), (4, "Max", 12), (5, "Sam", 9)]


def one(name: str, columns: list[tuple[str, str]], rows: list[tuple]) -> Schema:
    return Schema(tables=[profiled_table(name, columns, rows)])


def test_a_bare_year_followed_by_hou_means_strictly_after():
    # Given bands with a founding year / When asking for the ones founded after 1950 with no 年
    ans = ask(one("band", BAND_COLUMNS, BAND_ROWS), "说出1950后成立的乐队的名字。")
    # Then the year is compared strictly, not matched as a value
    assert '"Year" > 1950' in ans.sql


def test_yihou_after_a_year_is_later_than_that_year():
    # Given bands / When asking with 以后 ("later than"; 及以后 is the form that keeps the year itself,
    # and every question set's gold reads a bare 以后 strictly: cars, nyc_flights)
    ans = ask(one("band", BAND_COLUMNS, BAND_ROWS), "1950以后成立的乐队有哪些？")
    # Then 1950 itself is left out
    assert '"Year" > 1950' in ans.sql
    # And 及以后 keeps it
    both = ask(one("band", BAND_COLUMNS, BAND_ROWS), "1950及以后成立的乐队有哪些？")
    assert '"Year" >= 1950' in both.sql


def test_how_many_kinds_of_a_column_skips_the_kind_word():
    # Given countries with a government form / When asking 多少种类型政府 and 多少种不同形式的政府
    schema = one("country", COUNTRY_COLUMNS, COUNTRY_ROWS)
    for question in ("“欧洲”有多少种类型政府？", "“欧洲”有多少种不同形式的政府？"):
        ans = ask(schema, question)
        # Then the distinct government forms are counted within Europe
        assert 'COUNT(DISTINCT "GovernmentForm")' in ans.sql, question
        assert "\"Continent\" = 'Europe'" in ans.sql


def test_different_types_of_the_table_noun_counts_distinct_types():
    # Given pets / When asking 不同类型宠物的数量
    ans = ask(one("pets", PET_COLUMNS, PET_ROWS), "找出不同类型宠物的数量。")
    # Then the pet types are counted once each, not per type
    assert 'COUNT(DISTINCT "PetType")' in ans.sql and "GROUP BY" not in ans.sql


def test_two_columns_said_to_differ_compare_row_by_row():
    # Given students with two address ids / When asking A与B不同 and A不同于B
    schema = one("students", STUDENT_COLUMNS, STUDENT_ROWS)
    for question in (
        "永久地址与当前地址不同的学生的名字是什么？",
        "谁的永久地址不同于他或她的当前地址？列出他或她的名字。",
    ):
        ans = ask(schema, question)
        # Then the rows where the two columns differ are kept
        assert '"permanent_address_id" <> "current_address_id"' in ans.sql, question
        assert '"first_name"' in ans.sql


def test_counting_another_tables_things_counts_their_distinct_ids():
    # Given dogs and their treatments / When asking how many dogs were treated
    schema = Schema(
        tables=[
            profiled_table("dogs", DOG_COLUMNS, DOG_ROWS),
            profiled_table("treatments", TREATMENT_COLUMNS, TREATMENT_ROWS),
        ]
    )
    schema = with_names(schema, {"treatments": ["治疗"]})
    for question in ("有多少狗经过治疗？", "计算经过治疗的狗的数量。"):
        ans = ask(schema, question)
        # Then each treated dog counts once
        assert 'COUNT(DISTINCT "dog_id")' in ans.sql and '"treatments"' in ans.sql, question


def test_most_after_a_verb_before_a_category_asks_the_most_common_value():
    # Given orchestras and their record companies / When asking 使用最多的唱片公司
    schema = with_names(
        one("orchestra", ORCHESTRA_COLUMNS, ORCHESTRA_ROWS), {"orchestra.Record_Company": ["唱片公司"]}
    )
    ans = ask(schema, "乐团使用最多的唱片公司是什么？")
    # Then companies are counted and the most frequent one is returned
    assert 'GROUP BY "Record_Company"' in ans.sql and "DESC LIMIT 1" in ans.sql


def test_headcount_most_ranks_the_groups_by_row_count():
    # Given pupils with a grade / When asking for the grade with the most pupils
    ans = ask(
        with_names(one("highschooler", PUPIL_COLUMNS, PUPIL_ROWS), {"highschooler.grade": ["年级"]}),
        "返回人数最多的年级。",
    )
    # Then grades are ranked by how many pupils they hold, not by the grade number
    assert 'GROUP BY "grade"' in ans.sql and "COUNT(*)" in ans.sql and "DESC LIMIT 1" in ans.sql
