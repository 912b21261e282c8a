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
from collections.abc import Callable
from dataclasses import dataclass, replace

from shared.ask.engines.base import EngineAnswer, EngineRequest
from shared.ask.engines.rules.coordinated_reads import coordinated_group_and_filter
from shared.ask.engines.rules.countshown import count_unanswered
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.joins_anti import anti_join, negation_unread
from shared.ask.engines.rules.joins_attach import attached_to_nearest_noun
from shared.ask.engines.rules.joins_bridge import (
    any_or_all_doubt,
    bridge_note,
    bridged,
    share_base_doubt,
)
from shared.ask.engines.rules.joins_clarify import clarify_plan, clarify_unused, values_offered
from shared.ask.engines.rules.joins_confidence import (
    CLARIFY_BELOW,
    one_table_confidence,
)
from shared.ask.engines.rules.joins_direction import directed
from shared.ask.engines.rules.joins_doubts import head_left_out, joined_answer_confidence
from shared.ask.engines.rules.joins_factcount import fact_counted
from shared.ask.engines.rules.joins_facts import two_facts
from shared.ask.engines.rules.joins_graph import (
    Context,
    Edge,
    View,
    context_for,
    known_by_number,
    label_column,
    narrowed,
    view_for,
)
from shared.ask.engines.rules.joins_mentions import (
    GENERIC,
    KEEP,
    NAME_WORDS,
    STRONG,
    count_target,
    glossed_column_table,
    grouped_tables,
    items_of,
    key_words_dropped,
    key_words_read,
    mentions,
    per_person_tables,
    picked_tables,
    reads_all,
)
from shared.ask.engines.rules.joins_names import (
    codes_for_unnamed,
    entity_label,
    key_shown_for_label,
    labels_for_keys,
    labels_for_own_keys,
    owned_column_links,
    steered,
)
from shared.ask.engines.rules.joins_plan import Plan, plan, replanned
from shared.ask.engines.rules.joins_refine import (
    counts_summed_on_view,
    counts_things,
    keyed_by_entity,
    ranked_things,
    rebuilt,
    refine,
)
from shared.ask.engines.rules.joins_sql import name_distinct_count, rewrite
from shared.ask.engines.rules.joins_star import (
    period_after_a_noun,
    period_of_a_joined_noun,
    year_tables,
)
from shared.ask.engines.rules.joins_verbs import (
    relation_units,
    rows_standing_for,
    table_word_verb,
)
from shared.ask.engines.rules.parsecommon import (
    MODE_CONFLICT_DOUBT,
    opens_as_followup,
)
from shared.ask.engines.rules.rankedunread import ranked_unread
from shared.ask.engines.rules.sqlshape_doubts import listed_ungrouped
from shared.ask.engines.rules.subject import (
    amount_links,
    read_subject,
    star_fact,
    subject_spans,
    subject_words,
)
from shared.ask.engines.rules.tallydistinct import distinct_tally
from shared.ask.engines.rules.which_shown import which_unshown
from shared.semantic.vocabulary.linking import Item

__all__ = ["answer", "context_for", "count_target", "items_of", "mentions", "plan", "rewrite", "view_for"]


Answer = Callable[[EngineRequest], EngineAnswer]


@dataclass
class Asked:
    """What a question names, read once: its items, the mentions, the counted table and the view's tables."""

    items: list[Item]
    found: list[tuple[Item, set[str]]]
    pinned: set[int]
    keep: set[str]
    prefer: str | None
    grouped: frozenset[str] = frozenset()  # tables named after a group word (by region)
    named: frozenset[str] = frozenset()  # other tables named by their word (which region ...)
    people: frozenset[str] = frozenset()  # tables after "each" (每位球员): totals per row, by name


