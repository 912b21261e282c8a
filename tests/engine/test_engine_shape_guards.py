"""Guards against answers whose shape is almost never what a question means ("shape" round): a count of a
lookup's one row, a distinct count of tallies, a total answered by counting rows, a follow-up that lost the
previous question, a value read from the table's own noun. Each on a small schema of its own (a library's
loans over genres and branches, a helpdesk's tickets)."""

from __future__ import annotations

from shared.ask.engines.rules.followup import context_dropped
from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.ask.engines.rules.sqlshape_doubts import distinct_of_tallies, total_counted_as_rows
from shared.ask.engines.rules.unique_filters import counts_one_row, referred_to
from shared.semantic.schema import ForeignKey, Schema
from shared.semantic.vocabulary.linking import column_info
from tests.engine.schemas import ask, profiled_table

GENRES = [(1, "Mystery", 4), (2, "Poetry", 2), (3, "History", 3)]
GENRE_COLUMNS = [("genre_id", "integer"), ("genre", "text"), ("shelf_count", "integer")]
LOAN_COLUMNS = [("loan_id", "integer"), ("genre_id", "integer"), ("branch", "text"), ("days", "integer")]
LOANS = [(i, 1 + i % 3, ("North", "South", "Harbour")[i % 3 if i % 5 else 0], 3 + i % 20) for i in range(120)]


def _library() -> Schema:
    loans = profiled_table("loans", LOAN_COLUMNS, LOANS)
    loans.foreign_keys = [ForeignKey(["genre_id"], "genres", ["genre_id"])]
    return Schema(tables=[profiled_table("genres", GENRE_COLUMNS, GENRES), loans])


def _columns(schema: Schema, name: str) -> dict:
    table = schema.table(name)
    assert table is not None
    return {c.name: column_info(c, table) for c in table.columns}


def test_a_count_of_a_lookups_one_row_is_doubted_however_small_the_lookup() -> None:
    # Given three genres that the loans refer to
    schema = _library()
    intent = Intent(
        table="genres",
        measures=[Measure(agg="count")],
        filters=[Filter(column="genre", op="=", values=["Mystery"], source="value")],
    )
    # When the rows counted are the genres kept by an equality on the genre's name
    lookup = referred_to(schema, None, "genres")
    # Then the count is of the one row the name keeps: doubted (the loans were counted in the question)
    assert lookup
    assert counts_one_row(intent, _columns(schema, "genres"), lookup)
    # while three rows of a table no one refers to may be unique by chance: no doubt there
    assert not counts_one_row(intent, _columns(schema, "genres"), False)
    assert not referred_to(schema, None, "loans")


def test_a_distinct_count_of_a_tally_column_is_doubted() -> None:
    # Given genres with the number of shelves each fills
    table = _library().table("genres")
    # When a distinct count of the tally column answers
    tallies = Intent(table="genres", measures=[Measure(agg="count_distinct", column="shelf_count")])
    names = Intent(table="genres", measures=[Measure(agg="count_distinct", column="genre")])
    # Then it is doubted; a distinct count of names is not
    assert distinct_of_tallies(tallies, table)
    assert not distinct_of_tallies(names, table)


def test_a_total_answered_by_counting_rows_is_doubted() -> None:
    # Given a reading that counts rows per branch
    rows = Intent(table="loans", measures=[Measure(agg="count")], dimensions=["branch"])
    # When the question asks for a total with no count word
    # Then the rows counted are doubted; a count asked "in total" is not
    assert total_counted_as_rows("Which branch lent out the most days in total?", rows)
    assert total_counted_as_rows("哪个分馆的总借阅天数最高", rows)
    assert not total_counted_as_rows("How many loans were made in total?", rows)
    assert not total_counted_as_rows("一共有多少条借阅记录", rows)
    summed = Intent(table="loans", measures=[Measure(agg="sum", column="days")], dimensions=["branch"])
    assert not total_counted_as_rows("Which branch lent out the most days in total?", summed)


def test_a_followup_answered_over_tables_the_previous_answer_never_read_is_doubted() -> None:
    # Given a previous answer over the genres table
    before = {"table": "genres", "intent": {}}
    # When a follow-up that says it edits it (only …, of those, 其中) is answered over the loans alone
    after = {"table": "loans", "intent": {}}
    # Then the previous question was dropped; a follow-up over a join that keeps genres is not doubted
    assert context_dropped("only the North branch", before, after)
    assert context_dropped("其中北区有几条", before, after)
    assert not context_dropped("How many loans are there?", before, after)
    joined = {"table": "loans", "join": {"fact": "loans", "tables": ["genres"]}}
    assert not context_dropped("only the North branch", before, joined)


def test_a_lookup_count_asked_of_the_referring_rows_is_asked_back() -> None:
    # Given loans referring to three genres
    schema = _library()
    # When the question counts the records of one genre
    a = ask(schema, "How many records borrowed Mystery books?")
    # Then no confident count of the one genre row comes back
    assert a.status != "ok" or "COUNT(*)" not in (a.sql or "") or "JOIN" in (a.sql or ""), a.sql
