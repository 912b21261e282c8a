"""Doubts about the final answer's shape: checks that need the SQL the person will see, not an intermediate
reading (a join reads the question over a view first and reshapes it after; these checks run on what comes
out: engine.py for one table, joins.py for a join). Each one found costs MODE_CONFLICT_DOUBT.

- who / 谁 asked, and no text column answers it (the two biggest hitters → their numbers only);
- which / 哪个 asked, and one ungrouped figure answers it (哪个联盟的总得分更多 → the total of all leagues),
  or the top rows' figures alone, no name nor period shown (which state had the largest X → X only);
- SUM or AVG of a date, an identifier, or (none said) a year or a month (a number no one asked for);
- each / every / 每 / 各 asked and one figure answers it (the grouping lost); a ranking (排名, rank) so too;
- a comparison asked (谁…更多, who … more) and rows listed with nothing to compare them by;
- a name the SQL does not hold ("for United Airlines" answered over every airline);
- one text value asked for (= London) that other values of its column list among others (Enfield, London;
  London/Belfast): the people from London are those too;
- how many people / 几个人 asked and a join's rows counted (COUNT(*) of the results, not of the people);
- how many times / 多少次 asked and distinct things counted (多少次 → the number of seasons);
- most / fewest / 最多 asked and rows ordered by their year or date (the year with the most cases → the
  latest year's row), or by a level (打分最多的用户 → the highest single rating);
- AVG over a panel (periods x members) whose groups each hold several members and periods: the rows' mean
  or the mean of the periods' totals (panels.py);
- a share asked with neither a part nor groups read (占全国的百分之几, the part not understood);
- one figure over two values of a column said apart (分别, in January and in March): pooled, not each;
- a filter no row can pass, a time grain said and one figure, "when" with no time shown (answer_checks.py).
"""

from __future__ import annotations

import re

from shared.ask.engines.rules.answer_checks import (
    DATE_TYPES,
    aggregate_verb_unread,
    change_over_span,
    count_ranks_balanced,
    filter_outside_range,
    grain_pinned,
    grain_said,
    period_outside_data,
    period_rows_unlabelled,
    season_unread,
    time_part,
    timely,
    when_asked,
    year_as_threshold,
)
from shared.ask.engines.rules.average_counted import average_only_counted
from shared.ask.engines.rules.differences import difference_unread
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.measures import default_aggregation
from shared.ask.engines.rules.panels import averaged_across_members
from shared.ask.engines.rules.parsecommon import said_pattern, words
from shared.ask.engines.rules.sqlshape_doubts import (
    count_asked_rows_listed,
    counted_by_itself,
    key_sized_by_a_count,
    rows_shown_unnamed,
    share_of_pooled_values,
    total_counted_as_rows,
)
from shared.ask.engines.rules.timeexpr import MONTHS
from shared.ask.engines.rules.whichlisted import which_numbers_listed
from shared.semantic.schema import Table
from shared.semantic.vocabulary import bilingual, lexicon, valuenames
from shared.semantic.vocabulary.grain import table_grain
from shared.semantic.vocabulary.linking import column_info
from shared.semantic.vocabulary.propernouns import other_names
from shared.semantic.vocabulary.segment import split_identifier

WHO_OPENERS = frozenset(words("who_openers"))
WHICH_OPENERS = words("which_openers")
WHO_WORDS = words("who_words")
WHICH_WORDS = words("which_words")
COUNT_SUPERLATIVES = words("count_superlatives")
RECENCY_WORDS = words("recency_words")
SEPARATELY_WORDS = words("separately_words")
_LIST_SPLIT = re.compile(r"[,;/、，]")
PEOPLE_RE = re.compile(r"(?:几个人|多少人|多少个人)(?!次)|\bhow many people\b")  # 人次: times, events
TIMES_RE = re.compile(r"多少次|几次|\bhow many times\b|\bhow often\b")
# how many / 几种 asked: one number (of the groups a HAVING keeps), not the groups listed
LISTED_RE = re.compile(r"\bnames?\b|\blist\b|哪些|列出|名称")
HOW_MANY_RE = re.compile(r"几种|几个|几家|几类|多少个|多少种|多少家|\bhow many\b")
AGGREGATE_WORDS = tuple(w for key in ("agg:sum", "agg:avg") for w in lexicon.KEYWORDS.get(key, []))
_GROUP_RE = re.compile(
    "|".join(
        rf"\b{re.escape(w)} [a-z]" if w.isascii() else rf"{re.escape(w)}[\u4e00-\u9fff]"
        for w in words("group_openers")
    )
)


