"""More doubts about the final answer's shape (answer_doubts.py gathers them): a filter no row can pass, a
time grain said and lost, "when" answered with no time. Each is evidence that the reading is not the one
asked: a wrong answer that looks right is worse than a question back.

- a number compared with a numeric column beyond everything the column holds (2015 read as the takings,
  "over 100 million" written as 100000000 over a column in millions): the filter keeps no row, or all of
  them where = was meant, so the words were not read as meant;
- per year / by quarter / 每年 / 按月 said and one figure over all rows answers it;
- when / 什么时候 asked and nothing timely is shown.
"""

from __future__ import annotations

import re
from typing import Any

from shared.ask.engines.rules.intent import Filter, Intent
from shared.ask.engines.rules.parsecommon import word_map
from shared.semantic.schema import Table

_GRAINS = word_map("ranked_grains")
_EN_GRAINS = sorted((w for w in _GRAINS if w.isascii()), key=len, reverse=True)
_ZH_GRAINS = sorted((w for w in _GRAINS if not w.isascii()), key=len, reverse=True)
# a grain word after per / each / every / by (English), or after 每 / 按 / 逐 / 各 (Chinese), names one
# figure per period
_GRAIN_RE = re.compile(
    rf"\b(?:per|each|every|by) (?:{'|'.join(_EN_GRAINS)})s?\b|(?:每|按|逐|各)个?(?:{'|'.join(_ZH_GRAINS)})"
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
    if f.op in ("=", "in"):
        return all(n < low or n > high for n in nums)
    if f.op in (">", ">="):
        return nums[0] > high
    if f.op in ("<", "<="):
        return nums[0] < low
    if f.op == "between" and len(nums) == 2:
        return min(nums) > high or max(nums) < low
    return False


def filter_outside_range(intent: Intent, table: Table | None) -> bool:
    """A number compared with a numeric column where no row of it can pass (the profile's min and max)."""
    if table is None:
        return False
    for f in intent.filters:
        col = table.column(f.column)
        prof = col.profile if col is not None and col.is_numeric else None
        low = _number(prof.min) if prof is not None else None
        high = _number(prof.max) if prof is not None else None
        if low is not None and high is not None and _keeps_no_row(f, low, high):
            return True
    return False


def grain_said(question: str) -> bool:
    return _GRAIN_RE.search(question.lower()) is not None


def when_asked(question: str) -> bool:
    return _WHEN_RE.search(question.lower()) is not None
