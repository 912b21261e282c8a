"""A name not understood over a table of named things: 桑迪一共有多少条观测记录 with 桑迪 (Sandy, spelt by
sound) linked to nothing, over a column of storm names the reading leaves unfiltered. The word most likely
names one of the column's values; answering over every row drops the one condition the question set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Intent
from shared.semantic.vocabulary import bilingual, codenames
from shared.semantic.vocabulary.segment import CJK_RE

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase


def _proper_name(word: str) -> bool:
    """A Chinese word of two or more characters the dictionary lacks or gives as a proper name."""
    if len(word) < 2 or not all(CJK_RE.fullmatch(ch) for ch in word):
        return False
    return not bilingual.english_for(word) or bool(codenames.sense_names(word)[0])


def unknown_name_over_names(parser: ParserBase, intent: Intent, unknown: list[str]) -> bool:
    """A proper name not understood, with a name column of the table neither filtered nor grouped."""
    assert parser.table is not None
    if not any(_proper_name(w.replace(" ", "")) for w in unknown):
        return False
    read = {f.column for f in intent.filters} | set(intent.dimensions) | set(intent.columns)
    return any(c.name_like and not c.unique and c.name not in read for c in parser.table.columns.values())
