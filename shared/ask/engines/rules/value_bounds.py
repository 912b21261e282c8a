"""Values that together are every value of their column (census round): filtering on them all excludes
nothing. (A value read out of the middle of a longer dictionary word: wordbreaks.value_inside_a_word.)"""

from __future__ import annotations

import re

from shared.ask.engines.rules.intent import Filter, Intent
from shared.semantic.vocabulary.linking import ColumnInfo

OR_RE = re.compile(r"\bor\b|或|还是")


def values_cover_the_column(question: str, intent: Intent, columns: dict[str, ColumnInfo]) -> bool:
    """2012年各大洲男性和女性的病例数 read as sex IN ('male', 'female') over sex's two values: a filter on
    every value its column holds excludes nothing, so naming them all asks for them apart (a group) rather
    than for the pooled figure; the column is neither grouped nor shown. Joined by "or" (cat or dog, 2015年或
    2016年) they are one condition, whatever it spans."""
    return covered_column(question, intent, columns) is not None


def covered_column(question: str, intent: Intent, columns: dict[str, ColumnInfo]) -> Filter | None:
    """The IN filter over every value its column holds, joined by and (values_cover_the_column), if any."""
    if not any(f.op == "in" and len(f.values) >= 2 for f in intent.filters):  # no search needed
        return None
    if OR_RE.search(question.lower()):
        return None
    shown = set(intent.dimensions) | set(intent.columns)
    for f in intent.filters:
        if f.op != "in" or len(f.values) < 2 or f.column in shown:
            continue
        info = columns.get(f.column)
        if info is None or not info.distinct or info.distinct != len(set(map(str, f.values))):
            continue
        held = {str(v) for v in info.values or []}
        if held and held == {str(v) for v in f.values}:
            return f
    return None
