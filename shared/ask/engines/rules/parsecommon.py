"""Shared by the clause readers (parse_*.py): grammar word lists (loaded from grammar/<lang>.json)
and small helpers."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from shared.ask.engines.rules import timeexpr
from shared.ask.engines.rules.intent import Agg, agg_of
from shared.ask.engines.rules.measures import default_aggregation
from shared.semantic.vocabulary.linking import (
    ColumnInfo,
    Item,
)
from shared.semantic.vocabulary.propernouns import other_names
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key

LANGS = ("en", "zh")


@cache
def _grammar() -> dict[str, dict[str, Any]]:
    """The grammar words of each language (grammar/<lang>.json): data, not code."""
    folder = resources.files("shared.ask.engines.rules") / "grammar"
    return {lang: json.loads((folder / f"{lang}.json").read_text(encoding="utf-8")) for lang in LANGS}


def words(key: str, *parts: str) -> tuple[str, ...]:
    """One grammar word list, every language's words together (a question may mix them); `parts`: the
    named subsets of a list kept as one concept (row_nouns: rows, counted, ...), taken together."""
    entries = (_grammar()[lang].get(key, {} if parts else []) for lang in LANGS)
    return tuple(w for entry in entries for w in (entry if not parts else _parts(entry, parts)))


def _parts(entry: dict[str, list[str]], parts: tuple[str, ...]) -> list[str]:
    return [w for part in parts for w in entry.get(part, [])]


@cache
def said_pattern(wordlist: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a word list: English words whole (\\b … \\b), Chinese anywhere (no spaces).

    Led by a lookahead for the words' first characters: every match starts with one, so the matches are
    the same, but the alternation (each English word behind a \\b) is tried only where one stands."""
    parts = [re.escape(w) if CJK_RE.search(w) else rf"\b{re.escape(w)}\b" for w in wordlist]
    alternation = "(" + "|".join(sorted(parts, key=len, reverse=True)) + ")"
    if not wordlist or not all(wordlist):
        return re.compile(alternation)
    first = "".join(sorted({re.escape(w[0]) for w in wordlist}))
    return re.compile(f"(?=[{first}]){alternation}")


def word_map(key: str) -> dict[str, str]:
    return {k: v for lang in LANGS for k, v in _grammar()[lang].get(key, {}).items()}


