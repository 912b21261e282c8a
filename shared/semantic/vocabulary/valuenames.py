"""English names of Chinese stored values, made from their parts: a Chinese company's data asked in English.

A value such as 迪拜原油 is rarely a CC-CEDICT word, but it is a modifier before a head word the dictionary
knows (原油 "crude oil", 咖啡 "coffee", 糖 "sugar"). Its English names join a name of the modifier to a name
of the head: 迪拜原油 = "Dubai crude oil" = "Dubai crude"; 美国糖 = "US sugar". A modifier the dictionary
lacks is mostly a foreign name spelt by sound (布伦特 bu-lun-te = Brent, 罗布斯塔 = Robusta): an English
word no dictionary entry translates whose consonants, grouped as transliteration groups them (l = r,
b = p, d = t, k = g = c, m = n), follow the modifier's pinyin one for one names it (`by_sound`). A
modifier alone names the value where no other value of its column has it ("Dubai's"); a head shared by
several values names each of them (tea / 茶叶: the three teas).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from shared.semantic.vocabulary import bilingual, lexicon
from shared.semantic.vocabulary.charvalues import first_noun_of_character
from shared.semantic.vocabulary.kindheads import column_headed_keys, is_column_kind, names_alone
from shared.semantic.vocabulary.linktypes import STOP_WORDS, Item, Link, SchemaIndex
from shared.semantic.vocabulary.negglosses import negated_names
from shared.semantic.vocabulary.segment import Unit, phrase_key

COMPOSED_SCORE = 0.9
MODIFIER_SCORE = 0.85
SOUND_SCORE = 0.85
KIND_SCORE = 0.8  # a head word shared by several values names each of them
MIN_SOUND_GROUPS = 3  # Brent = P L N T; two groups (Dubai = T P) match too many words
CJK_VALUE_RE = re.compile(r"^[\u4e00-\u9fff]{3,8}$")
WHOLE_VALUE_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
WHOLE_SCORE = 0.9
MAX_HEAD_CHARS = 4

# Transliteration's consonant groups: letters (English) and pinyin initials that stand for one another.
_EN_GROUPS = {
    **dict.fromkeys("bp", "P"),
    **dict.fromkeys("dt", "T"),
    **dict.fromkeys("gkq", "K"),
    **dict.fromkeys("sz", "S"),
    **dict.fromkeys("lr", "L"),
    **dict.fromkeys("mn", "N"),
    **dict.fromkeys("fv", "F"),
}
_EN_DIGRAPHS = (("ph", "f"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("ck", "k"), ("qu", "k"), ("x", "ks"))
_PINYIN_INITIALS = (
    ("zh", "S"),
    ("ch", "S"),
    ("sh", "S"),
    *((c, "P") for c in "bp"),
    *((c, "T") for c in "dt"),
    *((c, "K") for c in "gk"),
    *((c, "S") for c in "jqxzcs"),
    *((c, "L") for c in "lr"),
    *((c, "N") for c in "mn"),
    ("f", "F"),
)


def _collapse(groups: list[str]) -> str:
    return "".join(g for k, g in enumerate(groups) if k == 0 or groups[k - 1] != g)


def english_sound(word: str) -> str:
    """An English word's consonant groups in order: brent -> PLNT, colombo -> KLNP."""
    w = word.lower()
    for digraph, plain in _EN_DIGRAPHS:
        w = w.replace(digraph, plain)
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k")
    return _collapse([_EN_GROUPS[ch] for ch in w if ch in _EN_GROUPS])


def chinese_sound(word: str) -> str | None:
    """A Chinese word's consonant groups from its characters' pinyin: 布伦特 (bu lun te) -> PLNT."""
    groups: list[str] = []
    for ch in word:
        reading = bilingual.syllable(ch)
        if reading is None:
            return None
        if reading == "er":
            groups.append("L")
            continue
        initial = next((g for p, g in _PINYIN_INITIALS if reading.startswith(p)), None)
        if initial:
            groups.append(initial)
        if reading.endswith(("n", "ng")) and len(reading) > 1:
            groups.append("N")
    return _collapse(groups)


def parts(value: str) -> tuple[str, str] | None:
    """(modifier, head): the longest word the value ends with that CC-CEDICT glosses, with 1+ characters
    before it (布伦特原油 -> 布伦特, 原油); none for a value the dictionary holds whole."""
    if not CJK_VALUE_RE.match(value) or bilingual.english_for(value):
        return None  # a word of its own (保加利亚 Bulgaria) is no modifier + head (保加利 + 亚 "Asia")
    for k in range(max(1, len(value) - MAX_HEAD_CHARS), len(value)):
        if bilingual.english_for(value[k:]):
            return value[:k], value[k:]
    return None


def head_names(head: str) -> set[str]:
    """A head word's English names: its first glosses and each content word of a two-word gloss (原油
    "crude oil": crude, oil)."""
    out: set[str] = set()
    for gloss in bilingual.english_for(head)[:3]:
        words = gloss.split()
        if len(words) > 2:
            continue
        out.add(gloss)
        if len(words) == 2:
            out.update(w for w in words if w not in STOP_WORDS and len(w) >= 3)
    return out


