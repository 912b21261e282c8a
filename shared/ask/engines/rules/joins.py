"""Questions across tables: plan a join path over the relationships, parse on a joined view, render JOINs.

The parser reads one table. For a question whose words name columns, values or tables that no single
table holds, the planner picks a *fact* table whose many-to-one closure (the tables reachable from it
over relationships, following the "one" side; a bridge table reaches both of its ends) holds every
such word, by the fewest hops. It then presents the parser a virtual table under the fact's name with
the fact's columns plus the columns of the reachable tables (a name two tables share is qualified,
``客户.城市``), lets the ordinary single-table engine answer on it, and rewrites the SQL over the
virtual table into explicit JOINs with sqlglot, in the datasource's dialect.

Fan-out safety: joining a fact to the "one" side never repeats fact rows, so SUM/AVG of the fact's
measures are exact. A SUM/AVG of a column of a joined ("one" side) table would repeat once per fact
row; such a query is computed over the distinct rows of that table first (pre-aggregated at the
measure's grain). "How many customers" over an orders join counts distinct customer keys.

No covering fact -> clarify naming the tables; two fact tables (or two key paths) equally good ->
clarify naming the candidates; a joined answer that leaves out a column or value the question names
-> clarify. Never an answer from one table. The view holds only the tables the question names and
those on the way to them. See docs/joins.md.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from shared.ask.engines.base import EngineAnswer, EngineRequest
from shared.semantic.relationships import effective
from shared.semantic.schema import Column, Relationship, Schema, SemanticLayer, Table
from shared.semantic.vocabulary.linking import Item, SchemaIndex, index_for, match

STRONG = 0.85  # a word names a table / column / value this surely
TABLE_WORD = 0.6  # "degrees" names Degree_Programs; row nouns (记录, 0.5) name no table
NEAR = 0.05  # links within this of an item's best are equally meant
KEEP = 0.6  # a column or value linked this well brings its table into the joined view
WEAK = 0.52  # any link at least this good lets a table read the word (row nouns at 0.5 do not)
MAX_HOPS = 3
# Words too generic to tell tables apart: every table has an id and a name.
GENERIC = frozenset(
    ("id", "ids", "name", "names", "code", "codes", "type", "types", "number", "date", "detail", "details")
    + ("名称", "名字", "姓名", "编号", "代码", "类型", "日期", "号码", "详情")
)

Answer = Callable[[EngineRequest], EngineAnswer]


# ------------------------------------------------------------------ the relationship graph
@dataclass(frozen=True)
class Edge:
    src: str
    dst: str
    src_cols: tuple[str, ...]
    dst_cols: tuple[str, ...]
    reverse: bool = False  # a one-to-one relationship walked from its "one" side

    def text(self) -> str:
        return " AND ".join(
            f"{self.src}.{a} = {self.dst}.{b}" for a, b in zip(self.src_cols, self.dst_cols, strict=True)
        )


@dataclass
class Graph:
    edges: dict[str, list[Edge]]  # table -> edges to the "one" side (both ways for one-to-one)

    def reach(self, fact: str) -> tuple[dict[str, list[Edge]], dict[str, list[list[Edge]]]]:
        """Shortest path to every table reachable from `fact`, and the tables reached by two or more."""
        paths: dict[str, list[Edge]] = {fact: []}
        ambiguous: dict[str, list[list[Edge]]] = {}
        queue = deque([fact])
        while queue:
            cur = queue.popleft()
            if len(paths[cur]) >= MAX_HOPS:
                continue
            for e in self.edges.get(cur, []):
                new = [*paths[cur], e]
                if e.dst in paths:
                    old = paths[e.dst]
                    if e.dst != fact and len(old) == len(new) and old != new and e.dst not in ambiguous:
                        ambiguous[e.dst] = [old, new]
                    continue
                paths[e.dst] = new
                queue.append(e.dst)
        return paths, ambiguous


def graph_of(rels: list[Relationship]) -> Graph:
    edges: dict[str, list[Edge]] = {}
    for r in rels:
        e = Edge(r.from_table, r.to_table, tuple(r.from_columns), tuple(r.to_columns))
        edges.setdefault(r.from_table, []).append(e)
        if r.cardinality == "one_to_one":
            back = Edge(r.to_table, r.from_table, tuple(r.to_columns), tuple(r.from_columns), True)
            edges.setdefault(r.to_table, []).append(back)
    return Graph(edges)


# ------------------------------------------------------------------ the joined view
@dataclass
class View:
    fact: str
    schema: Schema
    semantic: SemanticLayer
    # virtual column name -> (table, physical column)
    columns: dict[str, tuple[str, str]]
    paths: dict[str, list[Edge]]
    ambiguous: dict[str, list[list[Edge]]] = field(default_factory=dict)

    def key_of(self, table: str) -> list[str]:
        """The columns that identify a row of a joined table (the key its relationship points at)."""
        path = self.paths.get(table) or []
        return list(path[-1].dst_cols) if path else []


def build_view(
    schema: Schema,
    semantic: SemanticLayer | None,
    graph: Graph,
    fact: str,
    keep: frozenset[str] | None = None,
) -> View:
    """The fact's columns plus those of the reachable tables (only `keep` and the tables on the way)."""
    base = schema.table(fact)
    assert base is not None
    paths, ambiguous = graph.reach(fact)
    columns: dict[str, tuple[str, str]] = {}
    view_cols: list[Column] = []
    syn_cols: dict[str, Any] = {}
    sem_tables = semantic.tables if semantic else {}

    def add(table: Table, col: Column, name: str) -> None:
        columns[name] = (table.name, col.name)
        view_cols.append(replace(col, name=name, synonyms=list(col.synonyms)))
        spec = ((sem_tables.get(table.name) or {}).get("columns") or {}).get(col.name)
        if spec or name != col.name:
            entry = dict(spec or {})
            if name != col.name:  # 客户.城市 is also "客户 城市" / "customer city"
                entry["synonyms"] = [*(entry.get("synonyms") or []), f"{table.name} {col.name}"]
            syn_cols[name] = entry

    for col in base.columns:
        add(base, col, col.name)
    taken = {c.name.lower() for c in base.columns}
    dims = [t for t in paths if t != fact and t not in ambiguous]
    if keep is not None:
        on_the_way = {e.dst for t in keep if t in paths and t not in ambiguous for e in paths[t]}
        dims = [t for t in dims if t in on_the_way]
    for tname in dims:
        table = schema.table(tname)
        if table is None:
            continue
        joined_on = {c.lower() for c in paths[tname][-1].dst_cols}
        src_cols = {c.lower() for c in paths[tname][-1].src_cols}
        for col in table.columns:
            if col.name.lower() in joined_on and col.name.lower() in src_cols:
                continue  # the same key under the same name is already there
            name = col.name if col.name.lower() not in taken else f"{table.name}.{col.name}"
            if name.lower() in taken:
                continue
            taken.add(name.lower())
            add(table, col, name)
    synonyms = list(base.synonyms) + list((sem_tables.get(fact) or {}).get("synonyms") or [])
    for tname in dims:
        synonyms.append(tname)
        synonyms.extend((sem_tables.get(tname) or {}).get("synonyms") or [])
    table = Table(
        name=fact,
        columns=view_cols,
        row_count=base.row_count,
        primary_key=list(base.primary_key),
        description=base.description,
        synonyms=synonyms,
    )
    metrics = [m for m in (semantic.metrics if semantic else []) if m.table in (None, fact)]
    layer = SemanticLayer(
        tables={fact: {"columns": syn_cols}} if syn_cols else {},
        metrics=metrics,
        relationships=[],
    )
    return View(fact, Schema(tables=[table], dialect=schema.dialect), layer, columns, paths, ambiguous)


