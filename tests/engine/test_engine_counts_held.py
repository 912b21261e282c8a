"""Rows that hold counts (counts_held.py): a table already aggregated to one row per group, with a column
named count / n / 频数, is counted by summing that column; counting its rows counts the groups."""

from __future__ import annotations

from shared.ask.engines.rules.counts_held import counts_summed, held_count_column
from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.semantic.schema import Relationship, Schema, SemanticLayer
from tests.engine.schemas import ask, memory_db, profiled_table

# customer complaints at a shop chain, already tallied: one row per store, year and reason
COMPLAINT_COLS = [("store", "text"), ("year", "integer"), ("reason", "text"), ("n", "integer")]
COMPLAINTS = [
    ("L1", 2021, "damaged", 14),
    ("L1", 2021, "late", 3),
    ("L1", 2022, "damaged", 9),
    ("L2", 2021, "wrong size", 21),
    ("L2", 2022, "late", 5),
    ("N1", 2021, "damaged", 2),
    ("N1", 2022, "wrong size", 30),
    ("N1", 2022, "late", 7),
]
STORE_COLS = [("store", "text"), ("city", "text")]
STORES = [("L1", "Lyon"), ("L2", "Lyon"), ("N1", "Nice")]


def _complaints() -> Schema:
    return Schema(tables=[profiled_table("complaints", COMPLAINT_COLS, COMPLAINTS)])


def _chain() -> tuple[Schema, SemanticLayer]:
    schema = Schema(
        tables=[
            profiled_table("complaints", COMPLAINT_COLS, COMPLAINTS),
            profiled_table("stores", STORE_COLS, STORES),
        ]
    )
    return schema, SemanticLayer(relationships=[Relationship("complaints", ["store"], "stores", ["store"])])


def _rows(sql: str | None) -> list[tuple]:
    db = memory_db([("complaints", COMPLAINT_COLS, COMPLAINTS), ("stores", STORE_COLS, STORES)])
    return sorted(db.execute(sql or "").fetchall())


def test_a_count_of_tallied_rows_sums_their_count_column():
    # Given customer complaints already tallied per store, year and reason in a column `n`
    schema = _complaints()
    for question in ("How many complaints were there in 2022?", "2022年一共有多少投诉"):
        # When the complaints of a year are counted
        a = ask(schema, question)
        # Then the answer is the sum of the tallies (9 + 5 + 30 + 7), not the 4 rows of that year
        assert a.status == "ok", (question, a.message)
        assert _rows(a.sql) == [(51,)], (question, a.sql)


def test_tallied_rows_grouped_over_a_join_sum_their_count_column():
    # Given the tallies pointing at stores, which hold the city
    schema, semantic = _chain()
    # When the complaints per city are asked
    a = ask(schema, "Number of complaints by city", semantic=semantic)
    # Then each city's tallies are summed (Lyon 14+3+9+21+5, Nice 2+30+7), not its rows counted
    assert a.status == "ok", a.message
    assert _rows(a.sql) == [("Lyon", 52), ("Nice", 39)], a.sql


def test_rows_asked_for_or_counted_on_a_threshold_stay_row_counts():
    # Given the same tallies
    table = _complaints().tables[0]
    rows = Intent(table="complaints", measures=[Measure(agg="count")])
    # When the question asks for rows (records / 记录), Then the row count stays
    assert counts_summed(rows, table, "How many records are there?") is rows
    assert counts_summed(rows, table, "一共有多少条记录") is rows
    # When the count column is itself the condition (tallies above 10), Then the rows meeting it are counted
    above = Intent(table="complaints", measures=[Measure(agg="count")], filters=[Filter("n", ">", [10])])
    assert counts_summed(above, table, "How many tallies are above 10?") is above
    # And otherwise the row count becomes the sum of the tallies
    summed = counts_summed(rows, table, "How many complaints were there?")
    assert summed.measures == [Measure(agg="sum", column="n")]


def test_a_count_of_what_another_column_measures_is_not_read_as_the_tallies():
    # Given tallies that also record the days a shop was open
    cols = [*COMPLAINT_COLS, ("open_days", "integer")]
    table = profiled_table("complaints", cols, [(*r, 300) for r in COMPLAINTS])
    rows = Intent(table="complaints", measures=[Measure(agg="count")])
    # When the question counts days, Then the tallies are not what it counts
    assert counts_summed(rows, table, "How many days was store L1 open in 2021?") is rows


