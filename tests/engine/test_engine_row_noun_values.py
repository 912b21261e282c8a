"""The table's own row noun that is also a stored category value: "members" over a table of club members
whose 类型 column holds 'member' (beside 'guest', 'staff') names the rows, not the category, unless its column
is named beside it or another value of that column stands against it."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

VISIT_COLUMNS = [
    ("消费_元", "float"),
    ("年龄", "integer"),
    ("类型", "text"),
    ("城市", "text"),
]
VISIT_ROWS = [
    (120.0, 31, "member", "north"),
    (80.0, 45, "guest", "north"),
    (60.0, 22, "member", "south"),
    (200.0, 38, "staff", "south"),
    (95.0, 29, "guest", "south"),
    (150.0, 52, "member", "north"),
    (40.0, 19, "guest", "north"),
    (75.0, 61, "staff", "north"),
]


def club() -> Schema:
    return Schema(tables=[profiled_table("member_visits", VISIT_COLUMNS, VISIT_ROWS)])


def test_the_row_noun_counts_every_row_not_the_equal_category():
    # Given a table named after members whose 类型 also holds 'member' / When asked how many members there are
    en = ask(club(), "How many members are in the club?")
    # Then every row is counted: no 类型 = 'member' filter
    assert en.status == "ok" and "WHERE" not in en.sql


def test_the_row_noun_under_an_average_and_another_filter_is_not_a_filter():
    # Given the same table / When averaging over the members of one city
    ans = ask(club(), "average age of members in the south")
    # Then only the city filters the rows
    assert "'member'" not in (ans.sql or "")
    assert ans.status != "ok" or "\"城市\" = 'south'" in ans.sql


def test_the_category_named_by_its_column_stays_a_filter():
    # Given the 类型 column named right before the value / When asking
    ans = ask(club(), "average age where 类型 is member")
    # Then the value filter is kept
    assert "\"类型\" = 'member'" in ans.sql


def test_the_row_noun_against_another_value_of_its_column_is_the_category():
    # Given 'member' set against 'guest' of the same column / When comparing them
    ans = ask(club(), "average age of members versus guests")
    # Then the row noun is not dropped as the table: both values are read, or the engine asks back
    assert ans.status != "ok" or "'member'" in ans.sql