ZH_STOP = set(words("stop_chars"))
# generic nouns that sit before a column's name without naming one of its values (类型政府 / kind of pet)
GENERIC_NOUNS = frozenset(words("generic_nouns"))
INCLUSIVE_NOTE = re.compile(r"\((?:含|包含|包括|inclusive|including|both inclusive)[^)]*\)")
# Confidence lowered per unknown word, per grammar word left unused, per named column left unused.
UNKNOWN_WORD_DOUBT = 0.2
DEFAULT_NAME_DOUBT = 0.05  # "who" with no column named: read as the name column
DEFAULT_COUNT_DOUBT = 0.15  # no measure named: the rows counted
LEFTOVER_KEYWORD_DOUBT = 0.12
LEFTOVER_COLUMN_DOUBT = 0.4  # 4 right / 20 wrong on the sets: a named column left out is a misreading
OTHER_TABLE_DOUBT = 0.15
TABLE_TIE_DOUBT = 0.4  # two tables fit the words about equally well
UNKNOWN_NAME_DOUBT = 0.25  # on top of UNKNOWN_WORD_DOUBT: a capitalised name no column holds
PART_NAME_DOUBT = 0.1  # a value named by part of its name (美国 'United States of America'): likely, not sure
UNUSED_VALUE_DOUBT = 0.2  # a value the question names that no filter uses
SUPERLATIVE_DROPPED_DOUBT = 0.4  # most/least/最多 with no order, limit, MAX/MIN or HAVING in the reading
UNKNOWN_SUBJECT_DOUBT = 0.3  # a group/compare/superlative/rate word whose noun was not understood
# The words joining a range's two ends, one grammar list (`range_joiners`) in named parts, each reader
# taking the parts it trusts: 3到5, 2012至2014, 3-5, 3~5 always join a range (RANGE_MARKS); to / through /
# until join a range of years (RANGE_LINKS); the short forms (thru, till) are read only where the range's
# ends are values of one column (filter_evidence) or day names (weekend).
RANGE_MARKS = words("range_joiners", "marks", "dash", "tilde")
RANGE_LINKS = (*RANGE_MARKS, *words("range_joiners", "to", "through"))
MODE_CONFLICT_DOUBT = 0.4  # the grammar asks one mode (a count), the reading answers another (rows)
TIME_COLUMN_GUESSED_DOUBT = 0.4  # a period on a time column guessed among several (a debut date)
QUOTE_UNUSED_DOUBT = 0.4  # a quoted value no filter holds, or filtered on a column that lacks it
LOAD_BEARING = (
    "agg",
    "sup",
    "count",
    "count_distinct",
    "distinct",
    "group",
    "order",
    "sort",
    "neg",
    "cmp",
    "between",
    "contains",
    "startswith",
    "share",
    "rate",
    "limit_word",
)
GROUP_FILLERS = set(words("group_fillers"))
TOTAL_SUFFIXES = frozenset(words("total_suffixes"))  # 人口总数: the total of the amount before it
YEAR_RELS = ("this_year", "last_year", "year_before_last")
HALF_RELS = {"first_half": 1, "second_half": 2}
STEP_BACK_RELS = ("last_quarter", "last_month", "last_year", "last_week")
KIND_CHARS = frozenset(words("kind_chars"))
KIND_WORDS = frozenset(words("kind_words"))
CLASSIFIERS = set(words("classifiers"))
COMPARATIVES = {
    w: op for lang in LANGS for op, ws in _grammar()[lang].get("comparatives", {}).items() for w in ws
}
TIMES_WORDS = words("times_words")
COPULAS = words("copulas", "equal")  # "is equal to" / 是 / 为: between a column and its value
PRONOUNS = words("pronouns")
DIFFERENT_WORDS = words("different_words")
BIG = words("big")
# A和B的销售额对比 / A vs B / A and B respectively: named values compared side by side, one row each
COMPARE_WORDS = words("compare_words")
# the difference of two figures (difference between, A比B多多少): no reading computes one yet
DIFFERENCE_WORDS = words("difference_words")
# only … / 只看… / what about …: the question edits a previous one
FOLLOWUP_OPENERS = words("followup_openers")
SAME_FOR_OPENERS = words("same_for_openers")
# 那…呢 (and what about …?): the whole question is framed as an edit of the one before
FOLLOWUP_FRAME = (words("followup_frame_openers"), words("followup_frame_closers"))
FOLLOWUP_WITHOUT_CONTEXT_DOUBT = 0.4
# the number of people (人数): after a numeric measure's name, that measure's own noun (就业人数)
HEADCOUNT_WORDS = frozenset(words("headcount_words"))
# across all years / 历年: a month named without a year is that month of every year
EVERY_YEAR_WORDS = words("every_year_words")
# units of measurement (minutes, degrees, feet, 公里): after a number or "in", a unit, never a column
UNIT_WORDS = frozenset(words("unit_words"))
MONEY_UNITS = frozenset(words("money_units"))  # 100美元 / 100 dollars (a barrel, 每公斤): a price's unit
# the last word of a rate's name (Dividend Yield, Profit Margin): a Chinese X率 names the column X begins
RATE_NOUNS = frozenset(words("rate_nouns"))
# a computation between two columns (ratio of A to B, A minus B, A减B): no reading computes one
ARITHMETIC_WORDS = words("arithmetic_words")
# missing / null / 缺失 / 为空: rows without a value, which no filter reads (no IS NULL reading)
MISSING_WORDS = words("missing_words")
# what range / period the data covers: the first and last value of a time or year column
# incomplete / unpaid / non-smoker: the opposite of the word after the prefix
NEGATIVE_PREFIXES = words("negative_prefixes")


def opens_as_followup(question: str) -> bool:
    """The question opens with a word that edits a previous question (only …, 只看…, what about …), or is
    framed as one (那…呢)."""
    text = question.strip().lower()
    return any(
        text.startswith(w) and (not w.isascii() or text[len(w) : len(w) + 1] in (" ", ",", ""))
        for w in FOLLOWUP_OPENERS
    ) or framed_as_followup(text)


def asks_the_same_for(question: str) -> bool:
    """建筑业呢 / 1970年呢 / what about Georgia? / and for credit card?: the question before, asked again of
    another value or period (its whole reading is the previous turn's), not an edit added to it."""
    text = question.strip().lower()
    bare = text.rstrip("？?。！! ")
    _openers, closers = FOLLOWUP_FRAME
    return any(bare.endswith(c) for c in closers) or any(
        text.startswith(w) and text[len(w) : len(w) + 1] in (" ", ",", "") for w in SAME_FOR_OPENERS
    )


