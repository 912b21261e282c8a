"""Chinese words the schema index does not hold, linked at question time through their CC-CEDICT glosses.

The index holds, for each English name, the Chinese words CC-CEDICT lists under it; a dictionary lists
many, so a column's own word may be cut (股价 "stock price" for `Price`, 产地 "place of origin" for
`Origin`, 美洲 "Americas" for a value). Where a Chinese word found nothing, its glosses are looked up
the other way: a gloss that names a column, table or stored value outright (lemmas compared: "airline"
for `airlines`); else the head word of a two- or three-word gloss that names a column or table outright
("stock price" -> `Price`, "wind speed" -> `wind`), more weakly. A compound CC-CEDICT does not hold
(电信服务) is read as two dictionary words whose glosses, joined, name a value ("telecommunications
services"). A single character links only a table, by its first gloss (车 "car" -> `cars`): a character
says too many things for more.
"""

from __future__ import annotations

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import STOP_WORDS, Item, Link, SchemaIndex
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key

GLOSS_SCORE = 0.9  # a gloss that names the thing outright
HEAD_SCORE = 0.8  # one word of a longer gloss: good evidence, not a name
CHAR_SCORE = 0.85  # a character's first gloss naming a table
GLOSSES_TRIED = 4


def named(index: SchemaIndex, key: str, kinds: tuple[str, ...] = ("column", "table", "value")) -> list[Link]:
    """Links that a phrase key names outright: a whole column or table name, or a whole stored value.

    Keys are compared as given and by lemma ("airlines" / "airline", "services" / "service")."""
    links = index.phrases.get(key) or index.bases.get(bilingual.base_key(key)) or []
    return [lk for lk in links if lk.kind in kinds and lk.score >= (0.9 if lk.kind == "value" else 0.85)]


def _capped(links: list[Link], score: float) -> list[Link]:
    return [Link(lk.kind, lk.table, lk.column, lk.value, min(lk.score, score)) for lk in links]


def word_links(word: str, index: SchemaIndex) -> list[Link]:
    """What a Chinese word's glosses name outright, else what the head word of a gloss names.

    A word that is only a verb (共享 "to share", 延误 "to postpone") names no column."""
    if bilingual.is_verb(word):
        return []
    glosses = [phrase_key(g) for g in bilingual.english_for(word)[:GLOSSES_TRIED]]
    for gloss in glosses:
        links = named(index, gloss) if gloss else []
        if links:
            return _capped(links, GLOSS_SCORE)
    for gloss in glosses:
        content = [w for w in gloss.split() if w not in STOP_WORDS]
        if len(content) < 2:
            continue
        for head in reversed(content):  # the head word first: "stock price" is a price
            links = named(index, head, ("column", "table"))
            if links:
                return _capped(links, HEAD_SCORE)
    return []


def compound_links(word: str, index: SchemaIndex) -> list[Link]:
    """A compound the dictionary does not hold, as two words it does: their glosses joined name a value,
    column or table outright (电信服务 = 电信 "telecommunications" + 服务 "service")."""
    if bilingual.english_for(word):
        return []
    for cut in range(2, len(word) - 1):
        left, right = bilingual.english_for(word[:cut])[:2], bilingual.english_for(word[cut:])[:2]
        for a in left:
            for b in right:
                links = named(index, phrase_key(f"{a} {b}"))
                if links:
                    return _capped(links, HEAD_SCORE)
    return []


def character_links(char: str, index: SchemaIndex) -> list[Link]:
    """A single character's first gloss naming a table (车 "car" -> `cars`, 国 "country" -> `countries`)."""
    glosses = bilingual.english_for(char)[:1]
    if not glosses or bilingual.is_verb(char):
        return []
    return _capped(named(index, phrase_key(glosses[0]), ("table",)), CHAR_SCORE)


def ambiguous_starts(items: list[Item]) -> list[Item]:
    """A word read through the dictionary whose first character also ends a dictionary word with the
    unread character before it (电 + 动车: 电动 is a word too) is a guess at where words break: its
    characters stay unread, so the question's coverage says so."""
    out: list[Item] = []
    for k, it in enumerate(items):
        before = items[k - 1] if k else None
        if (
            it.fuzzy
            and before is not None
            and before.kind == "word"
            and CJK_RE.fullmatch(before.text)
            and CJK_RE.match(it.text)
            and bilingual.english_for(before.text + it.text[:1])
        ):
            out.extend(Item(it.start + n, it.start + n + 1, "word", w) for n, w in enumerate(it.text.split()))
            continue
        out.append(it)
    return out
