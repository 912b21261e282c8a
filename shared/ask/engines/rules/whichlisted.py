"""A "which …" question answered by every row's value of one number column (which week was the peak →
the week of each of 15,000 rows): no filter, no figure, no order, no limit, not the distinct values
(哪几种气缸数 lists the kinds). "Which" asks for one or a
few things that stand out; listing a number column over the whole table names none, so the word that
says how they stand out (peak, 高峰) was not read. A name column listed so is a catalogue (which
products are there) and stays answered."""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent
from shared.semantic.schema import Table


def which_numbers_listed(intent: Intent, table: Table | None) -> bool:
    """Only plain number columns listed, over all rows, with nothing that picks or ranks them."""
    if table is None or not intent.columns or intent.measures or intent.dimensions:
        return False
    if (
        intent.distinct
        or intent.filters
        or intent.having
        or intent.order
        or intent.limit
        or intent.time_range
    ):
        return False
    numeric = {c.name for c in table.columns if c.is_numeric}
    return all(name in numeric for name in intent.columns)
