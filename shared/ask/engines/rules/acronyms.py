"""A Latin acronym of the data said in Chinese words: 国际咖啡组织 for the ICO of `是否ICO成员`.

A header may hold an acronym (ICO, WHO, NATO) that a question spells out in Chinese, one dictionary
word per letter: 国际 "international", 咖啡 "coffee", 组织 "organization". Where the consecutive words'
glosses open on the acronym's letters, in order, the span is read as the acronym itself (是ICO成员), and
the rest of the reading goes on as if it were written so. Only acronyms of three letters or more, written
in capitals inside the schema's table or column names (a header's term; stored codes such as airports and
tickers are arbitrary letters any words may open on), and only words of two characters or more.
"""

from __future__ import annotations

import re

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import SchemaIndex

ACRONYM_RE = re.compile(r"(?<![A-Za-z])([A-Z]{3,5})(?![A-Za-z])")
CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]{6,}")
WORD_LENGTHS = (4, 3, 2)


def acronyms_spelt(question: str, index: SchemaIndex) -> str:
    """The question with each Chinese span that spells one of the schema's acronyms replaced by it."""
    found = _acronyms(index)
    if not found or not CJK_RUN_RE.search(question):
        return question
    for acronym in found:
        question = _spelt(question, acronym)
    return question


def _acronyms(index: SchemaIndex) -> tuple[str, ...]:
    memo = index.memo.setdefault("acronyms", {})
    if None not in memo:
        names = [c.name for t in index.tables.values() for c in t.columns.values()]
        names += [t.name for t in index.tables.values()]
        memo[None] = tuple(sorted({m.group(1) for n in names for m in ACRONYM_RE.finditer(n)}))
    out: tuple[str, ...] = memo[None]
    return out


def _spelt(question: str, acronym: str) -> str:
    for start in range(len(question)):
        end = _spells(question, start, acronym.lower())
        if end is not None:
            return question[:start] + acronym + _spelt(question[end:], acronym)
    return question


def _spells(text: str, pos: int, letters: str) -> int | None:
    """The end of the words from pos whose glosses open on the letters in order, else None."""
    if not letters:
        return pos
    for length in WORD_LENGTHS:
        word = text[pos : pos + length]
        if len(word) < length or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            continue
        if any(g.startswith(letters[0]) for g in bilingual.english_for(word)[:3]):
            end = _spells(text, pos + length, letters[1:])
            if end is not None:
                return end
    return None
