"""A share word that names a measure, not a share of rows: "Clinton's share" / "the Clinton share" over a
`clinton` column of percentages is that column, read as it is. A share of a total exists only for amounts
that add up (sales share by region); a column that is averaged (a percentage, a rate, a score) has no total
to take a share of, so the share word after it is its noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules.parsecommon import is_additive

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase
    from shared.semantic.vocabulary.linking import Item

OWNER_MARKS = ("'s", "’s", "s'")


def names_a_measure(parser: ParserBase, pos: int) -> bool:
    """The English share word at `pos` follows (after 's and an aggregate word) a word that names only
    averaged measures of the table, and no "of" follows it (the share of X keeps its own reading)."""
    items = parser.items
    nxt = items[pos + 1] if pos + 1 < len(items) else None
    if not items[pos].text.isascii() or (nxt is not None and nxt.text == "of"):
        return False  # 占…的比例 / X的比例: Chinese says a share of rows so
    k = _owner_before(parser, pos)
    return k is not None and _averaged_measures_only(parser, items[k])


def _owner_before(parser: ParserBase, pos: int) -> int | None:
    """The word before the share word, past 's and an aggregate word (Clinton's average share)."""
    items = parser.items
    k = pos - 1
    while k >= 0 and (items[k].text in OWNER_MARKS or (items[k].has("agg") and not items[k].links)):
        k -= 1
    return k if k >= 0 and items[k].kind == "match" and not items[k].tags else None


def _averaged_measures_only(parser: ParserBase, it: Item) -> bool:
    """Every link of the word is a column of the table that is a measure averaged, not summed."""
    assert parser.table is not None
    columns = [
        parser.table.columns.get(lk.column or "")
        for lk in it.links
        if lk.kind == "column" and lk.table == parser.table.name
    ]
    if not columns or len(columns) != len(it.links):
        return False
    return all(c is not None and c.numeric and c.role == "measure" and not is_additive(c) for c in columns)
