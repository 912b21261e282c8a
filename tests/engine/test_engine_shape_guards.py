"""Guards against answers whose shape is almost never what a question means ("shape" round): a count of a
lookup's one row, a distinct count of tallies, a total answered by counting rows, a follow-up that lost the
previous question, a value read from the table's own noun. Each on a small schema of its own (a library's
loans over genres and branches, a helpdesk's tickets)."""

from __future__ import annotations

from shared.ask.engines.rules.answer_checks import period_outside_data, season_unread
from shared.ask.engines.rules.filter_evidence import range_read_as_list
from shared.ask.engines.rules.followup import context_dropped, measure_dropped
from shared.ask.engines.rules.intent import Filter, Intent, Measure, TimeRange
from shared.ask.engines.rules.sqlshape_doubts import (
    share_of_pooled_values,
    total_counted_as_rows,
)
from shared.ask.engines.rules.tallydistinct import distinct_tally
from shared.ask.engines.rules.unique_filters import counts_one_row, referred_to
from shared.semantic.schema import ForeignKey, Schema
from shared.semantic.vocabulary.linking import column_info
from shared.semantic.vocabulary.linktypes import Item, Link
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
    # When a distinct count of the tally column answers (tallydistinct, checked on the final SQL)
    tallies = 'SELECT COUNT(DISTINCT "shelf_count") FROM "genres"'
    names = 'SELECT COUNT(DISTINCT "genre") FROM "genres"'
    # Then it is doubted; a distinct count of names is not
    assert distinct_tally(tallies)
    assert not distinct_tally(names)


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


def test_a_followup_that_counts_rows_where_the_previous_answer_measured_an_amount_is_doubted() -> None:
    # Given a previous answer: the days lent per branch
    before = {"table": "loans", "intent": {"measures": [{"agg": "sum", "column": "days"}]}}
    after = {"table": "loans", "intent": {"measures": [{"agg": "count", "column": None}]}}
    # When "of those, which branch is the most" is answered by counting rows
    # Then the previous measure was dropped; a follow-up that asks a count is not doubted
    assert measure_dropped("of those, which branch is the most?", before, after)
    assert measure_dropped("其中哪个分馆最多", before, after)
    assert not measure_dropped("of those, how many loans were there?", before, after)
    assert not measure_dropped("Which branch has the most loans?", before, after)


def test_a_month_of_the_year_answered_by_each_month_of_each_year_is_doubted() -> None:
    # Given loans and a reading ranking the year-month periods (2019-07) by their count
    table = _library().table("loans")
    periods = Intent(table="loans", measures=[Measure(agg="count")], time_grain="month", time_column="day")
    # When the question asks which month of the year is busiest
    # Then the ranking of one month of one year is doubted; "which month" alone is not
    assert season_unread("Which month of the year has the most loans?", periods, table)
    assert season_unread("一年中哪个月的借阅最多", periods, table)
    assert not season_unread("Which month had the most loans?", periods, table)


VISIT_COLUMNS = [("visit_id", "integer"), ("visit_date", "text"), ("season", "text")]
VISITS = [(i, f"20{10 + i % 8}-0{1 + i % 9}-1{i % 10}", f"20{10 + i % 8}/{11 + i % 8}") for i in range(90)]


def test_a_period_wholly_outside_the_data_is_doubted() -> None:
    # Given a museum's visits dated 2010-2017
    table = profiled_table("visits", VISIT_COLUMNS, VISITS)
    late = Intent(table="visits", measures=[Measure(agg="count")])
    late.time_range = TimeRange("visit_date", "2020-01-01", "2021-01-01")
    inside = Intent(table="visits", measures=[Measure(agg="count")])
    inside.time_range = TimeRange("visit_date", "2015-01-01", "2016-01-01")
    # When the visits of 2020 are counted
    # Then no row can pass: doubted; a year inside the data is not
    assert period_outside_data(late, table)
    assert not period_outside_data(inside, table)


def test_two_numbered_values_after_between_are_the_ends_of_a_run() -> None:
    # Given two seasons read as a list of two values after "between"
    seasons = Filter(column="season", op="in", values=["2011/12", "2014/15"], source="value")
    intent = Intent(table="visits", measures=[Measure(agg="count")], filters=[seasons])
    items = [
        Item(0, 1, "match", "between", tags=["between"]),
        Item(1, 2, "match", "2011 12", links=[Link("value", "visits", "season", "2011/12")]),
        Item(2, 3, "match", "and", tags=["and"]),
        Item(3, 4, "match", "2014 15", links=[Link("value", "visits", "season", "2014/15")]),
    ]
    # When the reading keeps the two seasons alone
    # Then the seasons between them were lost: doubted
    assert range_read_as_list(items, {1, 3}, intent)
    # while values with no number (between men and women) are two things compared, not a run
    sexes = Filter(column="season", op="in", values=["winter", "summer"], source="value")
    words = [
        Item(0, 1, "match", "between", tags=["between"]),
        Item(1, 2, "match", "winter", links=[Link("value", "visits", "season", "winter")]),
        Item(2, 3, "match", "and", tags=["and"]),
        Item(3, 4, "match", "summer", links=[Link("value", "visits", "season", "summer")]),
    ]
    assert not range_read_as_list(words, {1, 3}, Intent(table="visits", filters=[sexes]))


def test_a_share_of_pooled_values_where_one_part_was_asked_is_doubted() -> None:
    # Given a share over visits whose part pools two seasons
    pooled = """SELECT AVG(CASE WHEN "season" IN ('2011/12', '2014/15') THEN 1.0 ELSE 0 END) FROM "visits\""""
    one = """SELECT AVG(CASE WHEN "season" = '2011/12' THEN 1.0 ELSE 0 END) FROM "visits\""""
    # When the question joins no two things (the ratio of one season to another)
    # Then the pooled share is doubted; a share of two things said together is not, nor one value's share
    assert share_of_pooled_values("What is the ratio of 2011/12 visits to 2014/15 visits?", pooled)
    assert not share_of_pooled_values("What share of visits were in 2011/12 or 2014/15?", pooled)
    assert not share_of_pooled_values("2011/12和2014/15赛季的访问占比", pooled)
    assert not share_of_pooled_values("What share of visits were in 2011/12?", one)
