"""Per-edition figures over a star schema (issue 11): a dimension whose rows have no name, only a number
(届号), a fact keyed by edition and session with Chinese headers written <name>_<unit> (三日票房_万元), and
doubts on figures that say nothing (pure engine, synthetic tables built here)."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from shared.semantic.vocabulary.derived import header_units, period_header_english, zh_header_aliases
from tests.engine.schemas import ask, memory_db, profiled_table

EDITIONS = [(1, "Lyon", "2001-05-01"), (2, "Graz", "2003-05-01"), (3, "Lyon", "2005-05-01")]
# (届号, 场次, 三日票房_万元, 十日票房_万元)
TAKINGS = [
    (1, 1, 10.0, 30.0),
    (1, 2, 20.0, 50.0),
    (2, 1, 50.0, 90.0),
    (2, 2, 70.0, 95.0),
    (2, 3, 60.0, 99.0),
    (3, 1, 5.0, 8.0),
    (3, 2, 7.0, 9.0),
]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("届", [("届号", "integer"), ("主办城市", "text"), ("开幕日期", "date")], EDITIONS),
        (
            "sessions",
            [
                ("届号", "integer"),
                ("场次", "integer"),
                ("三日票房_万元", "float"),
                ("十日票房_万元", "float"),
            ],
            TAKINGS,
        ),
    ]


def schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["届"].primary_key = ["届号"]
    tables["sessions"].primary_key = ["届号", "场次"]
    tables["sessions"].foreign_keys = [ForeignKey(["届号"], "届", ["届号"])]
    return Schema(tables=list(tables.values()))


def db() -> sqlite3.Connection:
    return memory_db(_tables())


def rows(sql: str | None) -> list[tuple]:
    return sorted(db().execute(sql or "").fetchall(), key=str)


# ---------------------------------------------------------------- <name>_<unit> headers
def test_a_chinese_header_with_a_unit_suffix_is_named_without_it_and_in_digits() -> None:
    # Given headers written <name>_<unit> with a Chinese numeral before a counter
    # When their aliases are derived
    aliases = zh_header_aliases("三日票房_万元")
    # Then the name alone, in Chinese numerals and in digits, names the column; its unit is understood
    assert aliases["三日票房"] == 0.95 and aliases["3日票房"] == 0.95
    assert zh_header_aliases("客户_编号") == {} and header_units(["三日票房_万元", "场次"]) == {"万元"}
    # and the English words say the period in digits: "3 day box office"
    english = period_header_english("三日票房", lambda w: ("box office",) if w == "票房" else ())
    assert english == {"3 day box office": 0.9}


def test_a_figure_named_in_digits_is_averaged_per_attribute_of_the_dimension() -> None:
    # Given takings per edition and session, and the editions' host cities
    # When the average 3-day takings per host city are asked, with the unit said in brackets
    a = ask(schema(), "各主办城市的平均3日票房（万元）")
    # Then the 3-day column (not the 10-day one) is averaged per city over the join
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Graz", 60.0), ("Lyon", 10.5)]


# ---------------------------------------------------------------- a dimension known by its number
def test_which_edition_groups_by_the_facts_key_to_a_dimension_with_no_name() -> None:
    # Given editions with no name column, only their number
    # When the edition with the highest average takings is asked, and each edition's average
    best = ask(schema(), "哪一届的平均3日票房最高")
    each = ask(schema(), "每一届的平均3日票房")
    # Then both group by the edition number the takings hold
    assert best.status == "ok", best.message
    assert rows(best.sql) == [(2, 60.0)]
    assert each.status == "ok", each.message
    assert rows(each.sql) == [(1, 15.0), (2, 60.0), (3, 6.0)]


def test_a_number_before_the_dimensions_word_is_no_edition_number() -> None:
    # Given editions known by their number
    # When the top 2 editions are asked (最高的2届: two editions, not edition 2)
    a = ask(schema(), "平均3日票房最高的2届，分别在哪个城市举办")
    # Then the answer never reads edition 2 alone as answered
    assert a.status != "ok" or "= 2" not in (a.sql or "")


def test_an_ordinal_before_the_dimensions_word_is_its_number() -> None:
    # Given editions known by their number
    # When the total takings of the second edition are asked (第2届)
    a = ask(schema(), "第2届的3日票房合计")
    # Then the fact's key to the editions is that number
    assert a.status == "ok", a.message
    assert rows(a.sql) == [(180.0,)]


# ---------------------------------------------------------------- figures that say nothing
def test_a_count_of_the_groups_own_values_is_doubted() -> None:
    # Given a joined reading grouped by the edition it counts the distinct editions of
    from shared.ask.engines.rules.joins_graph import Edge, View
    from shared.ask.engines.rules.joins_star import star_doubt
    from shared.semantic.schema import SemanticLayer

    s = schema()
    view = View("sessions", s, SemanticLayer(), {}, {"届": [Edge("sessions", "届", ("届号",), ("届号",))]})
    counted = 'SELECT t0."届号", COUNT(DISTINCT t0."届号") FROM "sessions" AS t0 GROUP BY t0."届号"'
    summed_key = {"measures": [{"agg": "avg", "column": "场次"}], "filters": []}
    # When its doubts are weighed
    # Then the count per its own groups (1 each) and an average of the fact's key column are doubted
    assert star_doubt("每届有几届", {"measures": []}, view, counted) > 0
    assert star_doubt("只看那一场呢", summed_key, view, "SELECT AVG(场次)") > 0
    # and a number before the dimension's word read as its key is doubted, an ordinal is not
    top = {"measures": [], "filters": [{"column": "届号", "op": "=", "values": [2]}]}
    assert star_doubt("票房最高的2届", top, view, "SELECT 1") > 0
    assert star_doubt("第2届的票房", top, view, "SELECT 1") == 0


# ---------------------------------------------------------------- words naming keys, weak table words
TOURS = [(1, "Nice"), (2, "Pau")]
RIDERS = [(10, 1, "Ada Moss", 30), (11, 2, "Ben Hale", 25), (12, 1, "Cy Ray", 41)]
CROWDS = [(1, 1, 100), (1, 2, 300), (2, 1, 500), (2, 2, 700)]
TICKETS = [(1, "web", 9), (2, "desk", 4)]


def _tour_tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("tours", [("tour_no", "integer"), ("host_city", "text")], TOURS),
        (
            "riders",
            [("rider_id", "integer"), ("edition", "integer"), ("full_name", "text"), ("age", "integer")],
            RIDERS,
        ),
        ("crowds", [("tour_no", "integer"), ("day", "integer"), ("spectators", "integer")], CROWDS),
        ("ticket_sales", [("sale_id", "integer"), ("channel", "text"), ("sold", "integer")], TICKETS),
    ]


def tour_schema() -> Schema:
    tables = {name: profiled_table(name, cols, rows) for name, cols, rows in _tour_tables()}
    tables["tours"].primary_key = ["tour_no"]
    tables["riders"].primary_key = ["rider_id"]
    tables["riders"].foreign_keys = [ForeignKey(["edition"], "tours", ["tour_no"])]
    tables["crowds"].primary_key = ["tour_no", "day"]
    tables["crowds"].foreign_keys = [ForeignKey(["tour_no"], "tours", ["tour_no"])]
    return Schema(tables=list(tables.values()))


def test_a_word_naming_another_tables_key_to_a_dimension_names_the_facts_key() -> None:
    # Given riders whose key to the tours is called "edition", and crowds keyed by tour_no
    # When the average spectators per edition are asked
    a = ask(tour_schema(), "Average spectators by edition")
    # Then the crowds are grouped by their own key to the tours (one entity, one word), no rider joined
    assert a.status == "ok", a.message
    assert sorted(memory_db(_tour_tables()).execute(a.sql or "").fetchall()) == [(1, 200.0), (2, 600.0)]


def test_a_word_naming_an_unjoined_table_by_part_of_its_name_does_not_block_the_plan() -> None:
    # Given ticket sales no table joins to
    # When a question about the crowds also says "tickets" (part of ticket_sales' name, nothing else)
    a = ask(tour_schema(), "Average spectators per tour_no, tickets aside")
    # Then the plan is made from the sure words and never asks which tables link
    assert "relationship" not in (a.message or "") and "关联" not in (a.message or "")
