"""A column's noun followed by some of its stored values in brackets ("weekday (Monday to Friday)",
地区（华东）) names those values: the brackets say which of the column's values the noun means, so the
noun is the filter's, not a column asked for beside it (which listed weekday and rides instead of
averaging Monday..Friday)."""

from __future__ import annotations

from typing import Any


def noun_before_its_values(parser: Any) -> None:
    """The column noun, the brackets and what they hold become the item of the values alone."""
    items = parser.items
    for k in range(len(items) - 4, -1, -1):
        if k + 4 > len(items):  # the list shrank behind a replacement
            continue
        noun, opening, inside, closing = items[k : k + 4]
        if opening.text != "(" or closing.text != ")" or noun.kind != "match" or noun.tags:
            continue
        columns = {lk.column for lk in noun.links if lk.kind == "column"}
        values = [lk for lk in inside.links if lk.kind == "value"] if inside.kind == "match" else []
        if columns and values and all(lk.column in columns for lk in values):
            items[k : k + 4] = [inside]


def glossed_in_brackets(parser: Any, pos: int) -> bool:
    """The value at pos is written alone in brackets right after a word (非正常（Abnorml）): it
    restates that word, so a negation inside the word is the value's own, not the question's."""
    if not parser.units or pos == 0:
        return False
    it = parser.items[pos]
    start, end = parser.units[it.start].start, parser.units[it.end - 1].end
    opened = parser.text[:start].rstrip()[-1:] in ("(", "（")
    return opened and parser.text[end:].lstrip()[:1] in (")", "）")
