"""A superlative put on a word nobody read (the most rice, 最多的稻谷) answered by counting rows: what is
ranked is that word's amount, which the reading never found; the row count ranks something else (the
villages with the most records). A doubt, so the question is asked back rather than answered."""

from __future__ import annotations

import re

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import STOP_WORDS, Item

TIMES_WORDS = frozenset(w.lower() for w in words("times_words"))  # visited most times: rows counted
_COUNT_ROWS_RE = re.compile(r"ORDER BY (?:COUNT\(\*\)|\"row_count\"|\"[^\"]*(?:count|数)\")", re.I)


def ranked_unread(items: list[Item], sql: str | None) -> bool:
    """The word right after a superlative is an unread noun and the SQL ranks by a row count."""
    if not _COUNT_ROWS_RE.search(str(sql or "")) or "COUNT(*)" not in str(sql or ""):
        return False
    for i, it in enumerate(items):
        if not it.has("sup"):
            continue
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is not None and _unread_noun(nxt):
            return True
    return False


def _unread_noun(it: Item) -> bool:
    """An English word nothing read that is a noun, not a verb (the least represented: no noun)."""
    text = it.text.lower()
    if it.kind != "word" or it.links or it.tags or not text.isalpha() or text in STOP_WORDS | TIMES_WORDS:
        return False
    return bilingual.may_be_noun(text) and not bilingual.is_verb(text)
