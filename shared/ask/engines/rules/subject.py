"""The data's subject: a word naming what the whole datasource is about ("total tea exports" over a
datasource called tea_trade whose table is `exports`, 全部门店的销售额 over 门店销售) names every row,
the data itself. It is neither a word not understood nor a filter: the reading drops it, as it drops
"in the data".

The subject's words are the words of the datasource's name (an upload's file stem unless a person named
it), of its file name and of its tables' names: English words by their lemma and CC-CEDICT's Chinese
words for them; Chinese words as they stand in a name, and a Chinese name's English words (nameglosses.py).
Only a word no other reading takes is the subject's: a word that links a stored value, a column or a table
keeps that link (coffee in a table of commodities whose values hold 'Coffee' is a filter), and a word a
text search or a comparison takes (names containing coffee) is that search's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

from shared.ask.engines.base import DatasourceInfo
from shared.ask.engines.rules.nameglosses import english_of_chinese_name
from shared.ask.engines.rules.parsecommon import FUNCTION_WORDS, GENERIC_NOUNS
from shared.semantic.relationships import effective
from shared.semantic.schema import Schema, SemanticLayer
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import STOP_WORDS, Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import CJK_RE, split_identifier

OPERAND_KEYWORDS = ("contains", "startswith", "named")  # take free text: a subject word there is searched
MIN_CHINESE = 2  # a Chinese subject word has two characters or more (one character names too much)
MAX_COMPOUND = 8  # characters of a longer dictionary word that may hold the subject word (咖啡馆)
AMOUNT_WORDS = ("howmuch", "sup")  # how much coffee, the most coffee, 多少咖啡
AMOUNT_SCORE = 0.8  # as sure as a table's noun naming its amount (tablenounamount)
HEAD_WORDS = ("count", "share", "agg", "howmuch", "sup")  # words put on the thing a question is about
HEAD_LINKERS = frozenset(("of", "the", "all", "among", "each", "every"))
FACT_SCORE = 0.85  # the subject's word names the star's fact table as surely as its own noun would


@dataclass(frozen=True)
class SubjectWords:
    english: frozenset[str]  # lemmas of the names' English words
    chinese: frozenset[str]  # Chinese words: CC-CEDICT's for the English words, the names' own
    names: tuple[str, ...]  # the Chinese names as written, where a Chinese word of the question may stand
    # English lemmas that only ever qualify a name's last word (rice of rice_farms): no rows of their own
    modifiers: frozenset[str] = frozenset()


def subject_words(info: DatasourceInfo, tables: tuple[str, ...]) -> SubjectWords:
    """The subject's words of a datasource called so, with these tables."""
    stem = _stem(info.file_name) if info.file_name else ""
    return _subject_words((info.name or "", stem, *tables))


@lru_cache(maxsize=256)
def _stem(file_name: str) -> str:
    """The file name's stem, once per name (a PurePath per answer costs more than the rest of the lookup)."""
    return PurePath(file_name).stem


@lru_cache(maxsize=256)
def _subject_words(names: tuple[str, ...]) -> SubjectWords:
    english: set[str] = set()
    chinese: set[str] = set()
    heads: set[str] = set()
    zh_names = tuple(n for n in names if CJK_RE.search(n))
    for name in names:
        content = [w for w in split_identifier(name) if _content_word(w)]
        for word in content:
            english.add(bilingual.base(word))
            chinese.update(w for w in bilingual.chinese_for(bilingual.base(word)) if len(w) >= MIN_CHINESE)
        heads.update(bilingual.base(w) for w in content[-1:])
    modifiers = frozenset(english - heads)
    for name in zh_names:  # 宠物登记: pets, registered, registrations (glosses of a whole name: no modifiers)
        english.update(english_of_chinese_name(name))
    return SubjectWords(frozenset(english), frozenset(chinese), zh_names, modifiers)