def _asked(request: EngineRequest, ctx: Context) -> Asked:
    state = request.state or {}
    prev_fact = (state.get("join") or {}).get("fact") or state.get("table")
    items = key_words_dropped(_subject_read(request, ctx, items_of(request.question, ctx.index)), ctx.rels)
    found = _without_verbs(items, mentions(items, request.schema))
    target = count_target(request.question, found)
    keep = {t for _it, tables in found for t in tables} | {
        lk.table
        for it in items
        for lk in it.links
        if lk.kind in ("column", "value")
        and lk.score >= KEEP
        and it.text.replace(" ", "").lower() not in GENERIC
    }
    keep |= {t for t, _c in owned_column_links(items, lambda o, t: _steps(ctx, o, t), STRONG).values()}
    # the rows a count counts are the fact ("the student with the most likes" counts Likes per student)
    prefer = (
        prev_fact if prev_fact in ctx.reach else target[1] if target else _numbered(request.question, found)
    )
    pinned = {id(target[0])} if target else set()
    return Asked(
        items, found, pinned, keep, prefer, *grouped_tables(items, pinned), per_person_tables(items, pinned)
    )


def _subject_read(request: EngineRequest, ctx: Context, items: list[Item]) -> list[Item]:
    """The data's subject word over a star schema names the fact (how many occupants), as in the parser."""
    fact = star_fact(request.schema, request.semantic)
    if fact is None:
        return items
    tables = tuple(t.name for t in request.schema.tables)
    said = subject_words(request.datasource, tables)
    spans = subject_spans(items, said)
    return read_subject(items, spans, amount_links(ctx.index), fact, said.modifiers)[0] if spans else items


def _without_verbs(items: list[Item], found: list[tuple[Item, set[str]]]) -> list[tuple[Item, set[str]]]:
    """指挥过: a table's word used as the verb (conducted) names no table."""
    verbs = {id(it) for pos, it in enumerate(items) if table_word_verb(items, pos)}
    return [(it, tables) for it, tables in found if id(it) not in verbs]


def _numbered(question: str, found: list[tuple[Item, set[str]]]) -> str | None:
    """指挥过超过一支管弦乐队 / 指挥过最多的管弦乐队: the one table a number or superlative is put on."""
    numbered = counts_things(question, found) or ranked_things(question, found)
    return next(iter(numbered)) if len(numbered) == 1 else None


def _steps(ctx: Context, owner: str, table: str) -> int | None:
    """Relationship steps from `owner` to `table` over its many-to-one closure (0: itself)."""
    if owner == table:
        return 0
    paths = ctx.reach.get(owner, ({}, {}))[0]
    return len(paths[table]) if table in paths else None


def answer(request: EngineRequest, single: Answer) -> EngineAnswer:
    """Answer over one table when one table holds the question's words, else over a planned join."""
    ctx = context_for(request.schema, request.semantic)
    if ctx is None or not ctx.rels and len(request.schema.tables) < 2:
        return single(request)
    anti = anti_join(request, ctx, lambda r: answer(r, single))  # customers who never ordered
    if anti is not None:
        return anti
    ans = _planned(request, single, ctx)
    return _not_sure(ans) if ans.status == "ok" and negation_unread(request, ctx, ans.sql) else ans


def _planned(request: EngineRequest, single: Answer, ctx: Context) -> EngineAnswer:
    q = _asked(request, ctx)
    if ((request.state or {}).get("join") or {}).get("bridge"):  # a follow-up stays on the bridge's join
        ctx = bridged(ctx) or ctx
    ctx = directed(narrowed(ctx, q.items, STRONG), q.items, STRONG)  # origin / dest: which of two paths
    p = plan(ctx, q.found, prefer=q.prefer, pinned=q.pinned)
    if p.problem and q.pinned:  # the counted table cannot be joined cleanly: read it over one table
        unpinned = plan(ctx, q.found, prefer=q.prefer)
        if not unpinned.needed:
            p, q.pinned = unpinned, set()
    p, q.found = replanned(ctx, p, q.found, q.prefer, q.pinned)  # seasons; series of 季 over 收视
    if not p.needed:
        return _one_table(single, request, ctx, q)
    if p.problem is not None or p.fact is None:  # hits and salary of each player: each fact on its own
        through = _through_bridge(single, request, ctx, q, p)
        if through is not None:
            return through
        return two_facts(request, ctx, lambda r: answer(r, single)) or clarify_plan(p, request)
    return _joined(single, request, ctx, p.fact, q)


