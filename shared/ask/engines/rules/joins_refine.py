"""Readings a joined view makes plain, which one table could not show (per-entity counts, names)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.charthint import chart_hint
from shared.ask.engines.rules.counts_held import counts_summed
from shared.ask.engines.rules.intent import Having, Intent, Measure
from shared.ask.engines.rules.interpret import interpretation
from shared.ask.engines.rules.joins_graph import View
from shared.ask.engines.rules.joins_mentions import (
    NAME_WORDS,
    STRONG,
    TABLE_WORD,
    ZH_CLASSIFIER,
    count_target,
)
from shared.ask.engines.rules.joins_names import full_name
from shared.ask.engines.rules.measures import additive_name, aggregation_said
from shared.ask.engines.rules.parsecommon import said_pattern
from shared.ask.engines.rules.sqlbuild import UnsupportedIntent, build_sql
from shared.semantic.vocabulary.lexicon import KEYWORDS
from shared.semantic.vocabulary.linking import Item, column_info, zh_name_column
from shared.semantic.vocabulary.segment import CJK_RE, compiled, split_identifier

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


ZH_COUNT_NOUN = r"(数量|人数|个数|次数|数)"  # 最多人数朋友: the most friends
ZH_NUMBER = r"(\d+|[一两二三四五六七八九十])(?![\d.万亿千百])"  # 30万 is no count of 30


SUPERLATIVE_RE = re.compile(r"最|\b(most|least|fewest|top|highest|lowest|largest|smallest)\b")
COUNT_RE = re.compile(r"how many|number of|count|多少|几[个只位名条本件次门所家辆台]|数量")


PREPOSITIONS = r"(on|in|for|at|to|by|with|from|of)"


# 每家航空公司 / 各航空公司: 每 before an entity classifier, or 各 (not 各种 / 各类: kinds, by type)
EACH_RE = re.compile(
    r"\b(each|every|per|for each)\b|names? of|每一?[个位家名所条支项座架]|各个?(?![种类])|分别"
)


# the total / average words (keywords.json): a figure the question asks by its own aggregate word
AGGREGATE_SAID = said_pattern((*KEYWORDS["agg:sum"], *KEYWORDS["agg:avg"]))


def refine(
    ans: EngineAnswer,
    view: View,
    question: str,
    found: list[tuple[Item, set[str]]],
    counted: str | None = None,
    listing: bool = True,
) -> EngineAnswer:
    """Readings a joined view makes plain, which one table could not show.

    - "the owner with the most dogs" / "teachers with at least two courses": the fact's rows counted per
      listed entity, ranked or compared (GROUP BY the listed columns, ORDER BY / HAVING COUNT(*));
    - "names of teachers and the number of courses they teach": a count beside another table's listed
      columns counts per listed row (GROUP BY those columns);
    - "names of students who have a dog": listing only other tables' columns lists each of them once.
    """
    raw = (ans.state or {}).get("intent")
    if not raw:
        return ans
    intent = Intent.from_dict(raw)
    changed = _drop_unnamed_keys(intent, view, question)
    changed = _years_once(intent, view) or changed
    changed = _owners_name(intent, view, found) or changed
    changed = owners_id(intent, view, question, found) or changed
    changed = _reshape(intent, view, question, found, counted) or changed
    changed = _sum_listed_amount(intent, view, question, listing) or changed
    changed = full_name(intent, view, question) or changed
    return rebuilt(ans, intent, view) if changed else ans


def keyed_by_entity(ans: EngineAnswer, view: View, question: str = "") -> EngineAnswer:
    """A count or total per a joined entity's name is per entity: two students both named Kyle are two
    groups, so the entity's key joins the grouping (and is shown); so it is when the question asks for
    the ids ("list department name and id"). An attribute grouped by (city, level) is no entity's name
    and stays as it is."""
    raw = (ans.state or {}).get("intent")
    if not raw:
        return ans
    intent = Intent.from_dict(raw)
    if not (intent.measures or intent.having) or not intent.dimensions or intent.time_grain:
        return ans
    named = [c for c in intent.dimensions if _joined_side(view, c) and _name_like(view, c)]
    asked = bool(re.search(r"(?<![a-z])ids?(?![a-z])|编号", question.lower()))
    keys = _entity_keys(named, view, asked)
    keys = [k for k in keys if k not in intent.dimensions and k not in intent.columns]
    if not keys:
        return ans
    intent.dimensions = [*intent.dimensions, *keys]
    return rebuilt(ans, intent, view)


def _unique_in_table(view: View, c: str) -> bool:
    """The column's values tell its table's rows apart (its profile has as many values as rows)."""
    table_name, physical = view.columns[c]
    table = view.sources.get(table_name)
    col = table.column(physical) if table is not None else None
    prof = col.profile if col is not None else None
    return bool(prof and table is not None and table.row_count and prof.distinct_count >= table.row_count)


def _needs_no_key(view: View, mine: list[str]) -> bool:
    """A listed column already tells the entities apart (customer names are unique), or every one is a
    category (the 5 genera with the most captures: groups of the genus, not of each species)."""
    if any(_unique_in_table(view, c) for c in mine):
        return True
    return bool(mine) and all(_category(view, c) for c in mine)


def _category(view: View, c: str) -> bool:
    """A label its table's rows share (a genus, a plot type: values repeat on a tenth of the rows or
    more), not a name: grouping by it groups by the category, which no key of the rows should split."""
    table_name, physical = view.columns[c]
    table = view.sources.get(table_name)
    col = table.column(physical) if table is not None else None
    prof = col.profile if col is not None else None
    if prof is None or table is None or not table.row_count or _name_like(view, c):
        return False
    return 0 < prof.distinct_count * 10 <= table.row_count * 9


def rebuilt(ans: EngineAnswer, intent: Any, view: View) -> EngineAnswer:
    """The answer with the intent's SQL, interpretation and chart (unchanged when it cannot be built)."""
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


