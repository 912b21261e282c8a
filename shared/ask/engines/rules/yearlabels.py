"""Periods written as text labels that open with their year ("1998 Q1", "2019-03", "2015 H2"): no date
column, no year number, yet every label says its year. A year said ("in 2015", "from 2010 to 2015", "after
2013") is a range of labels: those from the year's first label up to the next year's (text order is time
order, the year leading), instead of the year read as a number of some measure.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from shared.ask.engines.rules.intent import Filter, op_of
from shared.semantic.vocabulary.linking import ColumnInfo, TableIndex

_LABEL_RE = re.compile(r"^[12]\d{3}\D")


def year_led(value: Any) -> bool:
    return isinstance(value, str) and _LABEL_RE.match(value) is not None


def year_label_column(table: TableIndex) -> ColumnInfo | None:
    """The one text column whose listed values all open with a year."""
    found = [
        c
        for c in table.columns.values()
        if not c.numeric
        and c.role not in ("time", "year")
        and c.values
        and all(year_led(v) for v in c.values)
    ]
    return found[0] if len(found) == 1 else None


def year_label_filters(column: str, year: int, op: str | None, end: int | None = None) -> list[Filter]:
    """The labels of a year (op None), of the years from `year` to `end`, or after / before it (gt, ge,
    lt, le): bounds on the text, the next year's label being the first one past."""
    if end is not None:
        return [Filter(column, ">=", [str(year)], "number"), Filter(column, "<", [str(end + 1)], "number")]
    if op is None:
        return [Filter(column, "like", [f"{year}%"], "number")]
    low = {"gt": year + 1, "ge": year}.get(op)
    if low is not None:
        return [Filter(column, ">=", [str(low)], "number")]
    high = {"lt": year, "le": year + 1}[op]
    return [Filter(column, "<", [str(high)], "number")]


_MONTH_LABEL_RE = re.compile(r"^[12]\d{3}-(0[1-9]|1[0-2])$")


def month_label_column(table: TableIndex) -> ColumnInfo | None:
    """The year-led label column when every label is a month written 'YYYY-MM' (2019-09)."""
    labels = year_label_column(table)
    return labels if labels and all(_MONTH_LABEL_RE.match(str(v)) for v in labels.values) else None


def month_label(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def month_range_filters(column: str, periods: list[tuple[date, date, str | None]]) -> list[Filter] | None:
    """Periods of whole months [start, end) with their op (None: within), as bounds on 'YYYY-MM' labels
    (text order is time order): one month is its label, several single months a list of labels, one
    longer period (a quarter, a half) or one open side a range; None for anything else."""
    if not periods:
        return None
    if all(op is None and _months(lo, hi) == 1 for lo, hi, op in periods):
        said = list(dict.fromkeys(month_label(lo) for lo, _, _ in periods))
        return [Filter(column, "=" if len(said) == 1 else "in", said, "number")]
    if len(periods) != 1:
        return None
    lo, hi, op = periods[0]
    if op is None:
        return [
            Filter(column, ">=", [month_label(lo)], "number"),
            Filter(column, "<", [month_label(hi)], "number"),
        ]
    bound = {"ge": (">=", lo), "gt": (">=", hi), "lt": ("<", lo), "le": ("<", hi)}.get(op)
    return [Filter(column, op_of(bound[0]), [month_label(bound[1])], "number")] if bound else None


def _months(lo: date, hi: date) -> int:
    return (hi.year - lo.year) * 12 + hi.month - lo.month
