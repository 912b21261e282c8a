"""The weekend as stored days: a text column holding the names of the days of the week (weekday =
'Saturday', 'Sunday', ...) lets "on weekends" / 周末 filter the rows to its weekend days, as "Saturdays and
Sundays" would (weekday IN ('Saturday', 'Sunday')). Without such a column the word stays unread, and the
clock-part doubt asks back as before. The words are the grammar's (`weekend_words`, `weekend_days`)."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linktypes import Item, Link

WEEKEND_WORDS = frozenset(words("weekend_words"))
WEEKEND_DAYS = frozenset(w.lower() for w in words("weekend_days"))
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