def _content_word(word: str) -> bool:
    """A word of a name that can name a subject: letters, no grammar word, a noun or a name (raw, new,
    tracking in a file name say which copy or what was done, not what the data is about)."""
    if not word.isascii() or not word.isalpha() or len(word) < 2:
        return False
    if word in STOP_WORDS or word in FUNCTION_WORDS or word in GENERIC_NOUNS:
        return False
    return bilingual.may_be_noun(word)


def subject_spans(items: list[Item], words: SubjectWords) -> list[tuple[int, int]]:
    """The spans (start, end item positions) of unread items that name the data's subject; none when
    the question searches text (a subject word may be what it searches for)."""
    if not (words.english or words.chinese or words.names):
        return []
    if any(it.has(*OPERAND_KEYWORDS) for it in items):
        return []
    found: list[tuple[int, int]] = []
    pos = 0
    while pos < len(items):
        it = items[pos]
        if not _unread(it) or (pos and items[pos - 1].has("cmp")):
            pos += 1
            continue
        if it.text.isascii():
            if it.text.isalpha() and bilingual.base(it.text.lower()) in words.english:
                found.append((pos, pos + 1))
            pos += 1
            continue
        end = _run_end(items, pos)
        found.extend(_chinese_subject(items, pos, end, words))
        pos = end
    return found


def star_fact(schema: Schema, semantic: SemanticLayer | None) -> str | None:
    """The one fact of a star schema: the only table that refers to other tables and that no table refers
    to (occupants referring to speed bands and injury levels). Its rows are the rows the data is about."""
    if len(schema.tables) < 2:
        return None
    rels = effective(schema, semantic)
    referring = {r.from_table for r in rels if r.from_table != r.to_table}
    referred = {r.to_table for r in rels if r.from_table != r.to_table}
    facts = referring - referred
    return next(iter(facts)) if len(facts) == 1 else None


def read_subject(
    items: list[Item],
    spans: list[tuple[int, int]],
    amounts: list[Link],
    fact: str | None = None,
    modifiers: frozenset[str] = frozenset(),
) -> tuple[list[Item], bool]:
    """The items with the subject's words read: dropped (the rows themselves), or, where an amount word
    asks how much of the subject (how much coffee, 咖啡最多) over rows that are cells of one amount, one
    item naming that amount; and whether one was so read. Over a star schema (`fact`) the rows the data
    is about are the fact's: the subject's word names that table ("how many occupants" over occupants,
    speed bands and injury levels counts the occupants, whichever dimension the question filters on).
    A word that only qualifies the names' head (rice of rice_farms) asked as an amount with no amount
    column to read (the most rice) names no rows: it stays unread."""
    out: list[Item] = []
    amount_read = False
    starts = {a: b for a, b in spans}
    pos = 0
    while pos < len(items):
        end = starts.get(pos)
        if end is None:
            out.append(items[pos])
            pos += 1
            continue
        if not amounts and _modifier_amount(items, pos, end, modifiers):
            out.extend(items[pos:end])  # the most rice over rice farms: not the farms' rows
        elif amounts and _quantified(items, pos, end):
            first, last = items[pos], items[end - 1]
            text = " ".join(it.text for it in items[pos:end])
            out.append(Item(first.start, last.end, "match", text, links=list(amounts)))
            amount_read = True
        elif (
            fact is not None
            and (_headed(items, pos) or _counted_after(items, end))
            and not _modifies_next(items, end)
        ):
            first, last = items[pos], items[end - 1]
            text = " ".join(it.text for it in items[pos:end])
            out.append(
                Item(first.start, last.end, "match", text, links=[Link("table", fact, score=FACT_SCORE)])
            )
        pos = end
    return out, amount_read


def _quantified(items: list[Item], start: int, end: int) -> bool:
    """An amount word right before the subject (how much coffee, the most coffee, 多少咖啡) or a
    superlative right after it (咖啡最多), and no schema word after it that it only qualifies."""
    before = items[start - 1] if start else None
    after = items[end] if end < len(items) else None
    if after is not None and after.kind == "match" and after.links:
        return False  # coffee imports: the noun after it carries the reading
    return bool(before and before.has(*AMOUNT_WORDS)) or bool(after and after.has("sup"))