def value_names(
    values: list[Any], column: str = ""
) -> tuple[dict[str, list[tuple[str, float]]], dict[str, list[Any]]]:
    """English keys of a column's Chinese values ({key: [(value, score)]}) and the values that only their
    modifier's sound can name ({sound: [(value, head names)]}); a head that is the column's own kind names
    the column, not its values (kindheads.py)."""
    keys: dict[str, list[tuple[str, float]]] = defaultdict(list)
    sounds: dict[str, list[Any]] = defaultdict(list)
    split = {v: parts(v) for v in values if isinstance(v, str)}
    modifiers = defaultdict(list)
    for v, vp in split.items():
        if vp is not None:
            modifiers[vp[0]].append(v)
    _kind_keys({v: vp for v, vp in split.items() if vp is None or not is_column_kind(vp[1], column)}, keys)
    for v, vp in split.items():
        if vp is not None:
            _composed_keys(v, vp, modifiers[vp[0]] == [v], keys, sounds)
        if vp is not None and is_column_kind(vp[1], column):
            for key in column_headed_keys(vp[0], column):  # 急诊科: emergency department
                keys[key].append((v, COMPOSED_SCORE))
    for v in split:
        for key in _per_names(v):
            keys[key].append((v, COMPOSED_SCORE))
        for key in [*_whole_names(v), *negated_names(v)]:  # 无效 "not valid": invalid
            keys[key].append((v, WHOLE_SCORE))
        for key in _people_words(v):
            keys[key].append((v, PEOPLE_SCORE))
    return dict(keys), dict(sounds)


KIND_HEADED_SCORE = 0.85


def kind_headed_names(values: list[Any], column: str) -> dict[str, list[str]]:
    """制造业 "manufacturing industry" in a column 行业 ("industry"): the gloss's head is the column's own
    noun, so its modifier alone names the value (manufacturing jobs), where one value of the column has it."""
    heads = (
        {g for g in bilingual.english_for(column)[:3] if " " not in g}
        if WHOLE_VALUE_RE.match(column)
        else set()
    )
    found: dict[str, list[str]] = defaultdict(list)
    for v in values if heads else ():
        if not isinstance(v, str) or not WHOLE_VALUE_RE.match(v):
            continue
        for gloss in bilingual.english_for(v)[:2]:
            words = gloss.split()
            if len(words) == 2 and words[1] in heads and words[0] not in STOP_WORDS:
                found[words[0]].append(v)
    return {k: vs for k, vs in found.items() if len(set(vs)) == 1}


PEOPLE_RE = re.compile(r"(?:an? )?([a-z]+) (?:person|people|man or woman|men and women|man|woman)")
PEOPLE_SCORE = 0.85


def _people_words(value: str) -> list[str]:
    """A value the dictionary glosses as people of a kind (白人 "white man or woman", 黑人 "black person") is
    also said by the kind's word alone: white, Black (white applicants, Black women)."""
    if not WHOLE_VALUE_RE.match(value):
        return []
    out = []
    for sense in bilingual.senses(value)[:2]:
        m = PEOPLE_RE.fullmatch(sense.split(";")[0].strip().lower())
        if m and m.group(1) not in STOP_WORDS:
            out.append(m.group(1))
    return out


def _whole_names(value: str) -> list[str]:
    """A Chinese value the dictionary holds whole (星期一 "Monday", 感恩节 "Thanksgiving Day"): its short
    glosses, and the first word of a two-word gloss whose own entries give the value back (Thanksgiving)."""
    if not WHOLE_VALUE_RE.match(value):
        return []
    out = []
    for gloss in bilingual.english_for(value)[:3]:
        words = gloss.split()
        if len(words) > 2 or not all(w.isascii() and w.isalpha() for w in words):
            continue
        out.append(phrase_key(gloss))
        if len(words) == 2 and value in bilingual.chinese_for(bilingual.base(words[0])):
            out.append(phrase_key(words[0]))
    return [k for k in dict.fromkeys(out) if k and k not in STOP_WORDS and k not in _keyword_keys()]


@lru_cache(maxsize=1)
def _keyword_keys() -> frozenset[str]:
    """The question's own grammar words (total, other, average): never a value's name."""
    return frozenset(phrase_key(w) for ws in lexicon.KEYWORDS.values() for w in ws if w.isascii())


def _composed_keys(
    v: str,
    vp: tuple[str, str],
    own: bool,
    keys: dict[str, list[tuple[str, float]]],
    sounds: dict[str, list[Any]],
) -> None:
    """Modifier + head names of one value (Dubai crude), its modifier alone where it is the value's own
    (Dubai), or the modifier's sound where the dictionary lacks it (Brent)."""
    modifier, head = vp
    heads = head_names(head)
    glossed = [g for g in bilingual.english_for(modifier)[:3] if len(g.split()) <= 2]
    for m in glossed:
        for h in heads:
            keys[phrase_key(f"{m} {h}")].append((v, COMPOSED_SCORE))
        if own and m not in STOP_WORDS and len(m) >= 3 and names_alone(modifier):
            keys[phrase_key(m)].append((v, MODIFIER_SCORE))
    sound = chinese_sound(modifier) if not glossed and len(modifier) >= 2 and own else None
    if sound and len(sound) >= MIN_SOUND_GROUPS:
        sounds[sound].append((v, heads))


