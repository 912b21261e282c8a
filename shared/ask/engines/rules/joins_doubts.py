"""Doubts of a joined answer: what the view parse's confidence cannot see (a count not read, a name of
several, a head noun left out, units, fan-out, unmatchable values), weighed into the joined confidence."""

from __future__ import annotations

import re
from typing import Any

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.answer_doubts import answer_doubts
from shared.ask.engines.rules.average_counted import average_counted, average_said
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.joins_attach import unnamed_owner_doubt
from shared.ask.engines.rules.joins_confidence import (
    UNRESOLVED_DOUBT,
    amounts_unanswered,
    counted_as_rows,
    joined_confidence,
    predicate_unread,
)
from shared.ask.engines.rules.joins_grain import grain_doubt
from shared.ask.engines.rules.joins_graph import (
    Context,
    View,
)
from shared.ask.engines.rules.joins_mentions import (
    NAME_WORDS,
    STRONG,
    TABLE_WORD,
)
from shared.ask.engines.rules.joins_names import (
    kind_of_a_name,
    said_in_chinese,
    unsteered,
)
from shared.ask.engines.rules.joins_refine import (
    counts_things,
)
from shared.ask.engines.rules.joins_star import star_doubt
from shared.ask.engines.rules.joins_values import values_doubt
from shared.ask.engines.rules.joins_verbs import (
    verb_of_a_table,
)
from shared.ask.engines.rules.measures import additive_name, quantity_name
from shared.ask.engines.rules.parse_confidence import names_a_row, table_noun_heads
from shared.ask.engines.rules.parsecommon import (
    MODE_CONFLICT_DOUBT,
    UNKNOWN_NAME_DOUBT,
    UNKNOWN_SUBJECT_DOUBT,
)
from shared.ask.engines.rules.unique_filters import both_read_as_either, two_rows_at_once_joined
from shared.semantic.vocabulary.linking import Item
from shared.semantic.vocabulary.segment import CJK_RE, split_identifier


def joined_answer_confidence(
    items: list[Item],
    question: str,
    found: list[tuple[Item, set[str]]],
    parsed: EngineAnswer,
    refined: EngineAnswer,
    reshaped: bool,
    sql: str,
    used: set[str],
    counted: str | None,
    view: View,
    ctx: Context,
) -> float:
    """The view parse's confidence re-weighed for the join (joins_confidence), less what it misses."""
    reasons = list((parsed.state or {}).get("reasons") or [])
    # 每场胜利花费: "per" what is not understood; the groups answer nothing and a ratio is lost
    unread_per = "unused_keyword:group" in reasons and _group_of_unknown(items, parsed.unknown_words)
    if unread_per:
        reasons = [r for r in reasons if r != "unused_keyword:group"]
    reasons = amounts_unanswered(items, reasons, refined)
    placed = reasons.count("unused_column") - _columns_left_out(found, sql, used, view.sources)
    keys = bool(counted) and "COUNT(DISTINCT" in sql
    conf = joined_confidence(refined, reasons, reshaped, placed, keys)
    conf -= UNRESOLVED_DOUBT if unread_per else 0.0
    # 每个学生养了几只宠物: the group word's noun is a table the query joins
    if "structure_unknown" in reasons and _subjects_joined(found, used, parsed.unknown_words):
        conf += UNKNOWN_SUBJECT_DOUBT
    conf -= _misread_doubt(question, found, refined, view, ctx)
    conf -= unnamed_owner_doubt(refined, view, found)
    final = (refined.state or {}).get("intent") or {}
    conf -= _read_doubts(items, question, refined.unknown_words, final, view, sql, ctx)
    conf -= values_doubt(final, view.columns, ctx.index, ctx.rels)
    conf -= grain_doubt(question, items, reasons, final, view, ctx) + star_doubt(question, final, view, sql)
    conf -= _fan_out_doubt(sql, refined)
    conf -= _kinds_doubt(question, final, view)
    conf -= _units_doubt(items, refined, view)
    conf -= _unmatchable_doubt(refined, view, ctx)
    conf -= MODE_CONFLICT_DOUBT if _grain_lost(items, final, view) else 0.0
    doubts = (
        answer_doubts(
            question, Intent.from_dict(final), view.schema.table(str(final.get("table") or view.fact)), sql
        )
        if final
        else []
    )
    if "people_counted_as_rows" in doubts and _people_are_the_rows(items, view, used):
        doubts.remove("people_counted_as_rows")
    conf -= MODE_CONFLICT_DOUBT * len(doubts)
    conf -= max(head_not_understood(question, refined.unknown_words), head_left_out(question, items, sql))
    if "unknown_name" not in reasons:  # 波士顿红袜队: a row of a table the view does not join, named
        heads = table_noun_heads(ctx.index)
        conf -= UNKNOWN_NAME_DOUBT * sum(names_a_row(w, heads, question) for w in refined.unknown_words)
    return round(max(conf, 0.0), 2)


