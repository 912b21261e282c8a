"""Rank / sort X by an aggregated Y with a direction said: X is grouped and each group's aggregate is
ranked (parse_order._ranked_groups, _by_what), not one figure sorted by X. Schema of its own: shops."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table


def _shops() -> Schema:
    rows = [
        (city, month, 50.0 + 7 * k + m)
        for k, city in enumerate(["Lyon", "Nice", "Lille", "Metz"])
        for m, month in enumerate(["Jan", "Feb", "Mar"])
    ]
    return Schema(
        tables=[profiled_table("visits", [("city", "text"), ("month", "text"), ("footfall", "float")], rows)]
    )


def test_rank_the_groups_by_an_aggregate_with_a_direction():
    # Given footfall per city and month
    # When the cities are ranked by their average footfall, highest first
    answer = ask(_shops(), "Rank the cities by average footfall, highest first")
    # Then one row per city, ordered by the average, descending
    assert answer.status == "ok", answer.message
    assert 'GROUP BY "city"' in answer.sql and 'AVG("footfall")' in answer.sql
    assert answer.sql.rstrip().endswith("DESC")


def test_rank_without_a_direction_still_asks_back():
    # Given the same data / When no direction is said / Then no guess of one is answered outright
    answer = ask(_shops(), "Rank the cities by total footfall")
    assert answer.status != "ok" or 'GROUP BY "city"' in answer.sql
