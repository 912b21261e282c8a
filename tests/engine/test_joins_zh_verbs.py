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


# ------------------------------------------------------------- a table's word used as the verb (指挥过)
CONDUCTORS = [(1, "Ada"), (2, "Ben")]
ORCHESTRAS = [(10, "North", 1), (11, "South", 1), (12, "East", 2)]


def stage_schema() -> Schema:
    conductor = profiled_table("conductor", [("conductor_id", "integer"), ("name", "text")], CONDUCTORS)
    orchestra = profiled_table(
        "orchestra",
        [("orchestra_id", "integer"), ("orchestra", "text"), ("conductor_id", "integer")],
        ORCHESTRAS,
    )
    orchestra.foreign_keys = [ForeignKey(["conductor_id"], "conductor", ["conductor_id"])]
    names = {"conductor": ["指挥家", "指挥"], "orchestra": ["管弦乐队"], "conductor.name": ["名字"]}
    return with_names(Schema(tables=[conductor, orchestra]), names)


def stage_rows(sql: str | None) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE conductor (conductor_id, name)")
    conn.execute("CREATE TABLE orchestra (orchestra_id, orchestra, conductor_id)")
    conn.executemany("INSERT INTO conductor VALUES (?, ?)", CONDUCTORS)
    conn.executemany("INSERT INTO orchestra VALUES (?, ?, ?)", ORCHESTRAS)
    return conn.execute(sql or "").fetchall()


def test_a_tables_word_before_guo_is_the_verb_and_the_numbered_table_is_the_fact() -> None:
    # Given conductors and the orchestras they conduct (Ada two, Ben one)
    for question in (
        "显示指挥过超过一支管弦乐队的指挥家的名字。",
        "指挥过超过一个管弦乐队的指挥家的名字是什么？",
    ):
        # When asked for the conductors who conducted (指挥过) more than one orchestra
        a = ask(stage_schema(), question)
        # Then the orchestras (the rows the number is put on) are counted per conductor
        assert a.status == "ok", (question, a.message)
        assert 'FROM "orchestra"' in (a.sql or "") and "HAVING COUNT(*) > 1" in (a.sql or "")
        assert [r[0] for r in stage_rows(a.sql)] == ["Ada"]


def test_the_most_of_a_table_after_the_verb_counts_its_rows_per_the_clauses_noun() -> None:
    # Given conductors and orchestras (Ada conducts two)
    # When asked for the conductor who conducted the most orchestras (指挥过最多的管弦乐队的指挥家)
    a = ask(stage_schema(), "显示指挥过最多的管弦乐队的指挥家的名字。")
    # Then the orchestras are counted per conductor and the top one answers
    assert a.status == "ok", a.message
    assert 'FROM "orchestra"' in (a.sql or "") and "LIMIT 1" in (a.sql or "")
    assert stage_rows(a.sql)[0][0] == "Ada"


def test_ranking_by_a_count_that_is_one_for_every_group_asks_back() -> None:
    # Given each orchestra with a conductor of its own (the key unique in the facts: one-to-one)
    schema = stage_schema()
    orchestra = schema.table("orchestra")
    assert orchestra is not None
    unique = profiled_table(
        "orchestra",
        [("orchestra_id", "integer"), ("orchestra", "text"), ("conductor_id", "integer")],
        [(10, "North", 1), (11, "South", 2)],
    )
    unique.foreign_keys = orchestra.foreign_keys
    unique.synonyms = orchestra.synonyms
    schema = Schema(tables=[t for t in schema.tables if t.name != "orchestra"] + [unique])
    # When asked for the conductor with the most orchestras, in either language
    for question in (
        "显示指挥过最多的管弦乐队的指挥家的名字。",
        "Show the name of the conductor with the most orchestras.",
    ):
        a = ask(schema, question)
        # Then every count is 1, the ranking says nothing, and the answer asks back
        assert a.status == "clarify", (question, a.sql)


# ------------------------------------------------------------------------------ two owners' names
def test_two_owners_names_are_each_listed_in_the_order_named() -> None:
    # Given owners (Fname, LName) and their pets (each with a name of its own)
    from tests.engine.test_joins_zh import pets_schema
    from tests.engine.test_joins_zh import run as pets_rows

    # When asked for the owner's name and the pet's name (主人的名字和宠物的名字)
    a = ask(pets_schema(), "列出主人的名字和宠物的名字。")
    # Then both names are listed, the owner's first, each pet beside its owner
    assert a.status == "ok", a.message
    assert pets_rows(a.sql) == sorted(
        [("Ann", "Tom"), ("Bob", "Kit"), ("Bob", "Rex"), ("Cy", "Max")], key=str
    ), a.sql


# --------------------------------------------------- a column word owned by the table before 的 (治疗的描述)
CLINIC: list[tuple[str, list[tuple[str, str]], list[tuple]]] = [
    ("professionals", [("professional_id", "integer"), ("first_name", "text")], [(7, "Hart"), (8, "Lane")]),
    (
        "treatment_types",
        [("treatment_type_code", "text"), ("treatment_type_description", "text")],
        [("EXAM", "Physical examination"), ("VAC", "Vaccination")],
    ),
    ("sizes", [("size_code", "text"), ("size_description", "text")], [("S", "Small"), ("L", "Large")]),
    ("dogs", [("dog_id", "integer"), ("size_code", "text")], [(1, "S"), (2, "L")]),
    (
        "treatments",
        [
            ("treatment_id", "integer"),
            ("dog_id", "integer"),
            ("professional_id", "integer"),
            ("treatment_type_code", "text"),
        ],
        [(1, 1, 7, "EXAM"), (2, 2, 7, "VAC"), (3, 2, 8, "VAC")],
    ),
]


