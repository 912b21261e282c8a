"""Periods written as text labels that open with their year ("2019-H1", "1998 Q1"): a year said is a range
of labels (yearlabels.py), not a number compared with some measure. Schema of its own: a fund's half-yearly
returns."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table


def _funds() -> Schema:
    columns = [("half", "text"), ("fund", "text"), ("net_return", "float"), ("assets", "float")]
    rows = [
        (f"{2012 + i // 2}-H{i % 2 + 1}", fund, 1.5 + (i * 7 + k) % 9, 300.0 + 40 * i + k)
        for i in range(16)
        for k, fund in enumerate(["Alpha", "Beta", "Gamma"])
    ]
    return Schema(tables=[profiled_table("returns", columns, rows)])


def test_a_year_said_bounds_the_labels_that_open_with_it():
    # Given half-year labels "2012-H1" .. "2019-H2" and no date or year column
    schema = _funds()
    # When a year, a span of years and a year onwards are said
    one = ask(schema, "Average net return of Beta in 2015")
    span = ask(schema, "Total assets of Alpha from 2013 to 2016")
    # Then each is a range of labels, not the year read as a return or an amount of assets
    assert one.status == "ok", one.message
    assert "LIKE '2015%'" in one.sql and 'net_return" = 2015' not in one.sql
    assert span.status == "ok", span.message
    assert "\"half\" >= '2013'" in span.sql and "\"half\" < '2017'" in span.sql


def test_two_separate_years_are_not_one_range_of_labels():
    # Given the same labels / When two years are named apart (2014 and 2016)
    answer = ask(_funds(), "Net return of Gamma in 2014 and in 2016")
    # Then no single label range is made of them (both LIKE filters together would keep no row)
    assert answer.sql is None or answer.sql.count("LIKE") < 2
