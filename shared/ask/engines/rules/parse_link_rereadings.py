"""Items read again once the table is chosen, before any clause reads them: links dropped where a word
turns out to be grammar or a modifier (orders by, Average as a column's name, the table's noun before a
column), neighbours merged into the one column they name together (share price, 股息率, 气缸数, 预期寿命,
车重), and units of measure marked read (delay in minutes, 100 dollars a barrel)."""

from __future__ import annotations

from collections.abc import Iterator

from shared.ask.engines.rules.parse_base import ParserBase
from shared.ask.engines.rules.parsecommon import (
    FUNCTION_WORDS,
    GENERIC_NOUNS,
    MONEY_UNITS,
    RATE_NOUNS,
    UNIT_WORDS,
    words,
)
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linking import STOP_WORDS, Item, Link
from shared.semantic.vocabulary.segment import CJK_RE

DEGREE_SCALES = frozenset(words("degree_scales"))  # 32°F, 0°C


class LinkRereadings(ParserBase):
    """The re-readings of the items' links, run in order by Parser.run before the clauses."""

    def _neighbours(self) -> Iterator[tuple[int, Item, Item]]:
        """Each item and the one after it, left to right, while the caller may merge the two
        (`_merge_pair`): the walk goes on after the merged item, which is not paired again."""
        at = 0
        while at < len(self.items) - 1:
            yield at, self.items[at], self.items[at + 1]
            at += 1

    def _merge_pair(self, at: int, links: list[Link]) -> None:
        """The item at `at` and the one after it read as one word, naming `links`."""
        it, nxt = self.items[at], self.items[at + 1]
        self.items[at : at + 2] = [Item(it.start, nxt.end, "match", f"{it.text} {nxt.text}", links=links)]

    def _orders_by_as_a_noun(self) -> None:
        """ "number of orders by state" / "sales per order by state": "orders by" is the noun orders and a
        grouping "by", not the sorting phrase "order by" (which follows a verb or a list)."""
        for pos, it in enumerate(self.items):
            if not (it.kind == "match" and it.has("sort") and it.text == "order by"):
                continue
            before = self.items[pos - 1] if pos > 0 else None
            plural = self.original(it).lower().startswith("orders")
            counted = before is not None and before.kind == "match" and before.has("count", "group", "agg")
            if plural or counted:
                it.tags = ["group"]

    def _aggregates_over_same_named_columns(self) -> None:
        """A column named Average/Total/Count: the word is the aggregate only when a column or another
        aggregate follows ("the average, minimum and maximum capacity"); alone it names the column."""
        assert self.table is not None
        for pos, it in enumerate(self.items):
            if it.kind != "match" or not it.has("agg", "count", "sup") or not self._linked(it):
                continue
            j = self.next_content(pos, skip_tags=("and",))
            if j is not None and self.items[j].kind == "word":  # total outstanding balance: one word unread
                j = self.next_content(j, skip_tags=("and",))
            nxt = self.items[j] if j is not None else None
            if nxt is None or nxt.kind != "match" or self.is_table(nxt):
                continue
            c = self.col(nxt, prefer="numeric")
            if (c is not None and c.numeric) or (not nxt.links and nxt.has("agg")):
                it.links = [lk for lk in it.links if lk.table != self.table.name]

    def _table_noun_before_a_column(self) -> None:
        """The table's noun that also names a column, right before another column's name (a plain one, no
        grammar word such as 叫什么), modifies it: "flight distance" / 航班距离 over flights (with a flight
        number column) is the flights' distance."""
        assert self.table is not None
        name = self.table.name
        for it, nxt in zip(self.items, self.items[1:], strict=False):
            if _plain_pair(it, nxt) and _modifies(it, nxt, name):
                it.links = [lk for lk in it.links if not (lk.kind == "column" and lk.table == name)]

    def _compound_noun_heads(self) -> None:
        """An English compound noun names its head, the last word: "share price" is the price when "share"
        only partly names another column (Earnings/Share) and "price" names one outright."""
        assert self.table is not None
        for at, it, nxt in self._neighbours():
            if not (it.text.isascii() and nxt.text.isascii()):
                continue  # English compounds only
            group_word = it.has("group")  # "per origin" over Miles_per_Gallon: the group word stays one
            plain = _plain_pair(it, nxt) and not group_word and _head_of_compound(it, nxt, self.table.name)
            if plain or self._modifier_of_a_named_column(at):
                self._merge_pair(at, list(nxt.links))

    def _rate_compounds(self) -> None:
        """股息率: a Chinese word that only weakly names a column (股息 "dividend", the first word of
        `Dividend Yield`), followed at once by 率, names the one such column whose name ends in a rate's
        noun (yield, rate, ratio, margin): 率 is the name's second word, not a share asked for."""
        assert self.table is not None
        for at, it, nxt in self._neighbours():
            english = self._english_rate_noun_after(it, nxt)
            if not english and (nxt.text != "率" or nxt.start != it.end or not CJK_RE.search(it.text)):
                continue
            rated, amounts = self._rate_columns(it)
            if len(rated) == 1:
                self._merge_pair(at, [Link("column", self.table.name, rated[0], score=0.9)])
            elif amounts and not english:
                self.lower("rate_not_held", 0.4)  # 违约率 over `Default Count` only: no rate is held

    def _english_rate_noun_after(self, it: Item, nxt: Item) -> bool:
        """ "depth percentage" over `depth_pct` and `depth_mm`: a rate's noun right after an English word
        that weakly names columns is the second word of the one whose name ends in such a noun."""
        return self.lang == "en" and it.kind == "match" and nxt.text.lower() in RATE_NOUNS

    def _numbers_of_a_count_column(self) -> None:
        """气缸数 / 英里数: 数 right after a word naming a numeric column outright is that column's own word
        (the column already holds a number of them), not a count of rows asked for."""
        for at, it, nxt in self._neighbours():
            if nxt.text != "数" or nxt.start != it.end or not nxt.has("count_suffix") or self.is_table(it):
                continue
            c = self.col(it)
            if c is None or not c.numeric or c.role != "measure" or not self._strong_link(it):
                continue
            if self.table_noun_unsummed(it):
                continue  # 航班数: how many flights, not the flight numbers
            self._merge_pair(at, list(it.links))  # nxt is 数

    def _one_column_in_two_words(self) -> None:
        """预期寿命 read as 预期 + 寿命 where both name only lifeExp: one word of one column, so an aggregate
        or comparison before the first applies to it whole (平均预期寿命超过70)."""
        assert self.table is not None
        for at, it, nxt in self._neighbours():
            if not _plain_pair(it, nxt) or it.tags or nxt.start != it.end or not CJK_RE.search(it.text):
                continue
            mine = {(lk.kind, lk.column) for lk in it.links + nxt.links if lk.table == self.table.name}
            if len(mine) == 1 and next(iter(mine))[0] == "column" and len(it.links) == len(nxt.links) == 1:
                best = max(it.links + nxt.links, key=lambda lk: lk.score)
                self._merge_pair(at, [best])

    def _table_noun_with_a_quantity_character(self) -> None:
        """车重 / 车价: the table's noun and, right after it, one character implying a column (重 weight,
        价 price, 龄 age) name that column of the table's things: 平均车重 averages the weight."""
        assert self.table is not None
        for at, it, nxt in self._neighbours():
            if nxt.kind != "word" or nxt.start != it.end or len(nxt.text) != 1 or not self.is_table(it):
                continue
            c = self.implied_column(nxt.text) if CJK_RE.match(nxt.text) else None
            if c is not None and c.numeric:
                self._merge_pair(at, [Link("column", self.table.name, c.name, score=0.85)])

    def _share_words_over_weak_links(self) -> None:
        """占比 / 比例 link `Earnings/Share` weakly (a gloss "share" is one word of its name): a share word
        that names no column outright is the grammar's share of a total."""
        assert self.table is not None
        for it in self.items:
            mine = [lk for lk in it.links if lk.table == self.table.name]
            weak = bool(mine) and all(lk.kind == "column" and lk.score < 0.7 for lk in mine)
            if it.has("share") and weak and CJK_RE.search(it.text):
                it.links = [lk for lk in it.links if lk.table != self.table.name]

    def _per_in_a_name(self) -> None:
        """每加仑 where 加仑 names only a column named "… per gallon" (Miles_per_Gallon): 每 is the name's
        "per", not a grouping by the column (每加仑超过25英里 compares the miles per gallon)."""
        assert self.table is not None
        for pos, it in enumerate(self.items[:-1]):
            nxt = self.items[pos + 1]
            if it.text != "每" or not it.has("group") or nxt.start != it.end:
                continue
            mine = [lk for lk in nxt.links if lk.table == self.table.name]
            if mine and all(self._per_name(lk) for lk in mine):
                self.items[pos] = Item(it.start, it.end, "word", it.text)

    def _per_name(self, lk: Link) -> bool:
        assert self.table is not None
        info = self.table.columns.get(lk.column or "") if lk.kind == "column" else None
        return info is not None and "per" in info.words

    def _rate_columns(self, it: Item) -> tuple[list[str], bool]:
        """The columns an item weakly names (a word of the name, not the name) whose name ends in a rate's
        noun; and whether all it names are amounts instead (a count or sum is no rate of it)."""
        assert self.table is not None
        mine = [lk for lk in it.links if lk.table == self.table.name]
        if not mine or any(lk.kind != "column" or lk.score >= 0.7 for lk in mine):
            return [], False
        out, amounts = [], True
        for lk in mine:
            info = self.table.columns.get(lk.column or "")
            if info is not None and len(info.words) > 1 and info.words[-1] in RATE_NOUNS:
                out.append(info.name)
            amounts = amounts and info is not None and info.role == "measure"
        return list(dict.fromkeys(out)), amounts and not out

    def _modifier_of_a_named_column(self, pos: int) -> bool:
        """ "by model year" / "each study year": a lower-case word no schema word links, right before a
        word that names a column outright, only says which of its kind the column is (the compound's
        head names it): no word left unread, and the group word reaches the column."""
        assert self.table is not None
        it, nxt = self.items[pos], self.items[pos + 1]
        if self.lang != "en" or it.kind != "word" or nxt.kind != "match" or nxt.tags:
            return False
        text = it.text
        if not text.isalpha() or len(text) < 3 or text in STOP_WORDS or text in FUNCTION_WORDS:
            return False
        if text in GENERIC_NOUNS or self.original(it) != self.original(it).lower():
            return False  # "Ford models": a capitalised word is a name, not a kind
        if not bilingual.is_plain_noun(text):
            return False  # "the spoken language", "more runs": a participle or adjective says something
        return bool(_columns(nxt, self.table.name, 0.95))

    def _units_of_measure(self) -> None:
        """ "delay in minutes", "above 30 degrees", "5000 feet": a unit word after a number, or after "in"
        right after a column, is the unit: neither a column (a minute column) nor a word not understood."""
        for pos, it in enumerate(self.items):
            if self._degree_scale(pos):  # 32°F: the scale's letter is no column (temp_f)
                self.ps.used.update({pos - 1, pos})
            if pos == 0 or (it.text not in UNIT_WORDS and it.text not in MONEY_UNITS):
                continue
            before = self.items[pos - 1]
            after_number = before.kind == "num" and it.kind == "word"  # "2 credits" is the credits column
            after_in = before.text == "in" and pos >= 2 and self.col(self.items[pos - 2]) is not None
            if after_number or after_in:
                self.ps.used.update({pos, pos - 1} if after_in else {pos})
            if after_number and it.text in MONEY_UNITS:
                self.ps.used.update(self._per_unit_of_price(pos))

    def _degree_scale(self, pos: int) -> bool:
        it = self.items[pos]
        degree = pos >= 2 and self.items[pos - 1].text == "°" and self.items[pos - 2].kind == "num"
        return degree and it.text.lower() in DEGREE_SCALES

    def _per_unit_of_price(self, pos: int) -> set[int]:
        """(en) The quantity a price is said per after its money unit (100 dollars a barrel, per kilogram):
        part of the price's unit, no word left unread (zh 每桶100美元: `numberunits._drop_per_quantity`)."""
        items = self.items
        after = items[pos + 1 : pos + 3]
        if len(after) == 2 and after[0].text in ("a", "per", "an") and after[1].kind == "word":
            return {pos + 1, pos + 2}
        return set()


def _columns(item: Item, table: str, least: float = 0.0) -> set[str | None]:
    return {lk.column for lk in item.links if lk.kind == "column" and lk.table == table and lk.score >= least}


def _plain_pair(it: Item, nxt: Item) -> bool:
    """Two schema words side by side, the second no grammar word."""
    return it.kind == "match" and nxt.kind == "match" and not nxt.tags


def _modifies(it: Item, nxt: Item, table: str) -> bool:
    """The table's noun (also a column's) before another column named outright."""
    table_word = any(lk.kind == "table" and lk.table == table and lk.score >= 0.9 for lk in it.links)
    own, named = _columns(it, table), _columns(nxt, table, 0.85)
    return table_word and bool(own) and bool(named) and not named & own


def _head_of_compound(it: Item, nxt: Item, table: str) -> bool:
    """A word only weakly naming columns before one naming another column outright."""
    mine = [lk for lk in it.links if lk.table == table]
    weak = bool(mine) and all(lk.kind == "column" and lk.score < 0.7 for lk in mine)
    head = _columns(nxt, table, 0.95)
    return weak and bool(head) and not _columns(it, table) & head
