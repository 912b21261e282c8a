"""SQL over a joined view -> SQL over the real tables with explicit JOINs, fan-out safe."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.joins_bridge import through_bridges
from shared.ask.engines.rules.joins_graph import Edge, View, name_part
from shared.sql.guard import dialect_object, sqlglot_dialect


def rewrite(sql: str, view: View, dialect: str, counted: str | None = None) -> tuple[str, list[Edge]]:
    """SQL over the joined view -> SQL over the real tables with explicit JOINs (fan-out safe)."""
    import sqlglot  # lazy: heavy (sqlglot)
    from sqlglot import exp  # lazy: heavy (sqlglot)

    d = sqlglot_dialect(dialect)
    tree = sqlglot.parse_one(sql, read=d)
    if not isinstance(tree, exp.Select):
        raise ValueError("not a plain SELECT")
    r = _Rewriter(tree, view, counted)
    r.count_distinct_keys()
    r.qualify_columns()
    r.set_from_and_joins()
    r.group_by_entity_keys()
    tree = through_bridges(tree, view, r.alias, r.joined)  # a semi-join, or the bridge's distinct pairs
    tree = _deduplicate_dim_measures(tree, view, r.alias)
    return tree.sql(dialect=dialect_object(d), copy=False), r.joined  # the tree is this function's own


class _Rewriter:
    """One SELECT over the view being put over the real tables."""

    def __init__(self, tree: Any, view: View, counted: str | None) -> None:
        from sqlglot import exp  # lazy: heavy (sqlglot)

        self.tree = tree
        self.view = view
        self.counted = counted if counted and counted in view.paths else None
        self.aliases = {p.alias for p in tree.expressions if isinstance(p, exp.Alias)}
        used: set[str] = set()
        for col in tree.find_all(exp.Column):
            if self.is_alias_ref(col):
                continue
            if col.name not in view.columns:
                raise ValueError(f"unknown column {col.name}")
            used.add(view.columns[col.name][0])
        if self.counted:
            used.add(self.counted if len(view.paths[self.counted]) > 1 else view.fact)
        self.joined: list[Edge] = []
        for t in used:
            self.joined.extend(e for e in view.paths.get(t, []) if e not in self.joined)
        self.joined.sort(key=lambda e: (len(view.paths[e.dst]), e.dst))
        self.alias = {view.fact: "t0"} | {e.dst: f"t{i}" for i, e in enumerate(self.joined, start=1)}

    def is_alias_ref(self, col: Any) -> bool:
        from sqlglot import exp  # lazy: heavy (sqlglot)

        return col.name in self.aliases and col.find_ancestor(exp.Order, exp.Having) is not None

    def ref(self, table: str, column: str) -> Any:
        from sqlglot import exp  # lazy: heavy (sqlglot)

        if not self.joined:  # one table after all: plain names, as the one-table engine writes them
            return exp.Column(this=exp.Identifier(this=column, quoted=True))
        return exp.Column(
            this=exp.Identifier(this=column, quoted=True),
            table=exp.Identifier(this=self.alias[table], quoted=False),
        )

    def count_distinct_keys(self) -> None:
        """COUNT(*) of a joined table's rows counts its distinct keys."""
        from sqlglot import exp  # lazy: heavy (sqlglot)

        if not self.counted or self.counted == self.view.fact:
            return
        path = self.view.paths[self.counted]
        if len(path) == 1:
            keys = [self.ref(self.view.fact, c) for c in path[0].src_cols]
        else:
            keys = [self.ref(self.counted, c) for c in path[-1].dst_cols]
        if len(keys) != 1:
            return
        for cnt in list(self.tree.find_all(exp.Count)):
            if isinstance(cnt.this, exp.Star) or self._distinct_of_the_counted(cnt):
                cnt.replace(exp.Count(this=exp.Distinct(expressions=[keys[0]])))

    def _distinct_of_the_counted(self, cnt: Any) -> bool:
        """COUNT(DISTINCT 种) when the species are counted: another column of the counted table (the epithet
        the word also names) is not what tells its rows apart; its key is."""
        from sqlglot import exp  # lazy: heavy (sqlglot)

        inner = cnt.this.expressions if isinstance(cnt.this, exp.Distinct) else []
        if len(inner) != 1 or not isinstance(inner[0], exp.Column) or inner[0].table:
            return False
        return self.view.columns.get(inner[0].name, ("", ""))[0] == self.counted

    def qualify_columns(self) -> None:
        from sqlglot import exp  # lazy: heavy (sqlglot)

        for col in list(self.tree.find_all(exp.Column)):
            if col.table or self.is_alias_ref(col):
                continue
            table, physical = self.view.columns[col.name]
            new = self.ref(table, physical)
            if isinstance(col.parent, exp.Select) and col.arg_key == "expressions" and physical != col.name:
                col.replace(exp.alias_(new, col.name, quoted=True))
            else:
                col.replace(new)
        for star in list(self.tree.expressions):
            if isinstance(star, exp.Star):
                whole = exp.Column(this=exp.Star(), table=exp.Identifier(this="t0"))
                star.replace(whole if self.joined else exp.Star())

    def set_from_and_joins(self) -> None:
        from sqlglot import exp  # lazy: heavy (sqlglot)

        source = exp.Table(
            this=exp.Identifier(this=self.view.fact, quoted=True),
            alias=exp.TableAlias(this=exp.Identifier(this="t0")) if self.joined else None,
        )
        self.tree.set("from_", exp.From(this=source))
        joins = []
        for e in self.joined:
            cond = exp.and_(
                *[
                    exp.EQ(this=self.ref(e.dst, b), expression=self.ref(e.src, a))
                    for a, b in zip(e.src_cols, e.dst_cols, strict=True)
                ]
            )
            target = exp.Table(
                this=exp.Identifier(this=e.dst, quoted=True),
                alias=exp.TableAlias(this=exp.Identifier(this=self.alias[e.dst])),
            )
            left = self._only_in_row_shares(e)
            joins.append(
                exp.Join(this=target, on=cond, side="LEFT") if left else exp.Join(this=target, on=cond)
            )
        if joins:
            self.tree.set("joins", joins)

    def _only_in_row_shares(self, edge: Edge) -> bool:
        """A joined table read only inside shares of rows (AVG(CASE WHEN 国家 = 'X' THEN 1.0 ELSE 0 END)):
        the share is of ALL the fact's rows, so the join keeps the rows with no related row (LEFT JOIN;
        an inner join would drop a fact row with no country from the denominator)."""
        from sqlglot import exp  # lazy: heavy (sqlglot)

        beyond = {self.alias[t] for t, path in self.view.paths.items() if edge in path and t in self.alias}
        read = [c for c in self.tree.find_all(exp.Column) if c.table in beyond]
        inside = [c for c in read if (a := c.find_ancestor(exp.Avg)) is not None and _row_share(a)]
        return bool(read) and len(inside) == len(read)

    def group_by_entity_keys(self) -> None:
        """Totals per person grouped by the joined table's names (名, 姓) are per row of that table: the
        fact's key to it is grouped by too, so two people of one name stay two totals. (A label column,
        course_name, is grouped by as said: one name, one group.)"""
        from sqlglot import exp  # lazy: heavy (sqlglot)

        group = self.tree.args.get("group")
        if group is None or not self.joined:
            return
        grouped = {(c.table, c.name) for c in group.expressions if isinstance(c, exp.Column)}
        by_alias = {a: t for t, a in self.alias.items()}
        for e in self.joined:
            if e.src != self.view.fact or e.reverse:
                continue
            names = [c for a, c in grouped if a == self.alias[e.dst] and name_part(c) is not None]
            keys = [(self.alias[e.src], k) for k in e.src_cols]
            held = [(self.alias[e.dst], k) for k in e.dst_cols]
            if names and not any(k in grouped for k in [*keys, *held]) and by_alias.get(self.alias[e.dst]):
                for _a, k in keys:
                    group.append("expressions", self.ref(e.src, k))


