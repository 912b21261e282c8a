"""The act that makes a thing the data counts: goals scored, 进球 "to score a goal".

A verb beside an amount's noun often says only how the thing comes about (goals are scored, votes cast):
it restricts nothing. CC-CEDICT tells which verb that is: a Chinese word translating the noun is also
glossed "to <verb> a <noun>" (进球: "to score a goal / goal (sport)"). Such a verb, said with that noun
linked to a column, is understood, not a word the reading left out. Any other verb (goals conceded,
goals disallowed) stays not understood and is asked about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import lemma

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase


def acts_of_the_nouns(parser: ParserBase, unknown: list[str]) -> list[str]:
    """The unknown English verbs the dictionary names as the act making a noun the reading linked."""
    table = parser.table
    if table is None or parser.lang != "en" or not unknown:
        return []
    nouns = {
        lemma(it.text.lower().split()[-1])
        for pos, it in enumerate(parser.items)
        if pos in parser.ps.used and it.kind == "match" and it.text.isascii() and it.text.strip()
        if any(lk.kind == "column" and lk.table == table.name for lk in it.links)
    }
    return [w for w in unknown if w.isascii() and _act_of(bilingual.base(w.lower()), nouns)]


def _act_of(verb: str, nouns: set[str]) -> bool:
    glosses = bilingual.raw_glosses()
    for noun in nouns:
        acts = (f"to {verb} a {noun}", f"to {verb} an {noun}", f"to {verb} {noun}")
        for zh in bilingual.chinese_for(noun):
            senses = [s.strip().lower() for s in (glosses.get(zh) or "").replace(";", "/").split("/")]
            if any(s in acts for s in senses):
                return True
    return False