def test_only_a_whole_non_negative_column_named_as_a_count_holds_counts():
    # Given columns named like counts but holding other things
    assert held_count_column(profiled_table("t", [("count", "float")], [(1.5,), (2.0,)])) is None
    assert held_count_column(profiled_table("t", [("n", "integer")], [(-3,), (2,)])) is None
    assert held_count_column(profiled_table("t", [("room_count", "integer")], [(3,), (2,)])) is None
    # Then only a whole, non-negative count column is one
    assert held_count_column(profiled_table("t", [("频数", "integer")], [(3,), (0,)])) == "频数"


TALLY_COLS = [("tally_id", "integer"), ("store_id", "integer"), ("year", "integer"), ("n", "integer")]
TALLIES = [
    (1, 1, 2021, 14),
    (2, 1, 2021, 3),
    (3, 1, 2022, 9),
    (4, 2, 2021, 21),
    (5, 2, 2022, 5),
    (6, 3, 2021, 2),
    (7, 3, 2022, 30),
    (8, 3, 2022, 7),
]
SHOP_COLS = [("store_id", "integer"), ("store_name", "text"), ("city", "text")]
SHOPS = [(1, "Bellecour", "Lyon"), (2, "Part-Dieu", "Lyon"), (3, "Massena", "Nice")]


def _named_shops() -> tuple[Schema, SemanticLayer]:
    schema = Schema(
        tables=[profiled_table("complaints", TALLY_COLS, TALLIES), profiled_table("stores", SHOP_COLS, SHOPS)]
    )
    return schema, SemanticLayer(
        relationships=[Relationship("complaints", ["store_id"], "stores", ["store_id"])]
    )


def _tally_rows(sql: str | None) -> list[tuple]:
    db = memory_db([("complaints", TALLY_COLS, TALLIES), ("stores", SHOP_COLS, SHOPS)])
    return sorted(db.execute(sql or "").fetchall())


def test_tallied_rows_named_with_filters_and_no_list_word_are_their_sum():
    # Given complaint tallies per store and year, the stores named and placed in cities
    schema, semantic = _named_shops()
    # When a city's complaints of a year are asked with no list word (a BI search box phrase, en and zh)
    for question in ("Complaints in Lyon in 2021", "2021年Lyon的投诉"):
        a = ask(schema, question, semantic=semantic)
        # Then they are the tallies' sum (14 + 3 + 21), not the default names of the stores holding them
        assert a.status == "ok", (question, a.message)
        assert _tally_rows(a.sql) == [(38,)], (question, a.sql)
    # When two stores are named, Then each gets its own sum
    a = ask(schema, "Complaints at Bellecour and Massena in 2022", semantic=semantic)
    assert _tally_rows(a.sql) == [("Bellecour", 9), ("Massena", 37)], a.sql
    # And "which stores" still lists the stores
    a = ask(schema, "Which stores had complaints in 2022?", semantic=semantic)
    assert _tally_rows(a.sql) == [("Bellecour",), ("Massena",), ("Part-Dieu",)], a.sql


def test_a_total_of_tallies_over_a_join_answers_once_the_tallies_are_summed():
    # Given the tallies pointing at stores, which hold the city
    schema, semantic = _chain()
    for question, expected in (
        ("Total complaints of each reason in Lyon", [("damaged", 23), ("late", 8), ("wrong size", 21)]),
        ("Total complaints in 2022 by city", [("Lyon", 14), ("Nice", 37)]),
    ):
        # When a total of the tallied thing is asked over the join (the view read it as rows counted)
        a = ask(schema, question, semantic=semantic)
        # Then the sum of the tallies answers, without asking back about the row count it replaced
        assert a.status == "ok", (question, a.message)
        assert _rows(a.sql) == expected, (question, a.sql)


def test_an_average_of_tallies_answered_by_sums_per_year_still_asks_back():
    # Given the same chain
    schema, semantic = _chain()
    # When an average per year is asked and the reading sums the tallies of each year
    a = ask(schema, "Average yearly complaints in Lyon", semantic=semantic)
    # Then the average word is not answered by those sums: it asks back
    assert a.status != "ok", a.sql
