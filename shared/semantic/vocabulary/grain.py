"""The grain of a table: what one row is, decided once per table when the index is built.

A row is a thing (a country, an order: a column names it), a dated snapshot (a date axis), or a cell of
a grid (state x gender x quarter: its measures count what the cell holds). The rules that read a table
as a grid of cells (gridcells.py: members' totals; panels.py: a mean over members; parse_mode: a value
that pins one row; measures.count_column: a count column sums) all read this one decision, `Grain`
(linktypes.py), instead of each testing the columns again. See docs/engine.md, "The grain of a table".
"""

from __future__ import annotations

import math
import re
from typing import Any

from shared.semantic.schema import Column, Table
from shared.semantic.vocabulary.linktypes import ColumnInfo, Grain

_LABEL_RE = re.compile(r"^[12]\d{3}\D")
_YEAR_RE = re.compile(r"(?:19|20)\d\d\b")
_AXIS_ROLES = ("dimension", "text", "bool", "time", "year")


def year_led(value: Any) -> bool:
    """A period label that opens with its year ("1998 Q1", "2019-09")."""
    return isinstance(value, str) and _LABEL_RE.match(value) is not None


def periodic(col: ColumnInfo) -> bool:
    """A time column, a year, or text labels that open with their year ('2019-09', '1998 Q1')."""
    if col.role in ("time", "year"):
        return True
    return bool(col.values) and all(_YEAR_RE.match(str(v)) for v in col.values)


def each_held(col: Column, times: int) -> bool:
    """Every listed value of the column appears exactly `times` times (a balanced grid, not a product of
    counts by chance); a time column whose values are not listed passes on the product alone."""
    listed = col.profile.values if col.profile else None
    if not listed:
        return col.type not in ("text",)
    return all(isinstance(v, list | tuple) and len(v) == 2 and v[1] == times for v in listed)


def table_grain(table: Table, cols: dict[str, ColumnInfo]) -> Grain:
    """The table's grain from its columns' facts (`cols`, linking's) and profiles (`table`)."""
    rows = table.row_count or 0
    keys, entities = _keys(cols), _entities(cols, rows)
    dated = any(c.role == "time" for c in cols.values())
    axes = [c for c in cols.values() if c.role in _AXIS_ROLES and 1 < c.distinct < rows]
    product = math.prod(c.distinct for c in axes) if len(axes) >= 2 and rows else 0
    axes = axes if product else []
    return Grain(
        rows=rows,
        keys=keys,
        entities=entities,
        dated=dated,
        cells=len(keys) >= 2 and not entities and not dated and not _dated_things(keys, cols),
        axes=tuple(c.name for c in axes),
        periods=tuple(c.name for c in axes if periodic(c)),
        full=bool(product) and product == rows,
        sparse=product > rows,
        panel=_panel(table, cols) if rows else None,
        distinct=tuple((c.name, c.distinct) for c in cols.values()),
    )


def _keys(cols: dict[str, ColumnInfo]) -> tuple[str, ...]:
    """Repeating categories, years and keys: they split the rows (a row number may key the cells)."""
    return tuple(
        c.name
        for c in cols.values()
        if c.role in ("dimension", "year", "id") and not c.unique and c.distinct > 1
    )


def _dated_things(keys: tuple[str, ...], cols: dict[str, ColumnInfo]) -> bool:
    """Two or more year columns among the keys (year sold, year built, year remodeled): a grid has one time
    axis, so the years describe each row's thing or event, and the rows are those, not cells."""
    return sum(1 for k in keys if cols[k].role == "year") >= 2


def _entities(cols: dict[str, ColumnInfo], rows: int) -> tuple[str, ...]:
    """Columns naming one thing a row: a name whose values repeat less than every other row (a joined
    dimension's names repeat), or a unique value that is no key."""
    return tuple(
        c.name for c in cols.values() if c.name_like and c.distinct * 2 > rows or c.unique and c.role != "id"
    )


def _panel(table: Table, cols: dict[str, ColumnInfo]) -> tuple[str, str] | None:
    """(period column, member column) when every member appears once per period: rows = periods x members.
    The finest member column wins (an industry, not the sector grouping industries)."""

    def period(col: Column) -> bool:  # a time, a year, or text labels that open with their year
        listed = col.profile.values if col.profile else None
        return (
            bool(listed)
            and all(year_led(v[0]) for v in listed or [])
            or cols[col.name].role in ("time", "year")
        )

    def distinct(col: Column) -> int:
        return col.profile.distinct_count if col.profile else 0

    periods = [c for c in table.columns if period(c) and distinct(c) > 1]
    members = [c for c in table.columns if c.type == "text" and not period(c) and distinct(c) > 1]
    found = [
        (distinct(m), p.name, m.name)
        for p in periods
        for m in members
        if distinct(p) * distinct(m) == table.row_count
        and each_held(m, distinct(p))
        and each_held(p, distinct(m))
    ]
    return (max(found)[1], max(found)[2]) if found else None
