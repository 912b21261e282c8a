"""分 as the points of a score: 平均分 (the average score), 打几分 (how many points given), 4.5分.

分 alone is many words (to divide, a minute, a branch, "by" in 分地区); right after an average word, a
how-much word or a number it is the points a score is counted in, and it names the data's one score: the
column that the Chinese words for a score (分数, 评分, 得分: a grammar list) name in the schema. No such
column, or two, and 分 stays as it was.
"""

from __future__ import annotations

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linktypes import Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import phrase_key

POINTS = "分"
SCORE_WORDS = tuple(phrase_key(w) for w in words("score_words"))
SCORE_SCORE = 0.85  # the score column named by its points, not by its name
BEFORE_TAGS = ("agg:avg", "howmuch")


def score_points(items: list[Item], index: SchemaIndex) -> list[Item]:
    """平均分 / 几分 / 4.5分: 分 linked to the data's one score column."""
    link = None
    for pos, it in enumerate(items):
        if pos == 0 or it.text != POINTS or it.links:
            continue
        before = items[pos - 1]
        if not (before.kind == "num" or before.has(*BEFORE_TAGS)):
            continue
        link = link or _score_column(index)
        if link is None:
            return items
        items[pos] = Item(it.start, it.end, "match", it.text, links=[link])
    return items


def _score_column(index: SchemaIndex) -> Link | None:
    memo = index.memo.setdefault("score_column", {})
    if None not in memo:
        found = {
            (lk.table, lk.column)
            for key in SCORE_WORDS
            for lk in index.phrases.get(key, [])
            if lk.kind == "column" and lk.score >= SCORE_SCORE and _measure(index, lk)
        }
        memo[None] = Link("column", *next(iter(found)), score=SCORE_SCORE) if len(found) == 1 else None
    found_link: Link | None = memo[None]
    return found_link


def _measure(index: SchemaIndex, lk: Link) -> bool:
    table = index.tables.get(lk.table)
    info = table.columns.get(str(lk.column)) if table is not None else None
    return info is not None and info.role == "measure"