def _opening(question: str) -> str:
    return re.sub(r"^[^a-z]+", "", question.lower())


def asks_who(question: str) -> bool:
    """Who … ? / 谁: a person (or a named thing) is asked. English "who" only opening the question: "players
    who were born …" is a relative clause."""
    first = re.match(r"[a-z]+", _opening(question))
    return bool(first and first.group(0) in WHO_OPENERS) or any(w in question for w in WHO_WORDS)


def asks_which(question: str) -> bool:
    """Which … ? / 哪个: one or some of a kind are asked. English "which" opening the question (or after its
    preposition: in which year); "the companies which …" is a relative clause."""
    low = _opening(question)
    return any(low.startswith(w + " ") for w in WHICH_OPENERS) or any(w in question for w in WHICH_WORDS)


def _shown_text(intent: Intent, table: Table | None) -> bool:
    """A text column is shown: listed, grouped by, or a text measure (MAX of a name)."""
    shown = [*intent.columns, *intent.dimensions, *(m.column for m in intent.measures if m.column)]
    if table is None:
        return bool(shown)
    types = {c.name: c.type for c in table.columns}
    return any(types.get(c, "text") == "text" for c in shown)  # an expression's alias: no doubt


# a period said with each / 每: 每年 / 每个月 / for each year
_EACH_PERIOD_RE = re.compile(
    r"每(?:一|个)?(?:年|月|季度|周|天|日)|\b(?:each|every|per) (?:year|month|quarter|week|day)\b"
)


def each_ranked_once(question: str, intent: Intent) -> bool:
    """每年…最高值 / the highest for each year answered by one row (LIMIT 1 over the groups): the superlative
    is each period's own, one row per period, not the single top group. Likewise A和B的最高排名分别是多少 /
    respectively: a figure for each thing named, never the one group on top."""
    grouped = bool(intent.dimensions or intent.time_grain)
    if not grouped or intent.limit != 1:  # the cheap conditions before the searches
        return False
    low = question.lower()
    return bool(_EACH_PERIOD_RE.search(low) or said_pattern(SEPARATELY_WORDS).search(low))


# the mean of a period's figure, one number: 平均每年 / on average … per year / average yearly
_MEAN_PER_PERIOD_RE = re.compile(
    r"平均每(?:一|个)?(?:年|月|季度|周|天|日)"
    r"|\bon average\b.*\b(?:per|each|every|a) (?:year|month|quarter|week|day)\b"
    r"|\baverage (?:yearly|annual|monthly|quarterly|weekly|daily)\b"
)


def mean_per_period_grouped(question: str, intent: Intent, table: Table | None) -> bool:
    """日本平均每年进口多少 / on average, how much per year: one mean over the periods asked, answered by
    one row per period (grouped by the year): the period said is what the mean is over, not a grouping."""
    if not intent.time_grain and not intent.dimensions:  # nothing grouped by a period: no search needed
        return False
    if not _MEAN_PER_PERIOD_RE.search(question.lower()):
        return False
    if intent.time_grain:
        return True
    columns = [table.column(d) for d in intent.dimensions] if table is not None else []
    return any(c is not None and timely(c, table) for c in columns if table is not None)


def rows_shared_of_amounts(intent: Intent, table: Table | None) -> bool:
    """欧洲占全球进口的份额 over rows that are cells of one amount (tonnes per country and year): the share
    of the amount is asked, the reading gives the share of the rows (how many country-years)."""
    if table is None or not any(m.agg == "rate" and not m.column for m in intent.measures):
        return False
    cols = {c.name: column_info(c, table) for c in table.columns}
    return table_grain(table, cols).cells and sum(c.role == "measure" for c in cols.values()) == 1


