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
- (zh) a stored value said by its first character alone, which no clause read (死 of '死亡');
- a value read from the word that names the table's own rows (tests over a table of COVID tests → the
  department 检验科, "testing"): the noun counted, read a second time as a condition;
- a value of a column the reading also groups by, pinned to one value: one group, named and grouped at
  once (`answer_doubts.group_pinned`, on the final SQL).
"""

from __future__ import annotations

import re

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import LOAD_BEARING, ZH_STOP, words
from shared.ask.engines.rules.unknown_values import category_columns, read_columns
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import ColumnInfo, Item
from shared.semantic.vocabulary.segment import CJK_RE


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


RANGE_JOINERS = frozenset(words("range_joiners", "marks", "through", "thru", "till"))  # a word, never a sign


def range_read_as_list(items: list[Item], used: set[int], intent: Intent) -> bool:
    """June through August → month IN ('June', 'August'): two values of one column joined by a range word
    (through, until, 到, 至) the reading left unread, or said after "between", are the ends of a run, not the
    whole list; the values between them are lost (July)."""
    for f in intent.filters:
        if f.op != "in" or len(f.values) != 2:
            continue
        earners = value_earners(items, used, f.column, list(f.values))
        if len(earners) < 2:
            continue
        between = range(earners[0] + 1, earners[-1])
        if any(k not in used and items[k].text.replace(" ", "").lower() in RANGE_JOINERS for k in between):
            return True
        numbered = all(any(ch.isdigit() for ch in str(v)) for v in f.values)  # not between men and women
        if numbered and earners[0] > 0 and items[earners[0] - 1].has("between"):
            return True  # between 1975/76 and 1979/80: the ends of a run of seasons
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


def value_opened_by_a_lone_character(
    items: list[Item], used: set[int], intent: Intent, columns: list[ColumnInfo]
) -> bool:
    """正面碰撞里死了多少人 with 死 read by no clause while 生存状态 holds '死亡': a lone content character
    (no grammar character, a dictionary word, none with a lone neighbour) that opens a stored value of a
    category column the reading leaves alone says that value; the answer drops the condition it states
    (every occupant counted)."""
    lone = [
        it.text
        for pos, it in enumerate(items)
        if _lone(items, used, pos)
        and it.text not in ZH_STOP
        and bool(bilingual.senses(it.text))
        and not _word_with_a_neighbour(items, used, pos)
    ]
    if not lone:
        return False
    for c in category_columns(columns, read_columns(intent)):
        held = [str(v) for v in c.values if isinstance(v, str) and len(v) >= 2]
        if any(v.startswith(ch) for ch in lone for v in held):
            return True
    return False


def _lone(items: list[Item], used: set[int], pos: int) -> bool:
    it = items[pos]
    return it.kind == "word" and pos not in used and CJK_RE.fullmatch(it.text) is not None


def _word_with_a_neighbour(items: list[Item], used: set[int], pos: int) -> bool:
    """The lone character makes a dictionary word with a lone unread neighbour (多 + 大 = 多大 "how big"):
    a word of two characters, no value's first character."""
    before = (
        pos > 0 and _lone(items, used, pos - 1) and bilingual.senses(items[pos - 1].text + items[pos].text)
    )
    after = (
        pos + 1 < len(items)
        and _lone(items, used, pos + 1)
        and bilingual.senses(items[pos].text + items[pos + 1].text)
    )
    return bool(before or after)


ABSENCE_WORDS = frozenset(words("absence_words"))
_ARTICLES = frozenset(("a", "an", "the", "any"))


def absence_unread(items: list[Item], used: set[int], intent: Intent) -> bool:
    """Which earthquakes have no death toll recorded → SELECT deaths: "no" / "without" right before a
    column's word, read by no clause, while the reading puts no condition on that column (IS NULL, = 0,
    a negation): the rows asked are those lacking it, the answer covers every row and even lists the
    column said to be absent."""
    filtered = {f.column for f in intent.filters}
    for pos, it in enumerate(items[:-1]):
        if pos in used or it.text.lower() not in ABSENCE_WORDS:
            continue
        nxt = pos + 1
        while nxt < len(items) and items[nxt].text.lower() in _ARTICLES:
            nxt += 1
        noun = items[nxt] if nxt < len(items) else None
        if noun is None or noun.kind != "match" or noun.tags:
            continue
        columns = {lk.column for lk in noun.links if lk.kind == "column" and lk.column}
        if columns and not columns & filtered:
            return True
    return False


TABLE_NOUN = 0.7  # a word this close to the table's name names its rows


def value_from_the_table_noun(items: list[Item], used: set[int], intent: Intent, question: str = "") -> bool:
    """How many tests were self-pay → 采样科室 = '检验科' over a table of tests: every word that earned a
    value filter also names the table itself. The word is the rows' own noun (what is counted or listed),
    and the value a second sense of it, a condition nobody asked for; a value written as stored is said
    (州 over a table of states whose kind column holds '州': the word is that value, spelled as stored)."""
    for f in intent.filters:
        if f.source != "value" or f.op not in ("=", "in"):
            continue
        if any(_written_as_stored(question, str(v)) for v in f.values):
            continue
        said = {str(v).replace(" ", "").lower() for v in f.values}
        earners = value_earners(items, used, f.column, list(f.values))
        if earners and all(
            _names_the_table(items[pos], intent.table)
            and items[pos].text.replace(" ", "").lower() not in said
            for pos in earners
        ):
            return True
    return False


def _names_the_table(it: Item, table: str) -> bool:
    return any(lk.kind == "table" and lk.table == table and lk.score >= TABLE_NOUN for lk in it.links)
