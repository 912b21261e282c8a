"""Column names people abbreviate (pop, lifeExp, Market Cap) linked from the words they cut short.

A question says "population" / 人口 (population) for `pop`, "life expectancy" / 寿命 for `lifeExp`, 市值
(market capitalization) for `Market Cap`: the English word, or the CC-CEDICT gloss of the Chinese one,
starts with the name's last word. Called by `linking.match` where the exact phrases found nothing or only
a part of a name.
"""

from __future__ import annotations

from shared.semantic.vocabulary.linktypes import STOP_WORDS, Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import Unit

ABBREVIATED_SCORE = 0.85  # a column name's abbreviation spelt out is good, not exact, evidence


def best_score(item: Item) -> float:
    return max((lk.score for lk in item.links), default=0.0)


def _column_links(index: SchemaIndex, key: str, least: float = 0.85) -> list[Link]:
    """Columns this key names outright (by default not as one word of a longer name)."""
    return [lk for lk in index.phrases.get(key, []) if lk.kind == "column" and lk.score >= least]


def abbreviation_of(words: list[str], index: SchemaIndex) -> list[Link]:
    """Column links of a name that abbreviates these words: its last word cut short ("life exp" for
    life expectancy, "market cap" for market capitalization, "pop" for population), or an earlier word
    cut short in a whole name ("dep delay" for departure delay)."""
    return _last_word_cut(words, index) or _head_word_cut(words, index) or _solid_last_cut(words, index)


def _solid_last_cut(words: list[str], index: SchemaIndex) -> list[Link]:
    """The last two words written solid and cut short, as a camelCase name does: GDP per capita ->
    gdp percap (gdpPercap). Only a whole name counts."""
    if len(words) < 3 or not all(w.isalpha() for w in words[-2:]):
        return []
    *head, before, last = words
    solid = before + last
    for cut in range(len(solid) - 2, len(before) + 2, -1):
        links = _column_links(index, " ".join([*head, solid[:cut]]))
        if links:
            return [
                Link(lk.kind, lk.table, lk.column, lk.value, lk.score * ABBREVIATED_SCORE) for lk in links
            ]
    return []


def _head_word_cut(words: list[str], index: SchemaIndex) -> list[Link]:
    """A whole column name whose earlier word is cut short: departure delay -> dep_delay."""
    for k, word in enumerate(words[:-1]):
        if len(word) < 5 or not word.isalpha():
            continue
        for cut in range(len(word) - 1, 2, -1):
            links = _column_links(index, " ".join([*words[:k], word[:cut], *words[k + 1 :]]))
            if links:
                return [
                    Link(lk.kind, lk.table, lk.column, lk.value, lk.score * ABBREVIATED_SCORE) for lk in links
                ]
    return []


DERIVING_SUFFIXES = frozenset({"ity", "ness", "ly", "ism", "ist"})  # fatality is no cut of 'fatal'
DERIVED_WEIGHT = 0.7


def _last_word_cut(words: list[str], index: SchemaIndex) -> list[Link]:
    *head, last = words
    if len(last) < 5 or not last.isalpha():
        return []
    for cut in range(len(last) - 2, 2, -1):
        key = " ".join([*head, last[:cut]])
        links = _column_links(index, key, least=0.0)  # exp of lifeExp: one word of the name
        if links:  # fatal + ity: a word derived from the name's word, no abbreviation: another sense
            cut_short = ABBREVIATED_SCORE * (DERIVED_WEIGHT if last[cut:] in DERIVING_SUFFIXES else 1.0)
            return [Link(lk.kind, lk.table, lk.column, lk.value, lk.score * cut_short) for lk in links]
    return []


def abbreviated(units: list[Unit], i: int, index: SchemaIndex) -> Item | None:
    """English words whose abbreviation names a column: "population" for `pop`, "life expectancy" for
    `lifeExp` (Chinese words reach names through their glosses: `glosses.chinese`)."""
    u = units[i]
    if not (u.is_word and u.text.isascii()):
        return None
    for length in (3, 2, 1):
        chunk = units[i : i + length]
        if len(chunk) < length or not all(c.is_word and c.text.isascii() for c in chunk):
            continue
        words = [c.text for c in chunk]
        if words[0] in STOP_WORDS:
            return None
        links = abbreviation_of(words, index)
        if links:
            return Item(i, i + length, "match", " ".join(words), links=links, fuzzy=True)
    return None


def initialled(units: list[Unit], i: int, index: SchemaIndex) -> Item | None:
    """Two words whose name cuts the first to its initial: "first name" for `Fname`, "last name" for
    `LName`. Only a whole column name counts (never one word of a longer one), and the first word may be
    a grammar word ("first", "last")."""
    chunk = units[i : i + 2]
    if len(chunk) < 2 or not all(c.is_word and c.text.isascii() and c.key.isalpha() for c in chunk):
        return None
    head, word = chunk[0].key, chunk[1].key
    if len(head) < 3 or len(word) < 3 or head in STOP_WORDS:
        return None
    links = _column_links(index, head[0] + word, least=1.0) + _column_links(index, f"{head[0]} {word}", 1.0)
    if not links:
        return None
    cut = [Link(lk.kind, lk.table, lk.column, lk.value, ABBREVIATED_SCORE) for lk in links]
    return Item(i, i + 2, "match", f"{head} {word}", links=cut, fuzzy=True)


def lone_weak_cuts(items: list[Item]) -> list[Item]:
    """A word cut short to one word of a longer name (预期 -> expect -> exp of lifeExp) counts only beside a
    word naming the same column (预期寿命); alone (指数 -> exponent -> exp) it is a coincidence."""
    out: list[Item] = []
    for k, it in enumerate(items):
        if it.fuzzy and it.links and max(lk.score for lk in it.links) < 0.6:
            mine = {lk.column for lk in it.links}
            near = [items[j] for j in (k - 1, k + 1) if 0 <= j < len(items)]
            if not any(lk.column in mine for other in near for lk in other.links if lk.score >= 0.6):
                pieces = enumerate(it.text.split())
                out.extend(Item(it.start + n, it.start + n + 1, "word", w) for n, w in pieces)
                continue
        out.append(it)
    return out