# ------------------------------------------------------------------ planning
@dataclass
class Plan:
    fact: str | None = None
    needed: bool = False  # the question needs more than one table
    problem: str | None = None  # "no_path" | "ambiguous"
    candidates: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)


@dataclass
class Context:
    schema: Schema
    semantic: SemanticLayer | None
    rels: list[Relationship]
    graph: Graph
    index: SchemaIndex
    reach: dict[str, tuple[dict[str, list[Edge]], dict[str, list[list[Edge]]]]]
    views: dict[tuple[str, frozenset[str] | None], View] = field(default_factory=dict)


_CONTEXTS: OrderedDict[Any, Context] = OrderedDict()
_LOCK = threading.Lock()


def context_for(schema: Schema, semantic: SemanticLayer | None) -> Context | None:
    """Relationships, graph and joined views of a datasource, built once per schema + semantic layer."""
    if len(schema.tables) < 2:
        return None
    index = index_for(schema, semantic)
    key = (index.fingerprint, repr(semantic.relationships) if semantic else None)
    with _LOCK:
        hit = _CONTEXTS.get(key)
        if hit is not None:
            return hit
    rels = effective(schema, semantic)
    graph = graph_of(rels)
    ctx = Context(schema, semantic, rels, graph, index, {t.name: graph.reach(t.name) for t in schema.tables})
    with _LOCK:
        _CONTEXTS[key] = ctx
        while len(_CONTEXTS) > 32:
            _CONTEXTS.popitem(last=False)
    return ctx