def _one_figure(intent: Intent) -> bool:
    """Only aggregates, over all rows: one row of figures."""
    aggregated = bool(intent.measures) and all(m.agg != "none" for m in intent.measures)
    return (
        aggregated
        and not intent.dimensions
        and not intent.columns
        and not intent.time_grain
        and not _span_of_one_column(intent)
    )


RANKING_RE = re.compile(r"排名|排行|\brank(?:ed|ing|s)?\b")


# a comparative (which has more …?), not a bound (more than 3, 5 or more, 比5000更多)
COMPARATIVE_RE = re.compile(
    r"更(?:多|少|高|低|大|小|长|短)|(?<!\bor )\b(?:more|less|fewer|higher|lower)\b(?!\s+(?:than|\d))", re.I
)
THAN_RE = re.compile(r"\bthan\b|比", re.I)


def comparative_listed(question: str, intent: Intent) -> bool:
    """谁…更多 / which city has more shops: a comparison asked and rows listed with no figure, order or
    condition to compare them by (the names of both, which answer nothing)."""
    figured = any(m.agg != "none" for m in intent.measures) or intent.order or intent.having
    numbered = any(f.op in (">", ">=", "<", "<=", "between") for f in intent.filters)  # more than 5
    if figured or numbered or intent.compare:  # the cheap conditions before the searches
        return False
    return not THAN_RE.search(question) and COMPARATIVE_RE.search(question) is not None


def ranking_one_figure(question: str, intent: Intent, table: Table | None) -> bool:
    """A ranking asked (出口量排名, rank … by) and one figure over all rows answers it, or figures ranked
    with nothing naming what they rank: the things ranked were not read. Not where a column of the table
    is itself called a rank."""
    low = question.lower()
    if not RANKING_RE.search(low) or not (_one_figure(intent) or _figures_ranked_unnamed(intent, table)):
        return False
    names = [c.name.lower() for c in table.columns] if table is not None else []
    return not any(RANKING_RE.search(n) or "rank" in n for n in names)


def top_n_of_one_row(intent: Intent) -> bool:
    """The top N (N > 1) asked and the answer is one aggregate over all rows: nothing grouped or listed,
    so the N things ranked are not in it."""
    return bool(intent.limit and intent.limit > 1 and intent.measures) and not (
        intent.dimensions or intent.time_grain or intent.columns
    )


def _figures_ranked_unnamed(intent: Intent, table: Table | None) -> bool:
    """The top rows listed by a ranking with only numbers shown: no text, no period, no group (which state
    had the largest private capital → the capital alone, the state not said)."""
    if table is None or intent.measures or intent.dimensions or not intent.order or not intent.columns:
        return False
    cols = [table.column(c) for c in intent.columns]
    return all(
        c is not None and c.is_numeric and not timely(c, table) and column_info(c, table).role != "id"
        for c in cols
    )


def _span_of_one_column(intent: Intent) -> bool:
    """MIN and MAX of one column: from which month to which (从哪个月到哪个月) is the pair, two figures."""
    aggs = sorted(m.agg for m in intent.measures)
    return aggs == ["max", "min"] and len({m.column for m in intent.measures}) == 1


def _span(intent: Intent) -> bool:
    """The first and last value of one column (which years does the data cover → MIN and MAX of the
    year): the figures are the values asked for, not one figure of all of them."""
    aggs = sorted(m.agg for m in intent.measures)
    return aggs == ["max", "min"] and len({m.column for m in intent.measures}) == 1


def label_aggregated(question: str, intent: Intent, table: Table | None) -> bool:
    """SUM or AVG of what labels rows rather than measures them: a date (heaviest first → AVG(date_egg)), an
    identifier (the plots' numbers summed over a join), and, unless a sum or an average is said, a year or a
    time part (the month with the most birds → AVG(year)). The engine's own filler, never asked."""
    if table is None:
        return False
    for m in intent.measures:
        col = table.column(m.column) if m.agg in ("sum", "avg") and m.column else None
        if col is None:
            continue
        role = column_info(col, table).role
        if col.type in DATE_TYPES or role == "id":
            return True
        if (role == "year" or time_part(col.name)) and not _aggregate_said(question):
            return True
    return False