def _reshape(
    intent: Any, view: View, question: str, found: list[tuple[Item, set[str]]], counted: str | None
) -> bool:
    """The first of the joined readings that applies, applied to `intent`; False when none does."""
    dims_only = bool(intent.columns) and all(_joined_side(view, c) for c in intent.columns)
    listed = {view.columns[c][0] for c in [*intent.dimensions, *intent.columns] if _joined_side(view, c)}
    per = _per_entity(intent, view, question, found, listed)
    if counted and not intent.measures and not intent.dimensions and not intent.time_grain:
        # "how many professionals treated dogs": the count asked for, over the counted table's keys
        intent.measures = [Measure("count")]
        intent.columns = []
        intent.order = []
        intent.distinct = False
        return True
    if per is not None:
        _count_per_entity(
            intent, view, per, bool(SHOWN_COUNT_RE.search(question.lower())), _named_tables(found)
        )
        return True
    counts = [m for m in intent.measures if m.agg == "count" and m.column is None]
    if counts and len(counts) == len(intent.measures) and not intent.dimensions and not intent.time_grain:
        return _count_by_listed(intent, view, question, found, dims_only)
    return not intent.measures and dims_only and _list_joined(intent, view, question.lower())


def _sum_listed_amount(intent: Any, view: View, question: str, listing: bool) -> bool:
    """ "2024年金卡客户的订单金额" / "Electronics sales in the 华南 region": the fact's additive amount under
    filters of joined tables, with no list word, is its total (as on one table), not its rows."""
    if listing or intent.measures or intent.dimensions or intent.order or intent.limit or not intent.columns:
        return False
    if not intent.filters and not intent.time_range:
        return False
    if re.search(r"\b(what|which|who|each|every)\b", question.lower()):
        return False  # en: "what are the amounts" lists them
    columns = [view.columns.get(c) for c in intent.columns]
    if not all(tc and tc[0] == view.fact and additive_name(tc[1]) for tc in columns):
        return False
    numeric = {c.name for c in view.schema.tables[0].columns if c.is_numeric}
    if not all(c in numeric for c in intent.columns):
        return False
    intent.measures = [Measure("sum", c) for c in intent.columns]
    intent.columns = []
    intent.distinct = False
    return True


def _joined_side(view: View, c: str) -> bool:
    return view.columns.get(c, (view.fact, ""))[0] != view.fact


def _list_joined(intent: Any, view: View, text: str) -> bool:
    """Only joined tables' columns listed: a count per listed row when each + a count word are asked
    (每个学生养了几只宠物), else each listed row once."""
    if EACH_RE.search(text) and COUNT_RE.search(text):
        intent.measures = [Measure("count")]
        intent.dimensions = _entity_grain(list(intent.columns), view)
        intent.columns = []
        intent.distinct = False
        return True
    if not intent.distinct and not intent.order:
        intent.distinct = True
        return True
    return False


