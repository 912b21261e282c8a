"""A balanced panel's grain over a star schema (joins_grain.py, answer_checks.year_as_threshold): a fact of
shops x years keyed by both, a shop dimension with Chinese headers and a city dimension with English
ones. An average per shop in one year is one row's value; a year said as the threshold of a measure was the
other period of a comparison; which shop ranks first answered by its figure alone names no shop. Each
asks back rather than answer a reading no one asked."""

from __future__ import annotations

from shared.ask.engines.rules.joins_confidence import rows_counted_by_a_gloss
from shared.ask.engines.rules.joins_mentions import STRONG
from shared.semantic.schema import ForeignKey, Schema, Table
from shared.semantic.vocabulary.linktypes import Item, Link
from tests.engine.schemas import ask, profiled_table

CITIES = [(1, "Oslo", "north"), (2, "Rome", "south")]
SHOPS = [
    (i, f"Shop {name}", 1 + i % 2)
    for i, name in enumerate(["Alder", "Birch", "Cedar", "Doria", "Elm", "Fir"])
]
YEARS = [2015, 2016, 2017, 2018]
# (shop_id, year, revenue, rent): one row per shop and year
SALES = [(s, y, 100.0 + 7 * s + 3 * (y - 2015), 20.0 + s + (y % 3)) for s, _n, _c in SHOPS for y in YEARS]


def panel_schema() -> Schema:
    tables: dict[str, Table] = {
        "cities": profiled_table(
            "cities", [("city_id", "integer"), ("city_name", "text"), ("zone", "text")], CITIES
        ),
        "门店": profiled_table(
            "门店", [("门店编号", "integer"), ("门店名称", "text"), ("城市编号", "integer")], SHOPS
        ),
        "sales": profiled_table(
            "sales",
            [("shop_id", "integer"), ("year", "integer"), ("revenue", "float"), ("rent", "float")],
            SALES,
        ),
    }
    tables["cities"].primary_key = ["city_id"]
    tables["门店"].primary_key = ["门店编号"]
    tables["门店"].foreign_keys = [ForeignKey(["城市编号"], "cities", ["city_id"])]
    tables["sales"].primary_key = ["shop_id", "year"]
    tables["sales"].foreign_keys = [ForeignKey(["shop_id"], "门店", ["门店编号"])]
    return Schema(tables=list(tables.values()))


def test_an_average_per_shop_in_one_year_asks_back() -> None:
    # Given a shops x years panel keyed by shop and year
    schema = panel_schema()
    # When an average is asked that the reading takes per shop, in one year or per year
    for question in ("2017年Oslo各门店的平均租金", "Average revenue per shop in each zone in 2016"):
        answer = ask(schema, question)
        # Then each group would be one row (its value, not an average): the engine asks back
        assert answer.status == "clarify", (question, answer.sql)
    # and an average per shop over the years stays answered
    over_years = ask(schema, "Average revenue of each shop")
    assert over_years.status == "ok", over_years.message


def test_a_year_said_as_a_measures_threshold_asks_back() -> None:
    # Given the same panel
    schema = panel_schema()
    # When two years of a measure are compared, the second year said as 比2015年低
    answer = ask(schema, "2018年租金比2015年低的记录有几条")
    # Then 2015 is no threshold of the rent: the engine asks back
    assert answer.status == "clarify", answer.sql
    # and a real threshold stays answered
    plain = ask(schema, "2018年租金低于25的记录有几条")
    assert plain.status == "ok", plain.message


def test_which_shop_answered_by_its_figure_alone_asks_back() -> None:
    # Given the same panel
    schema = panel_schema()
    # When the question asks which shop of a city ranks first
    answer = ask(schema, "Which Oslo shop had the highest revenue in 2016?")
    # Then an answer showing the revenue alone, no shop named, is not given as sure
    assert answer.status == "clarify" or "门店名称" in (answer.sql or ""), answer.sql


def test_a_change_over_a_span_answered_by_one_total_asks_back() -> None:
    # Given the same panel
    schema = panel_schema()
    # When the change of a total between two years is asked
    for question in (
        "By how much did total rent grow from 2015 to 2018?",
        "2015年到2018年租金总额增加了多少",
    ):
        answer = ask(schema, question)
        # Then one total over all four years is not the change: the engine asks back (or compares the two)
        assert answer.status == "clarify" or "BETWEEN" not in (answer.sql or ""), (question, answer.sql)
    # and a total over the span stays answered
    total = ask(schema, "Total rent from 2015 to 2018")
    assert total.status == "ok", total.message


def test_rows_counted_for_a_word_that_names_the_fact_only_loosely_is_a_doubt() -> None:
    # Given a word linked to the fact table only below the strong bar (a loose gloss), and one linked surely
    loose = [Item(0, 4, "match", "营 收 总 值", links=[Link("table", "turnover", score=0.8)])]
    sure = [Item(0, 2, "match", "发 货", links=[Link("table", "turnover", score=0.9)])]
    # When the reading fell back to counting the fact's rows (no count word said)
    counted = ["default_count"]
    # Then only the loosely named rows make the count doubtful, and a count word said makes none
    assert rows_counted_by_a_gloss(loose, counted, "turnover", STRONG)
    assert not rows_counted_by_a_gloss(sure, counted, "turnover", STRONG)
    assert not rows_counted_by_a_gloss(loose, [], "turnover", STRONG)


def test_how_many_of_a_noun_after_another_tables_noun_counts_the_noun_after() -> None:
    # Given shops in cities
    schema = panel_schema()
    # When "城市有多少个门店" asks how many shops a city has
    answer = ask(schema, "Oslo城市有多少个门店")
    # Then the shops are counted (2 of them in Oslo), not the cities
    assert answer.status == "ok", answer.message
    assert "COUNT(*)" in (answer.sql or "") and "DISTINCT" not in (answer.sql or ""), answer.sql