def clinic_schema() -> Schema:
    tables = {name: profiled_table(name, cols, rows) for name, cols, rows in CLINIC}
    tables["dogs"].foreign_keys = [ForeignKey(["size_code"], "sizes", ["size_code"])]
    tables["treatments"].foreign_keys = [
        ForeignKey(["dog_id"], "dogs", ["dog_id"]),
        ForeignKey(["professional_id"], "professionals", ["professional_id"]),
        ForeignKey(["treatment_type_code"], "treatment_types", ["treatment_type_code"]),
    ]
    names = {
        "professionals": ["专家"],
        "treatments": ["治疗"],
        "dogs": ["狗"],
        "professionals.first_name": ["名字"],
    }
    return with_names(Schema(tables=list(tables.values())), names)


def clinic_rows(sql: str | None) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    for name, cols, data in CLINIC:
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(c for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', data)
    return sorted(conn.execute(sql or "").fetchall(), key=str)


def test_a_column_word_after_a_tables_word_is_that_tables_or_one_step_away() -> None:
    # Given treatments pointing at their type (one step) and at dogs, whose size (two steps) also has a
    # description
    for question in (
        "列出所有专家的名字以及他们已经做治疗的描述。",
        "每个专家的名字和所实施的治疗的描述是什么？",
    ):
        # When asked for each professional's name and the description of the treatments they did
        a = ask(clinic_schema(), question)
        # Then 做 / 实施 are the relationship (他们 and 所 aside) and 治疗的描述 is the treatment type's
        assert a.status == "ok", (question, a.message)
        assert not any("做" in w or "实施" in w for w in a.unknown_words), a.unknown_words
        assert "treatment_type_description" in (a.sql or "")
        assert clinic_rows(a.sql) == [
            ("Hart", "Physical examination"),
            ("Hart", "Vaccination"),
            ("Lane", "Vaccination"),
        ]


# ------------------------------------------------------------------------- an id owned by another table
def test_an_id_said_of_another_table_is_never_answered_by_the_facts_other_id() -> None:
    # Given students, pets and the bridge Has_Pet(StuID, PetID), both named 宠物, each id naming "ID" weakly
    students = profiled_table(
        "Student",
        [("StuID", "integer"), ("Fname", "text"), ("city_code", "text")],
        [(1, "Ann", "A"), (2, "Bo", "B")],
    )
    pets = profiled_table(
        "Pets", [("PetID", "integer"), ("PetType", "text")], [(10, "cat"), (11, "dog"), (12, "dog")]
    )
    has_pet = profiled_table(
        "Has_Pet", [("StuID", "integer"), ("PetID", "integer")], [(1, 10), (1, 11), (2, 12)]
    )
    has_pet.foreign_keys = [
        ForeignKey(["StuID"], "Student", ["StuID"]),
        ForeignKey(["PetID"], "Pets", ["PetID"]),
    ]
    names = {"Student": ["学生"], "Pets": ["宠物"], "Has_Pet": ["宠物"]}
    schema = with_names(Schema(tables=[students, pets, has_pet]), names)
    # When asked for each student's ID (学生的ID) and their number of pets
    a = ask(schema, "找出每个有宠物的学生的ID和宠物数量。")
    # Then the pets' own ids are no answer: the students' ids are read, or the engine asks back
    assert a.status == "clarify" or ("StuID" in (a.sql or "") and "PetID" not in (a.sql or "")), a.sql


def test_a_question_ending_on_another_tables_column_is_not_answered_from_one_table() -> None:
    # Given treatments with a cost and a type code, their types' descriptions, and a charges table the
    # word 费用 also names
    schema = clinic_schema()
    treatments = profiled_table(
        "treatments",
        [("treatment_id", "integer"), ("treatment_type_code", "text"), ("cost_of_treatment", "integer")],
        [(1, "EXAM", 50), (2, "VAC", 20)],
    )
    treatments.foreign_keys = [
        ForeignKey(["treatment_type_code"], "treatment_types", ["treatment_type_code"])
    ]
    charges = profiled_table("charges", [("charge_id", "integer"), ("charge_amount", "integer")], [(1, 99)])
    kept = [t for t in schema.tables if t.name in ("treatment_types", "professionals")]
    schema = with_names(
        Schema(tables=[*kept, treatments, charges]), {"treatments": ["治疗"], "charges": ["费用"]}
    )
    # When asked for each treatment's cost and the treatment type description (治疗类型描述)
    a = ask(schema, "每个治疗的费用和治疗类型描述是什么？")
    # Then the types' codes are no answer: the description is read, or the engine asks back
    assert a.status == "clarify" or "treatment_type_description" in (a.sql or ""), a.sql


def test_zui_liuxing_is_the_most_common_a_count() -> None:
    # Given languages spoken per country (Dutch in two countries)
    from tests.engine.test_joins_shapes import spoken_schema

    # When asked which language is the most popular (最流行, as 最受欢迎)
    a = ask(spoken_schema(), "最流行哪种语言？")
    # Then the rows are counted per language and the top one answers
    assert a.status == "ok", a.message
    assert "COUNT(*)" in (a.sql or "") and "LIMIT 1" in (a.sql or ""), a.sql