SHOWN_COUNT_RE = re.compile(r"\b(how many|numbers? of|count of)\b|多少|数量|个数")


def _count_per_entity(
    intent: Any, view: View, per: tuple[str, Any], shown: bool = False, named: set[str] | None = None
) -> None:
    """The fact's rows counted per listed entity: ranked (the most dogs) or compared (at least two). Per
    an attribute only (which region had the most cases; `named`: the tables the question names), the
    groups are the attribute's values, not the entities holding it."""
    kind, arg = per
    counted = _counted_key_columns(view)  # the languages counted per country are not its groups
    listed = [c for c in [*intent.dimensions, *intent.columns] if c != intent.time_column]
    grain = [c for c in listed if view.columns.get(c) not in counted] or listed
    plain = named is not None and _attributes_only(grain, view, named)
    intent.dimensions = _grain_columns(grain, view) if plain else _entity_grain(grain, view)
    intent.columns = []
    intent.time_grain = None
    intent.share = False
    intent.distinct = False
    if kind == "rank":
        amount = _amount_named_like_rows(view)
        # 哪支球队发的薪水最多 over 薪资(薪资): the most of the amount the rows are named after, in total
        intent.measures = [Measure("sum", amount)] if amount else [Measure("count")]
        intent.having = []
        intent.order = [("measure", 0, bool(arg))]
        intent.limit = intent.limit or 1  # the 3 customers with the most orders: the top 3
        return
    intent.filters = [f for f in intent.filters if not (f.source == "number" and arg in f.values)]
    intent.having = [Having(Measure("count"), kind, arg)]
    if _ranked_by_own_measure(intent):
        return  # among states with at least 100 loans, the one with the highest average rate: still ranked
    # "countries that speak more than 2 languages, and how many they speak": the count shown too
    intent.measures = [Measure("count")] if shown else []
    intent.order = []
    intent.limit = None


def _compared_already(intent: Any, number: Any, view: View, found: list[tuple[Item, set[str]]]) -> bool:
    """The number a count condition would take is already the bound of a column the question names."""
    named = {
        (lk.table, lk.column)
        for it, _t in found
        for lk in it.links
        if lk.kind == "column" and lk.score >= STRONG
    }
    return any(number in f.values and view.columns.get(f.column) in named for f in intent.filters)


def _ranked_by_own_measure(intent: Any) -> bool:
    """The reading ranks the groups by an aggregate of their own (the highest average rate), not by a
    count, besides the count condition on them: that measure and its ranking stay."""
    return any(
        o[0] == "measure" and o[1] < len(intent.measures) and intent.measures[o[1]].agg != "count"
        for o in intent.order
    )


def _amount_named_like_rows(view: View) -> str | None:
    """The fact's own amount column called as the fact is (薪资.薪资, salaries.salary) whose name says it is
    an amount: "the most salary" is the most of it, not the most rows."""
    table = view.sources.get(view.fact)
    stem = view.fact.lower().rstrip("s")
    for c in table.columns if table is not None else []:
        if c.is_numeric and c.name.lower().rstrip("s") == stem and aggregation_said(c.name):
            return c.name
    return None


def _per_entity(
    intent: Any, view: View, question: str, found: list[tuple[Item, set[str]]], listed: set[str]
) -> tuple[str, Any] | None:
    """The count per listed entity the question asks for, or per the one joined column it names beside a
    bare count (`_ranked_named_entity`)."""
    if listed:
        per = per_entity_count(question, view, found, listed)
        if per is not None and per[0] != "rank" and _compared_already(intent, per[1], view, found):
            return None  # 金额超过60的订单: the number is the amount's bound, no count of orders
        if per is not None and per[0] == "rank" and _ranks_own_figure(intent, question):
            return None  # which plan has the highest total amount: the amount's total is ranked already
        return per
    return _ranked_named_entity(intent, view, question, found) if _counts_only(intent) else None


def _ranks_own_figure(intent: Any, question: str) -> bool:
    """The view's reading ranks the figure the question's own aggregate word asks (the highest total
    amount: SUM / AVG of an amount), not a count of the rows ("the most sales" may count them)."""
    own = any(m.column and m.agg in ("sum", "avg") for m in intent.measures)
    return (
        own and any(o[0] == "measure" for o in intent.order) and bool(AGGREGATE_SAID.search(question.lower()))
    )


