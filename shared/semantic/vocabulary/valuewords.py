"""Chinese names of English category values, word by word (docs/engine.md "Linking", "zhval" round).

An English category value of several words ('Mining and Logging', 'Education and Health Services',
'Private Service-Providing') is said in Chinese as its words in the same order, each a dictionary word, joined
by 和 / 与 / 及 or written together, often closed by 业 ("line of business; industry"): 采矿和伐木业,
教育医疗服务业, 私营服务业. A value of one word may be said by a Chinese word whose verb it is the noun of
(建筑 "to construct" for 'Construction'). So the Chinese span is cut into dictionary words (the conjunction
and a closing 业 apart), and each word's English forms (its glosses' words, their lemmas, a word with one
derivational ending: construct ~ construction) are matched in order against the value's words. A dictionary
may translate a word otherwise than the data does (伐木 "lumbering" for Logging, 酒店 "hotel" for
Hospitality): a word that reaches nothing may stand for a value word that nobody else's word reaches, at the
same place, while the value's first word and at least half of its words are reached. The one value so named
(no other value named as well), whole at 0.9, with words stood for at 0.85.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import STOP_WORDS, Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import Unit

WHOLE_SCORE = 0.9  # every word of the value reached by a Chinese word's glosses
STOOD_FOR_SCORE = 0.85  # some value words only stood for by a word that reaches nothing
MAX_SPAN = 10  # characters of one value's Chinese name
MIN_SPAN = 3  # two characters are a dictionary word: the index and the glosses read those
MAX_VALUES = 40  # more values than this is a name or label column, not a category
JOINERS = frozenset("和与及")  # A和B: two words of one value ("Mining and Logging")
SUFFIX = "业"  # "line of business; industry": closes the name of an industry or a trade
ENDINGS = ("s", "es", "ing", "ion", "ions", "ation", "ations", "al", "ed", "er", "ers", "ment", "ments")
MIN_STEM = 4
WORD_RE = re.compile(r"[a-z]+")
PAREN_RE = re.compile(r"\([^)]*\)")
JOINER_RE = re.compile(f"[{''.join(JOINERS)}]")
VALUE_SPLIT_RE = re.compile(r"[\s,/&]+")


def value_name(units: list[Unit], i: int, index: SchemaIndex, kw: dict[str, list[str]]) -> Item | None:
    """The longest all-Chinese span at i naming one English category value word by word, else None.
    Not where the index holds the span, or a longer word at i, itself (its own links decide there)."""
    if not units[i].is_cjk:
        return None
    values = _category_values(index)
    if not values or not _opens_a_value(units, i, index):
        return None
    for end in range(min(len(units), i + MAX_SPAN), i + MIN_SPAN - 1, -1):
        chunk = units[i:end]
        if not all(u.is_cjk for u in chunk) or chunk[-1].text in JOINERS:
            continue
        key = " ".join(u.key for u in chunk)
        if index.phrases.get(key):
            return None
        links = _named_values("".join(u.text for u in chunk), values, index, kw)
        if links:
            return Item(i, end, "match", key, links=links, fuzzy=True)
    return None


def _category_values(index: SchemaIndex) -> list[tuple[str, str, str]]:
    """(table, column, value) of every text category whose values are English words; the index's own list
    (read only: asked at every Chinese character, so not copied)."""
    memo = index.memo.setdefault("valuewords_values", {})
    if "all" not in memo:
        out: list[tuple[str, str, str]] = []
        for table in index.tables.values():
            for col in table.columns.values():
                texts = [v for v in col.values if isinstance(v, str)]
                if col.numeric or col.name_like or not texts or len(col.values) > MAX_VALUES:
                    continue
                if col.distinct > MAX_VALUES or not all(
                    v.isascii() and WORD_RE.search(v.lower()) for v in texts
                ):
                    continue
                out.extend((table.name, col.name, v) for v in texts)
        memo["all"] = out
    return memo["all"]  # type: ignore[no-any-return]


def _opens_a_value(units: list[Unit], i: int, index: SchemaIndex) -> bool:
    """Some dictionary word at i says the first unit of some value. Every cut of every span at i opens
    with such a word and `_score` wants it to say the value's first unit: else no span at i names one."""
    text = ""
    for u in units[i : i + MAX_SPAN]:
        if not u.is_cjk:
            break
        text += u.text
        for cut in range(max(len(text) - len(u.text) + 1, 2), len(text) + 1):
            if _opens(text[:cut], index):
                return True
    return False


