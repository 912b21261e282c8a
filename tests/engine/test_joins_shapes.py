"""Shapes of questions across tables (issue 11, English side): pairs of one entity, counts per entity,
relation verbs, rankings by a child's total (pure engine, synthetic tables built here)."""

from __future__ import annotations

import sqlite3

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules import joins
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.joins_attach import unnamed_owner_doubt
from shared.ask.engines.rules.joins_refine import owners_id, per_entity_count
from shared.semantic.schema import ForeignKey, Schema, SemanticLayer, Table
from tests.engine.schemas import ask, memory_db, profiled_table

# Two members share the name Ann: a count per name would merge them.
MEMBERS = [(1, "Ann", 9), (2, "Bob", 10), (3, "Ann", 11), (4, "Cyd", 12)]
MENTORS = [(1, 2), (1, 3), (1, 4), (3, 2), (3, 4), (2, 1)]  # (member_id, mentor_id)
VOTES = [(1, 2), (2, 3), (4, 1)]  # (member_id, voted_id): member_id unique, one-to-one


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("members", [("id", "integer"), ("name", "text"), ("grade", "integer")], MEMBERS),
        ("mentors", [("member_id", "integer"), ("mentor_id", "integer")], MENTORS),
        ("votes", [("member_id", "integer"), ("voted_id", "integer")], VOTES),
    ]


def club_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["mentors"].foreign_keys = [
        ForeignKey(["member_id"], "members", ["id"]),
        ForeignKey(["mentor_id"], "members", ["id"]),
    ]
    tables["votes"].foreign_keys = [
        ForeignKey(["member_id"], "members", ["id"]),
        ForeignKey(["voted_id"], "members", ["id"]),
    ]
    return Schema(tables=list(tables.values()))


def club_db() -> sqlite3.Connection:
    return memory_db(_tables())


def rows(sql: str | None) -> list[tuple]:
    return sorted(club_db().execute(sql or "").fetchall(), key=str)


# ---------------------------------------------------------------- a table of pairs of one entity
def test_a_pair_table_is_read_from_its_holder_not_the_key_named_after_it() -> None:
    # Given mentors(member_id, mentor_id), both keys pointing at members
    # When asked how many mentors Bob has
    a = ask(club_schema(), "How many mentors does Bob have?")
    # Then Bob's rows are those he holds (member_id), not those where he is the mentor
    assert a.status == "ok", a.message
    assert '"member_id"' in a.sql and '"mentor_id"' not in a.sql
    assert rows(a.sql) == [(1,)]


def test_a_pair_table_whose_keys_name_neither_end_still_asks_which() -> None:
    # Given a pair table none of whose keys is named after it
    schema = club_schema()
    mentors = schema.table("mentors")
    assert mentors is not None
    mentors.name = "pairs"
    for t in schema.tables:
        for fk in t.foreign_keys:
            fk.table = "members"
    # When a question counts its rows per member
    a = ask(schema, "How many pairs does Bob have?")
    # Then the engine asks which key, never picks one
    assert a.status == "clarify"


# ---------------------------------------------------------------- counts per entity are per entity
def test_a_count_per_a_name_that_repeats_is_per_entity() -> None:
    # Given two members named Ann (ids 1 and 3), with 3 and 2 mentors
    # When the names and their mentor counts are asked for
    a = ask(club_schema(), "Show the names of members and their number of mentors.")
    # Then each Ann is counted on her own, and her id is shown beside her name
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Ann", 1, 3), ("Ann", 3, 2), ("Bob", 2, 1)]


def test_a_count_condition_per_a_name_that_repeats_is_per_entity() -> None:
    # When the members with at least 3 mentors are asked for by name
    a = ask(club_schema(), "Show the names of members who have at least 3 mentors.")
    # Then only the first Ann qualifies (the two Anns together have 5)
    assert a.status == "ok", a.message
    assert [r[0] for r in rows(a.sql)] == ["Ann"]
    assert len(rows(a.sql)) == 1


def test_the_table_a_count_counts_is_the_fact_even_over_a_one_to_one_key() -> None:
    # Given votes(member_id unique -> members, one-to-one): members could reach votes backwards
    # When the member with the most votes is asked for by name
    a = ask(club_schema(), "What is the name of the member who has the greatest number of votes?")
    # Then the votes are counted per member (FROM votes), not members listed
    assert 'FROM "votes"' in (a.sql or "") and "COUNT(*)" in (a.sql or "")
    # And, member_id being unique in votes, every member's count is 1: the ranking says nothing, so the
    # reading is shown and confirmed rather than answered
    assert a.status == "clarify"


