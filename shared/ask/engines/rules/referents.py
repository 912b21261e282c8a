"""A pronoun with nothing to refer to ("music" round): "What was its best rank?" / 它最好排到第几名 with no
previous answer in the conversation (the turn before was asked back) and no thing named before the pronoun
was answered over every row, the "it" dropped. It is asked back instead."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linktypes import Item

REFERRING = frozenset(words("referring_pronouns"))


def _names_a_thing(it: Item) -> bool:
    """A stored value, a table or column's word, a quoted title or a number said before the pronoun can be
    what it refers to (which penguin is the heaviest? give its species)."""
    return it.kind in ("quote", "num", "time") or bool(it.links)


def pronoun_without_referent(items: list[Item], state: dict[str, Any] | None) -> bool:
    """A referring pronoun before any named thing, in a conversation with no previous answer."""
    if state:
        return False
    for it in items:
        if _names_a_thing(it):
            return False
        if it.text.lower() in REFERRING:
            return True
    return False
