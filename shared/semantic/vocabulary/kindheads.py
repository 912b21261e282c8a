"""Chinese values headed by their column's own noun: 急诊科, 检验科 in a column 科室 ("department").

A value made of a modifier and a head word (valuenames.parts) whose head is the column's own kind (科 of
科室, or 部 whose glosses share "department" with 科室) says "the <modifier> department": the head is the
column's noun, no name of some of its values. So (1) the head and its glosses name the column, never a group
of values (a "department" filter on every value ending 部 would be a condition nobody asked for, and 全部
"all" would read as one); (2) the value's English names join its modifier's names to the column noun's
glosses (急诊 "emergency treatment" + 科室 "department" = "emergency department"), the way an English speaker
names such a value. A modifier that is a verb (检验 "to test") names no value alone: "tests" are the rows.
"""

from __future__ import annotations

from functools import lru_cache

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import STOP_WORDS
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key

MAX_GLOSS_WORDS = 2
COLUMN_NOUN_GLOSSES = 3


@lru_cache(maxsize=512)
def column_noun(column: str) -> tuple[str, tuple[str, ...]]:
    """The column name's head word the dictionary knows (科室 of 采样科室) and its short glosses
    (department, unit); ('', ()) for a name not in Chinese or with no such head."""
    if not column or not CJK_RE.search(column):
        return "", ()
    for k in range(len(column) - 1):
        head = column[k:]
        if len(head) >= 2 and all(CJK_RE.fullmatch(c) for c in head) and bilingual.english_for(head):
            return head, _short_glosses(head)
    return "", ()


def is_column_kind(head: str, column: str) -> bool:
    """The value's head word is the column's own kind: a character of the column's head noun (科 of 科室),
    or a word one of whose first glosses the column's noun also has (部 "department" beside 科室)."""
    noun, glosses = column_noun(column)
    if not noun or not head:
        return False
    if len(head) == 1 and head in noun:
        return True
    return bool(set(_short_glosses(head)) & set(glosses))


def _short_glosses(word: str) -> tuple[str, ...]:
    return tuple(
        g for g in bilingual.english_for(word)[:COLUMN_NOUN_GLOSSES] if len(g.split()) <= MAX_GLOSS_WORDS
    )


def modifier_names(modifier: str) -> list[str]:
    """A modifier's English names: its short glosses, and the first word of a two-word gloss whose own
    entries give the modifier back (急诊 "emergency treatment": emergency)."""
    out: list[str] = []
    for gloss in bilingual.english_for(modifier)[:3]:
        words = gloss.split()
        if len(words) > MAX_GLOSS_WORDS or not all(w.isascii() and w.isalpha() for w in words):
            continue
        out.append(gloss)
        if len(words) == 2 and modifier in bilingual.chinese_for(bilingual.base(words[0])):
            out.append(words[0])
    return [m for m in dict.fromkeys(out) if m not in STOP_WORDS]


def column_headed_keys(modifier: str, column: str) -> list[str]:
    """ "<modifier name> <column noun>" keys of a value headed by the column's kind (emergency department)."""
    _noun, glosses = column_noun(column)
    keys = [phrase_key(f"{m} {g}") for m in modifier_names(modifier) for g in glosses]
    return [k for k in dict.fromkeys(keys) if k]


def names_alone(modifier: str) -> bool:
    """A modifier may name its value alone (Dubai for 迪拜原油) unless it is a verb (检验 "to test": the
    tests are the rows, not the 检验科)."""
    return not bilingual.is_verb(modifier)