def view_for(ctx: Context, fact: str, keep: frozenset[str] | None = None) -> View:
    """The joined view of `fact` over the tables a question names (`keep`), cached per datasource."""
    key = (fact, keep)
    with _LOCK:
        view = ctx.views.get(key)
    if view is None:
        view = build_view(ctx.schema, ctx.semantic, ctx.graph, fact, keep)
        with _LOCK:
            ctx.views[key] = view
            while len(ctx.views) > 256:
                ctx.views.pop(next(iter(ctx.views)))
    return view


def items_of(question: str, index: SchemaIndex) -> list[Item]:
    from shared.ask.engines.rules import timeexpr
    from shared.ask.engines.rules.parse import INCLUSIVE_NOTE
    from shared.semantic.vocabulary.segment import normalise, units_of

    text = INCLUSIVE_NOTE.sub(" ", normalise(question))
    units = units_of(text)
    return match(text, units, index, timeexpr.find(text))


def readable_in(items: list[Item]) -> dict[int, set[str]]:
    """For each item, every table it can be read in at all (a weaker link is still a reading)."""
    return {
        id(it): {
            lk.table
            for lk in it.links
            if lk.kind in ("table", "column", "value", "metric") and lk.score >= WEAK
        }
        for it in items
    }


def mentions(items: list[Item], schema: Schema) -> list[tuple[Item, set[str]]]:
    """Each word that surely names something, with the tables it may name (within NEAR of its best)."""
    out: list[tuple[Item, set[str]]] = []
    cjk_tables = [t.name for t in schema.tables if re.search(r"[\u4e00-\u9fff]", t.name)]
    for pos, it in enumerate(items):
        if it.text.replace(" ", "").lower() in GENERIC or it.text.lower() in GENERIC:
            owner = _owner_tables(items, pos) if it.text.replace(" ", "").lower() in NAME_WORDS else set()
            named = [lk for lk in it.links if lk.table in owner and lk.kind == "column"]
            if named:  # 专业人员的名字 / the owner's name: the name column of that table
                out.append((replace(it, links=named), {lk.table for lk in named}))
            continue
        if it.has("list") and not any(lk.kind in ("column", "value") for lk in it.links):
            continue  # "show": a list verb, not the table named show
        if it.has(*GRAMMAR) and all(lk.kind == "column" for lk in it.links):
            continue  # "average": the aggregate, not stadium.Average
        links = [
            lk
            for lk in it.links
            if lk.kind in ("column", "value")
            and lk.score >= STRONG
            or lk.kind == "table"
            and lk.score >= TABLE_WORD
        ]
        if it.kind == "word" or (it.kind == "match" and not links):
            # 多少单: 单 abbreviates the one table whose name ends with it (订单)
            if re.fullmatch(r"[\u4e00-\u9fff]", it.text or ""):
                ends = [t for t in cjk_tables if t.endswith(it.text) and len(t) > 1]
                if len(ends) == 1:
                    out.append((it, {ends[0]}))
            continue
        if not links:
            continue
        best = max(lk.score for lk in links)
        tables = {lk.table for lk in links if lk.score >= best - NEAR}
        out.append((it, tables))
    return out


GRAMMAR = ("agg", "sup", "cmp", "count", "count_distinct", "limit_word", "share", "rate", "distinct", "order")
NAME_WORDS = frozenset(("name", "names", "名字", "名称", "姓名"))
LINKERS = frozenset(
    ("的", "of", "the", "'s", "s", "and", "id", "ids", "every", "each", "all", "和", "及", "、", ",", "，")
)


def _owner_tables(items: list[Item], pos: int) -> set[str]:
    """The table a name word belongs to: 专业人员的名字, the owner's name, the names of the teachers."""

    def table_of(i: int) -> set[str]:
        return {lk.table for lk in items[i].links if lk.kind == "table" and lk.score >= TABLE_WORD}

    for step in (-1, 1):
        i = pos + step
        while 0 <= i < len(items) and items[i].text.replace(" ", "").lower() in LINKERS:
            i += step
        if 0 <= i < len(items) and table_of(i):  # the first word past the linkers
            return table_of(i)
    return set()


def _readable(found: list[tuple[Item, set[str]]], pinned: set[int] | None) -> dict[int, set[str]]:
    readable = readable_in([it for it, _t in found])
    for it, tables in found:
        if id(it) in (pinned or set()):
            readable[id(it)] = set(tables)
    return readable


