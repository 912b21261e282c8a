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
from shared.ask.engines.rules.eventverbs import said_as_event
from shared.ask.engines.rules.joins_graph import View
from shared.ask.engines.rules.joins_mentions import TABLE_WORD
from shared.ask.engines.rules.joins_refine import counts_things
from shared.ask.engines.rules.parsecommon import FUNCTION_WORDS, ZH_STOP, words
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import STOP_WORDS, Item
from shared.semantic.vocabulary.segment import CJK_RE

ARTICLES = frozenset(words("articles"))  # "an incapacitating injury": a word after an article is no verb
SKIPPED_TAGS = ("who", "cmp", "sup", "count", "limit_word", "distinct")  # who / at least two / the most


@lru_cache(maxsize=4096)
def is_english_verb(word: str) -> bool:
    """A word English uses as a verb (teach, owned, conducted): lemminflect knows a verb lemma of it."""
    return bool(_verb_lemmas(word))


@lru_cache(maxsize=4096)
def _verb_lemmas(word: str) -> frozenset[str]:
    if not word.isascii() or not word.isalpha() or len(word) <= 2:
        return frozenset()
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    return frozenset(getAllLemmas(word).get("VERB") or ())


def verb_of_a_table(word: str, tables: set[str]) -> bool:
    """ "players who batted" over the table `batting`, "customers who ordered" over `orders`: the word is the
    verb the table's name is made of, so it names that table's rows, not a column its stem also spells
    (at_bats, order_date)."""
    lemmas = _verb_lemmas(word.lower())
    return bool(lemmas) and any(lemmas & _verb_lemmas(t.lower()) for t in tables)


def relation_units(
    items: list[Item], found: list[tuple[Item, set[str]]], joined: set[str], question: str = ""
) -> set[int]:
    """The unit positions of the relation verbs: right after a word naming one table of the join ("teachers
    that teach", "pets owned") and right before one naming another ("teach at least two courses", "owned
    by students") or a value of either ("owners living in Virginia"), with only function words, numbers
    and comparisons between."""
    named = {id(it): tables & joined for it, tables in found}
    # by position: a generic word's mention (主人的名字) is a copy of its item
    out: set[int] = chinese_relation_units(items, {it.start: tables & joined for it, tables in found})
    for pos, it in enumerate(items):
        if not _unlinked_verb(it) or _capitalised_inside(it.text, question):
            continue  # "for United Airlines": a name, not a verb relating the tables
        if pos and items[pos - 1].text.lower() in ARTICLES:
            continue  # "had an incapacitating injury": the word qualifies the noun after it
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


# Chinese: what may stand around the verb of a relative clause (被养, 所实施, 已经做, 指挥过, 至少教两门课)
ZH_VERB_BEFORE = ("已经", "曾经", "被", "所", "曾", "已", "都", "也", "就")
ZH_VERB_AFTER = ("过", "了", "着")
ZH_PRONOUNS = sorted(words("pronouns"), key=len, reverse=True)
ZH_SKIPPED = ZH_STOP | set(words("classifiers")) | set(ZH_PRONOUNS)
ZH_CLAUSE_END = "，,。？?！!；;：:（）()"
ZH_LOCATIVES = frozenset(words("locatives"))


def chinese_relation_units(items: list[Item], named_at: dict[int, set[str]]) -> set[int]:
    """A Chinese relative clause's verb the schema does not link (至少教两门课的老师, 学生拥有的宠物,
    使用3种语言的国家, 被养最多的狗), or a table's word CC-CEDICT first gives as a verb right before an aspect
    particle (指挥过: conducted, not the conductor): among the words naming tables of the join next to it
    on either side and the noun after the clause's 的, two name different tables. Chinese puts the clause
    before its noun, so the noun after 的 counts as the verb's other side."""
    out: set[int] = set()
    pos = 0
    while pos < len(items):
        run = _verb_run(items, pos)
        if not run:
            pos += 1
            continue
        first, last = run[0], run[-1]
        if _before_a_place(items, last):
            pos = last + 1
            continue
        sides = [
            _zh_named(items, first, -1, named_at),
            _zh_named(items, last, 1, named_at),
            *_zh_heads(items, last, named_at),
        ]
        sides = [s for s in sides if s]
        if any(a != b for a in sides for b in sides):
            out |= {items[p].start for p in run}
        pos = last + 1
    return out


