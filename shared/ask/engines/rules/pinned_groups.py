"""A ranking over groups that the reading's own filters pin to one value each.

0-14岁儿童中哪种类型的病例最多 read as GROUP BY age_group WHERE age_group = '0-14' ORDER BY … LIMIT 1: the
groups asked for (类型) were lost and the filter's column took their place, so the "winner" is the filter
value itself. A follow-up that keeps its groups and adds a filter (只看金卡客户呢) is no ranking and stays.
"""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent


def pinned_columns(intent: Intent) -> set[str]:
    """The columns an equality filter holds to one value."""
    return {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}


def ranks_one_group(intent: Intent) -> bool:
    """A top-N or superlative over groups every one of which a filter pins: one group ranked against none."""
    if not (intent.order and intent.limit and intent.dimensions):
        return False
    return set(intent.dimensions) <= pinned_columns(intent)
