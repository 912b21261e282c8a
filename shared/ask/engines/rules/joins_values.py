"""A name the data holds in two tables: whose rows the question picks is a choice the answer made blind.

"Nadiya Hussain's signature bakes" over a fact joined to both the bakers (full_name) and the series (winner):
the name is a baker and a series' winner; filtering the series by their winner answers every baker of the
series. When a filter's value is held by an unrelated column of another table (not the key the two tables
join on, not a column of the same name), the reading picked one of two entities: a doubt, never certainty.
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.parsecommon import MODE_CONFLICT_DOUBT
from shared.semantic.schema import Relationship
from shared.semantic.vocabulary.linktypes import SchemaIndex


def _linked(rels: list[Relationship], a: tuple[str, str], b: tuple[str, str]) -> bool:
    """The two columns are one key: a relationship pairs them (either way)."""
    for r in rels:
        for src, dst in zip(r.from_columns, r.to_columns, strict=False):
            pair = {(r.from_table, src), (r.to_table, dst)}
            if pair == {a, b}:
                return True
    return False


def held_elsewhere(
    values: list[str],
    where: tuple[str, str],
    index: SchemaIndex,
    rels: list[Relationship],
    share: float = 1.0,
) -> list[tuple[str, str]]:
    """The columns of other tables holding `values` too (every one, or `share` of them: a profile keeps only
    a sample of a long column's values), besides the key `where` joins on."""
    table, column = where
    wanted = {v.lower() for v in values}
    found = []
    for other, tix in index.tables.items():
        if other == table:
            continue
        for name, info in tix.columns.items():
            if (
                name.lower() == column.lower()
                or info.numeric
                or _linked(rels, (table, column), (other, name))
            ):
                continue
            held = _held_lower(index, other, name)
            if wanted and len(wanted & held) >= share * len(wanted):
                found.append((other, name))
    return found


def _held_lower(index: SchemaIndex, table: str, column: str) -> frozenset[str]:
    """A column's profiled values in lower case, once per index (the index never changes)."""
    memo = index.memo.setdefault("held_lower", {})
    if (table, column) not in memo:
        info = index.tables[table].columns[column]
        memo[table, column] = frozenset(str(v).lower() for v in info.values)
    held: frozenset[str] = memo[table, column]
    return held


def two_owners_doubt(
    intent: dict[str, Any], columns: dict[str, tuple[str, str]], index: SchemaIndex, rels: list[Relationship]
) -> float:
    """MODE_CONFLICT_DOUBT when a text filter's value (= or in) is also held by another table's column."""
    for f in intent.get("filters") or []:
        texts = [v for v in f.get("values") or [] if isinstance(v, str) and v.strip()]
        if f.get("op") not in ("=", "in") or not texts or str(f.get("column")) not in columns:
            continue
        if held_elsewhere(texts, columns[str(f["column"])], index, rels):
            return MODE_CONFLICT_DOUBT
    return 0.0


def _a_key(rels: list[Relationship], where: tuple[str, str]) -> bool:
    table, column = where
    return any(
        (r.from_table == table and column in r.from_columns)
        or (r.to_table == table and column in r.to_columns)
        for r in rels
    )


def key_aggregated_doubt(
    intent: dict[str, Any], columns: dict[str, tuple[str, str]], rels: list[Relationship]
) -> float:
    """MODE_CONFLICT_DOUBT for a SUM or AVG of a column two tables join on (the average season number of
    each season's players): a key names rows, it measures nothing; the engine filled it in for a measure
    it lost (the previous turn's average age)."""
    for m in intent.get("measures") or []:
        where = columns.get(str(m.get("column")))
        if m.get("agg") in ("sum", "avg") and where and _a_key(rels, where):
            return MODE_CONFLICT_DOUBT
    return 0.0


def _shown(intent: dict[str, Any]) -> list[str]:
    return [str(c) for c in [*(intent.get("columns") or []), *(intent.get("dimensions") or [])]]


def names_beside_their_owner_doubt(
    intent: dict[str, Any], columns: dict[str, tuple[str, str]], index: SchemaIndex, rels: list[Relationship]
) -> float:
    """MODE_CONFLICT_DOUBT for a shown column whose every value names another table's rows (the series'
    winners are bakers' full names) beside a column of that table (occupation): the occupations shown are
    those of every baker of the series, not the winners'."""
    shown = [columns[c] for c in _shown(intent) if c in columns]
    for table, column in shown:
        info = index.column(table, column)
        texts = [str(v) for v in (info.values if info else []) if isinstance(v, str) and v.strip()]
        if info is None or info.numeric or len(texts) < 2 or len(texts) < info.distinct:
            continue
        owners = {t for t, _c in held_elsewhere(texts, (table, column), index, rels, share=0.5)}
        if any(t in owners for t, _c in shown if t != table):
            return MODE_CONFLICT_DOUBT
    return 0.0


def values_doubt(
    intent: dict[str, Any], columns: dict[str, tuple[str, str]], index: SchemaIndex, rels: list[Relationship]
) -> float:
    """The doubts of this module on a joined answer's final reading, summed."""
    return (
        two_owners_doubt(intent, columns, index, rels)
        + key_aggregated_doubt(intent, columns, rels)
        + names_beside_their_owner_doubt(intent, columns, index, rels)
    )
