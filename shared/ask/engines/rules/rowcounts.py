"""Counts of the table's own rows said with the table's noun ("breach counts", "order count by region").

A count word right after the word naming the table's things counts those things: the rows. A weak column
link the count word also carries (count ~ a headcount column such as 受影响人数 "number of people",
through "number") is not what is counted; only a column the count word names outright stays.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.measures import quantity_name
from shared.ask.engines.rules.parsecommon import CLASSIFIERS, is_row_noun, words
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import Item, Link
from shared.semantic.vocabulary.segment import CJK_RE, split_identifier

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

VOLUME_CHARACTERS = frozenset(words("volume_characters"))  # 量: how much of the rows' noun
WEAK_LINK = 0.7  # below: a word shared with the column's name or gloss, not the name


def count_word_after_table_noun(parser: ParserBase) -> None:
    """`<table noun> count(s)`: the count word's weak column links are dropped, so the rows are counted."""
    assert parser.table is not None
    table = parser.table.name
    for pos in range(1, len(parser.items)):
        it, before = parser.items[pos], parser.items[pos - 1]
        if it.kind != "match" or not it.has("count") or not parser.is_table(before):
            continue
        mine = [lk for lk in it.links if lk.table == table]
        if mine and all(lk.kind == "column" and lk.score < WEAK_LINK for lk in mine):
            it.links = [lk for lk in it.links if lk.table != table]


def volume_of_the_rows(parser: ParserBase) -> None:
    """成交量 / 订单量: a volume character (grammar `volume_characters`) right after the table's noun, over a
    table holding no quantity column (the lexicon's quantity words: volume, 数量, 销量), is how many rows
    there are: read as a count suffix (成交数). With a quantity column (进口量 over imports.volume) it
    stays that column's. A join's parse may have dropped the character (a relation run): it comes back."""
    assert parser.table is not None
    if any(quantity_name(c.name) for c in parser.table.columns.values()):
        return
    units = parser.units
    for pos in range(len(parser.items) - 1, -1, -1):
        before = parser.items[pos]
        end = before.end
        if before.kind != "match" or end >= len(units) or units[end].text not in VOLUME_CHARACTERS:
            continue
        if not parser.is_table(before):
            continue
        volume = Item(end, end + 1, "match", units[end].text, tags=["count_suffix"])
        nxt = pos + 1 < len(parser.items) and parser.items[pos + 1].start == end
        parser.items[pos + 1 : pos + 1 + int(nxt)] = [volume]


def table_noun_before_a_column(parser: ParserBase) -> None:
    """ "breach type", "order date": the table's noun (linked to the table alone) right before an English
    word that names one of its columns is that column's qualifier, the compound names the column: "by
    breach type" groups by the type column, it does not group by the rows' noun and leave "type" aside."""
    assert parser.table is not None
    table = parser.table.name
    pos = 0
    while pos < len(parser.items) - 1:
        it, nxt = parser.items[pos], parser.items[pos + 1]
        pos += 1
        if it.kind != "match" or nxt.kind != "match" or it.tags or nxt.tags or nxt.start != it.end:
            continue
        if not (it.text.isascii() and nxt.text.isascii()):
            continue
        if not it.links or any(lk.kind != "table" or lk.table != table for lk in it.links):
            continue
        mine = [lk for lk in nxt.links if lk.table == table]
        if not mine or any(lk.kind != "column" or lk.score >= WEAK_LINK for lk in mine):
            continue  # a word naming a column outright needs no qualifier (owner's first name)
        compound = Item(it.start, nxt.end, "match", f"{it.text} {nxt.text}", links=list(nxt.links))
        parser.items[pos - 1 : pos + 1] = [compound]


def counted_by_qi(parser: ParserBase) -> None:
    """多少起 / 几起 / 50起: 起 right after a count word or a number is the classifier of events (incidents,
    accidents, cases), not 起 "from" (2010年起, which follows a time, stays a bound)."""
    for pos in range(1, len(parser.items)):
        it, before = parser.items[pos], parser.items[pos - 1]
        if it.text != "起" or it.kind != "match" or before.end != it.start:
            continue
        if before.kind == "num" or (before.kind == "match" and before.has("howmuch", "count")):
            parser.items[pos] = Item(it.start, it.end, "word", it.text)


