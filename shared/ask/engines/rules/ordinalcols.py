"""Numbered-period columns: a header 第几<X> ("which X": 第几周 / 第几期 / 第几轮) or <X>次 (周次, 轮次)
numbers the X of each row, 1 for the first. 第3周 / 第三周 / 首周 ("the first week") in a question is
then that column = 3 (or 1), a condition on the rows; left unread, the
condition was dropped with nothing left over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Filter, Intent
from shared.semantic.vocabulary.segment import ZH_DIGITS, zh_number

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

ZH_NUMERALS = frozenset([*ZH_DIGITS, "十"])
FIRST_CHARS = ("首",)  # 首周 / 首期: the first one


def numbered_unit(name: str) -> str | None:
    """The one character a header numbers: 第几周 -> 周, 轮次 -> 轮; None for any other header."""
    if len(name) == 3 and name.startswith("第几"):
        return name[2]
    if len(name) == 2 and name.endswith("次") and name[0] not in ("名", "层", "档", "班"):
        return name[0]
    return None


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
        intent.filters.append(Filter(column.name, "=", [number], source="number"))
        parser.ps.used.update(range(pos, end + 1))
