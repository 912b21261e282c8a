"""Chinese names of English-stored values, from CC-CEDICT's proper names (propergloss.py).

A column holding 'Florida', 'Republic of Korea', 'Madonna' or 'Spears, Britney' is asked about as 佛罗里达,
韩国, 麦当娜. Each value is compared with the names CC-CEDICT gives, by `name_key` (case, punctuation,
apostrophes and spaces aside) and read both ways round when written 'Last, First' ('Hill, Faith' is Faith
Hill; 'Dixie Chicks, The' is The Dixie Chicks). How the match was made sets how sure the link is:

- the whole name: the value is a name CC-CEDICT gives the word (FULL_SCORE);
- part of it (PART_SCORE), where nothing in the column is the whole name and only one value is so named:
  the value's last name is a name the word gives ('Houston, Whitney' for 休斯顿 "Houston"), the value is
  the last name of the person the word names in full ('Clinton' for 希拉里 "Hillary Rodham Clinton"), or
  the value is a name the word gives with a qualifier ('China (Mainland)', 'United States of America' for
  美国 "United States").

Names CC-CEDICT lacks (most transliterated given names) get no link here: an unknown word asks back.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from shared.semantic.vocabulary import propergloss
from shared.semantic.vocabulary.linktypes import Item, SchemaIndex
from shared.semantic.vocabulary.propergloss import name_key, words_of
from shared.semantic.vocabulary.segment import Unit

FULL_SCORE = 0.9  # as sure as a dictionary translation of the value
PART_SCORE = 0.85  # part of a name: good evidence (the joins take it), not a name; doubted at parse
MAX_VALUE_CHARS = 60
MAX_PERSON_WORDS = 3  # each side of 'Last, First'
NAME_DOTS = frozenset("·•‧・")  # the dot between a transliterated first and last name
LATIN_RE = re.compile(r"[A-Za-z]")
QUALIFIER_RE = re.compile(
    r"^(.+?)\s*(?:\(.*\)|,.*| of .*)$"
)  # 'China (Mainland)', 'United States of America'


def reordered(value: str) -> str | None:
    """'Spears, Britney' -> 'Britney Spears', 'Dixie Chicks, The' -> 'The Dixie Chicks': a name written
    'Last, First' (one comma, a few words each side) read in speaking order; None for any other value."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        return None
    last, first = parts
    if len(last.split()) > MAX_PERSON_WORDS or len(first.split()) > MAX_PERSON_WORDS:
        return None
    return f"{first} {last}"


def english_aliases(value: str) -> list[str]:
    """Other English spellings of a value a question may use: 'Hill, Faith' -> Faith Hill; 'Dixie Chicks,
    The' -> The Dixie Chicks, Dixie Chicks."""
    spoken = reordered(value)
    if spoken is None:
        return []
    out = [spoken]
    if spoken.lower().startswith("the "):
        out.append(spoken[4:])
    return out


def _full_keys(value: str) -> set[str]:
    keys = {name_key(value)}
    spoken = reordered(value)
    if spoken:
        keys.add(name_key(spoken))
        if spoken.lower().startswith("the "):
            keys.add(name_key(spoken[4:]))
    if value.lower().startswith("the "):
        keys.add(name_key(value[4:]))
    return keys - {""}


def _full_names(value: str) -> set[str]:
    """Chinese words one of whose names is the whole value (a person's middle name aside). A word whose
    first sense names something else (唐山: "Tangshan" before "China") names it in part."""
    called = [n for key in _full_keys(value) for n in propergloss.names_called(key)]
    if any(
        not n.person for n in called
    ):  # 'Jordan' is 约旦 "Jordan", a place: 乔丹 "Jordan (name)" is no name of it
        called = [n for n in called if not n.person]
    out = {n.chinese for n in called if not n.other_first}
    spoken = words_of(reordered(value) or value)
    if len(spoken) == 2:  # 'Clinton, Hillary' is "Hillary Rodham Clinton"
        people = propergloss.people_called(spoken[-1])
        out |= {n.chinese for n in people if words_of(n.english)[0] == spoken[0]}
    return out


def _part_names(value: str) -> set[str]:
    """Chinese words that name part of the value: its last name, the person it is the last name of, or
    the name it qualifies."""
    out = {n.chinese for key in _full_keys(value) for n in propergloss.names_called(key) if n.other_first}
    spoken = reordered(value)
    if spoken is not None and not spoken.lower().startswith("the "):
        last = value.split(",")[0].strip()
        out |= {n.chinese for n in propergloss.names_called(name_key(last)) if len(last.split()) == 1}
    words = words_of(value)
    place = any(not n.person for n in propergloss.names_called(name_key(value)))
    if len(words) == 1 and not place:  # 'Jordan' named 约旦 is a country, no 乔丹 "Michael Jordan"
        out |= {n.chinese for n in propergloss.people_called(words[0])}
    qualified = QUALIFIER_RE.match(value) if spoken is None else None
    if qualified:
        out |= {n.chinese for n in propergloss.names_called(name_key(qualified.group(1)))}
    return out


@lru_cache(maxsize=65536)
def _names_of(value: str) -> tuple[frozenset[str], frozenset[str]]:
    """A value's whole-name and part-name Chinese words, once per value (every index over the data)."""
    return frozenset(_full_names(value)), frozenset(_part_names(value))


def chinese_names(values: Iterable[Any]) -> dict[str, list[tuple[str, float]]]:
    """{Chinese word: [(value, score)]} for a column's English values. A part match counts only where no
    value of the column is the word's whole name and one value alone is so named."""
    full: dict[str, set[str]] = defaultdict(set)
    part: dict[str, set[str]] = defaultdict(set)
    for v in values:
        if not isinstance(v, str) or len(v) > MAX_VALUE_CHARS or not LATIN_RE.search(v):
            continue
        whole, partly = _names_of(v)
        for word in whole:
            full[word].add(v)
        for word in partly:
            part[word].add(v)
    out = {w: [(v, FULL_SCORE) for v in sorted(vs)] for w, vs in full.items() if not _longer(w, vs, full)}
    for word, vs in part.items():
        if word not in full and len(vs) == 1 and not _longer(word, vs, part):
            out[word] = [(next(iter(vs)), PART_SCORE)]
    return out


def _longer(word: str, values: set[str], found: dict[str, set[str]]) -> bool:
    """佛罗里达州 beside 佛罗里达, both 'Florida': the shorter word is the name; the 州 after it is read on
    its own (the column's noun), as before."""
    return any(found.get(word[:k], set()) >= values for k in range(2, len(word)))


def part_keys(names: dict[str, list[tuple[str, float]]]) -> set[str]:
    """The Chinese words that name a value only in part."""
    return {w for w, hits in names.items() if all(score == PART_SCORE for _, score in hits)}


def part_named(it: Item, index: SchemaIndex) -> bool:
    """An item read as a value only through part of the value's name (its links are part matches)."""
    parts = index.memo.get("part_names", {}).get("", set())
    values = [lk for lk in it.links if lk.kind == "value"]
    return bool(values) and it.text.replace(" ", "") in parts and all(lk.score <= PART_SCORE for lk in values)


def in_dotted_name(it: Item, units: list[Unit]) -> bool:
    """玛丽亚·凯莉 / 卡尔·莫扎特: the word is joined by a name dot to another, one part of a person's full
    name; a part match on it ('Maria, Maria', 'Mozart') matched one name of several said."""
    before = it.start > 0 and units[it.start - 1].text in NAME_DOTS
    after = it.end < len(units) and units[it.end].text in NAME_DOTS
    return before or after
