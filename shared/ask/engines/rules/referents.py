"""Referring pronouns: one grammar word list (`referring_pronouns` in en.json / zh.json), read two ways
because the two kinds refer to different things.

- `one` (it, its, 它, 其) refers to one thing named before it, in the question or in the previous answer.
  With neither ("music" round: "What was its best rank?" / 它最好排到第几名 after a turn that was asked
  back), the reading answered over every row with the "it" dropped: `pronoun_without_referent` asks back.
- `those` (their, they, them, 他们), opening the question after lead words only (`referring_pronoun_leads`:
  "and what is …", 那…), is the previous answer's rows: `opens_on_those` makes the question a follow-up
  that keeps that answer's conditions. Without a previous answer the rows may be every row of the table,
  so it only lowers confidence. Said after a noun of the question's own (the bases and their pilots), it
  refers to that noun: only the opening counts.
"""

from __future__ import annotations

import re
from typing import Any

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linktypes import Item
from shared.semantic.vocabulary.segment import CJK_RE

REFERS_TO_ONE = frozenset(words("referring_pronouns", "one"))


def _either(wordlist: tuple[str, ...], chinese: bool) -> str:
    return "|".join(re.escape(w) for w in wordlist if bool(CJK_RE.search(w)) == chinese)


def _opening_those() -> re.Pattern[str]:
    """English: any run of lead words, then the pronoun as a whole word; Chinese: at most one lead word
    right before the pronoun (no spaces)."""
    leads, those = words("referring_pronoun_leads"), words("referring_pronouns", "those")
    english = rf"^(?:(?:{_either(leads, False)})\s+)*(?:{_either(those, False)})\b"
    chinese = rf"^(?:{_either(leads, True)})?(?:{_either(those, True)})"
    return re.compile(f"{english}|{chinese}")


OPENING_THOSE_RE = _opening_those()


def opens_on_those(question: str) -> bool:
    """ "What is their average …", 他们的平均…: a plural pronoun before any noun of the question's own."""
    return OPENING_THOSE_RE.search(question.strip().lower()) is not None


def _names_a_thing(it: Item) -> bool:
    """A stored value, a table or column's word, a quoted title or a number said before the pronoun can be
    what it refers to (which penguin is the heaviest? give its species)."""
    return it.kind in ("quote", "num", "time") or bool(it.links)


def pronoun_without_referent(items: list[Item], state: dict[str, Any] | None) -> bool:
    """A pronoun referring to one thing, before any named thing, in a conversation with no previous
    answer."""
    if state:
        return False
    for it in items:
        if _names_a_thing(it):
            return False
        if it.text.lower() in REFERS_TO_ONE:
            return True
    return False
