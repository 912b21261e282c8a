"""Numbered-period headers after a qualifier (赛季第几天 "day of the season", 赛季周次 "week of the season")
number the rows' period as 第几天 / 周次 do; 第12周到第15周 is a range of that column (both ends kept),
第90天以后 after that day (rules/ordinalcols.py). A schema of its own: a football season's matches."""

from __future__ import annotations

from shared.ask.engines.rules.ordinalcols import numbered_unit
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table


def _matches() -> Schema:
    columns = [("比赛编号", "integer"), ("赛季第几天", "integer"), ("赛季周次", "integer")]
    columns.append(("进球数", "integer"))
    rows = [(i, 1 + i % 120, 1 + (i % 120) // 7, i % 6) for i in range(1, 301)]
    return Schema(tables=[profiled_table("比赛", columns, rows)])


def test_a_qualified_header_numbers_its_period():
    # Given headers that number a period after a qualifier / Then the period is read; counts are no period
    assert numbered_unit("赛季第几天") == "天" and numbered_unit("赛季周次") == "周"
    assert numbered_unit("就诊人次") is None and numbered_unit("名次") is None


def test_a_range_of_numbered_periods_is_between():
    # When 第12周到第15周 is asked / Then the week column is between 12 and 15
    answer = ask(_matches(), "第12周到第15周一共有多少场比赛")
    assert answer.status == "ok", answer.message
    assert '"赛季周次" BETWEEN 12 AND 15' in (answer.sql or "")


def test_after_a_numbered_day_is_greater():
    # When 第90天以后 is asked / Then the day column is above 90 (never = 90)
    answer = ask(_matches(), "第90天以后一共有多少场比赛")
    assert "= 90" not in (answer.sql or "")
    assert answer.status != "ok" or '"赛季第几天" > 90' in (answer.sql or "")


def test_a_grain_groups_by_the_column_numbering_its_period():
    # Given no date but a column numbering the weeks / When 每周 is asked / Then one group per week number
    answer = ask(_matches(), "每周有多少场比赛")
    assert answer.status == "ok", answer.message
    assert 'GROUP BY "赛季周次"' in (answer.sql or "")
