"""A Chinese column name split by its aggregate word: 稻谷平均价格 is the average of 稻谷价格.

Chinese puts 平均 / 总 inside a compound as readily as before it: 稻谷(的)平均价格, 种子平均价格, 员工平均工资
(= 员工工资 averaged). Read word by word, the head after the aggregate (价格) names several columns weakly
(seed price, urea price, rice price) and the modifier before it is either not understood (稻谷) or names
another column outright (种子 → the seed kilograms). Where the modifier and the head, written together, name
one column outright and that column is one the head already named, the two are one name: the head's link is
narrowed to it and the modifier (with a 的 between) is read as part of it, so the aggregate applies to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules import reading
from shared.semantic.vocabulary.linking import Item, Link
from shared.semantic.vocabulary.segment import CJK_RE

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

MODIFIER_ITEMS = 3  # 稻 谷 read as two single characters: at most three items before the aggregate
STRONG = 0.9


def _plain(text: str) -> str:
    return text.replace(" ", "")


def _cjk_modifier(it: Item) -> bool:
    """A Chinese word no clause tag claims (a word not understood, or a plain column name)."""
    return it.kind in ("word", "match") and not it.tags and bool(CJK_RE.search(it.text)) and it.text != "的"


def _joined_link(parser: ParserBase, modifier: str, head: Item, table: str) -> Link | None:
    """The one column the modifier and the head name written together, among the head's own columns."""
    heads = {lk.column for lk in head.links if lk.kind == "column" and lk.table == table}
    if len(heads) < 2:
        return None
    items = reading.peek(modifier + _plain(head.text), parser.index).items
    if len(items) != 1 or items[0].kind != "match":
        return None
    mine = [lk for lk in items[0].links if lk.kind == "column" and lk.table == table and lk.score >= STRONG]
    if len(mine) != 1 or mine[0].column not in heads:
        return None
    return mine[0]


def compound_split_by_aggregate(parser: ParserBase) -> None:
    """稻谷(的)平均价格 / 种子平均价格: the words before the aggregate and the head after it, one column."""
    table = parser.table
    if table is None or parser.lang != "zh":
        return
    items = parser.items
    for pos in range(1, len(items) - 1):
        agg, head = items[pos], items[pos + 1]
        if not agg.has("agg") or head.start != agg.end or head.kind != "match":
            continue
        first = pos - 1
        if items[first].text == "的" and first > 0:
            first -= 1
        for size in range(1, MODIFIER_ITEMS + 1):
            start = first - size + 1
            if start < 0 or not all(_cjk_modifier(it) for it in items[start : first + 1]):
                break
            if any(items[k + 1].start != items[k].end for k in range(start, pos)):
                break
            modifier = "".join(_plain(it.text) for it in items[start : first + 1])
            link = _joined_link(parser, modifier, head, table.name)
            if link is not None:
                head.links = [link]
                del items[start:pos]
                return
