"""Stored codes named by the proper names they abbreviate, read from a Chinese word's CC-CEDICT senses.

A column whose every value is an upper-case code of two to four letters ('NSW', 'VIC', 'TX', 'CA') holds
short forms of names a person says whole, and a Chinese question says the name (新南威尔士州, 维多利亚,
北领地), never the code. The codes get no translations (a code is no word: 日 is no airport 'DAY'), so
the name is linked at question time: the longest Chinese word (up to eight characters) whose CC-CEDICT
sense is a proper name ("New South Wales, southeast Australian state", "Tasmania (abbr. for …)", "abbr.
for …, South Australia") or writes the code itself in brackets ("Australian Capital Territory (ACT)")
names the one code it abbreviates:
- the initials of a name of two words or more (New South Wales -> NSW, Northern Territory -> NT);
- the first three letters or more of a one-word name (Victoria -> VIC);
- more weakly, its first letter and then letters of it in order (Queensland -> QLD), only where no value
  is spelt the stronger ways. A two-letter code is spelt by two words' initials only: Alaska would spell AK
  and AL alike, and a data set without AK would take AL.
Only where exactly one value of the column is so spelt; a common noun's sense ("male") is no name, and a
word the index already holds (巴西 for a stored 'Brazil') keeps what it names.
"""

from __future__ import annotations

import calendar
import re

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import Unit

CODE_RE = re.compile(r"^[A-Z]{2,4}$")
BRACKET_CODE_RE = re.compile(r"\(([A-Z]{2,4})\)")
NAME_HEAD_RE = re.compile(r"[,;(]")
NAME_WORD_RE = re.compile(r"^[A-Z][a-z]+$")
LINKING_WORDS = frozenset({"of", "the", "and"})
CODE_NAME_SCORE = 0.85  # a name spelling a code is good evidence, not the value written
MAX_NAME_CHARS = 8  # 新南威尔士州
# 周六 "Saturday" is a day, never the code 'SAT': days' and months' names are capitalised, and no places
CALENDAR_NAMES = frozenset(n for n in (*calendar.day_name, *calendar.month_name) if n)


def code_columns(index: SchemaIndex) -> list[tuple[str, str, list[str]]]:
    """(table, column, codes) of every column whose values are all upper-case codes of 2-4 letters.
    Found once per index (asked at every Chinese character of every question)."""
    memo = index.memo.setdefault("code_columns", {})
    if None not in memo:
        memo[None] = _code_columns(index)
    return memo[None]


def _code_columns(index: SchemaIndex) -> list[tuple[str, str, list[str]]]:
    out = []
    for table in index.tables.values():
        for info in table.columns.values():
            values = [v for v in info.values if v is not None]
            if len(values) < 2 or len(values) < info.distinct:
                continue
            if all(isinstance(v, str) and CODE_RE.match(v) for v in values):
                out.append((table.name, info.name, values))
    return out


def spelling_tier(code: str, words: list[str]) -> int:
    """How a name spells a code: 1 initials of two words or more, or the first letters of one word; 2 its
    first letter then letters of it in order; 0 not at all."""
    code = code.lower()
    words = [w.lower() for w in words if w.lower() not in LINKING_WORDS]
    if not words:
        return 0
    if len(words) >= 2:
        return 1 if "".join(w[0] for w in words) == code else 0
    word = words[0]
    if len(code) < 3 or word[0] != code[0]:
        return 0  # two letters of one word are too few: Alaska is AK, not AL (nor, were AK missing, AL)
    if word.startswith(code):
        return 1
    rest = iter(word[1:])
    return 2 if all(ch in rest for ch in code[1:]) else 0


def sense_names(word: str) -> tuple[list[list[str]], list[str]]:
    """The proper names a Chinese word's senses give (as words), and the codes they write in brackets."""
    names: list[list[str]] = []
    codes: list[str] = []
    for sense in bilingual.senses(word):
        codes += BRACKET_CODE_RE.findall(sense)
        short = bilingual.ABBR_RE.search(sense)
        head = short.group(1) if short else NAME_HEAD_RE.split(sense)[0]
        parts = head.split()
        content = [p for p in parts if p not in LINKING_WORDS]
        if content and all(NAME_WORD_RE.match(p) for p in content) and head.strip() not in CALENDAR_NAMES:
            names.append(parts)
    return names, codes


def code_links(word: str, index: SchemaIndex) -> list[Link]:
    """The one code per code column that the word's names spell at the best tier found."""
    columns = code_columns(index)
    if not columns:
        return []
    memo = index.memo.setdefault("code_links", {})  # a pure function of (word, index)
    if word not in memo:
        memo[word] = _code_links(word, columns)
    return list(memo[word])


def _code_links(word: str, columns: list[tuple[str, str, list[str]]]) -> list[Link]:
    names, written = sense_names(word)
    if not names and not written:
        return []  # most runs of characters are no word with a sense: nothing to spell
    links = []
    for table, column, codes in columns:
        if len(set(written) & set(codes)) == 1:
            links.append(Link("value", table, column, (set(written) & set(codes)).pop(), CODE_NAME_SCORE))
            continue
        tiers = {c: min((t for n in names if (t := spelling_tier(c, n))), default=0) for c in codes}
        best = min((t for t in tiers.values() if t), default=0)
        spelt = [c for c, t in tiers.items() if best and t == best]
        if len(spelt) == 1:
            links.append(Link("value", table, column, spelt[0], CODE_NAME_SCORE))
    return links


def chinese_code_name(units: list[Unit], i: int, index: SchemaIndex) -> Item | None:
    """The longest Chinese word at i whose senses name one stored code (新南威尔士州 -> 'NSW')."""
    if not units[i].is_cjk or not code_columns(index):
        return None
    # every run of two or more Chinese units from i (at most MAX_NAME_CHARS): (units, key, word)
    chunks: list[tuple[int, str, str]] = []
    key, word = units[i].key, units[i].text
    for end in range(i + 1, min(len(units), i + MAX_NAME_CHARS)):
        if not units[end].is_cjk:
            break
        key, word = f"{key} {units[end].key}", word + units[end].text
        chunks.append((end + 1 - i, key, word))
    if any(index.phrases.get(key) for _n, key, _w in chunks):
        return None  # 巴西 names 'Brazil' of a name column (佐治亚州 too): the stored name, not the code
    for n, key, word in reversed(chunks):  # the longest first
        links = code_links(word, index)
        if links:
            return Item(i, i + n, "match", key, links=links, fuzzy=True)
    return None
