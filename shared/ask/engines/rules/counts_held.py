"""Rows that hold counts: a table with a column named count / n / freq / 频数 (cases per disease, state and
year; people per class) is already aggregated, so its rows are groups, not the things counted. "How many
measles cases in 1960" over such rows is the SUM of that column; counting the rows counts state-years.

The row count stays when the question asks for rows (records / 记录 / 多少条), when the count column is
itself a condition (states with more than 500 cases: rows meeting a threshold), or when the thing counted
is another column ("how many weeks" over weeks_reporting: not the cases).
"""

from __future__ import annotations

import re
from dataclasses import replace

from shared.ask.engines.rules.intent import Having, Intent, Measure
from shared.ask.engines.rules.parsecommon import said_pattern, words
from shared.semantic.schema import Column, Table
from shared.semantic.vocabulary import bilingual, lexicon
from shared.semantic.vocabulary.segment import split_identifier
from shared.semantic.vocabulary.tallynames import count_suffix, names_stem

COUNT_NAMES = frozenset(w.lower() for w in words("count_column_names"))
ROW_WORDS = words("row_nouns", "rows", "row_counts")  # said outright: rows, 记录, 多少行
ROWS_ASKED = tuple(w for key in ("list", "which", "who") for w in lexicon.KEYWORDS.get(key, ()))
_EN_COUNTED = re.compile(r"\b(?:how many|number of)\s+([a-z]+)")
_EN_NOUNS = re.compile(r"\b(?:how many|number of)\s+((?:[a-z]+\s*){1,3})")
_ZH_COUNTED = re.compile(r"(?:多少|几)[个名位家次条本只门项笔件场支种所部辆张台周年天]?(\S{1,6})")


def held_count_column(
    table: Table | None,
    own: frozenset[str] | None = None,
    question: str = "",
    linked: frozenset[str] = frozenset(),
) -> str | None:
    """The one integer column, never negative, whose whole name says it counts (`own`: the names that are
    the table's own columns, on a joined view); else the one such column under a plural noun that the
    table's own name or the noun counted in the question names (tb_visitors.visitors, "number of
    visitors"): the things counted are that column's, so their number is its SUM. Else the one column
    named as a number of people or times (出生人数, 访问次数) that the question counts (`_counted_there`;
    `linked`: the columns a word of the question names)."""
    if table is None:
        return None
    mine = [c for c in table.columns if own is None or c.name in own]
    named = _stems(split_identifier(table.name)) | _counted_nouns(question)
    for pick in (_counts, lambda c: _noun_count(c, named), lambda c: _verb_counted(c, question)):
        picked = [c for c in mine if pick(c)]
        if picked:
            return picked[0].name if len(picked) == 1 else None
    tallies = [c for c in mine if count_suffix(c) is not None]
    if len(tallies) != 1 or not _counted_there(tallies[0], table, question, linked):
        return None
    return tallies[0].name


def _counted_there(col: Column, table: Table, question: str, linked: frozenset[str]) -> bool:
    """The question counts what the column counts: a word of it names the column (出生 for 出生人数, born),
    多少 / 几 asks for the suffix's own unit (多少人 for X人数, 多少次 for X次数), or the question says the
    table's own noun in the plural where the dictionary gives that noun the column's word (births over a
    table named births with 出生人数: its rows are days, each a count; breaches over 受影响人数 are rows)."""
    if col.name in linked:
        return True
    suffix = count_suffix(col) or ""
    if re.search(rf"(?:多少|几){re.escape(suffix[0])}", question):
        return True
    plurals = [w for w in re.findall(r"[a-z]+", question.lower()) if len(w) > 3 and w.endswith("s")]
    nouns = _stems(plurals) & _stems(split_identifier(table.name))
    return any(names_stem(n, col.name[: -len(suffix)]) for n in nouns)


_ZH_ACTED = re.compile(r"([\u4e00-\u9fff])(?:了|的|过)?(?:多少|几)?个?人")
_EN_ACTED = re.compile(r"\bhow many (?:people |persons )?(?:were |was |got )?([a-z]+ed)\b")


