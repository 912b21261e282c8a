"""Whether each filter of a reading is earned by words of the question ("cwfirst" round).

A filter narrows the answer silently: the person sees a figure, not which rows it covers, so a filter no
word earned is the most confident kind of wrong answer (first sight on sixteen blind sets: 77 of 215
confidently wrong answers added a filter the question never asked for). A stored value is earned by a word
that says it; these checks find the words that earned a value filter and ask whether they were free to:

- a word already spent on the question's grammar: "Average number of bedrooms" read as the rating
  'Average' (the aggregate word is the value too, so the SUM it left is no one's reading either);
- (zh) a value read from a lone character that, with the unread character next to it, is a dictionary word
  that does not say the value (马 + 上 = 马上 "at once", not 'Horse'): `wordbreaks.value_inside_a_word`
  looks the other way (东 + 南亚);
- a value of a column the reading also groups by, pinned to one value: one group, named and grouped at
  once (`answer_doubts.group_pinned`, on the final SQL).
"""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import LOAD_BEARING
from shared.semantic.vocabulary.linktypes import Item


def value_earners(items: list[Item], used: set[int], column: str, values: list[object]) -> list[int]:
    """The positions of read items whose links name one of these values of this column."""
    wanted = {str(v).lower() for v in values}
    return [
        pos
        for pos in sorted(used)
        if pos < len(items)
        and any(
            lk.kind == "value" and lk.column == column and str(lk.value).lower() in wanted
            for lk in items[pos].links
        )
    ]


def value_from_a_grammar_word(items: list[Item], used: set[int], intent: Intent) -> bool:
    """Average number of bedrooms by type → WHERE condition = 'Average': every word that earned a value
    filter is also a grammar word (an aggregate, a superlative, a comparison …). The word was read twice
    or as the wrong one of its two readings; a value said outright (quoted, or its column named right
    beside it: condition average) is another matter."""
    for f in intent.filters:
        if f.source != "value" or f.op not in ("=", "in", "!=", "not_in"):
            continue
        earners = value_earners(items, used, f.column, list(f.values))
        if not earners:
            continue
        if all(_grammar_word(items[pos]) and not _column_beside(items, pos, f.column) for pos in earners):
            return True
    return False


def _grammar_word(it: Item) -> bool:
    return it.kind == "match" and it.has(*LOAD_BEARING)


def _column_beside(items: list[Item], pos: int, column: str) -> bool:
    """The value's own column is named right before or after the word (condition average, 评级为平均)."""
    for k in (pos - 2, pos - 1, pos + 1, pos + 2):
        if 0 <= k < len(items) and any(lk.kind == "column" and lk.column == column for lk in items[k].links):
            return True
    return False
