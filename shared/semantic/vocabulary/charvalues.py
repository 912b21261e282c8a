"""English names of one-character Chinese values: 狗 'dog', 猫 'cat' in a column of animals (物种: 狗, 猫,
山羊). A single character is glossed by the lexicon alone elsewhere (日 is no airport, 的 no taxi), since a
character has many senses; in a column every value of which is Chinese, a value of one character is a word
of its own, and its first dictionary sense, one English noun, names it ("how many dogs"). Codes and
letters are never glossed so, nor a first sense that is no noun (高 "high").
"""

from __future__ import annotations

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import CJK_RE


def first_noun_of_character(value: str, values: list[object]) -> str | None:
    """The English noun naming a one-character value of an all-Chinese column, if its first sense is one."""
    if len(value) != 1 or not CJK_RE.fullmatch(value):
        return None
    if not all(isinstance(v, str) and v and all(CJK_RE.fullmatch(ch) for ch in v) for v in values):
        return None
    senses = bilingual.english_for(value)
    if not senses:
        return None
    first = senses[0].lower()
    if not first.isalpha() or not bilingual.is_plain_noun(first):
        return None
    return first
