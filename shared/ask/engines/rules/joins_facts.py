"""Two facts over one dimension: "total hits and total salary of each player", 每位客户的订单和退款金额.

No one fact table reaches both measures: batting and salaries each point at the players. Joining both facts
to the players at once would repeat each batting row once per salary row of the same player (fan-out), so
each fact is aggregated at the dimension's grain first, by the ordinary join engine on a question of its own
("total hits of each player", "total salary of each player"), and the two per-player results are joined on
the player's key. Only the rows present in both are shown (said in the reading); a question that ranks,
limits or filters differently per fact is not read here (asked back as before).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import sqlglot
from sqlglot import exp

from shared.ask.engines.base import EngineAnswer, EngineRequest
from shared.ask.engines.rules.joins_graph import Context, Edge
from shared.ask.engines.rules.joins_mentions import STRONG
from shared.ask.engines.rules.parsecommon import words
from shared.ask.engines.rules.reading import read
from shared.semantic.vocabulary.linking import Item

Answer = Callable[[EngineRequest], EngineAnswer]
JOINERS = frozenset(words("list_joiners", "plain", "formal"))
KEY = "__key"


def two_facts(request: EngineRequest, ctx: Context, inner: Answer) -> EngineAnswer | None:
    """The answer when the question's measures lie in two fact tables that both point at one dimension;
    None when it is no such question or either half is not answered surely."""
    reading = read(request.question, ctx.index)
    split = _split(reading.items, ctx)
    if split is None:
        return None
    halves = []
    for fact, drop in ((split[0][1], split[1][0]), (split[1][1], split[0][0])):
        question = _without(reading, drop)
        ans = inner(replace(request, question=question, state=None))
        if ans.status != "ok" or not ans.sql or (ans.state or {}).get("join", {}).get("fact") != fact:
            return None
        halves.append(ans)
    named = {lk.table for it in reading.items for lk in it.links if lk.kind == "table" and lk.score >= STRONG}
    dimension = _common_dimension(ctx, split[0][1], split[1][1], named)
    if dimension is None:
        return None
    sql = _combined(halves, ctx, dimension)
    return None if sql is None else _explained(halves, sql, dimension)


Span = tuple[int, int]  # item positions, inclusive


def _split(items: list[Item], ctx: Context) -> tuple[tuple[Span, str], tuple[Span, str]] | None:
    """Two measure words of two fact tables joined by "and" / 和 ("total hits and total salary", 安打总数和
    薪资总额), each with the words to cut for the question about the other: (span, fact) each. An aggregate
    said only before the first (total hits and salary) stays for the second."""
    for pos in range(1, len(items) - 1):
        if not _joins(items[pos]):
            continue
        left = pos - 1
        while left > 0 and _aggregate(items[left]):
            left -= 1  # 安打总数和: the aggregate after the measure
        right = pos + 1
        while right < len(items) - 1 and _aggregate(items[right]):
            right += 1
        left_fact, right_fact = _fact_of(items[left], ctx), _fact_of(items[right], ctx)
        if not left_fact or not right_fact or left_fact == right_fact:
            continue
        lo = left
        while lo > 0 and _names_table(items[lo - 1], left_fact):
            lo -= 1  # 奖金金额: the fact's own word before its measure goes with it
        while right > pos + 1 and lo > 0 and _aggregate(items[lo - 1]):
            lo -= 1  # the second has its own aggregate: the first's goes with the first
        hi = right
        while hi + 1 < len(items) and _aggregate(items[hi + 1]):
            hi += 1  # 薪资总额
        return ((lo, pos), left_fact), ((pos, hi), right_fact)
    return None


def _names_table(it: Item, table: str) -> bool:
    tables = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= STRONG}
    return tables == {table}


def _aggregate(it: Item) -> bool:
    return it.has("agg", "count")


def _fact_of(it: Item, ctx: Context) -> str | None:
    """The one fact table (a table with relationships out) whose column the word surely names."""
    tables = {
        lk.table
        for lk in it.links
        if lk.kind == "column" and lk.score >= STRONG and ctx.graph.edges.get(lk.table) and lk.column
    }
    return next(iter(tables)) if len(tables) == 1 else None


def _without(reading: object, span: Span) -> str:
    """The question without the items of `span` (a measure, its aggregate and the "and" beside it)."""
    units = reading.units  # type: ignore[attr-defined]
    text: str = reading.text  # type: ignore[attr-defined]
    items: list[Item] = reading.items  # type: ignore[attr-defined]
    cut_from, cut_to = units[items[span[0]].start].start, units[items[span[1]].end - 1].end
    return re.sub(r"\s+", " ", text[:cut_from] + " " + text[cut_to:]).strip()


def _joins(it: Item) -> bool:
    return it.text.replace(" ", "").lower() in JOINERS


def _common_dimension(ctx: Context, left: str, right: str, named: set[str]) -> tuple[str, Edge, Edge] | None:
    """The one table the question names that both facts point at in one step, by one key each."""
    common = []
    for a in ctx.graph.edges.get(left, []):
        for b in ctx.graph.edges.get(right, []):
            if a.dst == b.dst and a.dst in named and not a.reverse and not b.reverse:
                common.append((a.dst, a, b))
    return common[0] if len(common) == 1 else None


def _combined(halves: list[EngineAnswer], ctx: Context, dimension: tuple[str, Edge, Edge]) -> str | None:
    """SELECT the first half's groups and measures and the second half's measures, each half grouped by
    the dimension's key too, joined on that key."""
    dialect = ctx.schema.dialect
    trees = []
    for ans, edge in zip(halves, dimension[1:], strict=True):
        tree = sqlglot.parse_one(ans.sql or "", read=dialect)
        if not isinstance(tree, exp.Select) or not _keyed(tree, edge):
            return None
        trees.append(tree)
    first, second = trees
    groups = [e for e in first.expressions if e.alias_or_name != KEY and not e.find(exp.AggFunc)]
    measures = [
        (alias, e)
        for alias, tree in (("a", first), ("b", second))
        for e in tree.expressions
        if e.find(exp.AggFunc)
    ]
    if not groups or len(measures) < 2 or any(t.args.get("limit") or t.args.get("order") for t in trees):
        return None
    outer = exp.select(
        *(exp.column(g.alias_or_name, table="a", quoted=True) for g in groups),
        *(exp.column(e.alias_or_name, table=alias, quoted=True) for alias, e in measures),
    )
    outer = outer.from_(exp.Subquery(this=first, alias=exp.TableAlias(this=exp.to_identifier("a"))))
    on = exp.column(KEY, table="b", quoted=True).eq(exp.column(KEY, table="a", quoted=True))
    outer = outer.join(exp.Subquery(this=second, alias=exp.TableAlias(this=exp.to_identifier("b"))), on=on)
    return outer.sql(dialect=dialect)