def _aggregate_said(question: str) -> bool:
    return said_pattern(AGGREGATE_WORDS).search(question.lower()) is not None


def group_unread(question: str, intent: Intent, table: Table | None = None) -> bool:
    """each city / every year / 各类群 asked, and the answer is one figure over all rows: the grouping was
    lost (the captures of each Perognathus species → one count). 每 alone is no such word (每一 is): 平均每单
    is "per order"."""
    low = question.lower()
    found = [m for m in _GROUP_RE.finditer(low) if not _each_row_averaged(low, m.end() - 1, intent, table)]
    return _one_figure(intent) and bool(found)


def _each_row_averaged(low: str, at: int, intent: Intent, table: Table | None) -> bool:
    """各社区…的平均值 over the 社区 table, one row per 社区 (a unique name): each row's figure, averaged over
    the rows (one figure asked)."""
    single_avg = (
        len(intent.measures) == 1 and intent.measures[0].agg == "avg" and bool(intent.measures[0].column)
    )
    named_rows = table is not None and any(
        c.type == "text" and c.profile is not None and c.profile.distinct_count == table.row_count
        for c in table.columns
    )
    return single_avg and named_rows and not intent.filters and low.startswith(intent.table.lower(), at)


_NAME_RE = re.compile(r"(?<=[a-z0-9,] )([A-Z][a-z]{2,})\b")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def name_dropped(question: str, sql: str | None) -> bool:
    """ "… for United Airlines" answered over every airline: a capitalised word inside an English sentence
    (a name) that nothing in the SQL holds, neither a value, a column nor a table."""
    if not sql:
        return False
    low = sql.lower()
    # a value the SQL holds in another language (Shanghai = '上海') is held under its other names too
    held = re.findall(r"'([^']*)'", sql)
    low += " " + " ".join(n.lower() for v in held for n in other_names(v))
    named_end = -1  # where the last name the SQL holds ends
    for m in _NAME_RE.finditer(question):
        word = m.group(1).lower()
        if word in MONTHS or word in _DAY_NAMES or any(valuenames.names_part(word, v) for v in held):
            named_end = m.end()
            continue  # Brent, Dubai for '布伦特原油', '迪拜原油' (vocabulary.valuenames)
        if m.start() == named_end + 1 and bilingual.is_plain_noun(word):
            continue  # Christmas Day for '圣诞节': a common noun closing a name held
        stem = word[: max(4, len(word) - 3)]  # Japanese ~ 'Japan', Asian ~ 'Asia', Yankees ~ 'Yankee'
        if stem not in low:
            return True
        named_end = m.end()
    return False


def most_by_time(question: str, intent: Intent, table: Table | None) -> bool:
    """ "Which year had the most pertussis cases?" answered by rows ordered by their year: "most" asks for
    the largest amount, not the latest period (unless a recency word says so: the most recent year)."""
    if table is None or intent.measures or not intent.order:
        return False
    low = question.lower()
    if not said_pattern(COUNT_SUPERLATIVES).search(low) or said_pattern(RECENCY_WORDS).search(low):
        return False
    for kind, name, _desc in intent.order:
        col = table.column(str(name)) if kind == "column" and name else None
        if kind == "time" or (col is not None and timely(col, table) and not _said_after_most(low, col.name)):
            return True
    return False


def _said_after_most(low: str, column: str) -> bool:
    """ "the most years of work" (Year_of_Work): the column itself is what there is most of."""
    stems = {w.rstrip("s") for w in split_identifier(column)}
    for m in said_pattern(COUNT_SUPERLATIVES).finditer(low):
        after = re.findall(r"[a-z]+", low[m.end() :])[:2]
        if any(w.rstrip("s") in stems for w in after) or low[m.end() :].lstrip().startswith(column.lower()):
            return True
    return False


# "the most" closing its clause (rated the most, 打分最多) or fewest: a count, never a level's top
_MOST_COUNT_RE = re.compile(
    r"最多|最少|\bfewest\b|\bthe most\b(?=\s*(?:[?.,!]|$|\b(?:in|on|of|for|during)\b))"
)


