"""Measure clause: aggregates, metrics, rates, shares and counts."""

from __future__ import annotations

from shared.ask.engines.rules.gridcells import counts_things
from shared.ask.engines.rules.intent import Filter, Intent, Measure, agg_of
from shared.ask.engines.rules.measures import aggregation_said, amount_columns, sold_at_a_price
from shared.ask.engines.rules.measureshare import names_a_measure
from shared.ask.engines.rules.panels import panel_key
from shared.ask.engines.rules.parse_filters import FilterClauses
from shared.ask.engines.rules.parsecommon import (
    CLASSIFIERS,
    HEADCOUNT_WORDS,
    KIND_CHARS,
    KIND_WORDS,
    TOTAL_SUFFIXES,
    ZH_STOP,
    is_additive,
    said_keys,
    words,
)
from shared.ask.engines.rules.rankwords import place_aggregate
from shared.ask.engines.rules.repeated_days import counted_entity
from shared.ask.engines.rules.shareowner import without_owners
from shared.ask.engines.rules.yearlabels import year_label_column
from shared.semantic.vocabulary.linking import (
    ColumnInfo,
    Item,
    translations,
)
from shared.semantic.vocabulary.segment import CJK_RE

WEAK_PART = 0.7  # below: a word shared with a column's name (公司 ~ years_at_company), not the name
BE = frozenset(words("copulas", "be"))  # what share of X were on Y: Y is the part


