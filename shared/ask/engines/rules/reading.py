"""A question read into matched items once per answer.

The join planner reads the question to see which tables its words name, and the one-table parser
then reads the same question over the same schema index: the same normalised text, units, time
phrases and items. The few latest readings are kept (a handful, so that only the readings of the
answer in progress are found again, never a stale one: the key holds the index itself), and each
caller gets its own copy of the items, since the parser changes them as it reads.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import replace
from typing import Any, NamedTuple

from shared.ask.engines.rules import timeexpr
from shared.ask.engines.rules.acronyms import acronyms_spelt
from shared.ask.engines.rules.agebands import age_spans_spelt
from shared.ask.engines.rules.eventverbs import counted_event_verbs
from shared.ask.engines.rules.flagwords import distinctive_of_flag, generic_part_of_flag
from shared.ask.engines.rules.parsecommon import INCLUSIVE_NOTE, words
from shared.ask.engines.rules.peoplevalues import people_values
from shared.ask.engines.rules.scorepoints import score_points
from shared.semantic.vocabulary.bilingual import english_for
from shared.semantic.vocabulary.kindwords import values_of_kind_words
from shared.semantic.vocabulary.linking import STOP_WORDS, Item, Link, SchemaIndex, keyword_map, match
from shared.semantic.vocabulary.segment import CJK_RE, Unit, normalise, split_identifier, units_of


def phrase_surface(value: str) -> str:
    """A stored value as the question's units spell it (normalised, no punctuation, not lemmatised)."""
    return " ".join(u.text for u in units_of(normalise(value)) if u.is_content)


PERSON_NOUNS = frozenset(words("person_nouns"))
RECENT = 4  # readings kept: the planner's and the parser's of one answer, a few threads at a time


class Reading(NamedTuple):
    text: str  # normalised, inclusive notes ("(含)") blanked
    units: list[Unit]
    spans: list[tuple[int, int, Any]]  # time phrases
    items: list[Item]


_recent: OrderedDict[tuple[str, int], tuple[SchemaIndex, Reading]] = OrderedDict()
_lock = threading.Lock()


def read(question: str, index: SchemaIndex) -> Reading:
    """The question's text, units, time phrases and items over this index; the items are the caller's."""
    reading = peek(question, index)
    return Reading(reading.text, list(reading.units), list(reading.spans), _copies(reading.items))


def peek(question: str, index: SchemaIndex) -> Reading:
    """The kept reading itself, not a copy: only for a caller that changes none of its items or lists."""
    key = (question, id(index))
    with _lock:
        kept = _recent.get(key)
    if kept is None or kept[0] is not index:
        text, units, spans = _prepared(acronyms_spelt(question, index))  # 国际咖啡组织: ICO
        items = _exact_values_first(units, _codes_not_written(question, match(text, units, index, spans)))
        items = values_of_kind_words(_generic_flag_nouns(items, index), index)
        items = people_values(items, index)  # 黑人 'Black', 拉丁裔 'Latino'
        items = _people_of_a_value(_plain_column_first(text, _table_then_its_column(items)))
        items = counted_event_verbs(items, index)  # 盘查了多少次 over `stops`
        items = score_points(items, index)  # 平均分: the average of the one score column
        kept = (index, Reading(text, units, spans, items))
        with _lock:
            _recent[key] = kept
            _recent.move_to_end(key)
            while len(_recent) > RECENT:
                _recent.popitem(last=False)
    return kept[1]


TABLE_NAMED = 0.85  # a word naming a table this surely
COLUMN_READ = 0.6  # a column link this strong is read on its own (joins_mentions.KEEP): no merging needed
TABLE_COLUMN_SCORE = 0.9  # 伤情等级: the injury levels' level, said as the table's word and the column's
TABLE_KEPT = 0.9  # the table's own link in the merged word, below the column's