def _through_bridge(
    single: Answer, request: EngineRequest, ctx: Context, q: Asked, p: Plan
) -> EngineAnswer | None:
    """No fact reaches every word over many-to-one steps: the plan again with the bridges walkable (the
    ratings of a genre through movie-genre links). Two paths ask which; None when no bridge helps."""
    wide = bridged(ctx) if p.problem == "no_path" else None
    if wide is None:
        return None
    again = plan(wide, q.found, prefer=q.prefer, pinned=q.pinned)
    if again.problem == "ambiguous":
        return clarify_plan(again, request)
    if again.fact is None:
        return None
    ans = _joined(single, request, wide, again.fact, q)
    return ans if ans.status == "ok" or ans.sql else None


def _one_table(single: Answer, request: EngineRequest, ctx: Context, q: Asked) -> EngineAnswer:
    """One table could read every word: a follow-up over a join stays joined, else the ordinary engine,
    unless the table it chose leaves a named table out."""
    followed = _followup_join(single, request, ctx, q)
    if followed is not None:
        return followed
    ans = single(request)
    chosen = (ans.state or {}).get("table")
    through = _grouped_through_bridge(single, request, ctx, q, q.prefer or chosen)
    if through is not None:
        return through
    if _join_instead(ans, q):
        return _joined_instead(single, request, ctx, q, ans)
    if ans.status != "ok" or not chosen:
        return ans
    counted = fact_counted(request.schema, request.semantic, ctx, ans, chosen, q.items)
    if counted is not None:  # a count of a star dimension's rows that means the fact's (joins_factcount)
        return _joined(single, request, ctx, counted, q)
    ans = _other_tables_doubt(request, ctx, q, ans, chosen)
    if ans.confidence < _bar(request):
        return _not_sure(ans)
    if chosen in ctx.reach and _owned_left_out(ctx, chosen, q, ans.sql or ""):
        return _owned_joined(single, request, ctx, q, ans, chosen)
    labelled = _by_label(single, request, ctx, q, ans, chosen)
    if labelled is not None:
        return labelled
    intent = (ans.state or {}).get("intent") or {}
    if chosen in ctx.reach and codes_for_unnamed(
        intent, ctx.schema, ctx.reach[chosen][0], q.named | q.grouped, request.question
    ):
        return _not_sure(ans)  # 哪些物种 answered by the species codes: which words name a species is unsure
    if reads_all(chosen, q.found, q.pinned):
        return ans
    # One table could read every word, but the one the engine chose leaves a named table out.
    return _joined_instead(single, request, ctx, q, ans)


def _grouped_through_bridge(
    single: Answer, request: EngineRequest, ctx: Context, q: Asked, fact: str | None
) -> EngineAnswer | None:
    """每个类别有多少件商品 over the items: a table grouped or named that the counted table reaches only
    through a bridge (items <- item_categories -> categories) is joined over it; None otherwise."""
    if fact is None or fact not in ctx.reach:
        return None
    wanted = q.grouped | {t for _it, tables in q.found for t in tables}
    unreached = {t for t in wanted - {fact} if t not in ctx.reach[fact][0]}
    wide = bridged(ctx) if unreached else None
    if wide is None or not unreached <= set(wide.reach[fact][0]) or unreached & set(wide.reach[fact][1]):
        return None
    ans = _joined(single, request, wide, fact, replace(q, keep=q.keep | unreached))
    return ans if ans.status == "ok" else None


