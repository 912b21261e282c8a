"""The relationship graph of a datasource and the joined views the planner reads questions on."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass, field, replace
from typing import Any

from shared.semantic.relationships import effective
from shared.semantic.schema import Column, Relationship, Schema, SemanticLayer, Table
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.keynames import chinese_key_noun, chinese_key_words
from shared.semantic.vocabulary.linking import SchemaIndex, index_for, initial_name
from shared.semantic.vocabulary.segment import CJK_RE, split_identifier

MAX_HOPS = 3


@dataclass(frozen=True)
class Edge:
    src: str
    dst: str
    src_cols: tuple[str, ...]
    dst_cols: tuple[str, ...]
    reverse: bool = False  # a one-to-one relationship walked from its "one" side
    bridge: bool = False  # an entity's rows in a many-to-many bridge (movie -> its genre links), reverse too

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


@dataclass
class View:
    fact: str
    schema: Schema
    semantic: SemanticLayer
    # virtual column name -> (table, physical column)
    columns: dict[str, tuple[str, str]]
    paths: dict[str, list[Edge]]
    ambiguous: dict[str, list[list[Edge]]] = field(default_factory=dict)
    sources: dict[str, Table] = field(default_factory=dict)  # the real tables the view joins

    def key_of(self, table: str) -> list[str]:
        """The columns that identify a row of a joined table (the key its relationship points at)."""
        path = self.paths.get(table) or []
        return list(path[-1].dst_cols) if path else []


class _ViewColumns:
    """The columns of a joined view as they are added: virtual name -> (table, column), and their synonyms."""

    def __init__(self, sem_tables: dict[str, Any]) -> None:
        self.sem_tables = sem_tables
        self.columns: dict[str, tuple[str, str]] = {}
        self.view_cols: list[Column] = []
        self.syn_cols: dict[str, Any] = {}
        self.taken: set[str] = set()

    def add(self, table: Table, col: Column, name: str) -> None:
        self.taken.add(name.lower())
        self.columns[name] = (table.name, col.name)
        self.view_cols.append(replace(col, name=name, synonyms=list(col.synonyms)))
        spec = ((self.sem_tables.get(table.name) or {}).get("columns") or {}).get(col.name)
        if spec or name != col.name:
            entry = dict(spec or {})
            if name != col.name:  # 客户.城市 is also "客户 城市" / "customer city"
                entry["synonyms"] = [*(entry.get("synonyms") or []), f"{table.name} {col.name}"]
            self.syn_cols[name] = entry

    def add_joined(self, table: Table, edge: Edge, labelled: bool = False) -> None:
        """A joined table's columns; a name the view already has is qualified (客户.城市). A `labelled`
        table's word names its label column ("by region" groups by regions.region_name)."""
        joined_on = {c.lower() for c in edge.dst_cols}
        src_cols = {c.lower() for c in edge.src_cols}
        for col in table.columns:
            if col.name.lower() in joined_on and col.name.lower() in src_cols:
                continue  # the same key under the same name is already there
            name = col.name if col.name.lower() not in self.taken else f"{table.name}.{col.name}"
            if name.lower() not in self.taken:
                self.add(table, col, name)
                if labelled and col is (label_column(table) or entity_label(table)):
                    self.name_after_table(table, name, edge)

    def name_after_table(self, table: Table, name: str, edge: Edge) -> None:
        words = [table.name, *((self.sem_tables.get(table.name) or {}).get("synonyms") or [])]
        if CJK_RE.search(table.name):  # "each player" names 球员's label as 每位球员 does
            words.extend(bilingual.english_for(table.name)[:1])
        key = split_identifier(edge.src_cols[0]) if len(edge.src_cols) == 1 else []
        zh_noun = chinese_key_noun(edge.src_cols[0]) if len(edge.src_cols) == 1 else ""
        if zh_noun and not CJK_RE.search(table.name):  # 每个伤情等级: the key 伤情编码's noun
            words.extend(chinese_key_words(zh_noun))
        if len(key) >= 2 and key[-1] in ("id", "code", "key"):  # by purpose: the key purpose_id's noun
            words.append(" ".join(key[:-1]))
            if edge.src.isascii():  # by loan purpose: the noun said with the fact's own (loans)
                words.append(f"{edge.src} {' '.join(key[:-1])}")
        entry = self.syn_cols.setdefault(name, {})
        entry["synonyms"] = [*(entry.get("synonyms") or []), *words]


