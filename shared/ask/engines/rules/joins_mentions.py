"""The words of a question that name tables, columns or values, and the tables each may name."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from shared.ask.engines.rules import reading
from shared.ask.engines.rules.calparts import verb_dating_rows
from shared.ask.engines.rules.value_glosses import value_glosses_dropped
from shared.semantic.schema import Relationship, Schema
from shared.semantic.vocabulary.linking import Item, SchemaIndex, index_for
from shared.semantic.vocabulary.segment import CJK_RE, compiled

STRONG = 0.85  # a word names a table / column / value this surely
WHOLE = 0.9  # a column's whole name (or its translation), not one word of it


TABLE_WORD = 0.6  # "degrees" names Degree_Programs; row nouns (记录, 0.5) name no table


NEAR = 0.05  # links within this of an item's best are equally meant


KEEP = 0.6  # a column or value linked this well brings its table into the joined view


WEAK = 0.52  # any link at least this good lets a table read the word (row nouns at 0.5 do not)


NAME_WORDS = frozenset(("name", "names", "名字", "名称", "姓名"))
# Words too generic to tell tables apart: every table has an id and a name.
GENERIC = NAME_WORDS | frozenset(
    ("id", "ids", "code", "codes", "type", "types", "number", "date", "detail", "details")
    + ("编号", "代码", "类型", "日期", "号码", "详情")
)


GRAMMAR = ("agg", "sup", "cmp", "count", "count_distinct", "limit_word", "share", "rate", "distinct", "order")


LINKERS = frozenset(
    ("的", "of", "the", "'s", "s", "and", "id", "ids", "every", "each", "all", "和", "及", "、", ",", "，")
)


ZH_CLASSIFIER = "[个名位家次条本只门项笔件场支种所部辆张台]?"


def items_of(question: str, index: SchemaIndex) -> list[Item]:
    return value_glosses_dropped(reading.read(question, index).items)


def readable_in(items: list[Item]) -> dict[int, set[str]]:
    """For each item, every table it can be read in at all (a weaker link is still a reading)."""
    return {
        id(it): {
            lk.table
            for lk in it.links
            if lk.kind in ("table", "column", "value", "metric") and lk.score >= WEAK
        }
        for it in items
    }


def key_words_dropped(items: list[Item], rels: list[Relationship]) -> list[Item]:
    """ "grade": the whole name of the grades' 等级, not the loans' sub_grade, which only holds a grade's key
    and shares one word with it: a weak link of a key column to the table the word wholly names goes."""
    keys: dict[tuple[str, str | None], str] = {
        (r.from_table, c): r.to_table for r in rels for c in r.from_columns
    }
    for it in items:
        whole = {lk.table for lk in it.links if lk.kind == "column" and lk.score >= WHOLE}
        entity = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= TABLE_WORD}
        if len(whole) == 1 and not whole & entity:  # "baker" names the bakers: their key is read too
            it.links = [
                lk
                for lk in it.links
                if lk.kind != "column"
                or lk.score >= STRONG
                or keys.get((lk.table, lk.column), "") not in whole
            ]
    return items


def mentions(items: list[Item], schema: Schema) -> list[tuple[Item, set[str]]]:
    """Each word that surely names something, with the tables it may name (within NEAR of its best)."""
    cjk_tables = [t.name for t in schema.tables if CJK_RE.search(t.name)]
    out = [_glossed(items[pos]) or _mention(items, pos, cjk_tables) for pos in range(len(items))]
    dating = [_dating_verb(it, schema) for it, m in zip(items, out, strict=True) if m is None]
    return [m for m in out if m is not None] + [m for m in dating if m is not None]


def _dating_verb(it: Item, schema: Schema) -> tuple[Item, set[str]] | None:
    """How many homes were sold in North Ames / 卖出: a verb linking only the period columns of one table
    (year_sold, month_sold) names the event its rows record: that table's rows are what is asked of."""
    tables = {lk.table for lk in it.links}
    if it.kind != "match" or it.tags or len(tables) != 1:
        return None
    table = index_for(schema).tables.get(next(iter(tables)))
    return (it, tables) if table is not None and verb_dating_rows(table, it) else None


