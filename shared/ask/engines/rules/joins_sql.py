"""SQL over a joined view -> SQL over the real tables with explicit JOINs, fan-out safe."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.joins_graph import Edge, View


def rewrite(sql: str, view: View, dialect: str, counted: str | None = None) -> tuple[str, list[Edge]]:
    """SQL over the joined view -> SQL over the real tables with explicit JOINs (fan-out safe)."""
    import sqlglot
    from sqlglot import exp

    from shared.ask.engines.rules.sqlbuild import _dialect

    d = _dialect(dialect)
    tree = sqlglot.parse_one(sql, read=d)
    if not isinstance(tree, exp.Select):
        raise ValueError("not a plain SELECT")
    aliases = {p.alias for p in tree.expressions if isinstance(p, exp.Alias)}

    def is_alias_ref(col: exp.Column) -> bool:
        return col.name in aliases and col.find_ancestor(exp.Order, exp.Having) is not None

    used: set[str] = set()
    for col in tree.find_all(exp.Column):
        if is_alias_ref(col):
            continue
        if col.name not in view.columns:
            raise ValueError(f"unknown column {col.name}")
        used.add(view.columns[col.name][0])
    if counted and counted in view.paths:
        used.add(counted if len(view.paths[counted]) > 1 else view.fact)
    joined: list[Edge] = []
    for t in used:
        for e in view.paths.get(t, []):
            if e not in joined:
                joined.append(e)
    joined.sort(key=lambda e: (len(view.paths[e.dst]), e.dst))
    alias = {view.fact: "t0"}
    for i, e in enumerate(joined, start=1):
        alias[e.dst] = f"t{i}"

    def ref(table: str, column: str) -> exp.Column:
        if not joined:  # one table after all: plain names, as the one-table engine writes them
            return exp.Column(this=exp.Identifier(this=column, quoted=True))
        return exp.Column(
            this=exp.Identifier(this=column, quoted=True),
            table=exp.Identifier(this=alias[table], quoted=False),
        )

    # COUNT(*) of a joined table's rows counts its distinct keys
    if counted and counted in view.paths and counted != view.fact:
        path = view.paths[counted]
        if len(path) == 1:
            keys = [ref(view.fact, c) for c in path[0].src_cols]
        else:
            keys = [ref(counted, c) for c in path[-1].dst_cols]
        for cnt in list(tree.find_all(exp.Count)):
            if isinstance(cnt.this, exp.Star) and len(keys) == 1:
                cnt.replace(exp.Count(this=exp.Distinct(expressions=[keys[0]])))
    for col in list(tree.find_all(exp.Column)):
        if col.table or is_alias_ref(col):
            continue
        table, physical = view.columns[col.name]
        new = ref(table, physical)
        parent = col.parent
        if isinstance(parent, exp.Select) and col.arg_key == "expressions" and physical != col.name:
            col.replace(exp.alias_(new, col.name, quoted=True))
        else:
            col.replace(new)
    for star in list(tree.expressions):
        if isinstance(star, exp.Star):
            star.replace(
                exp.Column(this=exp.Star(), table=exp.Identifier(this="t0")) if joined else exp.Star()
            )
    source = exp.Table(
        this=exp.Identifier(this=view.fact, quoted=True),
        alias=exp.TableAlias(this=exp.Identifier(this="t0")) if joined else None,
    )
    tree.set("from_", exp.From(this=source))
    joins = []
    for e in joined:
        cond = exp.and_(
            *[
                exp.EQ(this=ref(e.dst, b), expression=ref(e.src, a))
                for a, b in zip(e.src_cols, e.dst_cols, strict=True)
            ]
        )
        target = exp.Table(
            this=exp.Identifier(this=e.dst, quoted=True),
            alias=exp.TableAlias(this=exp.Identifier(this=alias[e.dst])),
        )
        joins.append(exp.Join(this=target, on=cond))
    if joins:
        tree.set("joins", joins)
    tree = _deduplicate_dim_measures(tree, view, alias)
    return tree.sql(dialect=d), joined


def _deduplicate_dim_measures(tree: Any, view: View, alias: dict[str, str]) -> Any:
    """SUM/AVG of a joined table's column: aggregate its distinct rows, not one copy per fact row."""
    from sqlglot import exp

    if not tree.args.get("joins"):
        return tree
    by_alias = {a: t for t, a in alias.items()}
    fact_alias = alias[view.fact]
    dim_aggs: list[Any] = []
    for agg in tree.find_all(exp.Sum, exp.Avg):
        cols = list(agg.find_all(exp.Column))
        owners = {c.table for c in cols}
        if not cols or agg.find_ancestor(exp.Window) is not None:
            continue
        if owners == {fact_alias}:
            if any(c.table != fact_alias for a in dim_aggs for c in a.find_all(exp.Column)):
                return tree
            continue
        dim_aggs.append(agg)
    if not dim_aggs:
        return tree
    if any(
        {c.table for c in a.find_all(exp.Column)} == {fact_alias}
        for a in tree.find_all(exp.Sum, exp.Avg)
        if a.find_ancestor(exp.Window) is None
    ):
        return tree  # a fact measure alongside: not deduplicated
    dims = sorted({c.table for a in dim_aggs for c in a.find_all(exp.Column)})
    inner_cols: dict[tuple[str, str], str] = {}
    for d in dims:
        table = by_alias.get(d)
        if table is None:
            return tree
        for k in view.key_of(table):
            inner_cols[(d, k)] = f"c{len(inner_cols)}"
    outer = tree.copy()
    outer.set("where", None)
    outer.set("joins", None)
    for col in outer.find_all(exp.Column):
        if not col.table:
            continue
        key = (col.table, col.name)
        if key not in inner_cols:
            inner_cols[key] = f"c{len(inner_cols)}"
    inner = exp.Select(
        expressions=[
            exp.alias_(
                exp.Column(this=exp.Identifier(this=c, quoted=True), table=exp.Identifier(this=t)),
                a,
                quoted=True,
            )
            for (t, c), a in inner_cols.items()
        ]
    )
    inner.set("distinct", exp.Distinct())
    inner.set("from_", tree.args["from_"].copy())
    if tree.args.get("joins"):
        inner.set("joins", [j.copy() for j in tree.args["joins"]])
    if tree.args.get("where"):
        inner.set("where", tree.args["where"].copy())
    for col in list(outer.find_all(exp.Column)):
        if col.table and (col.table, col.name) in inner_cols:
            col.replace(
                exp.Column(
                    this=exp.Identifier(this=inner_cols[(col.table, col.name)], quoted=True),
                    table=exp.Identifier(this="s"),
                )
            )
    outer.set(
        "from_", exp.From(this=exp.Subquery(this=inner, alias=exp.TableAlias(this=exp.Identifier(this="s"))))
    )
    return outer


def name_distinct_count(ans: EngineAnswer, sql: str, counted: str, dialect: str) -> str:
    """ "有多少客户下过单" counts 客户, so its column is 客户数 / 客户_count, not the rows' name."""
    import sqlglot
    from sqlglot import exp

    from shared.ask.engines.rules.sqlbuild import _dialect

    d = _dialect(dialect)
    tree = sqlglot.parse_one(sql, read=d)
    name = f"{counted}数" if ans.lang == "zh" else f"{counted}_count"
    for alias in tree.find_all(exp.Alias):
        count = alias.this
        if isinstance(count, exp.Count) and isinstance(count.this, exp.Distinct):
            old = alias.alias
            alias.set("alias", exp.Identifier(this=name, quoted=True))
            for ident in tree.find_all(exp.Identifier):
                if ident.this == old and ident is not alias.args["alias"]:
                    ident.set("this", name)
            if ans.chart and old in ans.chart.roles:
                ans.chart.roles = {(name if k == old else k): v for k, v in ans.chart.roles.items()}
            break
    return tree.sql(dialect=d)
