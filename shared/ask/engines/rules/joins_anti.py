"""Rows with no related rows: "customers who never ordered", 没有下过单的客户, "students without pets".

Over one table, or over a join, such a question has no reading: the rows asked for are exactly the ones a
join drops. The question is read as two parts: a negation clause (never / without / no / 没有 / 从未 ...
up to the word naming the other table, or the verb whose word that table's name holds: "ordered" ->
orders, 下过单 -> 订单), and the rest ("how many customers"), which the ordinary engine answers over the
subject's table. The answer's SQL then keeps only the subject's rows with no row in the related table:
``NOT EXISTS (SELECT 1 FROM orders WHERE orders.customer_id = customers.id)``; a many-to-many named through
its bridge (student <- has_pet -> pets) tests the bridge. A clause that says more than the table (a year, a
value: "no 2016 salary") or a relation the schema does not tell apart is not read here (asked back).
"with both batting and salary records" / 既有…又有…记录 is the positive twin: an EXISTS for each table, so
each subject row counts once however many related rows it has (fan-out safe).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import sqlglot
from sqlglot import exp

from shared.ask.engines.base import EngineAnswer, EngineRequest
from shared.ask.engines.rules.joins_graph import Context, Edge
from shared.ask.engines.rules.joins_mentions import NEAR, STRONG, items_of
from shared.ask.engines.rules.parsecommon import opens_as_followup, words
from shared.ask.engines.rules.reading import peek
from shared.semantic.vocabulary.linking import Item

Answer = Callable[[EngineRequest], EngineAnswer]

# Words that say "no related row"; 不 / not alone say many other things ("not cancelled").
CUES = frozenset(
    ("never", "without", "no", "没有", "没", "从未", "从没", "从来没有", "从来没", "未曾", "从未有")
    + ("don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "do not", "does not", "did not")
    + ("have not", "has not", "had not")
)
# Said right before the cue, part of the clause: "who have never", 从来没有, "with no".
LEAD = frozenset(
    ("who", "that", "which", "have", "has", "had", "did", "do", "does", "with", "从", "从来", "还", "都")
)
# Row nouns after the other table's word: "no salary record", 没有薪资记录, "on record". Only the
# grammar's bare "rows" words (record, entry, 记录), which say no kind of thing: parsecommon.ROW_NOUNS
# also holds kinds of rows (orders, transactions).
ARTICLES = frozenset(("on", "any", "an", "a", "the"))
RECORD_WORDS = frozenset(words("row_nouns", "rows")) | ARTICLES - {"the"}
SPAN = 6  # items the clause may run over after its cue
ZH_DE = "的"
STOPS = frozenset((ZH_DE, "and", "but", "or", "且", "并且", "而且", "但", "或", "或者"))


@dataclass(frozen=True)
class Clause:
    start: int  # item positions, end exclusive
    end: int
    others: frozenset[str]  # the tables the subject's rows have no row in (a bridge's ends: one path)
    values: tuple[tuple[str, str, Any], ...] = ()  # "no dog": (table, column, value) the related rows hold
    negated: bool = True  # False: rows WITH related rows ("players with both batting and salary records")


def anti_join(request: EngineRequest, ctx: Context, inner: Answer) -> EngineAnswer | None:
    """The answer to a question asking for rows with no related rows (or with rows in each of two tables);
    None when it asks no such thing."""
    reading = peek(request.question, ctx.index)  # read only: no copy of the items
    items = reading.items
    clauses = [c] if (c := _clause(items, ctx)) is not None else _both(items, ctx)
    if not clauses:
        return _followed(request, ctx, inner, items)
    span = Clause(min(c.start for c in clauses), max(c.end for c in clauses), frozenset())
    subject = _subject(items, clauses, span, ctx)
    links = [_link(ctx, c, subject) for c in clauses] if subject else []
    if subject is None or not links or any(link is None for link in links):
        return None
    rest = _without_clause(reading, items, span)
    kept = list(zip(clauses, [link for link in links if link], strict=True))
    return _kept(inner(replace(request, question=rest)), ctx, kept, subject) if rest.strip() else None


def negation_unread(request: EngineRequest, ctx: Context, sql: str | None) -> bool:
    """ "Which agents had no bookings in 2017": a negation clause naming a related table that the anti-join
    could not read (a year on the related rows), answered by SQL with no negation at all: the answer
    would list the rows WITH related rows, the opposite of what was asked."""
    clause = _clause(peek(request.question, ctx.index).items, ctx)
    if clause is None or not clause.negated:
        return False
    return not NEGATED_SQL.search(sql or "")


NEGATED_SQL = re.compile(r"\bNOT\b|<>|!=|=\s*0\b|\bIS NULL\b", re.IGNORECASE)


def _followed(request: EngineRequest, ctx: Context, inner: Answer, items: list[Item]) -> EngineAnswer | None:
    """只看 Graz 的呢 after an answer about rows without related rows: the follow-up keeps the NOT EXISTS."""
    before = (request.state or {}).get("anti")
    if not before or not (opens_as_followup(request.question) or any(it.has("followup") for it in items)):
        return None
    subject = str(before.get("subject"))
    kept = []
    for spec in before.get("clauses") or []:
        values = tuple((str(t), str(c), v) for t, c, v in spec.get("values") or [])
        clause = Clause(0, 0, frozenset(spec.get("others") or []), values, bool(spec.get("negated", True)))
        link = _link(ctx, clause, subject)
        if link is None:
            return None
        kept.append((clause, link))
    state = {k: v for k, v in (request.state or {}).items() if k != "anti"}
    return _kept(inner(replace(request, state=state)), ctx, kept, subject) if kept else None


def _kept(
    ans: EngineAnswer, ctx: Context, kept: list[tuple[Clause, Related]], subject: str
) -> EngineAnswer | None:
    """The answer over the subject's rows with only those having (no) related rows kept."""
    if ans.status != "ok" or not ans.sql or _answered_from(ans) != subject:
        return None
    sql: str | None = ans.sql
    for clause, link in kept:
        sql = _with_exists(sql, subject, link, ctx.schema.dialect, clause.negated) if sql else None
    return None if sql is None else _explained(ans, sql, kept, subject)


