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
- two values joined by a range word read as a list of the two (June through August → IN the ends);
- a value read from one grammar character (的 "taxi");
- a value of a column the reading also groups by, pinned to one value: one group, named and grouped at
  once (`answer_doubts.group_pinned`, on the final SQL).
"""

from __future__ import annotations

import re

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import LOAD_BEARING, ZH_STOP, words
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


def value_from_a_grammar_word(items: list[Item], used: set[int], intent: Intent, question: str = "") -> bool:
    """Average number of bedrooms by type → WHERE condition = 'Average': every word that earned a value
    filter is also a grammar word (an aggregate, a superlative, a comparison …). The word was read twice
    or as the wrong one of its two readings; a value said outright (quoted, written as stored inside the
    sentence: visits from PER, or its column named right beside it: condition average) is another matter."""
    for f in intent.filters:
        if f.source != "value" or f.op not in ("=", "in", "!=", "not_in"):
            continue
        if any(_written_as_stored(question, str(v)) for v in f.values):
            continue
        earners = value_earners(items, used, f.column, list(f.values))
        if not earners:
            continue
        if all(_grammar_word(items[pos]) and not _column_beside(items, pos, f.column) for pos in earners):
            return True
    return False


def _written_as_stored(question: str, value: str) -> bool:
    """The value written in the question as stored, with a capital, past the sentence's first word (PER,
    in Average condition): a name or a code, not the grammar word (per, average)."""
    if value == value.lower():
        return False
    at = re.search(rf"(?<![A-Za-z]){re.escape(value)}(?![A-Za-z])", question)
    return at is not None and (value.isupper() or bool(question[: at.start()].strip()))


def _grammar_word(it: Item) -> bool:
    return it.kind == "match" and it.has(*LOAD_BEARING)


def _column_beside(items: list[Item], pos: int, column: str) -> bool:
    """The value's own column is named right before or after the word (condition average, 评级为平均)."""
    for k in (pos - 2, pos - 1, pos + 1, pos + 2):
        if 0 <= k < len(items) and any(lk.kind == "column" and lk.column == column for lk in items[k].links):
            return True
    return False


RANGE_JOINERS = frozenset(words("range_joiners"))


def range_read_as_list(items: list[Item], used: set[int], intent: Intent) -> bool:
    """June through August → month IN ('June', 'August'): two values of one column joined by a range word
    (through, until, 到, 至) the reading left unread are the ends of a run, not the whole list; the values
    between them are lost (July)."""
    for f in intent.filters:
        if f.op != "in" or len(f.values) != 2:
            continue
        earners = value_earners(items, used, f.column, list(f.values))
        if len(earners) < 2:
            continue
        between = range(earners[0] + 1, earners[-1])
        if any(k not in used and items[k].text.replace(" ", "").lower() in RANGE_JOINERS for k in between):
            return True
    return False


def value_from_a_function_character(items: list[Item], used: set[int], intent: Intent) -> bool:
    """鸟击的平均高度 → phase = 'Taxi' (的, a taxi in one dictionary sense): a value filter whose only
    earning word is one grammar character (的, 上, 在, 地 …) is a sense nobody meant; a value that is that
    character itself is said."""
    for f in intent.filters:
        if f.source != "value":
            continue
        earners = value_earners(items, used, f.column, list(f.values))
        texts = [items[pos].text.replace(" ", "") for pos in earners]
        if texts and all(t in ZH_STOP and t not in {str(v) for v in f.values} for t in texts):
            return True
    return False
