"""Filters on a column whose every value is one row's (a name, a title, a key): readings they make trivial.

- A count of rows kept by an equality on such a column is one (or none): 多少部恐怖片 read over the table of
  kinds, each kind one row, counts the kind, not the things of that kind. The question counted something else.
  A small table counts too when another table refers to it (a lookup of three varieties, six villages): its
  rows are one per value by design, not by chance, and the rows the question counts are the referring ones.
- 既是A又是B / both A and B read as one column IN (A, B) keeps the rows of either, not the things of both.
- Equalities on two such columns joined by "and", with different values, ask for a row that is two rows at
  once (既是A又是B over a table of one kind a row): no row holds both, so the question meant other rows
  (the things that have both kinds).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.subject import star_fact
from shared.semantic.relationships import effective
from shared.semantic.schema import Schema, SemanticLayer, Table
from shared.semantic.vocabulary.linktypes import ColumnInfo

FEW_ROWS = 10  # a column of one row per value over fewer rows may be so by chance (a tiny table)


def own_columns(columns: Mapping[str, ColumnInfo], joined: frozenset[str]) -> dict[str, ColumnInfo]:
    """The table's own columns: a joined table's names tell its own rows apart, not the rows counted."""
    return {name: info for name, info in columns.items() if name not in joined}


def referred_to(schema: Schema, semantic: SemanticLayer | None, table: str) -> bool:
    """Another table refers to this one (a foreign key, declared or inferred): a lookup of its rows."""
    if len(schema.tables) < 2:
        return False
    return any(r.to_table == table and r.from_table != table for r in effective(schema, semantic))


def lookup_left_alone(schema: Schema, semantic: SemanticLayer | None, table: str) -> bool:
    """A lookup (referred_to) that no star fact refers to directly: over a star, a count of a dimension's
    named rows is re-read over the fact by the join planner (joins_factcount), so only a lookup outside that
    re-reading has its one-row count doubted here."""
    if not referred_to(schema, semantic, table):
        return False
    fact = star_fact(schema, semantic)
    return (
        fact is None
        or fact == table
        or not any(r.from_table == fact and r.to_table == table for r in effective(schema, semantic))
    )


def _unique_equalities(intent: Intent, columns: Mapping[str, ColumnInfo], lookup: bool = False) -> list[str]:
    return [
        f.column
        for f in intent.filters
        if f.op in ("=", "in")
        and f.source == "value"
        and (info := columns.get(f.column)) is not None
        and info.unique
        # three statuses over three rows tell nothing of the column, unless another table refers to them
        and (info.distinct >= FEW_ROWS or (lookup and info.distinct >= 2))
    ]


def counts_one_row(intent: Intent, columns: Mapping[str, ColumnInfo], lookup: bool = False) -> bool:
    """COUNT(*) with no grouping over rows kept by an equality on a column of one row per value (`lookup`:
    the table is one another table refers to, whatever its size)."""
    counted = any(m.agg == "count" and m.column is None for m in intent.measures)
    if not counted or intent.dimensions or intent.time_grain:
        return False
    return bool(_unique_equalities(intent, columns, lookup))


def two_rows_at_once(intent: Intent, columns: Mapping[str, ColumnInfo]) -> bool:
    """Two equalities joined by and on one-row-per-value columns (two names of kinds): no row holds both."""
    if intent.filter_logic != "and":
        return False
    return len(set(_unique_equalities(intent, columns))) >= 2


def two_rows_at_once_joined(
    intent: Mapping[str, Any], columns: Mapping[str, tuple[str, str]], sources: Mapping[str, Table]
) -> bool:
    """The same over a joined view: two equalities, joined by and, on two columns of one joined table that
    each tell its rows apart (the kind's Chinese and English names), so no joined row holds both."""
    if (intent.get("filter_logic") or "and") != "and":
        return False
    by_table: dict[str, set[str]] = {}
    for f in intent.get("filters") or []:
        where = columns.get(str(f.get("column")))
        if f.get("op") not in ("=", "in") or f.get("source") != "value" or where is None:
            continue
        table = sources.get(where[0])
        col = table.column(where[1]) if table is not None else None
        prof = col.profile if col is not None else None
        if (
            table is not None
            and table.row_count
            and prof is not None
            and prof.distinct_count >= table.row_count > 1
        ):
            by_table.setdefault(where[0], set()).add(where[1])
    return any(len(cols) >= 2 for cols in by_table.values())


BOTH_RE = re.compile(r"既.+?[又也]|同时.+?和|\bboth\b.+\band\b", re.IGNORECASE)


def asks_both(question: str) -> bool:
    """既是A又是B / both A and B: what `both_read_as_either` looks for first (a cheap test on the text)."""
    return BOTH_RE.search(question) is not None


def both_read_as_either(question: str, intent: Mapping[str, Any]) -> bool:
    """既是A又是B / both A and B read as one column IN (A, B): a row holds one value of a column, so the
    rows having either were kept where the things having both were asked."""
    if not asks_both(question):
        return False
    return any(
        f.get("op") == "in" and len(f.get("values") or []) >= 2 and f.get("source") == "value"
        for f in intent.get("filters") or []
    )
