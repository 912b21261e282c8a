"""The English words of a Chinese table name: 宠物登记 is 宠物 "pet" + 登记 "register", so an English question
over it says pets, registered and registrations. The name is cut into the fewest dictionary words of two
characters or more; each word gives its first glosses of one word (the first sense also of two, by its
head noun: "house pet" is "pet"), and a word first glossed as a verb its nouns of the act (registration).
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import CJK_RE

MAX_NAME = 8  # characters of a name cut into words
GLOSSES = 2  # senses of each word taken (later senses drift: 登记 is "register", not "enrol")


@lru_cache(maxsize=256)
def english_of_chinese_name(name: str) -> frozenset[str]:
    """Lemmas of the English words a Chinese name (all Chinese, 2..8 characters) is said by."""
    if not 2 <= len(name) <= MAX_NAME or not all(CJK_RE.fullmatch(ch) for ch in name):
        return frozenset()
    out: set[str] = set()
    for piece in _cut(name):
        for rank, gloss in enumerate(bilingual.english_for(piece)[:GLOSSES]):
            words = gloss.lower().split()
            if not all(w.isalpha() for w in words) or len(words) > (2 if rank == 0 else 1):
                continue
            head = bilingual.base(words[-1])
            out.add(head)
            if rank == 0 and bilingual.first_sense_verb(piece):
                out.update(_act_nouns(head))
    return frozenset(out)


def _cut(name: str) -> list[str]:
    """The name as one dictionary word, else cut into the fewest (two or three) dictionary words."""
    if bilingual.english_for(name):
        return [name]
    for n in (2, 3):
        for cut in itertools.combinations(range(2, len(name) - 1), n - 1):
            bounds = (0, *cut, len(name))
            pieces = [name[a:b] for a, b in itertools.pairwise(bounds)]
            if all(len(p) >= 2 and bilingual.english_for(p) for p in pieces):
                return pieces
    return []


def _act_nouns(verb: str) -> list[str]:
    """The nouns of the act of an English verb that the dictionary knows as nouns (register: registration,
    inspect: inspection, ship: shipment)."""
    if "VERB" not in bilingual.parts_of_speech(verb):
        return []
    forms = [verb + "ation", verb + "ion", verb + "ment"]
    if verb.endswith("er"):
        forms.append(verb[:-2] + "ration")
    if verb.endswith("e"):
        forms += [verb[:-1] + "ion", verb[:-1] + "ation"]
    return [f for f in forms if "NOUN" in bilingual.parts_of_speech(f) and f != verb]