def _deduplicate_dim_measures(tree: Any, view: View, alias: dict[str, str]) -> Any:
    """SUM/AVG of a joined table's column: aggregate its distinct rows, not one copy per fact row."""
    if not tree.args.get("joins"):
        return tree
    dim_aggs = _dim_aggregates(tree, alias[view.fact])
    if not dim_aggs:
        return tree
    by_alias = {a: t for t, a in alias.items()}
    dims = sorted({c.table for a in dim_aggs for c in a.find_all(_exp().Column)})
    if any(d not in by_alias for d in dims):
        return tree
    inner_cols: dict[tuple[str, str], str] = {}
    for d in dims:
        for k in view.key_of(by_alias[d]):
            inner_cols[(d, k)] = f"c{len(inner_cols)}"
    return _over_distinct_rows(tree, inner_cols)


def _exp() -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return exp


def _dim_aggregates(tree: Any, fact_alias: str) -> list[Any]:
    """The SUM/AVGs over joined tables' columns; none when a fact measure is alongside (not deduplicated)."""
    exp = _exp()
    dim_aggs: list[Any] = []
    for agg in tree.find_all(exp.Sum, exp.Avg):
        owners = {c.table for c in agg.find_all(exp.Column)}
        if not owners or agg.find_ancestor(exp.Window) is not None or _row_share(agg):
            continue
        if owners == {fact_alias}:
            return []
        dim_aggs.append(agg)
    return dim_aggs


def _row_share(agg: Any) -> bool:
    """AVG(CASE WHEN <condition> THEN 1.0 ELSE 0 END): the share of the fact's rows (captures on control
    plots among all captures) meeting a condition on a joined table, not a share of that table's rows."""
    exp = _exp()
    case = agg.this
    if not isinstance(agg, exp.Avg) or not isinstance(case, exp.Case):
        return False
    results = [i.args.get("true") for i in case.args.get("ifs") or []] + [case.args.get("default")]
    return all(isinstance(r, exp.Literal) for r in results)


def _over_distinct_rows(tree: Any, inner_cols: dict[tuple[str, str], str]) -> Any:
    """The query over SELECT DISTINCT of the joined rows' keys and the columns it reads."""
    exp = _exp()
    outer = tree.copy()
    outer.set("where", None)
    outer.set("joins", None)
    for col in outer.find_all(exp.Column):
        if col.table and (col.table, col.name) not in inner_cols:
            inner_cols[(col.table, col.name)] = f"c{len(inner_cols)}"
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
    subquery = exp.Subquery(this=inner, alias=exp.TableAlias(this=exp.Identifier(this="s")))
    outer.set("from_", exp.From(this=subquery))
    return outer


def name_distinct_count(ans: EngineAnswer, sql: str, counted: str, dialect: str) -> str:
    """ "有多少客户下过单" counts 客户, so its column is 客户数 / 客户_count, not the rows' name."""
    import sqlglot  # lazy: heavy (sqlglot)
    from sqlglot import exp  # lazy: heavy (sqlglot)

    d = sqlglot_dialect(dialect)
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
