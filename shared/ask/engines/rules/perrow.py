"""An amount "per" the rows' own noun is its average over the rows: goals per game, sales per order.

Over a table whose each row is one thing (its key's noun: a match, an order), "home goals per match"
asks how many goals one match has, typically: the average of the amount over the rows, one figure (or
one per group when a grouping is said). Listing each row's amount (the reading without this rule) leaves
the "per" unread and answers with thousands of rows. Only where the word after "per" names the rows
(not a column: goals per season groups by season) and the reading asks one amount and nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Intent, Measure

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

PER_WORDS = ("per",)  # 每个X的Y is each X's Y, listed: no average


def average_per_row(parser: ParserBase, intent: Intent) -> None:
    """A lone amount listed, with "per <the rows' noun>" said: its average over the rows instead."""
    table = parser.table
    if table is None or intent.measures or intent.dimensions or intent.time_grain or intent.order:
        return
    keys = {c.name for c in table.columns.values() if c.role == "id"}
    amounts = [c for c in intent.columns if c not in keys]
    info = table.columns.get(amounts[0]) if len(amounts) == 1 else None
    if info is None or info.role != "measure" or not info.numeric:
        return
    at = per_the_rows(parser)
    if at is None:
        return
    intent.measures = [Measure("avg", info.name)]
    intent.columns = []
    parser.ps.used.update(at)


def per_the_rows(parser: ParserBase) -> tuple[int, int] | None:
    """The positions of "per" and of the rows' noun right after it, when the question says so."""
    items = parser.items
    for pos, it in enumerate(items[:-1]):
        if it.text.replace(" ", "").lower() not in PER_WORDS:
            continue
        nxt = pos + 1
        if items[nxt].kind == "match" and (parser.is_table(items[nxt]) or _key_noun(parser, nxt)):
            return pos, nxt
    return None


def _key_noun(parser: ParserBase, pos: int) -> bool:
    """The word names the table's key column only (match for match_id): the rows, one key each."""
    c = parser.col(parser.items[pos])
    return c is not None and c.role == "id" and c.unique