def _verb_counted(col: Column, question: str) -> bool:
    """死了多少人 / 死的人最多 / how many died over a column deaths: the people counted are those the verb
    acted on, and a whole-number column named by that verb's noun (its Chinese opens with the verb: 死亡)
    holds their number per row, so they are its SUM; counting the rows counts the events."""
    if not _noun_count(col, _stems(split_identifier(col.name))):
        return False
    nouns = [w for w in bilingual.chinese_for(bilingual.base(split_identifier(col.name)[0])) if len(w) == 2]
    verbs = [m.group(1) for m in _ZH_ACTED.finditer(question)]
    for m in _EN_ACTED.finditer(question.lower()):
        word = m.group(1)
        if not _stems([word]) & _stems(split_identifier(col.name)):
            verbs += [w[0] for w in bilingual.chinese_for(bilingual.base(word)) if len(w) == 2]
    return any(n.startswith(v) for v in verbs for n in nouns)


def _stems(ws: list[str]) -> set[str]:
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in ws}


def _counted_nouns(question: str) -> set[str]:
    """The plural nouns right after how many / number of, up to the first other plural noun."""
    out: set[str] = set()
    for m in _EN_NOUNS.finditer(question.lower()):
        for w in m.group(1).split()[:3]:
            if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
                out |= _stems([w])
                break
    return out


def _noun_count(col: Column, named: set[str]) -> bool:
    ws = split_identifier(col.name)
    if col.type != "integer" or len(ws) != 1 or not ws[0].endswith("s") or not _stems(ws) & named:
        return False
    low = col.profile.min if col.profile is not None else None
    return isinstance(low, int | float) and low >= 0


def _counts(col: Column) -> bool:
    if col.name.strip().lower() not in COUNT_NAMES or not col.is_numeric:
        return False
    low = col.profile.min if col.profile is not None else None
    return col.type == "integer" and (low is None or (isinstance(low, int | float) and low >= 0))


def rows_said(question: str) -> bool:
    return said_pattern(ROW_WORDS).search(question.lower()) is not None


def _row_count(m: Measure) -> bool:
    return m.agg == "count" and m.column is None and m.metric is None and m.expression is None


def _summed(m: Measure, column: str) -> Measure:
    if _row_count(m):
        return Measure(agg="sum", column=column)
    if m.agg == "rate" and m.column is None:  # a share of the rows -> a share of the counts
        return replace(m, column=column)
    return m


def counts_summed(
    intent: Intent,
    table: Table | None,
    question: str,
    own: frozenset[str] | None = None,
    defaulted: bool = False,
    linked: frozenset[str] = frozenset(),
) -> Intent:
    """The intent with its row counts read as sums of the table's count column (unchanged when the table
    holds no such column, when rows are asked, or when the column is already a condition). `defaulted`:
    the columns listed are the engine's default (a name or an id), not asked for; `linked`: the columns a
    word of the question names."""
    column = held_count_column(table, own, question, linked)
    if column is None or rows_said(question) or _conditioned(intent, column):
        return intent
    if table is not None and _counts_another_column(question, table, column):
        return intent
    if defaulted:
        return _tallies_listed(intent, column, question) or intent
    measures = [_summed(m, column) for m in intent.measures]
    having = [Having(_summed(h.measure, column), h.op, h.value) for h in intent.having]
    if measures == intent.measures and having == intent.having:
        return intent
    return replace(intent, measures=measures, having=having)


def _conditioned(intent: Intent, column: str) -> bool:
    used = {f.column for f in intent.filters} | {c for m in intent.measures for c in [m.column] if c}
    return column in used or column in intent.columns or column in intent.dimensions


def _counts_another_column(question: str, table: Table, column: str) -> bool:
    """ "How many weeks ..." with a weeks_reporting column / 多少周 with 报告周数: the count counts what
    another column measures, not the rows' counts."""
    low = question.lower()
    others = [c.name for c in table.columns if c.name != column]
    for m in _EN_COUNTED.finditer(low):
        word = m.group(1)
        stems = {word, word[:-1] if word.endswith("s") else word}
        if any(stems & set(split_identifier(name)) for name in others):
            return True
    for m in _ZH_COUNTED.finditer(question):
        if any(name.startswith(m.group(1)[:2]) or m.group(1).startswith(name) for name in others if name):
            return True
    return False


def _tallies_listed(intent: Intent, column: str, question: str) -> Intent | None:
    """ "Measles cases in Texas in 1990" read as a listing of the tallied rows' default name or id, with no
    list / which / who word: the cases are their tallies' sum, per each value compared (Florida and
    Georgia: one sum each)."""
    if intent.measures or not intent.columns or intent.order or intent.limit or intent.having:
        return None
    if said_pattern(ROWS_ASKED).search(question.lower()):
        return None
    compared = [f.column for f in intent.filters if f.op == "in" and f.column in intent.columns]
    return replace(intent, measures=[Measure("sum", column)], dimensions=compared, columns=[], distinct=False)