def label_column(table: Table) -> Column | None:
    """The column named after its table as the name of its rows (regions.region_name, 客户.客户名称, 州.州名),
    or named as one of its rows in a lookup table (diseases.disease, genres.genre). The table's name may
    be a compound whose last word is its head (贷款用途.用途名称, 信用等级.等级, loan_purposes.purpose_name).
    """
    heads = _name_heads(table.name)
    for c in table.columns:
        if c.type != "text":
            continue
        words = split_identifier(c.name)
        if len(words) == 2 and words[1] in ("name", "title") and words[0] in heads:
            return c
        if any(c.name in (f"{h}名称", f"{h}姓名", f"{h}名字", f"{h}名") for h in heads if CJK_RE.search(h)):
            return c
    named = next((c for c in table.columns if c.type == "text" and c.name.lower() in heads), None)
    if named is None:
        return _kind_label(table, heads)
    keys = set(table.primary_key or ())
    keyed = named is not None and any(
        _id_like(c.name) or c.name in keys for c in table.columns if c is not named
    )
    return named if keyed else None  # stations(station, district): the station column is the key itself


KIND_WORDS = ("type", "kind", "类型", "种类")


def _kind_label(table: Table, heads: set[str]) -> Column | None:
    """A lookup table of kinds with no name column (合同(合同编号, 合同类型), plans(plan_id, plan_type)): the
    one text column named after the table as its kind, one row per value, is what its rows are called."""
    found = []
    for c in table.columns:
        words = split_identifier(c.name)
        spelt = len(words) == 2 and words[0] in heads and words[1] in KIND_WORDS
        zh = any(c.name == f"{h}{k}" for h in heads if CJK_RE.search(h) for k in KIND_WORDS)
        if c.type == "text" and (spelt or zh):
            found.append(c)
    if len(found) != 1 or found[0].profile is None or not table.row_count:
        return None
    return found[0] if found[0].profile.distinct_count == table.row_count else None


def _name_heads(name: str) -> set[str]:
    """A table's name and the words it is called by: its singular, and the last word of a compound
    (the head: 用途 of 贷款用途, purpose of loan_purposes)."""
    stem = name.lower()
    heads = {stem, stem.rstrip("s"), stem[:-3] + "y" if stem.endswith("ies") else stem}
    if len(name) >= 4 and all(CJK_RE.match(ch) for ch in name):
        heads.add(name[-2:])
    words = split_identifier(name)
    if len(words) >= 2 and words[-1].isascii():
        last = words[-1]
        heads |= {last, last.rstrip("s"), last[:-3] + "y" if last.endswith("ies") else last}
    return heads


def _id_like(name: str) -> bool:
    words = split_identifier(name)
    return bool(words) and words[-1] in ("id", "code", "key") or name.endswith(("编号", "代码", "编码"))


FIRST_NAMES = frozenset(("名", "名字"))
LAST_NAMES = frozenset(("姓", "姓氏"))


def name_part(column: str) -> str | None:
    """'first' for a given-name column (first_name, Fname, 名), 'last' for a family-name one (姓)."""
    if column in FIRST_NAMES:
        return "first"
    if column in LAST_NAMES:
        return "last"
    return spelt_name_part(split_identifier(column))


def spelt_name_part(words: list[str]) -> str | None:
    """'first' for words spelling a given name (first name, given name, Fname), 'last' for a family one."""
    spelt = initial_name(words) or " ".join(words)
    if spelt.startswith(("first ", "given ")):
        return "first"
    if spelt.startswith(("last ", "family ", "sur")):
        return "last"
    return None


def entity_label(table: Any) -> Any:
    """What a table's rows are called by: its label column (regions.region_name), else a person's given name
    (名, first_name; full_name adds the family name beside it)."""
    label = label_column(table)
    if label is not None:
        return label
    return next((c for c in table.columns if c.type == "text" and name_part(c.name) == "first"), None)


def _joined_tables(
    paths: dict[str, list[Edge]], ambiguous: dict[str, Any], fact: str, keep: frozenset[str] | None
) -> list[str]:
    """The reachable tables the view holds: only `keep` and the tables on the way, when given."""
    dims = [t for t in paths if t != fact and t not in ambiguous]
    if keep is None:
        return dims
    on_the_way = {e.dst for t in keep if t in paths and t not in ambiguous for e in paths[t]}
    return [t for t in dims if t in on_the_way]


def _has_label(table: Table | None, person: bool) -> bool:
    """A name its rows are called by: a label column, or a person's given name when asked per person."""
    if table is None:
        return False
    return label_column(table) is not None or person and entity_label(table) is not None