def _by_label(
    single: Answer, request: EngineRequest, ctx: Context, q: Asked, ans: EngineAnswer, chosen: str
) -> EngineAnswer | None:
    """The one-table answer re-read over the join when an entity it groups or picks by is named there by
    its label column; None when no such entity is asked for."""
    named = key_shown_for_label(
        ans, ctx, chosen, request.question, frozenset(t for _i, f in q.found for t in f)
    )
    if chosen in ctx.reach and _labelled_elsewhere(ctx, chosen, q.grouped, q.people):
        # "customers in each region": the region's name, over the key the customers hold
        joined = _joined(single, request, ctx, chosen, q)
        if joined.status == "ok" or named is None:
            return joined if joined.status == "ok" else ans
        return joined if joined.sql else _not_sure(ans)  # the codes shown are no answer either
    if named is None:
        return None
    # 各球队的薪资总额 over the salaries: the teams' names, not the team codes the salaries hold
    wider = replace(q, grouped=q.grouped | {named}, keep=q.keep | {named})
    joined = _joined(single, request, ctx, chosen, wider)
    return joined if joined.status == "ok" or joined.sql else _not_sure(ans)


def _other_tables_doubt(
    request: EngineRequest, ctx: Context, q: Asked, ans: EngineAnswer, chosen: str
) -> EngineAnswer:
    """Another table named beside the one answered from: maybe rows without related rows, or the final noun
    (another table's column) unread (每个治疗的费用和治疗类型描述); the rows counted may be other rows."""
    conf = ans.confidence
    others = {lk.table for it, _t in q.found for lk in it.links if lk.kind == "table" and lk.score >= STRONG}
    if ctx.rels and others - {chosen}:
        conf = one_table_confidence(ans)
        if head_left_out(request.question, q.items, ans.sql or ""):
            conf -= MODE_CONFLICT_DOUBT
    if chosen not in others and _counts_referenced_rows(ans, ctx, chosen):
        conf -= MODE_CONFLICT_DOUBT
    elif _subject_counted_elsewhere(ans, ctx, chosen):
        conf -= MODE_CONFLICT_DOUBT  # how many occupants … → the injury levels counted
    named = {t for _it, tables in q.found for t in tables} - {chosen}
    years = year_tables(ctx.index, named, ans.sql or "")
    if period_after_a_noun(q.items, q.found, ans.unknown_words, years, chosen):
        conf -= MODE_CONFLICT_DOUBT  # movies from 2010 answered on the ratings' dates
    return ans if conf == ans.confidence else replace(ans, confidence=round(max(conf, 0.0), 2))


def _counts_referenced_rows(ans: EngineAnswer, ctx: Context, chosen: str) -> bool:
    """各类群的捕获数量 / how many birds were caught, answered by counting the species: a row count of a table
    the question does not name, which other tables' rows point to, beside a word not understood (捕获,
    caught), may be asking for those rows (the captures, the orders) instead."""
    intent = (ans.state or {}).get("intent") or {}
    counts = [m for m in intent.get("measures") or [] if m.get("agg") == "count" and not m.get("column")]
    referenced = any(r.to_table == chosen and r.from_table != chosen for r in ctx.rels)
    return bool(counts) and referenced and bool(ans.unknown_words)


def _subject_counted_elsewhere(ans: EngineAnswer, ctx: Context, chosen: str) -> bool:
    """How many occupants have the injury level 'killed' over crash_occupants: the count word counts the
    data's own subject (a word read as the rows themselves, `engine._counted`), the answer counts the
    rows of a table the others point to (the injury levels): the subject's rows were not what it
    counted, whatever word named the chosen table."""
    if "subject_counted" not in ((ans.state or {}).get("reasons") or []):
        return False
    intent = (ans.state or {}).get("intent") or {}
    counts = [m for m in intent.get("measures") or [] if m.get("agg") == "count" and not m.get("column")]
    return bool(counts) and any(r.to_table == chosen and r.from_table != chosen for r in ctx.rels)


