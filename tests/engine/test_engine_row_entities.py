"""A table whose rows are things (one row per town): the thing's word shows its name, not its number
(城镇 = 城镇名称 rather than 城镇编号), and 各X…的平均值 averages over the rows."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

TOWN_COLUMNS = [("城镇编号", "integer"), ("城镇名称", "text"), ("人口", "integer"), ("失业率", "float")]
TOWN_ROWS = [
    (1, "Ashby", 5000, 0.05),
    (2, "Brook", 12000, 0.08),
    (3, "Carrow", 3000, 0.04),
    (4, "Dale", 8000, 0.11),
]


def towns() -> Schema:
    return Schema(tables=[profiled_table("城镇", TOWN_COLUMNS, TOWN_ROWS)])


def test_the_things_are_listed_by_their_name_not_their_number():
    # When the towns above a population are asked for
    answer = ask(towns(), "人口超过4000的城镇有哪些")
    # Then their names are listed
    assert answer.status == "ok", answer.message
    assert 'SELECT "城镇名称"' in (answer.sql or "")
    # And the top one too
    answer = ask(towns(), "失业率最高的是哪个城镇")
    assert '"城镇名称"' in (answer.sql or "") and '"城镇编号"' not in (answer.sql or "")


def test_each_row_averaged_is_one_average():
    # When each town's figure is averaged (各城镇…的平均值)
    answer = ask(towns(), "各城镇失业率的平均值是多少")
    # Then one average over the towns, answered outright
    assert answer.status == "ok", answer.message
    assert 'AVG("失业率")' in (answer.sql or "") and "GROUP BY" not in (answer.sql or "")
