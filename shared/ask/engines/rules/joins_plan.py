"""Planning: the fact table whose reachable tables hold every mention, by the fewest hops."""

from __future__ import annotations

from dataclasses import dataclass, field

from shared.ask.engines.rules.joins_graph import Context
from shared.ask.engines.rules.joins_mentions import STRONG, keys_reach_their_table, readable_of
from shared.semantic.vocabulary.linking import Item


@dataclass
class Plan:
    fact: str | None = None
    needed: bool = False  # the question needs more than one table
    problem: str | None = None  # "no_path" | "ambiguous"
    candidates: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)


def plan(
    ctx: Context,
    found: list[tuple[Item, set[str]]],
    prefer: str | None = None,
    pinned: set[int] | None = None,
    strict: bool = False,
) -> Plan:
    """The fact table whose reachable tables hold every mention, by the fewest hops.

    `pinned` items (the table a count counts) are read in their own table only.
    """
    if not found:
        return Plan()
    names = [t.name for t in ctx.schema.tables]
    readable = readable_of(found, pinned)
    if not strict and any(all(t in tables or t in readable[id(it)] for it, tables in found) for t in names):
        return Plan()  # one table can read every word: the ordinary engine answers
    scored = [score for fact in names if (score := _score(ctx, found, fact)) is not None]
    wanted = sorted({t for _it, tables in found for t in tables})
    if not scored:
        amb = _ambiguous_tables(ctx, found)
        if amb:
            return Plan(needed=True, problem="ambiguous", candidates=amb, tables=wanted)
        return Plan(needed=True, problem="no_path", tables=wanted)
    scored.sort()
    if prefer is not None and any(f == prefer for *_rest, f in scored):
        return Plan(fact=prefer, needed=True, tables=wanted)
    best = [f for c, b, m, f in scored if (c, b, m) == scored[0][:3]]
    if len(best) > 1:
        return Plan(needed=True, problem="ambiguous", candidates=best, tables=wanted)
    return Plan(fact=best[0], needed=True, tables=wanted)


def _score(ctx: Context, found: list[tuple[Item, set[str]]], fact: str) -> tuple[int, int, int, str] | None:
    """(hops, backward hops, 1 if the fact itself is not named, fact) when every mention is reachable."""
    paths, ambiguous = ctx.reach[fact]
    cost = 0
    backward = 0
    for _it, tables in found:
        hops = sorted(
            (len(paths[t]), sum(e.reverse for e in paths[t]))
            for t in tables
            if t in paths and t not in ambiguous
        )
        if not hops:
            return None
        cost += hops[0][0]
        backward += hops[0][1]
    mentioned = any(fact in tables for _it, tables in found)
    return cost, backward, 0 if mentioned else 1, fact


def _ambiguous_tables(ctx: Context, found: list[tuple[Item, set[str]]]) -> list[str]:
    """Key paths a question could take when a table is reached two ways (flights -> airports twice)."""
    out: list[str] = []
    wanted = {t for _it, tables in found for t in tables}
    for fact in wanted:
        _paths, ambiguous = ctx.reach[fact]
        for t, options in ambiguous.items():
            if t in wanted:
                out.extend(" → ".join(e.text() for e in p) for p in options)
    return out


def weak_table_words_dropped(found: list[tuple[Item, set[str]]]) -> list[tuple[Item, set[str]]]:
    """The mentions less words that name a table only by part of its name and nothing else surely ("seasons"
    of team_seasons beside salaries, which no table joins to it): when no fact reaches every mention, the
    question's sure words plan the join, and the weak word is left to the reading (and its doubts)."""
    return [
        (it, tables)
        for it, tables in found
        if not (it.links and all(lk.kind == "table" and lk.score < STRONG for lk in it.links))
    ]


def replanned(
    ctx: Context, p: Plan, found: list[tuple[Item, set[str]]], prefer: str | None, pinned: set[int]
) -> tuple[Plan, list[tuple[Item, set[str]]]]:
    """When no fact reaches every mention: without the weak table words, or else with the words naming keys
    to one table read as that table (series of bakers and results, keys to 季, read over 收视's 季号)."""
    if p.problem == "no_path" and len(sure := weak_table_words_dropped(found)) < len(found):
        return plan(ctx, sure, prefer=prefer, pinned=pinned), sure
    wider = keys_reach_their_table(found, ctx.rels)
    if p.problem and wider != found and (again := plan(ctx, wider, prefer=prefer, pinned=pinned)).fact:
        return again, wider
    return p, found
