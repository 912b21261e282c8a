"""Top-N clause: a limit and what it ranks (前5 / top 3 / the 2 heaviest)."""

from __future__ import annotations

from shared.ask.engines.rules.calparts import calendar_parts
from shared.ask.engines.rules.intent import Filter, Intent, Measure, agg_of
from shared.ask.engines.rules.parse_comparisons import ComparisonClauses
from shared.ask.engines.rules.parsecommon import BIG, CLASSIFIERS, SMALL, default_agg, is_additive, said_keys
from shared.ask.engines.rules.rankwords import is_rank_like, places_reached
from shared.semantic.vocabulary.linking import (
    ColumnInfo,
)


def _group_measure(target: ColumnInfo | None, agg: str | None) -> Measure:
    """Each group's value: its row count, or the (named or default) aggregate of the target."""
    return Measure("count") if target is None else Measure(agg_of(agg or default_agg(target)), target.name)


class TopNClauses(ComparisonClauses):
    """Top-N clause: a limit and what it ranks (前5 / top 3 / the 2 heaviest)."""

    def find_limit(self, intent: Intent) -> None:
        sup = self.has_sup()
        for pos, it in enumerate(self.items):
            if it.kind != "num" or pos in self.ps.used or not isinstance(it.value, int) or it.value <= 0:
                continue
            if self._worded_limit(intent, pos):
                continue
            if not sup or self._cmp_before(pos) or self._cmp_next(pos) or self._number_with_unit(pos):
                continue
            self._superlative_limit(intent, pos)

    def _worded_limit(self, intent: Intent, pos: int) -> bool:
        """top 3 / 前5 / bottom 2 / 排名后三: a number after a limit word (or a bottom word) is the limit."""
        prev = self.items[pos - 1] if pos > 0 else None
        if prev is None:
            return False
        it = self.items[pos]
        if self.kw_only(prev, "limit_word") and self._place_reached(intent, pos):
            return True
        if self.kw_only(prev, "limit_word") and not self._cmp_next(pos):
            intent.limit = it.value
            if prev.text in ("bottom",):
                self.ps.rank_hint = "asc"
            self.ps.used.update({pos, pos - 1})
            self.ps.limit_pos = pos - 1
            self._top_n_direction(pos)
            return True
        if self._bottom_word(pos - 1):
            intent.limit = it.value  # 排名后三 / 倒数前5: the last N
            self.ps.rank_hint = "asc"
            self.ps.used.update({pos, pos - 1})
            self.ps.limit_pos = pos - 1
            return True
        return False

    def _place_reached(self, intent: Intent, pos: int) -> bool:
        """in the top 10 / 进过前十名 over a table with a rank-like column: that column <= 10, a condition on
        the rows (the weeks a song spent in the top 10), not the first 10 rows."""
        assert self.table is not None
        number = self.items[pos].value
        if number not in places_reached(self.question):
            return False
        ranks = [c for c in self.table.columns.values() if is_rank_like(c)]
        if len(ranks) != 1:
            return False
        intent.filters.append(Filter(ranks[0].name, "<=", [number], source="number"))
        self.ps.used.update({pos - 1, pos})
        nxt = pos + 1
        if nxt < len(self.items) and self.col(self.items[nxt]) is ranks[0]:
            self.ps.used.add(nxt)  # 名 of 前十名: the place itself
        return True

    def _earlier_limit_unread(self, intent: Intent, pos: int) -> None:
        """98115邮编区最多的三个: two numbers each read as the limit; the later one ranks (三个), and the
        earlier one (a code, 98115) goes back to unread, so the doubt of a number no clause read asks. The
        same number said twice (最高的两个岛是哪两个) is one limit."""
        if intent.limit is None or intent.limit == self.items[pos].value:
            return
        earlier = [
            k
            for k in range(pos)
            if k in self.ps.used and self.items[k].kind == "num" and self.items[k].value == intent.limit
        ]
        self.ps.used.difference_update(earlier)

    def _superlative_limit(self, intent: Intent, pos: int) -> None:
        """the 3 heaviest / 最高的3个: with a superlative, a number before the ranked thing is the limit."""
        prev = self.items[pos - 1] if pos > 0 else None
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        classifier = (
            nxt is not None and nxt.kind == "word" and (nxt.text in CLASSIFIERS or self.days_are_rows(nxt))
        )
        prev_ok = (
            prev is None
            or self.is_filler(prev)
            or self.kw_only(prev, "which", "list", "sup")
            or (prev.kind == "match" and prev.text in ("the", "which"))
        )
        nxt_ok = nxt is not None and (
            classifier
            or self.kw_only(nxt, "sup")
            or self._linked(nxt)
            or (nxt.kind == "match" and nxt.has("agg"))
        )
        if prev_ok and nxt_ok:
            self._earlier_limit_unread(intent, pos)
            intent.limit = self.items[pos].value
            self.ps.used.add(pos)
            if classifier:
                self.ps.used.add(pos + 1)
            if nxt is not None and self.days_are_rows(nxt):
                self.show_the_days(intent)  # 最多的5天: which days, shown

    def _number_with_unit(self, pos: int) -> bool:
        """8缸 / 4 cylinders: a number right before a numeric column's word is its value, not a top-N."""
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        if nxt is None or nxt.kind != "match" or self.is_table(nxt) or not self._linked(nxt):
            return False
        c = self.col(nxt, prefer="numeric")
        assert self.table is not None
        if c is not None and c.name in calendar_parts(self.table).values():
            return False  # the 3 months with the fewest X: a count of months ranked, not month 3
        return c is not None and c.numeric and c.role not in ("id", "time")

    def _bottom_word(self, pos: int) -> bool:
        """后 in 排名后三 / 后5名, 倒数 in 倒数3名: the bottom of a ranking, not "after"."""
        it = self.items[pos]
        if it.kind not in ("word", "match") or it.text not in said_keys("后", "倒数", "倒数前", "末"):
            return False
        if it.text in said_keys("倒数", "倒数前"):
            return True
        before = self.items[pos - 1] if pos > 0 else None
        after = self.items[pos + 2] if pos + 2 < len(self.items) else None
        ranked = before is not None and before.has("sort")
        return ranked or (after is not None and after.text in ("名", "位"))

    def find_top_by(self, intent: Intent) -> None:
        """Top 3 stores by revenue / bottom 2 cities by number of orders / 销售额排名前五的门店.

        A limit word with a ranked measure ("by Y" after, or Y 排名 before in Chinese) ranks the thing
        named after the number: a repeating column is grouped and its groups ranked by the measure;
        the table's own rows (or a column naming one row each) are listed with the measure.
        """
        assert self.table is not None
        lp = self.ps.limit_pos
        if lp is None or intent.limit is None or self.ps.top_order:
            return
        target, agg, used = self._top_by_target(lp)
        metric: Measure | None = None
        if target is None and agg != "count":
            metric, used = self._top_by_metric(lp)
            if metric is None:
                return
        e = self._ranked_thing(lp, used)
        if e is None:
            return
        desc = self.ps.rank_hint != "asc"
        entity = None if self.is_table(self.items[e]) else self.col(self.items[e], prefer="group")
        repeating = self._repeating(entity)
        if metric is not None and entity is not None and not entity.numeric:
            intent.dimensions = [entity.name]  # a metric is an aggregate: each group gets its value
            intent.measures = [metric]
            intent.order = [("measure", 0, desc)]
        elif metric is not None:
            return
        elif repeating and entity is not None:
            intent.dimensions = [entity.name]
            intent.measures = [_group_measure(target, agg)]
            intent.order = [("measure", 0, desc)]
        elif target is not None and agg in (None, "max", "min"):
            if not self._rank_rows_of(intent, target, entity, e, desc):
                return
        else:
            return
        self.ps.used.update({*used, e, lp})
        self.ps.count_kw = self.ps.count_kw or target is None

    def _ranked_thing(self, lp: int, used: set[int]) -> int | None:
        """The position of the thing a top-N ranks: the match after the number (and its classifier)."""
        e = self.next_content(lp + 1, limit=2)
        while e is not None and self.items[e].kind == "word" and self.items[e].text in CLASSIFIERS:
            e = self.next_content(e, limit=1)
        if e is not None and self._value_before_noun(e):
            e = self.next_content(e, limit=1)  # top 3 Subway items: Subway picks the rows, items are ranked
        if e is None or e in used or self.items[e].kind != "match" or e in self.ps.used:
            return None
        return e

    def _value_before_noun(self, e: int) -> bool:
        """A stored value (only values) right before the table's noun qualifies the rows ranked."""
        it, nxt = self.items[e], self.items[e + 1] if e + 1 < len(self.items) else None
        values = bool(it.links) and all(lk.kind == "value" for lk in it.links)
        return values and nxt is not None and nxt.kind == "match" and self.is_table(nxt)

    def _rank_rows_of(
        self, intent: Intent, target: ColumnInfo, entity: ColumnInfo | None, e: int, desc: bool
    ) -> bool:
        """The rows ranked by the target, shown by the entity, or by the column the table's noun names
        when a filter pins its rows (each country once, beside the number it ranks by)."""
        pinned = None if entity else self._pinned_repeated_noun(intent, e)
        if not self._rank_rows(intent, target, entity or pinned, desc):
            return False
        if pinned is not None:
            intent.columns.append(target.name)
        return True

    def _pinned_repeated_noun(self, intent: Intent, e: int) -> ColumnInfo | None:
        """Top 5 countries by population in 2007, over country-years: under an equality filter the rows
        ranked are the countries' own rows, shown by the country column the table's noun names."""
        pinned = any(f.op == "=" for f in intent.filters)
        return self.repeated_entity(self.items[e]) if pinned else None

    def _repeating(self, entity: ColumnInfo | None) -> bool:
        """A text column (or a year: "top 3 years by average mpg", or a month of the year's calendar
        part: the 3 months with the fewest X) whose values repeat (at most half as many as rows): its
        groups are ranked."""
        assert self.table is not None
        part = entity is not None and entity.name in calendar_parts(self.table).values()
        return (
            entity is not None
            and (not entity.numeric or entity.role == "year" or part)
            and not entity.unique
            and (entity.role in ("dimension", "text", "year") or part)
            and 0 < entity.distinct * 2 <= self.table.row_count
        )

    def _rank_rows(self, intent: Intent, target: ColumnInfo, entity: ColumnInfo | None, desc: bool) -> bool:
        """The rows themselves ranked by the column, shown with their name (or the named column)."""
        shown = entity.name if entity is not None and not entity.numeric else self._row_label()
        if shown is None:
            return False
        intent.columns = [shown] if shown != target.name else []
        intent.order = [("column", target.name, desc)]
        self.ps.rank_column = target.name
        return True

    def _top_by_target(self, lp: int) -> tuple[ColumnInfo | None, str | None, set[int]]:
        """What a top-N ranks by: "by (total/number of) Y" after the limit, or "Y (排名) 前N" before it."""
        start, end = self.clause_of(lp)
        found = self._by_phrase_target(range(lp + 1, end), ("by", "按", "按照"))
        found = found or self._by_phrase_target(range(start, lp), ("按", "按照", "by"))
        if found is not None:
            return found
        return self._target_before(lp, start)

    def _by_phrase_target(
        self, positions: range, by_words: tuple[str, ...]
    ) -> tuple[ColumnInfo | None, str | None, set[int]] | None:
        """The first "by Y" / 按Y among the positions that names a measure or a count."""
        for b in positions:
            if self.kw_only(self.items[b], "group") and self.items[b].text in said_keys(*by_words):
                found = self._ranked_measure(b, forward=True)
                if found[0] is not None or found[1] == "count":
                    return found
        return None

    def _target_before(self, lp: int, start: int) -> tuple[ColumnInfo | None, str | None, set[int]]:
        """ "Y (排名) 前N": the (aggregated) column or count word right before the limit."""
        j = lp - 1
        while j >= start and (self.items[j].has("sort") or self.is_filler(self.items[j])):
            j -= 1
        if j < start or j in self.ps.used or self.items[j].kind != "match":
            return None, None, set()
        headcount = self.headcount_of_measure(j)  # 就业人数前三: the measure the headcount word names
        j -= 1 if headcount else 0
        if self.kw_only(self.items[j], "count", "count_suffix"):
            return None, "count", {j}
        c = self.col(self.items[j], prefer="numeric")
        if c is None or not c.numeric or c.role in ("id", "year") or self.is_table(self.items[j]):
            return None, None, set()
        agg_pos = self.prev_content(j, limit=1)
        agg = None
        used = {j, *range(j + 1, lp)}  # the headcount word after j too
        if agg_pos is not None and self.kw_only(self.items[agg_pos], "agg"):
            agg = (self.items[agg_pos].tag("agg") or "").split(":")[1]
            used.add(agg_pos)
        return c, agg, used

    def _top_by_metric(self, lp: int) -> tuple[Measure | None, set[int]]:
        """top 3 stores by 客单价 / 按退货率排名前五的城市 / 客单价前3的门店: top-N by a named metric."""
        start, end = self.clause_of(lp)
        for b in range(start, end):
            if self.kw_only(self.items[b], "group") and self.items[b].text in said_keys("by", "按", "按照"):
                j = self.next_content(b)
                metric = self.metric_at(j) if j is not None and j not in self.ps.used else None
                if metric is not None and j is not None:
                    return metric, {b, j}
        j = lp - 1
        while j >= start and (self.items[j].has("sort") or self.is_filler(self.items[j])):
            j -= 1
        metric = self.metric_at(j) if j >= start and j not in self.ps.used else None
        if metric is not None:
            return metric, {j, *range(j + 1, lp)}
        return None, set()

    def _ranked_measure(self, b: int, forward: bool) -> tuple[ColumnInfo | None, str | None, set[int]]:
        """The measure named after "by": an aggregate word, a count word or a table noun, then a column."""
        used = {b}
        agg: str | None = None
        j = self.next_content(b)
        while j is not None and self.kw_only(self.items[j], "agg", "count", "count_suffix"):
            it = self.items[j]
            agg = "count" if it.has("count", "count_suffix") else (it.tag("agg") or "").split(":")[1]
            used.add(j)
            j = self.next_content(j)
        j = self.past_value_adjunct(j)  # by Brent crude price: the price, of the value said before it
        if j is None or self.items[j].kind != "match":
            return None, agg, used
        it = self.items[j]
        amount = self.col(it, prefer="numeric") if agg == "count" and self.lang == "en" else None
        if amount is not None and not self.is_table(it) and amount.role == "measure" and is_additive(amount):
            return amount, "sum", used | {j}  # by number of seats: the seats add up, as in "how many seats"
        if agg == "count" or self.is_table(it):
            if self.is_table(it) or self.col(it) is not None:
                used.add(j)
            return None, "count", used
        c = self.col(it, prefer="numeric")
        if c is None or not c.numeric or c.role in ("id", "year"):
            return None, None, set()
        used.add(j)
        return c, agg, used

    def _row_label(self) -> str | None:
        """The column that names a row: a name column, else the id."""
        assert self.table is not None
        names = self.row_name_columns()
        ids = [c.name for c in self.table.columns.values() if c.role == "id"]
        found = names or ids
        return found[0] if found else None

    def _top_n_direction(self, pos: int) -> None:
        """人口前3多的国家 / 面积前5大: 前N followed by 多/大/高 (少/小/低) ranks by the column before 前."""
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        if nxt is None or nxt.kind != "word" or not nxt.text.startswith((*BIG, *SMALL)):
            return
        j = self.prev_content(pos - 1, limit=1)
        c = self.col(self.items[j], prefer="numeric") if j is not None else None
        if c is None or not c.numeric or j is None:
            return
        self.ps.used.update({j, pos + 1})
        self.ps.top_order = (c.name, nxt.text.startswith(BIG))
