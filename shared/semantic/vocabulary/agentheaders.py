"""A Chinese header V方 (a verb and 方 "party, side": 付费方) the dictionary lacks names the party that
does V: the verb's one-word English sense made an agent noun (付费 "to pay" -> "payer"). A kind word after
it (付费方类别: the payer's category) keeps the name. Weaker than a dictionary gloss (0.8)."""

from __future__ import annotations

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import CJK_RE

PARTY = "方"
KIND_SUFFIXES = ("类别", "类型")
AGENT_SCORE = 0.8


def agent_header_aliases(name: str) -> dict[str, float]:
    """The doer of the verb before 方: "payer" for 付费方 / 付费方类别."""
    core = next((name[: -len(s)] for s in KIND_SUFFIXES if name.endswith(s)), name)
    if not core.endswith(PARTY) or len(core) < 3 or bilingual.senses(core):
        return {}
    verb = core[: -len(PARTY)]
    if not all(CJK_RE.fullmatch(c) for c in verb):
        return {}
    out: dict[str, float] = {}
    for sense in bilingual.senses(verb)[:2]:
        words = sense.split()
        if len(words) == 2 and words[0] == "to" and words[1].isalpha():
            out[_agent(words[1])] = AGENT_SCORE
    return out


def _agent(verb: str) -> str:
    return verb + ("r" if verb.endswith("e") else "er")