def reads_all(table: str, found: list[tuple[Item, set[str]]], pinned: set[int] | None = None) -> bool:
    readable = _readable(found, pinned)
    return all(table in tables or table in readable[id(it)] for it, tables in found)


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
    readable = _readable(found, pinned)
    if not strict and any(all(t in tables or t in readable[id(it)] for it, tables in found) for t in names):
        return Plan()  # one table can read every word: the ordinary engine answers
    scored: list[tuple[int, int, int, str]] = []
    for fact in names:
        paths, ambiguous = ctx.reach[fact]
        cost = 0
        backward = 0
        ok = True
        for _it, tables in found:
            hops = sorted(
                (len(paths[t]), sum(e.reverse for e in paths[t]))
                for t in tables
                if t in paths and t not in ambiguous
            )
            if not hops:
                ok = False
                break
            cost += hops[0][0]
            backward += hops[0][1]
        if ok:
            mentioned = any(fact in tables for _it, tables in found)
            scored.append((cost, backward, 0 if mentioned else 1, fact))
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


# ------------------------------------------------------------------ answering
def answer(request: EngineRequest, single: Answer) -> EngineAnswer:
    """Answer over one table when one table holds the question's words, else over a planned join."""
    ctx = context_for(request.schema, request.semantic)
    if ctx is None or not ctx.rels and len(request.schema.tables) < 2:
        return single(request)
    state = request.state or {}
    prev_fact = (state.get("join") or {}).get("fact") or state.get("table")
    items = items_of(request.question, ctx.index)
    found = mentions(items, request.schema)
    target = count_target(request.question, found)
    pinned = {id(target[0])} if target else set()
    keep = {t for _it, tables in found for t in tables} | {
        lk.table
        for it in items
        for lk in it.links
        if lk.kind in ("column", "value")
        and lk.score >= KEEP
        and it.text.replace(" ", "").lower() not in GENERIC
    }
    p = plan(ctx, found, prefer=prev_fact if prev_fact in ctx.reach else None, pinned=pinned)
    if p.problem and pinned:  # the counted table cannot be joined cleanly: read the question over one table
        unpinned = plan(ctx, found, prefer=prev_fact if prev_fact in ctx.reach else None)
        if not unpinned.needed:
            p, pinned = unpinned, set()
    if not p.needed:
        if (state.get("join") or {}).get("fact") in ctx.reach:
            return _joined(single, request, ctx, state["join"]["fact"], found, keep)
        prev = state.get("table")
        if (
            prev in ctx.reach
            and any(it.has("followup") for it in items)
            and not reads_all(prev, found, pinned)
        ):
            # "只看VIP客户呢？" after a question about the orders: the orders, narrowed over the join
            again = plan(ctx, found, prefer=prev, pinned=pinned, strict=True)
            if again.fact == prev:
                return _joined(single, request, ctx, prev, found, keep)
        ans = single(request)
        chosen = (ans.state or {}).get("table")
        if ans.status != "ok" or not chosen or reads_all(chosen, found, pinned):
            return ans
        # One table could read every word, but the one the engine chose leaves a named table out.
        p = plan(ctx, found, pinned=pinned, strict=True)
        if p.fact is None:
            return ans
        joined = _joined(single, request, ctx, p.fact, found, keep)
        return joined if joined.status == "ok" else ans
    if p.problem is not None or p.fact is None:
        return _clarify(p, request)
    return _joined(single, request, ctx, p.fact, found, keep)


def _joined(
    single: Answer,
    request: EngineRequest,
    ctx: Context,
    fact: str,
    found: list[tuple[Item, set[str]]],
    keep: set[str],
) -> EngineAnswer:
    keep = keep | set((request.state or {}).get("join", {}).get("tables") or [])
    view = view_for(ctx, fact, frozenset(keep))
    state = request.state
    if state and not (state.get("join") or {}).get("fact") and state.get("table") != fact:
        state = None  # the previous turn was about another table: its intent does not fit this view
    # The view's reading is checked below (every named column and value used), so the single-table
    # confidence bar, which knows nothing of the join, does not ask back first.
    sub = replace(
        request,
        schema=view.schema,
        semantic=view.semantic,
        state=state,
        options={**request.options, "clarify_below": 0.0},
    )
    ans = single(sub)
    if ans.status != "ok" or not ans.sql:
        return ans
    target = count_target(request.question, found)
    counted = target[1] if target and target[1] != view.fact and target[1] in view.paths else None
    ans = _refine(ans, view, request.question, found, counted)
    try:
        sql, joined = rewrite(ans.sql or "", view, ctx.schema.dialect, counted)
    except ValueError:  # SQL over the view that cannot be put over the tables: never guess
        return _clarify(Plan(needed=True, problem="no_path", tables=sorted(view.paths)), request)
    if counted and "COUNT(DISTINCT" in sql:
        sql = _name_distinct_count(ans, sql, counted, ctx.schema.dialect)
        ans.interpretation = (ans.interpretation or "").replace("记录数", f"不同 {counted} 的数量")
        ans.interpretation = ans.interpretation.replace("number of rows", f"number of distinct {counted}")
    ans.sql = sql
    used = {view.fact} | {e.dst for e in joined} | ({counted} if counted else set())
    # A table named by a table word is there when the fact's rows point at it (visits -> museums);
    # a column or value the question names must be in the query.
    forward = {t for t, path in view.paths.items() if not any(e.reverse for e in path)}
    left_out = [
        it.text.replace(" ", "")
        for it, tables in found
        if tables
        and not it.tags
        and not it.fuzzy  # "show" / "share" (a verb, or a typo's guess) is no table the answer needs
        and not tables & used
        and (_names_a_column(it, tables) or not tables & forward)
    ]
    if left_out:
        return _clarify_unused(request, left_out, sorted(used))
    if joined:
        ans.interpretation = _interpretation(ans.interpretation or "", view, joined, ans.lang)
    ans.state = dict(ans.state or {})
    ans.state["join"] = {"fact": fact, "tables": [e.dst for e in joined]}
    return ans


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
CMP_EN = {
    "at least": ">=", "more than": ">", "over": ">", "fewer than": "<", "less than": "<", "at most": "<=",
    "no more than": "<=", "exactly": "=",
}  # fmt: skip
CMP_ZH = {
    "至少": ">=", "超过": ">", "多于": ">", "不止": ">", "不少于": ">=",
    "少于": "<", "不超过": "<=", "不到": "<", "至多": "<=", "最多有": "<=",
}  # fmt: skip
ZH_CLASSIFIER = "[个名位家次条本只门项笔件场支种所部辆张台]?"
ZH_NUMBER = r"(\d+|[一两二三四五六七八九十])"


