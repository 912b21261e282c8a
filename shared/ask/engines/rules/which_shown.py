"""Every thing a question asks "which" of is shown: 哪户农户、哪一季 / "which farm, and in which season"
answered with the season alone (or with the farm alone) answers half the question. When two which-words
ask of two different columns (the noun right after each, past a classifier or 一: 哪户, 哪一季, named
strongly), a column the final SQL does not hold at all is a doubt on the reading. One which-word, or two
asking of the same column (从哪个月到哪个月: a span), are left to the other checks."""

from __future__ import annotations

from shared.ask.engines.rules.parsecommon import CLASSIFIERS
from shared.semantic.vocabulary.linktypes import Item

STRONG = 0.65  # the column the word names (a key noun: 农户 for 农户编号), not a passing word of its name
SKIPPED = frozenset({"一", *CLASSIFIERS})


def which_unshown(items: list[Item], sql: str | None) -> bool:
    """Two which-words asking of different columns, one of which the SQL leaves out."""
    text = str(sql or "")
    asked = [cols for i, it in enumerate(items) if it.has("which") and (cols := _asked_columns(items, i))]
    if len(set(asked)) < 2:
        return False
    return any(not any(f'"{c}"' in text for c in cols) for cols in asked)


def _asked_columns(items: list[Item], i: int) -> frozenset[str]:
    """The columns the noun after the which-word at i names strongly."""
    j = i + 1
    while j < len(items) and _measure_word(items[j]):
        j += 1
    if j >= len(items):
        return frozenset()
    return frozenset(
        lk.column for lk in items[j].links or () if lk.kind == "column" and lk.column and lk.score >= STRONG
    )


def _measure_word(it: Item) -> bool:
    """一 or a classifier after 哪 (哪一季, 哪户, 哪个): a single unlinked Chinese character."""
    text = it.text.replace(" ", "")
    return not it.links and (text in SKIPPED or len(text) == 1 and "\u4e00" <= text <= "\u9fff")
