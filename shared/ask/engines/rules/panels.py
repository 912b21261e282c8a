"""Panels: a table whose rows are a full grid of periods and members (every store once per month, every
country once per year). A measure there is one series per member, and "the average X of a group" that
holds several members over several periods has two readings: the mean of its rows (per member and
period) or the mean over the periods of the group's total (a level such as stock or headcount, summed
over its members each period). The data cannot tell which one the person means, so the answer is doubted
rather than given as the rows' mean. Only for whole-number measures (counts of people or units, which
add up over the members each period); a fractional one (a price, a rate per head, an index) is averaged
over members and periods alike.
"""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent
from shared.semantic.schema import Column, Table
from shared.semantic.vocabulary.grain import table_grain
from shared.semantic.vocabulary.linking import column_info
from shared.semantic.vocabulary.linktypes import Grain


def _distinct(col: Column) -> int:
    return col.profile.distinct_count if col.profile else 0


def _counted(table: Table, name: str | None) -> bool:
    """A whole-number measure counts things (people, units held), which add up over members each period;
    a fractional one (a price, a rate per head, an index) is averaged over them, one reading."""
    col = table.column(name) if name else None
    return col is not None and col.type == "integer"


_GRAINS: dict[tuple[int, int], tuple[Table, Grain]] = {}  # (id, rows) -> (table, grain)


def grain_of(table: Table) -> Grain:
    """The table's grain (vocabulary/grain.py) where only the schema's table is at hand; the index holds the
    same one (`TableIndex.grain`). Computed once per table object (profiles do not change under a loaded
    schema; a refresh builds new tables)."""
    held = _GRAINS.get((id(table), table.row_count or 0))
    if held is not None and held[0] is table:
        return held[1]
    if len(_GRAINS) >= 256:
        _GRAINS.clear()
    grain = table_grain(table, {c.name: column_info(c, table) for c in table.columns})
    _GRAINS[(id(table), table.row_count or 0)] = (table, grain)
    return grain


def panel_key(table: Table | None) -> tuple[str, str] | None:
    """(period column, member column) when every member appears once per period: rows = periods x members
    (`Grain.panel`)."""
    return grain_of(table).panel if table is not None and table.row_count else None


def averaged_across_members(intent: Intent, table: Table | None) -> bool:
    """AVG over a panel's rows when the answer's groups each hold several members and several periods: the
    rows' mean (per member and period) or the mean of the periods' totals? (A group as fine as the members,
    or one period pinned, has one reading.)"""
    if table is None or not any(m.agg == "avg" and _counted(table, m.column) for m in intent.measures):
        return False
    key = panel_key(table)
    if key is None:
        return False
    period, member = key
    distinct = {c.name: _distinct(c) for c in table.columns}
    pinned = set(intent.dimensions) | {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    if period in pinned or intent.time_grain:
        return False
    if any(
        _one_series(table, f.column, f.values[0], distinct[period]) for f in intent.filters if f.op == "="
    ):
        return False
    return not any(distinct.get(c, 0) >= distinct[member] for c in pinned)


def _one_series(table: Table, column: str, value: object, periods: int) -> bool:
    """A value held by one row per period (a group with a single member): its rows are one series."""
    col = table.column(column)
    listed = (col.profile.values or []) if col is not None and col.profile else []
    return any(isinstance(v, list | tuple) and v[0] == value and v[1] == periods for v in listed)
