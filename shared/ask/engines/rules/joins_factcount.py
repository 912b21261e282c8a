"""When a count of a star dimension's rows means the fact's rows: re-read it over the fact joined to it.

Over a star schema a dimension's row is a kind (one breed, one product, one injury level) and the fact's
rows are the things of that kind (the pets licensed, the orders, the occupants). A plain row count
(COUNT(*), no column) read over the dimension alone counts kinds, and it means the fact's rows instead
when the question cannot be asking for the kinds:

1. grouped (`_grouped_by_its_name`): counted per a column of the dimension holding a different value in
   every row that is its name (name-like, or its label column). Each group is one row, so the count is
   always 1: 最常见的伤情等级 / how many per injury level counts the occupants at each level.
2. pinned (`_pinned_by_its_name`): nothing grouped, and every filter names rows by a column unique in the
   dimension (= or IN). At most one row per value named: "how many orders were for premium products?"
   counts the orders, since nobody asks how many of the things they have just named one by one.
3. said of the fact (`_fact_said`): a row count or a share of rows (周末办的登记占总数的比例) where the
   question also says something of the fact (a value it holds, dogs / 狗; a word of its name or columns,
   登记) and not the dimension's own rows: its table's word (how many breeds, 多少个品种) or its key's noun
   (how many days, over a calendar keyed by the date).

Every case needs one row figure with no column in the one-table answer, a star fact other than the
dimension, and the fact reaching the dimension. `joins._one_table` joins the fact returned here.
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.joins_graph import Context, label_column
from shared.ask.engines.rules.subject import star_fact
from shared.semantic.schema import Schema, SemanticLayer
from shared.semantic.vocabulary.linktypes import Item

PINNING_OPS = frozenset({"=", "in"})
ROW_FIGURES = ("count", "rate")  # a count of the rows, or the share of them that meet a condition
NAMED = 0.85  # a table link this sure is the question saying the dimension's own noun


def fact_counted(
    schema: Schema,
    semantic: SemanticLayer | None,
    ctx: Context,
    ans: EngineAnswer,
    chosen: str,
    items: list[Item],
) -> str | None:
    """The star's fact whose rows a row count over its dimension `chosen` counts (the cases of the module
    docstring, in order); None when the count is of the dimension's own rows or no plain row count."""
    intent: dict[str, Any] = (ans.state or {}).get("intent") or {}
    measures = intent.get("measures") or []
    if len(measures) != 1 or measures[0].get("agg") not in ROW_FIGURES or measures[0].get("column"):
        return None
    fact = star_fact(schema, semantic)
    if fact is None or fact == chosen or chosen not in ctx.reach.get(fact, ({}, {}))[0]:
        return None
    counted = measures[0].get("agg") == "count"
    if counted and (_grouped_by_its_name(ctx, intent, chosen) or _pinned_by_its_name(ctx, intent, chosen)):
        return fact
    return fact if _fact_said(schema, fact, chosen, items) else None


def _grouped_by_its_name(ctx: Context, intent: dict[str, Any], chosen: str) -> bool:
    """Counted per one column of the dimension unique in it and naming its rows: one row per group."""
    dims = intent.get("dimensions") or []
    dim = ctx.schema.table(chosen)
    label = label_column(dim) if dim is not None else None  # the dimension's own name for its rows
    table = ctx.index.tables.get(chosen)
    info = table.columns.get(dims[0]) if table is not None and len(dims) == 1 else None
    if info is None or not info.unique:
        return False
    return info.name_like or label is not None and label.name == info.name


def _pinned_by_its_name(ctx: Context, intent: dict[str, Any], chosen: str) -> bool:
    """Nothing grouped and every filter names rows by a column unique in the dimension: one row per value."""
    filters = intent.get("filters") or []
    if intent.get("dimensions") or intent.get("having") or not filters:
        return False
    table = ctx.index.tables.get(chosen)
    if table is None:
        return False
    for f in filters:
        info = table.columns.get(str(f.get("column")))
        if info is None or not info.unique or f.get("op") not in PINNING_OPS:
            return False
    return True


def _fact_said(schema: Schema, fact: str, chosen: str, items: list[Item]) -> bool:
    """The question says something of the fact and names neither the dimension's table word (how many
    breeds) nor its key's noun (how many days)."""
    if not any(lk.table == fact for it in items for lk in it.links):
        return False  # nothing said of the fact: the dimension's rows are what the question is about
    dim = schema.table(chosen)
    keys = set(dim.primary_key or ()) if dim is not None else set()
    return not any(
        (lk.kind == "table" and lk.score >= NAMED)
        or (lk.kind == "column" and lk.column in keys and not it.tags)
        for it in items
        for lk in it.links
        if lk.table == chosen
    )