def _grain_lost(items: list[Item], final: dict[str, Any], view: View) -> bool:
    """per year / 每年 asked, and the answer has no period grouping (no grain, no year column grouped): with
    two year columns the view parse read neither, and what it grouped by instead is no answer to it."""
    grains = {
        it.value.grain for it in items if it.kind == "time" and getattr(it.value, "kind", "") == "grain"
    }
    if "year" not in grains or final.get("time_grain"):
        return False
    table = view.schema.table(view.fact)
    years = (
        {c.name for c in table.columns if re.search(r"year|年", c.name, re.IGNORECASE)} if table else set()
    )
    return not (set(final.get("dimensions") or []) & years)


def _people_are_the_rows(items: list[Item], view: View, used: set[str]) -> bool:
    """光纤用户里有多少人 over customers joined to their service: the question names the fact's own rows
    (its table word), and every table joined is one each row points at, so COUNT(*) counts those people
    once each (not the awards a person won several of)."""
    named = any(
        lk.kind == "table" and lk.table == view.fact and lk.score >= STRONG for it in items for lk in it.links
    )
    forward = all(not any(e.reverse for e in view.paths.get(t) or []) for t in used - {view.fact})
    return named and forward


def _read_doubts(
    items: list[Item],
    question: str,
    unknown: list[str],
    final: dict[str, Any],
    view: View,
    sql: str,
    ctx: Context,
) -> float:
    """A joined table's word not steering the view, a kind of a name, a predicate not understood, an
    average said and only rows counted: one doubt each."""
    found = (
        unsteered(items, view, sql, STRONG),
        kind_of_a_name(items, ctx.index, STRONG),
        predicate_unread(question, unknown, sql),
        average_counted(items, final),
        count_averaged(items, final, view, ctx),
    )
    return MODE_CONFLICT_DOUBT * sum(found)


def count_averaged(items: list[Item], final: dict[str, Any], view: View, ctx: Context) -> bool:
    """bikes rented最多的两个片区 over rentals per shop and year: groups of the join ranked by the average
    of a whole-number amount no word said averaged. "The most" bikes of a zone is their total; the mean
    of its rows is a guess (a price or a rate, fractional, is averaged and stays so)."""
    if average_said(items) or not final.get("limit") or not final.get("dimensions"):
        return False
    for m in final.get("measures") or []:
        table, column = view.columns.get(m.get("column") or "", ("", ""))
        info = ctx.index.column(table, column)
        if m.get("agg") == "avg" and info is not None and info.type == "integer":
            return True
    return False


def _kinds_doubt(question: str, final: dict[str, Any], view: View) -> float:
    """Rows that are two one-row-per-value names at once, or both A and B read as either (unique_filters)."""
    two = two_rows_at_once_joined(final, view.columns, view.sources)
    return MODE_CONFLICT_DOUBT * (two + both_read_as_either(question, final))


def _unmatchable_doubt(ans: EngineAnswer, view: View, ctx: Context) -> float:
    """A Chinese word searched for in a column whose values are all Latin (电子 in product names like
    "Laptop") matches nothing: the word meant something else (a category), not this column."""
    for f in ((ans.state or {}).get("intent") or {}).get("filters") or []:
        texts = [str(v) for v in f.get("values") or []]
        if f.get("op") not in ("like", "=") or not any(CJK_RE.search(t) for t in texts):
            continue
        table, column = view.columns.get(f.get("column"), ("", ""))
        info = ctx.index.column(table, column)
        values = [str(v) for v in (info.values if info else [])]
        if values and not any(CJK_RE.search(v) for v in values):
            return MODE_CONFLICT_DOUBT
    return 0.0


ZH_TAIL = re.compile(r"(是谁|是什么|是哪些|是哪个|有哪些|是多少|有多少|吗|呢)?[？?。.!！\s]*$")


