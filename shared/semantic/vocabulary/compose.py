"""Chinese compounds read as the composition of their parts' glosses (docs/engine.md "Linking").

A Chinese word the dictionary does not hold whole, or holds under glosses that name nothing, is often the
plain composition of dictionary words: 客房收入 = 客房 "guest room" + 收入 "revenue" names `room_revenue`,
非农就业 = 非 "non-" + 农 "agriculture / farm" + 就业 "employment" names `nonfarm_employment`. The word is
split into two or three dictionary words whose gloss head words (the last word of a gloss: "guest room"
-> room), in order, spell a column's name whole: every word of the name accounted for, none left over.
非 before a part is "non". Such a reading is evidence, not a name: it scores below a whole-word link.
"""

from __future__ import annotations

import re
from itertools import product

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.abbreviations import abbreviation_of
from shared.semantic.vocabulary.linktypes import STOP_WORDS, Link, SchemaIndex
from shared.semantic.vocabulary.segment import phrase_key

COMPOSED_SCORE = 0.78  # below a gloss's head word naming a column (0.8) and a whole gloss (0.9)
VERB_CUT_SCORE = 0.75  # verbs and near-synonyms spelling a cut name: weaker still
MAX_VERB_WORDS = 3
GLOSSES_TRIED = 4
MAX_PARTS = 3
NEGATION = "非"  # 非农 = non-farm, 非营利 = non-profit


def composed_links(word: str, index: SchemaIndex) -> list[Link]:
    """The one column whose whole name the word's parts' gloss heads spell, in order (else none); failing
    that, the one column a verb's and a verb's sibling's glosses name cut short (`_cut_with_verbs`)."""
    found: dict[tuple[str, str | None], Link] = {}
    for parts in _splits(word):
        for words in product(*(_heads(p) for p in parts)):
            for key in _keys(list(words)):
                for lk in _named_columns(index, key):
                    found.setdefault((lk.table, lk.column), lk)
        if found:
            break  # the fewest parts that name something
    if not found:
        return _cut_with_verbs(word, index)
    if len(found) != 1:
        return []
    lk = next(iter(found.values()))
    return [Link("column", lk.table, lk.column, score=min(lk.score, COMPOSED_SCORE))]


def _cut_with_verbs(word: str, index: SchemaIndex) -> list[Link]:
    """到达延误 over `arr_delay`: names cut short (arr, dep) say what happens (arrive, depart), and Chinese
    says it with verbs (到达 "to reach; to arrive"; 结束日期 "to end" + "date" spells `end_date` whole).
    Two parts of two characters or more, each said as its verbs too, and a verb CC-CEDICT glosses only in
    other words (延误 "to postpone (with unfortunate consequences)") as its siblings' (延迟, 延后: words
    with its first character sharing one of its verbs: "delay"), whose words, the first cut short, spell
    one column's whole name."""
    found: dict[tuple[str, str | None], Link] = {}
    for cut in range(2, len(word) - 1):
        parts = [word[:cut], word[cut:]]
        if not all(bilingual.senses(p) for p in parts):
            continue
        for words in product(*(_verb_heads(p) for p in parts)):
            whole = [lk for key in _keys(list(words)) for lk in _named_columns(index, key)]  # 结束日期
            for lk in whole or abbreviation_of(list(words), index):
                if lk.kind == "column":
                    found.setdefault((lk.table, lk.column), lk)
    if len(found) != 1:
        return []
    lk = next(iter(found.values()))
    return [Link("column", lk.table, lk.column, score=min(lk.score, VERB_CUT_SCORE))]


def _verb_heads(part: str) -> list[str]:
    """A part's words with its verbs ("to arrive" -> arrive); a word glossed by verbs only, also its
    siblings' verbs."""
    own = _verbs(part)
    heads = [*_heads(part), *(v.split()[0] for v in own if v)]
    if not bilingual.english_for(part):
        heads += [v.split()[0] for v in _sibling_verbs(part, own) if v]
    return list(dict.fromkeys(h for h in heads if h.isalpha()))