# ---------------------------------------------------------------- owners, pets and the bridge between them
KEEPERS = [(1, "Ann", "Lee", 30), (2, "Bo", "Lee", 3), (3, "Cy", "Moss", 41)]
ANIMALS = [(10, "cat", 3), (11, "cat", 7), (12, "dog", 3)]
KEEPS = [(1, 10), (2, 11), (3, 12)]  # (kid, aid): Ann keeps the 3-year-old cat, Bo (aged 3) a 7-year-old one


def _zoo_tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("keeper", [("kid", "integer"), ("Fname", "text"), ("LName", "text"), ("age", "integer")], KEEPERS),
        ("animal", [("aid", "integer"), ("kind", "text"), ("animal_age", "integer")], ANIMALS),
        ("keeps", [("kid", "integer"), ("aid", "integer")], KEEPS),
    ]


def zoo_schema() -> Schema:
    tables = {name: profiled_table(name, cols, rows) for name, cols, rows in _zoo_tables()}
    tables["keeps"].foreign_keys = [
        ForeignKey(["kid"], "keeper", ["kid"]),
        ForeignKey(["aid"], "animal", ["aid"]),
    ]
    return Schema(tables=list(tables.values()))


def zoo_rows(sql: str | None) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    for name, cols, data in _zoo_tables():
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(c for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', data)
    return sorted(conn.execute(sql or "").fetchall(), key=str)


def test_first_name_names_a_column_cut_to_its_initial() -> None:
    # Given keeper.Fname and keeper.LName (first and last name, the first word cut to its initial)
    # When the first names of the keepers of a dog are asked for
    a = ask(zoo_schema(), "Find the first name of keepers who have a dog.")
    # Then Fname is listed (not LName, and "first" is no superlative)
    assert a.status == "ok", a.message
    assert zoo_rows(a.sql) == [("Cy",)]


def test_a_condition_after_a_noun_belongs_to_that_nouns_table() -> None:
    # Given "age" naming keeper.age outright and animal.animal_age in part
    # When the condition follows the cat ("a cat that is age 3")
    a = ask(zoo_schema(), "Find the last name of the keeper who has a cat that is age 3.")
    # Then it is the cat's age (Ann's cat), not a keeper aged 3 (Bo)
    assert a.status == "ok", a.message
    assert '"animal_age" = 3' in a.sql
    assert zoo_rows(a.sql) == [("Lee",)] and "Bo" not in str(zoo_rows(a.sql.replace("LName", "Fname")))
    # And after the keeper ("keepers that have an age over 20") it stays the keeper's
    b = ask(zoo_schema(), "How many animals are kept by keepers that have an age greater than 20?")
    assert '"age" > 20' in (b.sql or "") and "animal_age" not in (b.sql or "")


# ---------------------------------------------------------------- relation verbs and counts through a bridge
TEACHERS = [(1, "Ada"), (2, "Ben"), (3, "Cal")]
COURSES = [(10, "Math"), (11, "Art"), (12, "Music")]
ARRANGED = [(10, 1), (11, 1), (12, 2), (10, 3), (11, 3), (12, 3)]  # (course_id, teacher_id)


def _school_tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("teacher", [("teacher_id", "integer"), ("name", "text")], TEACHERS),
        ("course", [("course_id", "integer"), ("course", "text")], COURSES),
        ("arrangement", [("course_id", "integer"), ("teacher_id", "integer")], ARRANGED),
    ]


def school_schema() -> Schema:
    tables = {name: profiled_table(name, cols, rows) for name, cols, rows in _school_tables()}
    tables["arrangement"].foreign_keys = [
        ForeignKey(["course_id"], "course", ["course_id"]),
        ForeignKey(["teacher_id"], "teacher", ["teacher_id"]),
    ]
    return Schema(tables=list(tables.values()))


