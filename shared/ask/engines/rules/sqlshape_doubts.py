"""Doubts read off the final SQL's shape, the same for one table and for a join ("music" round):

- a distinct count grouped by the very thing it counts (or by the key it joins to): every group counts 1,
  no one asks that (几首不同的歌 … read as COUNT(DISTINCT song) GROUP BY song);
- an identifier compared by size with the number of a count the question says (at least two different songs
  / 至少两首歌 → song_id >= 2): identifiers are labels, the number counted things;
- how many / 几周 asked and distinct rows listed, nothing counted (每首歌在前十名里待了几周 → the songs);
- which asked, a ranking's rows shown by their key or date alone where the table names each row by one text
  column (which song entered first → its date only);
- a distinct count of a column that itself holds counts (how many different farms → COUNT(DISTINCT
  farm_count)): the number of different tallies is no one's question;
- a total said (in total, 总产量) with no count word, answered by counting rows (which village produced the
  most rice in total → COUNT(*)): the amount the total is of was never read;
- a share of several values pooled while the question joins no two things (the ratio of positive to
  negative → the share of either).
"""

from __future__ import annotations

import re

from shared.ask.engines.rules.answer_checks import timely
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.panels import grain_of
from shared.semantic.schema import Column, Table
from shared.semantic.vocabulary.linking import column_info

_REF = r'(?:(\w+)\.)?"([^"]+)"'
_COUNT_DISTINCT_RE = re.compile(rf"COUNT\(DISTINCT {_REF}\)")
_JOIN_ON_RE = re.compile(rf"\bON {_REF} = {_REF}")
_GROUP_BY_RE = re.compile(r"\bGROUP BY (.+?)(?:\bHAVING\b|\bORDER BY\b|\bLIMIT\b|$)", re.S)
_KEY_SIZE_RE = re.compile(rf"{_REF} (?:>=|>|<=|<) -?\d")
_KEY_NAME_RE = re.compile(r"(?:^|_|\b)id$|编号$|代码$|ID$", re.I)
_COUNTED_NUMBER_RE = re.compile(
    r"(?:至少|最少|不少于|超过|多于|少于|at least|more than|fewer than|over)\s*"
    r"(?:\d+|[一二两三四五六七八九十]+)\s*(?:首|个|位|部|种|家|条|名|次|different|distinct|不同)",
    re.I,
)


def _ref(alias: str | None, column: str) -> tuple[str, str]:
    return (alias or "", column)


def _joined(sql: str) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """Each column reference with the ones a join's ON makes equal to it (itself included)."""
    same: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for a1, c1, a2, c2 in _JOIN_ON_RE.findall(sql):
        left, right = _ref(a1, c1), _ref(a2, c2)
        group = same.get(left, {left}) | same.get(right, {right})
        for ref in group:
            same[ref] = group
    return same


def counted_by_itself(sql: str | None) -> bool:
    """COUNT(DISTINCT x) with x (or the key x joins) among the groups: each group holds one x."""
    text = str(sql or "")
    group_by = _GROUP_BY_RE.search(text)
    if group_by is None:
        return False
    grouped = {_ref(a, c) for a, c in re.findall(_REF, group_by.group(1))}
    same = _joined(text)
    for alias, column in _COUNT_DISTINCT_RE.findall(text):
        ref = _ref(alias, column)
        if grouped & same.get(ref, {ref}):
            return True
    return False


def key_sized_by_a_count(question: str, sql: str | None) -> bool:
    """An identifier column compared by size while the question's number counts things (至少两首歌)."""
    text = str(sql or "")
    where = text.split(" WHERE ", 1)[1] if " WHERE " in text else ""
    keys = [c for _a, c in _KEY_SIZE_RE.findall(where) if _KEY_NAME_RE.search(c)]
    return bool(keys) and _COUNTED_NUMBER_RE.search(question) is not None


_WHEN_RE = re.compile(
    r"哪(?:一)?(?:天|日|年|月|周|季度)|什么时候|何时|几号"
    r"|\bwhen\b|\bwhich (?:day|date|year|month|week|quarter)\b"
)