def _counted_words(view: View, found: list[tuple[Item, set[str]]], listed: set[str]) -> list[str]:
    """How the question names the rows counted per entity: the fact ("dogs", "订单"), another joined
    table than the listed entity's ("the semester most students registered in"), or times (次)."""
    out = []
    for it, _tables in found:
        named = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD}
        if named & (set(view.paths) - listed):
            cjk = re.search(r"[\u4e00-\u9fff]", it.text)
            out.append(it.text.replace(" ", "") if cjk else it.text.lower())
    return [*out, "times", "次"]


def per_entity_count(
    question: str, view: View, found: list[tuple[Item, set[str]]], listed: set[str] | None = None
) -> tuple[str, Any] | None:
    """("rank", desc) for "the owner with the most dogs" / 狗最多的主人; (op, n) for "at least 2 dogs" /
    至少两条狗: a count of the fact's rows per listed entity."""
    text = " ".join(question.lower().split())
    squeezed = text.replace(" ", "")
    once = re.search(r"\b(more than|at least) (once|twice)\b", text)
    if once:
        return (">" if once.group(1) == "more than" else ">="), 1 if once.group(2) == "once" else 2
    for w in _counted_words(view, found, listed or set()):
        if re.search(r"[\u4e00-\u9fff]", w):
            word = re.escape(w)
            m = re.search(
                rf"({'|'.join(CMP_ZH)})\S{{0,2}}?{ZH_NUMBER}{ZH_CLASSIFIER}\S{{0,3}}?{word}", squeezed
            )
            if m:
                return CMP_ZH[m.group(1)], int(NUMBER_WORDS.get(m.group(2), m.group(2)) or 0)
            m = re.search(
                rf"{ZH_NUMBER}{ZH_CLASSIFIER}(或以上|及以上|以上|或更多{ZH_CLASSIFIER})\S{{0,3}}?{word}",
                squeezed,
            )
            if m:
                return ">=", int(NUMBER_WORDS.get(m.group(1), m.group(1)) or 0)
            m = re.search(
                rf"{word}(数|数量|个数|次数)?最(多|少)|最(多|少)的?(数量的?|数的?)?{word}", squeezed
            )
            if m:
                return "rank", "多" in m.group(0)
            if re.search(rf"(?<!最)多{ZH_CLASSIFIER}{word}", squeezed):
                return ">", 1  # 多只宠物
            continue
        stem = re.escape(w.rstrip("s"))
        noun = rf"(\w+\s+)?{stem}\w*"
        m = re.search(rf"\b({'|'.join(CMP_EN)})\s+(\d+|one|two|three|four|five)\s+{noun}", text)
        if m:
            return CMP_EN[m.group(1)], int(NUMBER_WORDS.get(m.group(2), m.group(2)) or 0)
        m = re.search(rf"\b(\d+|one|two|three|four|five)\s+or\s+more\s+{noun}", text)
        if m:
            return ">=", int(NUMBER_WORDS.get(m.group(1), m.group(1)) or 0)
        m = re.search(
            rf"\b(most|greatest|largest|highest|fewest|least|smallest|lowest)\s+(number\s+of\s+|amount\s+of\s+)?{noun}",
            text,
        )
        if m:
            return "rank", m.group(1) in ("most", "greatest", "largest", "highest")
    return None