def unknown_piece_of_a_column_left_out(parser: ParserBase, intent: Intent, unknown: list[str]) -> bool:
    """这些事件影响了多少人 over a column 受影响人数: a Chinese word not understood holds two characters or
    more of a column's Chinese name (影响) that the reading does not use. The person most likely asked about
    that column in other words (a verb of it, a part of it), and an answer without it (a row count)
    answers another question."""
    assert parser.table is not None
    chinese = [c for c in parser.table.columns if len(c) > 2 and CJK_RE.search(c)]
    if not unknown or not chinese:  # nothing not understood, or no Chinese name: no need to render the intent
        return False
    held = [
        word
        for word in unknown
        if any(p in name for p in _chinese_pairs(word) for name in chinese)  # a piece of some name
    ]
    if not held:
        return False
    used = json.dumps(intent.to_dict(), ensure_ascii=False)
    names = [c for c in chinese if f'"{c}"' not in used]
    return any(p in name for word in held for p in _chinese_pairs(word) for name in names)


def unknown_qualifies_a_column(parser: ParserBase, intent: Intent, unknown: list[str]) -> bool:
    """night-time fatalities over `fatalities` and `night_fatalities`: a word not understood right before a
    column's word, where another column's name holds that column's words and more (its qualifier, said
    otherwise), which the reading does not use. The person most likely asked about the other column."""
    assert parser.table is not None
    if not unknown:
        return False
    names = {c: set(split_identifier(c)) for c in parser.table.columns}
    used = json.dumps(intent.to_dict(), ensure_ascii=False)
    for k in range(len(parser.items) - 1):
        word, nxt = parser.items[k], parser.items[k + 1]
        if word.kind != "word" or word.text not in unknown or nxt.kind != "match":
            continue
        for col in {lk.column for lk in nxt.links if lk.kind == "column" and lk.column in names}:
            wider = [d for d, ws in names.items() if d != col and names[col] < ws and f'"{d}"' not in used]
            if wider:
                return True
    return False


def _chinese_pairs(word: str) -> list[str]:
    """The word's runs of two Chinese characters (受影响: 受影, 影响)."""
    pieces = [word[i : i + 2] for i in range(len(word) - 1)]
    return [p for p in pieces if all(CJK_RE.match(ch) for ch in p)]


def shared_header_word_names_the_rows(parser: ParserBase) -> None:
    """泄露 over headers 泄露日期 and 泄露类型 (or 事故日期 / 事故类型): a Chinese word that opens two or
    more column names and is none of them whole is the word for the table's things (the breach's date,
    the breach's type), so it names the rows (泄露事件最多的州 counts breaches), not the first of those
    columns. Only where it is said as things counted: right before the rows' noun (泄露事件) or right after
    a count word or classifier (多少起泄露); 出生 of 出生年份 / 出生国家 in 90年代出生的球员 stays the
    columns'."""
    assert parser.table is not None
    table = parser.table.name
    for pos, it in enumerate(parser.items):
        word = it.text.replace(" ", "")
        if not _plain_chinese_word(it, word) or not _counted_here(parser, pos):
            continue
        mine = [lk for lk in it.links if lk.table == table]
        if not mine or any(lk.kind != "column" or lk.score >= 0.9 for lk in mine):
            continue
        names = [c for c in parser.table.columns if CJK_RE.search(c)]
        if sum(1 for n in names if n.startswith(word) and len(n) > len(word)) >= 2:
            it.links = [lk for lk in it.links if lk.table != table] + [Link("table", table, score=0.6)]


_ONLY_ONE_EN = re.compile(r"\b(?:only|just|exactly)\s+(?:one|1|a single)\b|\bonly\s+once\b", re.IGNORECASE)
_ONLY_ONE_ZH = re.compile(r"(?:只|仅|就)[^，,。？?]{0,4}?(?:一|1)\s*[起次个件条笔家名位项]")


def only_one_unread(question: str, intent: Intent) -> bool:
    """ "states that reported only one breach" / 只发生过一起泄露的州: the groups holding exactly one row
    (HAVING COUNT(*) = 1). A reading without that count (every state listed) answers another question."""
    if not (_ONLY_ONE_EN.search(question) or _ONLY_ONE_ZH.search(question)):
        return False
    return not any(str(h.value) == "1" for h in intent.having)


_KIND_OF = re.compile(r"\b(?:kinds?|types?|sorts?)\s+of\s+([a-z]+)", re.IGNORECASE)


