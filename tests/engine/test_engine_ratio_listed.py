""" "The ratio of A to B" over two values of one column is A's count over B's, never the share of rows
that are A or B: read as that share, it is asked back (parse_misreadings._arithmetic_unread). A schema of
its own: a help desk's tickets."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

STATUSES = ["Open", "Closed", "Pending"]


def _tickets() -> Schema:
    columns = [("ticket_id", "integer"), ("status", "text"), ("hours", "decimal")]
    rows = [(i, STATUSES[i % 3], round(1 + (i * 17) % 50 / 3, 2)) for i in range(1, 151)]
    return Schema(tables=[profiled_table("tickets", columns, rows)])


def test_a_ratio_of_two_values_is_no_share_of_either():
    # Given two values of status / When their ratio is asked
    answer = ask(_tickets(), "What's the ratio of open to closed tickets?")
    # Then the share of rows that are either is not answered
    assert answer.status == "clarify" or " IN (" not in (answer.sql or ""), answer.sql


def test_a_ratio_of_one_value_stays_its_share():
    # Given one value / When "the ratio of open tickets" is asked / Then it is that share
    answer = ask(_tickets(), "What is the ratio of open tickets?")
    assert answer.status == "ok", answer.message
    assert "'Open'" in (answer.sql or "")
