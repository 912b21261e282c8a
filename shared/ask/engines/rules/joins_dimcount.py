"""Rows of a star's dimension counted where the question counts the fact's things.

Over a star schema, a dimension's row is a kind (one breed, one calendar day), and the fact's rows are the
things of that kind (the pets licensed). "How many golden retrievers", "which breed family has the most
dogs", 按星期几看登记量 count things; read over the dimension alone they count its kinds (one row: the
breed 'Golden Retriever'; the number of breeds per family; the days per weekday). So a plain row count
(COUNT(*), no column) or a share of rows (周末办的登记占总数的比例: the weekend days' share of all days),
where the question also says something of the fact (a value it holds, dogs / 狗; a word of its name or
columns, 登记) over a dimension the fact reaches is the fact's rows, joined to it, unless the
question names the dimension's own rows: its table's word (how many breeds, 多少个品种) or its key's noun
(how many days, over a calendar keyed by the date).
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.subject import star_fact
from shared.semantic.schema import Schema, SemanticLayer
from shared.semantic.vocabulary.linktypes import Item

ROW_FIGURES = ("count", "rate")  # a count of the rows, or the share of them that meet a condition
NAMED = 0.85  # a table link this sure is the question saying the dimension's own noun


def fact_of_dimension_count(
    schema: Schema,
    semantic: SemanticLayer | None,
    reach: dict[str, Any],
    intent: dict[str, Any],
    chosen: str,
    items: list[Item],
) -> str | None:
    """The star's fact whose rows a plain count over its dimension `chosen` counts; None when the count is
    of the dimension's own rows or is no plain row count."""
    measures = intent.get("measures") or []
    if len(measures) != 1 or measures[0].get("agg") not in ROW_FIGURES or measures[0].get("column"):
        return None
    fact = star_fact(schema, semantic)
    if fact is None or fact == chosen or chosen not in (reach.get(fact, ({}, {}))[0]):
        return None
    if not any(lk.table == fact for it in items for lk in it.links):
        return None  # nothing said of the fact: the dimension's rows are what the question is about
    return None if _own_rows_named(schema, chosen, items) else fact


def _own_rows_named(schema: Schema, chosen: str, items: list[Item]) -> bool:
    """The dimension's table word (how many breeds) or its key's noun (how many days) is said."""
    dim = schema.table(chosen)
    keys = set(dim.primary_key or ()) if dim is not None else set()
    return any(
        (lk.kind == "table" and lk.score >= NAMED)
        or (lk.kind == "column" and lk.column in keys and not it.tags)
        for it in items
        for lk in it.links
        if lk.table == chosen
    )
