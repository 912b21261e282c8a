"""Many-to-many bridges (docs/joins.md): an association table made of two keys (book_authors: book_id ->
books, author_id -> authors) links each of its ends to the other. A fact reaching one end (sales -> books)
reaches the far end (authors) only through the bridge, where one row of the near end has many far rows.

- Filtering by the far side is a semi-join: the near end's key IN (SELECT the bridge's key FROM the bridge
  JOIN the far table WHERE ...). A fact row is never repeated, so SUM / AVG / COUNT stay exact.
- Grouping by (or showing) the far side joins the bridge: each fact row counts once in every group its
  entity belongs to, never twice in one group (the bridge's pairs are read distinct when no primary key
  says they are), and the interpretation says so.
- Two paths of equal length to the far side ask which (the ordinary planner's ambiguity).
The bridge edges are walked only when no fact reaches every word over many-to-one steps (a fallback).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from shared.ask.engines.rules.joins_graph import Context, Edge, Graph, View
from shared.semantic.relationships import bridges
from shared.semantic.schema import Relationship, Schema
from shared.sql.guard import sqlglot_dialect

OR_WORDS = re.compile(r"\bor\b|或|或者|还是|任一|之一", re.IGNORECASE)


def bridge_edges(schema: Schema, rels: list[Relationship]) -> list[Edge]:
    """Each end of a two-key bridge to the bridge's rows (books -> book_authors over book_id): a step from
    the "one" side to its many links, walked backwards."""
    out: list[Edge] = []
    for name, targets in bridges(schema, rels).items():
        outgoing = [r for r in rels if r.from_table == name]
        if len(targets) != 2 or len(outgoing) != 2 or any(len(r.from_columns) != 1 for r in outgoing):
            continue
        for r in outgoing:
            cols_to, cols_from = tuple(r.to_columns), tuple(r.from_columns)
            out.append(Edge(r.to_table, name, cols_to, cols_from, reverse=True, bridge=True))
    return out


def bridged(ctx: Context) -> Context | None:
    """The context with the bridges walkable from their ends; None when the schema has no bridge."""
    extra = bridge_edges(ctx.schema, ctx.rels)
    if not extra:
        return None
    edges = {t: list(es) for t, es in ctx.graph.edges.items()}
    for e in extra:
        if e not in edges.setdefault(e.src, []):
            edges[e.src].append(e)
    graph = Graph(edges)
    return replace(ctx, graph=graph, reach={t: graph.reach(t) for t in ctx.reach}, views={})


def through_bridges(tree: Any, view: View, alias: dict[str, str], joined: list[Edge]) -> Any:
    """The joined SELECT with its bridge read safely: a semi-join when the far side only qualifies rows (a
    WHERE condition, a share's CASE condition), else the bridge joined over its distinct pairs. Raises
    ValueError when a condition mixes both sides or two bridges are walked."""
    bridge = next((e for e in joined if e.bridge), None)
    if bridge is None:
        return tree
    if sum(e.bridge for e in joined) > 1:
        raise ValueError("two bridges in one query")
    exp = _exp()
    far = {alias[t] for t, path in view.paths.items() if bridge in path and t in alias}
    cols = [c for c in tree.find_all(exp.Column) if c.table in far and c.find_ancestor(exp.Join) is None]
    if any(_shown(c) for c in cols):
        _distinct_pairs(tree, view, bridge, alias)
        return tree
    return _semi_join(tree, view, bridge, far, alias)


def _shown(col: Any) -> bool:
    """A far column grouped, listed or ordered by (not only inside a WHERE or a CASE's condition)."""
    exp = _exp()
    if col.find_ancestor(exp.Where) is not None:
        return False
    node = col
    while node.parent is not None:
        if isinstance(node.parent, exp.If) and node.arg_key == "this":
            return False
        node = node.parent
    return True


def _tables_of(node: Any) -> set[str]:
    return {c.table for c in node.find_all(_exp().Column)}


def _column(table_alias: str, name: str) -> Any:
    exp = _exp()
    return exp.Column(this=exp.Identifier(this=name, quoted=True), table=exp.Identifier(this=table_alias))


def _semi_join(tree: Any, view: View, bridge: Edge, far: set[str], alias: dict[str, str]) -> Any:
    """near.key IN (SELECT bridge.key FROM bridge JOIN far ... WHERE the far conditions), in the WHERE
    and in each CASE condition that reads the far side."""
    exp = _exp()
    joins = tree.args.get("joins") or []
    b_alias = alias[bridge.dst]
    source = next(j.this for j in joins if j.alias_or_name == b_alias)
    far_joins = [j for j in joins if j.alias_or_name in far and j.alias_or_name != b_alias]
    near_key = _near_key(tree, view, bridge, alias, far)

    def semi(preds: list[Any]) -> Any:
        if any(_tables_of(p) - far for p in preds):
            raise ValueError("a condition mixes both sides of a bridge")
        inner = exp.Select(expressions=[_column(b_alias, bridge.dst_cols[0])])
        inner.set("from_", exp.From(this=source.copy()))
        if far_joins:
            inner.set("joins", [_inner_join(j) for j in far_joins])
        inner.set("where", exp.Where(this=exp.and_(*[p.copy() for p in preds])))
        return exp.In(this=near_key.copy(), query=exp.Subquery(this=inner))

    for cond in [i.this for i in tree.find_all(exp.If) if _tables_of(i.this) & far]:
        cond.replace(semi([cond]))
    _where_through(tree, far, semi)
    tree.set("joins", [j for j in tree.args.get("joins") or [] if j.alias_or_name not in far] or None)
    return tree


def _where_through(tree: Any, far: set[str], semi: Any) -> None:
    """The WHERE's conditions on the far side moved into one semi-join, the others kept."""
    exp = _exp()
    where = tree.args.get("where")
    if where is None:
        return
    conds = list(where.this.flatten()) if isinstance(where.this, exp.And) else [where.this]
    moved = [c for c in conds if _tables_of(c) & far]
    if moved:
        kept = [c for c in conds if c not in moved]
        tree.set("where", exp.Where(this=exp.and_(*kept, semi(moved))))


def _inner_join(join: Any) -> Any:
    """A far table's join inside the subquery: an inner join (a share's LEFT JOIN keeps no meaning there)."""
    out = join.copy()
    out.set("side", None)
    return out


def _near_key(tree: Any, view: View, bridge: Edge, alias: dict[str, str], far: set[str]) -> Any:
    """The near end's key: the fact's own key to it when the near end is read for nothing else (its join
    is then dropped), else the near end's column."""
    exp = _exp()
    near = alias[bridge.src]
    path = view.paths.get(bridge.src) or []
    step = path[-1] if len(path) == 1 else None
    joins = tree.args.get("joins") or []
    others = [j for j in joins if j.alias_or_name not in far and j.alias_or_name != near]
    read = {c.table for c in tree.find_all(exp.Column) if c.find_ancestor(exp.Join) is None}
    read |= {c.table for j in others for c in j.find_all(exp.Column)}
    if step is not None and step.dst_cols == bridge.src_cols and near not in read:
        tree.set("joins", [j for j in joins if j.alias_or_name != near] or None)
        return _column(alias[step.src], step.src_cols[0])
    return _column(near, bridge.src_cols[0])


def _exp() -> Any:
    from sqlglot import exp  # lazy: heavy (sqlglot)

    return exp


def _distinct_pairs(tree: Any, view: View, bridge: Edge, alias: dict[str, str]) -> None:
    """The bridge joined as its distinct pairs when no primary key says a pair is stored once: a fact row
    then counts once per group, never twice in one."""
    exp = _exp()
    table = view.sources.get(bridge.dst)
    keys = {c.lower() for c in (table.primary_key if table else [])}
    outgoing = {c.lower() for c in _bridge_keys(view, bridge)}
    if outgoing and outgoing <= keys:
        return
    b_alias = alias[bridge.dst]
    for join in tree.args.get("joins") or []:
        if join.alias_or_name != b_alias:
            continue
        inner = exp.Select(expressions=[_column("b", c) for c in _bridge_keys(view, bridge)])
        inner.set("distinct", exp.Distinct())
        inner.set(
            "from_",
            exp.From(
                this=exp.Table(
                    this=exp.Identifier(this=bridge.dst, quoted=True),
                    alias=exp.TableAlias(this=exp.Identifier(this="b")),
                )
            ),
        )
        sub = exp.Subquery(this=inner, alias=exp.TableAlias(this=exp.Identifier(this=b_alias)))
        join.set("this", sub)


def _bridge_keys(view: View, bridge: Edge) -> list[str]:
    """The bridge's two key columns: the one to the near end, then the one to the far end."""
    steps = [e for path in view.paths.values() for e in path]
    far = [e.src_cols[0] for e in steps if e.src == bridge.dst and not e.bridge]
    return [bridge.dst_cols[0], *dict.fromkeys(far)]


def bridge_note(sql: str, joined: list[Edge], view: View, lang: str) -> str:
    """What reading through a bridge means for the figures, said in the interpretation."""
    bridge = next((e for e in joined if e.bridge), None)
    if bridge is None:
        return ""
    far = [e.dst for e in joined if e.src == bridge.dst and not e.bridge]
    other = far[0] if far else bridge.dst
    near = bridge.src
    if " IN (SELECT" in sql.upper():
        if lang == "zh":
            return f"；经 {bridge.dst} 筛选{near}（每行只计一次）"
        return f"; {near} filtered through {bridge.dst} (each row counted once)"
    if lang == "zh":
        return f"；经 {bridge.dst} 关联：属于多个{other}的{near}在每个{other}中各计一次"
    return f"; through {bridge.dst}: a {near} row with several {other} rows counts once in each of them"


def any_or_all_doubt(sql: str, question: str) -> bool:
    """Several far-side values in one semi-join (both a comedy and a romance?): any of them or all of them?
    The IN reads "any"; unless the question says or, that is a guess."""
    if not re.search(r"IN \(SELECT .* IN \(", sql, re.IGNORECASE | re.DOTALL):
        return False
    return OR_WORDS.search(question) is None


def share_base_doubt(sql: str, dialect: str) -> bool:
    """A share whose part is read through the bridge (CASE WHEN key IN (SELECT ...)) over rows a WHERE
    narrows (the percentage of horror ratings below 2): which condition is the base and which the part is
    the word order's, which the reading did not weigh."""
    upper = sql.upper()
    if "WHERE" not in upper or upper.count("SELECT") < 2:
        return False  # no WHERE or no subquery: nothing to parse for (most joined answers)
    import sqlglot  # lazy: heavy (sqlglot)

    exp = _exp()
    try:
        tree = sqlglot.parse_one(sql, read=sqlglot_dialect(dialect))
    except sqlglot.errors.ParseError:
        return False
    if not isinstance(tree, exp.Select) or tree.args.get("where") is None:
        return False
    return any(isinstance(i.this, exp.In) and i.this.args.get("query") for i in tree.find_all(exp.If))