def rows_shown_unnamed(intent: Intent, table: Table | None, question: str = "") -> bool:
    """Which song came first → its key or its date alone, while the table has one text column naming
    each row (a title): the rows a ranking keeps are shown with no name (asked back, not guessed)."""
    if table is None or intent.measures or intent.dimensions or not intent.order or not intent.columns:
        return False
    if _WHEN_RE.search(question.lower()):
        return False  # 最早的一起发生在哪天: the date is the answer
    entities = [c for c in grain_of(table).entities if _names_rows(table.column(c), table)]
    if len(entities) != 1 or entities[0] in intent.columns:
        return False
    cols = [table.column(c) for c in intent.columns]
    return all(
        c is not None and (c.is_numeric or timely(c, table) or column_info(c, table).role == "id")
        for c in cols
    )


def _names_rows(c: Column | None, table: Table) -> bool:
    """A text column (no number, no date) telling the rows apart: a title, a name."""
    return c is not None and not c.is_numeric and not timely(c, table)


_UNITS = "周天年个次首位名部本场家种"
_HOW_MANY_RE = re.compile(rf"\bhow many\b|(?<!哪)(?:几|多少)[{_UNITS}]")  # 哪几种: which kinds
_AGGREGATE_RE = re.compile(r"\b(?:COUNT|SUM|AVG|MIN|MAX)\(|\bGROUP BY\b", re.I)


def count_asked_rows_listed(question: str, sql: str | None) -> bool:
    """How many … asked, and distinct rows listed with no figure: the things, not their number."""
    text = str(sql or "")
    listed = text.upper().startswith("SELECT DISTINCT ") and _AGGREGATE_RE.search(text) is None
    return listed and _HOW_MANY_RE.search(question.lower()) is not None


def listed_ungrouped(sql: str | None) -> bool:
    """A grouped query that lists a plain column it neither groups by nor aggregates (the movies listed,
    the groups made by their release year): each group shows one arbitrary row's value, no answer. Not
    where a key is grouped by (a name listed beside its key is that key's own)."""
    text = str(sql or "")
    if "GROUP BY" not in text:
        return False
    from sqlglot import exp, parse_one  # lazy: heavy (sqlglot)

    try:
        tree = parse_one(text)
    except Exception:  # noqa: BLE001 - SQL sqlglot cannot read raises no doubt
        return False
    for select in tree.find_all(exp.Select):
        group = select.args.get("group")
        if group is None:
            continue
        grouped = {g.sql() for g in group.expressions}
        if any(isinstance(g, exp.Column) and _KEY_NAME_RE.search(g.name) for g in group.expressions):
            continue  # grouped by a key: a name listed beside it is the key's own
        for column in select.expressions:
            plain = column.this if isinstance(column, exp.Alias) else column
            if isinstance(plain, exp.Column) and plain.sql() not in grouped:
                return True
    return False


_TOTAL_RE = re.compile(
    r"\bin total\b|\btotal\b|\baltogether\b|合计|总计|加起来|总(?!数|共|计|体|部|的|人数|次数)"
)
COUNT_WORD_RE = re.compile(
    r"\bhow many\b|\bnumber\b|\bcount\b|\brecords?\b|\brows?\b|几|记录|多少[个条户名位次家只件笔项人种]"
    r"|数量|数目|人数|次数|个数|总数"
)


def total_counted_as_rows(question: str, intent: Intent) -> bool:
    """A total said (in total / 总产量 / 合计) and no count word (how many, number, 多少, 几, 记录), while
    the answer counts rows alone: the total is of an amount the reading lost (which village produced the
    most rice in total → the village with the most rows)."""
    ms = intent.measures
    if not ms or not all(m.agg == "count" and m.column is None and m.metric is None for m in ms):
        return False
    low = question.lower()
    return _TOTAL_RE.search(low) is not None and COUNT_WORD_RE.search(low) is None


_POOLED_SHARE_RE = re.compile(r"AVG\(CASE WHEN (?:\w+\.)?\"[^\"]+\" IN \('")
_JOINED_RE = re.compile(r"\b(?:or|and|either|both|each)\b|[或和及与、,，]|以及|还是")


def share_of_pooled_values(question: str, sql: str | None) -> bool:
    """A share whose part is several stored values pooled (AVG(CASE WHEN result IN ('positive', 'negative')))
    while the question joins no two things (no or / and / 和 / 或 / 、): it named one part (the ratio of
    positive to negative, one department), and the answer pooled values a word matched alike."""
    return _POOLED_SHARE_RE.search(str(sql or "")) is not None and _JOINED_RE.search(question.lower()) is None
