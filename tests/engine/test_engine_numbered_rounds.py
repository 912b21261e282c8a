"""Numbered rounds and final-SQL shapes ("music" round).

A header 第几轮 ("which round") numbers each row's round: 第2轮 / 第二轮 / 首轮 is that column = 2 (or 1). A
distinct count grouped by the very thing it counts, and an identifier compared by size with the number of a
count the question says, and a ranking's rows shown by key or date alone where a title names each row, are
misreadings (asked back).

A schema of its own: runners (English headers) and their results per round (Chinese headers), joined.
"""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.ordinalcols import numbered_unit
from shared.ask.engines.rules.sqlshape_doubts import (
    count_asked_rows_listed,
    counted_by_itself,
    key_sized_by_a_count,
    rows_shown_unnamed,
)
from shared.semantic.schema import ForeignKey, Schema
from tests.engine.schemas import ask, memory_db, profiled_table

RUNNERS = [(1, "Ada Moss", "North"), (2, "Ben Reyes", "South"), (3, "Cleo Park", "North")]
RESULTS = [
    (1, 1, "2024-03-02", 2),
    (1, 2, "2024-03-09", 1),
    (2, 1, "2024-03-02", 1),
    (2, 2, "2024-03-09", 3),
    (3, 1, "2024-03-02", 3),
    (3, 2, "2024-03-09", 2),
    (3, 3, "2024-03-16", 1),
]
TABLES = [
    ("runners", [("runner_id", "integer"), ("runner", "text"), ("club", "text")], RUNNERS),
    (
        "赛果",
        [("选手编号", "integer"), ("第几轮", "integer"), ("比赛日期", "text"), ("名次", "integer")],
        RESULTS,
    ),
]


def _schema() -> Schema:
    tables = {name: profiled_table(name, cols, rows) for name, cols, rows in TABLES}
    tables["runners"].primary_key = ["runner_id"]
    tables["赛果"].foreign_keys = [ForeignKey(["选手编号"], "runners", ["runner_id"])]
    return Schema(tables=list(tables.values()))


def _rows(question: str) -> tuple[str, list[tuple]]:
    answer = ask(_schema(), question)
    return answer.status, memory_db(TABLES).execute(answer.sql or "").fetchall()


def test_a_which_round_header_numbers_its_round():
    # Given headers / Then 第几轮 and 轮次 number a round; 名次 (a place) and a plain word do not
    assert numbered_unit("第几轮") == "轮" and numbered_unit("轮次") == "轮"
    assert numbered_unit("名次") is None and numbered_unit("比赛日期") is None


def test_the_second_round_filters_the_numbered_column():
    # When the average place in round 2 is asked, in digits and in Chinese numerals
    # Then only round 2's rows count: (1 + 3 + 2) / 3 = 2.0
    assert _rows("第2轮的平均名次") == ("ok", [(2.0,)])
    assert _rows("第二轮的平均名次是多少") == ("ok", [(2.0,)])


def test_the_first_round_said_with_shou():
    # When 首轮 ("the first round") is asked / Then round 1's rows: (2 + 1 + 3) / 3 = 2.0, not all rows
    assert _rows("首轮的平均名次") == ("ok", [(2.0,)])


def test_a_distinct_count_grouped_by_itself_is_a_misreading():
    # Given SQL counting distinct runners per runner (over the join's key) / Then it is doubted
    grouped = (
        'SELECT t1."runner_id", COUNT(DISTINCT t0."选手编号") FROM "赛果" AS t0 JOIN "runners" AS t1 '
        'ON t1."runner_id" = t0."选手编号" GROUP BY t1."runner_id"'
    )
    assert counted_by_itself(grouped)
    # And counting runners per club is no such thing
    assert not counted_by_itself(grouped.replace('GROUP BY t1."runner_id"', 'GROUP BY t1."club"'))
    assert not counted_by_itself('SELECT COUNT(DISTINCT "club") FROM "runners"')


def test_an_identifier_sized_by_a_counted_number_is_a_misreading():
    # Given a question counting things and SQL comparing an identifier by size
    sql = 'SELECT "club" FROM "runners" WHERE "runner_id" >= 2'
    # Then it is doubted; a plain identifier range, or a count said without one, is not
    assert key_sized_by_a_count("哪些俱乐部有至少两名选手", sql)
    assert key_sized_by_a_count("clubs with at least 2 different runners", sql)
    assert not key_sized_by_a_count("runners with id at least 2", sql)
    assert not key_sized_by_a_count(
        "哪些俱乐部有至少两名选手", 'SELECT "club" FROM "runners" GROUP BY "club"'
    )


BOOKS = [(i, f"Title {i}", f"2020-0{1 + i % 9}-0{1 + i % 7}") for i in range(1, 30)]


def test_which_row_shown_by_its_key_or_date_alone_is_unnamed():
    # Given books with an id, a title naming each book, and a date
    table = profiled_table("books", [("book_id", "integer"), ("title", "text"), ("released", "date")], BOOKS)
    ranked = Intent(table="books", columns=["book_id", "released"], order=[("column", "released", False)])
    # When which book came first is answered by its id and date / Then the rows are unnamed
    assert rows_shown_unnamed(ranked, table)
    # And with the title shown, or with no ranking, they are not
    named = Intent(table="books", columns=["title", "released"], order=[("column", "released", False)])
    assert not rows_shown_unnamed(named, table)
    assert not rows_shown_unnamed(Intent(table="books", columns=["book_id"]), table)


def test_how_many_answered_by_distinct_rows_is_a_misreading():
    # Given distinct runners listed / Then a how-many question is doubted, a which question is not
    sql = 'SELECT DISTINCT "runner" FROM "runners" WHERE "club" = \'North\''
    assert count_asked_rows_listed("北区有几位选手", sql)
    assert count_asked_rows_listed("How many runners are in the North club?", sql)
    assert not count_asked_rows_listed("Which runners are in the North club?", sql)
    assert not count_asked_rows_listed("北区有几位选手", 'SELECT COUNT(DISTINCT "runner") FROM "runners"')


def test_which_day_shown_by_its_date_is_named():
    # Given the first book's date asked with which day / 哪天 / Then the date is the answer, no doubt
    table = profiled_table("books", [("book_id", "integer"), ("title", "text"), ("released", "date")], BOOKS)
    ranked = Intent(table="books", columns=["released"], order=[("column", "released", False)])
    assert not rows_shown_unnamed(ranked, table, "第一本书是哪天出版的")
    assert not rows_shown_unnamed(ranked, table, "On which day was the first book released?")
    assert rows_shown_unnamed(ranked, table, "Which book was released first?")


def test_which_kinds_is_no_how_many():
    # Given 哪几种 ("which kinds") over distinct rows listed / Then no count was asked
    assert not count_asked_rows_listed("北区有哪几种俱乐部", 'SELECT DISTINCT "club" FROM "runners"')
