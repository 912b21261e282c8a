"""Two values of two columns said as one compound (销售主管: department 'Sales' + job_role 'Manager'), where
the second column holds values opening with the first's word (Sales_Executive, Sales_Representative): the
compound may name one of those, a value the words do not spell, as well as the two filters. Doubted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Intent

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

WORD_RE = re.compile(r"[a-z]+")


def compound_of_two_values(parser: ParserBase, intent: Intent) -> bool:
    """A value right before a value of another column, both filtered, whose column also holds values
    that open with the first value's words: the pair may be one of those values."""
    assert parser.table is not None
    filtered = {(f.column, str(v)) for f in intent.filters if f.source == "value" for v in f.values}
    for pos in range(len(parser.items) - 1):
        first = _value_at(parser, pos, filtered)
        second = _value_at(parser, pos + 1, filtered)
        if first is None or second is None or first[0] == second[0]:
            continue
        opening = WORD_RE.findall(first[1].lower())
        info = parser.table.columns.get(second[0])
        others = [str(v) for v in (info.values if info else []) if str(v) != second[1]]
        if opening and any(WORD_RE.findall(v.lower())[: len(opening)] == opening for v in others):
            return True
    return False


def _value_at(parser: ParserBase, pos: int, filtered: set[tuple[str, str]]) -> tuple[str, str] | None:
    """(column, value) the item at pos names and the reading filters on."""
    it = parser.items[pos]
    if it.kind != "match":
        return None
    return next(
        (
            (str(lk.column), str(lk.value))
            for lk in it.links
            if lk.kind == "value" and (str(lk.column), str(lk.value)) in filtered
        ),
        None,
    )
