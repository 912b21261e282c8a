"""A share of rows holding a value, taken over rows the reading already pinned on that same column: the
share is 0 or 1 by construction (AVG(flag = 'no') WHERE flag = 'yes'). No question asks that; the words
were misread (免下车采样和非免下车采样的阳性率: the flag was meant to split the rate, not to be its
condition), so the reading is doubted."""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent

PINNING_OPS = ("=", "in", "!=", "not_in")


def share_of_a_pinned_column(intent: Intent) -> bool:
    """Some share's condition column is also filtered to set values, and not a grouping."""
    pinned = {f.column for f in intent.filters if f.op in PINNING_OPS}
    for m in intent.measures:
        column = (m.condition or {}).get("column")
        if m.agg == "rate" and column in pinned and column not in intent.dimensions:
            return True
    return False
