"""Relationships for the model: listed in its prompt with the rule planner's join path, and enforced.

`prompt_section` lists the datasource's relationships (declared and inferred) and, when the rule
planner finds one, the join path for this question. `check_joins` rejects a query whose JOIN ... ON
equates columns no relationship links, with a message the repair round can act on.
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.base import EngineRequest
from shared.ask.engines.rules import joins
from shared.semantic.relationships import describe, effective

MAX_LISTED = 30


def prompt_section(request: EngineRequest) -> str | None:
    """ "### Relationships" text, or None for a one-table datasource."""
    rels = effective(request.schema, request.semantic)
    if not rels:
        return None
    lines = [
        "### Relationships (join tables only on these; the left side is the many side)",
        *(f"- {describe(r)} ({r.cardinality.replace('_', '-')})" for r in rels[:MAX_LISTED]),
        "- Summing a column of the one side over a join repeats it once per many-side row: "
        "aggregate the many side first, or count distinct keys.",
    ]
    hint = _planned_path(request)
    if hint:
        lines.append(f"- For this question: {hint}")
    return "\n".join(lines)


def _planned_path(request: EngineRequest) -> str | None:
    ctx = joins.context_for(request.schema, request.semantic)
    if ctx is None:
        return None
    found = joins.mentions(joins.items_of(request.question, ctx.index), request.schema)
    target = joins.count_target(request.question, found)
    plan = joins.plan(ctx, found, pinned={id(target[0])} if target else None)
    if plan.fact is None:
        return None
    paths, _ambiguous = ctx.reach[plan.fact]
    edges: list[Any] = []
    for table in plan.tables:
        for edge in paths.get(table, []):
            if edge not in edges:
                edges.append(edge)
    if not edges:
        return None
    joined = " ".join(f"JOIN {e.dst} ON {e.text()}" for e in edges)
    return f"FROM {plan.fact} {joined}"


def check_joins(tree: Any, request: EngineRequest) -> str | None:
    """An error naming a JOIN condition that matches no relationship, and the relationships there are."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    rels = effective(request.schema, request.semantic)
    if not rels or tree is None:
        return None
    pairs = set()
    for r in rels:
        for a, b in zip(r.from_columns, r.to_columns, strict=True):
            left, right = (r.from_table.lower(), a.lower()), (r.to_table.lower(), b.lower())
            pairs.add((left, right))
            pairs.add((right, left))
    for select in tree.find_all(exp.Select):
        names = {}
        for table in select.find_all(exp.Table):
            if table.find_ancestor(exp.Select) is not select:
                continue
            names[(table.alias_or_name or table.name).lower()] = table.name.lower()
            names.setdefault(table.name.lower(), table.name.lower())
        for join in select.args.get("joins") or []:
            on = join.args.get("on")
            if on is None:
                continue
            for eq in on.find_all(exp.EQ):
                left, right = eq.this, eq.expression
                if not isinstance(left, exp.Column) or not isinstance(right, exp.Column):
                    continue
                lt, rt = names.get(left.table.lower()), names.get(right.table.lower())
                if not lt or not rt or lt == rt:
                    continue
                if ((lt, left.name.lower()), (rt, right.name.lower())) not in pairs:
                    known = "; ".join(describe(r) for r in rels[:MAX_LISTED])
                    return (
                        f"the join condition {eq.sql()} links columns that no relationship links; "
                        f"join only on these relationships: {known}"
                    )
    return None
