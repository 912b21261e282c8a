"""A lone character the segmenter split off a longer word: 副热带风暴 read as 副 + 热带风暴 (tropical storm),
where 副热带 (subtropical) is the dictionary word. The reading then answers about the word after the
character (every tropical storm) and drops what the character changed (sub-): a lone character is no word
not understood, so nothing else says the question was misread. Likewise a word no dictionary holds (月费,
monthly fee) read by its first character alone, a part of a column's name (月 ~ months), while the
character after it, a content word of its own (费, fee), is left unread.

Two checks over one notion of a lone character (`_lone_character`), for two ways the word breaks:
`split_off_a_word`, a character that is no grammar word forms a word (one with an English gloss) with the
start of the next word (副 + 热带 of 热带风暴); `value_inside_a_word`, any character, a stop character too
(东), forms a word with the whole value a clause read (东 + 南亚 = 东南亚), one whose senses do not say the
value itself (下 + 雨 = 下雨 "to rain" still says rain). Their look-ups and exceptions differ, so they stay
two functions: merged, one would flag what the other lets pass.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shared.ask.engines.rules.parsecommon import ZH_STOP
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import Item
from shared.semantic.vocabulary.segment import CJK_RE

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase


def split_off_a_word(parser: ParserBase) -> str:
    """The dictionary word a lone unread character (no grammar character) forms with the start of the
    word linked to a stored value right after it (副 + 热带 = 副热带), or with a column's own noun right
    after it when that word is a proper name (加 + 州 = 加州, California), or with a lone character before
    it that names columns only by a piece of their names (月 + 费 = 月费), or ""."""
    for pos, it in enumerate(parser.items):
        if not _lone_character(parser.items, parser.ps.used, pos) or it.text in ZH_STOP:
            continue
        if pos > 0 and _piece_of_a_name(parser.items[pos - 1]) and _glued_back(parser.items, pos):
            return parser.items[pos - 1].text + it.text  # 月 (tenure_months) + 费: the word was 月费
        if pos + 1 == len(parser.items):
            continue
        nxt = parser.items[pos + 1]
        text = nxt.text.replace(" ", "")
        if nxt.kind == "match" and any(lk.kind == "value" for lk in nxt.links):
            for k in range(2, len(text) + 1):
                if bilingual.english_for(it.text + text[:k]):
                    return it.text + text[:k]
        elif nxt.kind == "match" and _column_noun(nxt) and proper_name(it.text + text):
            return it.text + text  # 加 + 州 (a state column): 加州 is California, a value left out
    return ""


def _lone_character(items: list[Item], used: set[int], pos: int) -> bool:
    """One Chinese character the segmenter left on its own, no clause reading it."""
    it = items[pos]
    return it.kind == "word" and pos not in used and CJK_RE.fullmatch(it.text) is not None


def _glued_back(items: list[Item], pos: int) -> bool:
    """The unread character is a word of its own (费, fee) that makes no dictionary word with the
    character after it (岁 + 儿童: 儿 belongs to 儿童, not to 岁)."""
    it = items[pos]
    nxt = items[pos + 1] if pos + 1 < len(items) else None
    ahead = nxt is not None and nxt.kind == "word" and bool(bilingual.english_for(it.text + nxt.text))
    return bool(bilingual.english_for(it.text)) and not ahead


WEAK_PIECE = 0.7  # a character that names a column only by a part of its name (月 ~ months)


def _piece_of_a_name(item: Item) -> bool:
    """A lone character linked to columns only weakly: a piece of their names, not a name."""
    text = item.text.replace(" ", "")
    links = item.links
    return (
        item.kind == "match"
        and len(text) == 1
        and bool(CJK_RE.fullmatch(text))
        and bool(links)
        and all(lk.kind == "column" and lk.score < WEAK_PIECE for lk in links)
    )


def _column_noun(item: Item) -> bool:
    """The item names a column outright (its whole name), as a column's own noun does (州, 省)."""
    return any(lk.kind == "column" and lk.score >= 1.0 for lk in item.links)


def proper_name(word: str) -> bool:
    """A dictionary word of two or more characters whose every sense is a name (capitalised): California,
    not "large area"; a value of the column the lone character's neighbour names, said as a name."""
    senses = bilingual.senses(word)
    return len(word) >= 2 and bool(senses) and all(s[:1].isupper() for s in senses)


