"""An aggregate of the table's own noun (average price of tickets over ticket-price rows, 平均房价 over
house prices): the table is named after the amount its rows hold, so the aggregate is of the one numeric
measure that the table name's word also names, not of the rows. Over a panel (each member once per period:
rides per station and day) holding one count of things, the table's own noun names that count wherever it
is not itself counted ("yearly ridership", "the highest total ridership"): a panel's rows are member-days,
which no one asks the number of by the data's name."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.measures import additive_name, panel_or_cell_count
from shared.semantic.vocabulary.linktypes import Link
from shared.semantic.vocabulary.segment import phrase_key

AGGREGATES = ("agg:avg", "agg:sum", "agg:max", "agg:min")


def table_noun_amount(parser: Any) -> None:
    """Items right after an aggregate word that name only the table become its amount column's word."""
    table = parser.table
    if table is None:
        return
    counted = _panel_count(table)
    for pos in range(len(parser.items)):
        before, it = parser.items[pos - 1] if pos else None, parser.items[pos]
        if it.kind != "match" or not it.links:
            continue
        if any(lk.kind != "table" or lk.table != table.name for lk in it.links):
            continue
        aggregated = before is not None and before.has(*AGGREGATES)
        column = _amount_named_by_table_word(parser.index, table) if aggregated else None
        if column is None and counted and phrase_key(it.text) in table.words:
            column = None if before is not None and before.has("count") else counted
        if column is not None:
            it.links = [Link("column", table.name, column, score=0.8)]


def _panel_count(table: Any) -> str | None:
    """The one count of things (`measures.panel_or_cell_count`) of a panel's rows (`Grain.panel`)."""
    if table.grain.panel is None:
        return None
    found = [c.name for c in table.columns.values() if c.role == "measure" and _counts(c)]
    return found[0] if len(found) == 1 else None


def _amount_named_by_table_word(index: Any, table: Any) -> str | None:
    """The one numeric measure a word of the table's name names (price of ticket_prices -> 票价)."""
    found: set[str] = set()
    for word in table.words:
        for lk in index.phrases.get(word, []):
            c = table.columns.get(lk.column or "") if lk.kind == "column" and lk.table == table.name else None
            if c is not None and c.numeric and c.role == "measure":
                found.add(c.name)
    return next(iter(found)) if len(found) == 1 else None


def _counts(c: Any) -> bool:
    """A count of things (rides) or an additive count under its own word (visits, tickets)."""
    whole = c.type == "integer" and isinstance(c.minimum, int | float) and c.minimum >= 0
    return panel_or_cell_count(c) or whole and additive_name(c.name)