COUNT_RE = re.compile(r"how many|number of|count|多少|几[个只位名条本件次门所家辆台]|数量")
EACH_RE = re.compile(r"\b(each|every|per|for each)\b|names? of|每个|每位|每一个|各个|分别")


def _each_entity(question: str, view: View, found: list[tuple[Item, set[str]]]) -> str | None:
    """ "names of teachers and the number of courses they teach" / 每个学生有多少宠物: the one joined table
    named besides the counted one, as its name column (or its key) to group the count by."""
    from shared.semantic.vocabulary.segment import split_identifier

    each = EACH_RE.search(question.lower())
    if not each:
        return None
    table = _table_after(question.lower(), each.end(), found, view)
    if table is None:
        target = count_target(question, found)
        counted = {target[1]} if target else set()
        named = set()
        for it, _tables in found:
            if target and it is target[0]:
                continue
            named |= {lk.table for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD}
        entities = sorted((named & set(view.paths)) - counted - {view.fact})
        if len(entities) != 1:
            return None
        (table,) = entities
    columns = [v for v, (t, _c) in view.columns.items() if t == table]
    wants_name = re.search(r"\bnames?\b|名字|名称|姓名", question.lower())
    names = [
        v for v in columns if "name" in split_identifier(view.columns[v][1]) or v.endswith(("名称", "姓名"))
    ]
    if wants_name and names:
        return names[0]
    edge = view.paths[table][-1]
    holder = next((v for v, tc in view.columns.items() if tc == (edge.src, edge.src_cols[0])), None)
    return holder


def _table_after(text: str, start: int, found: list[tuple[Item, set[str]]], view: View) -> str | None:
    """The joined table a word right after "each" / 每个 names: "each student", 每个学生."""
    squeezed = re.sub(r"^\s*((the|all|all the|every|each)\s+)*", "", text[start:])
    for it, _tables in found:
        word = it.text.replace(" ", "") if re.search(r"[\u4e00-\u9fff]", it.text) else it.text.lower()
        named = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD} & set(
            view.paths
        )
        named.discard(view.fact)
        if len(named) == 1 and squeezed.replace(" ", "")[: len(word) + 2].find(word.replace(" ", "")) >= 0:
            return next(iter(named))
    return None


def _entity_grain(listed: list[str], view: View) -> list[str]:
    """The columns to count the fact's rows by: the entity's own columns and the fact's keys to it; the
    fact's own id ("list department name and id") means the entity's key there."""
    from shared.semantic.vocabulary.segment import split_identifier

    keys = {(e.src, c): e.dst for path in view.paths.values() for e in path for c in e.src_cols}
    entities = {view.columns[c][0] for c in listed if view.columns[c][0] != view.fact}
    out: list[str] = []
    for c in listed:
        table, physical = view.columns[c]
        if table != view.fact or (table, physical) in keys:
            out.append(c)
            continue
        words = split_identifier(physical)
        if words and words[-1] == "id" and len(entities) == 1:
            (entity,) = entities
            edge = view.paths[entity][0]
            holder = next((v for v, tc in view.columns.items() if tc == (view.fact, edge.src_cols[0])), None)
            if holder and holder not in out:
                out.append(holder)
    return [c for i, c in enumerate(out) if c not in out[:i]] or listed


def _owners_name(intent: Any, view: View, found: list[tuple[Item, set[str]]]) -> bool:
    """ "主人的名字" / "the owner's name" listed as another table's name column is the owner's name."""
    from shared.semantic.vocabulary.segment import split_identifier

    def name_like(v: str) -> bool:
        physical = view.columns[v][1]
        return "name" in split_identifier(physical) or physical.endswith(("名称", "姓名", "名字"))

    by_source = {tc: v for v, tc in view.columns.items()}
    changed = False
    for it, tables in found:
        if it.text.replace(" ", "").lower() not in NAME_WORDS or len(tables) != 1:
            continue
        (owner,) = tables
        listed = [*intent.columns, *intent.dimensions]
        if any(view.columns.get(c, ("", ""))[0] == owner and name_like(c) for c in listed):
            continue
        links = sorted((lk for lk in it.links if lk.table == owner and lk.column), key=lambda lk: -lk.score)
        mine = [by_source[(owner, str(lk.column))] for lk in links if (owner, str(lk.column)) in by_source]
        other = [c for c in listed if c in view.columns and view.columns[c][0] != owner and name_like(c)]
        if not mine or not other:
            continue
        wrong, right = other[0], mine[0]
        intent.columns = [right if c == wrong else c for c in intent.columns]
        intent.dimensions = [right if c == wrong else c for c in intent.dimensions]
        changed = True
    return changed


