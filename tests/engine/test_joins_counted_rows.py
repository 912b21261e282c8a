"""A word naming a key column of the table whose rows a joined count counts ("the most species" over
lake_fauna keyed by (lake_id, species)) is what is counted, not a column left out (issue 11)."""

from __future__ import annotations

from shared.ask.engines.rules.joins_confidence import counted_as_rows
from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, memory_db, profiled_table

LAKES = [(1, "Clearwater", "North"), (2, "Stillpond", "North"), (3, "Redmere", "South")]
SPECIES = [(1, "trout", 0.5), (1, "perch", 0.2), (1, "pike", 0.3), (2, "trout", 0.9), (3, "carp", 1.0)]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("lake", [("lake_id", "integer"), ("title", "text"), ("basin", "text")], LAKES),
        ("lake_fauna", [("lake_id", "integer"), ("species", "text"), ("share", "real")], SPECIES),
    ]


def lakes_schema(composite: bool = True) -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["lake"].primary_key = ["lake_id"]
    tables["lake_fauna"].primary_key = ["lake_id", "species"] if composite else []
    tables["lake_fauna"].foreign_keys = [ForeignKey(["lake_id"], "lake", ["lake_id"])]
    return Schema(tables=list(tables.values()))


def test_the_most_of_a_key_column_counts_the_keyed_tables_rows_per_owner() -> None:
    # Given lake_fauna keyed by (lake_id, species), pointing at lake
    # When asked which basin holds the most species
    a = ask(lakes_schema(), "Which basin has the most species?")
    # Then the rows of lake_fauna are counted per basin, answered without asking back
    assert a.status == "ok", a.message
    assert memory_db(_tables()).execute(a.sql or "").fetchall() == [("North", 4)]


def test_a_column_outside_a_composite_key_or_an_uncounted_table_is_not_what_is_counted() -> None:
    # Given lake_fauna keyed by (lake_id, species) and a query counting its rows
    fauna = lakes_schema().table("lake_fauna")
    sql = 'SELECT t1."basin", COUNT(*) AS "n" FROM "lake_fauna" AS t0 JOIN "lake" AS t1 ON 1 GROUP BY 1'
    # When a word names the key column, a column outside the key, or the query counts another table
    # Then only the key column of the counted table is what the count counts
    assert counted_as_rows(fauna, "species", sql)
    assert not counted_as_rows(fauna, "share", sql)
    assert not counted_as_rows(fauna, "species", sql.replace('FROM "lake_fauna"', 'FROM "lake"'))
    assert not counted_as_rows(lakes_schema(composite=False).table("lake_fauna"), "species", sql)


POND = [(1, "东湖"), (2, "西湖"), (3, "南湖")]
FISH = [(1, "鲤鱼"), (1, "草鱼"), (1, "鲫鱼"), (2, "鲤鱼"), (2, "草鱼"), (3, "鲤鱼")]


def ponds_schema() -> Schema:
    tables = {
        "湖泊": profiled_table("湖泊", [("湖泊编号", "integer"), ("湖名", "text")], POND),
        "鱼类": profiled_table("鱼类", [("湖泊编号", "integer"), ("鱼种", "text")], FISH),
    }
    tables["湖泊"].primary_key = ["湖泊编号"]
    tables["鱼类"].foreign_keys = [ForeignKey(["湖泊编号"], "湖泊", ["湖泊编号"])]
    return Schema(tables=list(tables.values()))


def test_a_count_bounded_by_a_bare_yishang_is_not_answered_as_certain() -> None:
    # Given ponds and their fish, one row per kind of fish in a pond
    # When asked for the ponds with 2种以上 fish (more than 2, or 2 and more: formal and everyday use differ)
    a = ask(ponds_schema(), "有2种以上鱼类的湖泊的湖名是什么？")
    # Then the bound is not settled silently as one of the two
    assert a.status != "ok" or "HAVING" not in (a.sql or "")


def test_a_bare_bound_belongs_to_the_number_said_before_it() -> None:
    # Given 年级在5岁以上且有2个或更多朋友: 以上 bounds 5, not the 2 after it
    from shared.ask.engines.rules.parse_comparisons import _bound_after
    from shared.semantic.vocabulary.linking import Item

    items = [
        Item(text=t, start=i, end=i + 1, kind="word")
        for i, t in enumerate(["5", "岁", "以 上", "且", "有", "2", "个"])
    ]
    # When the bound is looked for after each number
    # Then it is the 5's (two places after it) and not the 2's (said before it)
    assert _bound_after(items, 0, 2)
    assert not _bound_after(items, 5, 2)