class MeasureClauses(FilterClauses):
    """Measure clause: aggregates, metrics, rates, shares and counts."""

    def find_measures(self, intent: Intent) -> None:
        pending: list[tuple[str, int]] = []
        for pos, it in enumerate(self.items):
            if pos in self.ps.used:
                continue
            if it.kind == "match" and any(lk.kind == "metric" for lk in it.links):
                self._metric(intent, it)
                self.ps.used.add(pos)
                pending = []
                continue
            aggregate = self._aggregate_word(pos, it)
            if aggregate is not None:
                pending.append(aggregate)
                continue
            abbreviated = self._abbreviated_column(pos) if pending and pending[-1][1] == pos - 1 else None
            if abbreviated is not None:  # 平均分 / 最高价: one character names the column
                self._aggregate_pending(intent, pending, abbreviated, pos)
                pending = []
                continue
            if pending and self._between_aggregate_and_column(pos, it, pending):
                continue
            c = self._aggregated_column(it, pending) if pending else None
            if c is not None:
                self._aggregate_pending(intent, pending, c, pos)
                pending = []
                continue
            if pending and it.kind == "word" and not self.is_filler(it) and pending[-1][0] != "sum":
                self.ps.problem = self.ps.problem or f"measure:{pos}"
            pending = self._still_pending(pos, it, pending)
        self._elided_measure_columns(intent)
        self._postfix_aggs(intent)
        self._total_amount(intent)
        self._counts(intent)

    def _total_amount(self, intent: Intent) -> None:
        """订单总额 / total amount: a sum word that itself says "total amount" (总额) with no column of its
        own totals the table's one amount column; not right after words not understood (成交总额: the total
        of what they name, which may be no amount column)."""
        assert self.table is not None
        if intent.measures:
            return
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.tag("agg") != "agg:sum" or not self.kw_only(it, "agg"):
                continue
            if "total amount" not in translations(it.text) or self._unread_before(pos):
                continue
            amounts = amount_columns(self.table) or ([] if self.ps.count_kw else sold_at_a_price(self.table))
            if len(amounts) == 1:
                intent.measures.append(Measure("sum", amounts[0].name))
                self.ps.used.add(pos)
            return

    def _unread_before(self, pos: int) -> bool:
        """The item before `pos` is a Chinese character no clause reads (成交 before 总额)."""
        before = self.items[pos - 1] if pos else None
        return (
            before is not None
            and pos - 1 not in self.ps.used
            and before.kind == "word"
            and before.text not in ZH_STOP
            and bool(CJK_RE.fullmatch(before.text))
        )

    def _aggregate_word(self, pos: int, it: Item) -> tuple[str, int] | None:
        """平均 / total / 最大 as an aggregate, with its position: it waits for its column."""
        if self.kw_only(it, "agg"):
            return ((it.tag("agg") or "").split(":")[1], pos)
        if self.kw_only(it, "sup") and self._sup_is_aggregate(pos):
            return ("max" if it.has("sup:desc") else "min", pos)
        return None

    def _aggregate_pending(
        self, intent: Intent, pending: list[tuple[str, int]], c: ColumnInfo, pos: int
    ) -> None:
        """The waiting aggregates, each over the column at pos."""
        for agg, apos in pending:
            agg = place_aggregate(agg, self.items[apos].text, c)  # best rank = MIN(rank)
            intent.measures.append(Measure(agg_of(agg), c.name))
            self.ps.used.add(apos)
        self.ps.used.add(pos)

    def _between_aggregate_and_column(self, pos: int, it: Item, pending: list[tuple[str, int]]) -> bool:
        """A word that may sit between an aggregate and its column, which still waits."""
        if self.kw_only(it, "and") or self.is_filler(it) or self._plain_table_word(it):
            return True  # "average exam score" / 平均每单的金额: the table's noun sits between
        if self._amount_of(pos):
            return True  # "the total amount of bonus": the noun before "of" only restates the aggregate
        if self.kw_only(it, "count", "count_distinct") and pending[-1][0] != "sum":
            self.ps.used.add(pos)  # "average number of X" averages X
            return True
        return False

    def _aggregated_column(self, it: Item, pending: list[tuple[str, int]]) -> ColumnInfo | None:
        """The numeric column (or, for MAX/MIN, the date) the waiting aggregates are taken of."""
        if self.takes_no_aggregate(it):
            return None
        c = self.col(it, prefer="numeric")
        if c is not None and c.role == "id" and self._plain_table_word(it):
            return None  # the table's noun (never reached: _between_aggregate_and_column passes it over)
        if c is not None and (c.numeric or (c.role == "time" and pending[-1][0] in ("max", "min"))):
            return c
        return None

    def _still_pending(self, pos: int, it: Item, pending: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """The aggregates still waiting after the word at pos: only one right before it (not a SUM), unless
        aggregates are being listed ("max, min and average") or a count/superlative word follows."""
        listing_aggs = pending and pos - pending[-1][1] <= 1 and it.kind == "punct" and it.text == ","
        if not listing_aggs and not self.kw_only(
            it, "count", "count_distinct", "howmuch", "count_suffix", "sup"
        ):
            return [p for p in pending if pos - p[1] <= 1 and self.items[p[1]].tag("agg") != "agg:sum"]
        return pending

    def find_rates(self, intent: Intent) -> None:
        """退货率 / 离职率 / vip客户占比 / share of sales by channel.

        A rate or share word next to a flag or value condition makes that condition a rate measure
        (the share of rows, or of an amount's total, meeting it); next to grouping it makes each group's
        share of the total.
        """
        assert self.table is not None
        kws = [
            p
            for p, it in enumerate(self.items)
            if p not in self.ps.used and (self.kw_only(it, "share", "rate") or self._share_of(p))
        ]
        self.ps.used.update(kws)
        kws = [p for p in kws if not names_a_measure(self, p)]  # Clinton's share: the column itself
        if not kws:
            return
        self._share_frame(kws[0])
        weight = self._share_weight(kws[0])
        share = any(self.items[p].has("share") for p in kws)  # 股息率: a rate word, not a share of rows
        parts = self._rate_conditions(intent, numbers=share)
        if parts:
            conditions = [f for f in intent.filters if f.source in ("bool", "value") and f.op in ("=", "in")]
            named = self._part_naming_the_rate(conditions, kws[0])
            self._rate_of(intent, named or self._part_before_whole(parts, kws[0]), weight)
            return
        intent.share = True
        if weight is not None and not any(m.column == weight.name for m in intent.measures):
            intent.measures.insert(0, Measure("sum", weight.name))

    def _share_frame(self, pos: int) -> None:
        """A占(全部)B的比例: 占 and the whole's "all" (全部 / 所有) are the share's words, not unknown."""
        start, _end = self.clause_of(pos)
        frame = [k for k in range(start, pos) if self.items[k].text == "占"]
        if frame:
            words = ("占", "全部", "所有", "全体", "全", "部", "总")  # 全部 may come as 全 + 部
            whole = [k for k in range(frame[0], pos) if self.items[k].text in words]
            self.ps.used.update(whole)

    def _part_before_whole(self, parts: list[Filter], pos: int) -> Filter:
        """A占B的比重: the part is said before 占, the whole after it (制造业占商品生产部门的比重: the
        manufacturing share within the goods sector, not the goods sector's share of manufacturing)."""
        start, _end = self.clause_of(pos)
        frame = [k for k in range(start, pos) if self.items[k].text == "占"]
        if not frame:
            return parts[-1]
        said_before = {
            (lk.column, lk.value)
            for it in self.items[start : frame[0]]
            for lk in it.links
            if lk.kind == "value"
        }
        before = [f for f in parts if any((f.column, v) in said_before for v in f.values)]
        return before[-1] if before and len(before) < len(parts) else parts[-1]

    def _part_naming_the_rate(self, conditions: list[Filter], pos: int) -> Filter | None:
        """churn rate among seniors / 老年客户的流失率 / 流失客户中按月合同的占比: the condition said right
        before the rate word names the rate, whatever other condition picks the rows; "what share of X
        were on Y": the one said after the copula. None when neither names exactly one condition."""
        if len(conditions) < 2:
            return None
        k = pos - 1
        while k >= 0 and self.items[k].text in ("的", "'s"):
            k -= 1
        named = self._conditions_named(conditions, k) if k >= 0 else []
        if not named:
            _start, end = self.clause_of(pos)
            copula = next((j for j in range(pos + 1, end) if self.items[j].text in BE), None)
            after = range(copula + 1, end) if copula is not None else range(0)
            named = next((found for j in after if (found := self._conditions_named(conditions, j))), [])
        return named[0] if len(named) == 1 else None

    def _conditions_named(self, conditions: list[Filter], k: int) -> list[Filter]:
        """The conditions the item at k names: its column (a flag) or its value."""
        said = [(lk.column, lk.value) for lk in self.items[k].links if lk.kind in ("column", "value")]
        return [f for f in conditions if any(c == f.column and (v is None or v in f.values) for c, v in said)]

    def _share_of(self, pos: int) -> bool:
        """ "share of" is the share word even where "share" is one word of a longer column name
        (Earnings/Share): "of" after it takes what the share is of."""
        it = self.items[pos]
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        weak = all(lk.score < 0.85 for lk in it.links)
        return it.kind == "match" and it.has("share") and weak and nxt is not None and nxt.text == "of"

    def _rate_conditions(self, intent: Intent, numbers: bool) -> list[Filter]:
        """The conditions a rate may be of: the flags (退货 = 是), else the values (渠道 = 线上), else the one
        compared number that is no year (the share of days with more than 10 mm: precipitation > 10;
        of 4-cylinder cars among 1982 models: cylinders = 4 within 1982)."""
        parts = [f for f in intent.filters if f.source == "bool" and f.op == "="]
        parts = parts or [f for f in intent.filters if f.source == "value" and f.op in ("=", "in")]
        parts = without_owners(self, parts) if numbers else parts  # X's items: the whole, not the part
        if parts or self.table is None or not numbers:
            return parts
        years = {c.name for c in self.table.by_role("year")}
        labels = year_label_column(self.table)  # a period said ('2019-09') bounds the share, is no part
        years |= {labels.name} if labels is not None else set()
        compared = [
            f for f in intent.filters if f.source == "number" and f.op != "between" and f.column not in years
        ]
        return compared if len(compared) == 1 else []

    def _rate_of(self, intent: Intent, part: Filter, weight: ColumnInfo | None) -> None:
        """The condition becomes the rate measure (of rows, or of the weight's total), answered first."""
        intent.filters.remove(part)
        measure = Measure("rate", weight.name if weight else None, condition=part.__dict__.copy())
        intent.measures = [m for m in intent.measures if m.column != measure.column or m.agg == "count"]
        intent.measures = [m for m in intent.measures if m.agg != "count"]
        intent.measures.insert(0, measure)
        self.ps.count_kw = True

    def _share_weight(self, pos: int) -> ColumnInfo | None:
        """The amount a share is taken of: 销售额占比 / share of revenue (an additive column nearby)."""
        start, end = self.clause_of(pos)
        ahead = [j for j in range(pos + 1, end) if self.items[j].kind != "time"][:3]  # of all 2015 rides
        for j in [*range(pos - 1, start - 1, -1), *ahead]:
            it = self.items[j]
            if j in self.ps.used or it.kind != "match" or self._rows_noun(it) or self._part_named(it):
                continue
            c = self.col(it, prefer="numeric")
            if c is not None and c.role == "measure" and (is_additive(c) or _unsaid_aggregation(c)):
                self.ps.used.add(j)  # 市值占比: a share is of a total, unless the name says to average
                return c
        for m in self.intent.measures if self.intent else []:
            if m.agg == "sum" and m.column:
                return self.table.columns.get(m.column) if self.table else None
        return None

    def _part_named(self, it: Item) -> bool:
        """公司 over years_at_company: a weak part (below 0.7) of a longer name weighs no share."""
        assert self.table is not None
        return all(lk.score < WEAK_PART for lk in it.links if lk.table == self.table.name)

    def _rows_noun(self, it: Item) -> bool:
        """ "share of loans" / 贷款的占比: the table's own noun, only weakly one word of an amount's name
        (loan_amount), is the rows counted, not that amount."""
        link = self.col_link(it)
        return self.is_table(it) and (link is None or link.score < 0.85)

    def _elided_measure_columns(self, intent: Intent) -> None:
        """ "the maximum capacity and the average": a column-less aggregate after "and" reuses the last."""
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or not self.kw_only(it, "agg") or not intent.measures:
                continue
            last = intent.measures[-1]
            if last.column is None or last.agg not in ("sum", "avg", "max", "min"):
                continue
            before = self.prev_content(pos, limit=2)
            if before is None or not self.kw_only(self.items[before], "and"):
                continue
            after = self.next_content(pos)
            if after is not None and not self._plain_table_word(self.items[after]):
                continue
            intent.measures.append(Measure(agg_of((it.tag("agg") or "").split(":")[1]), last.column))
            self.ps.used.update({pos, before})

    def _amount_of(self, pos: int) -> bool:
        """An unlinked amount/sum/value word followed by "of", between an aggregate and its column."""
        it = self.items[pos]
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        return (
            it.kind == "word"
            and it.text in ("amount", "sum", "value", "number", "quantity")
            and nxt is not None
            and nxt.text == "of"
        )

    def _plain_table_word(self, it: Item) -> bool:
        """An item naming the chosen table rather than a measure (exam, 订单, teacher ~ teacher_id)."""
        if it.kind != "match" or it.tags or not self.is_table(it):
            return False
        c = self.col(it)
        return c is None or c.role == "id"

    def _sup_is_aggregate(self, pos: int) -> bool:
        """ "每种宠物的最大重量", "平均年龄和最大年龄": 最大 next to grouping or other aggregates is MAX."""
        a = self.prev_content(pos, limit=1)
        b = self.prev_content(a, limit=1) if a is not None and self.kw_only(self.items[a], "and") else None
        if b is not None and self.kw_only(self.items[b], "sup") and self._opposite_ends(b, pos):
            return True  # the second of "shortest and longest flipper"
        j = self.next_content(pos, limit=1)
        if j is not None and self.kw_only(self.items[j], "and"):
            k = self.next_content(j, limit=1)  # 最大和最小份额: both share the column after the second
            if k is None or not self.kw_only(self.items[k], "sup"):
                return False
            return self._opposite_ends(pos, k) or self._sup_is_aggregate(k)
        c = self.col(self.items[j], prefer="numeric") if j is not None else None
        if c is None or not (c.numeric or c.role == "time"):
            return False
        if j is not None and self._plain_superlative(pos, c) and self._asks_only_this_value(pos, j):
            return True  # "the earliest birth date of employees": the value itself, not the row that has it
        if not c.numeric:
            return False
        return self._numeric_sup_is_aggregate(pos, j)

    def _opposite_ends(self, pos: int, k: int) -> bool:
        """ "shortest and longest flipper": opposite superlatives joined before one numeric column ask
        both ends of it (MIN and MAX); no single row is both."""
        if self.items[pos].has("sup:desc") == self.items[k].has("sup:desc"):
            return False
        if any(self.is_table(x) and self._rows_with(i) for i, x in enumerate(self.items)):
            return False  # "the penguins with the shortest and the longest flipper": rows asked
        j = self.next_content(k, limit=1)
        c = self.col(self.items[j], prefer="numeric") if j is not None else None
        return c is not None and c.numeric and c.role != "id"

    def _numeric_sup_is_aggregate(self, pos: int, j: int | None) -> bool:
        """最大 before a numeric column: the MAX itself with grouping, a value asked or other aggregates."""
        if any(self.kw_only(x, "group") for x in self.items[:pos]):
            return True  # 列出每种宠物的最大重量: a per-group maximum, not a ranking
        if self.asks_which():
            return False
        if self.lang == "zh" and j == pos + 1 and self._asks_value_after(j):
            return True  # 8缸汽车的最小重量是多少: the smallest value itself, not the row that has it
        return any(self.kw_only(x, "group", "agg") for k, x in enumerate(self.items) if k != pos)

    def _plain_superlative(self, pos: int, c: ColumnInfo) -> bool:
        """Earliest/largest of the column itself: not "most common" (a count) nor 最近 (by another column)."""
        text = self.items[pos].text
        if any(w in text for w in ("common", "popular", "frequent", "常 见", "欢 迎", "流 行", "频 繁")):
            return False
        implied = self.implied_column(text)
        return implied is None or implied.name == c.name

    def _asks_only_this_value(self, pos: int, j: int) -> bool:
        """Nothing but the superlative, its column, the table and question words: "what is the earliest X"."""
        words = said_keys("是", "为", "多少", "什么", "是多少", "是什么", "有", "所有", "all", "among")
        for k, x in enumerate(self.items):
            if k in (pos, j) or x.kind == "punct" or self.is_filler(x) or x.text in words:
                continue
            if x.kind == "match" and not self._linked(x) and x.has("list") and x.text in said_keys("what be"):
                continue
            if self._plain_table_word(x) and not self._rows_with(k):
                continue
            return False
        return True

    def _rows_with(self, k: int) -> bool:
        """ "the penguin with the deepest bill": the table's noun then with / whose / that asks for the row
        that has the extreme, not the extreme's value."""
        nxt = self.items[k + 1] if k + 1 < len(self.items) else None
        return nxt is not None and nxt.text in ("with", "whose", "that", "which", "who", "having")

    def _asks_value_after(self, pos: int) -> bool:
        """Only 是多少 / 是什么 / 为多少 follows: the question asks for one value."""
        tail = [x for x in self.items[pos + 1 :] if x.kind != "punct"]
        words = said_keys("是", "为", "多少", "什么", "是多少", "有多少", "呢", "多大", "几")
        return bool(tail) and all(x.text in words for x in tail)

    def _metric(self, intent: Intent, it: Item) -> None:
        measure = self.metric_measure(it)
        if measure is not None:
            intent.measures.append(measure)

    def _postfix_aggs(self, intent: Intent) -> None:
        """年龄的平均值 / 月薪总和: the aggregate word after its column."""
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or not self.kw_only(it, "agg"):
                continue
            j = self.prev_content(pos, limit=1)
            if j is None or j in self.ps.used:
                continue
            c = self.col(self.items[j], prefer="numeric")
            # en: only a total after its column ("precipitation totals"); "the price average" is rare
            postfix = self.lang == "zh" or (it.text.lower() in ("total", "totals") and j == pos - 1)
            if c is not None and c.numeric and postfix:
                agg = agg_of((it.tag("agg") or "").split(":")[1])
                for k, other in self._coordinated_columns(j):
                    intent.measures.append(Measure(agg, other.name))  # 私人资本和公共资本的总额: both
                    self.ps.used.add(k)
                intent.measures.append(Measure(agg, c.name))
                self.ps.used.update({j, pos})

    def _coordinated_columns(self, j: int) -> list[tuple[int, ColumnInfo]]:
        """The numeric columns joined to the one at j by and / 和 before it (A和B的总额), in order."""
        found: list[tuple[int, ColumnInfo]] = []
        a = self.prev_content(j, limit=1)
        while a is not None and self.kw_only(self.items[a], "and"):
            k = self.prev_content(a, limit=1)
            c = self.col(self.items[k], prefer="numeric") if k is not None and k not in self.ps.used else None
            if k is None or c is None or not c.numeric or c.role != "measure":
                break
            found.insert(0, (k, c))
            a = self.prev_content(k, limit=1)
        return found

    def _counts(self, intent: Intent) -> None:
        for pos, it in enumerate(self.items):
            if pos in self.ps.used:
                continue
            if self._counts_the_table_noun(pos):
                intent.measures.append(Measure("count"))  # 商店数量 over shops: the shops are counted
                self.ps.used.update((pos - 1, pos))
                self.ps.count_kw = True
                continue
            if self.kw_only(it, "count_distinct"):
                self._count_distinct_word(intent, pos)
                continue
            if self._part_of_a_column_name(pos, it):
                continue  # "staff number of": part of a column name
            if self.kw_only(it, "count") and (self._count_word_next(pos) or self.number_grouped(pos)):
                continue  # "count the number of" / by number of bedrooms (a group: parse_order)
            if self.kw_only(it, "count") or (self.kw_only(it, "howmuch") and self._counts_entities(pos)):
                self._count_word(intent, pos)
                continue
            self._count_of_rows(intent, pos, it)

    def _count_word_next(self, pos: int) -> bool:
        k = self.next_content(pos)
        return k is not None and self.kw_only(self.items[k], "count")

    def _count_distinct_word(self, intent: Intent, pos: int) -> None:
        """多少种 / number of distinct X: COUNT(DISTINCT X) of the column named after it, else rows."""
        j = self._past_kind_words(self.next_content(pos, skip_tags=("distinct", "group")))
        c = self.col(self.items[j], prefer="group") if j is not None else None
        if c is not None and j is not None:
            intent.measures.append(Measure("count_distinct", c.name))
            self.ps.used.update(range(pos, j + 1))
        else:
            intent.measures.append(Measure("count"))
            self.ps.used.add(pos)
        self.ps.count_kw = True

    def _part_of_a_column_name(self, pos: int, it: Item) -> bool:
        """ "staff number of": "number" right after a column's word is part of its name, not a count."""
        return (
            self.kw_only(it, "count")
            and it.text.startswith("number")
            and pos > 0
            and self.items[pos - 1].kind == "match"
            and self.col(self.items[pos - 1]) is not None
        )

    def _count_word(self, intent: Intent, pos: int) -> None:
        """How many / number of / 多少: a count of the rows, of distinct values named after it, or a sum."""
        if self._headcount_read(intent, pos):
            return
        distinct_before = self._distinct_column_before(pos)
        if distinct_before is not None:  # 统计指挥家不同的国籍数量: the verb's count was this one
            intent.measures = [m for m in intent.measures if m.agg != "count"]
            intent.measures.append(Measure("count_distinct", distinct_before.name))
            self.ps.used.add(pos)
            self.ps.count_kw = True
            return
        if any(m.agg in ("count", "count_distinct") for m in intent.measures):
            self.ps.used.add(pos)
            return
        totalled = self._amount_totalled(pos)
        if totalled is not None:  # 人口总数: the population's total, not a count of rows
            intent.measures.append(Measure("sum", totalled.name))
            self.ps.used.update({pos - 1, pos})
            return
        j = self._counted_noun_at(pos)
        measure = Measure("count")
        amount = self._counted_amount(pos, j)
        if amount is not None:
            intent.measures.append(Measure("sum", amount.name))
            self.ps.used.add(pos)
            return
        entity = counted_entity(self, j)  # how many countries over country-years; days over repeated dates
        if entity is not None and j is not None:
            measure = Measure("count_distinct", entity.name)
            self.ps.used.add(j)
        elif j is not None and self.items[j].kind == "match" and not self.is_table(self.items[j]):
            c = self.col(self.items[j], prefer="group")
            if c is not None and self._counts_distinct_values(pos, j, c):
                measure = Measure("count_distinct", c.name)
                self.ps.used.add(j)
        intent.measures.append(measure)
        self.ps.used.add(pos)
        self.ps.count_kw = True

    def _counted_noun_at(self, pos: int) -> int | None:
        """The noun a count word at pos counts: past a classifier (有几 家 门店) and 不同的 (有几个 不同的
        城市: the distinct cities)."""
        j = self._past_qualifiers(self.next_content(pos, skip_tags=("distinct", "agg")))
        if j is not None and self.items[j].kind == "word" and self.items[j].text in CLASSIFIERS:
            j = self.next_content(j, limit=0)
        if j is not None and self._says_different(self.items[j]):
            j = self.next_content(j, limit=0)
        return j

    def _past_qualifiers(self, j: int | None) -> int | None:
        """ "how many official languages": a yes/no column's word already read as a condition qualifies
        the noun after it, which is what is counted."""
        if j is None or j not in self.ps.used or self.lang != "en":
            return j
        c = self.col(self.items[j])
        if c is None or c.role != "bool":
            return j
        k = self.next_content(j, limit=0)
        return k if k is not None and self.items[k].kind == "match" else j

    def _counts_distinct_values(self, pos: int, j: int, c: ColumnInfo) -> bool:
        """多少个不同的城市 / how many cities: the count word counts the distinct values of column c at j."""
        distinct_kw = any(self._says_different(self.items[k]) for k in range(pos + 1, j))
        return distinct_kw or (
            c.role in ("dimension", "id", "text")
            and not c.unique
            and j not in self.ps.used
            and (
                self.lang == "en" or self._zh_counts_kinds(pos, j) or self._other_entity_id(self.items[j], c)
            )
        )

    def _count_of_rows(self, intent: Intent, pos: int, it: Item) -> None:
        """订单数 / 就诊有多少: a count suffix after the rows' noun, or 有多少 ending the question, counts
        the rows."""
        if self.kw_only(it, "count_suffix"):
            j = self.prev_content(pos, limit=0)
            rows = j is not None and self._counts_rows_of(self.items[j])
            if j is not None and (rows or self.days_are_rows(self.items[j])):  # 天数 over daily rows
                intent.measures.append(Measure("count"))
                self.ps.used.update((pos, j))
                self.ps.count_kw = True
        days = pos + 1 < len(self.items) and self.days_are_rows(self.items[pos + 1])  # 有多少天
        if self.kw_only(it, "howmuch") and not intent.measures and (self._rows_have_how_many(pos) or days):
            intent.measures.append(Measure("count"))  # 诊断包含炎的就诊有多少: how many visits
            self.ps.used.update((pos, pos + 1) if days else (pos,))
            self.ps.count_kw = True

    def _rows_have_how_many(self, pos: int) -> bool:
        """X有多少 with X the rows' own noun (the table, or a noun only partly naming columns) at the end of
        the question: a count of rows."""
        if pos + 1 < len(self.items) and self.items[pos + 1].kind != "punct":
            return False
        j = self.prev_content(pos, limit=1)  # over 有
        if j is None or self.items[j].kind != "match":
            return False
        return self._counts_rows_of(self.items[j])

    def _counts_rows_of(self, item: Item) -> bool:
        return self.is_table(item) or self._row_noun(item) or self.table_noun_unsummed(item)

    def _counts_the_table_noun(self, pos: int) -> bool:
        """商店数量 / 订单数量: a count word right after the table's own noun, only weakly naming a column
        (数量 ~ Number_products at 0.4), counts the rows."""
        it = self.items[pos]
        if pos == 0 or it.kind != "match" or not it.has("count"):
            return False
        weak = all(lk.score < 0.5 for lk in it.links if lk.kind == "column")
        before = self.items[pos - 1]
        return weak and before.kind == "match" and self.is_table(before) and (pos - 1) not in self.ps.used

    def _row_noun(self, item: Item) -> bool:
        """订单数 over 订单号 / 订单日期: a noun that only partly names columns (no column is that noun,
        and it names no value) is the thing the rows are; counting it counts rows."""
        assert self.table is not None
        columns = [lk for lk in item.links if lk.kind == "column" and lk.table == self.table.name]
        if not columns or self.values(item) or max(lk.score for lk in columns) >= 0.9:
            return False
        info = self.col(item)
        return info is None or not (info.numeric and info.role == "measure")

    def _abbreviated_column(self, pos: int) -> ColumnInfo | None:
        """分 / 价 / 龄 right after an aggregate word: the score, price or age column it stands for."""
        it = self.items[pos]
        if it.kind not in ("word", "match") or len(it.text) != 1 or not CJK_RE.match(it.text):
            return None
        if it.kind == "match" and self._linked(it):
            return None
        c = self.implied_column(it.text)
        return c if c is not None and c.numeric and c.role != "id" else None

    def _counted_amount(self, pos: int, j: int | None) -> ColumnInfo | None:
        """卖了多少件 / how many units: counting pieces sums the quantity column, not the rows.

        Also "how many seats": a count word right before an additive amount column sums it.
        """
        unit = self._counted_unit(pos, j)
        if unit is not None and unit.role == "measure" and is_additive(unit):
            self._use_counted_goods(j)
            return unit
        if j is None or j in self.ps.used or self.items[j].kind != "match" or self.is_table(self.items[j]):
            return None  # 多少笔销售记录 counts rows: only "how many seats" sums a column (not one read)
        c = self.col(self.items[j], prefer="numeric")
        if c is None or not c.numeric or c.role != "measure":
            return None
        headcount = counts_things(c) and not is_additive(c) and j - pos <= 2  # 多少名囚犯, not 多少笔销售
        if not (is_additive(c) if self.lang == "en" else headcount):
            return None  # zh: the people a headcount column holds, right after the count word
        self.ps.used.add(j)
        return c

    def _headcount_said(self, intent: Intent, j: int) -> None:
        """囚犯人数 / 员工数量: the count word right after a headcount column (whole numbers under a plural
        noun: prisoners, employees) says its people are added up, its SUM; no aggregation left to guess."""
        c = self.col(self.items[j], prefer="numeric") if j not in self.ps.used else None
        assert self.table is not None
        key = panel_key(self.schema.table(self.table.name))
        pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
        if key is not None and set(key) <= pinned:
            return  # one member in one period is one row: its value, no total (parse_mode._pins_one_cell)
        if c is not None and counts_things(c) and not c.aggregation:
            intent.measures.append(Measure("sum", c.name))
            self.ps.used.add(j)

    def _headcount_read(self, intent: Intent, pos: int) -> bool:
        """就业人数 / 就业总人数: the people a measure counts, not a count of rows."""
        if self.headcount_of_measure(pos):
            self.ps.used.add(pos)
            self._headcount_said(intent, pos - 1)
            return True
        return self._total_headcount(intent, pos)

    def _total_headcount(self, intent: Intent, pos: int) -> bool:
        """就业总人数: 总 between a numeric measure's name and the headcount word says the measure's people
        added up (its SUM), as 就业人数 names them; no count of rows beside it."""
        if pos < 2 or self.items[pos].text.replace(" ", "") not in HEADCOUNT_WORDS:
            return False
        total = self.items[pos - 1]
        if total.text != "总" or not self.kw_only(total, "agg") or not self.headcount_of_measure_at(pos - 2):
            return False
        c = self.col(self.items[pos - 2], prefer="numeric")
        assert c is not None
        intent.measures = [m for m in intent.measures if m.column != c.name]
        intent.measures.append(Measure("sum", c.name))
        self.ps.used.update({pos - 2, pos - 1, pos})
        return True

    def _amount_totalled(self, pos: int) -> ColumnInfo | None:
        """人口总数: a total word right after an additive amount column is that amount's total, as "total
        population" is (after the rows' own noun it counts them: 订单总数 is how many orders)."""
        if pos == 0 or self.items[pos].text.replace(" ", "") not in TOTAL_SUFFIXES or pos - 1 in self.ps.used:
            return None
        before = self.items[pos - 1]
        if before.kind != "match" or before.tags or self.is_table(before):
            return None
        c = self.col(before, prefer="numeric")
        # 就业总数: whole numbers said totalled add up, as an additive amount does
        totalled = c is not None and (is_additive(c) or c.type == "integer")
        return c if c is not None and c.role == "measure" and totalled else None

    def _counted_unit(self, pos: int, j: int | None) -> ColumnInfo | None:
        """件 / units: the column the count word's unit (or the word after it) stands for."""
        it = self.items[pos]
        unit = self.implied_column(it.text.split()[-1]) if it.text.split() else None
        if unit is None and j is not None and self.items[j].kind == "word":
            unit = self.implied_column(self.items[j].text)
        return unit

    def _use_counted_goods(self, j: int | None) -> None:
        """多少件商品: the text column named after the pieces is what they are of, not a grouping."""
        if j is not None and self.items[j].kind == "match" and not self.is_table(self.items[j]):
            c = self.col(self.items[j])
            if c is not None and not c.numeric:
                self.ps.used.add(j)  # 多少件商品: the goods are what the pieces are of

    def _zh_counts_kinds(self, pos: int, j: int) -> bool:
        """几家门店 / 有多少个城市: a classifier count right before a column noun counts its values.

        Not when the noun is also the table's thing (多少个订单 counts rows) or is followed by more
        words that make it a modifier (多少个城市的订单).
        """
        it = self.items[pos]
        between = pos + 1 < len(self.items) and self.items[pos + 1].text in CLASSIFIERS
        classifier = it.text.replace(" ", "")[-1:] in CLASSIFIERS or between
        if not classifier or j != pos + 1 + int(between):
            return False
        k = self.next_content(j, limit=1)
        return k is None or not (self.items[k].kind == "match" and self._linked(self.items[k]))

    def _past_kind_words(self, j: int | None) -> int | None:
        """多少种类型政府 / 多少种不同形式的政府: 类型, 形式 and 不同 only say "kinds of" the noun after."""
        k = j
        for _ in range(4):
            if k is None:
                return j
            it = self.items[k]
            kind_word = (it.kind == "word" and it.text in KIND_CHARS) or (
                it.kind == "match" and not self._linked(it) and it.text.replace(" ", "") in KIND_WORDS
            )
            if not (kind_word or self.kw_only(it, "distinct")):
                return k
            k = self.next_content(k, skip_tags=("distinct",))
        return j

    def _distinct_column_before(self, pos: int) -> ColumnInfo | None:
        """不同的国籍数量 / 不同语言的数量: "different X" right before a count word counts distinct X.

        Also 不同类型宠物的数量: "different X <table>" counts distinct X of the table's rows.
        """
        if self.lang != "zh" or not self.kw_only(self.items[pos], "count"):
            return None
        j = self.prev_content(pos, limit=1)
        if j is not None and j not in self.ps.used and self.is_table(self.items[j]):
            j = self.prev_content(j, limit=0)  # 不同类型宠物的数量: the table's noun sits between
        if j is None or j in self.ps.used or self.items[j].kind != "match" or self.is_table(self.items[j]):
            return None
        c = self.col(self.items[j], prefer="group")
        if c is not None and self._other_entity_id(self.items[j], c):
            self.ps.used.add(j)  # 治疗过狗的专业人员的数量: the professionals, once each
            return c
        d = self.prev_content(j, limit=1)
        if d is None or not self._says_different(self.items[d]):
            return None
        if c is None or (c.numeric and c.role != "id"):
            return None
        self.ps.used.update({d, j})
        return c

    def _says_different(self, item: Item) -> bool:
        """不同的 is also a group word (不同的城市的平均); next to a count it says distinct."""
        return self.kw_only(item, "distinct") or item.text == "不 同 的"

    def _other_entity_id(self, item: Item, c: ColumnInfo) -> bool:
        """狗 in a treatments table: a noun naming another table and its id column here counts that
        table's things (distinct ids), not this table's rows."""
        if c.role != "id" or c.unique or self.table is None:
            return False
        return any(lk.kind == "table" and lk.table != self.table.name for lk in item.links)

    def _counts_entities(self, pos: int) -> bool:
        """多少 counts when a classifier or an entity follows (多少笔订单), not in 是多少."""
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        prev = self.items[pos - 1] if pos > 0 else None
        if (
            prev is not None
            and prev.text in said_keys("有", "共有")
            and pos >= 2
            and self.items[pos - 2].kind == "match"
            and self.is_table(self.items[pos - 2])
        ):
            return True  # 游客有多少？
        if nxt is None or nxt.kind == "punct":
            return False
        flagged = self.flag_by_its_object(nxt) is not None  # 收到多少回电: the rows with the flag's thing
        entity = nxt.kind == "match" and (self.is_table(nxt) or self.kw_only(nxt, "distinct"))
        if flagged or entity or nxt.kind == "word" and nxt.text in CLASSIFIERS:  # 多少笔, 多少笔订单
            return True
        return (
            prev is not None
            and prev.text in said_keys("有", "共有")
            and nxt.kind == "match"
            and self._linked(nxt)
        )


def _unsaid_aggregation(c: ColumnInfo) -> bool:
    """A measure neither its name nor a person says to sum or to average (Market Cap): named with a share
    word, its total is what is shared."""
    return c.aggregation is None and not aggregation_said(c.name)
