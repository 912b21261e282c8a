"""A count asked is a count answered: 各村的农户数 / "the number of farms in each village" answered by the
villages' names alone lost the number. A count word said of a noun (X数 after it, how many / number of
before it) that names columns none of which the final SQL holds, while the SQL aggregates nothing at all
(a listing) and shows no column named as a count (farm_count, 人数), is a doubt. 就业人数 answered by the
Employed column it names, or any aggregate, is left alone."""

from __future__ import annotations

import re

from shared.ask.engines.rules.tallydistinct import tally_column
from shared.semantic.vocabulary.linktypes import Item

_AGGREGATED_RE = re.compile(r"\b(?:COUNT|SUM|AVG|MIN|MAX|TOTAL)\(", re.I)
_COLUMN_RE = re.compile(r'"([^"]+)"')


def count_unanswered(items: list[Item], sql: str | None) -> bool:
    """A counted noun's columns all absent from a listing SQL that shows no count column."""
    text = str(sql or "")
    if not text or _AGGREGATED_RE.search(text):
        return False
    if any(tally_column(c) for c in _COLUMN_RE.findall(text)):
        return False
    for i, it in enumerate(items):
        noun = (
            items[i - 1]
            if it.has("count_suffix") and i
            else items[i + 1]
            if it.has("count") and i + 1 < len(items)
            else None
        )
        columns = {
            lk.column for lk in (noun.links if noun else ()) or () if lk.kind == "column" and lk.column
        }
        if columns and not any(f'"{c}"' in text for c in columns):
            return True
    return False