def value_inside_a_word(items: list[Item], used: set[int]) -> bool:
    """东南亚 read as 东 + 南亚 ('Southern Asia'): a value a clause read whose text, with the one unread
    Chinese character right before it, is a dictionary word of its own (东南亚 "Southeast Asia") names
    something else; the character was dropped as a stop word, so nothing else says it was lost."""
    for pos, it in enumerate(items[1:], start=1):
        if pos not in used or not any(lk.kind == "value" for lk in it.links):
            continue
        before = items[pos - 1]
        if not _lone_character(items, used, pos - 1):
            continue
        text = it.text.replace(" ", "")
        if not CJK_RE.fullmatch(text[:1]):
            continue
        longer = [s.lower() for s in bilingual.senses(before.text + text)]
        values = [str(lk.value) for lk in it.links if lk.kind == "value" and lk.value is not None]
        if longer and not any(_says(longer, v) for v in values):
            return True
    return _character_value_inside_a_word(items, used)


def _character_value_inside_a_word(items: list[Item], used: set[int]) -> bool:
    """马上告诉我 read as 马 ('Horse') + 上: a value read from one character that, with the unread
    character right after it, is a dictionary word whose first sense does not say the value (马上 "at
    once", 水平 "level", 火车 "train"); 雨天 "rainy day" and 书店 "bookstore" still say theirs. Likewise a
    value read from a gloss (面的 'Taxi') whose first character makes a word with the unread one before it
    (上面 "on top of") while the rest is no word (的); 天 + 下雪 keeps 雪 "snow". A gloss cut from its word
    is the weakest evidence a value has."""
    for pos, it in enumerate(items):
        text = it.text.replace(" ", "")
        values = [str(lk.value) for lk in it.links if lk.kind == "value" and lk.value is not None]
        if pos not in used or not values or not CJK_RE.fullmatch(text[:1]):
            continue
        if _joined_after(items, used, pos, values) or _joined_before(items, used, pos, values):
            return True
    return False


def _joined_after(items: list[Item], used: set[int], pos: int, values: list[str]) -> bool:
    """马 + 上: one character read as a value, a word with the unread character after it."""
    text = items[pos].text.replace(" ", "")
    if len(text) != 1 or pos + 1 >= len(items) or not _lone_character(items, used, pos + 1):
        return False
    senses = bilingual.senses(text + items[pos + 1].text)
    return bool(senses) and not any(_opens_a_word(senses[0], v) for v in values)


def _joined_before(items: list[Item], used: set[int], pos: int, values: list[str]) -> bool:
    """上 + 面的 ('Taxi'): a gloss whose first character makes a word with the unread one before it (上面
    "on top of") and whose rest is no word (的)."""
    text = items[pos].text.replace(" ", "")
    if len(text) < 2 or text in values or pos == 0 or not _lone_character(items, used, pos - 1):
        return False
    rest = text[1:]
    if rest not in ZH_STOP and bilingual.senses(rest):
        return False  # 天 + 下雪: 雪 "snow" still says the value
    senses = [s.lower() for s in bilingual.senses(items[pos - 1].text + text[0])]
    return bool(senses) and not any(_says(senses, v) for v in values)


def _opens_a_word(sense: str, value: str) -> bool:
    """A word of the sense starts with the value's (its first English word, or its Chinese gloss's)."""
    names = bilingual.senses(value)[:1] if CJK_RE.search(value) else [value]
    heads = [_singular(n).split()[0] for n in names if n.strip()]
    return any(w.startswith(h) for h in heads for w in re.findall(r"[a-z]+", sense.lower()))


def _says(senses: list[str], value: str) -> bool:
    """A sense of the longer word that says the value itself (下雨 "to rain" for 'rain', 原材料 "raw
    material" for 'Materials'): the value was read right, the character only adds a verb or a modifier."""
    names = [_singular(g) for g in (bilingual.senses(value) if CJK_RE.search(value) else [value])]
    return any(n and n in _singular(sense) for n in names for sense in senses)


def _singular(text: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in text.lower().split())
