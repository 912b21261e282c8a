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
from shared.ask.engines.rules.yearlabels import year_led_values
from shared.semantic.schema import Column, Table
from shared.semantic.vocabulary.linking import column_info


def _distinct(col: Column) -> int:
    return col.profile.distinct_count if col.profile else 0


def _period(col: Column, table: Table) -> bool:
    """A time column, a year, or text labels that open with their year ('2019-09', '1998 Q1')."""
    return year_led_values(col) or column_info(col, table).role in ("time", "year")


def _counted(table: Table, name: str | None) -> bool:
    """A whole-number measure counts things (people, units held), which add up over members each period;
    a fractional one (a price, a rate per head, an index) is averaged over them, one reading."""
    col = table.column(name) if name else None
    return col is not None and col.type == "integer"


def each_held(col: Column, times: int) -> bool:
    """Every listed value of the column appears exactly `times` times (a balanced grid, not a product of
    counts by chance); a time column whose values are not listed passes on the product alone."""
    listed = col.profile.values if col.profile else None
    if not listed:
        return col.type not in ("text",)
    return all(isinstance(v, list | tuple) and len(v) == 2 and v[1] == times for v in listed)


_KEYS: dict[tuple[int, int], tuple[Table, tuple[str, str] | None]] = {}  # (id, rows) -> (table, key)


def panel_key(table: Table | None) -> tuple[str, str] | None:
    """(period column, member column) when every member appears once per period: rows = periods x members.
    The finest member column wins (an industry, not the sector grouping industries). Computed once per
    table object (profiles do not change under a loaded schema; a refresh builds new tables)."""
    if table is None or not table.row_count:
        return None
    held = _KEYS.get((id(table), table.row_count))
    if held is not None and held[0] is table:
        return held[1]
    if len(_KEYS) >= 256:
        _KEYS.clear()
    key = _panel_key(table)
    _KEYS[(id(table), table.row_count)] = (table, key)
    return key


def _panel_key(table: Table) -> tuple[str, str] | None:
    periods = [c for c in table.columns if _period(c, table) and _distinct(c) > 1]
    members = [c for c in table.columns if c.type == "text" and not _period(c, table) and _distinct(c) > 1]
    found = [
        (_distinct(m), p.name, m.name)
        for p in periods
        for m in members
        if _distinct(p) * _distinct(m) == table.row_count
        and each_held(m, _distinct(p))
        and each_held(p, _distinct(m))
    ]
    return (max(found)[1], max(found)[2]) if found else None


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