def _kind_keys(split: dict[str, tuple[str, str] | None], keys: dict[str, list[tuple[str, float]]]) -> None:
    """A head ending two values or more (茶叶 ends three) names them all: 茶叶 and its glosses (tea). A head
    ending EVERY value of the column (合同 of 按月合同, 一年期合同) is the column's kind, no value: "contract"
    then names the table or column, and a filter on all the values would only hide that reading."""
    kinds: dict[str, list[str]] = defaultdict(list)
    for v, vp in split.items():
        if vp is not None:
            kinds[vp[1]].append(v)
    for head, members in kinds.items():
        glosses = [g for g in bilingual.english_for(head)[:3] if len(g.split()) <= 2]
        for key in {head, *glosses} if 2 <= len(members) < len(split) else ():
            for v in members:
                keys[phrase_key(key)].append((v, KIND_SCORE))


def _per_names(value: str) -> list[str]:
    """A value written A/B in Chinese words is "A per B" (美元/公斤 = dollars per kilogram; also "per
    kilogram"), as a column name written A/B is."""
    halves = value.split("/")
    if len(halves) != 2 or not all(h and all("\u4e00" <= ch <= "\u9fff" for ch in h) for h in halves):
        return []
    tops = {g.split()[-1] for g in bilingual.english_for(halves[0])[:2] if len(g.split()) <= 2}  # us dollar
    units = [
        g for g in bilingual.english_for(halves[1])[:3] if len(g.split()) == 1
    ]  # 桶: bucket, can, barrel
    out = [phrase_key(f"per {u}") for u in units]
    out += [phrase_key(f"{t} per {u}") for t in tops for u in units]
    return [k for k in out if k]


def by_sound(units: list[Unit], i: int, index: SchemaIndex) -> Item | None:
    """An English word no dictionary entry translates, spelling a value's modifier by sound (Brent for
    布伦特原油), with the value's head word after it when said (Brent crude)."""
    u = units[i]
    if not (index.sounds and u.is_word and u.text.isascii() and u.text.isalpha() and len(u.key) >= 4):
        return None
    if u.key in STOP_WORDS or bilingual.chinese_for(u.key):
        return None
    found = index.sounds.get(english_sound(u.key), [])
    if len(found) != 1:
        return None
    link, heads = found[0]
    end = i + 1
    while end < len(units) and end < i + 3 and units[end].is_word and _names_head(units[end].key, heads):
        end += 1
    return Item(i, end, "match", u.key, links=[link])


def _names_head(key: str, heads: set[str]) -> bool:
    return key in heads or bilingual.base(key) in heads or any(key in h.split() for h in heads)


CHARACTER_NOUN_SCORE = 0.9  # as sure as a value's dictionary translation


def put_value_names(
    values: list[Any], table: str, column: str, put: Any, sounds: dict[str, list[Any]]
) -> None:
    """The column's composed names into the phrase index (one-character values by their noun), its sounds into
    `sounds` (SchemaIndex.sounds)."""
    keys, heard = value_names(values, column)
    for key, headed in kind_headed_names(values, column).items():
        for value in headed:
            put(key, Link("value", table, column, value, KIND_HEADED_SCORE))
    for key, named in keys.items():
        for v, score in named:
            put(key, Link("value", table, column, v, score))
    for sound, named in heard.items():
        sounds[sound].extend((Link("value", table, column, v, SOUND_SCORE), heads) for v, heads in named)
    for v in values:  # 狗 in a column of animals: "dog" (charvalues.py)
        noun = first_noun_of_character(v, values) if isinstance(v, str) else None
        if noun:
            put(noun, Link("value", table, column, v, CHARACTER_NOUN_SCORE))


def names_part(word: str, value: str) -> bool:
    """A word of the value's English names (Dubai, crude for 迪拜原油) or its modifier said by sound (Brent
    for 布伦特原油): a name the answer holds when it holds the value."""
    if isinstance(value, str) and word in {w for g in bilingual.english_for(value)[:3] for w in g.split()}:
        return True  # Thanksgiving for 感恩节 ("Thanksgiving Day"), held whole by the dictionary
    vp = parts(value)
    if vp is None:
        return False
    modifier, head = vp
    glossed = bilingual.english_for(modifier)[:3]
    words = {w for g in (*glossed, *head_names(head)) for w in g.split()}
    if word in words or bilingual.base(word) in words:
        return True
    sound = None if glossed else chinese_sound(modifier)
    return bool(sound) and len(sound or "") >= MIN_SOUND_GROUPS and english_sound(word) == sound
