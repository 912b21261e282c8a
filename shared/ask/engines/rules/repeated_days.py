"""Days counted over dates that repeat: a table of one row per member and day (rides per station and day)
holds each date many times, so "how many days had snow" / 有多少天下了雪 counts the distinct dates, not the
rows (a day of 20 stations is one day). Over one row per date the two agree; a member pinned by a filter
(Clark/Lake's days under 5,000 rides) makes them agree too, so COUNT(DISTINCT date) answers every case."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linktypes import ColumnInfo, Item, TableIndex

DAY_NOUNS = frozenset(words("day_nouns"))


def counted_entity(parser: Any, j: int | None) -> ColumnInfo | None:
    """What a count word counts at item j when it is no row: a repeating column the table's noun names
    (`ParserBase.repeated_entity`: countries over country-years), or the days of a date that repeats."""
    if j is None:
        return None
    item = parser.items[j]
    return parser.repeated_entity(item) or repeated_days(parser, j)


def repeated_days(parser: Any, j: int) -> ColumnInfo | None:
    """The date column a day noun names (day, days, 天, 日子; in Chinese also after a yes/no column's word,
    多少个下雨天) when its dates repeat over the rows and hold no time of day (a timestamp's distinct
    values are instants, not days)."""
    item = parser.items[j]
    if _yes_no(parser, item) and j + 1 < len(parser.items):
        item = parser.items[j + 1]
    if item.text.lower().replace(" ", "") not in DAY_NOUNS:
        return None
    c = parser.col(item, prefer="time") if item.links else _one_date(parser.table)
    if c is None or c.role != "time" or c.type != "date" or c.unique or c.distinct < 2:
        return None
    return c


def _yes_no(parser: Any, item: Item) -> bool:
    c = parser.col(item) if item.kind == "match" and item.links else None
    return c is not None and c.role == "bool"


def _one_date(table: Any) -> ColumnInfo | None:
    dates = [c for c in table.columns.values() if c.role == "time"]
    return dates[0] if len(dates) == 1 else None


def one_row_a_day(table: TableIndex, intent: Intent, date: str) -> bool:
    """A panel of members by date (rides per station and day) whose member an equality pins or the
    answer groups by: each of its days is one row, so the average per day is over the rows."""
    panel = table.grain.panel
    if panel is None or panel[0] != date:
        return False
    pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    return panel[1] in pinned or panel[1] in intent.dimensions


def days_of_the_rows(table: TableIndex, intent: Intent, date: str) -> bool:
    """A panel's date (rides per station and day): "average rides on days with snow" averages the
    rows of those days; a row count would count station-days, so it is left to the count's reading."""
    panel = table.grain.panel
    rows_counted = any(m.agg == "count" and m.column is None for m in intent.measures)
    return panel is not None and panel[0] == date and not rows_counted
