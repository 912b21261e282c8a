"""Chinese columns named by one character of their name, and 均 before a column as its average.

Chinese writes a column's two-character name short inside compounds: 均价 (average price), 最高价, 年均价 use
价 for a 价格 column. A single character of a column's Chinese name whose first CC-CEDICT gloss is a gloss of
the whole name (价 "price" = 价格 "price"; not 月 "moon" of 月份 "month") names that column, where no other
column's name has it. 均 right before a column so named, or right before any column word, is the average of
it (均价 = 平均价格, 均温); 年均 / 月均 before it is the average too (年均价 = the yearly average price: the
grain comes from the words that say which years).
"""

from __future__ import annotations

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import CJK_RE, lemma

CHARACTER_SCORE = 0.85
AVERAGE_CHARACTER = "均"  # 平均 written short before its noun (均价, 均温, 均值)
PERIOD_CHARACTERS = ("年", "月", "日")  # 年均 / 月均 / 日均: the yearly, monthly, daily average


def column_characters(index: SchemaIndex) -> dict[str, Link]:
    """{character: the one column whose Chinese name it stands for}, found once per index (asked of every
    question with a lone Chinese character)."""
    memo = index.memo.setdefault("column_characters", {})
    if "all" not in memo:
        memo["all"] = _column_characters(index)
    return memo["all"]  # type: ignore[no-any-return]


def _column_characters(index: SchemaIndex) -> dict[str, Link]:
    found: dict[str, list[Link]] = {}
    for table in index.tables.values():
        for name in table.columns:
            if not (2 <= len(name) <= 4 and all(CJK_RE.fullmatch(ch) for ch in name)):
                continue
            whole = {lemma(g) for g in bilingual.english_for(name)[:3]}
            for ch in dict.fromkeys(name):
                senses = bilingual.english_for(ch)
                if senses and lemma(senses[0]) in whole:
                    found.setdefault(ch, []).append(Link("column", table.name, name, score=CHARACTER_SCORE))
    return {ch: links[0] for ch, links in found.items() if len(links) == 1}


def short_names(items: list[Item], index: SchemaIndex) -> list[Item]:
    """A lone character standing for its column's name becomes that column; 均 (年均) before a column
    word becomes the average word."""
    chars = None
    for k, it in enumerate(items):
        if it.kind == "word" and len(it.text) == 1 and CJK_RE.fullmatch(it.text):
            chars = column_characters(index) if chars is None else chars
            if it.text in chars:
                items[k] = Item(it.start, it.end, "match", it.text, links=[chars[it.text]])
    out: list[Item] = []
    for k, it in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        if _averages(it, nxt):
            _average_word(out, it)
        else:
            out.append(it)
    return out


def _averages(it: Item, nxt: Item | None) -> bool:
    """均 written right before a column's word."""
    if it.kind != "word" or it.text != AVERAGE_CHARACTER or nxt is None or nxt.start != it.end:
        return False
    return any(lk.kind == "column" for lk in nxt.links)


def _average_word(out: list[Item], it: Item) -> None:
    """均 as the average word, with 年 / 月 / 日 before it (年均); after a schema word that is no value (州均,
    人均) it is the average per that word: left as it is, to other readings."""
    start = it.start
    prev = out[-1] if out else None
    # 年均价; 月均 too where 月 links a month column: the period of the average, not a word it is per
    if (
        prev is not None
        and prev.kind in ("word", "match")
        and prev.text in PERIOD_CHARACTERS
        and prev.end == start
    ):
        start = out.pop().start
    elif prev is not None and prev.end == start and any(lk.kind != "value" for lk in prev.links):
        out.append(it)
        return
    out.append(Item(start, it.end, "match", it.text, tags=["agg:avg"]))
