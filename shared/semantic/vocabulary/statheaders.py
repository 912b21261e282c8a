"""Chinese headers that end on a statistic word, named in English (家庭收入中位数: "median household income").

A Chinese header often puts the statistic last (X中位数, X平均值, X占比), where English puts it first ("median
X", "average X") or either side ("X share", "share of X"). The statistic's words come from the structural
keywords (agg:median 中位数 ~ median, share 占比 ~ share / proportion), X's from the dictionary: its own
glosses, or its two halves' joined (`flagheaders.compound_english`: 家庭收入 = "household income").
"""

from __future__ import annotations

from functools import lru_cache

from shared.semantic.vocabulary.flagheaders import compound_english
from shared.semantic.vocabulary.lexicon import KEYWORDS
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key
from shared.semantic.vocabulary.translation import dictionary_translations

STAT_SCORE = 0.85  # glosses joined around the statistic: evidence, not the header's own name
STAT_TAGS = ("agg:median", "agg:avg", "share")
ENGLISH_PER_TAG = 3
ASKING_TAGS = ("howmuch", "group")  # 占多少 / 百分之几 / 平均每 ask for the statistic: no header ends so


@lru_cache(maxsize=1)
def _statistics() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(Chinese statistic word, its English words), longest Chinese first: 中位数 -> median."""
    asking = [w for tag in ASKING_TAGS for w in KEYWORDS.get(tag, ()) if CJK_RE.fullmatch(w[0])]
    out: list[tuple[str, tuple[str, ...]]] = []
    for tag in STAT_TAGS:
        words = KEYWORDS.get(tag, ())
        english = tuple(w for w in words if w.isascii() and " " not in w)[:ENGLISH_PER_TAG]
        nouns = [
            w for w in words if CJK_RE.fullmatch(w[0]) and len(w) >= 2 and not any(a in w for a in asking)
        ]
        out += [(w, english) for w in nouns if english]
    return tuple(sorted(out, key=lambda p: -len(p[0])))


def statistic_english(name: str) -> dict[str, float]:
    """English phrase keys of a header X + statistic: "<stat> X", "X <stat>", "<stat> of X"."""
    if not all(CJK_RE.fullmatch(ch) for ch in name):
        return {}
    for stat, english in _statistics():
        core = name[: -len(stat)]
        if not name.endswith(stat) or len(core) < 2:
            continue
        names = [*dictionary_translations(phrase_key(core))[:2], *compound_english(core, False)]
        out: dict[str, float] = {}
        for x in names:
            for s in english:
                for phrase in (f"{s} {x}", f"{x} {s}", f"{s} of {x}"):
                    out[phrase_key(phrase) or phrase] = STAT_SCORE
        return out
    return {}
