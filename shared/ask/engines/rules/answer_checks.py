"""More doubts about the final answer's shape (answer_doubts.py gathers them): a filter no row can pass, a
time grain said and lost, "when" answered with no time. Each is evidence that the reading is not the one
asked: a wrong answer that looks right is worse than a question back.

- a number compared with a numeric column beyond everything the column holds (2015 read as the takings,
  "over 100 million" written as 100000000 over a column in millions): the filter keeps no row, or all of
  them where = was meant, so the words were not read as meant;
- per year / by quarter / 每年 / 按月 said and one figure over all rows answers it;
- when / 什么时候 asked and nothing timely is shown;
- a part of the year asked (which quarter of the year / 一年里哪个季度) and the answer groups by a column with
  more values than the part has (each of 74 quarters "1998 Q1" …, not the four quarters of a year);
- an aggregate said as a verb (averaged more than 65%) and no such aggregate in the answer;
- rows counted and ranked per value of a column every value of which has as many rows (a panel: 8 states x
  74 quarters): the ranking is of ties, the count was not what was asked;
- a number said as a year (比1976年低, lower in 1986 than in 1976) compared with a column that holds no
  years: the year was the other period of a comparison, not the column's threshold;
- a change asked over a span (how much did X grow from 1970 to 1986) and one figure over every period of the
  span answers it (the total of all 17 years): the change between the two ends was asked.
- numbers listed for one period with nothing to tell their rows apart (the CPI in the June quarter over 8
  regions: 8 numbers, one per region no filter keeps, the region not shown).
"""

from __future__ import annotations

import re
from typing import Any

from shared.ask.engines.rules.intent import Filter, Intent
from shared.ask.engines.rules.parsecommon import said_pattern, word_map, words
from shared.ask.engines.rules.yearlabels import year_led_values
from shared.semantic.schema import Table
from shared.semantic.vocabulary import lexicon
from shared.semantic.vocabulary.grain import each_held
from shared.semantic.vocabulary.linking import column_info
from shared.semantic.vocabulary.segment import split_identifier

DATE_TYPES = ("date", "datetime", "timestamp")
TIME_PARTS = frozenset(words("time_part_names"))
_GRAINS = word_map("ranked_grains")
_EN_GRAINS = sorted((w for w in _GRAINS if w.isascii()), key=len, reverse=True)
_ZH_GRAINS = sorted((w for w in _GRAINS if not w.isascii()), key=len, reverse=True)
# a grain word after per / each / every / by (English), or after 每 / 按 / 逐 / 各 (Chinese), names one
# figure per period; 按年龄 / 按年限 / 各年级 are words of their own (age, tenure, grade), no grain: after
# 按 the grain ends the word (按年 / 按季度的)
_ZH_GRAIN = f"(?:{'|'.join(_ZH_GRAINS)})"
_GRAIN_RE = re.compile(
    rf"\b(?:per|each|every|by) (?:{'|'.join(_EN_GRAINS)})s?\b"
    rf"|(?:每|逐|各)个?{_ZH_GRAIN}(?![龄纪级薪限])|按{_ZH_GRAIN}(?:(?=[的度份])|(?![\u4e00-\u9fff]))"
)
# the part of the year a seasonal question ranks, and how many values it has
_PART_SIZES = {"quarter": 4, "month": 12, "week": 53}
_EN_PARTS = "|".join(w for w in _EN_GRAINS if _GRAINS[w] in _PART_SIZES)
_ZH_PARTS = "|".join(w for w in _ZH_GRAINS if _GRAINS[w] in _PART_SIZES)
_SEASON_RE = re.compile(
    rf"\b(?P<en>{_EN_PARTS})s? of the year\b|一年(?:里|中|当中|之中)[^，,。？?]*?(?P<zh>{_ZH_PARTS})"
)
_WHEN_RE = re.compile(r"^\W*when\b|什么时候|何时")


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _keeps_no_row(f: Filter, low: float, high: float) -> bool:
    """The filter's number lies beyond the column's values on the side it keeps."""
    nums = [n for n in (_number(v) for v in f.values) if n is not None]
    if not nums or len(nums) != len(f.values):
        return False
    if f.op == "=":
        return all(n < low or n > high for n in nums)
    if f.op == "in":  # 2011 compared with 2010 over 2006-2010: one of the numbers compared keeps no row
        return any(n < low or n > high for n in nums)
    if f.op in (">", ">="):
        return nums[0] > high
    if f.op in ("<", "<="):
        return nums[0] < low
    if f.op == "between" and len(nums) == 2:
        return min(nums) > high or max(nums) < low
    return False


