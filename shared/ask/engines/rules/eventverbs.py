"""A Chinese verb counted in times names the data's one kind of dated event.

次 counts events (多少次, 次数, 人次). Over data that holds one kind of dated event, a table named by an
English noun that is also that act's verb (`stops`, `imports`, `strikes`) with a timestamp, a Chinese verb
that names nothing else in the data and is counted in times (盘查了多少次, 有多少次拦截, 盘查次数,
盘查超过1000次) names that table's rows: the stops were made, and the question counts them. CC-CEDICT need
not tie the verb to the noun (盘查 "to interrogate; to question (at a roadblock)" is no "stop"): the counting
in times and the one kind of event the data holds are the evidence. A thing with its own name (`dogs`, though
"to dog" is a verb) or a table whose key another table holds (the treatments point at the dogs) is no act.
The verb done by a light verb (做过盘查) or said twice (西区的盘查占全部盘查) is the acts as well.

Doubt stays where it belongs: two different words counted so (盘查 and 逮捕 "arrest") link neither, a noun
counted (事故 "accident") links nothing, a light verb (进行, 发生) is grammar, a verb never counted in times
is not read (逮捕 in 有多少次盘查实施了逮捕 stays not understood, and the question is asked back), and data
with two tables of dated acts, or with none, links nothing. The risk left: one verb the data does not hold,
counted alone (逮捕了多少次 over `stops`), is read as the acts the data holds.
"""

from __future__ import annotations

from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import Item, Link, SchemaIndex, TableIndex
from shared.semantic.vocabulary.segment import CJK_RE, phrase_key, split_identifier

EVENT_SCORE = 0.62  # a table word (joins' TABLE_WORD 0.6) that no gloss gives: the counting in times does
TIMES = frozenset({"多 少 次", "次 数", "人 次", "次", "几 次"})
TIMES_AFTER = frozenset({"多 少 人", "多 少", "几"})  # 多少人次 / 多少 次 / 几 次, said in two items
# between the verb and its count: aspect, 的, totals, 有 (盘查了多少次, 盘查的次数, 盘查总次数, 盘查有多少次)
BETWEEN = frozenset(
    {"了", "过", "的", "总", "有", "一 共", "共", "各 有", "被", "超 过", "不 少 于", "少 于"}
)
LONGEST = 4
OWN_NAMES = frozenset({"name", "title"})
COMPLEMENTS = frozenset(words("result_complements"))
ASPECT = frozenset({"了", "过"})
DO_VERBS = frozenset({"做", "作", *(phrase_key(w) for w in words("light_verbs"))})  # 做过盘查, 进行盘查
# 发生 (happen), 进行 (carry out): 发生了多少次盘查 counts the 盘查, 进行过两次治疗 the 治疗
GRAMMAR_VERBS = frozenset(words("function_words")) | frozenset(words("light_verbs"))


def event_table(index: SchemaIndex) -> str | None:
    """The one table of dated acts: an English noun that is also its verb, with a timestamp column; no
    thing with a name (`dogs`, though "to dog" is a verb, have names) and no table another holds the key of
    (treatments point at the dogs: those are things the acts are about)."""
    memo = index.memo.setdefault("event_table", {})
    if None not in memo:
        found = [t.name for t in index.tables.values() if _acts(t, index)]
        memo[None] = found[0] if len(found) == 1 else None
    return memo[None]


def _acts(table: TableIndex, index: SchemaIndex) -> bool:
    cols = table.columns.values()
    if (
        not _an_act(table.name)
        or not any(c.role == "time" for c in cols)
        or any(_own_name(c.name, table) for c in cols)
    ):
        return False
    keys = {c.name.lower() for c in cols if c.role == "id" and c.unique}
    others = (c.name.lower() for t in index.tables.values() if t is not table for c in t.columns.values())
    return keys.isdisjoint(others)


def _own_name(column: str, table: TableIndex) -> bool:
    """`name`, `title`, `dog_name` in `dogs`: the rows' own names (a joined view's 社区名称 is another's)."""
    words = split_identifier(column)
    lemma = bilingual.base(table.name.lower())
    return bool(words) and words[-1] in OWN_NAMES and (len(words) == 1 or words[:-1] == [lemma])


