"""Periods written as text labels that open with their year ("1998 Q1", "2019-03", "2015 H2"): no date
column, no year number, yet every label says its year. A year said ("in 2015", "from 2010 to 2015", "after
2013") is a range of labels: those from the year's first label up to the next year's (text order is time
order, the year leading), instead of the year read as a number of some measure.
"""

from __future__ import annotations

import re
from typing import Any

from shared.ask.engines.rules.intent import Filter
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