BOTH = frozenset(("both", "既", "既有", "同时", "同时有"))
AND = frozenset(w for w in words("list_joiners", "plain", "formal", "paired") if w.isalpha())


def _both(items: list[Item], ctx: Context) -> list[Clause]:
    """ "with both batting and salary records", 既有击球记录又有薪资记录: rows with related rows in each of
    two tables (an EXISTS for each)."""
    for pos, it in enumerate(items):
        if _norm(it) not in BOTH:
            continue
        start = _lead_start(items, pos)
        first = _named_next(items, pos + 1, ctx)
        if first is None:
            return []
        second = _named_next(items, first[0], ctx, skip=AND)
        if second is None or second[1] == first[1]:
            return []
        return [
            Clause(start, first[0], first[1], negated=False),
            Clause(first[0], second[0], second[1], negated=False),
        ]
    return []


def _lead_start(items: list[Item], pos: int) -> int:
    """Where the clause of the cue at `pos` starts: back over its lead words ("who have never")."""
    while pos > 0 and _norm(items[pos - 1]) in LEAD:
        pos -= 1
    return pos


def _named_next(
    items: list[Item], pos: int, ctx: Context, skip: frozenset[str] = frozenset(("有",))
) -> tuple[int, frozenset[str]] | None:
    """The next word (past `skip` words) naming one table, and where its row nouns end."""
    while pos < len(items) and _norm(items[pos]) in skip:
        pos += 1
    tables = _tables_named(items[pos]) if pos < len(items) else set()
    if not tables:
        return None
    return _object_end(items, pos + 1, tables, ctx), frozenset(tables)


def _clause(items: list[Item], ctx: Context) -> Clause | None:
    """The negation clause: its cue, what it runs over, and the other table it names."""
    for pos, it in enumerate(items):
        if _norm(it) not in CUES:
            continue
        start = _lead_start(items, pos)
        found = _clause_from(items, pos + 1, ctx)
        if found is not None:
            return replace(found, start=start)
    return None


def _clause_from(items: list[Item], pos: int, ctx: Context) -> Clause | None:
    """From after the cue: the first word naming a table (then its row nouns), a value of another table
    ("no dog"), or a verb whose word a table name holds; a number or a time is a condition the clause says
    that is not read here."""
    verb: str | None = None
    values: list[tuple[str, str, Any]] = []
    end = pos
    for j in range(pos, min(len(items), pos + SPAN)):
        it = items[j]
        if it.kind in ("num", "time"):
            return None  # "never ordered in 2024": a condition on the other table's rows, not read here
        if it.kind in ("punct", "quote") or _norm(it) in STOPS:
            break
        tables = _tables_named(it)
        if tables:
            return Clause(pos, _object_end(items, j + 1, tables, ctx), frozenset(tables), tuple(values))
        value = _value_of(it)
        if value is not None and verb is None:
            values.append(value)
            end = j + 1
            continue
        if value is not None or any(lk.kind == "column" and lk.score >= STRONG for lk in it.links):
            break  # "no 2016 salary", "never ordered in 北京": the clause ends, or says more than a table
        word_table = None if values else _table_of_word(it, ctx)
        if word_table is not None:
            verb, end = verb or word_table, j + 1
    if values:
        return Clause(pos, end, frozenset({values[0][0]}), tuple(values))
    return Clause(pos, end, frozenset({verb})) if verb else None


