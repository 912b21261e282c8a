"""An aggregate of the table's own noun is of the one amount the table's name also names (average price
over rows of ticket prices with a 票价 column), not a failed reading of the rows."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

FARE_COLUMNS = [("票价_元", "float"), ("座位数", "integer"), ("城区", "text")]
FARE_ROWS = [
    (3200.0, 60, "east"),
    (2800.0, 45, "west"),
    (4100.0, 80, "east"),
    (2500.0, 40, "west"),
    (3600.0, 70, "west"),
]


def tickets() -> Schema:
    return Schema(tables=[profiled_table("ticket_prices", FARE_COLUMNS, FARE_ROWS)])


def test_an_average_of_the_table_noun_is_its_amount():
    # Given rows of ticket prices whose amount column is 票价 ("ticket price") / When averaging the price
    ans = ask(tickets(), "Average price of tickets in the east")
    # Then the amount column is averaged over the east's rows
    assert ans.status == "ok" and 'AVG("票价_元")' in ans.sql and "'east'" in ans.sql
