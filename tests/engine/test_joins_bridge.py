"""Many-to-many bridges (issue 11): a fact reaching one end of a two-key association table reaches the other
end only through it (sales -> books <- book_authors -> authors). Filters on the far end are semi-joins,
groups by it count each fact row once per group, two paths ask which (pure engine, a small bookshop whose
plain joins give other numbers: "Tides" has two authors and its link to Ada is stored twice)."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, memory_db, profiled_table

BOOKS = [(1, "Tides", 2019), (2, "Ember", 2020), (3, "Quarry", 2021)]
AUTHORS = [(10, "Ada", "Chile"), (11, "Ben", "Peru"), (12, "Cyd", "Chile")]
# Tides by Ada and Ben (the Ada link stored twice, no key declared), Ember by Ben, Quarry by Cyd
BOOK_AUTHORS = [(1, 10), (1, 10), (1, 11), (2, 11), (3, 12)]
SALES = [
    (100, 1, 30.0, "2023-01-05"),
    (101, 1, 10.0, "2023-02-05"),
    (102, 2, 50.0, "2023-03-05"),
    (103, 3, 5.0, "2023-04-05"),
    (104, 3, 15.0, "2023-05-05"),
]


def _tables(editors: bool = False) -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    out = [
        ("books", [("book_id", "integer"), ("title", "text"), ("published_year", "integer")], BOOKS),
        ("authors", [("author_id", "integer"), ("author_name", "text"), ("country", "text")], AUTHORS),
        ("book_authors", [("book_id", "integer"), ("author_id", "integer")], BOOK_AUTHORS),
        (
            "sales",
            [("sale_id", "integer"), ("book_id", "integer"), ("revenue", "float"), ("sale_date", "date")],
            SALES,
        ),
    ]
    if editors:
        edits = [(2, 10), (3, 11), (3, 10), (2, 11)]
        out.append(("book_editors", [("book_id", "integer"), ("author_id", "integer")], edits))
    return out


def bookshop(editors: bool = False) -> Schema:
    tables: dict[str, Table] = {n: profiled_table(n, cols, rows) for n, cols, rows in _tables(editors)}
    tables["books"].primary_key = ["book_id"]
    tables["authors"].primary_key = ["author_id"]
    links = [
        ForeignKey(["book_id"], "books", ["book_id"]),
        ForeignKey(["author_id"], "authors", ["author_id"]),
    ]
    tables["book_authors"].foreign_keys = list(links)
    if editors:
        tables["book_editors"].foreign_keys = list(links)
    tables["sales"].foreign_keys = [ForeignKey(["book_id"], "books", ["book_id"])]
    return Schema(tables=list(tables.values()))


def rows(sql: str | None) -> list[tuple]:
    conn: sqlite3.Connection = memory_db(_tables())
    return sorted(conn.execute(sql or "").fetchall(), key=str)


def test_a_filter_on_the_far_end_is_a_semi_join_that_counts_each_sale_once() -> None:
    # Given sales of books whose authors are linked through book_authors (Ada's link to Tides stored twice)
    # When the total amount of Ada's books is asked
    a = ask(bookshop(), "total revenue for author Ada")
    # Then the sales of books with an Ada link are summed once each (30 + 10), not once per link (80)
    assert a.status == "ok", a.message
    assert "IN (SELECT" in a.sql, a.sql
    assert rows(a.sql) == [(40.0,)]


def test_an_average_filtered_by_the_far_end_is_not_weighted_by_the_links() -> None:
    # Given the same bookshop
    # When the average sale of Chilean authors' books is asked (Ada's Tides and Cyd's Quarry)
    a = ask(bookshop(), "average revenue of books whose authors are from Chile")
    # Then each sale counts once: (30 + 10 + 5 + 15) / 4, not Tides' sales twice over
    assert a.status == "ok", a.message
    assert rows(a.sql) == [(15.0,)]


def test_a_group_by_the_far_end_counts_each_sale_once_per_author() -> None:
    # Given the same bookshop
    # When the total amount per author is asked
    a = ask(bookshop(), "total revenue by author")
    # Then Tides' sales count for Ada and for Ben, once each (never twice for Ada), and the reading says so
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Ada", 40.0), ("Ben", 90.0), ("Cyd", 20.0)]
    assert "counts once in each" in (a.interpretation or "")


def test_a_group_by_the_far_end_in_chinese() -> None:
    # Given the same bookshop
    # When the revenue is totalled per author name in Chinese, and Ada's books' revenue asked
    a = ask(bookshop(), "每个作者名的收入总额")
    b = ask(bookshop(), "作者Ada的书的总收入")
    # Then each author's books' sales count once each, and the reading says a book counts for each author
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Ada", 40.0), ("Ben", 90.0), ("Cyd", 20.0)]
    assert "各计一次" in (a.interpretation or "")
    assert b.status == "ok", b.message
    assert rows(b.sql) == [(40.0,)]


def test_two_bridges_to_one_far_end_ask_which() -> None:
    # Given authors linked to books both as authors and as editors
    # When the total per author is asked
    a = ask(bookshop(editors=True), "total revenue by author")
    # Then the engine asks which link is meant instead of picking one
    assert a.status == "clarify"


def test_both_of_two_far_values_is_no_any_of_them() -> None:
    # Given the same bookshop
    # When the sales of books by both Ada and Ben are asked
    a = ask(bookshop(), "total revenue of books by both Ada and Ben")
    # Then the engine does not answer with the books of either (an IN list reads "any")
    assert a.status != "ok" or rows(a.sql) == [(40.0,)], a.sql


def test_a_share_of_the_far_end_is_of_all_sales_once_each() -> None:
    # Given the same bookshop
    # When the share of revenue going to Ben's books is asked
    a = ask(bookshop(), "what share of sales are for books by Ben")
    # Then it is the share of all sales' revenue (90 of 110), each sale once, not of sale-link rows
    assert a.status == "ok", a.message
    assert "IN (SELECT" in a.sql, a.sql
    assert rows(a.sql) == [(90.0 / 110.0,)]


def test_things_counted_per_far_end_through_the_bridge() -> None:
    # Given books linked to authors only through book_authors
    # When the books of each author are counted
    a = ask(bookshop(), "How many books does each author have?")
    # Then each book counts once for each of its authors (Tides for Ada once, despite its doubled link)
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Ada", 1), ("Ben", 2), ("Cyd", 1)]


def test_a_year_in_the_question_is_the_facts_date_not_a_joined_year() -> None:
    # Given sales dated by sale_date, and books with a publication year of their own
    # When a year is said of the sales through the bridge
    a = ask(bookshop(), "total revenue for author Ada in 2023")
    # Then the year bounds the sales' date with no doubt about the books' year
    assert a.status == "ok", a.message
    assert "sale_date" in a.sql and rows(a.sql) == [(40.0,)]


def test_a_year_said_right_after_a_joined_tables_word_is_not_put_on_the_facts_date() -> None:
    # Given the same bookshop
    # When a year is said right after the books' word ("books from 2020": published or sold?)
    a = ask(bookshop(), "total revenue of books from 2020")
    # Then the engine does not answer with the sales since 2020 as if sure
    assert a.status != "ok" or "published_year" in a.sql, a.sql


def test_ies_plurals_whose_noun_ends_in_ie_keep_it() -> None:
    # Given English plurals in -ies
    from shared.semantic.vocabulary.segment import lemma

    # When they are lemmatised
    # Then the dictionary's noun decides: -ie nouns keep it, the rest end in -y
    assert [lemma(w) for w in ("cookies", "rookies", "cities", "categories")] == [
        "cookie",
        "rookie",
        "city",
        "category",
    ]
