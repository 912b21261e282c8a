"""Counts of the table's own rows said with the table's noun ("breach counts", "order count by region").

A count word right after the word naming the table's things counts those things: the rows. A weak column
link the count word also carries (count ~ a headcount column such as 受影响人数 "number of people",
through "number") is not what is counted; only a column the count word names outright stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.semantic.vocabulary.linktypes import Item

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

WEAK_LINK = 0.7  # below: a word shared with the column's name or gloss, not the name


def count_word_after_table_noun(parser: ParserBase) -> None:
    """`<table noun> count(s)`: the count word's weak column links are dropped, so the rows are counted."""
    assert parser.table is not None
    table = parser.table.name
    for pos in range(1, len(parser.items)):
        it, before = parser.items[pos], parser.items[pos - 1]
        if it.kind != "match" or not it.has("count") or not parser.is_table(before):
            continue
        mine = [lk for lk in it.links if lk.table == table]
        if mine and all(lk.kind == "column" and lk.score < WEAK_LINK for lk in mine):
            it.links = [lk for lk in it.links if lk.table != table]


def table_noun_before_a_column(parser: ParserBase) -> None:
    """ "breach type", "order date": the table's noun (linked to the table alone) right before an English
    word that names one of its columns is that column's qualifier, the compound names the column: "by
    breach type" groups by the type column, it does not group by the rows' noun and leave "type" aside."""
    assert parser.table is not None
    table = parser.table.name
    pos = 0
    while pos < len(parser.items) - 1:
        it, nxt = parser.items[pos], parser.items[pos + 1]
        pos += 1
        if it.kind != "match" or nxt.kind != "match" or it.tags or nxt.tags or nxt.start != it.end:
            continue
        if not (it.text.isascii() and nxt.text.isascii()):
            continue
        if not it.links or any(lk.kind != "table" or lk.table != table for lk in it.links):
            continue
        mine = [lk for lk in nxt.links if lk.table == table]
        if not mine or any(lk.kind != "column" for lk in mine):
            continue
        compound = Item(it.start, nxt.end, "match", f"{it.text} {nxt.text}", links=list(nxt.links))
        parser.items[pos - 1 : pos + 1] = [compound]
