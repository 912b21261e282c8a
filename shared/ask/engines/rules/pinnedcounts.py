"""A count of the distinct values of a column the reading pins to one value: always 1.

"How many home games has Schalke 04 played" read as COUNT(DISTINCT home_team) WHERE home_team = 'Schalke
04' counts the one club, not its games: whatever was asked, a figure that can only be 0 or 1 is not it.
The reading is doubted (asked back), not answered.
"""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent


def distinct_count_of_a_pinned_column(intent: Intent) -> bool:
    """COUNT(DISTINCT c) with c = one value (or IN one value) among the filters, c not grouped."""
    pinned = {f.column for f in intent.filters if f.op in ("=", "in") and len(f.values) == 1}
    return any(
        m.agg == "count_distinct" and m.column in pinned and m.column not in intent.dimensions
        for m in intent.measures
    )