def framed_as_followup(text: str) -> bool:
    """那第三季呢 / 那上个月呢: opened by 那 and closed by 呢, the question is "and what about …?"."""
    bare = text.rstrip("？?。！! ")
    openers, closers = FOLLOWUP_FRAME
    return any(bare.startswith(o) for o in openers) and any(bare.endswith(c) for c in closers)


# nouns that name a table's rows whatever the table (how many orders / 多少笔交易): counting them counts rows
ROW_NOUNS = frozenset(words("row_nouns", "rows", "counted"))


def is_row_noun(item: Item) -> bool:
    """The item is a noun for any table's rows (records, orders, 笔): counting it counts the rows. The
    parser's list (grammar row_nouns); the index links its own, shorter list to every table as a weak table
    word (vocabulary/keynouns.ROW_NOUNS), which `ParserBase.is_table` sees."""
    return item.text.replace(" ", "").lower() in ROW_NOUNS


# break down X by Y: X is what is broken down, Y the groups
BREAKDOWN_VERBS = frozenset(words("breakdown_verbs"))
# question and function words that carry no content of their own: never "not understood"
FUNCTION_WORDS = frozenset(words("function_words"))
# superlatives about time (the most recent / 最早): they rank by a date, whatever else is named
TIME_SUPERLATIVES = words("time_superlatives")
SMALL = words("small")


# a bare time word naming the groups a superlative ranks (哪个月 / 退货率最高的季度 / which year)
RANKED_GRAINS = word_map("ranked_grains")


@lru_cache(maxsize=256)
def said_keys(*words: str) -> frozenset[str]:
    """Unit keys of literal words, to compare with Item.text ("列出" -> "列 出")."""
    return frozenset(phrase_key(w) or w for w in words)


def in_data_language(text: str, col: ColumnInfo) -> str:
    """Search text in the column's language: “西” in an English city column searches 'West'."""
    sample = [v for v in col.values[:50] if isinstance(v, str)]
    if not CJK_RE.search(text) or not sample or any(CJK_RE.search(v) for v in sample):
        return text
    names = [n for n in other_names(text) if n.isascii()]
    if not names:
        return text
    if not col.values or len(col.values) < col.distinct:
        return names[0]
    for name in names:
        for v in sample:
            at = v.lower().find(name.lower())
            if at >= 0:
                return v[at : at + len(name)]  # the data's own spelling, for case-sensitive LIKE
    return names[0]


def value_of(item: Item) -> float:
    """The number a num item holds (0 when it holds none)."""
    return item.value if isinstance(item.value, int | float) else 0


def is_number(text: str) -> bool:
    return bool(re.fullmatch(r"-?\d+(\.\d+)?", text.strip()))


def natural_key(text: str) -> list[Any]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]


def as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    return None


def range_label(spec: timeexpr.TimeSpec, rng: tuple[date, date], op: str | None, lang: str) -> str:
    base = timeexpr.describe(spec, rng, lang)
    if op is None:
        return base
    if lang == "zh":
        return {"ge": f"{base} 及以后", "gt": f"{base} 之后", "lt": f"{base} 之前", "le": f"{base} 及以前"}[
            op
        ]
    return {"ge": f"from {base}", "gt": f"after {base}", "lt": f"before {base}", "le": f"up to {base}"}[op]


def comparable(left: ColumnInfo, right: ColumnInfo, op: str) -> bool:
    """Two columns a row can compare: both numbers or both dates; (in)equality also for ids and codes."""
    if op in ("=", "!="):
        return left.numeric == right.numeric and left.role != "bool" and right.role != "bool"
    if left.role == "time" or right.role == "time":
        return left.role == right.role
    return left.numeric and right.numeric and "id" not in (left.role, right.role)


def default_agg(col: ColumnInfo) -> Agg:
    """The aggregate of a column a question names with no aggregate word (a person's choice first)."""
    return agg_of(default_aggregation(col))


def is_additive(col: ColumnInfo) -> bool:
    """Amounts and counts add up; prices, scores, ages and rates are averaged (measures.py decides)."""
    return default_aggregation(col) == "sum"
