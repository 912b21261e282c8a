"""The things an event counts: 卖出了多少套房子 / how many houses were sold, over a table whose rows each
record one sale, dated by period columns the verb names (year_sold, month_sold: `calparts.verb_dating_rows`).
The noun counted with that verb (房子, houses) is what each row records, so it is read as the rows: dropped
like the data's subject (subject.py), neither a word not understood nor a filter left out.

Only words no link reads are dropped: a noun naming a column or value keeps its reading (how many pools
were sold stays a question about pools). Chinese: the verb, then a count word (多少, 几) with its classifier,
then the noun up to the clause's end or 的. English: a count word, the noun, then the verb (were sold).
"""

from __future__ import annotations

from shared.ask.engines.rules.calparts import verb_dating_rows
from shared.ask.engines.rules.parsecommon import CLASSIFIERS
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import Item, SchemaIndex
from shared.semantic.vocabulary.segment import CJK_RE

COUNTS = ("count", "howmuch")
BE = frozenset({"be", "were", "was", "are", "is", "been", "get", "got"})


def things_of_the_event(items: list[Item], index: SchemaIndex) -> list[Item]:
    """The items without the nouns counted with a verb that dates the rows."""
    drop: set[int] = set()
    for pos, it in enumerate(items):
        if not _dating(it, index):
            continue
        drop |= _zh_object(items, pos) if CJK_RE.search(it.text) else _en_subject(items, pos)
    return [it for k, it in enumerate(items) if k not in drop] if drop else items


def _dating(it: Item, index: SchemaIndex) -> bool:
    tables = {lk.table for lk in it.links}
    if it.kind != "match" or it.tags or len(tables) != 1:
        return False
    table = index.tables.get(next(iter(tables)))
    return table is not None and verb_dating_rows(table, it)


def _unread(it: Item) -> bool:
    return it.kind == "word" and not it.links and not it.tags


def _zh_object(items: list[Item], pos: int) -> set[int]:
    """卖出 了 多少 套 房 子: the characters after the count word and its classifier, to the clause's end."""
    k = pos + 1
    while k < len(items) and items[k].text in ("了", "过"):
        k += 1
    if k >= len(items) or not items[k].has(*COUNTS):
        return set()
    k += 1
    if k < len(items) and items[k].text in CLASSIFIERS:
        k += 1
    noun = set()
    while k < len(items) and _unread(items[k]) and CJK_RE.fullmatch(items[k].text) and items[k].text != "的":
        noun.add(k)
        k += 1
    ends = k == len(items) or items[k].kind == "punct"
    return noun if ends and noun and _plain_noun("".join(items[j].text for j in sorted(noun))) else set()


def _plain_noun(word: str) -> bool:
    """A word the dictionary first gives as one plain noun (房子: house), not a qualified one (新房: brand
    new house, whose qualifier would be a condition dropped)."""
    senses = [g for g in bilingual.senses(word) if not g.startswith(("surname", "variant", "CL:"))]
    head = senses[0].lower().removeprefix("a ").removeprefix("the ") if senses else ""
    return head.isalpha() and bilingual.may_be_noun(head)


def _en_subject(items: list[Item], pos: int) -> set[int]:
    """how many houses were sold: the unread noun between the count word and the passive verb."""
    k = pos - 1
    while k >= 0 and items[k].text.lower() in BE:
        k -= 1
    if k == pos - 1:
        return set()  # how many guests inspected …: active, the guests did it; only the passive counts
    noun = set()
    while k >= 0 and _unread(items[k]) and items[k].text.isalpha():
        noun.add(k)
        k -= 1
    one = len(noun) == 1 and all(bilingual.may_be_noun(items[j].text.lower()) for j in noun)
    return noun if one and k >= 0 and items[k].has("count") else set()
