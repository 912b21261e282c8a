"""Words that name the whole data (wholedata.py): "across all regions and quarters" over dimension
columns, "national" / 全国 over a table split by place: no filter, no grouping, the words understood.
Schema of its own: a chain's quarterly sales per region."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

COLUMNS = [("quarter", "text"), ("region", "text"), ("sales", "float"), ("margin", "float")]
ROWS = [
    (f"{2018 + i // 4} Q{i % 4 + 1}", region, 100.0 + 10 * i + 3 * k, 0.1 + 0.01 * k)
    for i in range(8)
    for k, region in enumerate(["North", "South", "East"])
]


def _sales() -> Schema:
    return Schema(tables=[profiled_table("sales", COLUMNS, ROWS)])


def test_across_all_columns_is_one_figure_over_every_row():
    # Given sales per region and quarter
    # When an average across all regions and quarters is asked
    answer = ask(_sales(), "What is the average margin across all regions and quarters?")
    # Then one figure over every row, answered without asking back
    assert answer.status == "ok", answer.message
    assert "GROUP BY" not in answer.sql and "WHERE" not in answer.sql


def test_national_over_a_table_split_by_place_is_every_place():
    # Given the same table, split by region / When national sales of a year are asked (en and zh)
    en = ask(_sales(), "National sales in 2019")
    zh = ask(_sales(), "2019年全国的sales总和")
    # Then every region is summed, no region kept and no word left unread
    for answer in (en, zh):
        assert answer.status == "ok", answer.message
        assert "region" not in answer.sql and "LIKE '2019%'" in answer.sql


def test_national_is_not_read_over_a_table_with_no_place():
    # Given a table split by product, not by place
    schema = Schema(
        tables=[
            profiled_table(
                "sales",
                [("product", "text"), ("sales", "float")],
                [(p, 10.0 + k) for k, p in enumerate(["Tea", "Coffee", "Cocoa"] * 3)],
            )
        ]
    )
    # When "national" is said / Then it is a word not understood, asked about
    assert ask(schema, "National sales").status != "ok"


def test_over_the_whole_period_is_no_range():
    # Given sales per region and quarter / When a figure over the whole period is asked
    answer = ask(_sales(), "Over the whole period, which region has the highest average margin?")
    # Then the phrase is understood and no period is kept
    assert answer.status == "ok", answer.message
    assert "quarter" not in answer.sql.split("FROM")[1]
