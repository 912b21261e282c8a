"""Values written with a slash ('Clark/Lake', '35th/Archer', 'AC/DC'): the index keys a value by
its words (phrase_key drops the slash: "clark lake"), but a question's slash is punctuation, which no phrase
spans, so "Clark/Lake" was read as two words not understood. Here the words joined by slashes are read as one
stored value when the index holds exactly that key as a value (never a column: Earnings/Share is read by
its own aliases, "earnings per share")."""

from __future__ import annotations

from shared.semantic.vocabulary.linktypes import Item, SchemaIndex
from shared.semantic.vocabulary.segment import Unit

MAX_UNITS = 9  # units of one slashed value: words, numbers and the slashes between them


def slashed_value(units: list[Unit], i: int, index: SchemaIndex) -> Item | None:
    """The longest run of content units at i joined by at least one slash that names stored values."""
    if not units[i].is_content:
        return None
    end = i + 1
    while end < len(units) and end - i < MAX_UNITS and (units[end].is_content or units[end].text == "/"):
        end += 1
    if not any(u.text == "/" for u in units[i + 1 : end]):  # no slash: the plain reading's
        return None
    for stop in range(end, i + 2, -1):
        chunk = units[i:stop]
        if chunk[-1].text == "/" or not any(u.text == "/" for u in chunk):
            continue
        key = " ".join(u.key for u in chunk if u.is_content)
        links = [lk for lk in index.phrases.get(key, []) if lk.kind == "value"]
        if links:
            return Item(i, stop, "match", key, links=links)
    return None