def _mention(items: list[Item], pos: int, cjk_tables: list[str]) -> tuple[Item, set[str]] | None:
    it = items[pos]
    if it.text.replace(" ", "").lower() in GENERIC or it.text.lower() in GENERIC:
        return _generic_mention(items, pos)
    if it.has("list") and not any(lk.kind in ("column", "value") and lk.score >= STRONG for lk in it.links):
        return None  # "show": a list verb, not the table named show (nor its Show_ID, If_first_show)
    if it.has(*GRAMMAR) and all(lk.kind == "column" for lk in it.links):
        return None  # "average": the aggregate, not stadium.Average
    links = [lk for lk in it.links if _sure(lk)]
    if it.kind == "word" or (it.kind == "match" and not links):
        return _abbreviation(it, cjk_tables)
    if not links:
        return None
    best = max(lk.score for lk in links)
    return it, _named_inside(it.text, {lk.table for lk in links if lk.score >= best - NEAR})


def _named_inside(text: str, tables: set[str]) -> set[str]:
    """订单金额 / "order amount" ties the amounts of 订单 and order_items: the table the phrase opens with
    owns it."""
    if len(tables) < 2:
        return tables
    squeezed, first = text.replace(" ", "").lower(), text.split()[0].lower()
    opening = {
        t
        for t in tables
        if squeezed.startswith(t.lower()) and len(t) < len(squeezed) or first == t.lower().rstrip("s")
    }
    return opening if len(opening) == 1 else tables


GLOSSED = 0.75  # a Chinese word's glosses (a head word, a composition) naming a column: weaker than a name


def glossed_column_table(it: Item) -> set[str]:
    """The one table whose columns a Chinese word names only through its glosses (客房收入 = "room" +
    "revenue" -> bookings.room_revenue): the word is that table's, though no name of it is said."""
    word = it.text.replace(" ", "")
    if not (it.fuzzy and len(word) > 1 and all(CJK_RE.fullmatch(c) for c in word)):
        return set()
    cols = [lk for lk in it.links if lk.score >= GLOSSED]
    tables = {lk.table for lk in cols}
    return tables if cols and len(tables) == 1 and all(lk.kind == "column" for lk in cols) else set()


def _glossed(it: Item) -> tuple[Item, set[str]] | None:
    """A Chinese word named only through its glosses, by the one table whose columns they name."""
    if (
        it.kind != "match"
        or it.tags
        or it.text.replace(" ", "").lower() in GENERIC
        or any(map(_sure, it.links))
    ):
        return None
    tables = glossed_column_table(it)
    return (it, tables) if tables else None


def _sure(lk: Any) -> bool:
    """A link that surely names its table: a column or value linked strongly, or a table word."""
    return (
        lk.kind in ("column", "value") and lk.score >= STRONG or lk.kind == "table" and lk.score >= TABLE_WORD
    )


def _abbreviation(it: Item, cjk_tables: list[str]) -> tuple[Item, set[str]] | None:
    """多少单: 单 abbreviates the one table whose name ends with it (订单)."""
    if not CJK_RE.fullmatch(it.text or ""):
        return None
    ends = [t for t in cjk_tables if t.endswith(it.text) and len(t) > 1]
    return (it, {ends[0]}) if len(ends) == 1 else None


def _generic_mention(items: list[Item], pos: int) -> tuple[Item, set[str]] | None:
    """专业人员的名字 / the owner's name: the name column of that table; other generic words name none."""
    it = items[pos]
    owner = _owner_tables(items, pos) if it.text.replace(" ", "").lower() in NAME_WORDS else set()
    named = [lk for lk in it.links if lk.table in owner and lk.kind == "column"]
    return (replace(it, links=named), {lk.table for lk in named}) if named else None


def _owner_tables(items: list[Item], pos: int) -> set[str]:
    """The table a name word belongs to: 专业人员的名字, the owner's name, the names of the teachers."""

    def table_of(i: int) -> set[str]:
        return {lk.table for lk in items[i].links if lk.kind == "table" and lk.score >= TABLE_WORD}

    for step in (-1, 1):
        i = pos + step
        while 0 <= i < len(items) and items[i].text.replace(" ", "").lower() in LINKERS:
            i += step
        if 0 <= i < len(items) and table_of(i):  # the first word past the linkers
            return table_of(i)
    return set()


def readable_of(found: list[tuple[Item, set[str]]], pinned: set[int] | None) -> dict[int, set[str]]:
    readable = readable_in([it for it, _t in found])
    for it, tables in found:
        if id(it) in (pinned or set()):
            readable[id(it)] = set(tables)
    return readable


