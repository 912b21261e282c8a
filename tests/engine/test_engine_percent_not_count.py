"""A number written as a percentage (20%) compared where the reading found only a count to compare
(HAVING COUNT(*) > 20) is no count: the reading asks (parse_comparisons._percent_said). A schema of its
own: parcels, their courier and whether they arrived damaged."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table


def _parcels() -> Schema:
    columns = [("parcel_id", "integer"), ("courier", "text"), ("damaged", "text"), ("weight_kg", "decimal")]
    couriers = ("Swift", "Atlas", "Kite")
    rows = [(i, couriers[i % 3], "Yes" if i % 7 in (0, 1) else "No", 1.0 + i % 9) for i in range(1, 91)]
    return Schema(tables=[profiled_table("parcels", columns, rows)])


def test_a_percentage_is_not_compared_with_a_count():
    # Given parcels per courier / When couriers with more than 20% damaged parcels are asked
    answer = ask(_parcels(), "Couriers with more than 20% damaged parcels")
    # Then no answer counts parcels above 20
    assert answer.status != "ok" or "COUNT(*) > 20" not in (answer.sql or ""), answer.sql


def test_a_plain_number_still_counts():
    # Given the same parcels / When couriers with more than 20 parcels are asked
    answer = ask(_parcels(), "Which couriers have more than 20 parcels?")
    # Then the count is compared
    assert answer.status == "ok", answer.message
    assert "COUNT(*) > 20" in (answer.sql or "")