def filter_outside_range(intent: Intent, table: Table | None) -> bool:
    """A number compared with a numeric column where no row of it can pass (the profile's min and max); an
    average, least or greatest value compared in a HAVING lies within them too (AVG(rate) > 1970, a year
    read as the threshold, keeps no group)."""
    if table is None:
        return False
    bounded = [
        Filter(str(h.measure.column), h.op, [h.value])  # type: ignore[arg-type]
        for h in intent.having
        if h.measure.column and h.measure.agg in ("avg", "min", "max")
    ]
    for f in [*intent.filters, *bounded]:
        col = table.column(f.column)
        prof = col.profile if col is not None and col.is_numeric else None
        low = _number(prof.min) if prof is not None else None
        high = _number(prof.max) if prof is not None else None
        if low is not None and high is not None and _keeps_no_row(f, low, high):
            return True
    return False


_ISO_RE = re.compile(r"^\d{4}-\d{2}")


def period_outside_data(intent: Intent, table: Table | None) -> bool:
    """A period asked that lies wholly after the time column's last date or before its first (2020 over
    registrations of 2003-2018): no row can pass, and a count of 0 would read as a fact about the period."""
    tr = intent.time_range
    col = table.column(tr.column) if table is not None and tr is not None else None
    prof = col.profile if col is not None else None
    if tr is None or prof is None or not _ISO_RE.match(str(prof.min)) or not _ISO_RE.match(str(prof.max)):
        return False
    first, last = str(prof.min), str(prof.max)
    return (tr.start is not None and tr.start > last) or (
        tr.end is not None and tr.end <= first[: len(tr.end)]
    )


def grain_said(question: str, intent: Intent) -> bool:
    """A grain said (per year, 每季度) that is not the measured column's own word (每周排名 over
    Weekly_Rank: the weekly rank averaged, no grain)."""
    m = _GRAIN_RE.search(question.lower())
    if m is None:
        return False
    grain = next(g for w, g in _GRAINS.items() if w in m.group(0))
    named = [*(ms.column for ms in intent.measures if ms.column), *intent.columns]
    return not any(w.startswith(grain) for name in named for w in split_identifier(name))


def when_asked(question: str) -> bool:
    return _WHEN_RE.search(question.lower()) is not None


def season_unread(question: str, intent: Intent, table: Table | None) -> bool:
    """A part of the year ranked (which quarter of the year) over a column with more distinct values than
    the part has, or over that grain's periods of each year (2019-07): the answer names one period of one
    year, not the season asked."""
    m = _SEASON_RE.search(question.lower())
    if m is None or table is None:
        return False
    part = _GRAINS[m.group("en") or m.group("zh")]
    if intent.time_grain == part and not intent.calendar:
        return True  # month of the year → each month of each year (2019-07): one period, not the season
    size = _PART_SIZES[part]
    for name in intent.dimensions:
        col = table.column(name)
        prof = col.profile if col is not None else None
        if prof is not None and prof.distinct_count > size:
            return True
    return False


def _verb_forms(key: str) -> tuple[str, ...]:
    base = [w for w in lexicon.KEYWORDS.get(key, []) if w.isascii() and w.isalpha() and len(w) > 3]
    return tuple(f for w in base for f in (w + "d", w + "ed", w + "s") if not f.endswith("eed"))


_AGG_VERBS = {"avg": _verb_forms("agg:avg"), "sum": _verb_forms("agg:sum")}


def aggregate_verb_unread(question: str, intent: Intent) -> bool:
    """ "states that averaged more than 65%": the verb asks an average; none in the answer (the rows over
    65% listed instead)."""
    low = question.lower()
    used = {m.agg for m in intent.measures} | {h.measure.agg for h in intent.having}
    return any(
        agg not in used and re.search(rf"\b(?:{'|'.join(forms)})\b", low) is not None
        for agg, forms in _AGG_VERBS.items()
        if forms
    )


def count_ranks_balanced(intent: Intent, table: Table | None) -> bool:
    """COUNT(*) ranked per value of a column whose values all hold as many rows (a balanced panel)."""
    if table is None or not intent.order or len(intent.dimensions) != 1:
        return False
    if not any(m.agg == "count" and m.column is None for m in intent.measures):
        return False
    col = table.column(intent.dimensions[0])
    listed = col.profile.values if col is not None and col.profile is not None else None
    counts = {n for _v, n in listed or []}
    if len(listed or []) < 2 or len(counts) != 1 or min(counts) < 2:  # one row each: a key, no panel
        return False
    # the counts are of this table's rows (over a joined view they are a dimension's, not the fact's)
    return table.row_count == sum(n for _v, n in listed or [])