def build_view(
    schema: Schema,
    semantic: SemanticLayer | None,
    graph: Graph,
    fact: str,
    keep: frozenset[str] | None = None,
    grouped: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
) -> View:
    """The fact's columns plus those of the reachable tables (only `keep` and the tables on the way).
    A `grouped` table (named after a group word: by region, 各区域) is named by its label column; one of
    `people` (每位球员, each player) by a person's given name when it has no label column."""
    base = schema.table(fact)
    assert base is not None
    paths, ambiguous = graph.reach(fact)
    sem_tables = semantic.tables if semantic else {}
    cols = _ViewColumns(sem_tables)
    for col in base.columns:
        cols.add(base, col, col.name)
    dims = _joined_tables(paths, ambiguous, fact, keep)
    synonyms = list(base.synonyms) + list((sem_tables.get(fact) or {}).get("synonyms") or [])
    for tname in dims:
        if not _joined_named(cols, schema.table(tname), paths[tname], tname in grouped, tname in people):
            synonyms.append(tname)
            synonyms.extend(_chinese_key_nouns(paths[tname], tname))
            synonyms.extend((sem_tables.get(tname) or {}).get("synonyms") or [])
    _same_keys_named(cols, graph, fact, base)
    table = Table(
        name=fact,
        columns=cols.view_cols,
        row_count=base.row_count,
        primary_key=list(base.primary_key),
        description=base.description,
        synonyms=synonyms,
    )
    metrics = [m for m in (semantic.metrics if semantic else []) if m.table in (None, fact)]
    layer = SemanticLayer(
        tables={fact: {"columns": cols.syn_cols}} if cols.syn_cols else {},
        metrics=metrics,
        relationships=[],
    )
    sources = {t.name: t for t in schema.tables if t.name == fact or t.name in dims}
    view_schema = Schema(tables=[table], dialect=schema.dialect)
    return View(fact, view_schema, layer, cols.columns, paths, ambiguous, sources)


def _chinese_key_nouns(path: list[Edge], table: str) -> list[str]:
    """伤情 for injury_levels reached over 伤情编码: the Chinese key's noun names the table as its name."""
    edge = path[-1] if path else None
    if edge is None or edge.reverse or len(edge.src_cols) != 1 or CJK_RE.search(table):
        return []
    noun = chinese_key_noun(edge.src_cols[0])
    return chinese_key_words(noun) if noun else []


def _joined_named(
    cols: _ViewColumns, table: Table | None, path: list[Edge], grouped: bool, person: bool
) -> bool:
    """Add a joined table's columns; True when its word names one of them (its label, or the fact's key to
    a table known by its number), False when the word still names the view's rows."""
    if table is None:
        return False
    labelled = grouped and _has_label(table, person)
    cols.add_joined(table, path[-1], labelled)
    return labelled or grouped and _named_by_key(cols, table, path)


def _named_by_key(cols: _ViewColumns, table: Table, path: list[Edge]) -> bool:
    """A table grouped or picked by with no name for its rows (seasons known by their number: 季(季号,
    首播日期, 冠军 …)) is named by the fact's key to it: 每一季 / 哪一季 group by the season the fact's rows
    hold."""
    if not known_by_number(table, path) or path[0].src_cols[0] not in cols.columns:
        return False
    cols.name_after_table(table, path[0].src_cols[0], path[0])
    return True


def _same_keys_named(cols: _ViewColumns, graph: Graph, fact: str, base: Table) -> None:
    """The fact's key to a table is named as the other tables' keys to it are (收视.季号 is also "series", as
    bakers.series and results.series, both keys to 季, are called): one entity, one word."""
    own = {c.name.lower() for c in base.columns}
    for edge in graph.edges.get(fact, []):
        if edge.reverse or len(edge.src_cols) != 1 or edge.src_cols[0] not in cols.columns:
            continue
        names = {
            e.src_cols[0]
            for src, edges in graph.edges.items()
            if src != fact
            for e in edges
            if e.dst == edge.dst and not e.reverse and len(e.src_cols) == 1
        }
        words = sorted(n for n in names if n.lower() not in own and n.lower() not in cols.taken)
        if words:
            entry = cols.syn_cols.setdefault(edge.src_cols[0], {})
            entry["synonyms"] = [*(entry.get("synonyms") or []), *words]


def known_by_number(table: Table, path: list[Edge]) -> bool:
    """A table one step from the fact whose rows have no name (no label, no name column: owners' first_name
    and dogs' name are names) and whose key says it numbers them (季号, season_id)."""
    edge = path[0] if path else None
    if edge is None or len(path) != 1 or edge.reverse or len(edge.src_cols) != 1:
        return False
    if entity_label(table) is not None or any(_name_like(c) for c in table.columns):
        return False
    return table.name.lower().rstrip("s") in edge.dst_cols[0].lower()


