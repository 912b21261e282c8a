"""A Chinese header X次 / X序 no dictionary holds whole (季次, 周次, 批次) numbers the X's in order:
the season, week or batch a row belongs to. It is named by X itself (各季, 第3季) and by X's English
senses ("season", "by season"), as strongly as a header's own word, below its whole name.

X's senses are its first two one-word glosses, and any other one-word gloss whose first Chinese word
is X again (周: "week", whose first Chinese word is 周; the surname and the dynasty come first). A
dictionary word before the ordinal (疫情周次: the epidemic's week) narrows it and does not rename it:
such a header is named by X and its senses as well, a little more weakly."""

from __future__ import annotations

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key
from shared.semantic.vocabulary.translation import dictionary_translations

ORDINAL_SUFFIXES = ("次", "序")  # 季号 / 期号 are codes as often as numbers in order
ORDINAL_SCORE = 0.9
PREFIXED_SCORE = 0.85
SENSES = 2


def ordinal_header_aliases(name: str) -> dict[str, float]:
    """X and X's senses for a header X次 (or a dictionary word + X次) the dictionary does not hold."""
    if len(name) < 2 or not all(CJK_RE.fullmatch(c) for c in name) or not name.endswith(ORDINAL_SUFFIXES):
        return {}
    ordinal, prefix = name[-2:], name[:-2]
    if dictionary_translations(phrase_key(ordinal)) or dictionary_translations(phrase_key(name)):
        return {}
    if prefix and (len(prefix) < 2 or not bilingual.senses(prefix)):
        return {}
    senses = _senses(ordinal[0])
    if not senses:
        return {}
    score = PREFIXED_SCORE if prefix else ORDINAL_SCORE
    return {phrase_key(ordinal[0]): score, **dict.fromkeys(senses, score)}


def _senses(char: str) -> list[str]:
    """The character's first one-word glosses, and those whose first Chinese word is the character."""
    glosses = [g for g in bilingual.english_for(char) if g.isascii() and g.isalpha()]
    first = [g for g in dictionary_translations(phrase_key(char))[:SENSES] if " " not in g]
    own = [g for g in glosses if bilingual.chinese_for(g)[:1] == (char,)]
    return list(dict.fromkeys(first + own))