def _value_of(it: Item) -> tuple[str, str, Any] | None:
    """The one stored value a word surely names."""
    links = [lk for lk in it.links if lk.kind == "value" and lk.score >= STRONG and lk.column]
    if not links:
        return None
    best = max(lk.score for lk in links)
    top = {(lk.table, str(lk.column), lk.value) for lk in links if lk.score >= best - NEAR}
    return next(iter(top)) if len(top) == 1 else None


def _object_end(items: list[Item], end: int, others: set[str], ctx: Context) -> int:
    """Past the other table's word: its row nouns ("no salary record", "on record") and the object of a
    verb that named it, a table it reaches ("never loaned a book": the loans' books)."""
    reached = {t for other in others for t in ctx.reach.get(other, ({}, {}))[0]}
    while end < len(items):
        word, named = _norm(items[end]), _tables_named(items[end])
        if word in RECORD_WORDS or named and named <= reached:
            end += 1
        else:
            break
    while end > 0 and _norm(items[end - 1]) in ARTICLES:
        end -= 1
    return end


def _tables_named(it: Item) -> set[str]:
    """The tables a word names by their word, surely."""
    tables = [lk for lk in it.links if lk.kind == "table"]
    if not tables:
        return set()
    best = max(lk.score for lk in tables)
    if best < STRONG:
        return set()
    return {lk.table for lk in tables if lk.score >= best - NEAR}


def _table_of_word(it: Item, ctx: Context) -> str | None:
    """A verb naming a table through its word: "ordered" (order -> orders), 下过单 (单 in 订单)."""
    word = _norm(it)
    if not word:
        return None
    if word.isascii() and word.isalpha() and len(word) > 3:
        for lemma in _lemmas(word):
            linked = {t for i in items_of(lemma, ctx.index) for t in _tables_named(i)}
            if len(linked) == 1:
                return next(iter(linked))
        return None
    if re.fullmatch(r"[\u4e00-\u9fff]+", word):
        held = [t.name for t in ctx.schema.tables if word in t.name and t.name != word]
        return held[0] if len(held) == 1 else None
    return None


def _lemmas(word: str) -> list[str]:
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    return sorted({lemma for lemmas in getAllLemmas(word).values() for lemma in lemmas} - {word}) or [word]


@dataclass(frozen=True)
class Related:
    """The related rows: the table whose row says "related", its path to the subject, and the values those
    rows must hold, each with its path from that table."""

    path: tuple[Edge, ...]
    values: tuple[tuple[tuple[Edge, ...], str, Any], ...] = ()

    @property
    def table(self) -> str:
        return self.path[0].src


def _subject(items: list[Item], clauses: list[Clause], span: Clause, ctx: Context) -> str | None:
    """The one table named outside the clauses whose rows each clause's tables' rows point to."""
    named: set[str] = set()
    for pos, it in enumerate(items):
        if span.start <= pos < span.end:
            continue
        named |= _tables_named(it)
    others = {t for c in clauses for t in c.others}
    related = {t for t in named - others if all(_link(ctx, c, t) is not None for c in clauses)}
    return next(iter(related)) if len(related) == 1 else None


def _link(ctx: Context, clause: Clause, subject: str) -> Related | None:
    """The one way the clause's tables relate to the subject, with the values' paths; None when none or
    more than one."""
    paths = {tuple(p) for other in clause.others if (p := _existence(ctx, other, subject))}
    if len(paths) != 1 or len(clause.others) != len(
        {o for o in clause.others if _existence(ctx, o, subject)}
    ):
        return None
    path = next(iter(paths))
    reach, ambiguous = ctx.reach.get(path[0].src, ({}, {}))
    values = []
    for table, column, value in clause.values:
        if table not in reach or table in ambiguous or any(e.reverse for e in reach[table]):
            return None
        values.append((tuple(reach[table]), column, value))
    return Related(path, tuple(values))


def _existence(ctx: Context, other: str, subject: str) -> list[Edge] | None:
    """The path from the table whose rows say "related" to the subject: the other table's own key to it, or
    a bridge's that points at both (student <- has_pet -> pets). None when none or more than one."""
    paths, ambiguous = ctx.reach.get(other, ({}, {}))
    if subject in paths and subject != other and not any(e.reverse for e in paths[subject]):
        return None if subject in ambiguous else paths[subject]
    bridges = []
    for table, (reach, amb) in ctx.reach.items():
        if table in (other, subject) or subject in amb or other in amb:
            continue
        to_subject, to_other = reach.get(subject), reach.get(other)
        if to_subject and to_other and len(to_subject) == 1 and len(to_other) == 1:
            bridges.append(to_subject)
    return bridges[0] if len(bridges) == 1 and not bridges[0][0].reverse else None


