"""A count of a star dimension's rows pinned to named rows by a unique column: count what refers to them.

"How many orders were for premium products?" over products (a dimension of the orders fact) read as
COUNT(*) FROM products WHERE tier_name = 'premium' counts the products so named: at most one row per value
named, since the column holds a different value in every row. Nobody asks how many of the things they
have just named one by one; the count is of the fact's rows that refer to them (the orders). Over a star
schema such a one-table count is re-read over the fact joined to the dimension (`joins._one_table`).
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.joins_graph import Context

PINNING_OPS = frozenset({"=", "in"})


def pinned_count_fact(fact: str | None, ctx: Context, ans: EngineAnswer, chosen: str) -> str | None:
    """The star's fact when the answer counts rows of a dimension it reaches whose every filter names
    rows by a column unique in that dimension (one row per value), nothing grouped; else None."""
    intent: dict[str, Any] = (ans.state or {}).get("intent") or {}
    measures, filters = intent.get("measures") or [], intent.get("filters") or []
    if len(measures) != 1 or measures[0].get("agg") != "count" or measures[0].get("column"):
        return None
    if intent.get("dimensions") or intent.get("having") or not filters:
        return None
    if fact is None or fact == chosen or chosen not in ctx.reach.get(fact, ({}, {}))[0]:
        return None
    table = ctx.index.tables.get(chosen)
    if table is None:
        return None
    for f in filters:
        info = table.columns.get(str(f.get("column")))
        if info is None or not info.unique or f.get("op") not in PINNING_OPS:
            return None
    return fact
