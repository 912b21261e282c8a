"""Which joined table an English condition's column word belongs to: the noun it follows.

"the student who has a cat that is age 3": `age` names Student.Age outright and Pets.pet_age in part; over
one table the better link wins, over a join the condition belongs to the noun it qualifies, the nearest
table or value word before it (the cat: Pets). Chinese puts the qualifier before its noun (3岁的猫), so
only English questions are read this way.
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.joins_graph import View
from shared.ask.engines.rules.joins_mentions import NEAR, STRONG, TABLE_WORD
from shared.ask.engines.rules.parsecommon import MODE_CONFLICT_DOUBT
from shared.semantic.vocabulary.linking import Item

OTHER_COLUMN = 0.5  # a word naming another joined table's column at least this well may mean it


def attached_to_nearest_noun(
    ans: EngineAnswer, view: View, found: list[tuple[Item, set[str]]], rebuild: Any
) -> EngineAnswer:
    """The answer with each condition on the column of the table its nearest preceding noun names, when
    the condition's word names a column of that table too (`rebuild(ans, intent, view)` renders it)."""
    raw = (ans.state or {}).get("intent")
    if ans.lang != "en" or not raw:
        return ans
    intent = Intent.from_dict(raw)
    by_source = {tc: v for v, tc in view.columns.items()}
    changed = False
    for f in intent.filters:
        column = _owner_column(f.column, view, found, by_source)
        if column is not None and column != f.column:
            f.column = column
            changed = True
    return rebuild(ans, intent, view) if changed else ans


def _owner_column(
    column: str, view: View, found: list[tuple[Item, set[str]]], by_source: dict[tuple[str, str], str]
) -> str | None:
    """The view column of the same word in the table of the nearest noun before it, if another."""
    source = view.columns.get(column)
    if source is None:
        return None
    for pos, (it, _tables) in enumerate(found):
        if not any(lk.kind == "column" and (lk.table, lk.column) == source for lk in it.links):
            continue
        others = {
            lk.table: by_source[(lk.table, str(lk.column))]
            for lk in it.links
            if lk.kind == "column"
            and lk.score >= OTHER_COLUMN
            and lk.table != source[0]
            and (lk.table, str(lk.column)) in by_source
        }
        if len(others) != 1:
            return None
        owner = _nearest_noun([f[0] for f in found[:pos]], {source[0], *others})
        return others.get(owner) if owner else None
    return None


def _nearest_noun(before: list[Item], tables: set[str]) -> str | None:
    """The table of the last word before the condition naming one of `tables` by a table or value word."""
    for it in reversed(before):
        named = {
            lk.table
            for lk in it.links
            if lk.table in tables
            and (lk.kind == "table" and lk.score >= TABLE_WORD or lk.kind == "value" and lk.score >= STRONG)
        }
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None


def unnamed_owner_doubt(ans: EngineAnswer, view: View, found: list[tuple[Item, set[str]]]) -> float:
    """ "the owner id and last name of the owner": `last name` names Owners.last_name and
    Professionals.last_name equally; listed as the professionals' (a table no word names) while the
    owners are named, the answer is about someone else. (Conditions: `attached_to_nearest_noun`.)"""
    intent = (ans.state or {}).get("intent") or {}
    used = [*(intent.get("columns") or []), *(intent.get("dimensions") or [])]
    named = {lk.table for it, _t in found for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD}
    for column in used:
        source = view.columns.get(column)
        if source is None or source[0] in named:
            continue
        if any(_rivals(it, source) & named for it, _tables in found):
            return MODE_CONFLICT_DOUBT
    return 0.0


def _rivals(it: Item, source: tuple[str, str]) -> set[str]:
    """The other tables whose column the word names as well as it names `source`."""
    mine = [lk for lk in it.links if lk.kind == "column" and (lk.table, lk.column) == source]
    if not mine:
        return set()
    return {
        lk.table
        for lk in it.links
        if lk.kind == "column" and lk.table != source[0] and abs(lk.score - mine[0].score) <= NEAR
    }