def _keyed(tree: exp.Select, edge: Edge) -> bool:
    """The half with the fact's key to the dimension selected as __key (and grouped by); False when the
    half reads no group or the key is composite."""
    if len(edge.src_cols) != 1 or not tree.args.get("group"):
        return False
    fact = next((t for t in tree.find_all(exp.Table) if t.name == edge.src), None)
    if fact is None:
        return False
    key = exp.column(
        edge.src_cols[0], table=fact.alias_or_name if tree.args.get("joins") else None, quoted=True
    )
    group = tree.args["group"]
    if not any(
        isinstance(g, exp.Column) and g.name == key.name and g.table == key.table for g in group.expressions
    ):
        group.append("expressions", key.copy())
    tree.select(exp.alias_(key, KEY, quoted=True), copy=False)
    return True


def _explained(halves: list[EngineAnswer], sql: str, dimension: tuple[str, Edge, Edge]) -> EngineAnswer:
    """The first half's answer with the combined SQL and a reading naming both facts and the key."""
    first, second = halves
    zh = first.lang == "zh"
    on = (
        f"{dimension[1].text()}；{dimension[2].text()}"
        if zh
        else f"{dimension[1].text()}; {dimension[2].text()}"
    )
    if zh:
        note = f"各自先按 {dimension[0]} 汇总再关联，只含两边都有记录的；{on}"
        text = f"{first.interpretation}；{second.interpretation}（{note}）"
    else:
        text = (
            f"{first.interpretation}; {second.interpretation} (each summed per {dimension[0]} first, then "
            f"joined; only those in both; {on})"
        )
    conf = round(min(first.confidence, second.confidence), 2)
    # no state a follow-up could narrow one half of: the next question is read afresh
    return replace(first, sql=sql, interpretation=text, confidence=conf, state={})
