"""A period the data does not reach: the question's time range lies wholly before the date column's first
value or after its last one (licences issued in 2020 over records of 2003-2018). The filter keeps no row,
so the answer (0, or nothing) says "none happened" where the truth is that the data never recorded that
time: evidence against answering it as read.
"""

from __future__ import annotations

import re

from shared.ask.engines.rules.intent import Intent
from shared.semantic.schema import Table

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def period_outside_data(intent: Intent, table: Table | None) -> bool:
    """The time range ends before the column's first date or starts after its last (the profile's min and
    max, ISO text or dates)."""
    tr = intent.time_range
    if tr is None or table is None:
        return False
    col = table.column(tr.column)
    prof = col.profile if col is not None else None
    if prof is None:
        return False
    low, high = _iso(prof.min), _iso(prof.max)
    if low is None or high is None:
        return False
    starts_after = tr.start is not None and tr.start[:10] > high
    ends_before = tr.end is not None and tr.end[:10] <= low
    return starts_after or ends_before


def _iso(value: object) -> str | None:
    text = str(value) if value is not None else ""
    return text[:10] if ISO_DATE.match(text) else None