def _opens(head: str, index: SchemaIndex) -> bool:
    """A dictionary word that says the first unit of some value of the index; kept per index and
    dictionary word (a bounded vocabulary), since every value's first unit is tried."""
    if not bilingual.senses(head):
        return False
    memo = index.memo.setdefault("valuewords_values", {})
    if "firsts" not in memo:
        units = (_value_units(value) for _, _, value in _category_values(index))
        memo["firsts"], memo["opens"] = frozenset(u[0] for u in units if u), {}
    opens = memo["opens"]
    if head not in opens:
        opens[head] = any(_unit_said(head, first) for first in memo["firsts"])
    return bool(opens[head])


def _named_values(
    text: str, values: list[tuple[str, str, str]], index: SchemaIndex, kw: dict[str, list[str]]
) -> list[Link]:
    best: dict[str, list[tuple[str, str, str]]] = {}
    top = 0.0
    joined = len(JOINER_RE.split(text)) > 1
    for words in _cuts(text):
        # a word that stands for a value's word is a word of nothing else: no grammar word, nothing held
        free = {w for w in words if w not in kw and not index.phrases.get(" ".join(w))}
        compound = joined or words[-1].endswith(SUFFIX)
        for table, column, value in values:
            score = _score(words, _value_units(value), values, value, free if compound else set())
            if score and score >= top:
                if score > top:
                    best, top = {}, score
                best.setdefault(value.lower(), []).append((table, column, value))
    if len(best) != 1:
        return []
    (found,) = best.values()
    return [Link("value", t, c, v, top) for t, c, v in found]


def _cuts(text: str) -> list[list[str]]:
    """The text as dictionary words of two characters or more: parts between joiners, each cut left to
    right in every way; a closing 业 (a suffix) kept as its own last word. None when a piece is no word."""
    parts = JOINER_RE.split(text)
    if any(not p for p in parts):
        return []
    suffix = []
    if parts[-1].endswith(SUFFIX) and not bilingual.senses(parts[-1]):
        parts[-1], suffix = parts[-1][:-1], [SUFFIX]
    cuts: list[list[str]] = [[]]
    for part in parts:
        options = _segmentations(part)
        cuts = [c + o for c in cuts for o in options][:32]
        if not cuts:
            return []
    joined = len(parts) > 1
    return [c + suffix for c in cuts if len(c) >= 2 or joined or suffix or c[-1].endswith(SUFFIX)]


@lru_cache(maxsize=4096)
def _segmentations(part: str) -> list[list[str]]:
    if not part:
        return [[]]
    out: list[list[str]] = []
    for cut in range(len(part), 1, -1):
        head = part[:cut]
        if bilingual.senses(head):
            out.extend([head, *rest] for rest in _segmentations(part[cut:]))
    return out[:8]


@lru_cache(maxsize=4096)
def forms(word: str) -> frozenset[str]:
    """A Chinese word's English words: each sense's gloss words (verbs without "to", notes dropped) and their
    lemmas; a word closed by 业 also as the words before it (建筑业 = 建筑 "to construct"), its glosses' own
    words for the suffix (industry, business) left out."""
    if word == SUFFIX:
        return frozenset()
    out: set[str] = set()
    for sense in bilingual.senses(word)[:8]:
        for gloss in sense.split(";"):
            gloss = PAREN_RE.sub(" ", gloss).lower().strip()
            gloss = gloss[3:] if gloss.startswith("to ") else gloss
            out.update(w for w in WORD_RE.findall(gloss) if w not in STOP_WORDS and len(w) > 2)
    if len(word) >= 3 and word.endswith(SUFFIX):
        out -= _suffix_words()
        out |= forms(word[:-1])
    return frozenset(out | {bilingual.base(w) for w in out})