def _owned_joined(
    single: Answer, request: EngineRequest, ctx: Context, q: Asked, ans: EngineAnswer, chosen: str
) -> EngineAnswer:
    """每个有宠物的学生的ID: the students' id, which the pets' rows hold as their key to the students, over
    the join; unread there too, the one-table reading is only shown."""
    joined = _joined(single, request, ctx, chosen, q)
    if joined.status == "ok" and not _owned_left_out(ctx, chosen, q, joined.sql or ""):
        return joined
    return _not_sure(replace(ans, confidence=CLARIFY_BELOW - 0.05))


def _owned_left_out(ctx: Context, chosen: str, q: Asked, sql: str) -> bool:
    """A column word owned by another table (学生的ID: the student's id) that the one-table query reads
    neither as that column nor as the chosen table's key to it."""
    owned = owned_column_links(q.items, lambda o, t: _steps(ctx, o, t), STRONG)
    for table, column in owned.values():
        if table == chosen:
            continue
        keys = {
            src
            for e in ctx.reach[chosen][0].get(table, [])[-1:]
            if e.dst == table
            for src, dst in zip(e.src_cols, e.dst_cols, strict=True)
            if dst == column
        }
        if f'"{column}"' not in sql and not any(f'"{k}"' in sql for k in keys):
            return True
    return False


def _join_instead(ans: EngineAnswer, q: Asked) -> bool:
    """ "Top 5 customers by order amount" not sure over one table (the customers' names over the join), or
    a one-table reading with no SQL at all for a question naming several things ("conductors that have
    conducted more than one orchestra"): the join is tried instead."""
    return ans.status == "clarify" and (bool(q.grouped) or not ans.sql and len(q.found) > 1)


def _joined_instead(
    single: Answer, request: EngineRequest, ctx: Context, q: Asked, ans: EngineAnswer
) -> EngineAnswer:
    p = plan(ctx, q.found, pinned=q.pinned, strict=True)
    if p.fact is None:
        return ans
    joined = _joined(single, request, ctx, p.fact, q)
    return joined if joined.status == "ok" else ans


def _bar(request: EngineRequest) -> float:
    return float(request.options.get("clarify_below", CLARIFY_BELOW))


def _followup_join(single: Answer, request: EngineRequest, ctx: Context, q: Asked) -> EngineAnswer | None:
    """A follow-up to a joined answer stays on its join; "只看VIP客户呢？" after a question about the
    orders narrows the orders over the join."""
    state = request.state or {}
    if (state.get("join") or {}).get("fact") in ctx.reach:
        return _joined(single, request, ctx, state["join"]["fact"], q)
    prev = state.get("table")
    followup = any(it.has("followup") for it in q.items)
    if prev in ctx.reach and followup and not reads_all(prev, q.found, q.pinned):
        again = plan(ctx, q.found, prefer=prev, pinned=q.pinned, strict=True)
        if again.fact == prev:
            return _joined(single, request, ctx, prev, q)
    return None