SCALE_LEVELS = 20  # a rating scale: 1-5 stars in halves, 1-10 points
SCALE_REPEATS = (
    3  # ... each level held by several rows on average (a few rows of distinct figures are no scale)
)


def most_by_level(question: str, intent: Intent, table: Table | None) -> bool:
    """打分最多的用户 / who rated the most answered by the rows ordered by a scale (a rating in stars: a
    column averaged, not summed, of a few levels each many rows hold): the most ratings are a count per user,
    never the top single rating (which is said 最高 / highest). An amount (薪水最多: the most pay) may be its
    maximum."""
    if table is None or intent.measures or not intent.order or not _MOST_COUNT_RE.search(question.lower()):
        return False
    for kind, name, _desc in intent.order:
        col = table.column(str(name)) if kind == "column" and name else None
        if col is None or not col.is_numeric or default_aggregation(column_info(col, table)) != "avg":
            continue
        levels = col.profile.distinct_count if col.profile else None
        if levels and levels <= SCALE_LEVELS and table.row_count >= SCALE_REPEATS * levels:
            return True
    return False


def value_inside_others(intent: Intent, table: Table | None) -> bool:
    """= 'London' on a free-text column where at least two other values list London as one of their parts
    (Enfield, London; London/Belfast): the exact value is one way to read "from London", the values naming
    it among others another. A longer label (Federal Republic) is another value, not a list holding it."""
    if table is None:
        return False
    for f in intent.filters:
        col = table.column(f.column) if f.op == "=" and len(f.values) == 1 else None
        if col is None or not isinstance(f.values[0], str) or not f.values[0].strip():
            continue
        wanted = f.values[0].strip().lower()
        # the profiled values themselves (column_info's, without deciding the column's role per question)
        values = {str(v[0]).strip().lower() for v in (col.profile.values or [])} if col.profile else set()
        held = (v for v in values if v != wanted and wanted in v)  # a part is inside: split those only
        listing = [v for v in held if wanted in {p.strip() for p in _LIST_SPLIT.split(v)}]
        if len(listing) >= 2:
            return True
    return False


def people_counted_as_rows(question: str, sql: str | None) -> bool:
    """有几个人至少拿过一次 / how many people: over a join, COUNT(*) counts the fact's rows (the awards), each
    person once per row; the people are counted by their distinct keys."""
    text = str(sql or "").upper()
    return "COUNT(*)" in text and " JOIN " in text and bool(PEOPLE_RE.search(question.lower()))


def times_counted_distinct(question: str, sql: str | None) -> bool:
    """几季一共评了多少次 / how many times: the occurrences (rows) are counted, not the distinct things the
    question names on the way (the seasons)."""
    return bool(sql) and "COUNT(DISTINCT" in str(sql).upper() and bool(TIMES_RE.search(question.lower()))


def time_unshown(intent: Intent, table: Table | None) -> bool:
    """Nothing timely in the answer: no time grain, no date / year / time-part column shown or measured
    (when was Queensland's occupancy highest → MAX(occupancy) alone)."""
    if table is None or intent.time_grain:
        return False
    shown = [*intent.columns, *intent.dimensions, *(m.column for m in intent.measures if m.column)]
    cols = [table.column(c) for c in shown]
    return not any(c is not None and timely(c, table) for c in cols)


def _grain_lost(intent: Intent, table: Table | None) -> bool:
    """No group answers a grain said: one figure, or rows listed with nothing timely shown."""
    if intent.dimensions or intent.time_grain:
        return False
    return _one_figure(intent) or time_unshown(intent, table)


def values_pooled(question: str, intent: Intent) -> bool:
    """A figure over two named values of one column (January and March; 36期和60期): one pooled figure or
        one per value are both readings, and said apart (分别, respectively, "in January and in March") the
    pooled one is not what was asked."""
    pooled = _one_figure(intent) and any(f.op == "in" and len(f.values) >= 2 for f in intent.filters)
    return pooled and said_pattern(SEPARATELY_WORDS).search(question.lower()) is not None


def groups_for_a_count(question: str, intent: Intent) -> bool:
    """均价超过1美元的商品有几种: the groups a HAVING keeps listed where their number was asked (not also
    asked to be named: "the names of countries … and how many languages they speak")."""
    low = question.lower()
    named = asks_which(question) or LISTED_RE.search(low) is not None
    return bool(intent.having and intent.dimensions and HOW_MANY_RE.search(low)) and not named