@lru_cache(maxsize=1)
def _suffix_words() -> frozenset[str]:
    return frozenset(w for g in bilingual.english_for(SUFFIX) for w in WORD_RE.findall(g.lower()))


@lru_cache(maxsize=4096)
def _value_units(value: str) -> tuple[tuple[str, ...], ...]:
    """The value's words in order, conjunctions and stop words left out; a hyphenated pair one unit
    ('Service-Providing'). Cached: the same data values are scored against every span of every question."""
    out = []
    for chunk in VALUE_SPLIT_RE.split(value.lower()):
        words = tuple(w for w in WORD_RE.findall(chunk) if w not in STOP_WORDS and w not in ("and", "or"))
        if words:
            out.append(words)
    return tuple(out)


def _says(word: str, value_word: str) -> bool:
    """A Chinese word says the value's word: one of its forms is the word, its lemma, or a derivation."""
    target = {value_word, bilingual.base(value_word)}
    for f in forms(word):
        if f in target:
            return True
        for t in target:
            short, long_ = (f, t) if len(f) < len(t) else (t, f)
            if len(short) >= MIN_STEM and long_[len(short) :] in ENDINGS and long_.startswith(short):
                return True
            if short.endswith("e") and long_.startswith(short[:-1]) and long_[len(short) - 1 :] in ENDINGS:
                return True  # produce ~ producing, finance ~ financial
    return False


@lru_cache(maxsize=65536)
def _unit_said(word: str, unit: tuple[str, ...]) -> bool:
    """Cached: a pure function of a dictionary word and a value's words, asked again for every value of
    every span of every question."""
    return any(_says(word, w) for w in unit)


def _reaches_something(word: str, values: list[tuple[str, str, str]], own: str) -> bool:
    """A word that says a word of another value may not stand for a word of this one."""
    return any(_unit_said(word, u) for _, _, v in values if v.lower() != own.lower() for u in _value_units(v))


def _score(
    words: list[str],
    units: tuple[tuple[str, ...], ...],
    values: list[tuple[str, str, str]],
    value: str,
    free: set[str],
) -> float:
    """0.9 when the words say the value's units in order, 0.85 when some units are stood for, else 0."""
    content = [w for w in words if w != SUFFIX]
    if not units or not content or not _unit_said(content[0], units[0]):
        return 0.0
    walked = _walk(content, units, values, value, free)
    if walked is None:
        return 0.0
    said, stood, k = walked
    if words[-1].endswith(SUFFIX) and k == len(units) - 1 and said:
        stood, k = stood + 1, k + 1  # 金融业: 业 stands for the trade's last word ('Financial Activities')
    if (
        k != len(units)
        or said < stood
        or (len(units) == 1 and len(words) == 1 and len(content[0]) < MIN_SPAN)
    ):
        return 0.0
    return WHOLE_SCORE if not stood else STOOD_FOR_SCORE


def _walk(
    content: list[str],
    units: tuple[tuple[str, ...], ...],
    values: list[tuple[str, str, str]],
    value: str,
    free: set[str],
) -> tuple[int, int, int] | None:
    """The words in order against the value's units: (units said, units stood for, units passed), or None
    where a word neither says its unit nor may stand for it."""
    said = stood = 0
    k = 0  # the unit the next word names
    for pos, word in enumerate(content):
        if k < len(units) and _unit_said(word, units[k]):
            said, k = said + 1, k + 1
        elif k > 0 and _unit_said(word, units[k - 1]) and len(units[k - 1]) > 1:
            continue  # 商品 + 生产 both in 'Goods-Producing'
        elif k < len(units) and pos > 0 and word in free and not _reaches_something(word, values, value):
            stood, k = stood + 1, k + 1
        else:
            return None
    return said, stood, k