def _verb_run(items: list[Item], pos: int) -> list[int]:
    """The positions of a Chinese verb starting at `pos`: a run of characters no clause links whose text,
    less a leading 被 / 所 / 已经 and a trailing 过 / 了, is a verb; or a table's word that is first a verb
    right before 过 / 了."""
    it = items[pos]
    if _bare_cjk(it):
        end = pos
        while end < len(items) and _bare_cjk(items[end]):
            end += 1
        text = "".join(items[p].text for p in range(pos, end))
        core = text
        for pronoun in ZH_PRONOUNS:  # 他们已经做治疗: they (have) done
            if core.startswith(pronoun) and len(core) > len(pronoun):
                core = core[len(pronoun) :]
                break
        for lead in ZH_VERB_BEFORE:
            if core.startswith(lead) and len(core) > len(lead):
                core = core[len(lead) :]
                break
        while core[-1:] in ZH_VERB_AFTER and len(core) > 1:
            core = core[:-1]
        if core in ZH_STOP or _counted_as_used(items, end) or not bilingual.first_sense_verb(core):
            return []  # 有多少 (how many), 使用最多的 (used most: the count the grammar reads)
        return list(range(pos, end))
    return [pos, pos + 1] if table_word_verb(items, pos) else []


def _counted_as_used(items: list[Item], end: int) -> bool:
    """The verb before a superlative that ends the clause (使用最多的语言): "used the most" is the count."""
    nxt = items[end] if end < len(items) else None
    after = items[end + 1] if end + 1 < len(items) else None
    return nxt is not None and nxt.has("sup") and (after is None or after.text == "的")


def _bare_cjk(it: Item) -> bool:
    """A character no clause links, other than 的 (which ends the clause the verb opens)."""
    return (
        it.kind == "word"
        and not it.links
        and not it.tags
        and it.text != "的"
        and all(CJK_RE.fullmatch(c) for c in it.text)
    )


def _zh_skipped(it: Item) -> bool:
    """Numbers, classifiers, particles, pronouns, grammar words (至少, 最多, 数量) naming no table surely."""
    if it.kind == "num" or it.kind == "word" and it.text in ZH_SKIPPED:
        return True
    return bool(it.tags) and all(lk.score < 0.9 for lk in it.links)


def _zh_named(items: list[Item], pos: int, step: int, named_at: dict[int, set[str]]) -> set[str]:
    """The tables the first content word from `pos` (one way, within the clause) names."""
    j = pos + step
    while 0 <= j < len(items) and abs(j - pos) <= 6:
        it = items[j]
        if it.kind == "punct" or any(c in ZH_CLAUSE_END for c in it.text):
            return set()
        if _zh_skipped(it):
            j += step
            continue
        return named_at.get(it.start, set())
    return set()


def _before_a_place(items: list[Item], last: int) -> bool:
    """对照样地上 (on the control plots): a word right before a noun that a locative (上, 里, 中) makes a
    place qualifies that place; a verb would take the noun as its object, and no object is a place."""
    noun = items[last + 1] if last + 1 < len(items) else None
    after = items[last + 2] if last + 2 < len(items) else None
    return noun is not None and noun.kind == "match" and after is not None and after.text in ZH_LOCATIVES


def _zh_heads(items: list[Item], pos: int, named_at: dict[int, set[str]]) -> list[set[str]]:
    """The tables named by the nouns right after each 的 following the verb in its clause (the clause's
    noun, and the noun it belongs to: 指挥过最多的管弦乐队的指挥家)."""
    out = []
    for j in range(pos + 1, min(len(items), pos + 10)):
        it = items[j]
        if it.kind == "punct" or any(c in ZH_CLAUSE_END for c in it.text):
            break
        if it.text == "的":
            out.append(_zh_named(items, j, 1, named_at))
    return out


def table_word_verb(items: list[Item], pos: int) -> bool:
    """指挥过: a table's word CC-CEDICT first gives as a verb, right before an aspect particle, is the verb
    (conducted), not the table (conductor): no mention of that table."""
    it = items[pos]
    nxt = items[pos + 1] if pos + 1 < len(items) else None
    word = it.text.replace(" ", "")
    return (
        it.kind == "match"
        and not it.tags
        and any(lk.kind == "table" for lk in it.links)
        and nxt is not None
        and nxt.kind == "word"
        and nxt.text in ZH_VERB_AFTER
        and bool(CJK_RE.fullmatch(word[:1] or " "))
        and bilingual.first_sense_verb(word)
        and not _names_its_events(it, word)
    )


def _names_its_events(it: Item, word: str) -> bool:
    """进口了 over a table `imports`: the verb's own gloss ("to import") is the table's noun, whose rows are
    the events of that verb, so the verb names the table (an agent noun, `conductor` for 指挥 "to conduct",
    does not)."""
    return said_as_event(it) or any(
        lk.kind == "table" and bilingual.verb_of(word, lk.table) for lk in it.links
    )
