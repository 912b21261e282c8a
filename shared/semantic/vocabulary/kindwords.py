"""A Chinese word made of a stored value and one more character naming the kind of thing (动作片 "action
movie" over a category holding 动作 and 'Action'): the word is that value, the thing's kind.

The index may hold such a word already under its head ("movie" reaches the tables of movies), so the
question reads the whole word as the thing and drops the kind: the rows' category filter would be lost
with no word left unread. The value is kept where the word's prefix is a stored value outright and a
CC-CEDICT gloss of the whole word names a value of that same table by its words before the head.
"""

from __future__ import annotations

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import STOP_WORDS, Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key

KIND_SCORE = 0.9  # as a gloss's name (GLOSS_SCORE)
OWN = 0.95  # the prefix is a stored value outright


def kind_values(word: str, index: SchemaIndex) -> list[Link]:
    """The value a word <value><one character> names, from its prefix and its gloss's modifier; [] when
    the word is no such compound or its gloss does not say the value."""
    if len(word) < 3 or not all(CJK_RE.fullmatch(ch) for ch in word):
        return []
    prefix = [
        lk for lk in index.phrases.get(phrase_key(word[:-1]), []) if lk.kind == "value" and lk.score >= OWN
    ]
    if not prefix:
        return []
    tables = {lk.table for lk in prefix}
    for gloss in bilingual.english_for(word)[:3]:
        content = [w for w in gloss.lower().split() if w not in STOP_WORDS]
        if len(content) < 2:
            continue
        said = [
            lk
            for lk in index.phrases.get(phrase_key(" ".join(content[:-1])), [])
            if lk.kind == "value" and lk.table in tables and lk.score >= OWN
        ]
        if said:
            found = {(lk.table, lk.column, lk.value): lk for lk in [*prefix, *said]}
            return [Link("value", t, c, v, KIND_SCORE) for (t, c, v) in found]
    return []


def values_of_kind_words(items: list[Item], index: SchemaIndex) -> list[Item]:
    """Items reading a <value><kind> word are the value: its links first, the columns the head reached
    (a key named after the thing) dropped, so the value is no column of the rows read."""
    for it in items:
        if it.kind != "match":
            continue
        links = kind_values(it.text.replace(" ", ""), index)
        if links:
            kept = [lk for lk in it.links if lk.kind == "table" or (lk.kind == "value" and lk not in links)]
            it.links = links + kept
    return items
