"""Quarter labels ("2019-Q1") with no date column: a grain, a quarter or a half said is read on the labels
(yearlabels.py); a quarter named by its last month (the June quarter) is a quarter (timeexpr.py); one
period's raw numbers over a panel with the other dimension neither pinned nor shown ask back
(answer_checks.period_rows_unlabelled). Schema of its own: a chain's quarterly sales per region."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

REGIONS = ["North", "South", "East"]
COLUMNS = [("period", "text"), ("region", "text"), ("sales", "float"), ("index_level", "float")]
ROWS = [
    (f"{2017 + i // 4}-Q{i % 4 + 1}", region, 100.0 + 10 * i + 3 * k, 90.0 + i)
    for i in range(16)
    for k, region in enumerate(REGIONS)
]


def _sales() -> Schema:
    return Schema(tables=[profiled_table("sales", COLUMNS, ROWS)])


def _rows(sql: str) -> list[tuple]:
    return memory_db([("sales", COLUMNS, ROWS)]).execute(sql).fetchall()


def _year(y: int) -> float:
    """The total sales of one year of ROWS."""
    return sum(100.0 + 10 * i + 3 * k for i in range(4 * (y - 2017), 4 * (y - 2016)) for k in range(3))


def test_per_year_groups_by_the_year_the_labels_open_with():
    # Given quarter labels "2017-Q1" .. "2020-Q4" and no date or year column
    # When sales per year of one region are asked
    answer = ask(_sales(), "North sales per year")
    # Then there is one row per year (four quarters summed), not one figure nor one per label
    assert answer.status == "ok", answer.message
    rows = sorted(_rows(answer.sql))
    assert [r[0] for r in rows] == [2017, 2018, 2019, 2020]
    assert rows[0][1] == sum(100.0 + 10 * i for i in range(4))


def test_each_quarter_of_a_year_lists_its_labels():
    # Given the same labels / When the sales of a region in each quarter of a year are asked
    answer = ask(_sales(), "South sales in each quarter of 2018")
    # Then the four labels of 2018 are the groups
    assert answer.status == "ok", answer.message
    assert sorted(r[0] for r in _rows(answer.sql)) == ["2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4"]


def test_a_quarter_named_by_its_last_month_is_that_quarter_label():
    # Given the same labels / When "the September quarter of 2019" and "Q2 2018" are said
    september = ask(_sales(), "East sales in the September quarter of 2019")
    q2 = ask(_sales(), "Total sales in Q2 2018")
    # Then each names one label, not the whole year
    assert september.status == "ok", september.message
    assert "\"period\" = '2019-Q3'" in september.sql
    assert q2.status == "ok", q2.message
    assert _rows(q2.sql) == [(sum(100.0 + 10 * 5 + 3 * k for k in range(3)),)]


def test_every_quarter_of_a_kind_over_a_span_of_years():
    # Given the same labels / When the December quarters from 2018 to 2019 are asked
    answer = ask(_sales(), "Average North sales in the December quarters from 2018 to 2019")
    # Then the Q4 labels of those years are kept
    assert answer.status == "ok", answer.message
    assert _rows(answer.sql) == [((100.0 + 10 * 7 + 100.0 + 10 * 11) / 2,)]


def test_the_first_half_of_a_year_is_its_first_two_quarter_labels():
    # Given the same labels / When the first half of a year is asked per region
    answer = ask(_sales(), "Total sales of each region in the first half of 2020")
    # Then Q1 and Q2 of 2020 are summed per region
    assert answer.status == "ok", answer.message
    got = dict(_rows(answer.sql))
    assert got["North"] == 100.0 + 10 * 12 + 100.0 + 10 * 13


def test_one_quarters_numbers_over_unshown_regions_ask_back():
    # Given every region in every quarter / When a number of one quarter is asked, no region named
    answer = ask(_sales(), "What was the index level in the June quarter of 2019?")
    # Then three unlabelled numbers (one per region) are not given as the answer
    assert answer.status != "ok"
    # And with the region named the one number is given
    named = ask(_sales(), "What were the sales of South in the June quarter of 2019?")
    assert named.status == "ok", named.message
    assert _rows(named.sql) == [(100.0 + 10 * 9 + 3,)]


def test_year_on_year_growth_of_one_quarter_label_in_percent():
    # Given the same labels / When the year-on-year growth of one region's quarter is asked in percent
    answer = ask(_sales(), "Year-on-year growth of North sales in Q3 2019, in percent")
    # Then the quarter and the same quarter a year before are compared, for that region
    assert answer.status == "ok", answer.message
    (row,) = _rows(answer.sql)
    now, before = 100.0 + 10 * 10, 100.0 + 10 * 6
    assert row[0] == now and row[1] == before and abs(row[2] - (now - before) / before) < 1e-9


def test_growth_of_a_year_over_the_labels_compares_it_with_the_year_before():
    # Given the same labels / When the growth of total sales in a year is asked
    answer = ask(_sales(), "Growth of total sales in 2019")
    # Then the year's labels are summed against the year before's
    assert answer.status == "ok", answer.message
    (row,) = _rows(answer.sql)
    assert row[0] == _year(2019) and row[1] == _year(2018)


def test_growth_between_two_years_said_over_the_labels():
    # Given the same labels / When a growth in one year compared with another is asked
    answer = ask(_sales(), "By what percentage did total sales grow in 2020 compared with 2018?")
    # Then the later year's labels are compared with the earlier year's
    assert answer.status == "ok", answer.message
    (row,) = _rows(answer.sql)
    assert row[0] == _year(2020) and row[1] == _year(2018)