def _ranked_named_entity(
    intent: Any, view: View, question: str, found: list[tuple[Item, set[str]]]
) -> tuple[str, Any] | None:
    """被养最多数量狗的品种名称: the entity ranked is the one joined column the question names, which the
    reading left out beside the bare count (listed by `intent.columns`)."""
    if not SUPERLATIVE_RE.search(question.lower()):
        return None
    entity = _named_column(view, found)
    if entity is None:
        return None
    per = per_entity_count(question, view, found, {view.columns[entity][0]})
    if per is None or per[0] != "rank":
        return None
    intent.columns = [entity]
    return per


def _counts_only(intent: Any) -> bool:
    counts = [m for m in intent.measures if m.agg == "count" and m.column is None]
    return (
        bool(counts)
        and len(counts) == len(intent.measures)
        and not intent.dimensions
        and not intent.time_grain
    )


def _count_by_listed(
    intent: Any, view: View, question: str, found: list[tuple[Item, set[str]]], dims_only: bool
) -> bool:
    """A count beside another table's listed columns counts per listed row; "each student" per student."""
    if dims_only:
        intent.dimensions = _entity_grain(list(intent.columns), view)
        intent.columns = []
        return True
    if intent.columns:
        return False
    entity = _each_entity(question, view, found)
    if entity is None and not intent.filters and not SUPERLATIVE_RE.search(question.lower()):
        entity = _named_column(view, found)
    if entity:
        intent.dimensions = _entity_grain([entity], view)
        return True
    return False


def _named_column(view: View, found: list[tuple[Item, set[str]]]) -> str | None:
    """显示教师姓名和他们教的课程数量: the one column of a joined table the question names beside the
    count (the count's own table aside), which the reading left out: the count is per its values."""
    by_source = {tc: v for v, tc in view.columns.items()}
    named = {
        by_source[(lk.table, str(lk.column))]
        for it, _tables in found
        if not any(x.kind == "table" and x.score >= STRONG for x in it.links)
        for lk in it.links
        if lk.kind == "column"
        and lk.score >= STRONG
        and lk.table != view.fact
        and (lk.table, str(lk.column)) in by_source
    }
    named = {c for c in named if _name_like(view, c)}
    return next(iter(named)) if len(named) == 1 else None


def _counted_words(view: View, found: list[tuple[Item, set[str]]], listed: set[str]) -> list[str]:
    """How the question names the rows counted per entity: the fact ("dogs", "订单"), another joined
    table than the listed entity's ("the semester most students registered in"), or times (次)."""
    out = []
    counted = _counted_key_columns(view)
    for it, _tables in found:
        named = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD}
        keyed = any(
            lk.kind == "column" and lk.score >= STRONG and (lk.table, lk.column) in counted for lk in it.links
        )
        if named & (set(view.paths) - listed) or keyed:
            cjk = CJK_RE.search(it.text)
            out.append(it.text.replace(" ", "") if cjk else it.text.lower())
    return [*out, "times", "次"]


def _counted_key_columns(view: View) -> set[tuple[str, str]]:
    """The fact's own key columns beside its keys to other tables (countrylanguage: Language beside
    CountryCode): per country, its rows are its languages, so "the most languages" counts its rows."""
    fact = view.sources.get(view.fact)
    if fact is None or len(fact.primary_key) < 2:
        return set()
    linking = {c for path in view.paths.values() for e in path[:1] for c in e.src_cols}
    if not linking & set(fact.primary_key):
        return set()
    return {(view.fact, c) for c in fact.primary_key if c not in linking}


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
        if CJK_RE.search(w):
            word = re.escape(w)
            m = compiled(rf"({'|'.join(CMP_ZH)})\S{{0,2}}?{ZH_NUMBER}{ZH_CLASSIFIER}\S{{0,3}}?{word}").search(
                squeezed
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
                rf"{word}(数|数量|个数|次数)?最(多|少)|最(多|少)的?((数量|人数|个数|次数|数)的?)?{word}",
                squeezed,
            )
            if m:
                return "rank", "多" in m.group(0)
            if re.search(rf"(?<!最)多{ZH_CLASSIFIER}{word}", squeezed):
                return ">", 1  # 多只宠物
            continue
        stem = re.escape(w.rstrip("s"))
        noun = rf"((?!{PREPOSITIONS}\b)\w+\s+)?{stem}\w*"  # "most dogs", never "most on treatments"
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


