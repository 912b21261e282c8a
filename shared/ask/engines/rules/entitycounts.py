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
from shared.ask.engines.rules.thingnames import english_noun, names_the_thing, noun_of, table_of

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase
    from shared.semantic.vocabulary.linktypes import ColumnInfo, Item


def _row_count(m: Measure) -> bool:
    return m.agg == "count" and m.column is None and m.metric is None and m.expression is None


def _head_of_name(parser: ParserBase, item: Item) -> ColumnInfo | None:
    """风暴 over a column 风暴名称: a word linked to a repeating name column whose name is that word + 名称
    ("storm" + name) names the things whose names the column holds."""
    if item.kind != "match" or parser.is_table(item):
        return None
    assert parser.table is not None
    c = parser.col(item)
    noun = noun_of(item)
    if c is None or not table_of(parser.table.name, english_noun(noun)) or not c.name_like:
        return None
    if c.unique or c.numeric or not names_the_thing(c.name, noun):
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