def _drop_unnamed_keys(intent: Any, view: View, question: str) -> bool:
    """A listed id column that only links the fact to a joined table ("visitors" -> visit.visitor_ID) is
    dropped unless the question asks for that id ("the owner id", "program id", or an id with no other)."""
    from shared.semantic.vocabulary.segment import split_identifier

    keys = {(e.src, c) for path in view.paths.values() for e in path for c in e.src_cols}
    text = " ".join(re.sub(r"[^\w]+", " ", question.lower().replace("'s ", " ")).split())
    asks_id = bool(re.search(r"(?<![a-z])ids?(?![a-z])|编号", text))

    def id_like(c: str) -> bool:
        words = split_identifier(view.columns[c][1])
        return bool(words) and words[-1] == "id"

    listed = [c for c in intent.columns if c in view.columns]
    drop = []
    for c in listed:
        if view.columns[c] not in keys or not id_like(c):
            continue
        words = split_identifier(view.columns[c][1])
        if len(words) >= 2 and re.search(rf"\b{re.escape(words[-2])}\w* ids?\b", text):
            continue  # "the owner id", "program id"
        other_ids = [o for o in listed if o != c and id_like(o) and view.columns[o] not in keys]
        if asks_id and not other_ids:
            continue  # the only id listed: the one asked for
        drop.append(c)
    if not drop or len(drop) == len(intent.columns) and not intent.measures:
        return False
    intent.columns = [c for c in intent.columns if c not in drop]
    return True


def _name_distinct_count(ans: EngineAnswer, sql: str, counted: str, dialect: str) -> str:
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


def _refine(
    ans: EngineAnswer,
    view: View,
    question: str,
    found: list[tuple[Item, set[str]]],
    counted: str | None = None,
) -> EngineAnswer:
    """Readings a joined view makes plain, which one table could not show.

    - "the owner with the most dogs" / "teachers with at least two courses": the fact's rows counted per
      listed entity, ranked or compared (GROUP BY the listed columns, ORDER BY / HAVING COUNT(*));
    - "names of teachers and the number of courses they teach": a count beside another table's listed
      columns counts per listed row (GROUP BY those columns);
    - "names of students who have a dog": listing only other tables' columns lists each of them once.
    """
    from shared.ask.engines.rules.charthint import chart_hint
    from shared.ask.engines.rules.intent import Having, Intent, Measure
    from shared.ask.engines.rules.interpret import interpretation
    from shared.ask.engines.rules.sqlbuild import UnsupportedIntent, build_sql

    raw = (ans.state or {}).get("intent")
    if not raw:
        return ans
    intent = Intent.from_dict(raw)
    changed = _drop_unnamed_keys(intent, view, question)
    changed = _owners_name(intent, view, found) or changed
    dims_only = bool(intent.columns) and all(
        view.columns.get(c, (view.fact, ""))[0] != view.fact for c in intent.columns
    )
    counts = [m for m in intent.measures if m.agg == "count" and m.column is None]
    listed = [
        c
        for c in [*intent.dimensions, *intent.columns]
        if view.columns.get(c, (view.fact, ""))[0] != view.fact
    ]
    listed_tables = {view.columns[c][0] for c in listed}
    per = per_entity_count(question, view, found, listed_tables) if listed else None
    if counted and not intent.measures and not intent.dimensions and not intent.time_grain:
        # "how many professionals treated dogs": the count asked for, over the counted table's keys
        intent.measures = [Measure("count")]
        intent.columns = []
        intent.order = []
        intent.distinct = False
        changed = True
    elif per is not None:
        kind, arg = per
        intent.dimensions = _entity_grain(
            [c for c in [*intent.dimensions, *intent.columns] if c not in (intent.time_column,)], view
        )
        intent.columns = []
        intent.time_grain = None
        intent.share = False
        if kind == "rank":
            intent.measures = [Measure("count")]
            intent.having = []
            intent.order = [("measure", 0, bool(arg))]
            intent.limit = 1
        else:
            intent.measures = []
            intent.filters = [f for f in intent.filters if not (f.source == "number" and arg in f.values)]
            intent.having = [Having(Measure("count"), kind, arg)]
            intent.order = []
            intent.limit = None
        intent.distinct = False
        changed = True
    elif counts and len(counts) == len(intent.measures) and not intent.dimensions and not intent.time_grain:
        if dims_only:
            intent.dimensions = list(intent.columns)
            intent.columns = []
            changed = True
        elif not intent.columns:
            entity = _each_entity(question, view, found)
            if entity:
                intent.dimensions = [entity]
                changed = True
    elif (
        not intent.measures
        and dims_only
        and EACH_RE.search(question.lower())
        and COUNT_RE.search(question.lower())
    ):
        intent.measures = [Measure("count")]  # 每个学生养了几只宠物: a count per listed student
        intent.dimensions = list(intent.columns)
        intent.columns = []
        intent.distinct = False
        changed = True
    elif not intent.measures and dims_only and not intent.distinct and not intent.order:
        intent.distinct = True
        changed = True
    if not changed:
        return ans
    try:
        sql = build_sql(intent, view.schema.dialect, ans.lang)
    except UnsupportedIntent:
        return ans
    state = dict(ans.state or {})
    state["intent"] = intent.to_dict()
    return replace(
        ans,
        sql=sql,
        state=state,
        interpretation=interpretation(intent, ans.lang),
        chart=chart_hint(intent, ans.lang),
    )


