"""Follow-ups: "去年呢？", "只看女性员工", "换成平均月薪", "按城市拆开", "only for the app channel".

The previous turn's intent is edited (time replaced, filters added or replaced, measures swapped,
dimensions added) instead of starting over.
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.intent import Filter, Intent, Measure, TimeRange, agg_of
from shared.ask.engines.rules.parse import Parser
from shared.ask.engines.rules.parsecommon import (
    DEFAULT_NAME_DOUBT,
    MODE_CONFLICT_DOUBT,
    SUPERLATIVE_DROPPED_DOUBT,
    opens_as_followup,
    said_pattern,
    words,
)
from shared.ask.engines.rules.referents import opens_on_those
from shared.ask.engines.rules.sqlshape_doubts import COUNT_WORD_RE

# "how many of those …", 其中有几个…, how many of their …: the things of the previous answer, narrowed further
# ("the size of their dog" names the question's own owners: only a count or share of their … refers back)
BACK_RE = said_pattern(words("referring_back_phrases"))
# 按城市拆开 / break down by: the grouping is added to the previous one, not put in its place
BREAKDOWN_WORDS = words("breakdown_words")


def previous_intent(state: dict[str, Any] | None) -> Intent | None:
    if not state or not state.get("intent"):
        return None
    try:
        return Intent.from_dict(state["intent"])
    except (KeyError, TypeError, ValueError):
        return None


def looks_like_followup(parser: Parser, new: Intent, explicit_measures: int) -> bool:
    """A follow-up edits the last question: it says so (呢/only/换成), or names no measure of its own."""
    if any(parser.kw_only(it, "followup") for it in parser.items) or opens_as_followup(parser.question):
        return True
    if refers_back(parser.question):  # how many of those became …: a count of its own, of those things
        return True
    if names_nothing(parser):  # 哪一年最多？ / which year had the most?: of the previous question's rows
        return True
    has_own = explicit_measures > 0 or bool(new.dimensions) or bool(new.columns) or new.time_grain is not None
    if new.time_grain is not None and not (explicit_measures or new.dimensions or new.columns or new.filters):
        return True  # 按周 / weekly alone: the same question at another grain
    if _grouping_alone(new, explicit_measures):
        return True  # 按年份列出来 / by region alone: the same question split another way
    return not has_own


def _grouping_alone(new: Intent, explicit_measures: int) -> bool:
    """A grouping with no measure (rows counted by default), filter, column or grain of its own."""
    counted = all(m.column is None and m.metric is None and m.expression is None for m in new.measures)
    return (
        bool(new.dimensions)
        and counted
        and not (explicit_measures or new.columns or new.filters or new.time_grain)
    )


def names_nothing(parser: Parser) -> bool:
    """No word of the question names a table, column or value: a ranking or period alone (哪一年最多)
    asks about the previous question's rows and measure, filters kept; its row count is no measure of
    its own."""
    return not any(it.links for it in parser.items)


# read alone, a fragment (只看光纤用户) lists names: a name column by default, echoing its own filter
LISTING_DOUBTS = {"echo": MODE_CONFLICT_DOUBT, "default_name_column": DEFAULT_NAME_DOUBT}


def listing_doubts_moot(parser: Parser, merged: Intent) -> float:
    """The fragment's own listing doubts, given back when the merged reading lists nothing: the previous
    figure, narrowed, is the answer (the doubts leave the parser's reasons too)."""
    if not merged.measures or merged.columns:
        return 0.0
    back = sum(cost * parser.ps.reasons.count(r) for r, cost in LISTING_DOUBTS.items())
    parser.ps.reasons = [r for r in parser.ps.reasons if r not in LISTING_DOUBTS]
    return back


def superlative_on_previous(merged: Intent, parser: Parser) -> float:
    """and the fewest? / 最少的呢 after a ranking of groups: the previous groups ranked the way this turn's
    one superlative says (it names nothing else); the doubt of a superlative dropped alone given back."""
    ranked = any(o[0] == "measure" for o in merged.order) and merged.limit
    sups = [it for it in parser.items if it.has("sup:asc", "sup:desc")]
    if "superlative_dropped" not in parser.ps.reasons or not ranked or len(sups) != 1:
        return 0.0
    desc = sups[0].has("sup:desc")
    merged.order = [(o[0], o[1], desc) if o[0] == "measure" else o for o in merged.order]
    parser.ps.reasons.remove("superlative_dropped")
    return SUPERLATIVE_DROPPED_DOUBT


def refers_back(question: str) -> bool:
    """The question counts or narrows the previous answer's things (of those, among them, 其中), or opens
    on a plural pronoun whose people it does not name (their average wage, 他们的平均…: referents.py)."""
    return BACK_RE.search(question.strip().lower()) is not None or opens_on_those(question)


def _same_things_counted(merged: Intent, prev: Intent, question: str) -> None:
    """ "How many of those …" after a count of distinct things (storms in 2010): the same things are
    counted under the new condition, not the rows."""
    if not refers_back(question) or not prev.measures or prev.measures[0].agg != "count_distinct":
        return
    merged.measures = [
        prev.measures[0] if m.agg == "count" and m.column is None and m.metric is None else m
        for m in merged.measures
    ]


def elliptical(parser: Parser, explicit_measures: int) -> bool:
    """建筑业呢 / 那2019年的呢: a question that ends on a follow-up word (呢) and names no measure of its own
    edits a previous question; with none at hand, any reading of it is a guess."""
    content = [it for it in parser.items if it.kind != "punct"]
    return explicit_measures == 0 and bool(content) and parser.kw_only(content[-1], "followup")


def edit_lost(prev: Intent, merged: Intent) -> bool:
    """A follow-up whose edited question is the previous one unchanged: the edit it asks for was not
    understood (建筑业呢 read as "the Industry column", 只看盗窃类的 where 盗窃类 links nothing), and the
    previous answer would come back as if it were new."""
    return merged.to_dict() == prev.to_dict()


def _swap_measure(merged: Intent, new: Intent, parser: Parser) -> None:
    """换成毛利 keeps the aggregate and swaps the column; "the average instead?" keeps the column."""
    table = parser.table
    if table is None:
        return
    named = [m.column for m in new.measures if m.column] + list(new.columns)
    conditions = {f.column for f in new.filters}  # "only those priced above 100": a condition, no new measure
    columns = [
        c for c in named if c in table.columns and table.columns[c].role == "measure" and c not in conditions
    ]
    aggs = [(it.tag("agg") or "").split(":")[1] for it in parser.items if parser.kw_only(it, "agg")]
    first = merged.measures[0]
    if columns and first.agg in ("sum", "avg", "max", "min", "median") and not new.dimensions:
        merged.measures[0] = Measure(agg_of(aggs[0]) if aggs else first.agg, columns[0])
        new.columns = []
    elif aggs and not columns and first.column and first.agg in ("sum", "avg", "max", "min", "median"):
        merged.measures[0] = Measure(agg_of(aggs[0]), first.column)


def _reranked(prev: Intent, new: Intent, parser: Parser) -> list[Any] | None:
    """换成按钠含量排呢 / what about by weight? after ranked rows: the new column ranks them in the previous
    direction, unless this turn says one (从低到高, lowest, ascending)."""
    if not (prev.order and new.order and prev.order[0][0] == "column" and new.order[0][0] == "column"):
        return None
    said = any(it.has("order", "sup") for it in parser.items) or parser.ps.rank_hint is not None
    return [("column", new.order[0][1], new.order[0][2] if said else prev.order[0][2])]


def _ranked_shown(prev: Intent, merged: Intent) -> list[str]:
    """The previous ranking column shown beside the rows gives way to the new one."""
    if not (prev.order and merged.order and prev.order[0][0] == "column" == merged.order[0][0]):
        return merged.columns
    old, now = prev.order[0][1], merged.order[0][1]
    return list(dict.fromkeys(now if c == old else c for c in merged.columns))


def _merge_dimensions(merged: Intent, new: Intent, text: str) -> None:
    """按城市拆开 / break down by adds the groups; a grouping alone replaces them."""
    if any(w in text for w in BREAKDOWN_WORDS):
        merged.dimensions += [d for d in new.dimensions if d not in merged.dimensions]
    else:
        merged.dimensions = list(new.dimensions)


def _rank_previous_groups(merged: Intent, parser: Parser) -> None:
    """前2名呢 / top 3 only: the groups of the last answer ranked by its measure, the first N kept."""
    if parser.ps.asked_limit and merged.measures and (merged.dimensions or merged.time_grain):
        merged.limit = parser.ps.asked_limit
        if not any(o[0] == "measure" for o in merged.order):
            merged.order = [("measure", 0, parser.ps.rank_hint != "asc")]


SAME_PERIOD_RE = said_pattern(words("same_period_words"))


def _same_period(prev: TimeRange | None, new: TimeRange, question: str) -> TimeRange | None:
    """2006年同期呢 / the same period in 2006: the previous turn's part of a year (a quarter, a month)
    moved to the year now named, not that whole year."""
    if prev is None or not (prev.start and prev.end and new.start and new.end) or prev.column != new.column:
        return None
    if not SAME_PERIOD_RE.search(question.lower()):
        return None
    year = new.start[:4]
    whole = new.start[4:] == "-01-01" and new.end == f"{int(year) + 1}-01-01"
    to_year_end = prev.end[4:] == "-01-01" and int(prev.end[:4]) == int(prev.start[:4]) + 1
    within = prev.start[:4] == prev.end[:4] or to_year_end
    if not whole or not within or prev.start[4:] == "-01-01" and prev.end[4:] == "-01-01":
        return None
    shift = int(year) - int(prev.start[:4])
    end_year = int(prev.end[:4]) + shift
    return TimeRange(prev.column, year + prev.start[4:], f"{end_year}{prev.end[4:]}", new.label)


def _same_kind(old: Filter, new: Filter, parser: Parser) -> bool:
    """只看光纤用户 (中文名称 = 光纤), then DSL用户呢 (服务类型 = DSL): the new value is also one the old
    filter's column holds, so it names the same kind of thing in another column (two names of one row):
    it replaces the old filter instead of narrowing it to nothing. Text values only (a flag's 1 is no
    kind)."""
    info = parser.table.columns.get(old.column) if parser.table is not None else None
    if info is None or "bool" in (old.source, new.source) or old.op not in ("=", "in"):
        return False
    held = {v for v in info.values if isinstance(v, str)}
    return (
        new.op in ("=", "in")
        and bool(new.values)
        and all(isinstance(v, str) and v in held for v in new.values)
    )


def merge(prev: Intent, new: Intent, parser: Parser, explicit_measures: int) -> Intent:
    """The previous intent with this turn's time, filters, measures and dimensions applied."""
    merged = Intent.from_dict(prev.to_dict())
    if new.table != prev.table:
        return new
    if new.time_range is not None:
        merged.time_range = _same_period(prev.time_range, new.time_range, parser.question) or new.time_range
    for f in new.filters:
        merged.filters = [
            old for old in merged.filters if old.column != f.column and not _same_kind(old, f, parser)
        ]
        merged.filters.append(f)
    if explicit_measures:
        merged.measures = new.measures[:explicit_measures]
        _same_things_counted(merged, prev, parser.question)
        merged.order = [o for o in merged.order if o[0] != "measure" or o[1] < len(merged.measures)]
    elif merged.measures:
        _swap_measure(merged, new, parser)
    if new.dimensions:
        _merge_dimensions(merged, new, parser.text)
    if new.time_grain:
        merged.time_grain, merged.time_column = new.time_grain, new.time_column
        merged.calendar = new.calendar  # the grain on the year / month parts, as the question alone reads it
    if new.order:
        merged.order = _reranked(prev, new, parser) or new.order
        merged.columns = _ranked_shown(prev, merged)
    if new.limit:
        merged.limit = new.limit
    else:
        _rank_previous_groups(merged, parser)
    merged.having = new.having or merged.having
    return merged


def _tables_read(state: dict[str, Any] | None) -> set[str]:
    """The tables an answer read: its table, and the fact and tables of its join."""
    state = state or {}
    join = state.get("join") or {}
    found = {str(state.get("table") or ""), str(join.get("fact") or "")} | {
        str(t) for t in join.get("tables") or []
    }
    return found - {""}


def context_dropped(question: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> bool:
    """A follow-up that says it edits the previous answer (of those, 其中, only …, 只看…) answered over tables
    the previous answer never read: the previous question's rows, groups and conditions were all dropped
    silently (只看猫 after registrations counted by weekday → every cat's row listed)."""
    if not (refers_back(question) or opens_as_followup(question)):
        return False
    old, new = _tables_read(before), _tables_read(after)
    return bool(old) and bool(new) and not old & new


def _amounts(state: dict[str, Any] | None) -> bool:
    measures = ((state or {}).get("intent") or {}).get("measures") or []
    return any(m.get("column") or m.get("metric") or m.get("expression") for m in measures)


def _rows_counted(state: dict[str, Any] | None) -> bool:
    measures = ((state or {}).get("intent") or {}).get("measures") or []
    return bool(measures) and all(
        m.get("agg") == "count" and not (m.get("column") or m.get("metric") or m.get("expression"))
        for m in measures
    )


def measure_dropped(question: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> bool:
    """其中哪个大洲最多 after the deaths per continent: a follow-up (of those, 其中, only …) saying no count
    word, answered by counting rows where the previous answer measured an amount: "the most" ranks the
    previous measure, the deaths, not the earthquakes' number."""
    if not (refers_back(question) or opens_as_followup(question)):
        return False
    return _amounts(before) and _rows_counted(after) and COUNT_WORD_RE.search(question.lower()) is None
