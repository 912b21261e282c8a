"""Chinese headers read by their parts: less their unit, an ordinal's noun, a modifier's sense.

- A header less its unit (月薪_元 -> 月薪) is named by the dictionary's glosses of that word
  (`unit_less_english`); a compound less a rate unit (种子价格_卢比每公斤) by its halves' glosses:
  "seed price".
- 季次 (an ordinal header, ordinalheaders.py) by its noun: 季, "season".
- 付费方类别 (a verb's party, agentheaders.py) by the verb's agent noun: "payer".
- 受检者编号 (an unlisted person word's key, personkeys.py) by "person", "people".
- 毛产量 (a modifying character and a word, modifierglosses.py) by the modifier's sense: "gross output".
"""

from __future__ import annotations

from shared.semantic.vocabulary.agentheaders import agent_header_aliases
from shared.semantic.vocabulary.derived import unit_less
from shared.semantic.vocabulary.flagheaders import compound_english, flag_core
from shared.semantic.vocabulary.linktypes import STOP_WORDS
from shared.semantic.vocabulary.modifierglosses import modified_header_english
from shared.semantic.vocabulary.ordinalheaders import ordinal_header_aliases
from shared.semantic.vocabulary.personkeys import person_key_aliases
from shared.semantic.vocabulary.segment import CJK_RE, lemma
from shared.semantic.vocabulary.translation import dictionary_translations


def header_part_aliases(name: str) -> dict[str, float]:
    """The phrase keys a Chinese header's parts name it by (its unit set aside), with their scores."""
    core = unit_less(name)
    out: dict[str, float] = {}
    parts = (
        compound_english(flag_core(core), flag_core(core) != core) if core != name else {},
        ordinal_header_aliases(name),
        modified_header_english(flag_core(core)),
        person_key_aliases(name),
        agent_header_aliases(core),
    )
    for found in parts:
        for key, score in found.items():
            out[key] = max(score, out.get(key, 0.0))
    return out


def unit_less_english(aliases: dict[str, float]) -> dict[str, float]:
    """A Chinese header less its unit (月薪_元 -> 月薪, 0.95) is named by the dictionary's glosses of that
    word ("monthly salary"), and by a two-word gloss's head noun ("salary") as weakly as an English
    name's word."""
    out: dict[str, float] = {}
    for key, score in list(aliases.items()):
        if score < 0.95 or score >= 1.0 or not CJK_RE.search(key):
            continue
        for gloss in dictionary_translations(key)[:3]:
            out[gloss] = max(out.get(gloss, 0.0), 0.9)
            words = gloss.split()
            if len(words) == 2 and words[-1] not in STOP_WORDS:
                out[lemma(words[-1])] = max(out.get(lemma(words[-1]), 0.0), 0.6)
    return out
