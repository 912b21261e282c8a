"""Readings a snowflake star (an English fact, Chinese-headed dimensions two hops deep) showed asked back or
wrong, each on a small port-exports schema of its own (tests/engine/port_star.py)."""

from __future__ import annotations

import re

from shared.ask.engines.rules.intent import Intent, Measure
from shared.ask.engines.rules.joins_confidence import _ordered
from shared.ask.engines.rules.joins_refine import ZH_NUMBER
from shared.semantic.vocabulary.linking import index_for
from shared.semantic.vocabulary.quantitynouns import quantity_column
from tests.engine.port_star import ordered_rows, port_schema, rows
from tests.engine.schemas import ask, profiled_table


def _ok(question: str):
    a = ask(port_schema(), question)
    assert a.status == "ok", (question, a.status, a.sql, a.message)
    return a


# ---------------------------------------------------------------- the fact's noun said as its quantity
def test_a_verb_noun_with_the_quantity_character_is_the_facts_quantity() -> None:
    # Given exports whose one quantity is `volume`; When 出口量 is grouped by a region two hops away
    a = _ok("各大区的出口量")
    # Then the volumes are summed per region, not the rows counted
    assert rows(a.sql) == [("North", 42500.0), ("South", 51500.0)]


def test_the_verb_noun_before_a_total_word_totals_the_quantity() -> None:
    # Given the same exports; When 出口总量 is asked per year
    a = _ok("每年的出口总量")
    # Then the volume is totalled per year, never the row ids
    assert "export_id" not in (a.sql or "") and rows(a.sql) == [(2020, 41000.0), (2021, 53000.0)]


def test_the_plural_noun_over_a_grid_of_cells_is_the_quantity() -> None:
    # Given exports with one row per port and year (a grid of cells)
    # When "total exports per year" is asked in English
    a = _ok("Total exports per year")
    # Then the volume is summed per year
    assert rows(a.sql) == [(2020, 41000.0), (2021, 53000.0)]


def test_the_rows_counted_by_a_count_word_stay_counted() -> None:
    # Given the grid of exports; When the exports are counted by "how many" / "number of"
    for question in ("How many exports are there?", "the number of exports per year"):
        a = _ok(question)
        # Then the rows are counted, not the volume summed
        assert "COUNT(*)" in (a.sql or "") and "SUM" not in (a.sql or ""), (question, a.sql)


def test_two_quantity_columns_name_none() -> None:
    # Given a table of shipments with two quantity-like measures (volume and qty)
    table = profiled_table(
        "shipments",
        [("shipment_id", "integer"), ("volume", "decimal"), ("qty", "integer")],
        [(1, 2.5, 3), (2, 4.0, 1), (3, 2.5, 3)],
    )
    from shared.semantic.schema import Schema

    index = index_for(Schema(tables=[table]), None)
    # When the table's quantity is looked for; Then neither is picked
    assert quantity_column(index.tables["shipments"]) is None


# ---------------------------------------------------------------- rankings and listings over the join
def test_top_n_by_the_quantity_ranks_the_named_dimension() -> None:
    # Given ports; When the 2 ports with the largest 2021 exports are asked
    a = _ok("2021年出口量最大的2个港口")
    # Then the ports are ranked by their volume and named
    assert rows(a.sql) == [("Gull Quay", 16000.0), ("Stone Pier", 18000.0)]


def test_a_named_dimension_listed_by_its_label_not_its_key() -> None:
    # Given ports keyed by 港口编号 and named by 港口名称; When the ports over a volume are listed
    a = _ok("2021年出口量超过10000的港口有哪些")
    # Then they are named, not numbered
    assert rows(a.sql) == [("Gull Quay",), ("Stone Pier",)]


def test_a_ranking_word_puts_the_most_first() -> None:
    # Given the ports of one province; When their exports are ranked (排名) with no direction said
    a = _ok("Cresta省2021年各港口出口量排名")
    # Then the largest comes first
    assert ordered_rows(a.sql)[0] == ("Stone Pier", 18000.0)


def test_a_ranking_answered_by_one_figure_is_asked_back() -> None:
    # Given exports; When a ranking is asked but nothing ranked is named (出口量排名)
    a = ask(port_schema(), "2021年出口量排名")
    # Then one total is no ranking: asked back
    assert a.status == "clarify", a.sql


def test_a_magnitude_number_is_the_totals_bound_not_a_count() -> None:
    # Given regions two hops away; When regions whose cumulative exports pass 5万 are asked
    a = _ok("累计出口量超过5万的大区有哪些")
    # Then the bound is 50000 on the summed volume, not more than 5 rows
    assert "COUNT" not in (a.sql or "") and [r[0] for r in rows(a.sql)] == ["South"]  # with its total shown
    # and the count pattern's number never stops before a magnitude character
    assert re.fullmatch(ZH_NUMBER, "5") and not re.match(ZH_NUMBER + "的", "5万的")


