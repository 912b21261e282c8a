"""Readings that look complete but leave out something the question said ("tf" round).

Each function reads the parse after the reading is finished and says whether a said thing (an average
over groups that each hold one row, a number, a rate, two compared values) was left out or misplaced, so
the answer would look right and be wrong: the caller lowers confidence and the engine asks back.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Intent
from shared.semantic.vocabulary.linktypes import Grain, Item

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

WEAK_LINK = 0.7  # below: a word shared with a column's name (rate ~ unemployment_rate), not the name
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def aggregate_over_one_row_groups(parser: ParserBase, intent: Intent) -> bool:
    """各部门2020年的平均预算 / average yearly budget of one office: the groups with the filters pin one row
    each (a panel's member and period), so an average said (or a total word the reading left unread) has
    nothing to aggregate inside a group. The person meant it across the groups, or the word is idle: the
    reading cannot tell which, so it asks. A ranking of the groups is no such reading (it compares them)."""
    table = parser.table
    if table is None or not intent.dimensions or intent.order or intent.limit:
        return False
    pinned = set(intent.dimensions) | {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    if not _pins_one_row(table.grain, pinned):
        return False
    said = any((it.tag("agg") or "").endswith("avg") for it in parser.items)
    averaged = said and any(m.agg == "avg" for m in intent.measures)  # not a default mean (a level's)
    unread_total = any(
        pos not in parser.ps.used and parser.kw_only(it, "agg") for pos, it in enumerate(parser.items)
    )
    return averaged or unread_total


def _pins_one_row(grain: Grain, pinned: set[str]) -> bool:
    """These columns, or two of them, pick one row (a further filter, a region over states, only narrows)."""
    pairs = combinations(sorted(pinned), 2)
    return grain.pins_a_row(pinned) or any(grain.pins_a_row(set(pair)) for pair in pairs)


def number_left_out(parser: ParserBase) -> bool:
    """a minimum age of 21 / 年龄为21的: a number the reading did not use (no filter, limit or time took
    it) restricts the rows in a way the answer silently drops. A number that only shares a column's name
    weakly (21 ~ deaths_21_24) is still a number. Only numbers written in digits: a Chinese numeral is as
    often part of a word (哪一天, 一共)."""
    written = parser.question.replace(",", "")
    for pos, it in enumerate(parser.items):
        if pos in parser.ps.used or it.kind not in ("num", "match"):
            continue
        text = it.text.replace(" ", "").replace(",", "")
        digits = _NUMBER_RE.fullmatch(text) is not None and text in written  # not 哪一天's 一
        if digits and (it.kind == "num" or _weakly_linked(parser, it)):
            return True
    return False


def rate_left_out(parser: ParserBase, intent: Intent) -> bool:
    """the highest death rate per 1,000 people: a rate word the reading left unread (or linked only by a
    word shared with another rate column's name) while it measures a plain column: the rate asked for is
    no column, and the answer ranks or totals the count instead."""
    if any(m.expression or m.metric for m in intent.measures):
        return False
    for pos, it in enumerate(parser.items):
        if it.kind != "match" or not it.has("rate") or _strongly_linked(parser, it):
            continue
        if pos not in parser.ps.used:
            return True
        if _after_an_unread_word(parser, pos):
            return True  # 死亡率 with 死亡 not understood: the rate is that noun's, not unemployment_rate
    return False


def compared_values_summed(parser: ParserBase, intent: Intent) -> bool:
    """A比B多多少 / how many more in A than in B: a comparison word left unread between two values of one
    column the reading put in one filter answers their total, not their difference."""
    for pos, it in enumerate(parser.items):
        if it.kind != "match" or not it.has("cmp:gt", "cmp:lt") or pos in parser.ps.used:
            continue
        before = _value_columns(parser, parser.items[:pos])
        after = _value_columns(parser, parser.items[pos + 1 :])
        shared = before & after
        if any(f.column in shared and len(f.values) >= 2 for f in intent.filters):
            return True
    return False


def _value_columns(parser: ParserBase, items: list[Item]) -> set[str]:
    assert parser.table is not None
    return {
        str(lk.column)
        for it in items
        for lk in it.links
        if lk.kind == "value" and lk.table == parser.table.name and lk.column
    }


def _after_an_unread_word(parser: ParserBase, pos: int) -> bool:
    """The item right before pos is a word no clause read (a piece of a word not understood)."""
    prev = parser.items[pos - 1] if pos > 0 else None
    unread = prev is not None and prev.kind == "word" and pos - 1 not in parser.ps.used
    return unread and prev is not None and prev.text != "的"


def _weakly_linked(parser: ParserBase, it: Item) -> bool:
    return not _strongly_linked(parser, it)


def _strongly_linked(parser: ParserBase, it: Item) -> bool:
    assert parser.table is not None
    return any(lk.table == parser.table.name and lk.score >= WEAK_LINK for lk in it.links)
