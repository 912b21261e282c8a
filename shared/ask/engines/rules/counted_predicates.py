"""A word not understood that is the predicate of the rows a question counts: "how many tests were
self-pay", "how many patients died", "how many patients had a fever", 多少人打过疫苗. It says WHICH rows
are counted; read without it, the count covers every row and looks right. A light verb of the counting
itself ("how many tests were done / performed") is no condition: a verb after the copula is passed over.
"""

from __future__ import annotations

from shared.ask.engines.rules.leftovers import BE_WORDS
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import Item

ARTICLES = frozenset(("a", "an", "the", "any"))
HAVE_WORDS = frozenset(("have", "has", "had"))
DO_WORDS = frozenset(("do", "does", "did"))
COUNT_TAGS = ("count", "count_distinct")


def predicate_of_counted(items: list[Item], said: set[str], lang: str, used: set[int]) -> bool:
    """Some word not understood stands, after the count word, as the predicate of what is counted."""
    start = next((k for k, it in enumerate(items) if it.kind == "match" and it.has(*COUNT_TAGS)), None)
    if start is None or not said:
        return False
    if lang == "zh":
        return _zh_done_by_counted(items, said, start, used)
    unknown = [k for k in range(start + 2, len(items)) if _unknown(items[k], said)]
    return any(_en_predicate(items, k, start) for k in unknown)


def _unknown(it: Item, said: set[str]) -> bool:
    text = it.text.lower()
    return it.kind == "word" and any(text == w or (not text.isascii() and text in w) for w in said)


def _en_predicate(items: list[Item], k: int, start: int) -> bool:
    """(en) closing the question: were self-pay (a complement of the copula, no verb), had a fever (what
    the rows have), or a verb right after the counted noun with no auxiliary before it (patients died; not
    "did each airline operate" nor "were breaches reported": the rows' own event)."""
    if not _closes(items, k):
        return False
    text = items[k].text.lower()
    j = k - 1
    while j > start and items[j].text.lower() in ARTICLES:
        j -= 1
    before = items[j].text.lower()
    if before in HAVE_WORDS and j > start + 1:
        return True
    if before in BE_WORDS and j == k - 1 and "VERB" not in bilingual.parts_of_speech(text):
        return True
    noun = items[k - 1]
    auxiliary = any(items[m].text.lower() in BE_WORDS | HAVE_WORDS | DO_WORDS for m in range(start + 1, k))
    return (
        not auxiliary
        and bilingual.parts_of_speech(text) == frozenset({"VERB"})
        and noun.kind == "match"
        and bool(noun.links)
        and not noun.tags
    )


def _closes(items: list[Item], k: int) -> bool:
    return all(it.kind == "punct" for it in items[k + 1 :])


def _zh_done_by_counted(items: list[Item], said: set[str], start: int, used: set[int]) -> bool:
    """(zh) 多少人打过疫苗: after the count word, an unread verb (and its aspect), then a word not understood
    closing the question: what the counted did."""
    k = start + 1
    verb = False
    while k < len(items) and k not in used and items[k].kind == "word" and not _unknown(items[k], said):
        verb = verb or bilingual.first_sense_verb(items[k].text) or bilingual.is_verb(items[k].text)
        k += 1
    if not verb or k >= len(items) or not _unknown(items[k], said):
        return False
    while k < len(items) and _unknown(items[k], said):
        k += 1
    return _closes(items, k - 1)