def test_an_unordered_limit_is_no_ranking_on_a_join() -> None:
    # Given a joined reading that took N rows with no order, and one ordered by a measure
    loose = Intent(table="t", limit=5)
    ranked = Intent(table="t", limit=5, measures=[Measure("sum", "x")], order=[("measure", 0, True)])
    # Then only the ordered one answers a superlative
    assert not _ordered(loose) and _ordered(ranked)


def test_the_verb_before_a_superlative_ranks_by_the_quantity() -> None:
    # Given the grid of exports; When the port that exported the most in 2021 is asked
    a = _ok("Which port exported the most in 2021?")
    # Then the ports are ranked by their volume, not by how many rows they hold
    assert rows(a.sql) == [("Stone Pier", 18000.0)]


def test_a_ranking_that_names_nothing_ranked_is_asked_back() -> None:
    # Given exports; When a ranking of volumes is asked with nothing the figures belong to shown
    a = ask(port_schema(), "港口2021年出口量排名")
    # Then it is asked back, never bare figures in order
    assert a.status == "clarify", a.sql


def test_a_by_word_before_a_bare_direction_groups() -> None:
    # Given provinces; When "exports by province, from highest to lowest" is asked
    a = _ok("Exports by province in 2021, from highest to lowest")
    # Then the provinces are grouped and their totals ranked, highest first
    assert ordered_rows(a.sql) == [("Cresta", 27500.0), ("Aland", 16000.0), ("Borea", 9500.0)]


def test_a_by_word_after_a_sort_verb_still_sorts() -> None:
    # Given ports; When the listing is ordered by a column with a direction after it
    a = _ok("List the ports, order the results by the port name from high to low")
    # Then the by-word names the sort key, no grouping
    assert "GROUP BY" not in (a.sql or "") and "ORDER BY" in (a.sql or "")


# ---------------------------------------------------------------- a Latin code in a Chinese header
def test_a_chinese_header_with_a_latin_code_is_named_in_english() -> None:
    # Given 港口.是否FTZ成员 (whether a port is a free-trade-zone member)
    # When English asks about "FTZ members"
    counted = _ok("How many ports are FTZ members?")
    summed = _ok("Total exports of ports that are not FTZ members in 2021")
    # Then the flag filters the rows, joined two ways
    assert rows(counted.sql) == [(2,)]
    assert rows(summed.sql) == [(19000.0,)]


def test_a_comparison_answered_by_names_alone_is_asked_back() -> None:
    # Given ports; When which of two ports exported more is asked (谁…更多) and only their names come back
    a = ask(port_schema(), "2021年Gull Quay和Reed Wharf谁出口的更多")
    # Then it is asked back, never the two names as the answer
    assert a.status == "clarify", a.sql
    # while a number compared (more than 10000) is no such comparison
    assert _ok("Which ports exported more than 10000 in 2021?").status == "ok"


def test_a_number_of_the_nouns_counts_them_and_a_year_before_does_not() -> None:
    # Given the grid of exports; When "at least 2 exports" is a condition on the ports
    counted = _ok("Among ports with at least 2 exports, which has the highest average volume?")
    # Then the rows are counted for it, and the volume averaged for the ranking
    assert "HAVING COUNT(*) >= 2" in (counted.sql or "") and rows(counted.sql) == [("Stone Pier", 19500.0)]
    # while a year right before the noun (2021 exports) is the period, the noun still the quantity
    by_province = rows(_ok("2021 exports by province").sql)
    assert by_province == [("Aland", 16000.0), ("Borea", 9500.0), ("Cresta", 27500.0)]


# ------------------------------------------------------------- the fact's verb said with an aspect particle
def test_the_facts_own_verb_before_an_aspect_particle_names_the_fact() -> None:
    # Given exports (CC-CEDICT 出口 "to export"), keyed to ports with Chinese headers
    # When a port's exports in a year are asked with the verb and 了 (出口了多少)
    a = _ok("2021年Reed Wharf出口了多少")
    # Then the verb names the exports (the fact, joined to the port), and the volume is summed
    assert rows(a.sql) == [(9500.0,)], a.sql


def test_the_facts_verb_counted_in_times_counts_the_rows() -> None:
    # Given the same exports; When the verb is counted in times (出口了多少次)
    a = _ok("2021年Reed Wharf出口了多少次")
    # Then the port's export rows are counted
    assert rows(a.sql) == [(1,)], a.sql
