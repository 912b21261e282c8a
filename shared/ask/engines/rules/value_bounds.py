"""Where a value the reading filters on begins and what it leaves out (census round): a value read out of
the middle of a longer dictionary word, and values that together are every value of their column."""

from __future__ import annotations

import re

from shared.ask.engines.rules.intent import Intent
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import ColumnInfo, Item
from shared.semantic.vocabulary.segment import CJK_RE


def value_inside_a_word(items: list[Item], used: set[int]) -> bool:
    """东南亚 read as 东 + 南亚 ('Southern Asia'): a value a clause read whose text, with the one unread
    Chinese character right before it, is a dictionary word of its own (东南亚 "Southeast Asia") names
    something else; the character was dropped as a stop word, so nothing else says it was lost."""
    for pos, it in enumerate(items[1:], start=1):
        if pos not in used or not any(lk.kind == "value" for lk in it.links):
            continue
        before = items[pos - 1]
        if pos - 1 in used or before.kind != "word" or not CJK_RE.fullmatch(before.text):
            continue
        text = it.text.replace(" ", "")
        if not CJK_RE.fullmatch(text[:1]):
            continue
        longer = [s.lower() for s in bilingual.senses(before.text + text)]
        values = [str(lk.value) for lk in it.links if lk.kind == "value" and lk.value is not None]
        if longer and not any(_says(longer, v) for v in values):
            return True
    return False


def _says(senses: list[str], value: str) -> bool:
    """A sense of the longer word that says the value itself (下雨 "to rain" for 'rain', 原材料 "raw
    material" for 'Materials'): the value was read right, the character only adds a verb or a modifier."""
    names = [_singular(g) for g in (bilingual.senses(value) if CJK_RE.search(value) else [value])]
    return any(n and n in _singular(sense) for n in names for sense in senses)


def _singular(text: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in text.lower().split())


OR_RE = re.compile(r"\bor\b|或|还是")


def values_cover_the_column(question: str, intent: Intent, columns: dict[str, ColumnInfo]) -> bool:
    """2012年各大洲男性和女性的病例数 read as sex IN ('male', 'female') over sex's two values: a filter on
    every value its column holds excludes nothing, so naming them all asks for them apart (a group) rather
    than for the pooled figure; the column is neither grouped nor shown. Joined by "or" (cat or dog, 2015年或
    2016年) they are one condition, whatever it spans."""
    if OR_RE.search(question.lower()):
        return False
    shown = set(intent.dimensions) | set(intent.columns)
    for f in intent.filters:
        if f.op != "in" or len(f.values) < 2 or f.column in shown:
            continue
        info = columns.get(f.column)
        if info is None or not info.distinct or info.distinct != len(set(map(str, f.values))):
            continue
        held = {str(v) for v in info.values or []}
        if held and held == {str(v) for v in f.values}:
            return True
    return False
