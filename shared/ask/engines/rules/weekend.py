"""The weekend as stored days: a text column holding the names of the days of the week (weekday =
'Saturday', 'Sunday', ...) lets "on weekends" / 周末 filter the rows to its weekend days, as "Saturdays and
Sundays" would (weekday IN ('Saturday', 'Sunday')). Without such a column the word stays unread, and the
clock-part doubt asks back as before. Two stored day names joined by to / through / 到 (Monday to Friday,
周一到周五) are every day between, in the week's order, not the two ends. The words are the grammar's
(`weekend_words`, `weekend_days`, `week_days` in order, `range_joiners`)."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linktypes import Item, Link

WEEKEND_WORDS = frozenset(words("weekend_words"))
WEEKEND_DAYS = frozenset(w.lower() for w in words("weekend_days"))
WEEK_DAYS = tuple(w.lower() for w in words("week_days"))  # Monday .. Sunday, each language's names in turn
SPAN_JOINERS = frozenset(words("range_joiners", "marks", "dash", "to", "through", "thru"))  # Monday to Friday
MAX_DAY_VALUES = 14  # a column of day names holds seven (or fourteen, two spellings)
SCORE = 0.9


def weekend_as_days(parser: Any) -> None:
    """Unread items saying the weekend (one word, or two Chinese characters left apart: 周 + 末) become one
    item linked to the weekend days of the one day-name column."""
    items = parser.items
    said = [k for k in range(len(items)) if _says_weekend(items, k)]
    links = _weekend_links(parser.table) if said and parser.table is not None else []
    for k in reversed(said if links else []):
        length = _says_weekend(items, k)
        first, last = items[k], items[k + length - 1]
        text = "".join(it.text for it in items[k : k + length])
        items[k : k + length] = [Item(first.start, last.end, "match", text, links=list(links))]


def day_spans(parser: Any) -> None:
    """Monday to Friday / 周一到周五: one item linked to every stored day from the first to the last."""
    items = parser.items
    for k in range(len(items) - 3, -1, -1):
        if k + 3 > len(items):
            continue
        first, joiner, last = items[k : k + 3]
        if joiner.text.lower() not in SPAN_JOINERS:
            continue
        days = _days_between(_day_link(first), _day_link(last), parser.table)
        if days:
            items[k : k + 3] = [Item(first.start, last.end, "match", first.text, links=days)]


def _day_link(it: Item) -> Link | None:
    links = [lk for lk in it.links if lk.kind == "value"] if it.kind == "match" else []
    return links[0] if len(links) == 1 and _day_of_week(links[0].value) is not None else None


def _day_of_week(value: Any) -> int | None:
    low = str(value).strip().lower()
    return WEEK_DAYS.index(low) % 7 if low in WEEK_DAYS else None


def _days_between(start: Link | None, end: Link | None, table: Any) -> list[Link]:
    """The stored days of the ends' column from the start's day to the end's, in the week's order."""
    if start is None or end is None or start.column != end.column or table is None:
        return []
    col = table.columns.get(start.column or "")
    a, b = _day_of_week(start.value), _day_of_week(end.value)
    if col is None or a is None or b is None or a >= b:
        return []
    held = {_day_of_week(v): v for v in col.values if _day_of_week(v) is not None}
    return [
        Link("value", start.table, start.column, held[d], start.score) for d in range(a, b + 1) if d in held
    ]


def _says_weekend(items: list[Item], k: int) -> int:
    """How many unread items from k spell a weekend word (0: none)."""
    for length in (1, 2):
        part = items[k : k + length]
        unread = len(part) == length and all(it.kind == "word" and not it.links for it in part)
        if unread and "".join(it.text for it in part).lower() in WEEKEND_WORDS:
            return length
    return 0


def _weekend_links(table: Any) -> list[Link]:
    """The weekend days of the one text column whose values name two weekend days (Saturday, Sunday)."""
    found = []
    for c in table.columns.values():
        if c.numeric or not c.values or c.distinct > MAX_DAY_VALUES:
            continue
        days = [v for v in c.values if isinstance(v, str) and v.strip().lower() in WEEKEND_DAYS]
        if len(days) == 2:
            found.append([Link("value", table.name, c.name, v, SCORE) for v in days])
    return found[0] if len(found) == 1 else []