def _without_clause(reading: object, items: list[Item], clause: Clause) -> str:
    """The question with the clause cut out (and a 的 joining it to its noun)."""
    units = reading.units  # type: ignore[attr-defined]
    text: str = reading.text  # type: ignore[attr-defined]
    first, last = items[clause.start], items[clause.end - 1]
    cut_from, cut_to = units[first.start].start, units[last.end - 1].end
    if clause.end < len(items) and _norm(items[clause.end]) == ZH_DE:
        cut_to = units[items[clause.end].end - 1].end
    return re.sub(r"\s+", " ", text[:cut_from] + " " + text[cut_to:]).strip()


def _answered_from(ans: EngineAnswer) -> str | None:
    state = ans.state or {}
    return (state.get("join") or {}).get("fact") or state.get("table")


def _with_exists(sql: str, subject: str, link: Related, dialect: str, negated: bool) -> str | None:
    """The SQL with (NOT) EXISTS (a related row) added where the subject's table is read; None when it is
    read more than once or not at all."""
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except sqlglot.errors.ParseError:
        return None
    reads = [t for t in tree.find_all(exp.Table) if t.name == subject]
    if len(reads) != 1:
        return None
    select = reads[0].find_ancestor(exp.Select)
    if select is None:
        return None
    owner = reads[0].alias_or_name
    exists = exp.Exists(this=_related_rows(link, owner))
    select.where(exp.not_(exists) if negated else exists, copy=False)
    return tree.sql(dialect=dialect)


def _related_rows(link: Related, owner: str) -> exp.Select:
    """SELECT 1 FROM the related table, joined along the paths it needs, where the last step's key is the
    subject's and each value is held."""
    aliases = {link.table: "x0"}
    query = exp.select("1").from_(_table(link.table).as_("x0"))
    for path in [link.path[:-1], *(p for p, _c, _v in link.values)]:
        for edge in path:
            if edge.dst in aliases:
                continue
            aliases[edge.dst] = f"x{len(aliases)}"
            query = query.join(
                _table(edge.dst).as_(aliases[edge.dst]), on=_keys(edge, aliases, aliases[edge.dst])
            )
    last = link.path[-1]
    conds = [_keys(last, aliases, owner)]
    for path, column, value in link.values:
        table = path[-1].dst if path else link.table
        conds.append(exp.column(column, table=aliases[table], quoted=True).eq(_literal(value)))
    return query.where(exp.and_(*conds))


def _keys(edge: Edge, aliases: dict[str, str], dst_alias: str) -> exp.Condition:
    return exp.and_(
        *(
            exp.column(a, table=aliases[edge.src], quoted=True).eq(
                exp.column(b, table=dst_alias, quoted=True)
            )
            for a, b in zip(edge.src_cols, edge.dst_cols, strict=True)
        )
    )


def _literal(value: Any) -> exp.Expression:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return exp.Literal.string(str(value))
    return exp.Literal.number(value)


def _table(name: str) -> exp.Table:
    return exp.Table(this=exp.to_identifier(name, quoted=True))


def _explained(ans: EngineAnswer, sql: str, kept: list[tuple[Clause, Related]], subject: str) -> EngineAnswer:
    """The reading says which rows were kept: those with no related row (or with one), over which key."""
    notes = []
    for clause, link in kept:
        on = link.path[-1].text()
        held = " AND ".join(f"{p[-1].dst if p else link.table}.{c} = {v}" for p, c, v in link.values)
        if ans.lang == "zh":
            has = "没有" if clause.negated else "有"
            notes.append(f"在 {link.table} 中{has}{f'（{held}）' if held else ''}关联记录（{on}）")
        else:
            has = "no related row" if clause.negated else "a related row"
            notes.append(f"{has} in {link.table}{f' where {held}' if held else ''} (on {on})")
    if ans.lang == "zh":
        note = f"，只含{'且'.join(notes)}的 {subject}"
    else:
        note = f", only {subject} with {' and '.join(notes)}"
    state = dict(ans.state or {})
    state["anti"] = {
        "subject": subject,
        "clauses": [
            {"others": sorted(c.others), "values": [list(v) for v in c.values], "negated": c.negated}
            for c, _link in kept
        ],
    }
    return replace(ans, sql=sql, interpretation=(ans.interpretation or "") + note, state=state)


def _norm(it: Item) -> str:
    return it.text.replace(" ", "").lower()
