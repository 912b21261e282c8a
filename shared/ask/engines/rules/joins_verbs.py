"""Relation verbs: the English verb that says how two joined tables' rows relate ("teachers that teach
at least two courses", "pets owned by students", "the dogs who received a treatment").

Over one table such a word names nothing and costs the reading its confidence (or reads as a missing
measure before "at least two"). Over a join, the relationship between the two tables it stands between
is what the verb says, and the join supplies it: the parse of the joined view leaves the word out (a
passive's "by" stays: "sold by region" groups). Only words the schema does not link, that English knows
as verbs (lemminflect), between words naming two different tables of the join.

`rows_standing_for`: the fact's rows counted per entity answer the table the count names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.joins_graph import View
from shared.ask.engines.rules.joins_mentions import TABLE_WORD
from shared.ask.engines.rules.joins_refine import counts_things
from shared.ask.engines.rules.parsecommon import FUNCTION_WORDS
from shared.semantic.vocabulary.linking import STOP_WORDS, Item

SKIPPED_TAGS = ("who", "cmp", "sup", "count", "limit_word", "distinct")  # who / at least two / the most


@lru_cache(maxsize=4096)
def is_english_verb(word: str) -> bool:
    """A word English uses as a verb (teach, owned, conducted): lemminflect knows a verb lemma of it."""
    if not word.isascii() or not word.isalpha() or len(word) <= 2:
        return False
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    return "VERB" in getAllLemmas(word)


def relation_units(
    items: list[Item], found: list[tuple[Item, set[str]]], joined: set[str], question: str = ""
) -> set[int]:
    """The unit positions of the relation verbs: right after a word naming one table of the join ("teachers
    that teach", "pets owned") and right before one naming another ("teach at least two courses", "owned
    by students") or a value of either ("owners living in Virginia"), with only function words, numbers
    and comparisons between."""
    named = {id(it): tables & joined for it, tables in found}
    out: set[int] = set()
    for pos, it in enumerate(items):
        if not _unlinked_verb(it) or _capitalised_inside(it.text, question):
            continue  # "for United Airlines": a name, not a verb relating the tables
        before, _value = _next_named(items, pos, -1, named)
        after, value = _next_named(items, pos, 1, named)
        if any(a != b or value for a in before for b in after):
            out.add(it.start)  # or one table's value: "owners living in Virginia" (their state)
    return out


def _capitalised_inside(word: str, question: str) -> bool:
    """The word written capitalised after the question's first word: a proper name (United), no verb."""
    for m in re.finditer(rf"\b{re.escape(word)}\w*", question, flags=re.IGNORECASE):
        if m.start() > 0 and m.group(0)[:1].isupper():
            return True
    return False


def _next_named(items: list[Item], pos: int, step: int, named: dict[int, set[str]]) -> tuple[set[str], bool]:
    """The tables the first content word from `pos` (one way) names (empty if it names none), and whether
    it names them by a value."""
    j = pos + step
    while 0 <= j < len(items) and abs(j - pos) <= 6:
        it = items[j]
        if it.kind == "num" or it.has(*SKIPPED_TAGS) and not it.links or it.text.lower() in STOP_WORDS:
            j += step
            continue
        tables = named.get(id(it), set())
        return tables, any(lk.kind == "value" and lk.table in tables for lk in it.links)
    return set(), False


def _unlinked_verb(it: Item) -> bool:
    text = it.text.lower()
    return (
        it.kind == "word"
        and not it.links
        and text not in STOP_WORDS
        and text not in FUNCTION_WORDS
        and is_english_verb(text)
    )


RANKED_COUNT = r"\b(most|fewest|least|greatest|largest|smallest|number of|amount of)\s+(\w+\s+)?"


def rows_standing_for(
    question: str, found: list[tuple[Item, set[str]]], ans: EngineAnswer, view: View
) -> set[str]:
    """ "teachers who teach at least two courses", "the conductor with the most orchestras": the fact's
    rows counted per entity stand for the table the count names, when the fact holds that table's key
    (one row per course taught). That table is answered, though the query need not read it."""
    intent = (ans.state or {}).get("intent") or {}
    counted = any((h.get("measure") or {}).get("agg") == "count" for h in intent.get("having") or [])
    ranked = any(o[0] == "measure" for o in intent.get("order") or []) and any(
        m.get("agg") == "count" for m in intent.get("measures") or []
    )
    direct = {t for t, path in view.paths.items() if len(path) == 1 and not path[0].reverse}
    named = counts_things(question, found) if counted else set()
    return (named | (_ranked_by_count(question, found) if ranked else set())) & direct


def _ranked_by_count(question: str, found: list[tuple[Item, set[str]]]) -> set[str]:
    """The tables named right after "the most" / "number of" ("the most orchestras")."""
    text = question.lower()
    named: set[str] = set()
    for it, _tables in found:
        if re.search(RANKED_COUNT + re.escape(it.text.lower().rstrip("s")), text):
            named |= {lk.table for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD}
    return named
