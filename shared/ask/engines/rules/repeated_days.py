"""Days counted over dates that repeat: a table of one row per member and day (rides per station and day)
holds each date many times, so "how many days had snow" / 有多少天下了雪 counts the distinct dates, not the
rows (a day of 20 stations is one day). Over one row per date the two agree; a member pinned by a filter
(Clark/Lake's days under 5,000 rides) makes them agree too, so COUNT(DISTINCT date) answers every case."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linktypes import ColumnInfo, Item

DAY_NOUNS = frozenset(words("day_nouns"))


def counted_entity(parser: Any, j: int | None) -> ColumnInfo | None:
    """What a count word counts at item j when it is no row: a repeating column the table's noun names
    (`ParserBase.repeated_entity`: countries over country-years), or the days of a date that repeats."""
    if j is None:
        return None
    item = parser.items[j]
    return parser.repeated_entity(item) or repeated_days(parser, item)


def repeated_days(parser: Any, item: Item) -> ColumnInfo | None:
    """The date column a day noun names (day, days, 天, 日子) when its dates repeat over the rows and
    hold no time of day (a timestamp's distinct values are instants, not days)."""
    if item.kind != "match" or item.text.lower().replace(" ", "") not in DAY_NOUNS:
        return None
    c = parser.col(item, prefer="time")
    if c is None or c.role != "time" or c.type != "date" or c.unique or c.distinct < 2:
        return None
    return c
