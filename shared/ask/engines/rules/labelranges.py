"""A range between two labels that number their order: between 1975/76 and 1979/80, 2019-Q1 到 2020-Q4.

Over a text column whose every value opens with digits (season labels 1975/76, quarters 2019-Q1, fiscal
years FY2019 written 2019-20), values sort in their own order, so "between A and B" / "from A to B" / A到B
said of two of them is every label from A to B, not the two alone: the IN list of the two (the reading
without this rule) answers two groups of five. Names between two names (matches between Bayern and
Dortmund) are no range: only labels that all open with digits are read so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules.filter_evidence import RANGE_JOINERS, value_earners
from shared.ask.engines.rules.intent import Intent

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

RANGE_TAGS = ("between",)


def labels_between(parser: ParserBase, intent: Intent) -> None:
    """An IN filter of two digit-led labels of one text column, with a range word said: the range."""
    table = parser.table
    if table is None:
        return
    for f in intent.filters:
        info = table.columns.get(f.column)
        if f.op != "in" or len(f.values) != 2 or info is None or info.numeric or not info.values:
            continue
        if not all(str(v)[:1].isdigit() for v in info.values):
            continue
        ranged = _range_words(parser, f.column, list(f.values))
        if not ranged:
            continue
        f.op = "between"
        f.values = sorted(f.values, key=str)
        parser.ps.used.update(ranged)
        return


def _range_words(parser: ParserBase, column: str, values: list[object]) -> list[int]:
    """Where a range is said of the two values: between (anywhere), or a joiner between them (to, 到)."""
    items, used = parser.items, parser.ps.used
    said = [p for p, it in enumerate(items) if parser.kw_only(it, *RANGE_TAGS)]
    earners = value_earners(items, used, column, values)
    if len(earners) >= 2:
        inside = range(earners[0] + 1, earners[-1])
        said += [
            k for k in inside if k not in used and items[k].text.replace(" ", "").lower() in RANGE_JOINERS
        ]
    return said
