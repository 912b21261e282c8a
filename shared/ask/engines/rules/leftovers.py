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
from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linktypes import Grain, Item

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

WEAK_LINK = 0.7  # below: a word shared with a column's name (rate ~ unemployment_rate), not the name
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_PER_WORDS = ("per",)  # 每 before a word not understood: joins_doubts (unread_per)
STRONG_LINK = 0.9  # the column's whole name (or its gloss), not a part of it


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


def counted_noun_unread(parser: ParserBase, intent: Intent) -> bool:
    """销量最高的三个仓区: the N of a top-N counts the noun after it (a classifier between), which names
    a column or table; when no clause read that noun, the reading ranks some other thing N times."""
    if not intent.limit:
        return False
    skip = set(words("classifiers"))
    for pos, it in enumerate(parser.items):
        if it.kind != "num" or pos not in parser.ps.used or it.text.strip() != str(intent.limit):
            continue
        nxt = pos + 1
        while nxt < len(parser.items) and parser.items[nxt].text.replace(" ", "") in skip:
            nxt += 1
        noun = parser.items[nxt] if nxt < len(parser.items) else None
        if noun is not None and nxt not in parser.ps.used and _names_only_elsewhere(parser, noun):
            return True
    return False


def _names_only_elsewhere(parser: ParserBase, noun: Item) -> bool:
    """The noun links only columns of other tables (no table, nothing of the chosen one): a group the
    one-table reading cannot make."""
    assert parser.table is not None
    links = noun.links if noun.kind == "match" else []
    columns = [lk for lk in links if lk.kind == "column"]
    return bool(columns) and len(columns) == len(links) and all(lk.table != parser.table.name for lk in links)


def per_unknown_word(parser: ParserBase, intent: Intent) -> bool:
    """income per member: "per" right before a word no clause read asks a ratio over that noun (or a
    grouping by it); the reading leaves it out and answers the plain amount. A rate column the reading
    uses whose name holds the "per" (loads_per_head) answers it already."""
    read = _columns_read(intent)
    for pos, it in enumerate(parser.items[:-1]):
        if it.text.strip().lower() not in _PER_WORDS:
            continue  # (most words: no look at their links)
        nxt = parser.items[pos + 1]
        in_a_read_name = any(lk.kind == "column" and lk.column in read for lk in it.links)
        said = it.text.strip().lower() in _PER_WORDS and pos not in parser.ps.used and not in_a_read_name
        if (
            said
            and nxt.kind == "word"
            and pos + 1 not in parser.ps.used
            and nxt.text.isascii()
            and nxt.text.isalpha()
        ):
            return True
    return False


def key_shown_for_its_thing(parser: ParserBase, intent: Intent) -> bool:
    """哪个仓区 over a 仓区编号 column: a word that only partly names a column that is a declared key to
    another table asks the thing the key points to (its name there), not the code the reading lists as
    the whole answer."""
    # only the chosen table's links can be used columns here: `shown` holds its columns
    assert parser.table is not None
    table = parser.schema.table(parser.table.name)
    if table is None:
        return False
    keys = {fk.columns[0] for fk in table.foreign_keys if len(fk.columns) == 1}
    if len(intent.columns) != 1 or intent.measures or intent.dimensions:
        return False  # the code beside a figure, or grouped by: the figures stand and the code tells them
    shown = set(intent.columns) & keys
    for pos in parser.ps.used:
        links = parser.items[pos].links if pos < len(parser.items) else []
        if any(lk.kind == "table" for lk in links):
            continue  # the word names the other table too: a join plan lists that table's name
        if any(lk.kind == "column" and lk.column in shown and lk.score < STRONG_LINK for lk in links):
            return True
    return False


def neighbour_names_another_amount(parser: ParserBase, intent: Intent) -> bool:
    """average crate weight: a word read as a column by a part of its name, right beside an unread word
    that names another numeric column as weakly; the two words are one noun, and which column it names
    the reading cannot tell."""
    assert parser.table is not None
    read = {m.column for m in intent.measures if m.column and m.agg in ("avg", "sum")}
    if not read:
        return False  # no average or total of a column: nothing another amount could be
    for pos in sorted(parser.ps.used):
        weak = _weak_columns(parser, pos) & read
        head = pos + 1  # an English compound: the head noun follows its modifier
        if (
            weak
            and head < len(parser.items)
            and head not in parser.ps.used
            and parser.items[head].text.isascii()
            and _weak_columns(parser, head) - weak
        ):
            return True
    return False


def _weak_columns(parser: ParserBase, pos: int) -> set[str]:
    """Numeric columns of the chosen table the item at pos names only by a part of their name."""
    assert parser.table is not None
    it = parser.items[pos] if pos < len(parser.items) else None
    if it is None or it.kind != "match":
        return set()
    found = set()
    for lk in it.links:
        info = parser.table.columns.get(str(lk.column)) if lk.kind == "column" else None
        if info is not None and lk.table == parser.table.name and info.numeric and lk.score < STRONG_LINK:
            found.add(str(lk.column))
    return found


def _columns_read(intent: Intent) -> set[str]:
    """Every column the reading measures, groups, filters, orders or lists."""
    named = {m.column for m in intent.measures} | {f.column for f in intent.filters}
    named |= {str(o[1]) for o in intent.order if o[0] == "column"}
    return {c for c in named | set(intent.dimensions) | set(intent.columns) if c}


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