COMBINATION_RE = re.compile(r"组合|搭配|\bcombinations?\b", re.I)


def combination_of_one(question: str, intent: Intent, table: Table | None) -> bool:
    """最常见的颜色加尺码组合 / the commonest combinations of A and B: a combination is of two things or more,
    so one group or listed column (or none) means a part of it was not read. Not where a column is itself
    so named."""
    parts = len(intent.dimensions) + bool(intent.time_grain) + len(intent.columns)
    if not COMBINATION_RE.search(question) or parts >= 2:
        return False
    names = [c.name for c in table.columns] if table is not None else []
    return not any(COMBINATION_RE.search(n) or "combo" in n.lower() for n in names)


def measured_by_itself(intent: Intent) -> bool:
    """Total cases for each case type read as SUM(cases) GROUP BY cases: a figure of the very column the
    groups are made of says nothing the group's label does not; the groups meant were another column's."""
    grouped = set(intent.dimensions)
    return any(m.agg in ("sum", "avg", "min", "max") and m.column in grouped for m in intent.measures)


_GROUPING_SAID_RE = re.compile(r"\b(?:each|every|per|by)\b|各|每|按")


def group_pinned(question: str, intent: Intent) -> bool:
    """各飞行阶段的平均速度 → WHERE phase = 'Taxi' GROUP BY phase: a grouping said (each, by, 各, 按) and
    every group the answer has pinned to one value by an equality at once is one group, a contradiction:
    the grouping asks for every value, so the value was earned by no word that said it
    (filter_evidence.py). A list of values (A和B对比) is grouped by its column on purpose, and a join that
    shows a filtered value's label beside other groups (东亚各国家: the region beside each country) or with
    no grouping said (only 金卡 customers) groups it to name it."""
    if not intent.dimensions or intent.time_grain:
        return False
    pinned = {
        f.column
        for f in intent.filters
        if f.op in ("=", "in") and len(f.values) == 1 and f.source in ("value", "bool")
    }
    return set(intent.dimensions) <= pinned and _GROUPING_SAID_RE.search(question.lower()) is not None


# days counted (how many rainy days, 多少个下雨天, 几天): the things counted are dates, not rows
_DAYS_COUNTED_RE = re.compile(r"\bhow many (?:[a-z]+ ){0,2}days\b|多少(?:个)?[\u4e00-\u9fff]{0,4}天|几天")


def days_counted_as_rows(question: str, intent: Intent, table: Table | None) -> bool:
    """How many days in 2014 had snow → COUNT(*) over rows several of which share a date (one per
    station and day): the rows counted are not the days asked. No doubt where the filters pin one row per
    date (one station's days), nor where the days are grouped (each day is its own group)."""
    if table is None or [(m.agg, m.column) for m in intent.measures] != [("count", None)]:
        return False
    if not _DAYS_COUNTED_RE.search(question.lower()):
        return False
    dates = [c for c in table.columns if c.type in DATE_TYPES and c.profile is not None]
    repeated = [c for c in dates if 0 < (c.profile.distinct_count or 0) < table.row_count]  # type: ignore[union-attr]
    if not repeated or any(c.name in intent.dimensions for c in repeated):
        return False
    cols = {c.name: column_info(c, table) for c in table.columns}
    # a named member (one station) pins its days; a yes/no flag (rain = 1) only halves them
    pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1 and f.source == "value"}
    grain = table_grain(table, cols)
    return not any(grain.pins_a_row(pinned | {c.name}) for c in repeated)


def amount_for_a_count(intent: Intent) -> bool:
    """Every figure a total, mean or extreme of a column, none a count: asked of the data's own subject
    (how many homes with a pool, `engine._counted`), the answer sums some amount of theirs instead of
    counting them (SUM(pool_area_sqft)); a column that counts the subject would have named it."""
    return bool(intent.measures) and all(
        m.agg in ("sum", "avg", "min", "max") and bool(m.column) for m in intent.measures
    )