def _group_of_unknown(items: list[Item], unknown: list[str]) -> bool:
    """A group word (每, per) right before a word not understood: what it groups or divides by is unread."""
    words = {w.replace(" ", "").lower() for w in unknown}
    return any(
        it.has("group")
        and nxt.kind == "word"
        and any(nxt.text.replace(" ", "").lower() in w for w in words if w)
        for it, nxt in zip(items, items[1:], strict=False)
    )


def head_not_understood(question: str, unknown: list[str]) -> float:
    """订单金额最高的区域的负责人是谁 / … what was her job?: the noun a question ends on is what it asks
    for; not understood, the answer is about something else."""
    head = ZH_TAIL.sub("", question.strip())
    if any(CJK_RE.search(w) and head.endswith(w) for w in unknown):
        return MODE_CONFLICT_DOUBT
    # … and what was her job?: the noun an English "what" question ends on, not understood
    last = re.search(r"\bwhat (?:was|is|were|are) (?:his|her|their|its|the) ([a-z]+)\W*$", question.lower())
    return MODE_CONFLICT_DOUBT if last and last.group(1) in {w.lower() for w in unknown} else 0.0


def head_left_out(question: str, items: list[Item], sql: str) -> float:
    """专家的名字和所实施的治疗的描述: the noun a Chinese question ends on names columns only weakly
    (描述 of two description columns) and the query reads none of them: what it asks for is left out."""
    head = ZH_TAIL.sub("", question.strip()).replace(" ", "")
    words = [it for it in items if it.text.replace(" ", "") and it.kind != "punct"]
    last = next((it for it in reversed(words) if not it.has("list")), None)
    if last is None or not CJK_RE.search(last.text) or last.tags:
        return 0.0
    if not head.endswith(last.text.replace(" ", "")):
        return 0.0
    columns = [lk for lk in last.links if lk.kind == "column" and lk.column]
    if not columns or any(lk.kind != "column" for lk in last.links):
        return 0.0
    if max(lk.score for lk in columns) >= STRONG:
        return 0.0
    return 0.0 if any(f'"{lk.column}"' in sql for lk in columns) else MODE_CONFLICT_DOUBT


def _units_doubt(items: list[Item], ans: EngineAnswer, view: View) -> float:
    """ "How many Laptops were sold", 买了多少台Laptop: a count of a joined table's value over facts that
    carry an additive amount (quantity) may mean the units, not the rows: ask which."""
    measures = ((ans.state or {}).get("intent") or {}).get("measures") or []
    if not measures or any(m.get("agg") != "count" or m.get("column") for m in measures):
        return 0.0
    if not any(t == view.fact and additive_name(c) and quantity_name(c) for t, c in view.columns.values()):
        return 0.0  # areas and prices add up too, but a count asks units only of a quantity held
    counted_values = [
        pos for pos, it in enumerate(items) if it.has("count", "howmuch") and _value_next(items, pos, view)
    ]
    return MODE_CONFLICT_DOUBT if counted_values else 0.0


def _value_next(items: list[Item], pos: int, view: View) -> bool:
    """A joined table's value right after the count word, before any word naming the rows counted (how
    many debt consolidation loans: the value qualifies the fact's rows, named right after it)."""
    for i, nxt in enumerate(items[pos + 1 : pos + 4], start=pos + 1):
        if any(lk.kind == "value" and lk.score >= STRONG and lk.table != view.fact for lk in nxt.links):
            after = items[i + 1].links if i + 1 < len(items) else []
            return not any(
                lk.kind == "table" and lk.table == view.fact and lk.score >= STRONG for lk in after
            )
        if any(lk.kind in ("table", "column") and lk.score >= TABLE_WORD for lk in nxt.links):
            return False  # "how many orders ...": the rows counted are named
    return False


def _fan_out_doubt(sql: str, ans: EngineAnswer) -> float:
    """A joined table's column summed over its distinct rows (fan-out safe) but grouped by yet another
    table ("cost of goods by region": each product once per region?) is no measure a person means: the
    rules do not answer it."""
    intent = (ans.state or {}).get("intent") or {}
    if "FROM (SELECT DISTINCT" in sql and intent.get("dimensions"):
        return MODE_CONFLICT_DOUBT
    return 0.0