def school_rows(sql: str | None) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    for name, cols, data in _school_tables():
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(c for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', data)
    return sorted(conn.execute(sql or "").fetchall(), key=str)


def test_a_relation_verb_between_two_tables_is_the_join_and_the_other_tables_count_is_per_entity() -> None:
    # Given teachers and courses linked by arrangements, the course table naming its rows by `course`
    # When asked for the teachers that teach at least two courses
    a = ask(school_schema(), "Show names of teachers that teach at least two courses.")
    # Then "teach" is the relationship (no unknown word), and the arrangements are counted per teacher
    assert a.status == "ok", a.message
    assert not a.unknown_words and a.confidence >= 0.85
    assert "HAVING COUNT(*) >= 2" in a.sql
    assert [r[0] for r in school_rows(a.sql)] == ["Ada", "Cal"]


def test_an_unknown_word_that_is_no_verb_between_two_tables_still_asks_back() -> None:
    # When the word between the teachers and the courses is no English verb
    a = ask(school_schema(), "Show names of teachers that blorptastic at least two courses.")
    # Then it is not read as the relationship: the engine asks back
    assert a.status == "clarify"


# ------------------------------------------------------------ one table: counted nouns and guessed columns
SPOKEN = [
    ("AF", "Dari", "T", 32.1),
    ("AF", "Pashto", "T", 52.4),
    ("AF", "Uzbek", "F", 8.8),
    ("NL", "Dutch", "T", 95.6),
    ("BE", "Dutch", "T", 59.2),
]


def spoken_schema() -> Schema:
    cols = [("code", "text"), ("language", "text"), ("is_official", "text"), ("percentage", "float")]
    table = profiled_table("spoken", cols, SPOKEN)
    official = table.column("is_official")
    assert official is not None and official.profile is not None
    return Schema(tables=[table])


def test_a_yes_no_word_before_the_counted_noun_qualifies_it() -> None:
    # When asked how many official languages there are (official: the yes/no column, read as a condition)
    a = ask(spoken_schema(), "How many official languages are there?")
    # Then the distinct official languages are counted, not rows with the noun left unread
    assert a.status == "ok", a.message
    assert 'COUNT(DISTINCT "language")' in a.sql and "'T'" in a.sql


def test_a_number_outside_the_only_measures_values_is_not_compared_with_it() -> None:
    # Given a table whose only measure is a percentage (values 8.8 to 95.6)
    # When a number within its values is compared, Then it is the percentage
    a = ask(spoken_schema(), "How many languages are below 50?")
    assert a.status == "ok" and '"percentage" < 50' in a.sql, a.sql
    # When a number no row comes near is compared ("below 1930": every row passes)
    b = ask(spoken_schema(), "How many languages are below 1930?")
    # Then the percentage is not guessed as its column: the engine asks back
    assert b.status == "clarify", b.sql


# ------------------------------------------------------------ a list verb that is also a table's name
CONDUCTORS = [(1, "Ada"), (2, "Ben")]
ORCHESTRAS = [(10, "North", 1), (11, "South", 1), (12, "East", 2)]
SHOWS = [(100, 10), (101, 10), (102, 12)]  # two shows of North: joined, North would repeat


def _stage_tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("conductor", [("conductor_id", "integer"), ("name", "text")], CONDUCTORS),
        (
            "orchestra",
            [("orchestra_id", "integer"), ("orchestra", "text"), ("conductor_id", "integer")],
            ORCHESTRAS,
        ),
        ("show", [("show_id", "integer"), ("orchestra_id", "integer")], SHOWS),
    ]


def stage_schema() -> Schema:
    tables = {name: profiled_table(name, cols, rows) for name, cols, rows in _stage_tables()}
    tables["orchestra"].foreign_keys = [ForeignKey(["conductor_id"], "conductor", ["conductor_id"])]
    tables["show"].foreign_keys = [ForeignKey(["orchestra_id"], "orchestra", ["orchestra_id"])]
    return Schema(tables=list(tables.values()))


