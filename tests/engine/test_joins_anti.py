"""Rows with no related rows (issue 11, anti-joins): "members who never borrowed", 没有借阅记录的会员,
"members without books" through the loans that link them (pure engine, a small library twin whose
one-table and plain-join readings give other numbers)."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, memory_db, profiled_table

# Ines and Omar never borrowed; Lena borrowed three times (a join would count her three times).
MEMBERS = [
    (10, "Lena", "Graz"),
    (11, "Ines", "Graz"),
    (12, "Omar", "Linz"),
    (13, "Per", "Linz"),
    (14, "Rui", "Graz"),
]
BOOKS = [(1, "Dune", "scifi"), (2, "Emma", "novel"), (3, "Ulysses", "novel"), (4, "Solaris", "scifi")]
# (loan_id, member_id, book_id, loan_date): Solaris and Ulysses were never loaned
LOANS = [
    (100, 10, 1, "2021-01-02"),
    (101, 10, 2, "2021-02-02"),
    (102, 10, 1, "2021-03-02"),
    (103, 13, 2, "2021-04-02"),
    (104, 14, 1, "2022-05-02"),
]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("members", [("member_id", "integer"), ("member_name", "text"), ("city", "text")], MEMBERS),
        ("books", [("book_id", "integer"), ("title", "text"), ("genre", "text")], BOOKS),
        (
            "loans",
            [("loan_id", "integer"), ("member_id", "integer"), ("book_id", "integer"), ("loan_date", "date")],
            LOANS,
        ),
    ]


def library() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["members"].primary_key = ["member_id"]
    tables["books"].primary_key = ["book_id"]
    tables["loans"].foreign_keys = [
        ForeignKey(["member_id"], "members", ["member_id"]),
        ForeignKey(["book_id"], "books", ["book_id"]),
    ]
    return Schema(tables=list(tables.values()))


def rows(sql: str | None) -> list[tuple]:
    conn: sqlite3.Connection = memory_db(_tables())
    return sorted(conn.execute(sql or "").fetchall(), key=str)


def test_a_count_of_rows_with_no_related_rows_is_a_not_exists_on_the_relationship() -> None:
    # Given members and their loans
    # When asked how many members never borrowed a book, by the loans' word or by the verb's
    for question in ("How many members have no loans?", "How many members have never loaned a book?"):
        a = ask(library(), question)
        # Then the members with no loan row are counted (Ines, Omar), not the loans nor all members
        assert a.status == "ok", (question, a.message)
        assert "NOT EXISTS" in a.sql, a.sql
        assert rows(a.sql) == [(2,)], question


def test_rows_without_a_thing_reached_through_its_bridge_test_the_bridge() -> None:
    # Given books reached from members only through the loans
    # When the members without books are listed
    a = ask(library(), "members without books")
    # Then the members with no loan row are listed by name
    assert a.status == "ok", a.message
    assert "loans" in a.sql and "NOT EXISTS" in a.sql
    assert rows(a.sql) == [("Ines",), ("Omar",)]


def test_things_never_done_by_a_verb_name_the_table_the_verb_names() -> None:
    # When the books never loaned are asked for ("loaned": the loans)
    a = ask(library(), "Which books were never loaned?")
    # Then the books with no loan are listed
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Solaris",), ("Ulysses",)]


def test_the_rest_of_the_question_still_filters_the_subject() -> None:
    # When the members of one city with no loans are counted
    a = ask(library(), "How many members in Graz have no loans?")
    # Then only Graz's members without loans (Ines)
    assert a.status == "ok", a.message
    assert rows(a.sql) == [(1,)]


ZH_TABLES = [
    ("会员", [("会员编号", "integer"), ("姓名", "text"), ("城市", "text")], MEMBERS),
    ("借阅", [("借阅号", "integer"), ("会员编号", "integer"), ("书号", "integer"), ("日期", "date")], LOANS),
]


def zh_library() -> Schema:
    tables = {name: profiled_table(name, cols, rows) for name, cols, rows in ZH_TABLES}
    tables["会员"].primary_key = ["会员编号"]
    tables["借阅"].foreign_keys = [ForeignKey(["会员编号"], "会员", ["会员编号"])]
    return Schema(tables=list(tables.values()))


def test_chinese_rows_with_no_related_rows_by_the_tables_word_or_the_verbs_character() -> None:
    # Given 会员 and their 借阅 (loans)
    conn = memory_db(ZH_TABLES)
    for question in ("没有借阅记录的会员有多少个", "从来没有借过书的会员有几个"):
        # When the members with no loan are counted
        a = ask(zh_library(), question)
        # Then it is a NOT EXISTS on the loans' key to the members: 2 (not 5 members, not 3 borrowers)
        assert a.status == "ok", (question, a.message)
        assert conn.execute(a.sql).fetchall() == [(2,)], question


def test_a_clause_that_says_more_than_the_table_is_not_read_as_rows_without_rows() -> None:
    # When the clause carries a condition on the other table's rows (a year)
    a = ask(library(), "How many members have no loans in 2021?")
    # Then no NOT EXISTS without that year: the engine does not answer a question it cut short
    assert not (a.status == "ok" and "NOT EXISTS" in (a.sql or "")), a.sql


def test_excluding_is_no_anti_join() -> None:
    # When a value is excluded ("excluding Graz"), nothing is asked about related rows
    a = ask(library(), "How many members excluding Graz?")
    assert "NOT EXISTS" not in (a.sql or "")


def test_a_value_in_the_clause_is_a_condition_on_the_related_rows() -> None:
    # Given loans of books of two genres (Lena and Rui loaned scifi, Per only a novel)
    for question in ("How many members have no scifi loans?", "How many members have no scifi books?"):
        # When the members with no scifi loan are counted
        a = ask(library(), question)
        # Then the genre filters the related rows inside NOT EXISTS: Ines, Omar and Per (3), not the
        # members with a non-scifi loan (1) nor those without loans (2)
        assert a.status == "ok", (question, a.message)
        assert rows(a.sql) == [(3,)], (question, a.sql)


def test_a_follow_up_keeps_the_rows_without_related_rows() -> None:
    # Given the members who never borrowed were just counted
    first = ask(library(), "How many members have no loans?")
    assert first.status == "ok", first.message
    # When the follow-up narrows them to one city
    a = ask(library(), "只看Linz的呢？", state=first.state)
    # Then it is still the members with no loan, in Linz (Omar), not every Linz member (2)
    assert a.status == "ok", a.message
    assert "NOT EXISTS" in a.sql and rows(a.sql) == [(1,)], a.sql


FINES = [(1, 10, 3), (2, 11, 2), (3, 11, 4), (4, 14, 1)]  # Lena, Ines (twice), Rui


def with_fines() -> tuple[Schema, sqlite3.Connection]:
    schema = library()
    fines = profiled_table(
        "fines", [("fine_id", "integer"), ("member_id", "integer"), ("euros", "integer")], FINES
    )
    fines.foreign_keys = [ForeignKey(["member_id"], "members", ["member_id"])]
    schema.tables.append(fines)
    conn = memory_db(
        [
            *_tables(),
            ("fines", [("fine_id", "integer"), ("member_id", "integer"), ("euros", "integer")], FINES),
        ]
    )
    return schema, conn


def test_rows_with_related_rows_in_both_tables_are_an_exists_for_each() -> None:
    # Given members with loans (Lena, Per, Rui) and with fines (Lena, Ines twice, Rui)
    schema, conn = with_fines()
    # When the members with both are counted
    a = ask(schema, "How many members have both loans and fines?")
    # Then only the members in both (Lena, Rui) are counted, once each (a join would count 2x2 + 1)
    assert a.status == "ok", a.message
    assert conn.execute(a.sql).fetchall() == [(2,)], a.sql


def test_chinese_rows_with_related_rows_in_both_tables() -> None:
    # Given 会员 with 借阅 and 罚款 rows
    cols = [("罚款号", "integer"), ("会员编号", "integer"), ("金额", "integer")]
    fines = profiled_table("罚款", cols, FINES)
    fines.foreign_keys = [ForeignKey(["会员编号"], "会员", ["会员编号"])]
    schema = zh_library()
    schema.tables.append(fines)
    conn = memory_db([*ZH_TABLES, ("罚款", cols, FINES)])
    # When 既有…又有… is asked
    a = ask(schema, "既有借阅记录又有罚款记录的会员有多少个")
    # Then an EXISTS for each: 2
    assert a.status == "ok", a.message
    assert conn.execute(a.sql).fetchall() == [(2,)], a.sql