def _name_like(col: Column) -> bool:
    words = split_identifier(col.name)
    return col.type == "text" and (
        bool(words) and words[-1] in ("name", "title") or col.name.endswith(("名", "名称", "名字", "姓名"))
    )


ViewKey = tuple[str, frozenset[str] | None, frozenset[str], frozenset[str]]


@dataclass
class Context:
    schema: Schema
    semantic: SemanticLayer | None
    rels: list[Relationship]
    graph: Graph
    index: SchemaIndex
    reach: dict[str, tuple[dict[str, list[Edge]], dict[str, list[list[Edge]]]]]
    views: dict[tuple[str, frozenset[str] | None, frozenset[str], frozenset[str]], View] = field(
        default_factory=dict
    )


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


def view_for(
    ctx: Context,
    fact: str,
    keep: frozenset[str] | None = None,
    grouped: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
) -> View:
    """The joined view of `fact` over the tables a question names (`keep`), cached per datasource."""
    key = (fact, keep, grouped, people)
    with _LOCK:
        view = ctx.views.get(key)
    if view is None:
        view = build_view(ctx.schema, ctx.semantic, ctx.graph, fact, keep, grouped, people)
        with _LOCK:
            ctx.views[key] = view
            while len(ctx.views) > 256:
                ctx.views.pop(next(iter(ctx.views)))
    return view


def narrowed(ctx: Context, items: list[Any], strong: float) -> Context:
    """Two relationships from one table to the same table (flights.origin and flights.dest, both to
    airports): a word naming the key column of exactly one of them ("origin", "destination") picks that
    path; the other is left out of this question's graph. A table the question names by its word whose
    two keys point at one table, one of them named after the table itself (Friend.friend_id,
    Likes.liked_id), is read from its holder ("Kyle's friends", "students with 3 likes": the other key,
    `_held_paths`). Otherwise the context is unchanged (and a question reaching that table asks which)."""
    named = {
        (lk.table, lk.column)
        for it in items
        for lk in it.links
        if lk.kind == "column" and lk.score >= strong and lk.column
    }
    tables = {lk.table for it in items for lk in it.links if lk.kind == "table" and lk.score >= strong}
    drop = [
        e
        for fact, (_p, ambiguous) in ctx.reach.items()
        for e in _unnamed_paths(fact, ambiguous, named) or _held_paths(fact, ambiguous, tables)
    ]
    return without_edges(ctx, drop)


def without_edges(ctx: Context, drop: list[Edge]) -> Context:
    """The context for one question with some relationships left out (the paths its words rule out)."""
    if not drop:
        return ctx
    graph = Graph({t: [e for e in es if e not in drop] for t, es in ctx.graph.edges.items()})
    return replace(ctx, graph=graph, reach={t: graph.reach(t) for t in ctx.reach}, views={})


def _unnamed_paths(
    fact: str, ambiguous: dict[str, list[list[Edge]]], named: set[tuple[str, str | None]]
) -> list[Edge]:
    """The first steps of the paths to a doubly reached table that the words leave out, when the words
    name the key column of exactly one of them."""
    drop: list[Edge] = []
    for options in ambiguous.values():
        firsts = [p[0] for p in options if p and p[0].src == fact]
        picked = [e for e in firsts if any((fact, c) in named for c in e.src_cols)]
        if len(picked) == 1:
            drop.extend(e for e in firsts if e != picked[0])
    return drop


def _held_paths(fact: str, ambiguous: dict[str, list[list[Edge]]], named: set[str]) -> list[Edge]:
    """A table of pairs of one entity (Friend: student_id, friend_id -> Highschooler) named by its word:
    "the students with the most friends", "how many likes does Kyle have". The key named after the table
    (friend_id, liked_id) is the thing held; the other key is its holder, who "has" the row. The path
    over the held key is left out, so the holder's columns name the entity."""
    if fact not in named:
        return []
    drop: list[Edge] = []
    for options in ambiguous.values():
        firsts = [p[0] for p in options if len(p) == 1 and p[0].src == fact]
        held = [e for e in firsts if len(e.src_cols) == 1 and _named_after(e.src_cols[0], fact)]
        if len(firsts) == 2 and len(held) == 1:
            drop.append(held[0])
    return drop


def _named_after(column: str, table: str) -> bool:
    """friend_id is named after Friend, liked_id after Likes: a word of the key shares the table's stem
    (all but a short inflection: friends / friend, likes / liked)."""
    words = [w for w in split_identifier(column) if w != "id"]
    stem = table.lower()
    for w in words:
        common = len(os.path.commonprefix([w, stem]))
        if common >= 4 and len(w) - common <= 2 and len(stem) - common <= 2:
            return True
    return False
