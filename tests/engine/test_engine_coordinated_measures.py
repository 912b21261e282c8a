"""Two measure columns joined by 和 before one aggregate word (parse_measures._coordinated_columns): the
aggregate is of both (人员成本和能源成本的总额 → both sums), never of the last alone."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table


def _branches() -> Schema:
    rows = [(2015 + i % 4, "North" if i % 2 else "South", 10.0 + i, 7.0 + i % 5, 3.0 + i) for i in range(24)]
    columns = [
        ("year", "integer"),
        ("branch", "text"),
        ("loans", "float"),
        ("staff_cost", "float"),
        ("energy_cost", "float"),
    ]
    return Schema(tables=[profiled_table("branches", columns, rows)])


def test_an_aggregate_after_two_joined_columns_is_of_both() -> None:
    # Given branches with two cost columns
    schema = _branches()
    # When the total (or average) of "A和B" is asked
    for question, agg in (("2017年人员成本和能源成本的总额", "SUM"), ("人员成本和能源成本的平均值", "AVG")):
        answer = ask(schema, question)
        # Then both columns are aggregated, the first one included
        assert answer.status == "ok", (question, answer.message)
        assert f'{agg}("staff_cost")' in (answer.sql or "") and f'{agg}("energy_cost")' in (answer.sql or "")
    # and one column's total stays one sum
    one = ask(schema, "2017年人员成本的总额")
    assert one.sql is not None and "energy_cost" not in one.sql
