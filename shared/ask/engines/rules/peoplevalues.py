"""People named by a stored value: 黑人 for 'Black', 拉丁裔 for 'Latino', 东非裔 for 'East African'.

A Chinese word for people of some kind closes on a people suffix (人 "person", 裔 "descent"). CC-CEDICT
glosses the word as the kind and the person ("black person", "of Asian descent"), or, where it lacks the
word, glosses the part before the suffix as the place or tongue the people are named after ("East Africa",
"Latin"). The English value is that kind, or its people's adjective (Africa -> African, Latin -> Latino,
Asia -> Asian): one stored value named outright, of any column, is linked. Characters the question's
grammar took for itself (非 "not" inside 东非裔) are read again as part of the word.
"""

from __future__ import annotations

import re

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key

SUFFIXES = frozenset(words("people_suffixes"))
PEOPLE_SCORE = 0.9  # a gloss naming the value outright (glosses.GLOSS_SCORE)
KIND_RE = re.compile(r"^(?:of )?([A-Za-z][A-Za-z ]*?) (?:person|people|man|woman|descent)\b")
PLACE_RE = re.compile(r"^([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?)\b")
ADJECTIVE_ENDINGS = ("", "n", "an", "o", "ese", "ian")
LONGEST = 4


def people_values(items: list[Item], index: SchemaIndex) -> list[Item]:
    """Each run of single Chinese characters no schema word holds, closed by a people suffix, that names
    one stored value: one item linked to that value."""
    out = list(items)
    pos = 0
    while pos < len(out):
        found = _people_at(out, pos, index)
        if found is None:
            pos += 1
            continue
        end, links = found
        text = " ".join(it.text for it in out[pos:end])
        out[pos:end] = [Item(out[pos].start, out[end - 1].end, "match", text, links=links, fuzzy=True)]
        pos += 1
    return out


def _single(it: Item) -> bool:
    return it.kind in ("word", "match") and not it.links and bool(CJK_RE.fullmatch(it.text))


def _people_at(items: list[Item], pos: int, index: SchemaIndex) -> tuple[int, list[Link]] | None:
    for length in range(LONGEST, 1, -1):
        chunk = items[pos : pos + length]
        if len(chunk) < length or not all(_single(it) for it in chunk) or chunk[-1].text not in SUFFIXES:
            continue
        word = "".join(it.text for it in chunk)
        links = _values(word, index)
        if links:
            return pos + length, links
    return None


def _values(word: str, index: SchemaIndex) -> list[Link]:
    kinds = [m.group(1) for s in bilingual.senses(word) if (m := KIND_RE.match(s))]
    places = (
        []
        if bilingual.senses(word)
        else [m.group(1) for s in bilingual.senses(word[:-1])[:1] if (m := PLACE_RE.match(s))]
    )
    for name in kinds + places:
        links = _named_value(name, index)
        if links:
            return links
    return []


def _named_value(name: str, index: SchemaIndex) -> list[Link]:
    """One stored value that is the name or its people's adjective (Africa -> African, Latin -> Latino)."""
    found: dict[str, list[Link]] = {}
    stem = name[:-1] if name.endswith(("a", "e")) else name
    for form in dict.fromkeys(
        [name + e for e in ADJECTIVE_ENDINGS] + [stem + e for e in ADJECTIVE_ENDINGS[1:]]
    ):
        for lk in index.phrases.get(phrase_key(form), []):
            if lk.kind == "value" and lk.score >= 0.95 and isinstance(lk.value, str):
                found.setdefault(lk.value, []).append(
                    Link("value", lk.table, lk.column, lk.value, PEOPLE_SCORE)
                )
    return next(iter(found.values())) if len(found) == 1 else []
