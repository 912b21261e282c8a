"""Things counted over rows that are repeated readings of them (observations of storms, visits of patients,
years of countries).

A table whose noun also names a column whose values repeat (`ParserBase.repeated_entity`: storm in a table
of storm observations) holds several rows per thing. "Which year had the most storms", "years with more
than 20 storms", 哪一年的风暴最多 count the things, not their rows: every row count the reading made
(measure, ranking, HAVING) counts the column's distinct values. The row count stays where the question
asks for rows outright (records, observations, 记录, 多少条), where the thing itself is grouped, listed or
pinned by a filter, or where no word of the question names the things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules.counts_held import rows_said
from shared.ask.engines.rules.intent import Having, Intent, Measure
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import split_identifier

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase
    from shared.semantic.vocabulary.linktypes import ColumnInfo, Item

NAME_WORDS = ("名称", "名字", "名")  # a Chinese header's last word saying "the name of"


def _names_the_thing(column: str, noun: str) -> bool:
    """<noun> name / <noun>_name / <noun>名称: the column holds the names of the things the noun says."""
    if column.isascii():
        words = [w.lower() for w in split_identifier(column)]
        return len(words) == 2 and words[1] == "name" and bilingual.base(words[0]) == noun
    for tail in NAME_WORDS:
        head = column[: -len(tail)]
        if column.endswith(tail) and len(head) >= 2:
            return noun == head or noun in {bilingual.base(g.lower()) for g in bilingual.english_for(head)}
    return False


def _table_of(parser: ParserBase, noun: str) -> bool:
    """The table is named after the things (storms, atlantic_storms, river_gauges for "river"), not a
    view joined over them (order items with their customers' names)."""
    assert parser.table is not None
    return noun in {bilingual.base(w.lower()) for w in split_identifier(parser.table.name)}


def _noun(item: Item) -> str:
    text = item.text.replace(" ", "") if not item.text.isascii() else item.text.lower()
    return bilingual.base(text)


def thing_name_column(parser: ParserBase, item: Item) -> ColumnInfo | None:
    """The table's noun that links no column of its own ("storms" over a column 风暴名称 "storm name"):
    the one repeating name column named after the noun holds the things (the storms are its names)."""
    assert parser.table is not None
    noun = _noun(item)
    if not noun.isascii():
        noun = next(iter(bilingual.english_for(noun)), noun)
    if not _table_of(parser, noun):
        return None
    found = [
        c
        for c in parser.table.columns.values()
        if c.name_like and not c.unique and not c.numeric and _names_the_thing(c.name, noun)
    ]
    return found[0] if len(found) == 1 else None


def _row_count(m: Measure) -> bool:
    return m.agg == "count" and m.column is None and m.metric is None and m.expression is None


def _head_of_name(parser: ParserBase, item: Item) -> ColumnInfo | None:
    """风暴 over a column 风暴名称: a word linked to a repeating name column whose name is that word + 名称
    ("storm" + name) names the things whose names the column holds."""
    if item.kind != "match" or parser.is_table(item):
        return None
    c = parser.col(item)
    noun = _noun(item)
    english = noun if noun.isascii() else next(iter(bilingual.english_for(noun)), noun)
    if c is None or not _table_of(parser, english) or not c.name_like or c.unique or c.numeric:
        return None
    if not _names_the_thing(c.name, noun):
        return None
    return c


def counted_entity(parser: ParserBase, intent: Intent) -> str | None:
    """The repeating column the question's word for the table's things names, where the reading counts
    rows and the question does not ask for rows."""
    counts = [m for m in intent.measures if _row_count(m)]
    if not counts and not any(_row_count(h.measure) for h in intent.having):
        return None
    if rows_said(parser.question):
        return None
    names = {e.name for it in parser.items if it.kind == "match" and (e := parser.repeated_entity(it))}
    names |= {c.name for it in parser.items if (c := _head_of_name(parser, it))}
    if len(names) != 1:
        return None
    name = names.pop()
    held = set(intent.dimensions) | set(intent.columns) | {f.column for f in intent.filters}
    return None if name in held else name


def entities_counted(parser: ParserBase, intent: Intent) -> bool:
    """Every row count of the reading counts the things' distinct values instead (True when it did)."""
    name = counted_entity(parser, intent)
    if name is None:
        return False

    def counted(m: Measure) -> Measure:
        return Measure("count_distinct", name) if _row_count(m) else m

    intent.measures = [counted(m) for m in intent.measures]
    intent.having = [Having(counted(h.measure), h.op, h.value) for h in intent.having]
    return True