def _an_act(name: str) -> bool:
    """`stops`, `imports`: a plural English noun whose lemma is also a verb's (the rows are acts)."""
    word = name.lower()
    if not word.isascii() or not word.isalpha() or not word.endswith("s"):
        return False
    from lemminflect import getAllLemmas  # lazy: heavy (lemminflect)

    lemmas = getAllLemmas(word)
    return bool(lemmas.get("NOUN")) and lemmas.get("NOUN") == lemmas.get("VERB")


def said_as_event(it: Item) -> bool:
    """The item names a table as the verb of its acts (linked here), not by a noun of it."""
    return any(lk.kind == "table" and lk.score == EVENT_SCORE for lk in it.links)


def counted_event_verbs(items: list[Item], index: SchemaIndex) -> list[Item]:
    """盘查了多少次 over `stops`: the one Chinese verb counted in times, not understood otherwise, is linked
    to the table of dated acts, at each place it is said."""
    table = event_table(index)
    if table is None:
        return items
    verbs = _verbs(items)
    spoken = [word for _pos, word in verbs]
    counted = {
        word
        for pos, word in verbs
        if _counted_in_times(items, pos, pos + len(word))
        or _said_as_acts(items, pos)
        or spoken.count(word) > 1  # 西区的盘查占全部盘查的多少: a share of the acts
    }
    if len(counted) != 1 or not _a_verb(next(iter(counted))):
        return items  # two words counted (盘查, 逮捕), or a noun: which is the table's act is unknown
    word = next(iter(counted))
    out = list(items)
    for pos, said in sorted(verbs, reverse=True):  # from the end: earlier positions stay put
        if said != word:
            continue
        end = pos + len(word)
        text = " ".join(it.text for it in out[pos:end])
        link = Link("table", table, score=EVENT_SCORE)
        out[pos:end] = [Item(out[pos].start, out[end - 1].end, "match", text, links=[link], fuzzy=True)]
    return out


def _plain_char(it: Item) -> bool:
    return it.kind == "word" and not it.links and not it.tags and bool(CJK_RE.fullmatch(it.text))


def _verbs(items: list[Item]) -> list[tuple[int, str]]:
    """(position, word): a dictionary word spelt by characters nothing understood, longest first."""
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(items):
        for length in range(LONGEST, 1, -1):
            chunk = items[pos : pos + length]
            if len(chunk) == length and all(_plain_char(it) for it in chunk):
                word = "".join(it.text for it in chunk)
                if (bilingual.senses(word) or _with_complement(word)) and word not in GRAMMAR_VERBS:
                    out.append((pos, word))
                    pos += length - 1
                    break
        pos += 1
    return out


def _with_complement(word: str) -> bool:
    """拦下 (not in CC-CEDICT): a one-character verb (拦 "to block sb's path") and its result (下, 住)."""
    return len(word) == 2 and word[1] in COMPLEMENTS and bilingual.first_sense_verb(word[0])


def _a_verb(word: str) -> bool:
    return bilingual.is_verb(word) or bilingual.first_sense_verb(word) or _with_complement(word)


def _said_as_acts(items: list[Item], pos: int) -> bool:
    """做过盘查 / 进行盘查: the verb done by a light verb names the acts."""
    before = [it.text for it in items[max(0, pos - 2) : pos]]
    if before and before[-1] in ASPECT:
        before = before[:-1]
    return bool(before) and before[-1] in DO_VERBS


def _a_value(it: Item) -> bool:
    """拦下的女性有多少人次: the people the acts were of, a stored value, may stand between."""
    return bool(it.links) and not it.tags and all(lk.kind == "value" for lk in it.links)


def _counted_in_times(items: list[Item], pos: int, end: int) -> bool:
    """The verb at pos is counted in times: right after it (past aspect, 的, a total or a comparison:
    盘查了多少次, 盘查次数, 盘查超过1000次), or right before it (多少次盘查, 多少次交通拦截: one word
    understood may stand between)."""
    k, said = end, 0
    while k < len(items):
        here = items[k].text
        if here in TIMES or here in TIMES_AFTER and k + 1 < len(items) and items[k + 1].text == "次":
            return True
        if here not in BETWEEN and items[k].kind != "num" and not (said == 0 and _a_value(items[k])):
            break
        said += _a_value(items[k]) and here not in BETWEEN
        k += 1
    before = items[max(0, pos - 2) : pos]
    if len(before) == 2 and before[-1].links and not before[-1].tags:
        before = before[:1]  # 多少次 交通 拦截: a value said before the verb
    return bool(before) and before[-1].text in ("多 少 次", "几 次")
