"""A value said by its quality noun: "positivity" for a value named "positive", "validity" for "valid",
"availability" for "available". English makes the noun of such an adjective with -ity; the noun before a
rate word (positivity rate) asks for the share of rows holding that value. Only single-word names of a
stored value, and only the regular forms (-ive, -id, -al, -ble, -ar)."""

from __future__ import annotations

from shared.semantic.vocabulary.linktypes import Link

NOMINAL_SCALE = 0.9
MIN_CHARS = 5


def ity_form(word: str) -> str | None:
    """positive -> positivity, valid -> validity, available -> availability, regular -> regularity."""
    if len(word) < MIN_CHARS or not word.isalpha() or not word.isascii():
        return None
    if word.endswith("ble"):
        return word[:-3] + "bility"
    if word.endswith("ive"):
        return word[:-1] + "ity"
    if word.endswith(("id", "al", "ar")):
        return word + "ity"
    return None


def nominal_keys(phrases: dict[str, list[Link]]) -> dict[str, list[Link]]:
    """The -ity nouns of the one-word value names, where no name of the schema is spelt so."""
    out: dict[str, list[Link]] = {}
    for key, links in phrases.items():
        values = [lk for lk in links if lk.kind == "value"]
        noun = ity_form(key) if values and " " not in key else None
        if noun and noun not in phrases:
            out.setdefault(noun, []).extend(
                Link(lk.kind, lk.table, lk.column, lk.value, lk.score * NOMINAL_SCALE) for lk in values
            )
    return out
