"""The fact's grain over a joined view: when the groups and filters pin every column of the fact's key,
each group is one fact row, and a count or an average per group says nothing about it.

The key is the fact's declared primary key (state and year of a panel of states x years).
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.joins_confidence import rows_counted_by_a_gloss
from shared.ask.engines.rules.joins_graph import Context, View
from shared.ask.engines.rules.joins_mentions import STRONG
from shared.ask.engines.rules.parsecommon import MODE_CONFLICT_DOUBT, said_pattern
from shared.semantic.schema import Schema
from shared.semantic.vocabulary import lexicon
from shared.semantic.vocabulary.linking import Item, SchemaIndex

_AVERAGE = said_pattern(tuple(lexicon.KEYWORDS.get("agg:avg", [])))


def ranks_single_rows(intent: dict[str, Any], view: View, schema: Schema, index: SchemaIndex) -> bool:
    """阿鲁巴最受欢迎的语言 read as a count per language: the fact's key is (country, language) and the
    country is pinned by a filter, so every group is one row and ranking by its count says nothing."""
    key = _fact_key(schema, view)
    ordered = any(o[0] == "measure" for o in intent.get("order") or [])
    counts = any(m.get("agg") == "count" and not m.get("column") for m in intent.get("measures") or [])
    if not (ordered and counts):
        return False
    if any(
        _one_fact_row_each(view.columns.get(d, ("", "")), view, index) for d in intent.get("dimensions") or []
    ):
        return True  # the conductor with the most orchestras, where each orchestra has its own conductor
    if len(key) < 2:
        return False
    covered = {view.columns.get(d, ("", ""))[1] for d in intent.get("dimensions") or []}
    return key <= covered | _pinned_by_filters(intent, view, index)


def _one_fact_row_each(owner: tuple[str, str], view: View, index: SchemaIndex) -> bool:
    """A group with one fact row at most: a column unique in the fact, or a joined table reached by one
    step over a key unique in the fact (a one-to-one relationship): every count is 1."""
    table, column = owner
    facts = index.tables.get(view.fact)
    if facts is None:
        return False
    if table == view.fact:
        info = facts.columns.get(column)
        return info is not None and info.unique
    path = view.paths.get(table) or []
    if len(path) != 1 or path[0].reverse or path[0].src != view.fact:
        return False
    keys = [facts.columns.get(c) for c in path[0].src_cols]
    return bool(keys) and all(k is not None and k.unique for k in keys)


def _fact_key(schema: Schema, view: View) -> set[str]:
    table = schema.table(view.fact)
    return set(table.primary_key) if table is not None else set()


def _pinned_by_filters(intent: dict[str, Any], view: View, index: SchemaIndex) -> set[str]:
    """The fact's columns the question's equality filters pin."""
    pinned: set[str] = set()
    for f in intent.get("filters") or []:
        if f.get("op") == "=":
            pinned |= _pinned_keys(view.columns.get(f.get("column"), ("", "")), view, index)
    return pinned


def _pinned_keys(owner: tuple[str, str], view: View, index: SchemaIndex) -> set[str]:
    """The fact's columns one equality pins: the column itself on the fact, or the fact's key to a joined
    table whose filtered column is unique (country.Name = 'Aruba' pins countrylanguage.CountryCode)."""
    table, column = owner
    if table == view.fact:
        return {column}
    info = index.column(table, column)
    path = view.paths.get(table) or []
    if info is None or not info.unique or len(path) != 1:
        return set()
    return set(path[0].src_cols)


def averages_single_rows(
    question: str, intent: dict[str, Any], view: View, schema: Schema, index: SchemaIndex
) -> bool:
    """1982年中西部各州的平均失业率 read as an average per state: the fact's key (state, year) is pinned by
    the state groups and the year filter, so every average is one row's value; the average asked is
    across the states, not of each. Only an average said: unsaid, AVG is how a join shows each group's one
    value (the state with the highest rate in 1983)."""
    if not any(m.get("agg") == "avg" for m in intent.get("measures") or []) or not _AVERAGE.search(
        question.lower()
    ):
        return False
    owners = [view.columns.get(d, ("", "")) for d in intent.get("dimensions") or []]
    if any(_one_fact_row_each(o, view, index) for o in owners):
        return True
    key = _fact_key(schema, view)
    if len(key) < 2 or not owners:
        return False
    covered = set().union(*(_pinned_keys(o, view, index) for o in owners))
    return key <= covered | _pinned_by_filters(intent, view, index)


def grain_doubt(
    question: str, items: list[Item], reasons: list[str], final: dict[str, Any], view: View, ctx: Context
) -> float:
    """Groups of one fact row ranked or averaged (joins_grain), and the fact's rows counted for a word that
    names them only loosely: readings of the rows that say nothing asked."""
    single = ranks_single_rows(final, view, ctx.schema, ctx.index) or averages_single_rows(
        question, final, view, ctx.schema, ctx.index
    )
    glossed = rows_counted_by_a_gloss(items, reasons, view.fact, STRONG)
    return MODE_CONFLICT_DOUBT * (int(single) + int(glossed))