def count_target(question: str, found: list[tuple[Item, set[str]]]) -> tuple[Item, str] | None:
    """The table whose rows a count counts, named right after the count word: "how many customers",
    多少客户, 客户数. None when the count word is followed by no table word."""
    text = question.lower()
    squeezed = text.replace(" ", "")
    for it, _tables in found:
        tables = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= STRONG}
        if len(tables) != 1:
            continue
        (t,) = tables
        if re.search(r"[\u4e00-\u9fff]", it.text):
            w = re.escape(it.text.replace(" ", "").lower())
            if re.search(rf"(多少|几){ZH_CLASSIFIER}{w}|{w}(数|数量|个数|总数|的数量)", squeezed):
                return it, t
        else:
            w = re.escape(it.text.lower())
            if re.search(
                rf"(how many|number of|count of|count the|count)\s+(distinct\s+|different\s+)?{w}(e?s)?\b",
                text,
            ):
                return it, t
    return None


# ------------------------------------------------------------------ SQL rewrite
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


# ------------------------------------------------------------------ explaining
def _interpretation(text: str, view: View, joined: list[Edge], lang: str) -> str:
    """Qualify the columns (客户.客户等级) and say what was joined on what."""
    names = sorted(view.columns, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])" if names else r"(?!)"
    )

    def qualify(m: re.Match[str]) -> str:
        table, physical = view.columns[m.group(1)]
        return f"{table}.{physical}"

    out = pattern.sub(qualify, text)
    on = "；".join(e.text() for e in joined) if lang == "zh" else "; ".join(e.text() for e in joined)
    return f"{out}（{on}）" if lang == "zh" else f"{out} (joined on {on})"


def _names_a_column(it: Item, tables: set[str]) -> bool:
    """The word names a column or value of those tables (not just the table itself)."""
    if it.text.replace(" ", "").lower() in NAME_WORDS:
        return True  # 专业人员的名字: the name column of that table
    return any(lk.kind in ("column", "value") and lk.score >= STRONG for lk in it.links if lk.table in tables)


def _clarify_unused(request: EngineRequest, words: list[str], tables: list[str]) -> EngineAnswer:
    """The joined answer leaves out a table the question names: ask rather than answer part of it."""
    from shared.semantic.vocabulary.segment import detect_lang

    lang = detect_lang(request.question)
    if lang == "zh":
        listed = "、".join(f"“{w}”" for w in words)
        message = f"没能把{listed}用进查询（查询只涉及 {'、'.join(tables)}）。请换个说法，或指明对应的字段。"
    else:
        listed = ", ".join(f"'{w}'" for w in words)
        message = (
            f"I could not use {listed} in the query (it only reads {', '.join(tables)}). "
            "Rephrase, or name the column you mean."
        )
    return EngineAnswer(status="clarify", engine="rules", lang=lang, message=message, confidence=0.0)  # type: ignore[arg-type]


def _clarify(p: Plan, request: EngineRequest) -> EngineAnswer:
    from shared.semantic.vocabulary.segment import detect_lang

    lang = detect_lang(request.question)
    zh = lang == "zh"
    tables = ("、" if zh else ", ").join(p.tables)
    if p.problem == "ambiguous":
        cands = ("；" if zh else "; ").join(p.candidates)
        message = (
            f"问题涉及 {tables}，它们之间有不止一种关联方式：{cands}。请说明按哪一种关联。"
            if zh
            else f"The question involves {tables}, which can be joined in more than one way: {cands}. "
            "Say which one you mean."
        )
    else:
        message = (
            f"问题涉及 {tables}，但这些表之间没有已知的关联，无法一起回答。"
            "可以在语义层（/semantic）中添加关联，或分别提问。"
            if zh
            else f"The question involves {tables}, but no relationship links these tables, so they cannot be "
            "answered together. Add a relationship in the semantic layer (/semantic), or ask about one table."
        )
    return EngineAnswer(status="clarify", engine="rules", lang=lang, message=message, confidence=0.0)  # type: ignore[arg-type]
