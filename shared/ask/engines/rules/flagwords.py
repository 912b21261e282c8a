"""The words of a boolean column's name (is_repeated_guest): its flag prefix, its generic last word (the
rows' people: guest) and its distinctive words (repeated). A plain noun naming only the generic word ("guests
from Spain") says nothing of the flag; the distinctive word, whole or cut (repeat guests), switches it on."""

from __future__ import annotations

import re

from shared.semantic.vocabulary.linktypes import STOP_WORDS
from shared.semantic.vocabulary.segment import lemma

FLAG_PREFIXES = frozenset({"is", "has", "had", "was", "were", "did", "does", "can", "flag", "if"})


def flag_words(name: str) -> list[str]:
    """A boolean column's name words without its flag prefix: is_repeated_guest → repeated, guest."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()
    return [w for w in re.split(r"[^a-z]+", spaced) if w and w not in FLAG_PREFIXES]


def generic_part_of_flag(text: str, name: str) -> bool:
    """ "guests" over is_repeated_guest: an English word that names only the last, generic word of a
    flag's name of two or more words, not its distinctive word. Chinese words reach flags through glosses
    of the whole name and are not read here."""
    if not text.isascii():
        return False
    words = flag_words(name)
    if len(words) < 2:
        return False
    said = [lemma(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP_WORDS]
    return bool(said) and all(w == lemma(words[-1]) for w in said)


def distinctive_of_flag(word: str, name: str) -> bool:
    """A word spelling one of the flag's distinctive words, whole or inflected (repeat ~ repeated)."""
    said = word.lower()
    if len(said) < 4 or not said.isalpha():
        return False
    return any(len(w) >= 4 and w[:5] == said[:5] for w in flag_words(name)[:-1])
