"""Rows that have a thing an amount column measures: "homes with a pool" over pool_area_sqft, 带游泳池的房子,
"houses without a fireplace" over fireplaces. The column holds 0 for rows without the thing, so having it
is the amount above 0 (without: 0). Read before the measures, so the noun is not summed instead.

The having word (with / 带 / 有; grammar `amount_having`) stands right before the noun (an article between
in English); in Chinese the noun closes on 的 before the rows' noun. The column is a measure whose least
value is 0 and whose name the noun names outright or by its first word (pool of pool_area_sqft).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Filter, Intent
from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.segment import CJK_RE

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase
    from shared.semantic.vocabulary.linktypes import ColumnInfo

HAVING_ON = frozenset(words("amount_having", "on"))
HAVING_OFF = frozenset(words("amount_having", "off"))
ARTICLES = frozenset({"a", "an", "any"})


def held_amount_filters(parser: ParserBase, intent: Intent) -> None:
    """Filters column > 0 (with) or = 0 (without) for each thing the rows are said to have."""
    for pos, it in enumerate(parser.items):
        if pos in parser.ps.used or it.kind != "match" or it.tags or not it.links:
            continue
        before = _having_word_before(parser, pos)
        if before is None or (CJK_RE.search(it.text) and not _closes_on_de(parser, pos)):
            continue
        if _amount_said_after(parser, pos):
            continue  # with a tenure of 12 months or less: the amount is compared, not merely had
        col = _amount_column(parser, it)
        if col is None:
            continue
        off = parser.items[before].text.replace(" ", "") in HAVING_OFF
        intent.filters.append(Filter(col.name, "=" if off else ">", [0], "number"))
        parser.ps.used.update({before, pos, *range(before + 1, pos)})


def _having_word_before(parser: ParserBase, pos: int) -> int | None:
    k = pos - 1
    while k >= 0 and parser.items[k].text.lower() in ARTICLES:
        k -= 1
    if k < 0 or k in parser.ps.used:
        return None
    said = parser.items[k].text.replace(" ", "").lower()
    return k if said in HAVING_ON | HAVING_OFF and not parser.items[k].links else None


def _amount_said_after(parser: ParserBase, pos: int) -> bool:
    """A number, comparator or "of" within the two items after the noun: its amount is said."""
    after = parser.items[pos + 1 : pos + 3]
    return any(x.kind == "num" or x.has("cmp") or x.text.lower() in ("of", "over", "under") for x in after)


def _closes_on_de(parser: ParserBase, pos: int) -> bool:
    return pos + 1 < len(parser.items) and parser.items[pos + 1].text == "的"


def _amount_column(parser: ParserBase, it: object) -> ColumnInfo | None:
    """The one measure column the noun links, holding 0 for some rows and more for others."""
    assert parser.table is not None
    links = [lk for lk in getattr(it, "links", ()) if lk.kind == "column" and lk.table == parser.table.name]
    if len(links) != len(getattr(it, "links", ())) or len({lk.column for lk in links}) != 1:
        return None
    col = parser.table.columns.get(links[0].column or "")
    if col is None or col.role != "measure" or not col.numeric:
        return None
    lo, hi = col.minimum, col.maximum
    return col if isinstance(lo, int | float) and isinstance(hi, int | float) and lo == 0 < hi else None