def kind_of_unknown(question: str, unknown: list[str]) -> bool:
    """ "What kind of media …" with media understood nowhere: the kind asked for is media's; the word
    "kind" alone names a type column (泄露类型) of some other thing, so grouping by it answers another
    question."""
    said = [w.lower() for w in unknown if len(w) >= 3]
    kinds = [m.group(1).lower() for m in _KIND_OF.finditer(question)]
    return any(k == w or k.startswith(w) and len(k) - len(w) <= 2 for k in kinds for w in said)


# a number spelled as a word: "a zero width", "twelve or more" (one is a pronoun as often: which one)
_NUMBER_WORDS = frozenset(
    [
        "zero",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "hundred",
        "thousand",
        "million",
    ]
)


def number_word_unread(unknown: list[str]) -> bool:
    """A number spelled as a word and not understood: the condition or limit it said was dropped, and the
    answer without it counts or lists other rows."""
    return any(w.lower() in _NUMBER_WORDS for w in unknown)


def _plain_chinese_word(it: Item, word: str) -> bool:
    return it.kind == "match" and not it.tags and len(word) >= 2 and bool(CJK_RE.match(word))


def _counted_here(parser: ParserBase, pos: int) -> bool:
    items = parser.items
    nxt = items[pos + 1] if pos + 1 < len(items) else None
    before = items[pos - 1] if pos > 0 else None
    if nxt is not None and nxt.start == items[pos].end and is_row_noun(nxt):
        return True
    if before is None:
        return False
    return before.kind == "word" and before.text in CLASSIFIERS or before.has("howmuch", "count")


def _chinese_table_word(it: Item, table: str) -> list[str]:
    """The Chinese units of a matched word linked to the table alone (唐山 大 地震, 震 级), else none."""
    units = it.text.split(" ")
    if it.kind != "match" or it.tags or not all(CJK_RE.match(u) for u in units):
        return []
    if not it.links or any(lk.kind != "table" or lk.table != table for lk in it.links):
        return []
    return units


def named_one_of_the_rows(parser: ParserBase) -> None:
    """唐山大地震 ("Great Tangshan Earthquake") over a table of earthquakes: a dictionary word that names
    one particular thing (its every sense a proper name) and ends in a word for the table's things names
    one row, not the rows. Its name part (唐山大) is left as words not understood, so the answer is not
    given for every row; the word for the things (地震) still names the table."""
    assert parser.table is not None
    table = parser.table.name
    pos = 0
    while pos < len(parser.items):
        it = parser.items[pos]
        pos += 1
        units = _chinese_table_word(it, table)
        if len(units) < 3:
            continue
        senses = bilingual.senses("".join(units))
        if not senses or not all(s[:1].isupper() for s in senses):
            continue
        tail = next((n for n in (2, 3) if _names_the_table(parser, "".join(units[-n:]))), 0)
        if not tail or tail >= len(units):
            continue
        head = [Item(it.start + i, it.start + i + 1, "word", u) for i, u in enumerate(units[:-tail])]
        rest = Item(it.end - tail, it.end, "match", " ".join(units[-tail:]), links=list(it.links))
        parser.items[pos - 1 : pos] = [*head, rest]
        pos += len(head)


def _names_the_table(parser: ParserBase, word: str) -> bool:
    """The word's gloss is the table's own name (地震 "earthquake" for earthquakes)."""
    assert parser.table is not None
    names = {w[:-1] if w.endswith("s") else w for w in split_identifier(parser.table.name)}
    return any(g in names for g in bilingual.english_for(word))


_OF_THE_THING = re.compile(r"^([a-z]+(?: [a-z]+)?) of ")


def property_of_the_rows(parser: ParserBase) -> None:
    """震级 ("degree of earthquake") over a table of earthquakes: a Chinese word whose every sense is
    "<something> of <the table's thing>" names a property of the rows, not the rows; it is left as a word
    not understood, so ranking by it is not read as ranking by the count of rows."""
    assert parser.table is not None
    table = parser.table.name
    for pos, it in enumerate(parser.items):
        units = _chinese_table_word(it, table)
        if len(units) < 2:
            continue
        senses = bilingual.senses("".join(units))
        if senses and all(_OF_THE_THING.match(s) for s in senses):
            parser.items[pos] = Item(it.start, it.end, "word", "".join(units))
