"""A Chinese header X次 / X序 no dictionary holds whole (季次, 周次, 批次) numbers the X's in order:
the season, week or batch a row belongs to. It is named by X itself (各季, 第3季) and by X's first English
senses ("season", "by season"), as strongly as a header's own word, below its whole name."""

from __future__ import annotations

from shared.semantic.vocabulary.segment import CJK_RE, phrase_key
from shared.semantic.vocabulary.translation import dictionary_translations

ORDINAL_SUFFIXES = ("次", "序")  # 季号 / 期号 are codes as often as numbers in order
ORDINAL_SCORE = 0.9
SENSES = 2


def ordinal_header_aliases(name: str) -> dict[str, float]:
    """X and X's first one-word senses for a two-character header X次 the dictionary does not hold."""
    if len(name) != 2 or not CJK_RE.fullmatch(name[0]) or not name.endswith(ORDINAL_SUFFIXES):
        return {}
    if dictionary_translations(phrase_key(name)):
        return {}
    senses = [g for g in dictionary_translations(phrase_key(name[0]))[:SENSES] if " " not in g]
    if not senses:
        return {}
    return {phrase_key(name[0]): ORDINAL_SCORE, **dict.fromkeys(senses, ORDINAL_SCORE)}