_THRESHOLD_OPS = ("<", "<=", ">", ">=", "between")


def _said_as_year(question: str, value: Any) -> bool:
    """1976年 / in 1976: the number is said as a year, not as an amount."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        return False
    year = int(value)
    return 1000 <= year <= 2999 and re.search(rf"(?<!\d){year}年|\bin {year}\b", question.lower()) is not None


def year_as_threshold(question: str, intent: Intent, table: Table | None) -> bool:
    """A threshold that the question says as a year (1976年) on a column that is no year or date."""
    if table is None:
        return False
    for f in intent.filters:
        col = table.column(f.column) if f.op in _THRESHOLD_OPS else None
        if col is None or col.type in DATE_TYPES:
            continue
        if column_info(col, table).role in ("year", "time"):
            continue
        if any(_said_as_year(question, v) for v in f.values):
            return True
    return False


_CHANGE = said_pattern(words("change_verbs"))


def _timely_column(name: str, table: Table) -> bool:
    col = table.column(name)
    return col is not None and timely(col, table)


def change_over_span(question: str, intent: Intent, table: Table | None) -> bool:
    """A change verb (grew / 增加) and a span of periods read as one figure over all of them, with no period
    compared nor shown: the span's ends were the two periods to compare."""
    if table is None or intent.compare is not None or intent.dimensions or intent.time_grain:
        return False
    if not _CHANGE.search(question.lower()):
        return False
    tr = intent.time_range
    spans = tr is not None and bool(tr.start) and bool(tr.end)
    return spans or any(f.op == "between" and _timely_column(f.column, table) for f in intent.filters)


def time_part(name: str) -> bool:
    """A column named after a part of the date (order_month, 季度)."""
    words = split_identifier(name)
    return bool(words) and (words[-1] in TIME_PARTS or name in TIME_PARTS)


def timely(col: Any, table: Table) -> bool:
    """A date, a year, a time part (month, quarter) or period labels ("1998 Q1")."""
    if col.type == "text" and col.profile is not None and col.profile.values:
        return year_led_values(col)  # period labels: "1998 Q1"
    return col.type in DATE_TYPES or column_info(col, table).role in ("year", "time") or time_part(col.name)


def _crossed_dimensions(table: Table, period: str) -> list[str]:
    """Text columns crossed with the period column as a full panel (8 regions x 74 quarters = the rows,
    every region in every quarter): one period's rows are one per value of each."""
    col = table.column(period)
    periods = col.profile.distinct_count if col is not None and col.profile is not None else 0
    out = []
    for c in table.columns:
        listed = c.profile.values if c.type == "text" and c.profile is not None else None
        if listed and len(listed) >= 2 and len(listed) * periods == table.row_count and each_held(c, periods):
            out.append(c.name)
    return out


def _raw_numbers_listed(intent: Intent, table: Table) -> bool:
    """Rows of numeric columns only, no group, no period range, no aggregate."""
    if intent.dimensions or intent.time_grain or intent.time_range:
        return False
    if any(m.agg != "none" for m in intent.measures):
        return False
    shown = {*intent.columns, *(m.column for m in intent.measures if m.column)}
    return bool(shown) and all((c := table.column(n)) is not None and c.type != "text" for n in shown)


def period_rows_unlabelled(intent: Intent, table: Table | None) -> bool:
    """Raw numbers listed for one period (= on a period column) of a panel while a dimension crossed with
    it is neither pinned nor shown: one number per value of it, and the rows cannot be told apart. One
    member of such a dimension pinned pins the period's one row, whatever the other dimensions (a state
    pins its code's row too)."""
    if table is None or not _raw_numbers_listed(intent, table):
        return False
    pinned = {f.column for f in intent.filters if f.op in ("=", "in", "like")}
    periods = [
        f.column for f in intent.filters if f.op == "=" and (c := table.column(f.column)) and timely(c, table)
    ]
    one = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    for p in periods:
        crossed = _crossed_dimensions(table, p)
        if any(c in one for c in crossed):
            continue  # one member pinned (a state, so its code too): one row per period
        if any(d not in pinned for d in crossed):
            return True
    return False


def grain_pinned(intent: Intent) -> bool:
    """Grouped by a period of a time column that an equality filter pins to one value (January of each year
    from 2010 read as January 2010 under yearly groups): one group answers where each period was asked."""
    if not intent.time_grain or not intent.time_column:
        return False
    return any(
        f.column == intent.time_column and f.op == "=" and len(f.values) == 1 and isinstance(f.values[0], str)
        for f in intent.filters
    )  # a period label or date ('2010-01'), not a year part (year = 2002 grouped by its months)