def share_of_one_row(intent: Intent, table: Table | None) -> bool:
    """North Ames的成交量占全部的百分之多少 over the neighborhoods table → the share of its rows named
    'North Ames': one row of as many as the table holds, whatever the question measured. A share whose
    part is one value of a column no two rows share is 1 / rows, no figure anyone asks (the rows that
    point to that one row, or an amount of theirs, were meant)."""
    if table is None or table.row_count < 2:
        return False
    for m in intent.measures:
        cond = m.condition or {}
        col = table.column(str(cond.get("column") or "")) if m.agg == "rate" and not m.column else None
        values = cond.get("values") or []
        if col is None or col.profile is None or cond.get("op") not in ("=", "in") or len(values) != 1:
            continue
        if col.type == "text" and col.profile.distinct_count == table.row_count:
            return True
    return False


def compared_without_a_figure(question: str, intent: Intent) -> bool:
    """意大利和西班牙谁进口的更多 / did A or B sell more: two named values compared, the reading lists them
    with no figure at all, so nothing says which has more."""
    two = any(f.op == "in" and len(f.values) >= 2 for f in intent.filters)
    if not two or intent.measures or intent.order:
        return False
    return said_pattern(words("comparative_words")).search(question.lower()) is not None


DECADE_GROUPS = words("decade_groups")
# 按上映年代 / 各出生年代: a group word, a column's words, then the decade noun (年代 cut off 上映年份's 年)
DECADE_NAMED_RE = re.compile(
    "(?:" + "|".join(map(re.escape, words("decade_group_heads"))) + ")[\u4e00-\u9fff]{1,6}?"
    "(?:" + "|".join(map(re.escape, words("decade_nouns"))) + ")"
)
WHERE_WORDS = words("where_words")


def where_unplaced(question: str, intent: Intent, table: Table | None) -> bool:
    """在哪里 / Where …? answered with no text column shown but a key (quake_id, date): no place is
    named, so the question is answered in part at best."""
    low = question.lower()
    first = re.match(r"\W*([a-z]+)", low)
    said = any(w in question for w in WHERE_WORDS if not w.isascii()) or bool(
        first and first.group(1) in WHERE_WORDS
    )
    if not said or table is None:
        return False
    shown = [table.column(c) for c in [*intent.columns, *intent.dimensions]]
    return not any(c is not None and c.type == "text" and "id" not in split_identifier(c.name) for c in shown)


def decade_grouped(question: str) -> bool:
    """by decade / 按年代 / 按上映年代: the rows grouped by decades."""
    return any(w in question.lower() for w in DECADE_GROUPS) or DECADE_NAMED_RE.search(question) is not None


def calendar_part_measured(question: str, intent: Intent) -> bool:
    """Which type sells for the most on average → AVG(year_sold): a year / month / day column summed or
    averaged while the question never says its part (year, 年): a verb (sold) that dates the rows reached
    it, and the amount meant is another column."""
    low = question.lower()
    for m in intent.measures:
        if m.agg not in ("sum", "avg") or not m.column:
            continue
        parts = [p for p in ("year", "month", "day") if p in split_identifier(m.column)]
        if parts and not any(said_pattern(words("calendar_part_said", p)).search(low) for p in parts):
            return True
    return False


def _by_decade(sql: str | None) -> bool:
    return bool(re.search(r"/ ?10\b|\b10 ?\*", sql or ""))


def grain_has_a_column(intent: Intent, table: Table | None) -> bool:
    """按月份 grouped by the date's year-month while the table has a column of its own named month (March,
    April ...): the periods of the table's own column were most likely meant, not calendar months."""
    if table is None or not intent.time_grain:
        return False
    used = {*intent.dimensions, *intent.columns}
    return any(
        c.name not in used and c.type == "text" and split_identifier(c.name) == [intent.time_grain]
        for c in table.columns
    )


