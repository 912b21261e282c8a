"""A number read as a column's value while the words right after it, not understood, say how it compares.

北纬40度以北 (north of 40 degrees) read as 纬度 = 40: 以北 was not understood, so the reading fell back to an
equality. A comparison word the grammar lacks (以北, 开外, upwards of) leaves the bound's direction unknown,
and an equality on a measured number answers another question (docs/engine.md, "Confidence").
"""

from __future__ import annotations

from collections.abc import Callable

from shared.ask.engines.rules.intent import Intent
from shared.semantic.vocabulary.linking import Item

MAX_GAP = 1  # items between the number and the unread words: a unit or the column's own noun (度, cm)


def _equal_numbers(intent: Intent) -> set[float]:
    """The numbers the reading holds equal to a column (source number, op =)."""
    found = set()
    for f in intent.filters:
        if f.source == "number" and f.op == "=" and f.values and isinstance(f.values[0], int | float):
            found.add(float(f.values[0]))
    return found


def _starts_unknown(items: list[Item], start: int, used: set[int], unknown: list[str]) -> bool:
    """The unread items from start spell the beginning of a word not understood, in full."""
    text = ""
    for k in range(start, min(len(items), start + 4)):
        if k in used or items[k].kind != "word":
            break
        text += items[k].text.replace(" ", "")
        if text in unknown:
            return True
    return False


def comparator_unread(
    items: list[Item], used: set[int], intent: Intent, unknown_words: Callable[[], list[str]]
) -> bool:
    """An equality on a number followed, within a unit word, by words not understood: the comparison they
    said was lost (40度以北 → = 40). The words not understood are gathered only when a number is equal."""
    numbers = _equal_numbers(intent)
    if not numbers:
        return False
    unknown = unknown_words()
    if not unknown:
        return False
    for pos, it in enumerate(items):
        if it.kind != "num" or not isinstance(it.value, int | float) or float(it.value) not in numbers:
            continue
        for start in range(pos + 1, min(len(items), pos + 2 + MAX_GAP)):
            if _starts_unknown(items, start, used, unknown):
                return True
    return False
