"""A table of cells (every office x contract kind x month once: a monthly staff headcount, a level held at
each month, not a flow): the end or start of a year is its last or first month the data holds; a member
over a number is its total over the open cells (HAVING SUM); members listed or two named are their totals;
the average per month / per office is the mean of the groups' totals; 人数 sums the headcount; and a
headcount summed over several months is asked back (gridcells.py, periodspan.held_edge). A schema of
its own: a firm's staff by office and contract, and a warehouse's monthly stock (other words than any set's).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

OFFICES = ["Lyon", "Oslo", "Turin"]
CONTRACTS = ["Permanent", "Temporary"]


def _months(first: int, last: int) -> list[str]:
    return [date(y, m, 1).isoformat() for y in range(first, last + 1) for m in range(1, 13)]


def _rows() -> list[tuple]:
    return [
        (o, c, d, 100 * (k + 1) + 10 * j + i % 7)
        for i, d in enumerate(_months(2019, 2021))
        for k, o in enumerate(OFFICES)
        for j, c in enumerate(CONTRACTS)
    ]


def _staff() -> Schema:
    columns = [("office", "text"), ("contract", "text"), ("month", "date"), ("employees", "integer")]
    return Schema(tables=[profiled_table("staff", columns, _rows())])


def _run(sql: str | None) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE staff (office TEXT, contract TEXT, month TEXT, employees INTEGER)")
    conn.executemany("INSERT INTO staff VALUES (?, ?, ?, ?)", _rows())
    return conn.execute(sql or "").fetchall()


def test_the_end_of_a_year_is_its_last_period_the_data_holds():
    # Given monthly rows 2019-01 .. 2021-12
    # When the end (start) of a year is asked, in English and in Chinese
    end = ask(_staff(), "How many employees were there at the end of 2020?")
    end_zh = ask(_staff(), "2020年底一共有多少员工")
    start = ask(_staff(), "Total employees at the start of 2020")
    # Then the year's last (first) month is the period, not the whole year
    for answer in (end, end_zh):
        assert answer.status == "ok", answer.message
        assert "'2020-12-01'" in (answer.sql or "") and "'2021-01-01'" in (answer.sql or "")
    assert start.status == "ok", start.message
    assert "'2020-01-01'" in (start.sql or "") and "'2020-02-01'" in (start.sql or "")


def test_members_over_a_number_are_their_totals_in_that_period():
    # Given several cells per office and month (two contract kinds)
    # When the offices over a number at a point are asked
    answer = ask(_staff(), "Which offices had more than 400 employees at the end of 2020?")
    # Then the threshold is on each office's total (HAVING SUM), not on the cells
    assert answer.status == "ok", answer.message
    assert 'HAVING SUM("employees") > 400' in (answer.sql or "")
    assert sorted(r[0] for r in _run(answer.sql)) == ["Oslo", "Turin"]


def test_members_listed_or_two_named_are_their_totals():
    # Given the same cells / When two contract kinds are listed, or two offices compared, at one month
    listed = ask(_staff(), "Permanent and temporary employees at the end of 2020")
    named = ask(_staff(), "Did Lyon or Oslo have more employees in March 2020?")
    # Then each member's cells are summed, one row per member
    for answer in (listed, named):
        assert answer.status == "ok", answer.message
        assert 'SUM("employees")' in (answer.sql or "") and "GROUP BY" in (answer.sql or "")
    assert len(_run(listed.sql)) == 2
    # and "which of the two has more" keeps the one with the larger total
    assert [r[0] for r in _run(named.sql)] == ["Oslo"]


def test_an_average_per_period_is_the_mean_of_the_periods_totals():
    # Given the same cells / When the average number per month of a year is asked
    answer = ask(_staff(), "Average number of employees per month in 2020")
    # Then one figure: the mean over the months of each month's total
    assert answer.status == "ok", answer.message
    rows = _run(answer.sql)
    totals = [sum(r[3] for r in _rows() if r[2] == m) for m in _months(2020, 2020)]
    assert len(rows) == 1 and abs(rows[0][0] - sum(totals) / 12) < 1e-9


def test_an_average_per_member_at_a_point_is_the_mean_of_the_members_totals():
    # Given the same cells / When the average per office at one month is asked
    answer = ask(_staff(), "Average number of employees per office at the end of 2020")
    # Then one figure: the mean of the offices' totals, not each office's mean cell
    assert answer.status == "ok", answer.message
    rows = _run(answer.sql)
    totals = [sum(r[3] for r in _rows() if r[0] == o and r[2] == "2020-12-01") for o in OFFICES]
    assert len(rows) == 1 and abs(rows[0][0] - sum(totals) / 3) < 1e-9


def test_people_counted_over_cells_sum_the_headcount():
    # Given rows that are cells, not people / When 人数 is asked per month of a year
    answer = ask(_staff(), "2020年每个月的员工总人数")
    # Then the headcount column is summed, not the cells counted
    assert answer.status == "ok", answer.message
    assert 'SUM("employees")' in (answer.sql or "") and "COUNT(*)" not in (answer.sql or "")


def test_a_headcount_summed_over_several_periods_is_asked_back():
    # Given a level held each month / When a total over a whole year is asked with no point in it
    answer = ask(_staff(), "Total employees in Oslo in 2020")
    # Then twelve months' headcounts are not added up: the question is asked back
    assert answer.status == "clarify"


def test_a_flow_is_still_summed_over_a_year():
    # Given a warehouse's monthly receipts (an amount that adds up over months) in the same grid shape
    columns = [("site", "text"), ("kind", "text"), ("month", "date"), ("units_received", "integer")]
    sites, kinds = ("North", "South"), ("Bulk", "Parcel")
    rows = [(s, k, d, 10) for d in _months(2019, 2020) for s in sites for k in kinds]
    schema = Schema(tables=[profiled_table("receipts", columns, rows)])
    # When a year's total is asked
    answer = ask(schema, "Total units received in 2020")
    # Then it is the year's sum, as before
    assert answer.status == "ok", answer.message
    assert 'SUM("units_received")' in (answer.sql or "") and "'2020-01-01'" in (answer.sql or "")


def test_members_ranked_by_a_sort_word_are_ranked_by_their_totals():
    # Given the same cells / When a headcount by office is asked with a sort word of quantity
    for question in (
        "Temporary employees by office at the end of 2020, largest first",
        "Temporary employees by office at the end of 2020, from most to fewest",
    ):
        answer = ask(_staff(), question)
        # Then each office's total is ranked, not the offices' names (nor one office kept)
        assert answer.status == "ok", answer.message
        assert 'GROUP BY "office"' in (answer.sql or "") and "LIMIT" not in (answer.sql or "")
        assert [r[0] for r in _run(answer.sql)] == ["Turin", "Oslo", "Lyon"]


def test_a_chinese_quarter_without_its_ordinal_mark_is_that_quarter():
    # Given the same cells / When 2020年四季度 (no 第) is asked
    answer = ask(_staff(), "2020年四季度各办公室的员工人数")
    # Then it is the fourth quarter of 2020, not the whole year
    assert "'2020-10-01'" in (answer.sql or "") and "'2021-01-01'" in (answer.sql or "")


def test_a_change_from_one_named_period_to_another_compares_those_two():
    # Given the same cells / When the growth from one month to a later one is asked
    answer = ask(_staff(), "Percentage growth in employees for each office from March 2019 to December 2021")
    # Then the later month is compared with the earlier one, not with the month before it
    assert answer.status == "ok", answer.message
    sql = answer.sql or ""
    assert "'2019-03-01'" in sql and "'2021-12-01'" in sql and "'2021-11-01'" not in sql


def test_a_word_not_understood_before_a_value_over_an_open_category_is_asked_back():
    # Given offices neither named nor grouped / When an unlinked place word stands before a value
    answer = ask(_staff(), "2020年底北部临时员工的占比")
    # Then the figure would be every office's: asked back
    assert answer.status == "clarify"


def test_people_counted_with_an_unread_qualifier_are_asked_back():
    # Given the same cells / When the people counted are qualified by characters no clause reads
    answer = ask(_staff(), "2020年底各办公室外派人数")
    # Then the total of all employees is not given for them: asked back
    assert answer.status == "clarify"


def test_an_average_at_one_point_is_read_as_panels_read_it():
    # Given the same cells / When an average is asked at one month with no group
    one_open = ask(_staff(), "Average employees of temporary contracts at the end of 2020")
    two_open = ask(_staff(), "Average employees at the end of 2020")
    # Then with one category left open it is the mean over its members (one reading, as panels.py has
    # it); with two open, the mean of the cells is no figure anyone asks: asked back
    assert one_open.status == "ok", one_open.message
    assert 'AVG("employees")' in (one_open.sql or "")
    assert two_open.status == "clarify"


def test_a_share_of_an_unread_part_answered_by_one_total_is_asked_back():
    # Given the same cells / When a share is asked whose part no word links (seconded staff)
    answer = ask(_staff(), "What percentage of employees were seconded at the end of 2020?")
    # Then the plain total is no share: asked back
    assert answer.status == "clarify"
