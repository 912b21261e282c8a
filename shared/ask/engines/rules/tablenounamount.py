"""An aggregate of the table's own noun (average price of tickets over ticket-price rows, 平均房价 over
house prices): the table is named after the amount its rows hold, so the aggregate is of the one numeric
measure that the table name's word also names, not of the rows."""

from __future__ import annotations

from typing import Any

from shared.semantic.vocabulary.linktypes import Link

AGGREGATES = ("agg:avg", "agg:sum", "agg:max", "agg:min")


def table_noun_amount(parser: Any) -> None:
    """Items right after an aggregate word that name only the table become its amount column's word."""
    table = parser.table
    if table is None:
        return
    for pos in range(1, len(parser.items)):
        before, it = parser.items[pos - 1], parser.items[pos]
        if not before.has(*AGGREGATES) or it.kind != "match" or not it.links:
            continue
        if any(lk.kind != "table" or lk.table != table.name for lk in it.links):
            continue
        column = _amount_named_by_table_word(parser.index, table)
        if column is not None:
            it.links = [Link("column", table.name, column, score=0.8)]


def _amount_named_by_table_word(index: Any, table: Any) -> str | None:
    """The one numeric measure a word of the table's name names (price of ticket_prices -> 票价)."""
    found: set[str] = set()
    for word in table.words:
        for lk in index.phrases.get(word, []):
            c = table.columns.get(lk.column or "") if lk.kind == "column" and lk.table == table.name else None
            if c is not None and c.numeric and c.role == "measure":
                found.add(c.name)
    return next(iter(found)) if len(found) == 1 else None
