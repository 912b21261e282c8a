"""Ranking clause: superlatives over rows, groups and time buckets; listed columns."""

from __future__ import annotations

from shared.ask.engines.rules.calparts import calendar_parts
from shared.ask.engines.rules.intent import Intent, Measure, agg_of
from shared.ask.engines.rules.parse_order import OrderClauses
from shared.ask.engines.rules.parsecommon import (
    CLASSIFIERS,
    RANKED_GRAINS,
    TIMES_WORDS,
    default_agg,
    said_keys,
)
from shared.ask.engines.rules.rankunit import rank_unit
from shared.ask.engines.rules.rankwords import place_direction
from shared.semantic.vocabulary.linking import (
    ColumnInfo,
    Item,
    Link,
)
from shared.semantic.vocabulary.segment import phrase_key

RankTarget = tuple[ColumnInfo | None, str | None, int | None]  # (column, aggregate, its position)
AVERAGE_UNREAD_DOUBT = 0.4  # an average asked with no amount read: the row count answers another question
ROWS_OVER_REPEATS_DOUBT = 0.4  # rows ranked where each thing shown holds several: its groups may be meant


class RankingClauses(OrderClauses):
    """Ranking clause: superlatives over rows, groups and time buckets; listed columns."""

    def find_ranking(self, intent: Intent) -> None:
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or not self.kw_only(it, "sup"):
                continue
            desc = it.has("sup:desc")
            if self.ps.rank_hint == "asc":
                desc = False
            self.ps.used.add(pos)
            sorts_only = self._sorts_only(pos, intent)
            target, inner, target_pos = self._rank_target(pos, it)
            if target is None and inner != "count":
                target, inner = self._totalled_measure(intent, pos, inner)  # 贷款总额最高的5个州
            if inner not in ("count", "sum"):
                desc = place_direction(desc, it.text, target)  # the best rank is the smallest number
            if target is None and inner != "count" and self._rank_by_rate(intent, desc):
                return
            if inner != "count" and self._rank_by_read_measure(intent, pos, desc):
                intent.limit = None if sorts_only else intent.limit
                return
            entity = (
                None
                if self._ranks_table_rows(pos, intent, target)
                else self._rank_entity(intent, target, target_pos) or self._label_after(pos, intent, target)
            )
            if target is None and inner != "count":
                continue
            self._apply_ranking(intent, pos, desc, target, inner, entity, target_pos)
            intent.limit = None if sorts_only else intent.limit
            return

    def _totalled_measure(
        self, intent: Intent, pos: int, inner: str | None
    ) -> tuple[ColumnInfo | None, str | None]:
        """贷款总额最高 / 成交总额排前三: an aggregate word right before the superlative (or read after it),
        nothing else ranked by, is the one measure the question already read with that aggregate."""
        assert self.table is not None
        j = self.prev_content(pos, limit=1)
        while j is not None and self.items[j].has("sort"):
            j = self.prev_content(j, limit=1)  # 总额排前三: the rank word between them
        if inner is None and j is not None and self.kw_only(self.items[j], "agg"):
            inner = (self.items[j].tag("agg") or "").split(":")[1]
        read = [m for m in intent.measures if m.column and str(m.agg) == inner]
        if inner not in ("sum", "avg") or len(intent.measures) != 1 or len(read) != 1:
            return None, inner
        return self.table.columns.get(read[0].column or ""), inner

    def _sorts_only(self, pos: int, intent: Intent) -> bool:
        """ "..., heaviest first" / "largest first": a superlative then "first" says the order of all
        the rows or groups, not which one to keep; no limit unless a top-N number was said."""
        nxt = pos + 1
        if nxt >= len(self.items) or self.items[nxt].text != "first" or intent.limit is not None:
            return False
        self.ps.used.add(nxt)
        return True

    def _rank_by_read_measure(self, intent: Intent, pos: int, desc: bool) -> bool:
        """ "Which month had the highest average X" / "the sector with the lowest total Y": the superlative
        right before a measure already read ranks the groups by it, the first one answering. A condition on
        the groups (among states with at least 100 loans, which …) groups them before their word is read."""
        if (
            not intent.measures
            or not (intent.dimensions or intent.time_grain or intent.having)
            or intent.order
        ):
            return False
        j = pos + 1
        while j < len(self.items) and self.kw_only(self.items[j], "agg") and j in self.ps.used:
            j += 1
        j = j + 1 if j < len(self.items) and self.value_adjunct(j) else j  # highest average Brent price
        c = self.col(self.items[j]) if j < len(self.items) and j in self.ps.used else None
        idx = next((k for k, m in enumerate(intent.measures) if c is not None and m.column == c.name), None)
        if idx is None:
            return False
        desc = place_direction(desc, self.items[pos].text, c)  # the best average rank is the smallest
        intent.order = [("measure", idx, desc)]
        intent.limit = intent.limit or 1
        return True

    def _ranks_table_rows(self, pos: int, intent: Intent, target: ColumnInfo | None) -> bool:
        """ "the type and weight of the youngest pet": an adjective on the table's noun ranks its rows.

        Not with "which" / "each", which name the groups to rank.
        """
        if target is None or intent.dimensions:
            return False
        j = self.next_content(pos, limit=1)
        if j is None or not self.is_table(self.items[j]):
            return False
        return not any(self.kw_only(x, "which", "group") for x in self.items)

    def _rank_by_rate(self, intent: Intent, desc: bool) -> bool:
        """退货率最高的省份 / 客单价最低的门店: rank the groups by the rate, share or metric asked for."""
        idx = next((i for i, m in enumerate(intent.measures) if m.agg in ("rate", "metric")), None)
        if idx is None and intent.share and intent.measures:
            idx = 0
        if idx is None:
            return False
        if not intent.dimensions:
            for k, it in enumerate(self.items):
                c = self.col(it, prefer="group") if it.kind == "match" and k not in self.ps.used else None
                if c is not None and c.role in ("dimension", "text", "year") and not c.name_like:
                    intent.dimensions.append(c.name)
                    self.ps.used.add(k)
                    break
        if not intent.dimensions and not intent.time_grain:
            self._rank_time_buckets(intent)
        intent.order = [("measure", idx, desc)]
        if intent.dimensions or intent.time_grain:
            intent.limit = intent.limit or 1
        return True

    def _rank_time_buckets(self, intent: Intent) -> None:
        """哪个月的退货率最高 / which month had the highest return rate: time buckets are ranked."""
        tcol = self.time_column()
        if tcol is None:
            return
        for k, it in enumerate(self.items):
            grain = RANKED_GRAINS.get(it.text) if it.kind == "word" and k not in self.ps.used else None
            if grain is not None:
                intent.time_grain, intent.time_column = grain, tcol.name
                self.ps.used.add(k)
                return

    def _rank_target(self, pos: int, it: Item) -> RankTarget:
        """What a superlative ranks by: (column, aggregate, position of the column)."""
        # windiest days: the wind ranks the days, never their count
        found = None if self._column_of_superlative(it.text) else self._counted_rank_target(pos, it)
        if found is None:
            found = self._implied_rank_target(pos, it, self.implied_column(it.text))
        if found is not None:
            return found
        found, inner = self._rank_target_after(pos)
        if found is None:
            found = self._rank_target_before(pos)
        if found is not None:
            return found
        c = self.implied_column(it.text)
        if c is not None:
            return c, inner, None
        if inner == "count" or it.text in said_keys("最多", "最少", "most", "fewest", "the most", "least"):
            return None, "count", None  # 哪个年级的学生最多: most *rows*
        return None, inner, None

    def _counted_rank_target(self, pos: int, it: Item) -> RankTarget | None:
        """ "the maximum number of X" (X holds the number), "the most times", "the most common": a count."""
        count_words = (
            "most common",
            "the most common",
            "the most popular",
            "the most frequent",
            "most popular",
            "most frequent",
            "most frequently",
            "最常见",
            "最受欢迎",
            "最流行",
            "最频繁",
            "largest number",
            "most number",
            "greatest number",
            "maximum number",
            "least number",
            "fewest number",
            "minimum number",
        )
        counted = self._number_column_after(pos)
        if counted is not None:
            return counted  # "the maximum number of final tables made": that column holds the number
        if self._ranks_times(pos) or self.ranks_days(pos):
            return None, "count", None  # "won the most times" / 次数最多 / the most days: a row count
        if self._zh_most_common(pos):
            self.ps.most_common = True
            return None, "count", None
        if it.text in tuple(phrase_key(w) for w in count_words):
            # "the most common best finish": the answer is a value of the column, even without "which"
            self.ps.most_common = any(
                w in it.text for w in ("common", "popular", "frequent", "常 见", "欢 迎", "流 行", "频 繁")
            )
            return None, "count", None
        return None

    def _implied_rank_target(self, pos: int, it: Item, implied: ColumnInfo | None) -> RankTarget | None:
        """最近 / the first / the oldest: the column the superlative implies, unless a column follows."""
        if implied is not None and implied.role == "time":
            j2 = self.next_content(pos)
            nxt_col = self.col(self.items[j2], prefer="time") if j2 is not None else None
            if nxt_col is not None and nxt_col.role == "time":
                self.ps.used.add(j2 or 0)
                return nxt_col, None, j2
            return implied, None, None  # 最近的治疗费用 / the first student to register: by date
        if implied is not None and it.text.isascii():
            j2 = self.next_content(pos)
            nxt_col = self.col(self.items[j2], prefer="numeric") if j2 is not None else None
            if j2 is not None and self._table_noun_then_a_number(j2):
                return None  # the longest flight distance: the flights' distance, not an implied length
            if j2 is None or self.is_table(self.items[j2]) or nxt_col is None or not nxt_col.numeric:
                return implied, None, None
        return None

    def _table_noun_then_a_number(self, j: int) -> bool:
        """The table's noun modifying the numeric column named right after it ("flight distance")."""
        if not self.is_table(self.items[j]) or j + 1 >= len(self.items):
            return False
        c = self.col(self.items[j + 1], prefer="numeric")
        return c is not None and c.numeric and self._strong_link(self.items[j + 1])

    def _rank_target_after(self, pos: int) -> tuple[RankTarget | None, str | None]:
        """The (aggregated) column after the superlative, and the aggregate or count word read on the way."""
        inner = None
        j = pos
        for _ in range(4):
            j2 = self.next_content(j, skip_tags=())
            if j2 is None:
                break
            nxt = self.items[j2]
            if self.kw_only(nxt, "agg"):
                inner = (nxt.tag("agg") or "").split(":")[1]
                self.ps.used.add(j2)
                j = j2
                continue
            if self.kw_only(nxt, "count"):
                inner = "count"
                self.ps.used.add(j2)
                j = j2
                continue
            if self.value_adjunct(j2):
                j = j2  # the highest Brent crude price: the price, of the value said before it
                continue
            if nxt.kind == "match":
                return self._ranked_match(pos, j2, inner), inner
            break
        return None, inner

    def _ranked_match(self, pos: int, j2: int, inner: str | None) -> RankTarget | None:
        """The matched item after the superlative: a stronger measure, the table's measure, its rows
        counted (en), or a numeric or time column; None when the superlative ranks the table's rows."""
        nxt = self.items[j2]
        also = self.col(nxt, prefer="numeric")
        stronger = (
            self._stronger_measure_after(j2)
            if self.is_table(nxt) and not self._strong_measure_before(pos, None)
            else None
        )
        if stronger is not None:
            self.ps.used.update({j2, stronger[1]})  # "the longest match duration in minutes": minutes
            return stronger[0], inner, stronger[1]
        if (
            self.is_table(nxt)
            and also is not None
            and also.role == "measure"
            and j2 not in self.ps.used
            and not self._strong_measure_before(pos, self.col_link(nxt))
        ):
            self.ps.used.add(j2)  # "the highest exam score": the table exam_scores, and its score
            return also, inner, j2
        if self.is_table(nxt) and self.lang == "en" and j2 not in self.ps.used:
            return None, "count", j2
        if self.is_table(nxt):
            return None  # 最年轻的老师: the superlative ranks the table's rows by what it implies
        return self._ranked_column(j2, inner)

    def _ranked_column(self, j2: int, inner: str | None) -> RankTarget | None:
        """A numeric or time column; one already read counts only as a measure of the reading."""
        c = self.col(self.items[j2], prefer="numeric")
        if c is None or not (c.numeric or c.role == "time") or c.role == "id":
            return None
        if j2 in self.ps.used:
            used_measure = (
                next((m for m in self.intent.measures if m.column == c.name), None) if self.intent else None
            )
            if used_measure is None:
                return None
            inner = inner or str(used_measure.agg)
        self.ps.used.add(j2)
        return c, inner, j2

    def _rank_target_before(self, pos: int) -> RankTarget | None:
        """时长最长 / 人口最多: the (aggregated) column said right before the superlative."""
        j = self.prev_content(pos, limit=2)
        measure = self.measure_totalled_before(j) if j is not None else None
        if j is not None and measure is not None:  # 就业(总)人数最少 / 就业总数最少: the measure before them
            self.ps.used.update(range(measure + 1, j + 1))
            j = measure
        if j is None or self.items[j].kind != "match":
            return None
        c = self.col(self.items[j], prefer="numeric")
        if c is not None and c.role != "id" and (c.numeric or c.role == "time"):
            agg = self._agg_before(j) or next(
                (m.agg for m in (self.intent.measures if self.intent else []) if m.column == c.name), None
            )
            self.ps.used.add(j)
            return c, agg, j
        if self.is_table(self.items[j]) and self.lang == "zh":
            return None, "count", j
        return None

    def _zh_most_common(self, pos: int) -> bool:
        """人数最多的年级 / 使用最多的唱片公司: 最多 after a count word or a plain verb, before a category
        column, asks for the value that occurs most often."""
        if self.lang != "zh" or self.items[pos].text not in said_keys("最多", "最少"):
            return False
        before = self.prev_content(pos, limit=0)
        if before is not None and self.kw_only(self.items[before], "count"):
            return self.measure_totalled_before(before) is None  # 就业人数最少: the measure ranked
        if before is None or self.items[before].kind != "word":
            return False
        j = self.next_content(pos, limit=1)
        if j is None or j in self.ps.used or self.items[j].kind != "match" or self.is_table(self.items[j]):
            return False
        c = self.col(self.items[j], prefer="group")
        return c is not None and c.role in ("dimension", "text") and not c.unique and not c.name_like

    def _stronger_measure_after(self, pos: int) -> tuple[ColumnInfo, int] | None:
        """A strongly linked numeric column shortly after the table's noun, which a weak link of that noun
        (match -> match_num) must not outrank."""
        own = self.col_link(self.items[pos])
        floor = max(0.85, own.score + 0.3) if own is not None else 0.85
        for j in range(pos + 1, min(len(self.items), pos + 5)):
            it = self.items[j]
            if it.kind in ("punct", "num") or (it.kind == "match" and it.tags) or it.text in ("的", "of"):
                return None  # 最大的国家的人口: a possessive names another attribute of the ranked row
            if it.kind != "match" or j in self.ps.used:
                continue
            c, lk = self.col(it, prefer="numeric"), self.col_link(it)
            if c is not None and lk is not None and c.numeric and c.role != "id" and lk.score >= floor:
                return c, j
            return None
        return None

    def _strong_measure_before(self, pos: int, weak: Link | None) -> bool:
        """时长最长的比赛: a numeric column said right before the superlative beats the noun's weak link."""
        j = self.prev_content(pos, limit=1)
        if j is None or self.items[j].kind != "match" or j in self.ps.used:
            return False
        c, lk = self.col(self.items[j], prefer="numeric"), self.col_link(self.items[j])
        if c is None or lk is None or not c.numeric or c.role == "id":
            return False
        return lk.score >= 0.85 and (weak is None or weak.score + 0.3 <= lk.score)

    def _ranks_times(self, pos: int) -> bool:
        """ "the most times" / 最多次 / 次数最多: the superlative counts occurrences, not a column."""
        for j in (pos + 1, pos - 1):
            if 0 <= j < len(self.items) and self.items[j].text in TIMES_WORDS and j not in self.ps.used:
                self.ps.used.add(j)
                self.ps.times_ranked = True
                return True
        return False

    def _number_column_after(self, pos: int) -> tuple[ColumnInfo, str, int] | None:
        """ "maximum number of X" where X is a numeric column (Final_Table_Made, Num_of_staff): X itself."""
        if self.items[pos].text not in said_keys(
            "maximum number", "minimum number", "largest number", "greatest number", "least number"
        ):
            return None
        j = self.next_content(pos)
        if j is None or j in self.ps.used or self.items[j].kind != "match" or self.is_table(self.items[j]):
            return None
        c = self.col(self.items[j], prefer="numeric")
        if c is None or not c.numeric or c.role != "measure":
            return None
        self.ps.used.add(j)
        least = self.items[pos].text in said_keys("minimum number", "least number")
        return c, "min" if least else "max", j

    def _rank_entity(self, intent: Intent, target: ColumnInfo | None, target_pos: int | None) -> str | None:
        """The grouped thing ranked ("which province"), or None when rows are ranked."""
        if intent.dimensions:
            return intent.dimensions[0]
        part = self._numbered_part(intent)
        if part is not None:
            return part
        if not self.asks_which() and not self.ps.most_common:
            return None
        if self._which_rows():
            return None
        filtered = {f.column for f in intent.filters}
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match" or pos == target_pos:
                continue
            c = self.col(it, prefer="group")
            if c is None or (target is not None and c.name == target.name) or c.name in filtered:
                continue
            if self._entity_at(pos, c, target):
                return c.name
        return None

    def _entity_at(self, pos: int, c: ColumnInfo, target: ColumnInfo | None) -> bool:
        """Whether the item at pos, naming column c, is the thing ranked: the table's own noun only through
        its repeating label (each doctor's rows over doctor-years), never a counted noun."""
        it = self.items[pos]
        if self.is_table(it):
            return c.name_like and self._label_groups(pos, c)
        return not self._counted_noun(pos) and self._ranked_group(pos, c, target)

    def _numbered_part(self, intent: Intent) -> str | None:
        """最少的3个月 / the 3 months with the fewest X over daily rows: the number of a calendar part (a
        month-of-year column) ranks its groups, each month's rows together, not 3 of the days."""
        assert self.table is not None
        parts = set(calendar_parts(self.table).values())
        for pos, it in enumerate(self.items):
            if it.kind != "num" or it.value != intent.limit or not parts:
                continue
            j = self.next_content(pos, limit=2)
            while j is not None and self.items[j].kind == "word" and self.items[j].text in CLASSIFIERS:
                j = self.next_content(j, limit=1)
            c = self.col(self.items[j], prefer="group") if j is not None else None
            held = j is not None and j not in self.ps.used and c is not None and c.name in parts
            if held and c is not None and j is not None and 0 < c.distinct * 2 <= self.table.row_count:
                self.ps.used.add(j)
                intent.columns = []  # the groups show themselves, not a row's label
                return c.name
        return None

    def _counted_noun(self, pos: int) -> bool:
        """评分次数最多的电影 / 哪一年的评分数量最多: the noun right before a Chinese count word is what is
        counted (the rows), never the groups ranked by that count."""
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        return (
            self.lang == "zh"
            and nxt is not None
            and self.kw_only(nxt, "count")
            and not self.items[pos].text.isascii()
        )

    def _which_rows(self) -> bool:
        """ "Which penguin is the heaviest? Give its species": "which" + the table's own noun (not a
        compound like "penguin species") asks for a row; columns named later are what to show."""
        w = next((k for k, it in enumerate(self.items) if self.kw_only(it, "which")), None)
        j = self.next_content(w, limit=1) if w is not None else None
        if j is None or not self.is_table(self.items[j]):
            return False
        own = self.col_link(self.items[j])
        if own is not None and own.score >= 0.85:
            return False  # the table's noun is also a column's whole name
        nxt = self.items[j + 1] if j + 1 < len(self.items) else None
        return nxt is None or nxt.kind != "match" or self.col(nxt) is None

    def _ranked_group(self, pos: int, c: ColumnInfo, target: ColumnInfo | None) -> bool:
        """Whether the column named at pos is the grouped thing a superlative ranks."""
        if c.role in ("dimension",) and not c.unique and not c.name_like:
            return True
        if target is None and c.role in ("dimension", "text", "measure") and not c.name_like:
            return True  # "the most common hometown": counted per value even when values are few
        if target is None and self.ps.times_ranked and c.role in ("dimension", "text"):
            return True  # "the winner who won the most times": the names are what repeat
        before = self.prev_content(pos, limit=1)
        if before is not None and self.kw_only(self.items[before], "which") and c.role != "id":
            return True  # 哪个年级 / which grade: the thing after "which" is what is ranked
        if (c.name_like or self._after_limit(pos)) and self._label_groups(pos, c):
            return True  # 平均房价最高的5个街区 / the 3 years with the highest average X: each one's rows
        return (
            c.role in ("year", "bool")
            and self.lang == "en"
            and any(self.kw_only(x, "which") for x in self.items[:pos])
        )

    def _label_after(self, pos: int, intent: Intent, target: ColumnInfo | None) -> str | None:
        """借阅量最多的分馆 / 评分最低的门店: (zh) the label column named right after the superlative and 的
        is the thing ranked; its groups when the label repeats (`_label_groups`), else None (the rows)."""
        if self.lang != "zh" or intent.dimensions or target is None or not target.numeric:
            return None
        j = self.next_content(pos, limit=1)
        if j is None or j in self.ps.used or self.items[j].kind != "match" or self.is_table(self.items[j]):
            return None
        c = self.col(self.items[j], prefer="group")
        if c is None or not c.name_like or c.name == target.name or not self._label_groups(j, c):
            return None
        return c.name

    def _label_groups(self, pos: int, label: ColumnInfo) -> bool:
        """The things a label column names are ranked as groups of rows (`rankunit.rank_unit`): the
        label repeats, tells the things apart (no key of the same word holds more values) and no pinned
        period leaves one row per thing. Never for a classifier (三名 is no first name)."""
        assert self.table is not None and self.intent is not None
        it = self.items[pos]
        lk = self.col_link(it)
        if it.text in CLASSIFIERS or lk is None or lk.score < 0.7:
            return False
        if self._attribute_after(pos, label):
            return False  # 金额最高的区域的负责人: an attribute of the thing ranked is what is asked
        cols = self.table.columns
        keys = [cols[k.column] for k in it.links if k.kind == "column" and k.column in cols]
        keys = [k for k in keys if k.name != label.name and k.role == "id"]
        periods = self._pinned_periods(self.intent)
        aggregated = any(m.column is not None and m.agg in ("avg", "sum") for m in self.intent.measures)
        unit = rank_unit(label, self.table.row_count, keys, periods, aggregated)
        return unit == "groups"

    def _after_limit(self, pos: int) -> bool:
        """The thing named right after the top-N number (the 3 years with …, 最多的5个国家) is ranked."""
        assert self.intent is not None
        j = self.prev_content(pos, limit=1)
        while j is not None and self.items[j].kind == "word" and self.items[j].text in CLASSIFIERS:
            j = self.prev_content(j, limit=1)
        it = self.items[j] if j is not None else None
        return it is not None and it.kind == "num" and it.value == self.intent.limit

    def rows_ranked_over_repeats(self, intent: Intent) -> None:
        """The 3 doctors with the highest score over doctor-years: rows ranked and shown by a name whose
        things repeat over the rows (`rankunit.rank_unit` says groups: no key tells them apart finer, no
        pinned period leaves one row each) may show one thing several times; the reading is doubted."""
        assert self.table is not None
        ranked_rows = bool(intent.limit and intent.order) and intent.order[0][0] == "column"
        if intent.dimensions or intent.measures or not ranked_rows:
            return
        keys = [c for c in self.table.columns.values() if c.role == "id" and not c.unique]
        periods = self._pinned_periods(intent)
        shown = self._names_said_and_shown(intent)
        if any(rank_unit(c, self.table.row_count, keys, periods) == "groups" for c in shown):
            self.lower("rows_ranked_over_repeats", ROWS_OVER_REPEATS_DOUBT)

    def _names_said_and_shown(self, intent: Intent) -> list[ColumnInfo]:
        """The name columns the ranked rows show (listed, else the rows' own names) that a word of the
        question names: the things asked for."""
        assert self.table is not None
        cols = self.table.columns
        named = intent.columns or self.row_name_columns()
        said = {lk.column for it in self.items for lk in it.links if lk.kind == "column"}
        ranked = intent.order[0][1]
        return [cols[c] for c in named if c in cols and c in said and cols[c].name_like and c != ranked]

    def _pinned_periods(self, intent: Intent) -> list[ColumnInfo]:
        """The year or time columns an equality filter pins (in 2016: one period kept)."""
        assert self.table is not None
        cols = self.table.columns
        return [
            cols[f.column]
            for f in intent.filters
            if f.op == "=" and f.column in cols and cols[f.column].role in ("year", "time")
        ]

    def _attribute_after(self, pos: int, label: ColumnInfo) -> bool:
        """Another column named after the label and read by no clause (…的区域的负责人, …的那个社区，家庭收入
        中位数; not the measure ranked by): an attribute of the thing ranked is asked, which the other
        readings show."""
        for k in range(pos + 1, len(self.items)):
            it = self.items[k]
            c = self.col(it) if it.kind == "match" and not it.tags and k not in self.ps.used else None
            lk = self.col_link(it) if c is not None else None
            if c is not None and lk is not None and lk.score >= 0.7 and c.name != label.name:
                return True
        return False

    def _apply_ranking(
        self,
        intent: Intent,
        pos: int,
        desc: bool,
        target: ColumnInfo | None,
        inner: str | None,
        entity: str | None,
        target_pos: int | None,
    ) -> None:
        if entity is not None:
            self._rank_groups(intent, desc, target, inner, entity)
            return
        if target is None and inner == "count" and intent.time_grain and not intent.dimensions:
            # which year had the most rainy days: the periods ranked by their row count
            intent.order = [("measure", self._ensure_measure(intent, Measure("count")), desc)]
            intent.limit = intent.limit or 1
            return
        if target is None:
            return
        wants_row = self.asks_which() or self._other_columns(target)
        if inner in ("sum", "avg", "count", "max", "min") or not wants_row:
            agg = inner if inner in ("sum", "avg", "median", "max", "min") else ("max" if desc else "min")
            if not intent.measures:
                intent.measures.append(Measure(agg_of(agg), target.name))
            return
        intent.order = [("column", target.name, desc)]
        intent.limit = intent.limit or 1
        self.ps.rank_column = target.name

    def _rank_groups(
        self, intent: Intent, desc: bool, target: ColumnInfo | None, inner: str | None, entity: str
    ) -> None:
        """哪个省份的销售额最高: the groups ranked by their measure (or row count), the first kept."""
        if entity not in intent.dimensions:
            intent.dimensions.append(entity)
            for k, it in enumerate(self.items):
                c = self.col(it, prefer="group") if it.kind == "match" and k not in self.ps.used else None
                if c is not None and c.name == entity:
                    self.ps.used.add(k)
        if target is None or inner == "count":
            measure = Measure("count")
            if self._average_said():  # pays the most on average: an average of some amount, no count
                self.lower("average_unread", AVERAGE_UNREAD_DOUBT)
        else:
            agg = inner or default_agg(target)
            measure = Measure(agg_of(agg), target.name)
        idx = self._ensure_measure(intent, measure)
        intent.order = [("measure", idx, desc)]
        intent.limit = intent.limit or 1

    def _average_said(self) -> bool:
        """ "Which team scores the most on average": an average asked where the groups are ranked by their
        row count answers another question."""
        return any(it.kind == "match" and not it.links and it.has("agg:avg") for it in self.items)

    def _other_columns(self, target: ColumnInfo) -> bool:
        if any(self.kw_only(it, "ask_attr") for it in self.items):
            return True
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match":
                continue
            c = self.col(it)
            if c is not None and c.name != target.name:
                return True
            if self.is_table(it):
                return True
        return False

    def _listed_with_measure(self, intent: Intent) -> None:
        """ "the tourney name and the number of matches for each year" / 每个部门的项目名称和项目的数量:
        a column listed beside a grouped measure is grouped too, so every database can show it."""
        if not intent.measures or not (intent.dimensions or intent.time_grain):
            return
        assert self.table is not None
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match" or it.tags or self.is_table(it):
                continue
            c = self.col(it)
            lk = self.col_link(it)
            if c is None or c.numeric or c.role == "time" or lk is None or lk.score < 0.85 or c.unique:
                continue  # a column unique per row would split every group into single rows
            j = self.next_content(pos, limit=1)
            if j is None or not self.kw_only(self.items[j], "and"):
                continue
            if not self._measure_word_soon(j):
                continue
            if c.name not in intent.dimensions:
                intent.dimensions.append(c.name)
            self.ps.used.add(pos)

    def _measure_word_soon(self, pos: int) -> bool:
        """An aggregate or count word within the next few items (项目的数量 / the number of matches)."""
        for it in self.items[pos + 1 : pos + 5]:
            if it.kind == "punct" or it.has("and"):
                return False
            if it.has("count", "agg", "count_distinct"):
                return True
        return False

    def find_list_columns(self, intent: Intent) -> None:
        if intent.measures or intent.dimensions or intent.time_grain:
            return
        cols: list[str] = list(intent.columns)
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match":
                continue
            if self.kw_only(it, "ask_attr"):
                implied = self.implied_column(it.text)
                if implied is not None and implied.name not in cols:
                    cols.append(implied.name)
                    self.ps.used.add(pos)
                continue
            c = self._listed_column(intent, pos, cols)
            if c is None:
                continue
            cols.append(c.name)
            self.ps.used.add(pos)
        intent.columns = cols

    def _listed_column(self, intent: Intent, pos: int, cols: list[str]) -> ColumnInfo | None:
        """The column the item at pos lists, unless it is a grammar word, a weak link or a filter's."""
        it = self.items[pos]
        if it.tags and not self._strong_link(it) and not it.has("which", "list"):
            return None
        c = self.col(it)
        if c is None or c.name in cols:
            return None
        lk = self.col_link(it)
        if lk is not None and lk.score < 0.4:
            return None
        if self.is_table(it) and lk is not None and lk.score < 0.6:
            return None  # "the 5 heaviest shipments": the table's noun, not its delivery_date column
        if self._only_filters(intent, pos, c, lk, cols):
            return None
        return c

    def _only_filters(
        self, intent: Intent, pos: int, c: ColumnInfo, lk: Link | None, cols: list[str]
    ) -> bool:
        """A column the question compares or filters on, not listed with and / a list verb."""
        compared = {f.column for f in intent.filters if f.source == "number"}
        before = self.prev_content(pos, limit=1)
        listed = before is not None and self.kw_only(self.items[before], "and", "list")
        if c.name in compared and lk is not None and lk.score < 0.85 and not listed:
            return True  # "tickets resolved in under 2 hours": 'resolved' restates the compared column
        # "distinct countries of singers above age 30": age only filters
        return bool(cols) and not listed and c.name in {f.column for f in intent.filters}