def _misread_doubt(
    question: str, found: list[tuple[Item, set[str]]], ans: EngineAnswer, view: View, ctx: Context
) -> float:
    """Evidence a joined reading misses that the single-table parse cannot see: a number put on rows
    (两门课, only one country) with no count condition read; a bare name word answered by one of
    several name columns of a table (LName / Fname: which name?)."""
    intent = (ans.state or {}).get("intent") or {}
    doubt = MODE_CONFLICT_DOUBT if _count_not_read(question, found, intent, view) else 0.0
    listed = [*(intent.get("columns") or []), *(intent.get("dimensions") or [])]
    if any(it.text.replace(" ", "").lower() in NAME_WORDS for it, _t in found) and any(
        _one_of_several_names(ctx, view, c, question) for c in listed
    ):
        doubt += MODE_CONFLICT_DOUBT
    return doubt


def _count_not_read(
    question: str, found: list[tuple[Item, set[str]]], intent: dict[str, Any], view: View
) -> bool:
    """A number put on a table's rows, with no count condition read, or one counted per those rows."""
    counted = counts_things(question, found)
    if not counted:
        return False
    numbered = (
        intent.get("having")
        or intent.get("limit")
        or any(f.get("source") == "number" for f in intent.get("filters") or [])
    )
    if not numbered:
        return True
    keys = {(e.src, k) for path in view.paths.values() for e in path for k in e.src_cols}
    dims = [view.columns[c] for c in intent.get("dimensions") or [] if c in view.columns]
    grouped_by = {t for t, c in dims if (t, c) not in keys}
    return bool(intent.get("having")) and bool(counted & grouped_by)


def _one_of_several_names(ctx: Context, view: View, column: str, question: str) -> bool:
    """The column is one of its table's name columns, and the question does not say which (first name)."""
    table_name, physical = view.columns.get(column, ("", ""))
    table = ctx.schema.table(table_name)
    if table is None or not physical.lower().endswith(("name", "名", "名字")):
        return False
    if physical.lower() in NAME_WORDS:
        return False  # the column called just "name" is the name (LocalName beside it is another one)
    words = split_identifier(physical)
    if len(words) > 1 and all(re.search(rf"\b{re.escape(w)}", question.lower()) for w in words):
        return False
    if said_in_chinese(words, question):
        return False
    names = [c for c in table.columns if c.type == "text" and c.name.lower().endswith(("name", "名", "名字"))]
    return len(names) > 1


def _subjects_joined(found: list[tuple[Item, set[str]]], used: set[str], unknown: list[str]) -> bool:
    """Every word the view's parse did not understand opens with a word naming a table the joined query
    reads (学生养 over student): the parse of the view lacked the table's name, the join supplied it."""
    names = [
        it.text.replace(" ", "")
        for it, _tables in found
        if any(lk.kind == "table" and lk.score >= STRONG and lk.table in used for lk in it.links)
    ]
    return bool(unknown) and all(any(w.replace(" ", "").startswith(n) for n in names if n) for w in unknown)


def _columns_left_out(
    found: list[tuple[Item, set[str]]], sql: str, used: set[str], tables: dict[str, Any]
) -> int:
    """Words naming a column that the final (refined, joined) query neither reads nor joins the table of:
    the parser's unused-column doubts, counted again after the join layer placed what it could."""
    n = 0
    previous: Item | None = None
    for it, _tables in found:
        columns = [lk for lk in it.links if lk.kind in ("column", "value") and lk.score >= STRONG]
        before, previous = previous, it
        if not columns or it.tags or _names_the_name_read(before, it, sql):
            continue
        named = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= STRONG}
        if any(f'"{lk.column}"' in sql for lk in columns) or named & used or verb_of_a_table(it.text, used):
            continue
        if any(counted_as_rows(tables.get(lk.table), str(lk.column), sql) for lk in columns):
            continue
        n += 1
    return n


def _names_the_name_read(before: Item | None, it: Item, sql: str) -> bool:
    """品种名称叫什么 ("what is the breed name called"): a word naming only name columns right after a name
    column the query reads asks for that name again."""
    if before is None or before.end != it.start:
        return False
    read = [lk for lk in before.links if lk.kind == "column" and f'"{lk.column}"' in sql]
    names = [lk for lk in it.links if lk.kind == "column"]
    return (
        bool(read)
        and all(_name_column(lk.column) for lk in read)
        and bool(names)
        and all(_name_column(lk.column) for lk in names)
    )


def _name_column(column: str | None) -> bool:
    return str(column).lower().endswith(("name", "名", "名字", "名称"))