def stage_rows(sql: str | None) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    for name, cols, data in _stage_tables():
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(c for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', data)
    return sorted(conn.execute(sql or "").fetchall(), key=str)


def test_show_opening_a_question_is_the_list_verb_not_the_show_table() -> None:
    # When "Show" opens a question over conductors and orchestras, beside a table named show
    a = ask(stage_schema(), "Show the names of conductors and the orchestras they have conducted.")
    # Then the shows are not joined: each orchestra beside its conductor's name
    assert a.status == "ok", a.message
    assert '"show"' not in a.sql
    assert stage_rows(a.sql) == [("Ada", "North"), ("Ada", "South"), ("Ben", "East")]


def test_two_tables_named_that_one_table_cannot_read_are_read_over_the_join() -> None:
    # When the conductors are asked for by a count of their orchestras (one table cannot read it)
    a = ask(stage_schema(), "Show the names of conductors that have conducted more than one orchestras.")
    # Then the orchestras are counted per conductor over the join
    assert a.status == "ok", a.message
    assert [r[0] for r in stage_rows(a.sql)] == ["Ada"]


def test_an_entity_ranked_by_a_count_shows_its_id_when_asked() -> None:
    # Given departments (unique names) and their degree programs
    departments = profiled_table(
        "departments", [("department_id", "integer"), ("department_name", "text")], [(1, "Art"), (2, "Law")]
    )
    programs = profiled_table(
        "degree_programs",
        [("degree_program_id", "integer"), ("department_id", "integer"), ("degree_summary_name", "text")],
        [(1, 1, "BA"), (2, 1, "MA"), (3, 2, "LLB")],
    )
    programs.foreign_keys = [ForeignKey(["department_id"], "departments", ["department_id"])]
    # When the department with the most degrees is asked for with its name and id
    q = "Which department offers the most number of degrees? List department name and id."
    a = ask(Schema(tables=[departments, programs]), q)
    # Then its id is listed beside its name
    assert a.status == "ok", a.message
    assert 't0."department_id"' in a.sql.split(" FROM ")[0] and '"department_name"' in a.sql


# ------------------------------------------------------------ a column word two tables share
def kennel_schema() -> Schema:
    owners = profiled_table(
        "owners", [("owner_id", "integer"), ("last_name", "text")], [(1, "Lee"), (2, "Moss")]
    )
    dogs = profiled_table(
        "dogs", [("dog_id", "integer"), ("owner_id", "integer")], [(10, 1), (11, 2), (12, 2)]
    )
    pros = profiled_table(
        "professionals", [("professional_id", "integer"), ("last_name", "text")], [(7, "Hart")]
    )
    treatments = profiled_table(
        "treatments",
        [
            ("treatment_id", "integer"),
            ("dog_id", "integer"),
            ("professional_id", "integer"),
            ("cost", "integer"),
        ],
        [(1, 10, 7, 50), (2, 11, 7, 20), (3, 12, 7, 40)],
    )
    dogs.foreign_keys = [ForeignKey(["owner_id"], "owners", ["owner_id"])]
    treatments.foreign_keys = [
        ForeignKey(["dog_id"], "dogs", ["dog_id"]),
        ForeignKey(["professional_id"], "professionals", ["professional_id"]),
    ]
    return Schema(tables=[owners, dogs, pros, treatments])


def test_a_column_word_two_tables_share_is_doubted_in_the_table_no_word_names() -> None:
    # Given owners.last_name and professionals.last_name joined over the treatments
    schema = kennel_schema()
    ctx = joins.context_for(schema, SemanticLayer())
    assert ctx is not None
    view = joins.view_for(ctx, "treatments", frozenset({"owners", "dogs", "professionals"}))
    by_source = {tc: v for v, tc in view.columns.items()}
    q = "Tell me the owner id and last name of the owner who spent the most on treatments of his or her dogs."
    found = joins.mentions(joins.items_of(q, ctx.index), schema)

    def listing(table: str) -> EngineAnswer:
        intent = {"table": "treatments", "columns": [by_source[(table, "last_name")]]}
        return EngineAnswer(status="ok", engine="rules", state={"intent": intent})

    # When the last name listed is the professionals' (no word names them) while the owner is named
    # Then the reading is doubted; the owners' last name is not
    assert unnamed_owner_doubt(listing("professionals"), view, found) > 0
    assert unnamed_owner_doubt(listing("owners"), view, found) == 0


def test_the_most_on_a_table_is_no_count_of_its_rows() -> None:
    # Given the treatments joined to the dogs and their owners
    schema = kennel_schema()
    ctx = joins.context_for(schema, SemanticLayer())
    assert ctx is not None
    view = joins.view_for(ctx, "treatments", frozenset({"owners", "dogs"}))

    def per(question: str) -> object:
        return per_entity_count(question, view, joins.mentions(joins.items_of(question, ctx.index), schema))

    # When the owner is ranked by "the most treatments", Then the treatments are counted per owner
    assert per("Which owner has the most treatments?") == ("rank", True)
    # When the owner "spent the most on treatments", Then it is no count of the treatments
    assert per("Which owner spent the most on treatments?") is None


# ------------------------------------------------------------ a fact keyed by its entity and the thing
def atlas_schema() -> tuple[Schema, sqlite3.Connection]:
    data = {
        "country": (
            [("code", "text"), ("name", "text"), ("local_name", "text")],
            [
                ("AF", "Afghanistan", "Afganistan"),
                ("NL", "Netherlands", "Nederland"),
                ("BE", "Belgium", "Belgie"),
            ],
        ),
        "spoken": (
            [("country_code", "text"), ("language", "text")],
            [
                ("AF", "Dari"),
                ("AF", "Pashto"),
                ("AF", "Uzbek"),
                ("NL", "Dutch"),
                ("BE", "Dutch"),
                ("BE", "French"),
            ],
        ),
    }
    tables = {name: profiled_table(name, cols, rows) for name, (cols, rows) in data.items()}
    tables["country"].primary_key = ["code"]
    tables["spoken"].primary_key = ["country_code", "language"]
    tables["spoken"].foreign_keys = [ForeignKey(["country_code"], "country", ["code"])]
    conn = sqlite3.connect(":memory:")
    for name, (cols, rows) in data.items():
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(c for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', rows)
    return Schema(tables=list(tables.values())), conn


def test_the_things_a_fact_keys_beside_its_entity_are_counted_per_entity() -> None:
    # Given spoken(country_code, language) keyed by both: per country, its rows are its languages
    schema, conn = atlas_schema()
    # When the country speaking the most languages is asked for by its name
    a = ask(schema, "What is the name of the country that speaks the largest number of languages?")
    # Then the languages are counted per country ("name" is the column called name, not local_name)
    assert a.status == "ok", a.message
    assert conn.execute(a.sql).fetchall()[0][0] == "Afghanistan"


def test_a_count_condition_with_the_count_asked_for_shows_the_count() -> None:
    schema, conn = atlas_schema()
    q = "What are the names of countries that speak more than 1 languages, and how many languages they speak?"
    a = ask(schema, q)
    assert a.status == "ok", a.message
    assert sorted(conn.execute(a.sql).fetchall()) == [("Afghanistan", 3), ("Belgium", 2)]


def test_the_id_of_a_named_table_is_its_key_not_the_facts_own_id() -> None:
    # Given contents(student_course_id, transcript_id) of transcripts(transcript_id, transcript_date)
    transcripts = profiled_table(
        "transcripts",
        [("transcript_id", "integer"), ("transcript_date", "text")],
        [(1, "2024-01"), (2, "2024-02")],
    )
    contents = profiled_table(
        "contents", [("student_course_id", "integer"), ("transcript_id", "integer")], [(7, 1), (8, 1), (9, 2)]
    )
    contents.foreign_keys = [ForeignKey(["transcript_id"], "transcripts", ["transcript_id"])]
    schema = Schema(tables=[transcripts, contents])
    ctx = joins.context_for(schema, SemanticLayer())
    assert ctx is not None
    view = joins.view_for(ctx, "contents", frozenset({"transcripts"}))
    q = "Show the date and id of the transcript with at least 2 course results."
    found = joins.mentions(joins.items_of(q, ctx.index), schema)
    # When a reading lists the contents' own id for "id of the transcript"
    intent = Intent(table="contents", columns=["transcript_date", "student_course_id"])
    # Then the transcript's key is listed instead
    assert owners_id(intent, view, q, found)
    assert intent.columns == ["transcript_date", "transcript_id"]


def test_a_count_condition_on_another_tables_rows_is_not_answered_from_one_table() -> None:
    # Given transcripts and the course results (contents) that point at them
    transcripts = profiled_table(
        "transcripts",
        [("transcript_id", "integer"), ("transcript_date", "text")],
        [(i, f"2024-{i % 12 + 1:02d}") for i in range(1, 30)],
    )
    contents = profiled_table(
        "contents",
        [("student_course_id", "integer"), ("transcript_id", "integer")],
        [(100 + i, i % 29 + 1) for i in range(60)],
    )
    contents.foreign_keys = [ForeignKey(["transcript_id"], "transcripts", ["transcript_id"])]
    schema = Schema(tables=[transcripts, contents])
    # When the count condition counts the other table's rows
    a = ask(schema, "Show the date and id of the transcript with at least 2 course results.")
    # Then the transcripts' own rows per date are not counted as if sure
    sql = a.sql or ""
    assert a.status == "clarify" or "contents" in sql, sql
