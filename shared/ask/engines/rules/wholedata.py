"""Words that name the whole data rather than a part or a grouping of it: "across all regions (and
quarters)" over dimension columns, "national" / 全国 over a table split by place (regions, provinces,
states). Neither filters nor groups: the answer is over every row, and the words are understood."""

from __future__ import annotations

from collections.abc import Callable

from shared.ask.engines.rules.intent import Filter
from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linking import ColumnInfo, Item, TableIndex

OPENERS = [w.split() for w in words("whole_column_openers")]
WHOLE_PLACE = frozenset(words("whole_place_words"))
WHOLE_PERIOD = words("whole_period_words")
PLACE_NOUNS = frozenset(words("place_column_words"))
_LINKS = ("and", ",", "、", "和")


def _dimension(c: ColumnInfo | None) -> bool:
    return c is not None and not c.numeric and c.role in ("dimension", "text")


def _spanned(c: ColumnInfo | None) -> bool:
    """A column an opener can span whole: a dimension, or the years / dates (across all states and years)."""
    return _dimension(c) or (c is not None and c.role in ("year", "time"))


OPENER_ENDS = frozenset(o[-1] for o in OPENERS if o)


def _opened(items: list[Item], pos: int) -> bool:
    """An opener (across all, over all) right before the item; most items follow no opener's last word."""
    if pos == 0 or items[pos - 1].text not in OPENER_ENDS:
        return False
    return any(pos >= len(o) and [it.text for it in items[pos - len(o) : pos]] == o for o in OPENERS)


def across_all(
    items: list[Item],
    column_of: Callable[[Item], ColumnInfo | None],
    filters: list[Filter],
    used: set[int],
) -> set[int]:
    """Positions of the columns an opener names whole (across all states and quarters): dimension
    columns no filter keeps to some values, with the words joining them."""
    filtered = {f.column for f in filters}
    found: set[int] = set()
    for pos in range(len(items)):
        if not _opened(items, pos):
            continue
        j = pos
        while j < len(items) and _spanned(c := column_of(items[j])) and c is not None:
            if c.name in filtered or j in used:
                break
            found.add(j)
            if j + 2 < len(items) and items[j + 1].text in _LINKS:
                found.add(j + 1)
                j += 2
                continue
            break
    return found


def place_columns(table: TableIndex) -> list[str]:
    """Dimension columns named for places (state, region, 省份); the table's own, found once."""
    if "place_columns" not in table.memo:
        table.memo["place_columns"] = [
            c.name
            for c in table.columns.values()
            if _dimension(c) and (any(w in PLACE_NOUNS for w in c.words) or c.name in PLACE_NOUNS)
        ]
    return list(table.memo["place_columns"])


def whole_place(items: list[Item], table: TableIndex, filters: list[Filter]) -> set[int]:
    """national / nationwide / 全国 said of a table split by place with no place kept: every place."""
    places = place_columns(table)
    if not places or any(f.column in places for f in filters):
        return set()
    found: set[int] = set()
    for pos in range(len(items)):
        for k in (1, 2, 3):  # 全国 read as two characters: the word is the run of them
            run = items[pos : pos + k]
            if (
                len(run) == k
                and all(it.kind == "word" for it in run)
                and "".join(it.text for it in run) in WHOLE_PLACE
            ):
                found.update(range(pos, pos + k))
    return found


def whole_period(question: str, spans: list[tuple[int, int]]) -> set[int]:
    """over the whole period / 整个期间: every period of the data, no range; the items inside the phrase
    (given by their character spans in the question) are read."""
    low = question.lower()
    found: set[int] = set()
    for phrase in WHOLE_PERIOD:
        k = low.find(phrase)
        if k >= 0:
            found.update(p for p, (a, b) in enumerate(spans) if k <= a and b <= k + len(phrase))
    return found