def _each_entity(question: str, view: View, found: list[tuple[Item, set[str]]]) -> str | None:
    """ "names of teachers and the number of courses they teach" / 每个学生有多少宠物: the one joined table
    named besides the counted one, as its name column (or its key) to group the count by."""
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
        word = it.text.replace(" ", "") if CJK_RE.search(it.text) else it.text.lower()
        named = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD} & set(
            view.paths
        )
        named.discard(view.fact)
        if len(named) == 1 and squeezed.replace(" ", "")[: len(word) + 2].find(word.replace(" ", "")) >= 0:
            return next(iter(named))
    return None


def _entity_grain(listed: list[str], view: View) -> list[str]:
    """The columns to count the fact's rows by, and the keys telling the entities apart."""
    out = _grain_columns(listed, view)
    return [*out, *(k for k in _entity_keys(out, view) if k not in out)]


def _named_tables(found: list[tuple[Item, set[str]]]) -> set[str]:
    """The tables a word names by their own noun."""
    return {lk.table for it, _t in found for lk in it.links if lk.kind == "table" and lk.score >= STRONG}


def _attributes_only(listed: list[str], view: View, named: set[str]) -> bool:
    """Only attributes of joined tables no word names (a region, a division; no name column, no key)."""
    keys = {(e.src, c) for path in view.paths.values() for e in path for c in e.src_cols}
    keys |= {(e.dst, c) for path in view.paths.values() for e in path for c in e.dst_cols}
    sides = [view.columns[c] for c in listed if c in view.columns]
    return bool(sides) and all(
        t != view.fact and t not in named and (t, c) not in keys and not _name_like(view, v)
        for v, (t, c) in zip(listed, sides, strict=False)
    )


def _grain_columns(listed: list[str], view: View) -> list[str]:
    """The entity's own columns and the fact's keys to it; the fact's own id ("list department name and
    id") means the entity's key there."""
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


def _entity_keys(listed: list[str], view: View, asked: bool = False) -> list[str]:
    """Rows counted per listed entity are counted per entity, not per name: two students both named Kyle
    are two groups. The key that identifies each joined entity listed by columns that do not tell its
    rows apart (the fact's key to it, or its own key further away) joins the grouping."""
    by_source = {tc: v for v, tc in view.columns.items()}
    keys: list[str] = []
    for table in dict.fromkeys(view.columns[c][0] for c in listed if c in view.columns):
        path = view.paths.get(table) or []
        if table == view.fact or not path or len(path[-1].dst_cols) != 1:
            continue
        mine = [c for c in listed if c in view.columns and view.columns[c][0] == table]
        if not asked and _needs_no_key(view, mine):
            continue
        edge = path[-1]
        key = by_source.get((table, edge.dst_cols[0])) or by_source.get((edge.src, edge.src_cols[0]))
        if key is not None and key not in listed and key not in keys:
            keys.append(key)
    return keys


def _name_like(view: View, v: str) -> bool:
    physical = view.columns[v][1]
    return (
        "name" in split_identifier(physical)
        or physical.endswith(("名称", "姓名", "名字"))
        or zh_name_column(physical)
    )


def _owners_name(intent: Any, view: View, found: list[tuple[Item, set[str]]]) -> bool:
    """ "主人的名字" / "the owner's name" listed as another table's name column is the owner's name."""
    changed = False
    owned = [
        (it, next(iter(tables)))
        for it, tables in found
        if it.text.replace(" ", "").lower() in NAME_WORDS and len(tables) == 1
    ]
    for k, (it, owner) in enumerate(owned):
        others = {o for _it, o in owned if o != owner}
        earlier = {o for _it, o in owned[:k]}
        changed = _owner_name_of(intent, view, it, owner, others, earlier) or changed
    return changed


def _owner_columns(view: View, it: Item, owner: str) -> list[str]:
    """The view's columns of `owner` the name word links to, best first."""
    by_source = {tc: v for v, tc in view.columns.items()}
    links = sorted((lk for lk in it.links if lk.table == owner and lk.column), key=lambda lk: -lk.score)
    return [by_source[(owner, str(lk.column))] for lk in links if (owner, str(lk.column)) in by_source]


def _each_owners_name(
    intent: Any,
    view: View,
    mine: list[str],
    other: list[str],
    others: set[str] | None,
    earlier: set[str] | None,
) -> bool:
    """主人的名字和狗的名字: the other name listed belongs to another owner named: each owner's name is
    listed, in the order the question names them."""
    if not (mine and other) or intent.dimensions:
        return False
    if any(view.columns[c][0] not in (others or ()) for c in other):
        return False
    before = not (earlier or set()) & {view.columns[c][0] for c in other}
    intent.columns = [mine[0], *intent.columns] if before else [*intent.columns, mine[0]]
    return True


