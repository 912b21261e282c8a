"""A Chinese header of one modifying character and a dictionary word (毛产量, 净收入, 总成本 where the
dictionary lacks the whole) said in English: the character's sense as a modifier is read off the
dictionary's own compounds that open with it. 毛利 "gross profit", 毛重 "gross weight" and 毛收入 "gross
income" each gloss as a word plus the gloss of their remainder (利 "profit", 重 "weight"), so 毛 before a
noun is "gross"; 净 is "net" the same way. 毛产量 is then "gross output" (产量 "output")."""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from functools import lru_cache

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import CJK_RE

MODIFIED_SCORE = 0.85  # as sure as two halves' glosses joined (flagheaders.COMPOUND_SCORE)
MIN_COMPOUNDS = 2  # compounds that must agree on the modifier's sense
HEAD_GLOSSES = 2

_LOCK = threading.Lock()
_BY_FIRST: dict[str, list[str]] | None = None


def _by_first() -> dict[str, list[str]]:
    """Dictionary words of two or three characters, by their first character (built once)."""
    global _BY_FIRST
    with _LOCK:
        if _BY_FIRST is None:
            out: dict[str, list[str]] = defaultdict(list)
            for word in bilingual.raw_glosses():
                if 2 <= len(word) <= 3:
                    out[word[0]].append(word)
            _BY_FIRST = dict(out)
    return _BY_FIRST


@lru_cache(maxsize=1024)
def modifier_sense(character: str) -> str | None:
    """The English word the character stands for before a noun, when its compounds agree (毛 -> gross)."""
    counts: Counter[str] = Counter()
    for word in _by_first().get(character, ()):
        rest = {g for g in bilingual.english_for(word[1:]) if " " not in g}
        if not rest:
            continue
        for gloss in bilingual.english_for(word):
            parts = gloss.split()
            if len(parts) == 2 and parts[1] in rest:
                counts[parts[0]] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_COMPOUNDS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def modified_header_english(core: str) -> dict[str, float]:
    """毛产量 (no dictionary word whole; 产量 one) -> "gross output"; {} for any other header core."""
    if len(core) != 3 or not all(CJK_RE.fullmatch(ch) for ch in core) or bilingual.english_for(core):
        return {}
    heads = [g for g in bilingual.english_for(core[1:])[:HEAD_GLOSSES] if g.count(" ") <= 1]
    if not heads:
        return {}
    sense = modifier_sense(core[0])
    return {f"{sense} {g}": MODIFIED_SCORE for g in heads} if sense else {}