def answer_doubts(question: str, intent: Intent, table: Table | None, sql: str | None = None) -> list[str]:
    """The names of the doubts the final answer raises (each costs MODE_CONFLICT_DOUBT)."""
    which = asks_which(question)
    found = {
        "name_dropped": name_dropped(question, sql),
        "who_unnamed": asks_who(question) and not _shown_text(intent, table),
        "which_one_figure": which and _one_figure(intent) and not _span(intent),
        "which_unnamed": which and _figures_ranked_unnamed(intent, table),
        "which_rows_unnamed": which and rows_shown_unnamed(intent, table, question),
        "which_numbers_listed": which and which_numbers_listed(intent, table),  # which week was the peak
        "label_aggregated": label_aggregated(question, intent, table),
        "group_unread": group_unread(question, intent, table),
        "ranking_one_figure": ranking_one_figure(question, intent, table),
        # 比例最高的3个警区 → one share over all rows, LIMIT 3: the things ranked were not read
        "top_n_of_one_row": top_n_of_one_row(intent),
        "comparative_listed": comparative_listed(question, intent),
        "each_ranked_once": each_ranked_once(question, intent),
        "mean_per_period_grouped": mean_per_period_grouped(question, intent, table),
        "rows_shared_of_amounts": rows_shared_of_amounts(intent, table),
        "most_by_time": most_by_time(question, intent, table),
        "most_by_level": most_by_level(question, intent, table),
        "filter_outside_range": filter_outside_range(intent, table),
        "period_outside_data": period_outside_data(intent, table),  # 2020 over data ending in 2018
        "difference_unread": difference_unread(question, sql),
        "grain_unread": grain_said(question, intent) and _grain_lost(intent, table),
        "when_untimed": when_asked(question) and time_unshown(intent, table),
        "season_unread": season_unread(question, intent, table),
        "aggregate_verb_unread": aggregate_verb_unread(question, intent),
        "count_ranks_balanced": count_ranks_balanced(intent, table),
        "value_inside_others": value_inside_others(intent, table),
        "times_counted_distinct": times_counted_distinct(question, sql),
        "people_counted_as_rows": people_counted_as_rows(question, sql),
        "averaged_across_members": averaged_across_members(intent, table),
        # 占全国的百分之几 with no part read: rows listed, no figure at all
        "share_of_nothing": intent.share and not intent.dimensions and not intent.measures,
        "year_as_threshold": year_as_threshold(question, intent, table),
        "change_over_span": change_over_span(question, intent, table),
        "period_rows_unlabelled": period_rows_unlabelled(intent, table),
        "values_pooled": values_pooled(question, intent),
        "grain_pinned": grain_pinned(intent),
        # 均价超过1美元的商品有几种: the groups a HAVING keeps are listed, their number was asked
        "groups_for_a_count": groups_for_a_count(question, intent),
        # 几首不同的歌 grouped by the song: each group counts one; 至少两首歌 read as song_id >= 2
        "counted_by_itself": counted_by_itself(sql),
        "measured_by_itself": measured_by_itself(intent),
        "share_of_one_row": share_of_one_row(intent, table),  # 'North Ames' of the neighborhoods: 1/N
        "group_pinned": group_pinned(question, intent),  # GROUP BY phase WHERE phase = 'Taxi': one group
        "days_counted_as_rows": days_counted_as_rows(question, intent, table),  # station-days as days
        "compared_without_a_figure": compared_without_a_figure(question, intent),
        "key_sized_by_a_count": key_sized_by_a_count(question, sql),
        "count_asked_rows_listed": count_asked_rows_listed(question, sql),
        "combination_of_one": combination_of_one(question, intent, table),
        # 按月份统计地震次数 → COUNT(*) twice: one word read twice, another (the group) read as nothing
        "grain_has_a_column": grain_has_a_column(intent, table),
        "where_unplaced": where_unplaced(question, intent, table),
        # 每个年代 / per decade grouped by the year: no grain of ten years is read
        "decade_unread": decade_grouped(question) and not _by_decade(sql),
        "calendar_part_measured": calendar_part_measured(question, intent),
        "average_only_counted": average_only_counted(question, intent),
        "total_counted_as_rows": total_counted_as_rows(question, intent),  # rice in total → COUNT(*)
        # ratio of positive to negative → the share of IN ('positive', 'negative'): one part asked, two pooled
        "share_of_pooled_values": share_of_pooled_values(question, sql),
    }
    return [name for name, hit in found.items() if hit]
