"""A word not understood that resembles a value a category column holds (docs/engine.md, "Confidence").

"late loans" where loan_status holds 'Late (16-30 days)', "renters" where homeownership holds RENT, "priced
per barrel" where a unit column holds '美元/桶': the word is a condition on that column that no filter
applies, so the answer would count or average every row. The reading asks back, naming the values.

Resemblance, in both languages and for any data:
- an English word (or its lemma) is a word of the value, or that word with a derivational ending
  (rent + er, own + er, pay + ment);
- a Chinese word's CC-CEDICT glosses count as its English words;
- a Chinese value's pieces count through their glosses (桶 "barrel", 公斤 "kilogram"), and a Chinese word
  not understood that is a whole piece of a Chinese value is that value.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import ColumnInfo
from shared.semantic.vocabulary.segment import CJK_RE

# endings that make a word of another (rent -> renter, own -> owner, pay -> payment); one at most
DERIVATIONS = ("er", "ers", "or", "ors", "ing", "ment", "ments", "ed", "s", "es")
MAX_CATEGORIES = 40  # more distinct values than this is a name or a label column, not a category
SIBLING_STEM = 5  # two derivations share a stem this long (manag-er, manag-ement)
MIN_STEM = 3  # a value word shorter than this ('A', 'OK') is a code, not a stem
LATIN_WORD_RE = re.compile(r"[a-z]+")
CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=4096)
def _english_forms(word: str) -> frozenset[str]:
    """The word, its lemma, and (Chinese) its one-word CC-CEDICT glosses, lower case."""
    low = word.replace(" ", "").lower()
    if CJK_RE.search(low):
        pieces = [low] if bilingual.english_for(low) else _dictionary_words(low)
        return frozenset(g for piece in pieces for g in bilingual.english_for(piece) if " " not in g)
    if not low.isalpha():
        return frozenset()
    return frozenset({low, bilingual.base(low)})


def _dictionary_words(run: str) -> list[str]:
    """A run the dictionary lacks whole (盗窃类, 黑客攻击类事件) cut into its longest dictionary words of two
    characters or more, left to right: 盗窃, 黑客 + 攻击 + 事件; single characters are passed over."""
    words, i = [], 0
    while i < len(run):
        for j in range(min(len(run), i + 4), i + 1, -1):
            if bilingual.english_for(run[i:j]):
                words.append(run[i:j])
                i = j
                break
        else:
            i += 1
    return words


def _derived(form: str, stem: str) -> bool:
    """form is stem itself or stem with one derivational ending (renter from rent)."""
    if len(stem) < MIN_STEM or not form.startswith(stem):
        return False
    rest = form[len(stem) :]
    return rest == "" or rest in DERIVATIONS


def _stripped(form: str) -> str:
    """The form less one derivational ending, kept whole when none fits (manager -> manag)."""
    for ending in sorted(DERIVATIONS, key=len, reverse=True):
        if form.endswith(ending) and len(form) - len(ending) >= SIBLING_STEM:
            return form[: -len(ending)]
    return form


def _siblings(form: str, stem: str) -> bool:
    """Two derivations of one verb (manager, management; operator, operating): each less its ending starts
    the other's stem, five letters or more."""
    a, b = _stripped(form), _stripped(stem)
    if (a, b) == (form, stem) or min(len(a), len(b)) < SIBLING_STEM:
        return False
    return a.startswith(b) or b.startswith(a)


@lru_cache(maxsize=16384)
def resembles(word: str, value: str) -> bool:
    """The word not understood says the stored value, or a word of it, in another form."""
    text = value.lower()
    forms = _english_forms(word)
    for stem in LATIN_WORD_RE.findall(text):
        if any(_derived(f, stem) or _derived(stem, f) or _siblings(f, stem) for f in forms):
            return True
    for piece in CJK_RUN_RE.findall(value):
        if word == piece:
            return True  # 已核销 where the status column holds 已核销
        if forms & set(bilingual.english_for(piece)):
            return True  # barrel ~ 桶 of 美元/桶
    return False


def value_like_columns(word: str, columns: list[ColumnInfo]) -> list[tuple[ColumnInfo, list[str]]]:
    """The category columns holding values the word resembles, with those values; only where they are
    some of the column's values (美元 in every unit of 美元/公斤, 美元/桶 picks none of them)."""
    found: list[tuple[ColumnInfo, list[str]]] = []
    for info in columns:
        held = [str(v) for v in info.values if isinstance(v, str) and resembles(word, v)]
        if held and len(held) < len(info.values):
            found.append((info, held))
    return found


def category_columns(columns: list[ColumnInfo], skip: set[str]) -> list[ColumnInfo]:
    """Text columns of a few repeating values (a status, a kind, a unit), all listed, not in `skip`; not
    names (a car's name 'volkswagen model 111' holds every word sometime)."""
    return [
        c
        for c in columns
        if c.role in ("dimension", "bool", "text")
        and not c.numeric
        and not c.unique
        and not c.name_like
        and 0 < c.distinct <= MAX_CATEGORIES
        and len(c.values) >= c.distinct
        and c.name not in skip
    ]


def read_columns(intent: Intent) -> set[str]:
    """The columns a reading filters, groups, lists or measures: a word like their values is about them
    (how many states and territories counts the State column), no condition left out."""
    read = {f.column for f in intent.filters} | set(intent.columns) | set(intent.dimensions)
    return read | {m.column for m in intent.measures if m.column}


# the last character of a Chinese noun for a person (借款人, 学员, 业主, 顾客, 玩家, 教师, 公民, 竞赛者)
PERSON_HEADS = frozenset("人者员主客家师民")


@lru_cache(maxsize=4096)
def person_noun(word: str) -> bool:
    """An English noun for people (borrower, player, member): one of its first CC-CEDICT translations
    ends in a person character. Who the rows are about, not a condition on them."""
    return any(zh[-1] in PERSON_HEADS for zh in bilingual.chinese_for(bilingual.base(word))[:4])


@lru_cache(maxsize=4096)
def thing_noun(word: str) -> bool:
    """An English word lemminflect reads only as a noun, with CC-CEDICT translations none of which is a
    word for people (gold, wheat; not borrower): what a measure may be "of"."""
    if not (word.isascii() and word.isalpha()):
        return False
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    known = bool(bilingual.chinese_for(bilingual.base(word)))  # no translation: no evidence either way
    return set(getAllLemmas(word)) == {"NOUN"} and known and not person_noun(word)


_WHOLE_OPENERS = {w[0] for w in words("whole_place_words") if CJK_RE.match(w[0])}  # 全 of 全国


def proper_name_unknown(unknown: list[str]) -> bool:
    """A Chinese word not understood that the dictionary knows only as a proper name (加州 "California"):
    a place, person or body the question picks its rows by, which no column holds; answering over all
    the rows would drop it."""
    for word in unknown:
        if len(word) < 2 or not all(CJK_RE.match(ch) for ch in word) or word[0] in _WHOLE_OPENERS:
            continue  # 全州 is the whole state here, not Jeonju
        senses = bilingual.senses(word)
        if senses and all(s[:1].isupper() for s in senses):
            return True
    return False