def _joined(single: Answer, request: EngineRequest, ctx: Context, fact: str, q: Asked) -> EngineAnswer:
    before = (request.state or {}).get("join", {}).get("tables") or []
    # a table named by its word is its label column when grouped by, or when the fact holds no key of it
    paths = ctx.reach[fact][0]
    labelled = q.grouped | {t for t in q.named if len(paths.get(t) or []) >= 2}
    view = view_for(ctx, fact, frozenset(q.keep | set(before)), labelled, q.people)
    view = steered(view, q.found, NAME_WORDS, q.items, STRONG)  # 主人的名字: the owners' name, not the dogs'
    ans = _on_view(single, request, view, relation_units(q.items, q.found, set(view.paths), request.question))
    if ans.status != "ok" or not ans.sql:
        return ans
    ans = _shown_by_labels(ans, view, frozenset(labelled), q, request.question)
    counted = _counted(request.question, q.found, view)
    listing = any(it.has("list") for it in q.items)
    refined = refine(ans, view, request.question, q.found, counted, listing)
    reshaped = refined is not ans
    keyed = keyed_by_entity(attached_to_nearest_noun(refined, view, q.found, rebuilt), view, request.question)
    refined = counts_summed_on_view(keyed, view, request.question, counted)
    reshaped = reshaped or refined is not keyed  # rows counted or listed became sums of the held counts
    try:
        sql, joined = rewrite(refined.sql or "", view, ctx.schema.dialect, counted)
    except ValueError:  # SQL over the view that cannot be put over the tables: never guess
        return clarify_plan(Plan(needed=True, problem="no_path", tables=sorted(view.paths)), request)
    if _kept_rows_without(q.items, sql):  # among occupants with a recorded injury level: only those rows
        sql = sql.replace(" LEFT JOIN ", " JOIN ")
    used = {view.fact} | {e.dst for e in joined} | ({counted} if counted else set())
    conf = joined_answer_confidence(
        q.items, request.question, q.found, ans, refined, reshaped, sql, used, counted, view, ctx
    )
    conf -= _lost_followup(request, q, refined) + _followup_changed_nothing(request, q, refined)
    conf -= _joined_sql_doubts(request.question, q, ans.unknown_words, sql, view, ctx)
    stood_for = rows_standing_for(request.question, q.found, refined, view)
    named = key_words_read(q.found, ctx.rels, view.fact, sql)  # series: the fact's 季号 read
    left_out = _left_out(named, view, used | stood_for) + _picked_left_out(q, view, used, refined)
    if left_out:
        return clarify_unused(request, left_out, sorted(used))
    ans = _explained(replace(refined, confidence=conf), sql, view, joined, counted, ctx)
    offered = values_offered(ans.unknown_words, ctx.index, used, ans.lang)  # late ~ 'Late (16-30 days)'
    return _not_sure(ans, offered) if ans.confidence < _bar(request) else ans


def _shown_by_labels(
    ans: EngineAnswer, view: View, labelled: frozenset[str], q: Asked, question: str
) -> EngineAnswer:
    """Joined tables shown by their label columns, not by the keys the fact holds (各球队: the teams'
    names) nor by their own keys (哪些国家: the countries' names)."""
    raw = (ans.state or {}).get("intent")
    if raw and labels_for_keys(shown := Intent.from_dict(raw), view, labelled, question):
        ans = rebuilt(ans, shown, view)
    raw = (ans.state or {}).get("intent")
    said = frozenset(
        lk.table for it in q.items for lk in it.links if lk.kind == "table" and lk.score >= STRONG
    ) | _tied_tables(q.items)
    if raw and labels_for_own_keys(shown := Intent.from_dict(raw), view, said, question):
        ans = rebuilt(ans, shown, view)
    return ans


def _tied_tables(items: list[Item]) -> frozenset[str]:
    """Tables a word names through two of their columns alike (机构 for 民调机构's 机构编号 and 机构名称):
    the word names the table's rows, as its own noun would."""
    out: set[str] = set()
    for it in items:
        scores: dict[str, list[float]] = {}
        for lk in it.links:
            if lk.kind == "column":
                scores.setdefault(lk.table, []).append(lk.score)
        out |= {t for t, s in scores.items() if len(s) >= 2 and sorted(s)[-1] - sorted(s)[-2] < 1e-9}
    return frozenset(out)


def _joined_sql_doubts(
    question: str, q: Asked, unknown: list[str], sql: str, view: View, ctx: Context
) -> float:
    """Doubts of the joined SQL itself: the owner's key unread (学生的ID), both A and B read as either, a
    share's base through a bridge, a period said of a joined noun."""
    found = (
        _owned_left_out(ctx, view.fact, q, sql),
        any_or_all_doubt(sql, question),
        share_base_doubt(sql, ctx.schema.dialect),
        period_of_a_joined_noun(q.items, q.found, unknown, view, ctx.index, sql),
        listed_ungrouped(sql),  # the movies listed, grouped by their release year
        which_unshown(q.items, sql),  # 哪户农户、哪一季 answered by the season alone
        distinct_tally(sql),  # how many different farms → COUNT(DISTINCT farm_count)
        ranked_unread(q.items, sql),  # the most rice, ranked by a row count
        count_unanswered(q.items, sql),  # 各村的农户数 answered by the villages alone
        coordinated_group_and_filter(q.items, sql),  # 工作日和周末: weekday grouped, is_weekend = 'Yes'
    )
    return sum(MODE_CONFLICT_DOUBT for hit in found if hit)