def _owner_name_of(
    intent: Any,
    view: View,
    it: Item,
    owner: str,
    others: set[str] | None = None,
    earlier: set[str] | None = None,
) -> bool:
    listed = [*intent.columns, *intent.dimensions]
    if any(view.columns.get(c, ("", ""))[0] == owner and _name_like(view, c) for c in listed):
        return False
    mine = _owner_columns(view, it, owner)
    other = [c for c in listed if c in view.columns and view.columns[c][0] != owner and _name_like(view, c)]
    return _each_owners_name(intent, view, mine, other, others, earlier) or _owner_name_placed(
        intent, view, owner, mine, other
    )


def _owner_name_placed(intent: Any, view: View, owner: str, mine: list[str], other: list[str]) -> bool:
    """The owner's name listed where the reading left it out or put another table's name."""
    if mine and not other and owner != view.fact:
        # "被参观次数最多的博物馆的ID和名称": the owner's name, which the reading left out, is listed
        (intent.dimensions if intent.dimensions or intent.measures else intent.columns).append(mine[0])
        return True
    if not mine or not other:
        return False
    wrong, right = other[0], mine[0]
    intent.columns = [right if c == wrong else c for c in intent.columns]
    intent.dimensions = [right if c == wrong else c for c in intent.dimensions]
    return True


ID_OF_RE = re.compile(
    r"\bids?\s+of\s+(?:the\s+|each\s+|every\s+|all\s+)?([a-z][\w ]*?)\b(?:with|who|that|which|whose|in|for|$)"
)


def owners_id(intent: Any, view: View, question: str, found: list[tuple[Item, set[str]]]) -> bool:
    """ "the date and id of the transcript": the id listed is the transcript's key (over the fact, its
    key to it), not another id column of the fact (a line's own id)."""
    owners = _id_owners(question, found)
    if len(owners) != 1 or next(iter(owners)) == view.fact:
        return False
    key = _entity_keys([c for c, tc in view.columns.items() if tc[0] in owners][:1], view, asked=True)
    listed = [*intent.columns, *intent.dimensions]
    if not key or key[0] in listed:
        return False
    wrong = [c for c in listed if _id_like(view, c) and view.columns[c][0] == view.fact]
    if len(wrong) != 1:
        return False
    intent.columns = [key[0] if c == wrong[0] else c for c in intent.columns]
    intent.dimensions = [key[0] if c == wrong[0] else c for c in intent.dimensions]
    return True


def _id_owners(question: str, found: list[tuple[Item, set[str]]]) -> set[str]:
    """The tables named right after "id of (the)" ("the id of the transcript")."""
    m = ID_OF_RE.search(" ".join(question.lower().split()))
    if m is None:
        return set()
    words = m.group(1).strip()
    return {
        lk.table
        for it, _t in found
        if it.text.lower() in words
        for lk in it.links
        if lk.kind == "table" and lk.score >= STRONG
    }


def _id_like(view: View, c: str) -> bool:
    words = split_identifier(view.columns[c][1])
    return bool(words) and words[-1] == "id" or view.columns[c][1].endswith(("编号", "代码"))


def _drop_unnamed_keys(intent: Any, view: View, question: str) -> bool:
    """A listed id column that only links the fact to a joined table ("visitors" -> visit.visitor_ID) is
    dropped unless the question asks for that id ("the owner id", "program id", or an id with no other)."""
    keys = {(e.src, c) for path in view.paths.values() for e in path for c in e.src_cols}
    text = " ".join(re.sub(r"[^\w]+", " ", question.lower().replace("'s ", " ")).split())
    listed = [c for c in intent.columns if c in view.columns]
    drop = [c for c in listed if _unnamed_key(view, c, listed, keys, text)]
    drop += [c for c in _unasked_ends(view, listed, text) if c not in drop]
    if not drop or len(drop) == len(intent.columns) and not intent.measures:
        return False
    intent.columns = [c for c in intent.columns if c not in drop]
    return True


