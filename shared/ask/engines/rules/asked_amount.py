"""An amount asked (多少 / how much) answered by identifiers alone: 每次检测花了多少钱 → the tests' numbers.
An identifier is never an amount; the asked amount's noun (钱, "money") was not read, so the reading is
doubted. A count (多少次, how many) is no amount and is left alone, and so is a code the question names
(Anchor的片区编号是多少: the code is what is asked)."""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent
from shared.semantic.vocabulary.keynames import ZH_KEY_ENDINGS
from shared.semantic.vocabulary.linking import ColumnInfo, Item

EN_KEY_WORDS = frozenset({"id", "ids", "code", "codes", "number", "numbers", "key", "no"})


def amount_answered_by_ids(items: list[Item], intent: Intent, columns: dict[str, ColumnInfo]) -> bool:
    """多少 / how much said, no measure computed, and only identifier columns listed."""
    asked = any(it.kind == "match" and it.has("howmuch") and not it.has("count") for it in items)
    listed = [columns[c] for c in intent.columns if c in columns]
    named = {
        lk.column for it in items if _says_a_key(it.text) for lk in it.links or () if lk.kind == "column"
    }
    return (
        asked
        and not intent.measures
        and bool(listed)
        and len(listed) == len(intent.columns)
        and all(c.role == "id" for c in listed)
        and not named & set(intent.columns)
    )


def _says_a_key(text: str) -> bool:
    """片区编号 / "zone code": the words name the key itself, not only what it numbers (检测 of 检测编号)."""
    words = text.lower().split()
    return "".join(words).endswith(ZH_KEY_ENDINGS) or bool(words) and words[-1] in EN_KEY_WORDS
