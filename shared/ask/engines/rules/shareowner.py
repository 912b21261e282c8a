"""The whole a share is of, said as the owner of the rows: "what share of Taco Bell's items have more
than 1,000 mg of sodium" / 塔可钟的菜品里钠含量超过1000毫克的占多少 take the share within the value's
rows (the owner: X's items, X的<rows>里), of the compared number's condition, not the value's share of the
rows that meet the number."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Filter

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

INSIDE = ("里", "中", "当中", "之中")


def without_owners(parser: ParserBase, parts: list[Filter]) -> list[Filter]:
    """The parts a share may be of, none when every one is a value said as the owner of the rows (X's
    items, X的菜品里): those bound the whole, and the compared number is the part."""
    owners = [f for f in parts if f.source == "value" and _said_as_owner(parser, f)]
    return [] if owners and len(owners) == len(parts) else parts


def _said_as_owner(parser: ParserBase, f: Filter) -> bool:
    items = parser.items
    for pos, it in enumerate(items):
        if not any(lk.kind == "value" and lk.column == f.column and lk.value in f.values for lk in it.links):
            continue
        surface = parser.text[parser.units[it.start].start : parser.units[it.end - 1].end]
        if re.search(rf"\b{re.escape(surface)}(?:'s|’s|s')(?!\w)", parser.question, re.IGNORECASE):
            return True
        after = items[pos + 1 : pos + 4]
        inside = len(after) == 3 and after[2].text.replace(" ", "") in INSIDE
        if inside and after[0].text == "的" and _rows_word(parser, after[1]):
            return True
    return False


def _rows_word(parser: ParserBase, it: object) -> bool:
    """The table's noun, or the column naming each row's thing (菜品 of one dish a row)."""
    assert parser.table is not None
    if parser.is_table(it):  # type: ignore[arg-type]
        return True
    c = parser.col(it)  # type: ignore[arg-type]
    return c is not None and c.unique and not c.numeric and c.name in parser.table.grain.entities
