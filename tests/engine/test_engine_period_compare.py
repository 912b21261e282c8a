"""Period over period (issue 10 §6): both values and the change ratio, the data's latest period when the
question names none; the results are checked by running the SQL on the data."""

from __future__ import annotations

import pytest

from tests.engine.metamorphic_data import ZH_ROWS, database, schema
from tests.engine.schemas import ask

DB = database()
ZH = schema("销售")
EN = schema("sales_orders")


def total(year: int, month: int | None = None, region: str | None = None) -> float:
    return sum(
        r[6]
        for r in ZH_ROWS
        if r[1].startswith(f"{year}-{month:02d}" if month else f"{year}-")
        and (region is None or r[3] == region)
    )


def rows(s, question: str):
    answer = ask(s, question)
    assert answer.status == "ok", answer.message
    return answer, DB.execute(answer.sql).fetchall()


@pytest.mark.parametrize(
    ("s", "question"), [(ZH, "2024年销售额同比"), (ZH, "销售额同比增长率"), (EN, "YoY sales growth")]
)
def test_year_over_year_gives_both_years_and_the_change(s, question):
    # Given sales in 2023 and 2024 (the latest year) / When asked for the year-over-year change
    answer, got = rows(s, question)
    # Then this year, last year and (this - last) / last
    current, previous = total(2024), total(2023)
    assert got == [(current, previous, pytest.approx((current - previous) / previous))]
    assert "2024" in (answer.interpretation or "") and "2023" in (answer.interpretation or "")


def test_month_over_month_without_a_period_compares_the_datas_latest_month_with_the_one_before():
    # Given the latest order in 2024-12 / When asked 销售额环比 / Then December against November
    answer, got = rows(ZH, "销售额环比")
    assert got[0][0] == total(2024, 12) and got[0][1] in (None, total(2024, 11))
    assert "2024-12" in (answer.interpretation or "")


def test_a_grouped_comparison_keeps_one_row_per_group():
    _, got = rows(ZH, "各大区销售额同比")
    south = next(r for r in got if r[0] == "华南")
    assert south[1:3] == (total(2024, region="华南"), total(2023, region="华南"))


def test_a_data_value_named_growth_is_not_a_comparison():
    # Given a value that happens to be the word "Growth" / When it filters / Then no comparison is made
    from shared.semantic.schema import Schema
    from tests.engine.schemas import profiled_table

    plans = profiled_table(
        "customers", [("plan", "text"), ("mrr", "float")], [("Growth", 10.0), ("Basic", 5.0), ("Growth", 7.0)]
    )
    ans = ask(Schema(tables=[plans], dialect="sqlite"), "smallest MRR among Growth plan customers")
    assert ans.status == "ok" and "CASE" not in ans.sql and "'Growth'" in ans.sql, ans.sql
