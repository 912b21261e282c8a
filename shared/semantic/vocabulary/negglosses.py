"""A Chinese value the dictionary glosses "not <adjective>" (无效 "not valid", 不可用 "not available") is said
in English by the adjective's negative form (invalid, unavailable): the dictionary's own English word, made
by a negative prefix, and known to the dictionary as a word of its own."""

from __future__ import annotations

from shared.semantic.vocabulary import bilingual

NEGATIVE_PREFIXES = ("in", "un", "non", "im", "il", "ir", "dis")
GLOSSES_TRIED = 3


def negated_names(value: str) -> list[str]:
    """invalid for 无效 ("not valid"): a prefixed form of a "not X" gloss the dictionary knows."""
    out = []
    for gloss in bilingual.english_for(value)[:GLOSSES_TRIED]:
        words = gloss.split()
        if len(words) != 2 or words[0] != "not" or not words[1].isalpha():
            continue
        out += [f"{p}{words[1]}" for p in NEGATIVE_PREFIXES if bilingual.chinese_for(f"{p}{words[1]}")]
    return list(dict.fromkeys(out))