def _modifier_amount(items: list[Item], start: int, end: int, modifiers: frozenset[str]) -> bool:
    """One English word only qualifying the names' head, asked as an amount (the most rice)."""
    text = items[start].text
    if end - start != 1 or not text.isascii() or bilingual.base(text.lower()) not in modifiers:
        return False
    before = items[start - 1] if start else None
    return bool(before and before.has(*AMOUNT_WORDS)) or _quantified(items, start, end)


def amount_links(index: SchemaIndex) -> list[Link]:
    """The amounts the subject's rows hold: the one measure of each table whose rows are cells (a
    category and a year, no thing of their own) measuring one amount (tonnes imported per country and
    year)."""
    links = []
    for table in index.tables.values():
        measures = [c.name for c in table.columns.values() if c.role == "measure"]
        if table.grain.cells and len(measures) == 1:
            links.append(Link("column", table.name, measures[0], score=AMOUNT_SCORE))
    return links


def _headed(items: list[Item], pos: int) -> bool:
    """The subject's word is what the question is about: it opens the question, or a count, share, aggregate
    or superlative word is put on it (how many occupants, share of the occupants, the oldest occupant);
    not a word of a phrase about something else (the teachers the school has, songs on the chart)."""
    back = pos - 1
    while back >= 0 and items[back].kind == "word" and items[back].text.lower() in HEAD_LINKERS:
        back -= 1
    return back < 0 or items[back].has(*HEAD_WORDS)


COUNT_BRIDGES = frozenset(("有", "一共", "共", "总共", "一共有", "共有", "总共有"))


def _counted_after(items: list[Item], end: int) -> bool:
    """(zh) The subject's word counted after it, as Chinese counts (周末登记的宠物有多少只, 宠物一共多少只):
    past 有 / 一共, a count word closes the question on it."""
    pos = end
    while pos < len(items) and items[pos].text.replace(" ", "") in COUNT_BRIDGES:
        pos += 1
    return pos > 0 and not items[end - 1].text.isascii() and pos < len(items) and items[pos].has("count")


def _modifies_next(items: list[Item], end: int) -> bool:
    """The subject's word right before a schema word (咖啡进口量, coffee imports) qualifies it: no noun."""
    after = items[end] if end < len(items) else None
    return after is not None and after.kind == "match" and bool(after.links)


def _unread(it: Item) -> bool:
    return it.kind == "word" and not it.links and not it.tags


def _run_end(items: list[Item], pos: int) -> int:
    """The end of the run of unread Chinese characters starting at pos."""
    end = pos
    while end < len(items) and _unread(items[end]) and not items[end].text.isascii():
        end += 1
    return end


def _chinese_subject(items: list[Item], start: int, end: int, words: SubjectWords) -> list[tuple[int, int]]:
    """The positions, in a run of unread characters, of the subject's Chinese words: each a whole word,
    not a piece of a longer dictionary word of the run (咖啡 in 咖啡馆 is no subject)."""
    text = "".join(items[p].text for p in range(start, end))
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        size = _subject_at(text, i, words)
        if size and not _inside_longer_word(text, i, i + size):
            found.append((start + i, start + i + size))
            i += size
        else:
            i += 1
    return found


def _subject_at(text: str, i: int, words: SubjectWords) -> int:
    """The length of the longest subject word at text[i:], 0 when none."""
    for size in range(len(text) - i, MIN_CHINESE - 1, -1):
        piece = text[i : i + size]
        if piece in words.chinese or (
            any(piece in name for name in words.names) and bilingual.english_for(piece)
        ):
            return size
    return 0


def _inside_longer_word(text: str, i: int, j: int) -> bool:
    """A dictionary word of the run that holds text[i:j] and more (咖啡馆, 国际咖啡组织)."""
    for a in range(max(0, i - MAX_COMPOUND), i + 1):
        for b in range(j, min(len(text), a + MAX_COMPOUND) + 1):
            if (a, b) != (i, j) and bilingual.english_for(text[a:b]):
                return True
    return False
