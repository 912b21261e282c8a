"""The words of the other language for a phrase key: the general lexicon's concept groups (amount ~ 金额),
else CC-CEDICT's (pet ~ 宠物), and the grammar keyword maps they must not swallow."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from shared.semantic.vocabulary import bilingual, lexicon
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key


@lru_cache(maxsize=1)
def concept_groups() -> tuple[dict[str, set[int]], list[list[str]]]:
    """Lexicon groups as unit keys, and which groups each key belongs to."""
    groups: list[list[str]] = []
    member: dict[str, set[int]] = defaultdict(set)
    for line in lexicon.CONCEPTS.splitlines():
        keys = [k for k in (phrase_key(w) for w in line.split("|")) if k]
        groups.append(keys)
        for k in keys:
            member[k].add(len(groups) - 1)
    return dict(member), groups


@lru_cache(maxsize=1)
def keyword_map() -> dict[str, list[str]]:
    """Structural keyword phrases (unit keys) -> tags."""
    out: dict[str, list[str]] = defaultdict(list)
    for tag, words in lexicon.KEYWORDS.items():
        for w in words:
            # "the most recently aired": "the most" must not swallow the start of "most recently"
            variants = (
                [w, f"the {w}"] if tag.startswith("sup:") and w.startswith(("most ", "least ")) else [w]
            )
            for v in variants:
                key = phrase_key(v) or v
                if tag not in out[key]:
                    out[key].append(tag)
    return dict(out)


@lru_cache(maxsize=1)
def implied_map() -> dict[str, list[str]]:
    """Adjective key -> column concept words it implies ("youngest" -> age)."""
    out: dict[str, list[str]] = defaultdict(list)
    for concepts, words in lexicon.IMPLIED_COLUMNS.items():
        for w in words:
            out[phrase_key(w) or w].extend(concepts.split("|"))
    return dict(out)


def translations(key: str) -> list[str]:
    member, groups = concept_groups()
    out: list[str] = []
    for g in member.get(key, ()):
        out.extend(k for k in groups[g] if k != key)
    return out


@lru_cache(maxsize=16384)
def dictionary_translations(key: str) -> tuple[str, ...]:
    """CC-CEDICT's words for a phrase key in the other language: "pet" -> 宠 物, "取 消" -> cancel."""
    if not key:
        return ()
    if CJK_RE.search(key):
        word = key.replace(" ", "")
        if not all(CJK_RE.match(ch) for ch in word):
            return ()
        found = bilingual.english_for(word)
        if not found and word.startswith(("已", "未")) and len(word) > 2:  # 已取消: a status of 取消
            found = bilingual.english_for(word[1:])
        return tuple(k for k in dict.fromkeys(phrase_key(e) for e in found[:4]) if k)
    if not all(w.isascii() and w.isalpha() for w in key.split()):
        return ()
    grammar = _grammar_prefixes()
    keywords = keyword_map()
    return tuple(
        phrase_key(z)
        for z in bilingual.chinese_for(key)
        if not any(z.startswith(p) and len(z) > len(p) for p in grammar) and z not in keywords
    )  # 呢 is also "woollen material": a grammar word never translates a column or value


@lru_cache(maxsize=1)
def _grammar_prefixes() -> tuple[str, ...]:
    """Chinese aggregate, superlative, count and grouping words: a dictionary word that starts with one
    (总人口 = "population") would swallow the word the question's grammar needs (总 + 人口)."""
    tags = ("agg:", "sup:", "count", "group", "howmuch")
    words = {w for tag, ws in lexicon.KEYWORDS.items() if tag.startswith(tags) for w in ws if CJK_RE.match(w)}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=16384)
def linked_translations(key: str) -> tuple[str, ...]:
    """The lexicon's translations of a key, or CC-CEDICT's when the lexicon has none in the other script.

    The general lexicon knows business words (amount -> 金额); a database's own words (pet, tonnage,
    取消) come from the dictionary, so no domain needs an entry of its own.
    """
    known = translations(key)
    zh = bool(CJK_RE.search(key))
    if any(bool(CJK_RE.search(t)) != zh for t in known):
        return tuple(known)
    return tuple(dict.fromkeys([*known, *dictionary_translations(key)]))


def says_the_value(chinese: str, key: str) -> bool:
    """A single character translates a stored value only by its first gloss or that gloss's head word:
    的 is "of" before it is "taxi", so it is no value 'Taxi'; 雁 "wild goose" is 'GEESE'. A character says
    too many things for a later sense to name a value with full confidence."""
    word = chinese.replace(" ", "")
    if len(word) != 1 or not CJK_RE.match(word):
        return True
    glosses = bilingual.english_for(word)[:1]
    if not glosses:
        return False
    first = phrase_key(glosses[0])
    wanted = {key, bilingual.base_key(key)}
    return bool({first, bilingual.base_key(first), first.split()[-1] if first else ""} & wanted)
