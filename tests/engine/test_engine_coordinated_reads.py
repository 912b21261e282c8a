"""Two things joined by and / 和 are read alike, never one as a grouping and the other as a filter."""

from __future__ import annotations

from shared.ask.engines.rules.coordinated_reads import coordinated_group_and_filter
from shared.semantic.vocabulary.linktypes import Item, Link


def _items(right: Link) -> list[Item]:
    """工作日 和 节假日 over a shifts table: weekday a column, holiday the other side."""
    return [
        Item(0, 3, "match", "工 作 日", links=[Link("column", "shifts", "weekday")]),
        Item(3, 4, "word", "和", tags=["and"]),
        Item(4, 7, "match", "节 假 日", links=[right]),
    ]


def test_a_grouped_column_beside_a_flag_filter_is_a_doubt():
    # Given shifts with weekday and an is_holiday flag When 工作日和节假日 grouped by weekday and kept to
    # is_holiday = 'Yes' Then the reading is doubted (both sides are the flag's two values)
    sql = 'SELECT "weekday", SUM("hours") FROM "shifts" WHERE "is_holiday" = \'Yes\' GROUP BY "weekday"'
    assert coordinated_group_and_filter(_items(Link("column", "shifts", "is_holiday")), sql)


def test_a_stored_value_filter_beside_a_grouped_column_is_a_doubt():
    sql = 'SELECT "weekday", COUNT(*) FROM "shifts" WHERE "kind" = \'holiday\' GROUP BY "weekday"'
    assert coordinated_group_and_filter(_items(Link("value", "shifts", "kind", "holiday")), sql)


def test_both_sides_grouped_or_no_grouping_is_no_doubt():
    # Given the flag itself grouped (the careful reading) or no GROUP BY Then no doubt
    grouped = 'SELECT "is_holiday", SUM("hours") FROM "shifts" GROUP BY "is_holiday"'
    assert not coordinated_group_and_filter(_items(Link("column", "shifts", "is_holiday")), grouped)
    plain = 'SELECT SUM("hours") FROM "shifts" WHERE "is_holiday" = \'Yes\''
    assert not coordinated_group_and_filter(_items(Link("column", "shifts", "is_holiday")), plain)


def test_a_join_condition_or_a_value_said_by_another_word_is_no_doubt():
    # Given 北区各门店和区域: the region kept by 北区's own value, the store's key equal in a join's ON
    items = [
        Item(0, 2, "match", "北 区", links=[Link("value", "stores", "region", "North")]),
        Item(2, 4, "match", "门 店", links=[Link("column", "stores", "store_id")]),
        Item(4, 5, "word", "和", tags=["and"]),
        Item(5, 7, "match", "区 域", links=[Link("column", "stores", "region")]),
    ]
    sql = (
        'SELECT t1."region", SUM(t0."amount") FROM "sales" AS t0 JOIN "stores" AS t1 ON t1."store_id" = '
        't0."store_id" WHERE t1."region" = \'North\' GROUP BY t1."region"'
    )
    assert not coordinated_group_and_filter(items, sql)