HAVING_WORDS = frozenset(("有", "with", "having"))  # 有伤情记录的乘员 / with a recorded injury level


def _kept_rows_without(items: list[Item], sql: str) -> bool:
    """在有伤情记录的乘员中 / among occupants with a recorded injury level: the question keeps only rows that
    have the joined table's row, which a share's LEFT JOIN would keep in its base: the join is inner."""
    if " LEFT JOIN " not in sql:
        return False
    for pos, it in enumerate(items):
        if not any(lk.kind in ("table", "column") and f'LEFT JOIN "{lk.table}"' in sql for lk in it.links):
            continue
        before = [x.text.lower() for x in items[max(0, pos - 3) : pos] if x.kind in ("word", "match")]
        if before and before[-1] in HAVING_WORDS or "with" in before:
            return True
    return False


def _explained(
    ans: EngineAnswer, sql: str, view: View, joined: list[Edge], counted: str | None, ctx: Context
) -> EngineAnswer:
    """The joined SQL, its interpretation naming the tables and keys, and the join in the state."""
    if counted and "COUNT(DISTINCT" in sql:
        sql = _count_named(ans, sql, counted, ctx.schema.dialect)
    ans.sql = sql
    if joined:
        ans.interpretation = _interpretation(ans.interpretation or "", view, joined, ans.lang)
        ans.interpretation += bridge_note(sql, joined, view, ans.lang)
    ans.state = dict(ans.state or {})
    ans.state["join"] = {"fact": view.fact, "tables": [e.dst for e in joined]}
    if any(e.bridge for e in joined):
        ans.state["join"]["bridge"] = True
    return ans


def _lost_followup(request: EngineRequest, q: Asked, ans: EngineAnswer) -> float:
    """ "去掉已取消的订单" / "excluding cancelled orders" after a joined total: a follow-up whose reading no
    longer has the previous question's measure answered another question."""
    before = ((request.state or {}).get("intent") or {}).get("measures")
    now = ((ans.state or {}).get("intent") or {}).get("measures")
    following = any(it.has("followup") for it in q.items) or bool(q.items and q.items[0].has("neg"))
    return MODE_CONFLICT_DOUBT if before and not now and following else 0.0


def _counted(question: str, found: list[tuple[Item, set[str]]], view: View) -> str | None:
    """The joined table a count counts ("how many customers"), counted by its distinct keys over the fact's
    rows: only along many-to-one steps."""
    target = count_target(question, found)
    forward = {t for t, path in view.paths.items() if not any(e.reverse for e in path)}
    return target[1] if target and target[1] != view.fact and target[1] in forward else None


def _followup_changed_nothing(request: EngineRequest, q: Asked, ans: EngineAnswer) -> float:
    """只看国家联盟的呢？ read as the previous answer unchanged: the follow-up's edit was not understood."""
    before = (request.state or {}).get("intent")
    now = (ans.state or {}).get("intent")
    following = any(it.has("followup") for it in q.items) or opens_as_followup(request.question)
    return MODE_CONFLICT_DOUBT if before and following and before == now else 0.0


def _not_sure(ans: EngineAnswer, offered: str = "") -> EngineAnswer:
    """Below the bar: ask back with the tentative reading (SQL and interpretation) to confirm."""
    zh = ans.lang == "zh"
    words = ("、" if zh else ", ").join((f"“{w}”" if zh else f"'{w}'") for w in ans.unknown_words)
    message = "" if not words else f"没理解{words}。" if zh else f"I did not understand {words}. "
    message += (
        f"不确定这样理解是否正确：{ans.interpretation}。请确认，或换一种说法。"
        if zh
        else f"I am not sure I read the question right: {ans.interpretation}. Confirm, or rephrase."
    ) + offered
    return EngineAnswer(
        status="clarify",
        engine="rules",
        lang=ans.lang,
        message=message,
        sql=ans.sql,
        interpretation=ans.interpretation,
        confidence=round(min(ans.confidence, CLARIFY_BELOW), 2),
        unknown_words=ans.unknown_words,
    )


