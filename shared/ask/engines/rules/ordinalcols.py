"""Numbered-period columns: a header 第几<X> ("which X": 第几周 / 第几期 / 第几轮) or <X>次 (周次, 轮次)
numbers the X of each row, 1 for the first. 第3周 / 第三周 / 首周 ("the first week") in a question is
then that column = 3 (or 1), a condition on the rows; left unread, the
condition was dropped with nothing left over.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Filter, Intent, Op
from shared.semantic.vocabulary.linking import ColumnInfo
from shared.semantic.vocabulary.segment import ZH_DIGITS, zh_number

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

ZH_NUMERALS = frozenset([*ZH_DIGITS, "十"])
FIRST_CHARS = ("首",)  # 首周 / 首期: the first one


NOT_PERIODS = ("名", "层", "档", "班", "人", "车", "架", "航", "频", "批", "场", "户", "件", "笔")


def numbered_unit(name: str) -> str | None:
    """The one character a header numbers: 第几周 -> 周, 轮次 -> 轮, and so after a qualifier (疫情第几天
    "day of the epidemic", 赛季周次); None for any other header (名次 is a rank, 人次 / 车次 count)."""
    if len(name) >= 3 and name[-3:-1] == "第几":
        return name[-1]
    if len(name) >= 2 and name.endswith("次") and name[-2] not in NOT_PERIODS:
        return name[-2] if len(name) == 2 or CJK_PERIODS.get(name[-2]) else None
    return None


CJK_PERIODS = dict.fromkeys("年季月周天日期轮届", True)  # after a qualifier only a period unit is numbered


def _ordinal_at(parser: ParserBase, pos: int) -> tuple[int, int] | None:
    """(number, items read) of 第 + a number (digits or 一..九十九) or of 首, starting at pos."""
    items = parser.items
    it = items[pos]
    if it.kind == "word" and it.text in FIRST_CHARS:
        return 1, 1
    if it.text != "第" or pos + 1 >= len(items):
        return None
    nxt = items[pos + 1]
    if nxt.kind == "num" and isinstance(nxt.value, int):
        return nxt.value, 2
    k = pos + 1
    while k < len(items) and items[k].kind == "word" and items[k].text in ZH_NUMERALS:
        k += 1
    if k == pos + 1:
        return None
    return zh_number("".join(items[j].text for j in range(pos + 1, k))), k - pos


def ordinal_period_filters(parser: ParserBase, intent: Intent) -> None:
    """第3周 / 首周 over a table with a 第几周 column: that column = 3 (1), its items read."""
    assert parser.table is not None
    units = {u: c for c in parser.table.columns.values() if c.numeric and (u := numbered_unit(c.name))}
    if not units:
        return
    for pos in range(len(parser.items)):
        if pos in parser.ps.used:
            continue
        found = _ordinal_at(parser, pos)
        if found is None or found[0] <= 0:
            continue
        number, width = found
        end = pos + width
        unit = parser.items[end] if end < len(parser.items) else None
        if unit is None or unit.text not in units or end in parser.ps.used:
            continue
        column = units[unit.text]
        if any(f.column == column.name for f in intent.filters):
            continue
        op, values, last = _ranged(parser, end, unit.text, number)
        intent.filters.append(Filter(column.name, op, values, source="number"))
        parser.ps.used.update(range(pos, last + 1))


RANGE_JOINERS = ("到", "至", "-", "~")
AFTER_WORDS: dict[str, Op] = {"以后": ">", "之后": ">", "以前": "<", "之前": "<"}


def _ranged(parser: ParserBase, end: int, unit: str, number: int) -> tuple[Op, list[int], int]:
    """第12周到第15周: between the two (both ends kept); 第90天以后 / 之前: after or before it; else = the
    number. Returns (op, values, the last item read)."""
    items = parser.items
    nxt = items[end + 1] if end + 1 < len(items) else None
    said = nxt.text.replace(" ", "") if nxt is not None else ""
    if said in AFTER_WORDS and end + 1 not in parser.ps.used:
        return AFTER_WORDS[said], [number], end + 1
    if nxt is None or said not in RANGE_JOINERS or end + 2 >= len(items):
        return "=", [number], end
    found = _ordinal_at(parser, end + 2)
    if found is None:
        return "=", [number], end
    upper, width = found
    close = end + 2 + width
    if close >= len(items) or items[close].text != unit or upper < number:
        return "=", [number], end
    return "between", [number, upper], close


GRAIN_UNITS = {"week": ("周",), "day": ("天", "日"), "month": ("月",), "quarter": ("季",), "year": ("年",)}


def numbered_period_column(columns: Iterable[ColumnInfo], grain: str) -> str | None:
    """每周 / weekly over a table with no date but one column numbering the weeks (疫情周次, 第几周): the
    grain's groups are that column's numbers."""
    found = [c.name for c in columns if c.numeric and numbered_unit(c.name) in GRAIN_UNITS.get(grain, ())]
    return found[0] if len(found) == 1 else None