def _table_then_its_column(items: list[Item]) -> list[Item]:
    """伤情等级 / 伤情 + 等级: a word naming a table (only) right before a word naming one of that table's
    columns (only weakly: 等级 ~ level of injury_level) is that column, as "injury level" is."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        nxt = items[k + 1] if k + 1 < len(items) else None
        column = _column_of_named_table(it, nxt) if nxt is not None else None
        if nxt is not None and column is not None:
            link = Link("column", column[0], column[1], score=TABLE_COLUMN_SCORE)
            # the table's word still says whose column (互联网服务类型: the services' type)
            named = [replace(lk, score=min(lk.score, TABLE_COLUMN_SCORE) * TABLE_KEPT) for lk in it.links]
            out.append(Item(it.start, nxt.end, "match", f"{it.text} {nxt.text}", links=[link, *named]))
            k += 2
            continue
        out.append(it)
        k += 1
    return out


def _mergeable(it: Item, nxt: Item) -> bool:
    """Two Chinese schema words in a row, the second's column links too weak to be read on their own (互联网
    服务 + 类型 is read as it is; wage of worker + aged: English words keep the index's phrases)."""
    if it.kind != "match" or nxt.kind != "match" or it.tags or nxt.tags or not it.links:
        return False
    if not (CJK_RE.search(it.text) and CJK_RE.search(nxt.text)):
        return False
    return not any(lk.score >= COLUMN_READ for lk in nxt.links if lk.kind == "column")


def _column_of_named_table(it: Item, nxt: Item) -> tuple[str, str] | None:
    if not _mergeable(it, nxt) or any(lk.kind != "table" or lk.score < TABLE_NAMED for lk in it.links):
        return None
    tables = {lk.table for lk in it.links}
    if len(tables) != 1:
        return None
    table = next(iter(tables))
    if any(lk.table != table or lk.kind not in ("table", "column") for lk in nxt.links):
        return None
    columns = {lk.column for lk in nxt.links if lk.kind == "column" and lk.column}
    return (table, next(iter(columns))) if len(columns) == 1 else None


_prepared_recent: OrderedDict[str, tuple[str, list[Unit], list[tuple[int, int, Any]]]] = OrderedDict()


def _prepared(question: str) -> tuple[str, list[Unit], list[tuple[int, int, Any]]]:
    """The question's normalised text, units and time phrases, which no index changes: one answer reads
    the same question over several indexes (the schema's, a joined view's), and reads it once."""
    with _lock:
        kept = _prepared_recent.get(question)
    if kept is None:
        text = age_spans_spelt(INCLUSIVE_NOTE.sub(" ", normalise(question)))
        kept = (text, units_of(text), timeexpr.find(text))
        with _lock:
            _prepared_recent[question] = kept
            while len(_prepared_recent) > RECENT:
                _prepared_recent.popitem(last=False)
    return kept[0], list(kept[1]), list(kept[2])


def _codes_not_written(question: str, items: list[Item]) -> list[Item]:
    """A grammar or function word written in lower case ("per booking", "can", "top") is no upper-case
    code it spells ('PER' for Peru, 'CAN', 'TOP'): its links to such stored codes are dropped, unless the
    question writes the word in capitals too (PER). The grammar's reading of the word stays."""
    kw = keyword_map()
    for it in items:
        if it.kind != "match" or " " in it.text or not it.text.isascii() or not it.text.isalpha():
            continue
        if it.text not in kw and it.text not in STOP_WORDS:
            continue
        codes = [lk for lk in it.links if lk.kind == "value" and _upper_code(lk.value, it.text)]
        if not codes or re.search(rf"\b{re.escape(it.text.upper())}\b", question):
            continue
        it.links = [lk for lk in it.links if lk not in codes]
        if not it.links and not it.tags:
            it.kind = "word"
    return items


def _exact_values_first(units: list[Unit], items: list[Item]) -> list[Item]:
    """'Groups' said where one column holds 'Groups' and another 'Group': the value spelt as written wins
    over one reached only by its lemma (a plural or singular of another value); the lemma's links go."""
    for it in items:
        values = [lk for lk in it.links if lk.kind == "value" and isinstance(lk.value, str)]
        if len(values) < 2 or it.kind != "match":
            continue
        said = " ".join(u.text for u in units[it.start : it.end])
        exact = [lk for lk in values if phrase_surface(lk.value) == said]
        if exact and len(exact) < len(values):
            it.links = [lk for lk in it.links if lk.kind != "value" or lk in exact]
    return items