def _years_once(intent: Any, view: View) -> bool:
    """Which years … (the keys dropped): a listing of year columns alone lists each year once."""
    if intent.distinct or intent.measures or intent.order or not intent.columns:
        return False
    for c in intent.columns:
        table, name = view.columns.get(c, ("", ""))
        source = view.sources.get(table) or view.schema.table(table)
        column = source.column(name) if source is not None else None
        if column is None or source is None or column_info(column, source).role != "year":
            return False
    intent.distinct = True
    return True


def _unasked_ends(view: View, listed: list[str], text: str) -> list[str]:
    """With no id asked, a joined table's own key is not listed either (regions.region_id)."""
    if re.search(r"(?<![a-z])ids?(?![a-z])|编号|代码", text):
        return []
    ends = {(e.dst, c) for path in view.paths.values() for e in path for c in e.dst_cols}
    return [c for c in listed if view.columns[c] in ends and _id_like(view, c)]


def _unnamed_key(view: View, c: str, listed: list[str], keys: set[tuple[str, str]], text: str) -> bool:
    if view.columns[c] not in keys or not _id_like(view, c):
        return False
    words = split_identifier(view.columns[c][1])
    if len(words) >= 2 and re.search(rf"\b{re.escape(words[-2])}\w* ids?\b", text):
        return False  # "the owner id", "program id"
    asks_id = bool(re.search(r"(?<![a-z])ids?(?![a-z])|编号", text))
    other_ids = [o for o in listed if o != c and _id_like(view, o) and view.columns[o] not in keys]
    return not (asks_id and not other_ids)  # the only id listed: the one asked for


def ranked_things(question: str, found: list[tuple[Item, set[str]]]) -> set[str]:
    """The tables whose rows a Chinese superlative ranks by their number (指挥过最多的管弦乐队, 最多数量狗):
    the table's word right after 最多 / 最少 (and 的 or a count noun)."""
    squeezed = re.sub(r"“[^”]*”|\"[^\"]*\"", "", question.lower().replace(" ", ""))
    out: set[str] = set()
    for it, _tables in found:
        named = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD}
        word = it.text.replace(" ", "")
        if not (named and word and word in squeezed and CJK_RE.search(word)):
            continue  # cheap checks first: the pattern is built per word (the regex cache would churn)
        if compiled(rf"最(多|少)的?({ZH_COUNT_NOUN}的?)?{re.escape(word)}").search(squeezed):
            out |= named
    return out


def counts_things(question: str, found: list[tuple[Item, set[str]]]) -> set[str]:
    """The tables whose rows the question puts a number on ("两门课", "2个课程", "只有一个国家", "more
    than one performance"): a count per entity, which a reading without HAVING, LIMIT or a number
    filter has not understood. 一个 / 一只 alone is an article ("有一只猫"), not a count."""
    text = " ".join(question.lower().split())
    squeezed = re.sub(r"“[^”]*”|\"[^\"]*\"", "", text.replace(" ", ""))  # 一个“共和制”国家: the quote aside
    out: set[str] = set()
    for it, _tables in found:
        named = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD}
        if not named:
            continue
        if CJK_RE.search(it.text):
            word = re.escape(it.text.replace(" ", "")[:1])  # 两门课 names 课程 by its first character
            for m in compiled(rf"{ZH_NUMBER}{ZH_CLASSIFIER[:-1]}[^的\s]{{0,2}}?{word}").finditer(squeezed):
                one = m.group(1) == "一"
                if not one or re.search(rf"({'|'.join(CMP_ZH)}|只有|仅)$", squeezed[: m.start()]):
                    out |= named
            continue
        stem = re.escape(it.text.lower().rstrip("s"))
        if compiled(rf"\b(\d{{1,3}}|one|two|three|four|five)\s+(\w+\s+)?{stem}").search(text):
            out |= named
    return out


def counts_summed_on_view(ans: EngineAnswer, view: View, question: str, counted: str | None) -> EngineAnswer:
    """The fact's rows hold counts (counts_held): its row counts over the view become sums of its count
    column; a count of another table's keys (`counted`: "how many states") is left to the join."""
    raw = (ans.state or {}).get("intent")
    if not raw or counted:
        return ans
    intent = Intent.from_dict(raw)
    own = frozenset(n for n, (t, _c) in view.columns.items() if t == view.fact)
    defaulted = bool(
        {"default_name_column", "default_id_column"} & set((ans.state or {}).get("reasons") or [])
    )
    summed = counts_summed(intent, view.schema.table(view.fact), question, own, defaulted)
    return ans if summed is intent else rebuilt(ans, summed, view)
