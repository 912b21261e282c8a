"""Chart choice, ECharts options and one-line summaries: pure functions, no database."""

from __future__ import annotations

import pytest

from shared.ask.engines.base import ChartHint
from shared.ask.export import safe_cell
from shared.ask.present.charts import build_chart
from shared.ask.present.formatting import format_number
from shared.ask.present.summary import summarize

PROVINCES = [{"name": "province", "type": "text"}, {"name": "amount", "type": "number"}]
ROWS = [["广东", 3201775.4], ["浙江", 2100000.0], ["江苏", 1500000.25]]


@pytest.mark.parametrize(
    ("value", "percent", "text"),
    [
        (1234567.891, False, "1,234,567.89"),
        (42, False, "42"),
        (3.0, False, "3"),
        (0.365, True, "36.5%"),
        (None, False, "—"),
        (0.00012345, False, "0.0001234"),
        ("abc", False, "abc"),
    ],
)
def test_numbers_are_formatted_for_people(value, percent, text) -> None:
    assert format_number(value, percent=percent) == text


def test_one_value_is_a_kpi() -> None:
    chart = build_chart([{"name": "total", "type": "number"}], [[3201775.4]], title="总销售额")
    assert chart["type"] == "kpi"
    assert chart["echarts"]["title"]["text"] == "3,201,775.40"


def test_category_and_measure_is_a_bar_with_named_axes() -> None:
    # Given a grouped result, When charted, Then a bar chart whose axes and series carry the data
    chart = build_chart(PROVINCES, ROWS, title="各省份的销售额")
    option = chart["echarts"]
    assert chart["type"] == "bar"
    assert option["xAxis"]["data"] == ["广东", "浙江", "江苏"] and option["xAxis"]["name"] == "province"
    assert option["series"][0]["data"] == [3201775.4, 2100000.0, 1500000.25]
    assert option["series"][0]["type"] == "bar" and option["yAxis"]["type"] == "value"
    assert option["title"]["text"] == "各省份的销售额" and "tooltip" in option


def test_share_question_with_few_slices_is_a_pie() -> None:
    chart = build_chart(PROVINCES, ROWS, title="占比", hint=ChartHint(share=True))
    assert chart["type"] == "pie"
    assert chart["echarts"]["series"][0]["data"][0] == {"name": "广东", "value": 3201775.4}


def test_time_bucket_and_measure_is_a_line() -> None:
    columns = [{"name": "month", "type": "text"}, {"name": "orders", "type": "integer"}]
    chart = build_chart(columns, [["2024-01", 10], ["2024-02", 12]], title="trend")
    assert chart["type"] == "line"
    assert chart["echarts"]["xAxis"]["data"] == ["2024-01", "2024-02"]


def test_two_measures_is_a_scatter_and_lists_are_tables() -> None:
    columns = [{"name": "age", "type": "integer"}, {"name": "salary", "type": "number"}]
    assert build_chart(columns, [[30, 1.0], [40, 2.0]], title="s")["type"] == "scatter"
    wide = [{"name": n, "type": "text"} for n in ("id", "name", "city")]
    table = build_chart(wide, [["1", "a", "b"]], title="t")
    assert table["type"] == "table" and table["echarts"]["dataset"]["dimensions"] == ["id", "name", "city"]


def test_summary_names_the_top_and_bottom_in_the_question_language() -> None:
    assert summarize(PROVINCES, ROWS, lang="zh", row_count=3) == (
        "广东最高，为 3,201,775.40；江苏最低，为 1,500,000.25（共 3 项）。"
    )
    assert summarize(PROVINCES, ROWS, lang="en", row_count=3).startswith("广东 is highest at 3,201,775.40")


def test_summary_of_a_percentage_kpi_and_of_nothing() -> None:
    hint = ChartHint(percent_columns=["rate"], measure_label="退货率")
    assert summarize([{"name": "rate", "type": "number"}], [[0.365]], lang="zh", row_count=1, hint=hint) == (
        "退货率为 36.5%。"
    )
    assert summarize(PROVINCES, [], lang="en", row_count=0) == "No rows match the question."


@pytest.mark.parametrize("cell", ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x"])
def test_formula_cells_are_escaped_for_spreadsheets(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell
    assert safe_cell("plain") == "plain" and safe_cell(-5) == -5


def test_rate_columns_with_fractions_read_as_percentages() -> None:
    from shared.ask.pipeline import with_percent_columns

    columns = [
        {"name": "渠道", "type": "text"},
        {"name": "退货率", "type": "number"},
        {"name": "n", "type": "integer"},
    ]
    rows = [["App", 0.0722, 10], ["线下", 0.0819, 12]]
    hint = with_percent_columns(ChartHint(), columns, rows)
    assert hint.percent_columns == ["退货率"]
    assert summarize(columns[:2], [r[:2] for r in rows], lang="zh", row_count=2, hint=hint) == (
        "线下最高，为 8.2%；App最低，为 7.2%（共 2 项）。"
    )
    # A "rate" whose values are not fractions is left alone
    assert with_percent_columns(ChartHint(), columns, [["App", 12.5, 1]]).percent_columns == []


def test_share_answers_are_summarised_by_their_shares() -> None:
    # Given a share question's result: a category, its total and its share of the whole
    columns = [
        {"name": "省份", "type": "text"},
        {"name": "金额合计", "type": "number"},
        {"name": "占比", "type": "number"},
    ]
    rows = [["广东", 300.0, 0.6], ["浙江", 200.0, 0.4]]
    hint = ChartHint(roles={"占比": "share"}, share=True, percent_columns=["占比"])
    # Then the summary ranks by the share, as a percentage, and the chart is a pie of the totals
    assert summarize(columns, rows, lang="zh", row_count=2, hint=hint) == (
        "广东最高，为 60.0%；浙江最低，为 40.0%（共 2 项）。"
    )
    chart = build_chart(columns, rows, title="占比", hint=hint)
    assert chart["type"] == "pie" and chart["echarts"]["series"][0]["data"][1] == {
        "name": "浙江",
        "value": 200.0,
    }