def _people_of_a_value(items: list[Item]) -> list[Item]:
    """ "Latino people", "Black people": a person noun right after a stored value is the rows' people of
    that value, no column (people is also a gloss of a population column); it stays understood."""
    for pos, it in enumerate(items[1:], start=1):
        before = items[pos - 1]
        if it.kind != "match" or it.text not in PERSON_NOUNS or before.kind != "match":
            continue
        if before.links and all(lk.kind == "value" for lk in before.links):
            it.links = [lk for lk in it.links if lk.kind != "column"]
    return items


def _plain_column_first(text: str, items: list[Item]) -> list[Item]:
    """'Black' held by `race` and by `perceived_race`, no word of either said: the value is of the plain
    column, the one the other's name qualifies (perceived race is a kind of race); a qualifier said
    (perceived) keeps both to the parser."""
    said = set(text.split())
    for it in items:
        values = [lk for lk in it.links if lk.kind == "value"]
        if it.kind != "match" or len(values) < 2:
            continue
        qualified = [lk for lk in values if _qualifies(lk, values, said)]
        if qualified and len(qualified) < len(values):
            it.links = [lk for lk in it.links if lk not in qualified]
    return items


def _qualifies(lk: Any, values: list[Any], said: set[str]) -> bool:
    """The link's column name is another linked column's name with words before it none of which is said."""
    words = split_identifier(str(lk.column))
    for other in values:
        plain = split_identifier(str(other.column))
        same = other.table == lk.table and other.value == lk.value and other.score >= lk.score
        if same and 0 < len(plain) < len(words) and words[-len(plain) :] == plain:
            return not said & set(words[: -len(plain)])
    return False


def _generic_flag_nouns(items: list[Item], index: SchemaIndex) -> list[Item]:
    """ "guests from Spain" / 英国客人 over is_repeated_guest: a word naming only the generic last word of a
    flag's name (the rows' people; a Chinese word by its glosses: 客人 "guest") names no column; the flag's
    distinctive word right before it (repeat guests) keeps the link, and a Chinese word glossed as that
    word before a noun (回头客 "repeat customer") names the flag surely. The generic word stays understood
    (a match with no link), as the people the rows are about."""
    for pos, it in enumerate(items):
        flags = [lk for lk in it.links if lk.kind == "column" and _is_flag(index, lk)]
        if it.kind != "match" or not flags:
            continue
        name = str(flags[0].column)
        if CJK_RE.search(it.text):
            generic = _chinese_flag_word(it, flags, name)
        else:
            before = items[pos - 1].text if pos > 0 else ""
            generic = generic_part_of_flag(it.text, name) and not distinctive_of_flag(before, name)
        if generic:
            it.links = [lk for lk in it.links if lk not in flags]
    return items


def _chinese_flag_word(it: Item, flags: list[Any], name: str) -> bool:
    """Whether a Chinese word names only the flag's generic word (客人 "guest"); one glossed as the flag's
    distinctive word before another noun (回头客 "repeat customer") has its flag links made sure."""
    glosses = [g.lower().split() for g in english_for(it.text.replace(" ", ""))]
    if any(len(g) >= 2 and any(distinctive_of_flag(w, name) for w in g[:-1]) for g in glosses):
        it.links = [replace(lk, score=max(lk.score, FLAG_GLOSS)) if lk in flags else lk for lk in it.links]
        return False
    return any(generic_part_of_flag(w, name) for g in glosses for w in g)


FLAG_GLOSS = 0.85  # a Chinese word glossed as a flag's distinctive word before a noun (回头客)


def _is_flag(index: SchemaIndex, lk: Any) -> bool:
    table = index.tables.get(lk.table)
    info = table.columns.get(lk.column) if table else None
    return info is not None and info.role == "bool"


def _upper_code(value: Any, word: str) -> bool:
    return isinstance(value, str) and value.isupper() and value.lower() == word


def _copies(items: list[Item]) -> list[Item]:
    """Each item with its own attributes and link and tag lists (what readers replace or change)."""
    out = []
    for it in items:
        copy = object.__new__(Item)
        copy.__dict__.update(it.__dict__)
        copy.links, copy.tags = list(it.links), list(it.tags)
        out.append(copy)
    return out
