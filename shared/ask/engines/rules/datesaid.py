"""A period only a date column can hold: the date column is said, not guessed.

A table with one date column and a year column beside it (a season's or a fiscal year's start, a birth
year) leaves "in 2016" open: the date's year or the year column's. Two ways of saying it close that:
- "calendar year 1990" / "calendar month" / 自然年 / 公历: the calendar's own year, which the dates hold;
- a month or a day of a year (March 1995, 1995年3月, 2001-05-04): no year column holds months or days,
  so over a table whose only other time columns are years (no month column) the dates are meant.
Where a month column stands beside the year (calendar parts), a month is theirs as well: still a guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shared.ask.engines.rules.calparts import calendar_parts
from shared.ask.engines.rules.neighbourtime import star_date_guessed
from shared.ask.engines.rules.timeexpr import TimeSpec
from shared.semantic.vocabulary.linktypes import TableIndex

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

CALENDAR_RE = re.compile(r"\bcalendar[ -](?:year|month|date|day)s?\b|自然年|公历|日历年", re.IGNORECASE)
FINER_THAN_A_YEAR = ("day", "month")


def date_column_said(question: str, specs: list[TimeSpec], table: TableIndex) -> bool:
    """The periods can only be on the table's one date column: said "calendar year", or months / days
    over a table whose other time columns are years only."""
    if len(table.time_columns()) != 1:
        return False
    if CALENDAR_RE.search(question):
        return True
    return (
        bool(specs)
        and not calendar_parts(table)
        and all(s.kind in FINER_THAN_A_YEAR and s.year for s in specs)
    )


def calendar_word_positions(question: str, texts: list[str]) -> list[int]:
    """Where "calendar" (or 自然 / 公历) stands among the items: read by the date column, not unknown."""
    if not CALENDAR_RE.search(question):
        return []
    return [i for i, t in enumerate(texts) if t.lower() in ("calendar", "自然", "公历", "日历")]


def settle_date_guess(parser: ParserBase, specs: list[TimeSpec]) -> None:
    """The time column guessed among several is no guess where only the dates hold the periods said."""
    table = parser.table
    if not parser.ps.time_guessed or table is None or not date_column_said(parser.question, specs, table):
        return
    date = table.time_columns()[0]
    if star_date_guessed(parser.question, parser.schema, table.name, parser.index, date):
        return  # December over songs: the day each entered or their weeks on a chart (neighbourtime.py)
    parser.ps.time_guessed = False
    texts = [it.text for it in parser.items]
    parser.ps.used.update(calendar_word_positions(parser.question, texts))
