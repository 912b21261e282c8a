"""Period over period (issue 10 §6): 同比 / 环比 / 增长率 / YoY / MoM / QoQ / growth.

The question's own period is the current one (2024年 / March 2024); without one, the data's latest
period (the month, quarter or year of the time column's latest date) is. 同比 / YoY compares with the
same period a year before; 环比 / MoM / QoQ and a bare growth word with the period just before of the same
length. The SQL (sqlbuild.period_compare_sql) returns both values and the change as a ratio.
"""

from __future__ import annotations

import re
from datetime import date

from shared.ask.engines.rules.intent import PeriodCompare

YOY = (
    "同比",
    "去年同期",
    "year over year",
    "year-over-year",
    "year-on-year",
    "year on year",
    "yoy",
    "y/y",
    "vs last year",
    "compared to last year",
)
POP = ("环比", "month over month", "month-over-month", "mom", "m/m", "qoq", "quarter over quarter")
GROWTH = (
    "增长率",
    "增长",
    "增幅",
    "增速",
    "涨幅",
    "growth rate",
    "growth",
    "grow",
    "grew",
    "change from",
    "percent change",
)
QUARTER_WORDS = ("季度", "qoq", "quarter")
YEAR_WORDS = ("年度环比", "年环比")


def asked(question: str) -> tuple[str, list[str]] | None:
    """("yoy" | "pop", the words that said it) when the question asks for a change between periods."""
    low = question.lower()
    return kind_of([w for w in YOY + POP + GROWTH if w in low and _said(low, w)])  # no call for most words


def kind_of(found: list[str]) -> tuple[str, list[str]] | None:
    if not found:
        return None
    if any(w in YOY for w in found):
        return "yoy", found
    return "pop", found


def _said(low: str, word: str) -> bool:
    if word not in low:  # most words of most questions: no need to search for them as a word
        return False
    if word.isascii():
        return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", low) is not None
    return word in low


def _shift_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _months(start: date, end: date) -> int | None:
    if start.day != 1 or end.day != 1:
        return None
    return (end.year - start.year) * 12 + end.month - start.month


def _label(start: date, months: int) -> str:
    if months == 12 and start.month == 1:
        return str(start.year)
    if months == 3 and start.month % 3 == 1:
        return f"{start.year}-Q{(start.month + 2) // 3}"
    if months == 1:
        return f"{start.year}-{start.month:02d}"
    return f"{start.isoformat()}"


def plan(
    kind: str, words: list[str], column: str, named: tuple[date, date] | None, latest: date | None
) -> PeriodCompare | None:
    """The two periods to compare, or None when they cannot be placed (no range and no data dates)."""
    low = " ".join(words).lower()
    if named is not None:
        start, end = named
        months = _months(start, end)
    elif latest is not None:
        if kind == "yoy" and not any(w in low for w in ("月", "month")):
            start, months = date(latest.year, 1, 1), 12
        elif any(w in low for w in QUARTER_WORDS):
            start, months = date(latest.year, (latest.month - 1) // 3 * 3 + 1, 1), 3
        elif any(w in low for w in YEAR_WORDS):
            start, months = date(latest.year, 1, 1), 12
        else:
            start, months = date(latest.year, latest.month, 1), 1
        end = _shift_months(start, months)
    else:
        return None
    if months is None or months <= 0:
        return None
    back = 12 if kind == "yoy" else months
    prev_start, prev_end = _shift_months(start, -back), _shift_months(end, -back)
    return PeriodCompare(
        column=column,
        kind=kind,
        current=[start.isoformat(), end.isoformat()],
        previous=[prev_start.isoformat(), prev_end.isoformat()],
        current_label=_label(start, months),
        previous_label=_label(prev_start, months),
    )
