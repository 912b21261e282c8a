"""A question read into matched items once per answer.

The join planner reads the question to see which tables its words name, and the one-table parser
then reads the same question over the same schema index: the same normalised text, units, time
phrases and items. The few latest readings are kept (a handful, so that only the readings of the
answer in progress are found again, never a stale one: the key holds the index itself), and each
caller gets its own copy of the items, since the parser changes them as it reads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, NamedTuple

from shared.ask.engines.rules import timeexpr
from shared.ask.engines.rules.parsecommon import INCLUSIVE_NOTE
from shared.semantic.vocabulary.linking import Item, SchemaIndex, match
from shared.semantic.vocabulary.segment import Unit, normalise, units_of

RECENT = 4  # readings kept: the planner's and the parser's of one answer, a few threads at a time


class Reading(NamedTuple):
    text: str  # normalised, inclusive notes ("(含)") blanked
    units: list[Unit]
    spans: list[tuple[int, int, Any]]  # time phrases
    items: list[Item]


_recent: OrderedDict[tuple[str, int], tuple[SchemaIndex, Reading]] = OrderedDict()
_lock = threading.Lock()


def read(question: str, index: SchemaIndex) -> Reading:
    """The question's text, units, time phrases and items over this index; the items are the caller's."""
    key = (question, id(index))
    with _lock:
        kept = _recent.get(key)
    if kept is None or kept[0] is not index:
        text = INCLUSIVE_NOTE.sub(" ", normalise(question))
        units = units_of(text)
        spans = timeexpr.find(text)
        kept = (index, Reading(text, units, spans, match(text, units, index, spans)))
        with _lock:
            _recent[key] = kept
            _recent.move_to_end(key)
            while len(_recent) > RECENT:
                _recent.popitem(last=False)
    reading = kept[1]
    return Reading(reading.text, list(reading.units), list(reading.spans), _copies(reading.items))


def _copies(items: list[Item]) -> list[Item]:
    """Each item with its own attributes and link and tag lists (what readers replace or change)."""
    out = []
    for it in items:
        copy = object.__new__(Item)
        copy.__dict__.update(it.__dict__)
        copy.links, copy.tags = list(it.links), list(it.tags)
        out.append(copy)
    return out