def reads_all(table: str, found: list[tuple[Item, set[str]]], pinned: set[int] | None = None) -> bool:
    readable = readable_of(found, pinned)
    return all(table in tables or table in readable[id(it)] for it, tables in found)


def count_target(question: str, found: list[tuple[Item, set[str]]]) -> tuple[Item, str] | None:
    """The table whose rows a count counts, named right after the count word: "how many customers",
    多少客户, 客户数. None when the count word is followed by no table word."""
    text = question.lower()
    squeezed = text.replace(" ", "")
    mods = _value_modifiers(found)
    for it, _tables in found:
        tables = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= STRONG}
        if len(tables) != 1:
            continue
        (t,) = tables
        if CJK_RE.search(it.text):
            if it.text.replace(" ", "").lower() not in squeezed:
                continue  # every pattern below holds the word: skip building them
            w = re.escape(it.text.replace(" ", "").lower())
            if compiled(rf"(多少|几){ZH_CLASSIFIER}{w}|{w}(数|数量|个数|总数|的数量)").search(squeezed):
                return it, t
            # 多少名委内瑞拉出生的球员 (modifiers ending in 的 before the noun) / 球员有几人
            clause = r"[^，。？！,?!、]{0,12}"
            after = rf"{w}(一共|总共|共)?有(多少|几)[人名位个]"
            if compiled(rf"(多少|几){ZH_CLASSIFIER}{clause}的{w}").search(squeezed) or _owner_counted(
                after, squeezed, found
            ):
                return it, t
        else:
            w = re.escape(it.text.lower())
            w = f"{w[:-1]}(?:y|ie)" if w.endswith("y") else w  # variety / varieties
            if compiled(
                rf"(how many|number of|count of|count the|count)\s+(distinct\s+|different\s+)?"
                rf"{mods}{w}(e?s)?\b"
            ).search(text):
                return it, t
    return None


def _value_modifiers(found: list[tuple[Item, set[str]]]) -> str:
    """ "how many Venezuelan players": up to two words naming values, between the count word and the noun
    counted (a regex part, empty when the question names no value)."""
    values = sorted(
        {
            re.escape(it.text.lower())
            for it, _t in found
            if it.links and all(lk.kind == "value" for lk in it.links)
        }
    )
    return rf"(?:(?:{'|'.join(values)})[\w-]*\s+){{0,2}}" if values else ""


def _owner_counted(after: str, squeezed: str, found: list[tuple[Item, set[str]]]) -> bool:
    """球员有几人: the noun before 有多少个 is counted, unless another table's noun follows the classifier
    (南部大区有多少个州: the states are counted, the region is where)."""
    nouns = [
        it.text.replace(" ", "").lower()
        for it, _t in found
        if CJK_RE.search(it.text) and any(lk.kind == "table" and lk.score >= STRONG for lk in it.links)
    ]
    ends = [m.end() for m in compiled(after).finditer(squeezed)]
    return any(not any(squeezed.startswith(n, end) for n in nouns) for end in ends)


