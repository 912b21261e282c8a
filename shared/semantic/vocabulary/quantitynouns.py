"""The table's own noun said as an amount: the quantity its rows measure, not the rows counted.

A table named after an action (exports, shipments) whose rows each carry one quantity (a `volume`,
a `quantity`) is named by its noun in two ways. A Chinese noun closed by 量 ("quantity") asks for that
quantity outright: 出口量 over `exports` is its volume column, as 出口 + 总量 is its total; the noun
must be a verb (出口 "to export") or the table a grid of cells (one row per member and period), since
a thing's noun + 量 (订单量) is as often a count of the things. In English, over a grid of cells (one
row per country and year: nobody counts country-years), the plural noun (exports by region, total
exports) is that quantity too, and so is the verb after "how much" or before "the most" (how much did
X export, which port exported the most); elsewhere
"orders by state" counts the orders, and stays so.

The quantity column is the table's one measure whose name (or a lexicon translation of it) is a gloss
of 量 (quantity, amount): `volume`, `qty`, `amount`. Two such columns, or none, and nothing changes.
"""

from __future__ import annotations

import re
from functools import cache

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import Item, Link, SchemaIndex, TableIndex
from shared.semantic.vocabulary.segment import CJK_RE, Unit, phrase_key
from shared.semantic.vocabulary.translation import translations

QUANTITY_CHAR = "量"
TOTAL_QUANTITY = "总 量"  # the keyword's key: 总量
TABLE_NAMED = 0.9  # the noun names the table outright
QUANTITY_SCORE = 0.9  # as a gloss naming the column outright (glosses.GLOSS_SCORE)
ASPECT = ("了", "过")
HOW_MUCH_ZH = "多 少"
COUNTERS = frozenset("个次张条件笔家名位项起批单票")  # 多少次 / 多少个: things counted, not an amount
YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
HOW_MUCH = re.compile(r"\bhow much\b")
MOST_AFTER = re.compile(r"the (most|least)\b")
COUNT_BEFORE = re.compile(r"\b(how many|number of|count of|numbers of)(\s+\w+)?$", re.IGNORECASE)


@cache
def _quantity_glosses() -> frozenset[str]:
    """What 量 says: quantity, amount, measure … (CC-CEDICT), one-word glosses only."""
    return frozenset(g for g in bilingual.english_for(QUANTITY_CHAR) if " " not in g)


def quantity_column(table: TableIndex) -> str | None:
    """The table's one measure whose name, or a lexicon translation of it, is a gloss of 量."""
    glosses = _quantity_glosses()
    found = [
        c.name
        for c in table.columns.values()
        if c.role == "measure" and ({c.name.lower(), *translations(phrase_key(c.name))} & glosses)
    ]
    return found[0] if len(found) == 1 else None


def _named_table(item: Item, index: SchemaIndex) -> TableIndex | None:
    """The one table the item names outright, with no grammar tag on the item."""
    if item.tags:
        return None
    tables = {lk.table for lk in item.links if lk.kind == "table" and lk.score >= TABLE_NAMED}
    if len(tables) != 1:
        return None
    return index.tables.get(next(iter(tables)))


def _quantity_link(table: TableIndex) -> Link | None:
    column = quantity_column(table)
    return Link("column", table.name, column, score=QUANTITY_SCORE) if column else None


def _unread_quantity_char(item: Item) -> bool:
    return item.kind == "word" and not item.links and item.text == QUANTITY_CHAR


def quantity_nouns(items: list[Item], index: SchemaIndex, units: list[Unit]) -> list[Item]:
    """出口量 / 出口 + 总量 / (over a grid) "exports": the table's noun read as its quantity column."""
    out = list(items)
    k = 0
    while k < len(out):
        it = out[k]
        table = _named_table(it, index)
        link = _quantity_link(table) if table is not None else None
        if table is None or link is None:
            k += 1
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        word = it.text.replace(" ", "")
        if word and all(CJK_RE.fullmatch(ch) for ch in word):
            if nxt is not None and (bilingual.first_sense_verb(word) or table.grain.cells):
                if _unread_quantity_char(nxt):
                    text = f"{it.text} {nxt.text}"
                    out[k : k + 2] = [Item(it.start, nxt.end, "match", text, links=[link], fuzzy=True)]
                elif nxt.text == TOTAL_QUANTITY:  # 出口总量: the total of the quantity
                    out[k] = Item(it.start, it.end, "match", it.text, links=[link], fuzzy=True)
            if nxt is not None and bilingual.verb_of(word, table.name) and _how_much_after(out, k):
                out[k] = Item(it.start, it.end, "match", it.text, links=[link], fuzzy=True)
        elif _member_period_cells(table) and _amount_word(it, units) and not _counted(it, units):
            out[k] = Item(it.start, it.end, "match", it.text, links=[link], fuzzy=True)
        k += 1
    return out


def _how_much_after(items: list[Item], k: int) -> bool:
    """出口了多少 / 进口过多少咖啡: the verb, an aspect particle, then 多少 with no counter after it (多少次,
    多少个 count): how much was exported, the amount (the Chinese of "how much did X export")."""
    rest = items[k + 1 : k + 4]
    if rest and rest[0].text in ASPECT:
        rest = rest[1:]
    if not rest or rest[0].text != HOW_MUCH_ZH:
        return False
    return len(rest) < 2 or rest[1].text not in COUNTERS


def _member_period_cells(table: TableIndex) -> bool:
    """A grid of cells keyed by a member and a period (country x year): its rows are no things to count."""
    cols = table.columns
    periods = [k for k in table.grain.keys if k in cols and cols[k].role in ("year", "time")]
    return table.grain.cells and bool(periods) and len(table.grain.keys) > len(periods)


def _said(it: Item, units: list[Unit]) -> str:
    return " ".join(u.text for u in units[it.start : it.end])


def _plural_noun(it: Item, units: list[Unit]) -> bool:
    """The English word as said is the table's plural noun (exports), not its verb (exported)."""
    said = _said(it, units).lower()
    return said.endswith("s") and not said.endswith("ss") and said.isalpha()


def _amount_word(it: Item, units: list[Unit]) -> bool:
    """The plural noun (exports), the verb after "how much" (how much did X export) or before a
    superlative (exported the most): an amount."""
    before = " ".join(u.text.lower() for u in units[: it.start])
    after = " ".join(u.text.lower() for u in units[it.end : it.end + 2])
    said = HOW_MUCH.search(before) is not None or MOST_AFTER.match(after) is not None
    return said or _plural_noun(it, units)


def _counted(it: Item, units: list[Unit]) -> bool:
    """ "how many exports", "number of exports", "at least 5 exports": the rows are counted after all."""
    before = " ".join(u.text for u in units[max(0, it.start - 3) : it.start])
    number = units[it.start - 1] if it.start > 0 else None
    numbered = number is not None and number.is_number and not YEAR.fullmatch(number.text)  # 2019 exports
    return numbered or COUNT_BEFORE.search(before) is not None
