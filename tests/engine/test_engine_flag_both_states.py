"""Both states of a yes/no column said side by side ("with and without auto renew") ask for one group
each, not for the rows without it (bothsides.both_states_said). A schema of its own: a magazine's
subscribers, their yearly fee and whether they renew automatically."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table


def _subscribers() -> Schema:
    columns = [("subscriber_id", "integer"), ("auto_renew", "integer"), ("fee", "decimal")]
    rows = [(i, i % 3 == 0, 30.0 + (i * 7) % 25) for i in range(1, 61)]
    return Schema(tables=[profiled_table("subscribers", columns, [(a, int(b), c) for a, b, c in rows])])


def test_with_and_without_a_flag_groups_by_it():
    # Given a 0/1 auto_renew flag / When the average fee with and without auto renew is asked
    answer = ask(_subscribers(), "Average fee with and without auto renew")
    # Then each state is a group; neither is filtered out
    assert answer.status == "ok", answer.message
    sql = answer.sql or ""
    assert 'GROUP BY "auto_renew"' in sql and "WHERE" not in sql


def test_without_alone_still_filters():
    # Given the same flag / When only "without" is said
    answer = ask(_subscribers(), "Average fee without auto renew")
    # Then the rows without it are kept
    assert answer.status == "ok", answer.message
    assert '"auto_renew" = 0' in (answer.sql or "")