def _verbs(word: str) -> list[str]:
    """A word's verb glosses, without "to" and notes in brackets: 到达 -> reach, arrive."""
    out = []
    for sense in bilingual.senses(word):
        for g in sense.split(";"):
            g = re.sub(r"\([^)]*\)", "", g).strip().lower()
            if g.startswith("to ") and len(g.split()) <= MAX_VERB_WORDS:
                out.append(g[3:].strip())
    return list(dict.fromkeys(out))


def _sibling_verbs(word: str, verbs: list[str]) -> list[str]:
    """The verbs of two-character words that share the word's first character and one of its verbs (延误
    "to postpone" and 延后 "to postpone; to defer; to delay"): near-synonyms, said as each other."""
    out: list[str] = []
    for verb in verbs:
        for other in bilingual.chinese_for(verb):
            if len(other) == 2 and other != word and other[0] == word[0]:
                out.extend(v for v in _verbs(other) if v not in out and v not in verbs)
    return out


def _splits(word: str) -> list[list[str]]:
    """Ways to cut the word into dictionary words, fewest parts first; a single character is a part only
    where it is 非 or beside a part of two characters or more (二字 + 一字, never 一 + 一 + 一)."""
    out: list[list[str]] = []

    def walk(rest: str, parts: list[str]) -> None:
        if not rest:
            if len(parts) >= 2:
                out.append(parts)
            return
        if len(parts) >= MAX_PARTS:
            return
        for cut in range(len(rest), 0, -1):
            piece = rest[:cut]
            if piece == NEGATION or bilingual.english_for(piece):
                walk(rest[cut:], [*parts, piece])

    walk(word, [])
    out = [p for p in out if any(len(x) >= 2 for x in p) or (len(p) == 2 and p[0] == NEGATION)]
    return sorted(out, key=len)


def _heads(part: str) -> list[str]:
    """A part's English words: 非 -> non; else each gloss's head word (its last content word). A verb's
    glosses name what it does, not a column's word ("to take in"): only its noun glosses count."""
    if part == NEGATION:
        return ["non"]
    heads: list[str] = []
    verbs = {
        re.sub(r"\([^)]*\)", "", g).strip()[3:].strip().lower()
        for sense in bilingual.senses(part)
        for g in sense.split(";")
        if g.strip().startswith("to ")
    }
    for gloss in bilingual.english_for(part)[:GLOSSES_TRIED]:
        content = [w for w in gloss.split() if w not in STOP_WORDS]
        if not content or gloss in verbs:
            continue
        if content[-1] not in heads:
            heads.append(content[-1])
    return heads + [h for h in _bound_heads(part) if h not in heads] if len(part) == 1 else heads


def _bound_heads(char: str) -> list[str]:
    """A character used only in compounds (农 "(bound form) agriculture") is also said as the other glosses
    of its two-character words glossed alike (农业 "agriculture; farming"), and an -ing gloss by its verb
    (farming -> farm): 非农 = non-farm."""
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    out: list[str] = []
    for gloss in bilingual.english_for(char)[:GLOSSES_TRIED]:
        for word in bilingual.chinese_for(gloss):
            if len(word) != 2 or not word.startswith(char):
                continue
            for other in bilingual.english_for(word)[:GLOSSES_TRIED]:
                head = other.split()[-1] if other.split() else ""
                verbs = getAllLemmas(head).get("VERB", ()) if head.endswith("ing") else ()
                out.extend(w for w in (head, *verbs) if w and w != gloss and w not in out)
    return out


def _keys(words: list[str]) -> list[str]:
    """The name keys the words spell: as they are, and with "non" written solid (nonfarm, non farm)."""
    keys = [phrase_key(" ".join(words))]
    joined: list[str] = []
    for w in words:
        if joined and joined[-1] == "non":
            joined[-1] = "non" + w
        else:
            joined.append(w)
    if joined != words:
        keys.append(phrase_key(" ".join(joined)))
    return keys


def _named_columns(index: SchemaIndex, key: str) -> list[Link]:
    """Columns named by their own words (not a lexicon's translation of them), the key whole."""
    lemmas = bilingual.base_key(key)
    links = index.phrases.get(key) or index.bases.get(lemmas) or index.phrases.get(lemmas) or []
    return [lk for lk in links if lk.kind == "column" and lk.score >= 0.95]
