"""A Chinese word the index ties to several columns of one table, one of which its own gloss names whole.

The index keeps, under each column's name, the Chinese words CC-CEDICT lists for its English words; a word
whose gloss only ends in that English word comes along (a gloss "tail light" filed under `light` as well as
`tail_light`). When a word's links tie at the top across columns of one table and the word's own gloss
names some of them outright, those are what it says; the others are a partial gloss, kept below them.
"""

from __future__ import annotations

from dataclasses import replace

from shared.semantic.vocabulary import glosses
from shared.semantic.vocabulary.linktypes import Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import CJK_RE

PARTIAL_SCORE = 0.8  # a partial gloss: a head word's evidence (glosses.HEAD_SCORE), no longer a tie


def _top_columns(item: Item) -> dict[str, set[str]]:
    """Per table, the columns the item links at its best score."""
    columns = [lk for lk in item.links if lk.kind == "column"]
    if not columns:
        return {}
    best = max(lk.score for lk in columns)
    tied: dict[str, set[str]] = {}
    for lk in columns:
        if lk.score >= best - 1e-9:
            tied.setdefault(lk.table, set()).add(lk.column or "")
    return tied


def _relinked(item: Item, index: SchemaIndex) -> Item:
    word = item.text.replace(" ", "")
    tied = {t: cols for t, cols in _top_columns(item).items() if len(cols) > 1}
    if not tied or not CJK_RE.fullmatch(word[:1]):
        return item
    said_whole = glosses._gloss_links(word, index)  # noqa: SLF001 - the gloss's own columns, memoised
    named = {(lk.table, lk.column) for lk in said_whole if lk.kind == "column"}
    links: list[Link] = []
    changed = False
    for lk in item.links:
        cols = tied.get(lk.table)
        said = cols is not None and any((lk.table, c) in named for c in cols)
        partial = lk.column in (cols or set()) and (lk.table, lk.column) not in named
        if lk.kind == "column" and said and partial:
            links.append(Link(lk.kind, lk.table, lk.column, lk.value, min(lk.score, PARTIAL_SCORE)))
            changed = True
        else:
            links.append(lk)
    if not changed:
        return item
    return replace(item, links=links)


def whole_gloss_wins(items: list[Item], index: SchemaIndex) -> list[Item]:
    """Each item whose tie its own gloss settles, with the partial glosses lowered."""
    return [_relinked(it, index) if it.kind == "match" and not it.tags else it for it in items]