def grouped_tables(
    items: list[Item], pinned: set[int] | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """Tables a question names by their word, never as a value's noun ("the 华南 region", VIP customers)
    nor as the rows a count counts: (those grouped or picked by: after a group word, "by region", 各区域,
    or in a question that picks or ranks, "which region has the highest amount", 销售额最高的3个产品;
    the others). Read over a join, their word may name their label column."""
    by_group: set[str] = set()
    named: set[str] = set()
    picks = any(it.has("which", "sup") for it in items)
    for pos in range(len(items)):
        tables = _table_named(items, pos, pinned or set())
        if tables:  # (most words name no table)
            (by_group if picks or _after_group_word(items, pos) else named).update(tables)
    return frozenset(by_group), frozenset(named)


def _after_group_word(items: list[Item], pos: int) -> bool:
    """Right after a group word (by, 各, 每), or an ordinal (第8季: the eighth of them, one group picked)."""
    if pos and items[pos - 1].has("group"):
        return True
    return pos >= 2 and items[pos - 2].text.replace(" ", "") == "第" and items[pos - 1].kind == "num"


EACH_WORDS = re.compile(r"(^|\b)(each|every|per)$|^[每各]")


def per_person_tables(items: list[Item], pinned: set[int] | None = None) -> frozenset[str]:
    """Tables named right after "each" / 每位 (each player, 每位客户): a total per row of that table, unless
    a column of it is said beside ("each owner's first name", "first names of every student": a listing
    of the owners) or a clause follows ("each student who has a pet")."""
    out: set[str] = set()
    for pos in range(1, len(items)):
        if not EACH_WORDS.search(items[pos - 1].text.lower()) or items[pos - 1].text.lower().startswith("by"):
            continue
        tables = _table_named(items, pos, pinned or set())
        after = [x for x in items[pos + 1 : pos + 3] if x.text.replace(" ", "").lower() not in LINKERS]
        before = [x for x in items[: pos - 1] if x.text.replace(" ", "").lower() not in LINKERS]
        owned = any(
            lk.kind == "column" and lk.score >= STRONG and lk.table in tables
            for x in after[:1] + before[-1:]
            for lk in x.links
        )
        clause = bool(after) and (after[0].has("who") or after[0].text.lower() in ("who", "that", "which"))
        if not owned and not clause:
            out |= tables
    return frozenset(out)


def picked_tables(items: list[Item], pinned: set[int] | None = None) -> set[str]:
    """Tables named right after "which" (which airlines ..., 哪些客户), or right before a Chinese which-word
    closing the clause (…最多的客户是哪家 / 是哪些): the things the answer lists."""
    picked: set[str] = set()
    for pos in range(len(items)):
        if (pos and items[pos - 1].has("which")) or _asked_which_after(items, pos):
            picked |= _table_named(items, pos, pinned or set())
    return picked


def _asked_which_after(items: list[Item], pos: int) -> bool:
    """X是哪家 / X为哪些 / X哪个: the which-word after the noun, over a copula."""
    k = pos + 1
    if k < len(items) and items[k].text in ("是", "为"):
        k += 1
    return k < len(items) and items[k].has("which") and bool(CJK_RE.search(items[k].text))


def _table_named(items: list[Item], pos: int, pinned: set[int]) -> set[str]:
    """The tables the word at `pos` names by a table word, unless it is the counted rows, a count word,
    a column or value's name, or a value's noun ("the 华南 region", 金卡客户)."""
    it = items[pos]
    if id(it) in pinned or it.has("count"):
        return set()
    tables = {lk.table for lk in it.links if lk.kind == "table" and lk.score >= STRONG}
    if not tables or any(lk.kind in ("column", "value") and lk.score >= STRONG for lk in it.links):
        return set()
    before = [x for x in items[:pos] if x.text.replace(" ", "").lower() not in LINKERS]
    if before and any(lk.kind == "value" and lk.score >= STRONG for lk in before[-1].links):
        return set()
    return tables


def keys_reach_their_table(
    found: list[tuple[Item, set[str]]], rels: list[Relationship]
) -> list[tuple[Item, set[str]]]:
    """A word naming only keys to one table (series: bakers.series and results.series, both keys to 季) names
    that table's rows too, so a fact holding its own key to it (收视.季号) can read the word."""
    out = []
    for it, tables in found:
        target = keyed_table(it, rels)
        out.append((it, tables | {target} if target else tables))
    return out


def keyed_table(it: Item, rels: list[Relationship]) -> str | None:
    """The one table every column the word surely names is a key to (series -> 季), if any."""
    keys = {(r.from_table, r.from_columns[0]): r.to_table for r in rels if len(r.from_columns) == 1}
    sure = [lk for lk in it.links if lk.score >= STRONG]
    targets = {keys.get((lk.table, lk.column or "")) for lk in sure}
    if not sure or any(lk.kind != "column" for lk in sure) or len(targets) != 1:
        return None
    return next(iter(targets))


def key_words_read(
    found: list[tuple[Item, set[str]]], rels: list[Relationship], fact: str, sql: str
) -> list[tuple[Item, set[str]]]:
    """The mentions less the words naming keys to a table whose key the query reads over the fact
    (series: 收视.季号 read, though the word named bakers.series): the same entity, answered."""
    read = {r.to_table for r in rels if r.from_table == fact and len(r.from_columns) == 1}
    read = {
        t
        for t in read
        for r in rels
        if r.from_table == fact and r.to_table == t and f'"{r.from_columns[0]}"' in sql
    }
    return [(it, tables) for it, tables in found if keyed_table(it, rels) not in read]