def _on_view(single: Answer, request: EngineRequest, view: View, relation: set[int]) -> EngineAnswer:
    """The ordinary engine's answer over the joined view, without the relation verbs (`relation`: their
    unit positions), which the join answers."""
    state = request.state
    if state and not (state.get("join") or {}).get("fact") and state.get("table") != view.fact:
        state = None  # the previous turn was about another table: its intent does not fit this view
    # The view's reading is checked below (every named column and value used), so the single-table
    # confidence bar, which knows nothing of the join, does not ask back first.
    sub = replace(
        request,
        schema=view.schema,
        semantic=view.semantic,
        state=state,
        options={
            **request.options,
            "clarify_below": 0.0,
            "relation_units": sorted(relation),
            "joined_columns": sorted(n for n, (t, _c) in view.columns.items() if t != view.fact),
            "star_fact": star_fact(request.schema, request.semantic),  # the subject's rows (subject.py)
        },
    )
    return single(sub)


def _labelled_elsewhere(ctx: Context, chosen: str, grouped: frozenset[str], people: frozenset[str]) -> bool:
    """A table named as groups (by region) other than the one answered from, reachable from it and
    named by a label column: one table holds only its key."""
    paths, ambiguous = ctx.reach[chosen]
    for t in grouped - {chosen}:
        table = ctx.schema.table(t)
        label = None if table is None else label_column(table) or t in people and entity_label(table)
        numbered = table is not None and known_by_number(table, paths.get(t) or [])  # 每一季: by 季号
        if t in paths and t not in ambiguous and (label or numbered):
            return True
    return False


def _count_named(ans: EngineAnswer, sql: str, counted: str, dialect: str) -> str:
    """A count of distinct keys of a joined table is named after that table, in the SQL and the reading."""
    sql = name_distinct_count(ans, sql, counted, dialect)
    ans.interpretation = (ans.interpretation or "").replace("记录数", f"不同 {counted} 的数量")
    ans.interpretation = ans.interpretation.replace("number of rows", f"number of distinct {counted}")
    return sql


def _left_out(found: list[tuple[Item, set[str]]], view: View, used: set[str]) -> list[str]:
    """Words whose tables the query does not read. A table named by a table word is there when the fact's
    rows point at it (visits -> museums); a column or value the question names must be in the query."""
    forward = {t for t, path in view.paths.items() if not any(e.reverse for e in path)}
    return [
        it.text.replace(" ", "")
        for it, tables in found
        if tables
        and not it.tags
        # "show" / "share" (a verb, or a typo's guess) is no table the answer needs; a Chinese word whose
        # glosses name one table's column is (客房收入 -> room_revenue)
        and (not it.fuzzy or bool(glossed_column_table(it)))
        and not tables & used
        and (_names_a_column(it, tables) or not tables & forward)
    ]


def _picked_left_out(q: Asked, view: View, used: set[str], ans: EngineAnswer) -> list[str]:
    """A table asked for by "which" ("which airlines averaged ...", 哪些客户) that the query neither reads
    nor groups by the fact's key to: the answer is about the fact's rows, not the things asked for."""
    dims = {
        view.columns.get(c, ("", ""))[1]
        for c in ((ans.state or {}).get("intent") or {}).get("dimensions") or []
    }
    keyed = {
        e.dst for path in view.paths.values() for e in path if e.src == view.fact and set(e.src_cols) & dims
    }
    missing = (picked_tables(q.items, q.pinned) & set(view.paths)) - used - keyed - {view.fact}
    return [it.text.replace(" ", "") for it, tables in q.found if tables & missing and not it.tags]


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
