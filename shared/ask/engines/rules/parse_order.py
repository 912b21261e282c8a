"""Order and grouping clause: sort phrases and the dimensions a question groups by."""

from __future__ import annotations

from shared.ask.engines.rules.intent import Intent, Measure
from shared.ask.engines.rules.parse_measures import MeasureClauses
from shared.ask.engines.rules.parsecommon import GROUP_FILLERS, default_agg, said_keys
from shared.semantic.vocabulary.linking import (
    ColumnInfo,
)


class OrderClauses(MeasureClauses):
    """Order and grouping clause: sort phrases and the dimensions a question groups by."""

    def find_order(self, intent: Intent) -> None:
        direction: bool | None = None
        sort_pos: list[int] = []
        for pos, it in enumerate(self.items):
            if self.kw_only(it, "order"):
                direction = bool(direction) or it.has("order:desc")
                sort_pos.append(pos)
                self.ps.used.add(pos)
            elif self.kw_only(it, "sort"):
                sort_pos.append(pos)
                self.ps.used.add(pos)
        if not sort_pos:
            return
        target, count_target = self._sort_target(sort_pos)
        if direction is None and any(
            self.kw_only(x, "limit_word") and x.text in said_keys("top", "前") for x in self.items
        ):
            direction = True  # "the top 3 sorted by rating": the top is the high end
        if direction is None and self._ranking_said(sort_pos):
            direction = True  # 按销量排名 / rank by sales: first place is the most, as in any ranking
        if direction is not None and target is not None and target.numeric:
            self._ranked_groups(intent, sort_pos[0], target)
        self.ps.order_direction = False if direction is None else direction
        self.ps.order_target = target
        self.ps.order_count = count_target
        self.ps.order_explicit = True

    def _plain_sort_of_groups(self) -> bool:
        """Only a plain sort word (in order, sorted, 排序), no direction, no "by" what, no rank nor top: the
        groups are put in their own order (each season, in order), not ranked by their figure, which
        would want a direction (highest first) or a rank word to say so."""
        if any(self.kw_only(it, "order") or self.kw_only(it, "limit_word") for it in self.items):
            return False
        sorts = [p for p, it in enumerate(self.items) if self.kw_only(it, "sort")]
        return bool(sorts) and not self._ranking_said(sorts)

    def _ranking_said(self, sort_pos: list[int]) -> bool:
        """A rank word (排名, rank), not a plain sort word (排序, sorted): a ranking puts the most first."""
        ranks = said_keys("排名", "rank", "ranked", "ranking")
        return any(self.items[p].text in ranks for p in sort_pos)

    def _ranked_groups(self, intent: Intent, sp: int, target: ColumnInfo) -> None:
        """Rank the regions by average sales, highest first: the dimension the sort word takes as its
        object is grouped, each group's measure ranked (a direction said, the measure aggregated)."""
        if not any(m.column == target.name and m.agg in ("sum", "avg") for m in intent.measures):
            return
        j = self.next_content(sp, skip_tags=("order", "sort"))
        c = self.col(self.items[j]) if j is not None and j not in self.ps.used else None
        if j is not None and c is not None and not c.numeric and c.name not in intent.dimensions:
            intent.dimensions.append(c.name)
            self.ps.used.add(j)

    def _sort_target(self, sort_pos: list[int]) -> tuple[ColumnInfo | None, bool]:
        """What the first sort phrase that names one sorts by: a column, or the row count (True)."""
        for sp in sort_pos:
            target, count_target = self._sort_by_phrase(sp)
            if target is None and not count_target:
                target, count_target = self._sort_next_word(sp)
            if target is not None or count_target:
                return target, count_target
        return None, False

    def _sort_by_phrase(self, sp: int) -> tuple[ColumnInfo | None, bool]:
        """按Y排序 / sorted by Y: the column (or count word) after a by-word in the sort phrase's clause."""
        start, end = self.clause_of(sp)
        for pos in range(start, end):
            it = self.items[pos]
            if pos in self.ps.used and not self.kw_only(it, "group"):
                continue
            if self.kw_only(it, "group") and it.text in said_keys("按", "按照", "by", "根据"):
                if self._groups_before_direction(pos, sp):
                    continue
                j = self._by_what(pos)
                if j is None:
                    continue
                if self.items[j].text in said_keys("count", "数量", "frequency", "频率", "次数"):
                    self.ps.used.update({pos, j})
                    return None, True
                c = self.col(self.items[j])
                head = self._head_of_compound(j) if c is not None else None
                if head is not None:  # 按老师名字: by the teacher's name, not by the teacher's key
                    self.ps.used.update({pos, j, head[0]})
                    return head[1], False
                if c is not None:
                    self.ps.used.update({pos, j})
                    return c, False
        return None, False

    def _groups_before_direction(self, pos: int, sp: int) -> bool:
        """ "imports by region, highest first": in English a by-word before a bare direction phrase groups
        (by region); the direction ranks the groups' figures. A sort word (sorted by) takes its by-word
        after it, and Chinese puts 按 before 排序 always."""
        if self.lang != "en" or pos >= sp or not self.kw_only(self.items[sp], "order"):
            return False
        return not any(it.has("sort") or it.text == "order" for it in self.items[:pos])  # order X by Y

    def _by_what(self, pos: int) -> int | None:
        """The word after a by-word; over an aggregate word (rank the regions by average sales) the
        measure's column it aggregates: the ranking is by that measure, not by the grouped column."""
        j = self.next_content(pos, skip_tags=("order", "sort"))
        if j is None or not self.items[j].has("agg") or self.col(self.items[j]) is not None:
            return j
        k = self.next_content(j, skip_tags=("order", "sort"))
        c = self.col(self.items[k]) if k is not None else None
        return k if c is not None and c.numeric else j

    def _head_of_compound(self, j: int) -> tuple[int, ColumnInfo] | None:
        """老师名字 / 老师的名字 after a by-word: the table's word, then the column of it named right after
        (a Chinese compound's head is its last noun)."""
        if self.lang != "zh" or not self.is_table(self.items[j]):
            return None
        k = self.next_content(j, limit=2)
        head = self.col(self.items[k]) if k is not None and self.items[k].kind == "match" else None
        return (k, head) if k is not None and head is not None and not self.is_table(self.items[k]) else None

    def _sort_next_word(self, sp: int) -> tuple[ColumnInfo | None, bool]:
        """ "sorted descending rating": the column (or count word) right after the sort word."""
        j = self.next_content(sp, skip_tags=("order", "sort"))
        if j is not None and self.items[j].text in said_keys("count", "frequency", "频率", "数量"):
            return None, True
        if j is not None and self.items[j].kind == "match" and j not in self.ps.used:
            target = self.col(self.items[j])
            if target is not None:
                self.ps.used.add(j)
            return target, False
        return None, False

    def apply_order(self, intent: Intent) -> None:
        top = self.ps.top_order
        if top is not None and not intent.order:
            self._apply_top_order(intent, top)
            return
        if not self.ps.order_explicit or intent.order:
            return
        desc = self.ps.order_direction
        target = self.ps.order_target
        if self.ps.order_count:
            idx = self._ensure_measure(intent, Measure("count"))
            intent.order.append(("measure", idx, desc))
            return
        if target is not None:
            self._order_by_target(intent, target, desc)
            return
        if (intent.dimensions or intent.time_grain) and self._plain_sort_of_groups():  # each season, in order
            key = ("column", intent.dimensions[0]) if intent.dimensions else ("time", None)
            intent.order.append((*key, False))
        elif intent.measures and (intent.dimensions or intent.time_grain):
            intent.order.append(("measure", 0, desc))
        elif intent.columns:
            # 按降序列出扑克选手的收入: the listed value is sorted, not the id the table word also names
            assert self.table is not None
            named = [
                c for c in intent.columns if c in self.table.columns and self.table.columns[c].role != "id"
            ]
            intent.order.append(("column", (named or intent.columns)[0], desc))

    def _apply_top_order(self, intent: Intent, top: tuple[str, bool]) -> None:
        """人口前3多的国家: ordered by the column before 前 (its measure when it is aggregated)."""
        name, desc = top
        measure = next((i for i, m in enumerate(intent.measures) if m.column == name), None)
        if measure is not None:
            intent.order.append(("measure", measure, desc))
        else:
            intent.order.append(("column", name, desc))
            if intent.columns and name not in intent.columns:
                intent.columns.append(name)

    def _order_by_target(self, intent: Intent, target: ColumnInfo, desc: bool) -> None:
        """Sorted by a named column: its measure, its group, its per-group total, else the column."""
        for i, m in enumerate(intent.measures):
            # goals summed over both sides (pairedsides.py) is what "goals" names
            if m.column == target.name or (m.expression and f'"{target.name}"' in m.expression):
                intent.order.append(("measure", i, desc))
                return
        if intent.dimensions or intent.measures:
            if target.name in intent.dimensions:
                intent.order.append(("column", target.name, desc))
                return
            if target.numeric and intent.dimensions:
                idx = self._ensure_measure(intent, Measure(default_agg(target), target.name))
                intent.order.append(("measure", idx, desc))
                return
        intent.order.append(("column", target.name, desc))

    def _ensure_measure(self, intent: Intent, measure: Measure) -> int:
        for i, m in enumerate(intent.measures):
            if m.agg == measure.agg and m.column == measure.column:
                return i
        intent.measures.append(measure)
        return len(intent.measures) - 1

    def opening_dimension(self, intent: Intent) -> None:
        """ "Sectors sorted by average EPS", "Continents by average life expectancy": a category column's
        plural noun opening the question, with an aggregate asked and no grouping, lists its groups."""
        if intent.dimensions or not intent.measures or any(m.agg == "none" for m in intent.measures):
            return
        pos = next(
            (k for k, it in enumerate(self.items) if it.kind != "word" or it.text not in ("the",)), None
        )
        if (
            pos is None
            or pos in self.ps.used
            or self.items[pos].kind != "match"
            or self.is_table(self.items[pos])
        ):
            return
        it = self.items[pos]
        c = self.col(it, prefer="group")
        plural = self.original(it).lower().endswith("s") and self.lang != "zh"
        if c is not None and plural and not c.numeric and c.role == "dimension" and not it.tags:
            intent.dimensions.append(c.name)
            self.ps.used.add(pos)

    def find_dimensions(self, intent: Intent) -> None:
        for pos, it in enumerate(self.items):
            if pos in self.ps.used:
                continue
            if not (
                self.kw_only(it, "group")
                or self._group_word_in_a_name(pos)
                or (self.kw_only(it, "distinct") and (intent.measures or self.ps.count_kw))
            ):
                continue
            if self.breaks_down_by(pos):
                self.ps.used.add(pos)  # break down the callback rate by race: the groups follow "by"
                continue
            j = self._grouped_item(pos)
            if j is None:
                continue
            if self.is_table(self.items[j]):
                self._group_by_type(intent, pos, j)
                continue
            c = self.col(self.items[j], prefer="group")
            if c is None:
                continue
            if c.role == "time" and not intent.time_grain:
                intent.time_grain = "year" if it.text in ("year",) else "month"
                intent.time_column = c.name
            elif c.name not in intent.dimensions:
                intent.dimensions.append(c.name)
            self.ps.used.update({pos, j, *(k for k in range(pos + 1, j) if self.number_grouped(k))})
            self._second_dimension(intent, j)

    def _grouped_item(self, pos: int) -> int | None:
        """The unread matched item a group word (各 / each / by) groups by, over fillers."""
        before = self._noun_before_breakdown(pos)
        if before is not None:
            return before
        j = self.next_content(pos, skip_tags=("distinct", "group"))
        if j is not None and self.kw_only(self.items[j], "count") and self.items[j].text == "number of":
            j = self.next_content(j)  # for each number of cylinders: one group per cylinder count
        while j is not None and self.items[j].kind == "word" and self.items[j].text in GROUP_FILLERS:
            j = self.next_content(j, skip_tags=("distinct", "group"))
        if j is None or j in self.ps.used or self.items[j].kind != "match":
            return None
        return j

    def _group_word_in_a_name(self, pos: int) -> bool:
        """ "average mpg per model year" over Miles_per_Gallon: a group word that is also a weak word of
        a column's name groups by the column named outright right after it."""
        assert self.table is not None
        it = self.items[pos]
        if not (it.kind == "match" and it.has("group")) or not it.links:
            return False
        if any(lk.kind != "column" or lk.score >= 0.7 for lk in it.links):
            return False
        j = self.next_content(pos, limit=1)
        nxt = self.items[j] if j is not None else None
        if nxt is None or nxt.kind != "match" or not self._strong_link(nxt):
            return False
        return not {lk.column for lk in it.links} & {lk.column for lk in nxt.links}

    def _noun_before_breakdown(self, pos: int) -> int | None:
        """ "the island breakdown of ...": the noun "breakdown" follows the column it groups by."""
        if self.items[pos].text != "breakdown":
            return None
        j = self.prev_content(pos, limit=1)
        if j is None or j in self.ps.used or self.items[j].kind != "match" or self.is_table(self.items[j]):
            return None
        c = self.col(self.items[j], prefer="group")
        return j if c is not None and not c.numeric else None

    def _group_by_type(self, intent: Intent, pos: int, j: int) -> None:
        """每种宠物 / 各类商品: one group per type of the table's things."""
        kind_word = any(ch in self.items[pos].text for ch in "种类")
        c = self._type_column() if kind_word else None
        if c is not None and c.name not in intent.dimensions:
            intent.dimensions.append(c.name)
            self.ps.used.update({pos, j})

    def _second_dimension(self, intent: Intent, j: int) -> None:
        """ "each category and channel", "by continent and year", "by origin and number of cylinders": a
        second column joined by and (a year, or a number with few distinct values, groups too)."""
        k = self.next_content(j)
        if k is not None and self.kw_only(self.items[k], "and"):
            k2 = self.next_content(k)
            if (
                k2 is not None
                and self.kw_only(self.items[k2], "count")
                and self.items[k2].text == "number of"
            ):
                k2 = self.next_content(k2)  # by origin and number of cylinders: one group per count
            if k2 is not None and self.items[k2].kind == "match" and k2 not in self.ps.used:
                c2 = self.col(self.items[k2], prefer="group")
                if c2 is not None and self._groups_well(c2) and c2.name not in intent.dimensions:
                    intent.dimensions.append(c2.name)
                    self.ps.used.update(range(k + 1, k2 + 1))

    def _groups_well(self, c: ColumnInfo) -> bool:
        """A column to group by: not a number, unless a year or a count with few distinct values."""
        assert self.table is not None
        few = 0 < c.distinct <= 24 and c.distinct * 4 <= self.table.row_count and c.type == "integer"
        return not c.numeric or c.role == "year" or few

    def _type_column(self) -> ColumnInfo | None:
        assert self.table is not None
        for c in self.table.columns.values():
            if c.role in ("dimension", "text") and any(
                w in ("type", "category", "kind", "类型", "类别", "种类") for w in c.words
            ):
                return c
            if c.role == "dimension" and c.name.endswith(("类型", "类别", "品类")):
                return c
        return None
