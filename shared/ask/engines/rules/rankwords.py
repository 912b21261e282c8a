"""Rank-like measures: a column that numbers places (rank, position, 排名, 名次), where 1 is the top.

On such a column a judgement word runs against the number: the best / highest / 最高 / 最好 place is the
SMALLEST number and the worst / 最差 / 最低 the largest. Words about the number itself (lowest, largest,
smallest, 数字最小) keep their plain direction.
"""

from __future__ import annotations

import re
from functools import cache

from shared.ask.engines.rules.parsecommon import said_keys, words
from shared.semantic.vocabulary.linking import ColumnInfo
from shared.semantic.vocabulary.segment import CJK_RE, zh_number


@cache
def _rank_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """English rank words (matched as a whole name part) and Chinese ones (matched inside the name)."""
    names = words("rank_names")
    return frozenset(w for w in names if not CJK_RE.search(w)), tuple(w for w in names if CJK_RE.search(w))


def is_rank_like(c: ColumnInfo | None) -> bool:
    """A numeric column whose name says it numbers places (chart_rank, position, 排名, 周名次); its
    values, when profiled, start at 1 or more (no place 0 or below)."""
    if c is None or not c.numeric or c.role in ("id", "time", "year"):
        return False
    if isinstance(c.minimum, (int, float)) and c.minimum < 1:
        return False
    english, chinese = _rank_names()
    parts = {p for p in re.split(r"[^a-z]+", c.name.lower()) if p}
    return bool(parts & english) or any(w in c.name for w in chinese)


@cache
def _judging_keys() -> frozenset[str]:
    return said_keys(*words("quality_superlatives"))


def judges_place(text: str) -> bool:
    """best / worst / highest / 最高 / 最好: a word judging a place, not the size of its number."""
    return text.lower() in _judging_keys()


def place_direction(desc: bool, word: str, c: ColumnInfo | None) -> bool:
    """The direction over the number: a judgement word on a rank-like column runs the other way."""
    return not desc if judges_place(word) and is_rank_like(c) else desc


def place_aggregate(agg: str, word: str, c: ColumnInfo | None) -> str:
    """MAX / MIN said by a judgement word of a rank-like column: the best place is the MIN."""
    if agg not in ("max", "min") or not (judges_place(word) and is_rank_like(c)):
        return agg
    return "min" if agg == "max" else "max"


_NUM = r"(\d+|[一二两三四五六七八九十]+)"
# in / into / made the top 10; 进(过)前十名, 在前十名里 / 前十名以内: a place reached, not a cut of the rows
_PLACE_REACHED_RE = (
    re.compile(
        rf"\b(?:in|into|inside|within|made|make|makes|reached|reach|reaches) (?:the )?top {_NUM}\b", re.I
    ),
    re.compile(rf"(?:在|进|入|进入|打进|进过|进了|打入)前{_NUM}名"),
    re.compile(rf"前{_NUM}名(?:里|内|以内|之内|中)"),
)


def places_reached(question: str) -> set[int]:
    """The N of each "in the top N" / 进前N名 / 前N名以内 the question says: a condition on a place."""
    found: set[int] = set()
    for pattern in _PLACE_REACHED_RE:
        for m in pattern.finditer(question):
            text = m.group(1)
            found.add(int(text) if text.isdigit() else zh_number(text.replace("两", "二")))
    return found
