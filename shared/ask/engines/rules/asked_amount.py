"""An amount asked (多少 / how much) answered by identifiers alone: 每次检测花了多少钱 → the tests' numbers.
An identifier is never an amount; the asked amount's noun (钱, "money") was not read, so the reading is
doubted. A count (多少次, how many) is no amount and is left alone."""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent
from shared.semantic.vocabulary.linking import ColumnInfo, Item


def amount_answered_by_ids(items: list[Item], intent: Intent, columns: dict[str, ColumnInfo]) -> bool:
    """多少 / how much said, no measure computed, and only identifier columns listed."""
    asked = any(it.kind == "match" and it.has("howmuch") and not it.has("count") for it in items)
    listed = [columns[c] for c in intent.columns if c in columns]
    return (
        asked
        and not intent.measures
        and bool(listed)
        and len(listed) == len(intent.columns)
        and all(c.role == "id" for c in listed)
    )
