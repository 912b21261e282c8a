"""Question -> Intent: reads the linked items (keywords, columns, values, numbers, times) left to right.

Grammar, not templates: an aggregate word before a column makes a measure, a group word before a
column makes a dimension, a superlative around a column makes a ranking, a value makes a filter, a
number next to a comparator makes a numeric filter. What cannot be placed is reported, so the engine
can ask back instead of guessing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from shared.engines.rules import timeexpr
from shared.engines.rules.intent import Filter, Having, Intent, Measure, TimeRange
from shared.engines.rules.linking import (
    STOP_WORDS,
    ColumnInfo,
    Item,
    Link,
    TableIndex,
    implied_map,
    index_for,
    match,
    translations,
)
from shared.engines.rules.measures import default_aggregation
from shared.engines.rules.parsestate import Parsed, ParseState
from shared.engines.rules.propernouns import other_names
from shared.engines.rules.tokenize import CJK_RE, detect_lang, normalise, phrase_key, units_of
from shared.schema import Schema, SemanticLayer

ZH_STOP = set(
    "的了是有在中和与及或都也把被给对从向于以之其这那个些们吗呢吧啊呀么什怎如何请问下要能会可将并且还所得地着过就又再很更其它他她它每一共里上间"
)
# generic nouns that sit before a column's name without naming one of its values (类型政府 / kind of pet)
GENERIC_NOUNS = frozenset(
    ("类型", "种类", "类别", "形式", "方式", "名称", "名字", "具体", "相关", "对应", "主要", "整体", "总体")
    + ("type", "types", "kind", "kinds", "form", "forms", "sort", "name", "names", "main", "overall")
    + ("other", "different", "various", "unique", "specific", "corresponding", "related", "given")
)
FILLER_TAGS = ("and", "followup")
INCLUSIVE_NOTE = re.compile(r"\((?:含|包含|包括|inclusive|including|both inclusive)[^)]*\)")
# Confidence lowered per unknown word, per grammar word left unused, per named column left unused.
UNKNOWN_WORD_DOUBT = 0.2
LEFTOVER_KEYWORD_DOUBT = 0.12
LEFTOVER_COLUMN_DOUBT = 0.35  # 4 right / 20 wrong on the sets: a named column left out is a misreading
OTHER_TABLE_DOUBT = 0.15
TABLE_TIE_DOUBT = 0.35  # two tables fit the words about equally well
UNKNOWN_NAME_DOUBT = 0.25  # on top of UNKNOWN_WORD_DOUBT: a capitalised name no column holds
UNUSED_VALUE_DOUBT = 0.2  # a value the question names that no filter uses
SUPERLATIVE_DROPPED_DOUBT = 0.35  # most/least/最多 with no order, limit, MAX/MIN or HAVING in the reading
QUOTE_UNUSED_DOUBT = 0.35  # a quoted value no filter holds, or filtered on a column that lacks it
LOAD_BEARING = (
    "agg",
    "sup",
    "count",
    "count_distinct",
    "distinct",
    "group",
    "order",
    "sort",
    "neg",
    "cmp",
    "between",
    "contains",
    "startswith",
    "share",
    "rate",
    "limit_word",
)
GROUP_FILLERS = {"combination", "组合", "pair", "value", "kind", "sort", *"种个门位名家所"}
YEAR_RELS = ("this_year", "last_year", "year_before_last")
HALF_RELS = {"first_half": 1, "second_half": 2}
STEP_BACK_RELS = ("last_quarter", "last_month", "last_year", "last_week")
KIND_CHARS = frozenset("类型形式样别")
KIND_WORDS = frozenset({"类型", "形式", "种类", "类别", "样式"})
CLASSIFIERS = set("个名位家款条种笔件只所门本项次人类辆部架张场首座艘台支届篇段份间")
COMPARATIVES = {
    **dict.fromkeys(("more", "greater", "larger", "bigger", "higher", "older", "longer", "heavier"), ">"),
    **dict.fromkeys(("fewer", "less", "smaller", "lower", "younger", "shorter", "lighter"), "<"),
}
TIMES_WORDS = ("time", "times", "次", "次 数", "回")
COPULAS = ("是", "为", "equal", "exactly", "equals")
PRONOUNS = ("his", "her", "their", "its", "he", "she", "they", "own") + (
    "他",
    "她",
    "它",
    "他们",
    "她们",
    "自己",
)
DIFFERENT_WORDS = ("不 同", "不 同 的", "不 一 样", "不 一 样 的", "不 相 同", "不 相 同 的")
BIG = ("大", "多", "高", "重", "长", "老", "晚", "贵")
SMALL = ("小", "少", "低", "轻", "短", "早", "便宜", "年轻", "矮")


class Parser:
    """One question's parse; methods read `self.items` and fill `self.intent`."""

    def __init__(
        self,
        question: str,
        schema: Schema,
        semantic: SemanticLayer | None,
        today: date,
        state: dict[str, Any] | None,
    ) -> None:
        self.question = question
        self.lang = detect_lang(question)
        self.text = INCLUSIVE_NOTE.sub(" ", normalise(question))
        self.units = units_of(self.text)
        self.index = index_for(schema, semantic)
        self.semantic = semantic
        self.today = today
        self.state = state
        self.spans = timeexpr.find(self.text)
        self.items = match(self.text, self.units, self.index, self.spans)
        self.ps = ParseState()
        self.table: TableIndex | None = None
        self.intent: Intent | None = None

    # ---- helpers -------------------------------------------------------------------------------
    def col(self, item: Item, prefer: str | None = None) -> ColumnInfo | None:
        """The best column of the chosen table an item names (None for values/tables)."""
        assert self.table is not None
        best: tuple[float, ColumnInfo] | None = None
        for lk in item.links:
            if lk.kind != "column" or lk.table != self.table.name or lk.column is None:
                continue
            info = self.table.columns.get(lk.column)
            if info is None:
                continue
            score = lk.score
            if prefer == "numeric" and info.numeric and info.role not in ("id", "bool"):
                score += 0.3
            elif prefer == "numeric":
                score -= 0.3
            if prefer == "time" and info.role == "time":
                score += 0.3
            if prefer == "group" and info.role in ("dimension", "year", "bool", "id", "text", "time"):
                score += 0.1
            if lk.score < 0.9 and self._named_elsewhere(item, lk.column):
                score += 0.05  # "age of the losers": loser_age, since "loser" also names it
            if best is None or score > best[0] + 1e-9:
                best = (score, info)
        return best[1] if best else None

    def _named_elsewhere(self, item: Item, column: str) -> bool:
        """Another word of the question also links this column: partial-name words disambiguate each other."""
        if self.ps.column_mentions is None:
            mentions: dict[str, set[int]] = {}
            for other in self.items:
                for lk in other.links:
                    if lk.kind == "column" and lk.column:
                        mentions.setdefault(lk.column, set()).add(id(other))
            self.ps.column_mentions = mentions
        return bool(self.ps.column_mentions.get(column, set()) - {id(item)})

    def col_link(self, item: Item) -> Link | None:
        assert self.table is not None
        links = [lk for lk in item.links if lk.kind == "column" and lk.table == self.table.name]
        return max(links, key=lambda lk: lk.score) if links else None

    def is_table(self, item: Item) -> bool:
        assert self.table is not None
        tl = [lk.score for lk in item.links if lk.kind == "table" and lk.table == self.table.name]
        if not tl:
            return False
        cl = [lk for lk in item.links if lk.kind == "column" and lk.table == self.table.name]
        if not cl:
            return True
        best = max(cl, key=lambda lk: lk.score)
        if max(tl) > best.score:
            return True
        # "revenue" in a table named sales: an equally good amount column is what is meant
        info = self.table.columns.get(best.column or "")
        return max(tl) >= best.score and not (info is not None and info.role == "measure")

    def values(self, item: Item) -> list[Link]:
        assert self.table is not None
        return [lk for lk in item.links if lk.kind == "value" and lk.table == self.table.name]

    def is_filler(self, item: Item) -> bool:
        if item.kind == "word":
            return item.text in STOP_WORDS or (len(item.text) == 1 and item.text in ZH_STOP)
        return False

    def next_content(self, pos: int, skip_tags: tuple[str, ...] = (), limit: int = 4) -> int | None:
        """Position of the next item that is not filler (the/of/的) within `limit` steps."""
        return self._content_step(pos, 1, skip_tags, limit)

    def prev_content(self, pos: int, skip_tags: tuple[str, ...] = (), limit: int = 3) -> int | None:
        """Position of the previous item that is not filler within `limit` steps."""
        return self._content_step(pos, -1, skip_tags, limit)

    def _content_step(self, pos: int, direction: int, skip_tags: tuple[str, ...], limit: int) -> int | None:
        """Walk one way from `pos` over filler and link-less `skip_tags` keywords; punctuation stops."""
        steps = 0
        end = len(self.items) if direction > 0 else -1
        for j in range(pos + direction, end, direction):
            it = self.items[j]
            if it.kind == "punct":
                return None
            if self.is_filler(it) or (it.kind == "match" and not it.links and it.has(*skip_tags)):
                steps += 1
                if steps > limit:
                    return None
                continue
            return j
        return None

    def clause_of(self, pos: int) -> tuple[int, int]:
        start = pos
        while start > 0 and not (
            self.items[start - 1].kind == "punct" and self.items[start - 1].text in ",;?!.:"
        ):
            start -= 1
        end = pos
        while end < len(self.items) and not (
            self.items[end].kind == "punct" and self.items[end].text in ",;?!.:"
        ):
            end += 1
        return start, end

    def kw_only(self, item: Item, *tags: str) -> bool:
        """A keyword item that is not better read as a schema word."""
        return item.kind == "match" and item.has(*tags) and not self._linked(item)

    def _linked(self, item: Item) -> bool:
        if self.table is None:
            return bool(item.links)
        return any(lk.table == self.table.name for lk in item.links)

    # ---- table ---------------------------------------------------------------------------------
    def choose_table(self) -> TableIndex | None:
        scores: dict[str, float] = {}
        for it in self.items:
            best: dict[str, float] = {}
            for lk in it.links:
                weight = lk.score * (1.6 if lk.kind == "table" else 1.2 if lk.kind == "value" else 1.0)
                best[lk.table] = max(best.get(lk.table, 0.0), weight)
            for t, s in best.items():
                scores[t] = scores.get(t, 0.0) + s
        if self.state and self.state.get("table") in self.index.tables:
            prev = self.state["table"]
            scores[prev] = scores.get(prev, 0.0) + 0.5
        if not scores:
            if len(self.index.tables) == 1:
                return next(iter(self.index.tables.values()))
            return None
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], len(self.index.tables[kv[0]].columns)))
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.2:
            self.lower("table_tie", TABLE_TIE_DOUBT)
        return self.index.tables[ranked[0][0]]

    # ---- time ----------------------------------------------------------------------------------
    def anchor(self, col: ColumnInfo | None) -> date:
        """Relative periods count back from today, or from the data's last date when the data is old."""
        if col is None:
            return self.today
        latest = _as_date(col.maximum)
        if latest is not None and latest < self.today - timedelta(days=60):
            if any(it.kind == "time" and it.value.kind == "rel" for it in self.items):
                self.ps.notes.append(f"anchor:{latest.isoformat()}")
            return latest
        return self.today

    def time_column(self) -> ColumnInfo | None:
        assert self.table is not None
        cols = self.table.time_columns()
        if not cols:
            return None
        for pos, it in enumerate(self.items):
            c = self.col(it, prefer="time") if it.kind == "match" and not self.is_table(it) else None
            if c is not None and c.role == "time":
                if self._next_to_time(pos):
                    self.ps.used.add(
                        pos
                    )  # 2015年以前入职 / hired after 2020: the filter's column, not listed
                return c
        own = self._table_time_columns(cols)
        if len(own) == 1:
            return own[0]  # shipments: ship_date, not delivery_date; orders: order_date
        for c in cols:
            if any(w in ("order", "date", "created", "日期", "下单") for w in c.words) or "日期" in c.name:
                return c
        return cols[0]

    def _table_time_columns(self, cols: list[ColumnInfo]) -> list[ColumnInfo]:
        """Time columns named after the table's own noun (ship_date in shipments, order_date in orders)."""
        assert self.table is not None
        table = self.table.name.lower()
        found = []
        for c in cols:
            words = [w for w in re.split(r"[^a-z]+", c.name.lower()) if len(w) >= 3 and w != "date"]
            if any(table.startswith(w) or w.startswith(table.rstrip("s")) for w in words):
                found.append(c)
        return found

    def _next_to_time(self, pos: int) -> bool:
        near = [self.items[j] for j in (pos - 2, pos - 1, pos + 1, pos + 2) if 0 <= j < len(self.items)]
        return any(it.kind == "time" and it.value.kind != "grain" for it in near)

    def apply_time(self, intent: Intent) -> None:
        tcol = self.time_column()
        ranges: list[tuple[int, timeexpr.TimeSpec]] = []
        for pos, it in enumerate(self.items):
            if it.kind != "time":
                continue
            spec: timeexpr.TimeSpec = it.value
            if spec.kind == "grain":
                if tcol is not None:
                    intent.time_grain = spec.grain
                    intent.time_column = tcol.name
                elif spec.grain == "year":
                    self._group_by_year_column(intent)
                self.ps.used.add(pos)
            else:
                ranges.append((pos, spec))
        if not ranges:
            return
        if tcol is None:
            self._years_as_numbers(intent, ranges)
            return
        anchor = self.anchor(tcol)
        lo: date | None = None
        hi: date | None = None
        labels = []
        known_year = next((s.year for _, s in ranges if s.year), None)
        for _, s in ranges:  # 去年下半年 / 今年第二季度: the relative year is the period's year
            if known_year is None and s.kind == "rel" and s.rel in YEAR_RELS:
                known_year = (timeexpr.resolve(s, anchor) or (anchor, anchor))[0].year
        previous_start = ((self.state or {}).get("time_range") or {}).get("start")
        if known_year is None and previous_start:
            known_year = int(previous_start[:4])
        followup = any(self.kw_only(it, "followup") for it in self.items)
        for pos, spec in ranges:
            if spec.kind == "rel" and spec.rel in HALF_RELS and known_year:
                spec = timeexpr.TimeSpec("half", year=known_year, half=HALF_RELS[spec.rel or ""], op=spec.op)
            if spec.year is None and spec.kind in ("quarter", "month") and known_year:
                spec = timeexpr.TimeSpec(**{**spec.__dict__, "year": known_year})
            if spec.kind == "rel" and spec.rel in STEP_BACK_RELS and followup and previous_start:
                # 那上个季度呢？ after Q3: the quarter before the one just asked about, not before today
                rng = timeexpr.resolve(spec, date.fromisoformat(previous_start))
            else:
                rng = timeexpr.resolve(spec, anchor)
            self.ps.used.add(pos)
            if rng is None:
                continue
            start, end = rng
            op = spec.op
            if op is None:
                lo = start if lo is None else max(lo, start)
                hi = end if hi is None else min(hi, end)
            elif op == "ge":
                lo = start
            elif op == "gt":
                lo = end
            elif op == "lt":
                hi = start
            elif op == "le":
                hi = end
            labels.append(_range_label(spec, rng, op, self.lang))
        intent.time_range = TimeRange(
            tcol.name,
            lo.isoformat() if lo else None,
            hi.isoformat() if hi else None,
            "、".join(labels) if self.lang == "zh" else ", ".join(labels),
        )

    def _group_by_year_column(self, intent: Intent) -> None:
        """每年 / for each year with no date column: one group per value of the year column (cars' Year)."""
        assert self.table is not None
        year_cols = self.table.by_role("year")
        if len(year_cols) == 1 and year_cols[0].name not in intent.dimensions:
            intent.dimensions.append(year_cols[0].name)

    def _years_as_numbers(self, intent: Intent, ranges: list[tuple[int, timeexpr.TimeSpec]]) -> None:
        """No date column: "after 2013" compares a year column, or stays a plain number."""
        assert self.table is not None
        year_cols = self.table.by_role("year")
        for pos, spec in ranges:
            if spec.kind != "year" or spec.year is None:
                continue
            it = self.items[pos]
            target = self._nearby_column(pos, roles=("year",)) or (
                year_cols[0] if len(year_cols) == 1 else None
            )
            if target is None:
                self.items[pos] = Item(
                    it.start,
                    it.end,
                    "num",
                    str(spec.year),
                    value=spec.year,
                    tags=[f"cmp:{spec.op}"] if spec.op else [],
                )
                continue
            op = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", None: "="}[spec.op]
            intent.filters.append(Filter(target.name, op, [spec.year], "number"))
            self.ps.used.add(pos)

    def _nearby_column(self, pos: int, roles: tuple[str, ...]) -> ColumnInfo | None:
        start, end = self.clause_of(pos)
        best: tuple[int, ColumnInfo] | None = None
        for j in range(start, end):
            if j == pos or self.items[j].kind != "match":
                continue
            c = self.col(self.items[j])
            if c is not None and c.role in roles and (best is None or abs(j - pos) < best[0]):
                best = (abs(j - pos), c)
        return best[1] if best else None

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
            nxt = self.items[j] if j is not None else None
            if nxt is None or nxt.kind != "match" or self.is_table(nxt):
                continue
            c = self.col(nxt, prefer="numeric")
            if (c is not None and c.numeric) or (not nxt.links and nxt.has("agg")):
                it.links = [lk for lk in it.links if lk.table != self.table.name]

    # ---- the whole parse -----------------------------------------------------------------------
    def run(self) -> Parsed:
        self.table = self.choose_table()
        if self.table is None:
            return Parsed(None, self.lang, 0.1, problem="no_table", index=self.index)
        self.intent = intent = Intent(table=self.table.name)
        self._orders_by_as_a_noun()
        self._aggregates_over_same_named_columns()
        self.apply_time(intent)
        self.find_limit(intent)
        self.find_column_comparisons(intent)
        self.find_comparisons(intent)
        self.find_contains(intent)
        self.find_values(intent)
        self.find_bools(intent)
        self.find_top_by(intent)
        self.find_measures(intent)
        self.find_rates(intent)
        self.find_order(intent)
        self.find_dimensions(intent)
        self.find_ranking(intent)
        self._listed_with_measure(intent)
        self.find_list_columns(intent)
        self.finish(intent)
        self.find_unheld_values(intent)
        asked = self.ps.problem and self.ps.problem.startswith(("value:", "unheld:"))
        unknown = self.ps.missing_values if asked else []
        unknown = unknown or self.unknown_words()
        confidence = max(0.05, min(0.98, self.ps.confidence - self.doubt(intent, unknown)))
        return Parsed(
            intent,
            self.lang,
            confidence,
            unknown,
            self.ps.problem,
            self.ps.notes,
            table=self.table,
            index=self.index,
            other_tables=self.other_table_words(),
        )

    # ---- top-N -----------------------------------------------------------------------------------
    def has_sup(self) -> bool:
        return any(self.kw_only(it, "sup") for it in self.items)

    def find_limit(self, intent: Intent) -> None:
        sup = self.has_sup()
        for pos, it in enumerate(self.items):
            if it.kind != "num" or pos in self.ps.used or not isinstance(it.value, int) or it.value <= 0:
                continue
            prev = self.items[pos - 1] if pos > 0 else None
            nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
            if prev is not None and self.kw_only(prev, "limit_word") and not self._cmp_next(pos):
                intent.limit = it.value
                if prev.text in ("bottom",):
                    self.ps.rank_hint = "asc"
                self.ps.used.update({pos, pos - 1})
                self.ps.limit_pos = pos - 1
                self._top_n_direction(pos)
                continue
            if prev is not None and self._bottom_word(pos - 1):
                intent.limit = it.value  # 排名后三 / 倒数前5: the last N
                self.ps.rank_hint = "asc"
                self.ps.used.update({pos, pos - 1})
                self.ps.limit_pos = pos - 1
                continue
            if not sup or self._cmp_before(pos) or self._cmp_next(pos) or self._number_with_unit(pos):
                continue
            classifier = nxt is not None and nxt.kind == "word" and nxt.text in CLASSIFIERS
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
                intent.limit = it.value
                self.ps.used.add(pos)
                if classifier:
                    self.ps.used.add(pos + 1)

    def _number_with_unit(self, pos: int) -> bool:
        """8缸 / 4 cylinders: a number right before a numeric column's word is its value, not a top-N."""
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        if nxt is None or nxt.kind != "match" or self.is_table(nxt) or not self._linked(nxt):
            return False
        c = self.col(nxt, prefer="numeric")
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
        e = self.next_content(lp + 1, limit=2)
        while e is not None and self.items[e].kind == "word" and self.items[e].text in CLASSIFIERS:
            e = self.next_content(e, limit=1)
        if e is None or e in used or self.items[e].kind != "match" or e in self.ps.used:
            return
        desc = self.ps.rank_hint != "asc"
        entity = None if self.is_table(self.items[e]) else self.col(self.items[e], prefer="group")
        repeating = (
            entity is not None
            and not entity.numeric
            and not entity.unique
            and entity.role in ("dimension", "text")
            and 0 < entity.distinct * 2 <= self.table.row_count
        )
        if metric is not None and entity is not None and not entity.numeric:
            intent.dimensions = [entity.name]  # a metric is an aggregate: each group gets its value
            intent.measures = [metric]
            intent.order = [("measure", 0, desc)]
        elif metric is not None:
            return
        elif repeating and entity is not None:
            measure = (
                Measure("count") if target is None else Measure(agg or _default_agg(target), target.name)
            )
            intent.dimensions = [entity.name]
            intent.measures = [measure]
            intent.order = [("measure", 0, desc)]
        elif target is not None and agg in (None, "max", "min"):
            shown = entity.name if entity is not None and not entity.numeric else self._row_label()
            if shown is None:
                return
            intent.columns = [shown] if shown != target.name else []
            intent.order = [("column", target.name, desc)]
            self.ps.rank_column = target.name
        else:
            return
        self.ps.used.update({*used, e, lp})
        self.ps.count_kw = self.ps.count_kw or target is None

    def _top_by_target(self, lp: int) -> tuple[ColumnInfo | None, str | None, set[int]]:
        """What a top-N ranks by: "by (total/number of) Y" after the limit, or "Y (排名) 前N" before it."""
        start, end = self.clause_of(lp)
        for b in range(lp + 1, end):
            if self.kw_only(self.items[b], "group") and self.items[b].text in said_keys("by", "按", "按照"):
                found = self._ranked_measure(b, forward=True)
                if found[0] is not None or found[1] == "count":
                    return found
        for b in range(start, lp):
            if self.kw_only(self.items[b], "group") and self.items[b].text in said_keys("按", "按照", "by"):
                found = self._ranked_measure(b, forward=True)
                if found[0] is not None or found[1] == "count":
                    return found
        j = lp - 1
        while j >= start and (self.items[j].has("sort") or self.is_filler(self.items[j])):
            j -= 1
        if j < start or j in self.ps.used or self.items[j].kind != "match":
            return None, None, set()
        if self.kw_only(self.items[j], "count", "count_suffix"):
            return None, "count", {j}
        c = self.col(self.items[j], prefer="numeric")
        if c is None or not c.numeric or c.role in ("id", "year") or self.is_table(self.items[j]):
            return None, None, set()
        agg_pos = self.prev_content(j, limit=1)
        agg = None
        used = {j, *range(j + 1, lp)}
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
        if j is None or self.items[j].kind != "match":
            return None, agg, used
        it = self.items[j]
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
        names = [c.name for c in self.table.columns.values() if c.name_like]
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

    def _cmp_before(self, pos: int) -> str | None:
        j = self.prev_content(pos, limit=2)
        if j is None:
            return None
        it = self.items[j]
        tag = it.tag("cmp")
        return tag if tag and not self._strong_link(it) else None

    def _cmp_next(self, pos: int) -> str | None:
        if pos + 1 >= len(self.items):
            return None
        it = self.items[pos + 1]
        if it.kind in ("word", "match") and not it.tag("cmp") and pos + 2 < len(self.items):
            it2 = self.items[pos + 2]
            if it2.tag("cmp") in ("cmp:ge", "cmp:le"):
                return it2.tag("cmp")
        tag = it.tag("cmp")
        return tag if tag in ("cmp:ge", "cmp:le") else None

    def _strong_link(self, it: Item) -> bool:
        assert self.table is not None
        return any(lk.table == self.table.name and lk.score >= 0.85 for lk in it.links)

    # ---- column against column ---------------------------------------------------------------
    def find_column_comparisons(self, intent: Intent) -> None:
        """ "loser age greater than winner age" / 实际金额大于预算 / 收入比支出高: a comparator between two
        columns of one kind compares them row by row."""
        ops = {"cmp:gt": ">", "cmp:lt": "<", "cmp:ge": ">=", "cmp:le": "<=", "cmp:ne": "!=", "cmp:eq": "="}
        for pos, it in enumerate(self.items):
            tag = it.tag("cmp")
            if tag is None or pos in self.ps.used or self._strong_link(it) or it.text in COPULAS:
                continue
            i = self.prev_content(pos, limit=2)
            j = self._column_after_comparator(pos)
            if i is None or j is None or i in self.ps.used or j in self.ps.used:
                continue
            left, right = self._compared_column(i), self._compared_column(j)
            if left is None or right is None or left.name == right.name:
                continue
            op: str | None = ops[tag]
            if it.text == "比":  # 收入比支出高: the word after the second column says which way
                op = self._bi_direction(j)
            if op is None or not _comparable(left, right, op):
                continue
            intent.filters.append(Filter(left.name, op, [right.name], "column"))
            self.ps.used.update({i, pos, j} | ({j + 1} if it.text == "比" else set()))
        self._zh_columns_differ(intent)

    def _zh_columns_differ(self, intent: Intent) -> None:
        """永久地址与当前地址不同: "A 与/和 B 不同" keeps the rows where the two columns differ."""
        for pos, it in enumerate(self.items):
            if pos < 3 or pos in self.ps.used or it.kind != "match" or it.text not in DIFFERENT_WORDS:
                continue
            j, k, i = pos - 1, pos - 2, pos - 3
            if not self.items[k].has("and") or {i, j, k} & self.ps.used:
                continue
            left, right = self._compared_column(i), self._compared_column(j)
            if left is None or right is None or left.name == right.name or not _comparable(left, right, "!="):
                continue
            intent.filters.append(Filter(left.name, "!=", [right.name], "column"))
            self.ps.used.update({i, k, j, pos})

    def _column_after_comparator(self, pos: int) -> int | None:
        """The item after a comparator, over fillers and "his or her"; a number there ends the search."""
        for j in range(pos + 1, min(len(self.items), pos + 6)):
            it = self.items[j]
            if it.kind in ("num", "punct", "time", "quote"):
                return None
            if it.kind == "match" and self._linked(it) and not self.is_table(it):
                return j
            if not (self.is_filler(it) or it.has("or") or it.text in PRONOUNS):
                return None
        return None

    def _compared_column(self, pos: int) -> ColumnInfo | None:
        it = self.items[pos]
        if it.kind != "match" or self.is_table(it):
            return None
        return self.col(it)

    def _bi_direction(self, pos: int) -> str | None:
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        if nxt is None or nxt.kind not in ("word", "match"):
            return None
        if nxt.text.startswith(BIG) or nxt.has("cmp:gt"):
            return ">"
        if nxt.text.startswith(SMALL) or nxt.has("cmp:lt"):
            return "<"
        return None

    # ---- numeric comparisons -------------------------------------------------------------------
    def find_comparisons(self, intent: Intent) -> None:
        conds: list[tuple[int, Filter | Having]] = []
        pos = 0
        while pos < len(self.items):
            it = self.items[pos]
            if it.kind != "num" or pos in self.ps.used:
                pos += 1
                continue
            value = it.value
            op, op_pos = self._comparator(pos)
            # between A and B / A到B之间
            j = pos + 1
            if (
                j + 1 < len(self.items)
                and self.items[j].text in ("and", "到", "至", "-", "~", "to", "和")
                and self.items[j + 1].kind == "num"
            ):
                span = self.clause_of(pos)
                between = any(self.items[k].has("between") for k in range(span[0], span[1])) or self.items[
                    j
                ].text in ("到", "至", "~", "-")
                if between:
                    target = self._comparison_column(pos, op_pos)
                    hi = self.items[j + 1].value
                    cond: Filter | Having
                    if isinstance(target, ColumnInfo):
                        cond = Filter(target.name, "between", [value, hi], "number")
                    else:
                        cond = Having(target or Measure("count"), "between", [value, hi])
                    conds.append((pos, cond))
                    self.ps.used.update({pos, j, j + 1})
                    pos = j + 2
                    continue
            if op is None:
                # "grade 10", "population of 80000", "9年级": a column right next to a bare number
                target = self._adjacent_column(pos) or self._listed_after(pos, conds)
                if target is None:
                    pos += 1
                    continue
                op = "="
            else:
                target = self._comparison_column(pos, op_pos)
            if op_pos is not None:
                self.ps.used.add(op_pos)
            self.ps.used.add(pos)
            if isinstance(target, Measure) and target.agg == "metric":
                value = self._metric_percent(pos, value, target)
            if isinstance(target, ColumnInfo):
                conds.append((pos, Filter(target.name, op, [value], "number")))
            elif target is not None:
                conds.append((pos, Having(target, op, value)))
            else:
                self.lower("cmp_guess", 0.2)
                self.ps.problem = self.ps.problem or f"number:{it.text}"
            pos += 1
        self._merge_number_conditions(intent, conds)

    def _metric_percent(self, pos: int, value: Any, metric: Measure) -> Any:
        """退货率超过10% / return rate above 20 percent: a rate metric is a fraction, so 10% is 0.1.

        A metric whose expression already multiplies by 100 is in percent points and keeps the number.
        """
        nxt = pos + 1 if pos + 1 < len(self.items) else None
        percent_word = nxt is not None and self.items[nxt].text in said_keys("percent", "%", "个百分点")
        if not (self.items[pos].text.endswith("%") or percent_word):
            return value
        if percent_word and nxt is not None:
            self.ps.used.add(nxt)
        if "100" in (metric.expression or "").replace(" ", ""):
            return value
        return round(value / 100, 10)

    def _listed_after(self, pos: int, conds: list[tuple[int, Filter | Having]]) -> ColumnInfo | None:
        """ "grade 9 or 10" / 32或33岁: a bare number after or/and continues the previous equality."""
        if pos < 2 or not self.items[pos - 1].has("or", "and") or not conds:
            return None
        last_pos, last = conds[-1]
        if last_pos != pos - 2 or not isinstance(last, Filter) or last.op != "=":
            return None
        assert self.table is not None
        return self.table.columns.get(last.column)

    def _merge_number_conditions(self, intent: Intent, conds: list[tuple[int, Filter | Having]]) -> None:
        """Equalities on one column joined by or become IN; "a or b" on one column keeps or."""
        eq: dict[str, Filter] = {}
        for _pos, cond in conds:
            if isinstance(cond, Having):
                intent.having.append(cond)
                continue
            if cond.op == "=" and cond.column in eq:
                eq[cond.column].op = "in"
                eq[cond.column].values.extend(cond.values)
                continue
            if cond.op == "=":
                eq[cond.column] = cond
            intent.filters.append(cond)
        cols = [f.column for _, f in conds if isinstance(f, Filter)]
        if len(cols) >= 2 and len(set(cols)) == 1 and any(it.has("or") for it in self.items):
            intent.filter_logic = "or"

    def _comparator(self, pos: int) -> tuple[str | None, int | None]:
        ops = {"cmp:gt": ">", "cmp:lt": "<", "cmp:ge": ">=", "cmp:le": "<=", "cmp:eq": "=", "cmp:ne": "!="}
        it = self.items[pos]
        if it.tag("cmp"):
            return ops[it.tag("cmp") or ""], None
        j = self.prev_content(pos, limit=2)
        if j is not None:
            prev = self.items[j]
            tag = prev.tag("cmp")
            if tag and self._postfix_of_earlier_number(j):
                tag = None  # 两个以上30岁以下: 以上 belongs to 两个, 30 takes the 以下 after it
            if tag and not self._strong_link(prev):
                if prev.text == "比":
                    nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
                    word = nxt.text if nxt is not None else ""
                    if word.startswith(BIG) or (nxt is not None and nxt.has("cmp:gt")):
                        self.ps.used.add(pos + 1)
                        return ">", j
                    if word.startswith(SMALL) or (nxt is not None and nxt.has("cmp:lt")):
                        self.ps.used.add(pos + 1)
                        return "<", j
                    return None, None
                if tag == "cmp:eq" and prev.text in ("是", "为"):
                    return "=", j
                return ops[tag], j
        if j is not None and self.items[j].kind == "match" and self.col(self.items[j]) is not None:
            k = self.prev_content(j, limit=1)
            if (
                k is not None
                and self.items[k].tag("cmp") in ("cmp:gt", "cmp:lt", "cmp:ge", "cmp:le")
                and not self._strong_link(self.items[k])
                and self.items[k].text != "比"
            ):
                return ops[self.items[k].tag("cmp") or ""], k
        nxt_tag = self._cmp_next(pos)
        if nxt_tag:
            k = pos + 1 if self.items[pos + 1].tag("cmp") else pos + 2
            return ops[nxt_tag], k
        return self._split_comparative(pos)

    def _split_comparative(self, pos: int) -> tuple[str | None, int | None]:
        """ "more products than 5000" / "fewer stores than 3": the compared noun sits between the
        comparative and "than"; the comparative is the operator."""
        j = pos - 1
        if j < 0 or self.items[j].text != "than":
            return None, None
        for k in range(j - 1, max(-1, j - 6), -1):
            it = self.items[k]
            if it.kind in ("num", "punct"):
                break
            op = COMPARATIVES.get(it.text)
            if op is not None and k < j - 1:
                self.ps.used.add(j)
                return op, k
        return None, None

    def _counted_with_classifier(self, pos: int) -> bool:
        """至少有两个…的 / 两个以上…员工: a number with a classifier and then a comparator counts rows."""
        k = pos + 1
        if self.lang != "zh" or k + 1 >= len(self.items) or self.items[k].text not in CLASSIFIERS:
            return False
        return bool(self.items[k + 1].tag("cmp")) and not self._strong_link(self.items[k + 1])

    def _postfix_of_earlier_number(self, op_pos: int) -> bool:
        """以上/以下 right after another number (and its classifier) qualifies that number."""
        if self.items[op_pos].text not in said_keys("以上", "以下", "以内", "及以上", "及以下"):
            return False
        k = op_pos - 1
        if k >= 0 and self.items[k].text in CLASSIFIERS:
            k -= 1
        return k >= 0 and self.items[k].kind == "num"

    def _adjacent_column(self, pos: int) -> ColumnInfo | None:
        for j in (pos - 1, pos - 2, pos + 1):
            if 0 <= j < len(self.items):
                it = self.items[j]
                if j == pos - 2 and self.items[pos - 1].text not in (
                    "of",
                    "=",
                    "为",
                    "是",
                    "equal",
                    "either",
                ):  # noqa: E501
                    continue
                c = self.col(it, prefer="numeric") if it.kind == "match" else None
                if c is not None and (c.numeric or c.role == "year") and c.role not in ("id",):
                    self.ps.used.add(j)
                    return c
        return None

    def _comparison_column(self, pos: int, op_pos: int | None) -> ColumnInfo | Measure | None:
        """The column a compared number belongs to: the nearest one before, an implied one, or a count."""
        assert self.table is not None
        start, end = self.clause_of(pos)
        unit = self._unit_column(pos)
        if unit is not None:
            return unit
        if self._counted_with_classifier(pos):
            self.ps.count_kw = True
            return Measure("count")
        anchor = op_pos if op_pos is not None and op_pos < pos else pos
        for j in range(anchor + 1, pos):  # "under age 30": the column between the comparator and number
            split = self.items[anchor].text in COMPARATIVES
            if split and self.items[j].kind == "match" and self.is_table(self.items[j]):
                self.ps.count_kw = True  # "more stores than 3": rows of the table are counted
                self.ps.used.add(j)
                return Measure("count")
            c = self.col(self.items[j], prefer="numeric") if self.items[j].kind == "match" else None
            if c is not None and c.numeric and c.role != "id" and not self.is_table(self.items[j]):
                self.ps.used.add(j)
                return c
        for j in range(anchor - 1, start - 1, -1):
            it = self.items[j]
            if it.kind == "num":
                break
            if it.kind == "match":
                metric = self.metric_at(j)
                if metric is not None and j not in self.ps.used:
                    self.ps.used.add(j)  # 退货率超过10%的城市: the metric's value per group
                    return metric
                c = self.col(it, prefer="numeric")
                if c is not None and c.role == "time" and not 1000 <= value_of(self.items[pos]) <= 2999:
                    continue  # "exam results below 60": a date is never compared with 60
                if c is not None and c.role != "id" and (c.numeric or c.role in ("year", "time")):
                    agg = self._agg_before(j)
                    self.ps.used.add(j)
                    if agg is not None:
                        return Measure(agg, c.name)
                    return c
                if self.is_table(it) and j == anchor - 1:
                    break
            if anchor - 1 - j >= 7:
                break
        for k in (op_pos, pos + 1):
            if k is None or k >= len(self.items):
                continue
            c = self.implied_column(self.items[k].text)
            if c is not None:
                self.ps.used.add(k)
                return c
        for j in range(pos + 1, min(end, pos + 4)):
            it = self.items[j]
            if it.kind == "match" and self.is_table(it):
                self.ps.count_kw = True
                return Measure("count")
            c = self.col(it, prefer="numeric") if it.kind == "match" else None
            if c is not None and c.numeric:
                self.ps.used.add(j)
                return c
        measures = self.table.by_role("measure")
        if len(measures) == 1:
            return measures[0]  # "results below 60" where scores are the only thing measured
        return None

    def _unit_column(self, pos: int) -> ColumnInfo | None:
        """ "more than 2 credits" / 低于60分: a numeric column named right after the number is its unit."""
        if pos + 1 >= len(self.items) or self.items[pos + 1].kind != "match":
            return None
        it = self.items[pos + 1]
        if self.is_table(it):
            return None
        c = self.col(it, prefer="numeric")
        if c is None or not c.numeric or c.role == "id":
            return None
        self.ps.used.add(pos + 1)
        return c

    def _agg_before(self, pos: int) -> str | None:
        j = self.prev_content(pos, limit=2)
        if j is not None and self.kw_only(self.items[j], "agg"):
            tag = self.items[j].tag("agg") or ""
            self.ps.used.add(j)
            return tag.split(":")[1]
        return None

    def implied_column(self, word: str) -> ColumnInfo | None:
        """ "older" -> the age column, "元" -> the money column, "recent" -> the date column."""
        assert self.table is not None
        concepts = implied_map().get(word)
        if not concepts:
            return None
        for concept in concepts:
            key = phrase_key(concept)
            links = sorted(self.index.phrases.get(key, []), key=lambda lk: -lk.score)
            for lk in links:
                if lk.kind == "column" and lk.table == self.table.name and lk.column and lk.score >= 0.55:
                    info = self.table.columns[lk.column]
                    if (info.numeric and info.role != "id") or info.role == "time":
                        return info
            if concept in ("date", "time"):
                cols = self.table.time_columns()
                if cols:
                    return cols[0]
        return None

    # ---- text containment ----------------------------------------------------------------------
    def find_contains(self, intent: Intent) -> None:
        for pos, it in enumerate(self.items):
            if not (self.kw_only(it, "contains", "startswith")) or pos in self.ps.used:
                continue
            target_pos = None
            for j in range(pos + 1, min(len(self.items), pos + 5)):
                cand = self.items[j]
                if (
                    cand.kind in ("quote", "word", "match")
                    and not self.is_filler(cand)
                    and not cand.has("contains", "cmp", "named")
                    and cand.text not in ("为", "是", "the", "word")
                ):
                    target_pos = j
                    break
            if target_pos is None:
                continue
            raw = self.original(self.items[target_pos])
            col = self._column_after(target_pos)
            for j in range(pos - 1, max(-1, pos - 8), -1):
                if col is not None:
                    break
                c = self.col(self.items[j]) if self.items[j].kind == "match" else None
                if c is not None and not c.numeric:
                    col = c
                    self.ps.used.add(j)
                    break
            if col is None:
                names = [c for c in self.table.columns.values() if c.name_like] if self.table else []
                col = names[0] if names else None
            if col is None:
                continue
            raw = _in_data_language(raw, col)
            pattern = f"{raw}%" if it.has("startswith") else f"%{raw}%"
            like = Filter(col.name, "like", [pattern], "contains")
            if like not in intent.filters:
                intent.filters.append(like)
            self.ps.used.update({pos, target_pos})

    def _column_after(self, pos: int) -> ColumnInfo | None:
        """包含“西”字的城市: the text column named right after the searched-for text."""
        for j in range(pos + 1, min(len(self.items), pos + 4)):
            it = self.items[j]
            if it.kind == "punct":
                return None
            c = self.col(it) if it.kind == "match" and not self.is_table(it) else None
            if c is not None and not c.numeric:
                self.ps.used.add(j)
                return c
        return None

    def original(self, item: Item) -> str:
        """The question's own spelling of an item (values keep their case)."""
        if not self.units:
            return item.text
        start = self.units[item.start].start
        end = self.units[item.end - 1].end
        surface = self.text[start:end]
        if item.kind == "quote":
            surface = item.value
        low = self.question.lower()
        k = low.find(surface.lower())
        if k >= 0 and len(low) == len(self.question):
            return self.question[k : k + len(surface)].strip()
        return surface.strip()

    # ---- values ----------------------------------------------------------------------------------
    def find_values(self, intent: Intent) -> None:
        assert self.table is not None
        picked: list[tuple[int, str, Any]] = []
        for pos, it in enumerate(self.items):
            if pos in self.ps.used:
                continue
            links = self.values(it)
            if it.kind == "quote" and not links:
                col = self._quote_column(pos)
                if col is not None:
                    found = self._quoted_value(col, self.original(it), pos)
                    if found is not None:
                        picked.append((pos, found[0], found[1]))
                    self.ps.used.add(pos)
                continue
            if not links:
                continue
            col_link = self.col_link(it)
            best_value = max(lk.score for lk in links)
            if col_link is not None and col_link.score > best_value + 0.05:
                continue
            if it.tags and it.has("agg", "sup", "count", "group", "list") and best_value < 1.0:
                continue
            if self._names_table_not_value(pos, it, links, best_value):
                continue
            choice = self._pick_value_column(pos, links)
            picked.append((pos, choice.column or "", choice.value))
            self.ps.used.add(pos)
            self._absorb_own_column_noun(pos, choice.column or "")
        picked += self._short_values_by_their_column()
        by_col: dict[str, list[tuple[int, Any]]] = {}
        for pos, column, value in picked:
            by_col.setdefault(column, []).append((pos, value))
        for column, entries in by_col.items():
            self._value_filter(intent, column, entries)

    def _absorb_own_column_noun(self, pos: int, column: str) -> None:
        """广东省 / 华东大区 / NY state / the North region: a value followed by its own column's noun is one
        value mention; the noun is not a second request to list or group that column."""
        after = pos + 1
        if after < len(self.items) and after not in self.ps.used:
            it = self.items[after]
            if it.kind == "match" and not it.tags and not self.values(it):
                info = self.col(it)
                if info is not None and info.name == column:
                    self.ps.used.add(after)

    def _short_values_by_their_column(self) -> list[tuple[int, str, Any]]:
        """产品A / A产品 / product A: a short word the linker skips (a letter, a code) next to a column's
        noun is that column's value when the column holds it (case aside)."""
        assert self.table is not None
        found: list[tuple[int, str, Any]] = []
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "word" or not it.text.isascii() or len(it.text) > 3:
                continue
            for near in (pos - 1, pos + 1):
                if not 0 <= near < len(self.items) or self.items[near].kind != "match":
                    continue
                info = self.col(self.items[near])
                if info is None or info.numeric or not info.values or len(info.values) < info.distinct:
                    continue
                held = [v for v in info.values if isinstance(v, str) and v.lower() == it.text.lower()]
                if held:
                    found.append((pos, info.name, held[0]))
                    self.ps.used.update((pos, near))
                    break
        return found

    def _names_table_not_value(self, pos: int, it: Item, links: list[Link], best_value: float) -> bool:
        """ "How many teachers": the table's own name, not the title value 'Teacher'.

        The value reading wins only when its column is named next to it ("title Teacher").
        """
        assert self.table is not None
        table_score = max(
            (lk.score for lk in it.links if lk.kind == "table" and lk.table == self.table.name), default=0.0
        )
        if table_score < 0.9 or table_score < best_value:
            return False
        value_columns = {lk.column for lk in links}
        for j in (pos - 2, pos - 1, pos + 1, pos + 2):
            if 0 <= j < len(self.items) and self.items[j].kind == "match":
                c = self.col(self.items[j])
                before = self.prev_content(j, limit=1)
                grouped = before is not None and self.kw_only(self.items[before], "group")
                if c is not None and c.name in value_columns and not grouped:
                    return False  # 各职称老师: the column is grouped, so 老师 is still the table
        return True

    def _quoted_value(self, col: ColumnInfo, raw: str, pos: int) -> tuple[str, Any] | None:
        """A quoted value as the data spells it; a fully profiled column without it asks back.

        '“巴西”' finds 'Brazil' through the bilingual names, 'MATH' finds 'math'; a value that no
        profiled column holds would only give an empty answer, so the engine says so instead.
        """
        assert self.table is not None
        if _is_number(raw) or not col.values or len(col.values) < col.distinct:
            return col.name, raw
        wanted = {raw.strip().lower(), *(n.lower() for n in other_names(raw))}
        for c in [col, *self.table.columns.values()]:
            if c.values and len(c.values) >= c.distinct:
                for v in c.values:
                    if isinstance(v, str) and v.strip().lower() in wanted:
                        return c.name, v
        if any(self.kw_only(self.items[k], "neg", "cmp:ne") for k in range(max(0, pos - 4), pos)):
            return col.name, raw  # "not X" stays true of every row when no row holds X
        self.ps.problem = self.ps.problem or f"value:{raw}"
        self.ps.missing_values.append(raw)
        return None

    def find_unheld_values(self, intent: Intent) -> None:
        """线上渠道 / online channel: a value word naming a value its column does not hold asks back.

        Dropping the word would answer for every channel: a confident wrong number. Only a column whose
        profile lists all its values can say the value is absent; a partly profiled one may hold it.
        """
        if self.ps.problem is not None:
            return
        assert self.table is not None
        settled = {f.column for f in intent.filters} | set(intent.dimensions) | set(intent.columns)
        for pos, it in enumerate(self.items):
            if it.kind != "match" or self.is_table(it):
                continue
            col = self.col(it)
            if col is None or col.numeric or col.role in ("time", "bool", "id") or col.name in settled:
                continue
            if not col.values or len(col.values) < col.distinct:
                continue
            word = self._stray_word_before(pos) or self._stray_word_after(pos)
            if word:
                self.ps.problem = f"unheld:{col.name}"
                self.ps.missing_values.append(word)
                return

    def _stray(self, pos: int) -> bool:
        """A word no keyword, schema name, value or clause accounts for."""
        it = self.items[pos]
        return it.kind == "word" and not it.links and pos not in self.ps.used

    def _stray_english(self, pos: int) -> str | None:
        it = self.items[pos]
        text = it.text
        if (
            self._stray(pos)
            and text.isascii()
            and text.isalpha()
            and len(text) > 2
            and text not in STOP_WORDS
            and text not in GENERIC_NOUNS
        ):
            return self.original(it)
        return None

    def _qualifies_something_else(self, lead: int) -> bool:
        """“非洲”中部区域 / 多少种类型政府: the word refines a value or a keyword, not a filter."""
        if lead < 0:
            return False
        it = self.items[lead]
        if it.kind == "quote" or (it.kind == "match" and self.values(it)):
            return True
        return it.kind == "match" and bool(it.tags) and not it.has("list", "and", "followup")

    def _stray_word_before(self, pos: int) -> str | None:
        """线上渠道 / 线上的渠道 / online channel: the unknown word right before a column's name."""
        if pos == 0:
            return None
        j = pos - 1
        if self.items[j].kind == "word" and self.items[j].text == "的" and j > 0:
            j -= 1
        chars: list[str] = []
        while (
            j >= 0 and self._stray(j) and self.items[j].text != "的" and CJK_RE.fullmatch(self.items[j].text)
        ):
            chars.insert(0, self.items[j].text)
            j -= 1
        if not chars:
            english = self._stray_english(pos - 1)
            return None if english is None or self._qualifies_something_else(pos - 2) else english
        while len(chars) > 2 and chars[0] in ZH_STOP:
            chars.pop(0)  # 请问线上渠道: the lead-in is not part of the value
        word = "".join(chars)
        if len(chars) < 2 or any(c in ZH_STOP for c in chars[:-1]) or word in GENERIC_NOUNS:
            return None  # 人所讲的语言: a clause describing the column, not one of its values
        return None if self._qualifies_something_else(j) else word

    def _stray_word_after(self, pos: int) -> str | None:
        """return rate for channel online: an unknown English word closing the clause after a column's name.

        Mid-clause words there are usually verbs ("languages spoken by ..."), not values.
        """
        nxt = pos + 1
        if nxt >= len(self.items) or (nxt + 1 < len(self.items) and self.items[nxt + 1].kind != "punct"):
            return None
        return self._stray_english(nxt)

    def _quote_column(self, pos: int) -> ColumnInfo | None:
        for j in range(pos - 1, max(-1, pos - 6), -1):
            it = self.items[j]
            if it.kind == "match":
                c = self.col(it)
                if c is not None and not c.numeric:
                    self.ps.used.add(j)
                    return c
            if it.kind == "quote":
                break
        assert self.table is not None
        texts = [c for c in self.table.columns.values() if c.name_like]
        return texts[0] if texts else None

    def _pick_value_column(self, pos: int, links: list[Link]) -> Link:
        """A value in several columns (上海: province and city): the column named next to it wins."""
        if len({lk.column for lk in links}) == 1:
            return max(links, key=lambda lk: lk.score)
        near = set()
        for j in (pos - 2, pos - 1, pos + 1, pos + 2):
            if 0 <= j < len(self.items) and self.items[j].kind == "match":
                c = self.col(self.items[j])
                if c is not None:
                    near.add(c.name)
        assert self.table is not None
        table = self.table

        def rank(lk: Link) -> tuple[float, float, int]:
            info = table.columns[lk.column or ""]
            return (lk.column in near, lk.score, -info.distinct)

        return max(links, key=rank)

    def _value_filter(self, intent: Intent, column: str, entries: list[tuple[int, Any]]) -> None:
        assert self.table is not None
        info = self.table.columns[column]
        positions = [p for p, _ in entries]
        values = list(dict.fromkeys(v for _, v in entries))
        start, end = self.clause_of(positions[0])
        negated = self._negated(positions)
        # 男女员工各有多少人: several values of one column, each counted -> a dimension
        if (
            len(values) >= 2
            and not negated
            and any(
                self.kw_only(self.items[k], "each_resp") or self.items[k].text == "各"
                for k in range(positions[-1] + 1, end)
            )
        ):
            intent.dimensions.append(column)
            return
        # P5及以上: ordered values from this one up
        last = positions[-1]
        if (
            len(values) == 1
            and last + 1 < len(self.items)
            and self.items[last + 1].tag("cmp") in ("cmp:ge", "cmp:le")
        ):
            ordered = sorted((v for v in info.values if isinstance(v, str)), key=_natural_key)
            if values[0] in ordered:
                k = ordered.index(values[0])
                chosen = ordered[k:] if self.items[last + 1].tag("cmp") == "cmp:ge" else ordered[: k + 1]
                intent.filters.append(Filter(column, "in", chosen, "value"))
                self.ps.used.add(last + 1)
                return
        if len(values) == 1:
            intent.filters.append(Filter(column, "!=" if negated else "=", values, "value"))
        else:
            intent.filters.append(Filter(column, "not_in" if negated else "in", values, "value"))

    def _negated(self, positions: list[int]) -> bool:
        start, end = self.clause_of(positions[0])
        first, last = positions[0], positions[-1]
        for k in range(max(start, first - 4), first):
            it = self.items[k]
            if self.kw_only(it, "neg") or it.has("cmp:ne"):
                self.ps.used.add(k)
                return True
        for k in range(last + 1, min(end, last + 4)):
            it = self.items[k]
            if self.kw_only(it, "neg") and it.text in said_keys("以外", "之外"):
                self.ps.used.add(k)
                return True
        if first > 0:
            prev_clause_end = start - 1
            if prev_clause_end > 0:
                ps, _ = self.clause_of(prev_clause_end - 1)
                if any(self.items[k].text in said_keys("除了", "除") for k in range(ps, prev_clause_end)):
                    return False
        return False

    # ---- flags -----------------------------------------------------------------------------------
    def find_bools(self, intent: Intent) -> None:
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match":
                continue
            link = self.col_link(it)
            if link is None or link.column is None or self.table is None:
                continue
            info = self.table.columns[link.column]
            if info.role != "bool" or link.score < 0.55:
                continue
            j = self.prev_content(pos, limit=1)
            if j is not None and self.kw_only(self.items[j], "group"):
                continue
            off = link.value is False
            k = pos - 1
            if k >= 0 and (
                self.kw_only(self.items[k], "neg") or self.items[k].text in ("not", "non", "未", "没")
            ):
                off = not off
                self.ps.used.add(k)
            value = info.false_value if off else info.true_value
            if value is None:
                continue
            intent.filters.append(Filter(info.name, "=", [value], "bool"))
            self.ps.used.add(pos)

    # ---- measures ----------------------------------------------------------------------------------
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
            if self.kw_only(it, "agg"):
                pending.append(((it.tag("agg") or "").split(":")[1], pos))
                continue
            if self.kw_only(it, "sup") and self._sup_is_aggregate(pos):
                pending.append(("max" if it.has("sup:desc") else "min", pos))
                continue
            abbreviated = self._abbreviated_column(pos) if pending and pending[-1][1] == pos - 1 else None
            if abbreviated is not None:  # 平均分 / 最高价: one character names the column
                for agg, apos in pending:
                    intent.measures.append(Measure(agg, abbreviated.name))
                    self.ps.used.add(apos)
                self.ps.used.add(pos)
                pending = []
                continue
            if pending and (self.kw_only(it, "and") or self.is_filler(it) or self._plain_table_word(it)):
                continue  # "average exam score" / 平均每单的金额: the table's noun sits between
            if pending and self._amount_of(pos):
                continue  # "the total amount of bonus": the noun before "of" only restates the aggregate
            if pending and self.kw_only(it, "count", "count_distinct") and pending[-1][0] != "sum":
                self.ps.used.add(pos)  # "average number of X" averages X
                continue
            if pending and it.kind == "match" and not self.kw_only(it, "count", "count_distinct", "howmuch"):
                c = self.col(it, prefer="numeric")
                if c is not None and c.role == "id" and self._plain_table_word(it):
                    continue
                if c is not None and (c.numeric or (c.role == "time" and pending[-1][0] in ("max", "min"))):
                    for agg, apos in pending:
                        intent.measures.append(Measure(agg, c.name))
                        self.ps.used.add(apos)
                    self.ps.used.add(pos)
                    pending = []
                    continue
            if pending and it.kind == "word" and not self.is_filler(it) and pending[-1][0] != "sum":
                self.ps.problem = self.ps.problem or f"measure:{pos}"
            listing_aggs = pending and pos - pending[-1][1] <= 1 and it.kind == "punct" and it.text == ","
            if not listing_aggs and not self.kw_only(
                it, "count", "count_distinct", "howmuch", "count_suffix", "sup"
            ):
                pending = [p for p in pending if pos - p[1] <= 1 and self.items[p[1]].tag("agg") != "agg:sum"]
        self._elided_measure_columns(intent)
        self._postfix_aggs(intent)
        self._counts(intent)

    # ---- rates and shares ----------------------------------------------------------------------------
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
            if p not in self.ps.used and self.kw_only(it, "share", "rate")
        ]
        if not kws:
            return
        self.ps.used.update(kws)
        weight = self._share_weight(kws[0])
        parts = [f for f in intent.filters if f.source == "bool" and f.op == "="]
        parts = parts or [f for f in intent.filters if f.source == "value" and f.op in ("=", "in")]
        if parts:
            part = parts[-1]
            intent.filters.remove(part)
            measure = Measure("rate", weight.name if weight else None, condition=part.__dict__.copy())
            intent.measures = [m for m in intent.measures if m.column != measure.column or m.agg == "count"]
            intent.measures = [m for m in intent.measures if m.agg != "count"]
            intent.measures.insert(0, measure)
            self.ps.count_kw = True
            return
        intent.share = True
        if weight is not None and not any(m.column == weight.name for m in intent.measures):
            intent.measures.insert(0, Measure("sum", weight.name))

    def _share_weight(self, pos: int) -> ColumnInfo | None:
        """The amount a share is taken of: 销售额占比 / share of revenue (an additive column nearby)."""
        start, end = self.clause_of(pos)
        for j in [*range(pos - 1, start - 1, -1), *range(pos + 1, min(end, pos + 4))]:
            it = self.items[j]
            if j in self.ps.used or it.kind != "match":
                continue
            c = self.col(it, prefer="numeric")
            if c is not None and c.role == "measure" and is_additive(c):
                self.ps.used.add(j)
                return c
        for m in self.intent.measures if self.intent else []:
            if m.agg == "sum" and m.column:
                return self.table.columns.get(m.column) if self.table else None
        return None

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
            intent.measures.append(Measure((it.tag("agg") or "").split(":")[1], last.column))
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
        j = self.next_content(pos, limit=1)
        if j is not None and self.kw_only(self.items[j], "and"):
            k = self.next_content(j, limit=1)  # 最大和最小份额: both share the column after the second
            return k is not None and self.kw_only(self.items[k], "sup") and self._sup_is_aggregate(k)
        c = self.col(self.items[j], prefer="numeric") if j is not None else None
        if c is None or not (c.numeric or c.role == "time"):
            return False
        if j is not None and self._plain_superlative(pos, c) and self._asks_only_this_value(pos, j):
            return True  # "the earliest birth date of employees": the value itself, not the row that has it
        if not c.numeric:
            return False
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
        if any(w in text for w in ("common", "popular", "frequent", "常 见", "欢 迎", "频 繁")):
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
            if self._plain_table_word(x):
                continue
            return False
        return True

    def _asks_value_after(self, pos: int) -> bool:
        """Only 是多少 / 是什么 / 为多少 follows: the question asks for one value."""
        tail = [x for x in self.items[pos + 1 :] if x.kind != "punct"]
        words = said_keys("是", "为", "多少", "什么", "是多少", "有多少", "呢", "多大", "几")
        return bool(tail) and all(x.text in words for x in tail)

    def _metric(self, intent: Intent, it: Item) -> None:
        measure = self.metric_measure(it)
        if measure is not None:
            intent.measures.append(measure)

    def metric_measure(self, it: Item) -> Measure | None:
        """The semantic-layer metric an item names, as a measure (its expression is the aggregate)."""
        if self.semantic is None or it.kind != "match":
            return None
        name = next((lk.value for lk in it.links if lk.kind == "metric"), None)
        for m in self.semantic.metrics:
            if name is not None and m.name == name:
                return Measure("metric", None, m.name, m.expression)
        return None

    def metric_at(self, pos: int) -> Measure | None:
        return self.metric_measure(self.items[pos])

    def _postfix_aggs(self, intent: Intent) -> None:
        """年龄的平均值 / 月薪总和: the aggregate word after its column."""
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or not self.kw_only(it, "agg"):
                continue
            j = self.prev_content(pos, limit=1)
            if j is None or j in self.ps.used:
                continue
            c = self.col(self.items[j], prefer="numeric")
            if c is not None and c.numeric and self.lang == "zh":
                intent.measures.append(Measure((it.tag("agg") or "").split(":")[1], c.name))
                self.ps.used.update({j, pos})

    def _counts(self, intent: Intent) -> None:
        for pos, it in enumerate(self.items):
            if pos in self.ps.used:
                continue
            if self.kw_only(it, "count_distinct"):
                j = self._past_kind_words(self.next_content(pos, skip_tags=("distinct", "group")))
                c = self.col(self.items[j], prefer="group") if j is not None else None
                if c is not None and j is not None:
                    intent.measures.append(Measure("count_distinct", c.name))
                    self.ps.used.update(range(pos, j + 1))
                else:
                    intent.measures.append(Measure("count"))
                    self.ps.used.add(pos)
                self.ps.count_kw = True
                continue
            if (
                self.kw_only(it, "count")
                and it.text.startswith("number")
                and pos > 0
                and self.items[pos - 1].kind == "match"
                and self.col(self.items[pos - 1]) is not None
            ):
                continue  # "staff number of": part of a column name
            if self.kw_only(it, "count") or (self.kw_only(it, "howmuch") and self._counts_entities(pos)):
                distinct_before = self._distinct_column_before(pos)
                if distinct_before is not None:  # 统计指挥家不同的国籍数量: the verb's count was this one
                    intent.measures = [m for m in intent.measures if m.agg != "count"]
                    intent.measures.append(Measure("count_distinct", distinct_before.name))
                    self.ps.used.add(pos)
                    self.ps.count_kw = True
                    continue
                if any(m.agg in ("count", "count_distinct") for m in intent.measures):
                    self.ps.used.add(pos)
                    continue
                j = self.next_content(pos, skip_tags=("distinct", "agg"))
                if j is not None and self.items[j].kind == "word" and self.items[j].text in CLASSIFIERS:
                    j = self.next_content(j, limit=0)  # 有几 家 门店: the classifier sits between
                measure = Measure("count")
                amount = self._counted_amount(pos, j)
                if amount is not None:
                    intent.measures.append(Measure("sum", amount.name))
                    self.ps.used.add(pos)
                    continue
                if j is not None and self.items[j].kind == "match" and not self.is_table(self.items[j]):
                    c = self.col(self.items[j], prefer="group")
                    distinct_kw = any(self.kw_only(self.items[k], "distinct") for k in range(pos + 1, j))
                    if c is not None and (
                        distinct_kw
                        or (
                            c.role in ("dimension", "id", "text")
                            and not c.unique
                            and j not in self.ps.used
                            and (
                                self.lang == "en"
                                or self._zh_counts_kinds(pos, j)
                                or self._other_entity_id(self.items[j], c)
                            )
                        )
                    ):
                        measure = Measure("count_distinct", c.name)
                        self.ps.used.add(j)
                intent.measures.append(measure)
                self.ps.used.add(pos)
                self.ps.count_kw = True
                continue
            if self.kw_only(it, "count_suffix"):
                j = self.prev_content(pos, limit=0)
                if j is not None and (self.is_table(self.items[j]) or self._row_noun(self.items[j])):
                    intent.measures.append(Measure("count"))
                    self.ps.used.update((pos, j))
                    self.ps.count_kw = True

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
        it = self.items[pos]
        unit = self.implied_column(it.text.split()[-1]) if it.text.split() else None
        if unit is None and j is not None and self.items[j].kind == "word":
            unit = self.implied_column(self.items[j].text)
        if unit is not None and unit.role == "measure" and is_additive(unit):
            if j is not None and self.items[j].kind == "match" and not self.is_table(self.items[j]):
                c = self.col(self.items[j])
                if c is not None and not c.numeric:
                    self.ps.used.add(j)  # 多少件商品: the goods are what the pieces are of
            return unit
        if j is None or self.lang != "en" or self.items[j].kind != "match" or self.is_table(self.items[j]):
            return None  # 多少笔销售记录 counts rows: only "how many seats" sums a column
        c = self.col(self.items[j], prefer="numeric")
        if c is None or not c.numeric or c.role != "measure" or not is_additive(c):
            return None
        self.ps.used.add(j)
        return c

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
        if d is None or not (self.kw_only(self.items[d], "distinct") or self.items[d].text == "不 同 的"):
            return None
        if c is None or (c.numeric and c.role != "id"):
            return None
        self.ps.used.update({d, j})
        return c

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
        if nxt.kind == "word" and nxt.text in CLASSIFIERS:
            return True
        if nxt.kind == "match" and (self.is_table(nxt) or self.kw_only(nxt, "distinct")):
            return True
        return (
            prev is not None
            and prev.text in said_keys("有", "共有")
            and nxt.kind == "match"
            and self._linked(nxt)
        )

    # ---- ordering ----------------------------------------------------------------------------------
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
        target: ColumnInfo | None = None
        count_target = False
        for sp in sort_pos:
            start, end = self.clause_of(sp)
            for pos in range(start, end):
                it = self.items[pos]
                if pos in self.ps.used and not self.kw_only(it, "group"):
                    continue
                if self.kw_only(it, "group") and it.text in said_keys("按", "按照", "by", "根据"):
                    j = self.next_content(pos, skip_tags=("order", "sort"))
                    if j is not None:
                        if self.items[j].text in said_keys("count", "数量", "frequency", "频率", "次数"):
                            count_target = True
                            self.ps.used.update({pos, j})
                            break
                        c = self.col(self.items[j])
                        if c is not None:
                            target = c
                            self.ps.used.update({pos, j})
                            break
            if target is None and not count_target:
                j = self.next_content(sp, skip_tags=("order", "sort"))
                if j is not None and self.items[j].text in said_keys("count", "frequency", "频率", "数量"):
                    count_target = True
                elif j is not None and self.items[j].kind == "match" and j not in self.ps.used:
                    target = self.col(self.items[j])
                    if target is not None:
                        self.ps.used.add(j)
            if target is not None or count_target:
                break
        if direction is None and any(
            self.kw_only(x, "limit_word") and x.text in said_keys("top", "前") for x in self.items
        ):
            direction = True  # "the top 3 sorted by rating": the top is the high end
        self.ps.order_direction = False if direction is None else direction
        self.ps.order_target = target
        self.ps.order_count = count_target
        self.ps.order_explicit = True

    def apply_order(self, intent: Intent) -> None:
        top = self.ps.top_order
        if top is not None and not intent.order:
            name, desc = top
            measure = next((i for i, m in enumerate(intent.measures) if m.column == name), None)
            if measure is not None:
                intent.order.append(("measure", measure, desc))
            else:
                intent.order.append(("column", name, desc))
                if intent.columns and name not in intent.columns:
                    intent.columns.append(name)
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
            for i, m in enumerate(intent.measures):
                if m.column == target.name:
                    intent.order.append(("measure", i, desc))
                    return
            if intent.dimensions or intent.measures:
                if target.name in intent.dimensions:
                    intent.order.append(("column", target.name, desc))
                    return
                if target.numeric and intent.dimensions:
                    idx = self._ensure_measure(
                        intent, Measure("sum" if is_additive(target) else "avg", target.name)
                    )
                    intent.order.append(("measure", idx, desc))
                    return
            intent.order.append(("column", target.name, desc))
            return
        if intent.measures and (intent.dimensions or intent.time_grain):
            intent.order.append(("measure", 0, desc))
        elif intent.columns:
            # 按降序列出扑克选手的收入: the listed value is sorted, not the id the table word also names
            assert self.table is not None
            named = [
                c for c in intent.columns if c in self.table.columns and self.table.columns[c].role != "id"
            ]
            intent.order.append(("column", (named or intent.columns)[0], desc))

    def _ensure_measure(self, intent: Intent, measure: Measure) -> int:
        for i, m in enumerate(intent.measures):
            if m.agg == measure.agg and m.column == measure.column:
                return i
        intent.measures.append(measure)
        return len(intent.measures) - 1

    # ---- dimensions --------------------------------------------------------------------------------
    def find_dimensions(self, intent: Intent) -> None:
        for pos, it in enumerate(self.items):
            if pos in self.ps.used:
                continue
            if self.kw_only(it, "group") or (
                self.kw_only(it, "distinct") and (intent.measures or self.ps.count_kw)
            ):
                j = self.next_content(pos, skip_tags=("distinct", "group"))
                if (
                    j is not None
                    and self.kw_only(self.items[j], "count")
                    and self.items[j].text == "number of"
                ):
                    j = self.next_content(j)  # for each number of cylinders: one group per cylinder count
                while j is not None and self.items[j].kind == "word" and self.items[j].text in GROUP_FILLERS:
                    j = self.next_content(j, skip_tags=("distinct", "group"))
                if j is None or j in self.ps.used or self.items[j].kind != "match":
                    continue
                if self.is_table(self.items[j]):
                    # 每种宠物 / 各类商品: one group per type of the table's things
                    kind_word = any(ch in it.text for ch in "种类")
                    c = self._type_column() if kind_word else None
                    if c is not None and c.name not in intent.dimensions:
                        intent.dimensions.append(c.name)
                        self.ps.used.update({pos, j})
                    continue
                c = self.col(self.items[j], prefer="group")
                if c is None:
                    continue
                if c.role == "time" and not intent.time_grain:
                    intent.time_grain = "year" if it.text in ("year",) else "month"
                    intent.time_column = c.name
                elif c.name not in intent.dimensions:
                    intent.dimensions.append(c.name)
                self.ps.used.update({pos, j})
                # "each category and channel": a second column joined by and
                k = self.next_content(j)
                if k is not None and self.kw_only(self.items[k], "and"):
                    k2 = self.next_content(k)
                    if k2 is not None and self.items[k2].kind == "match" and k2 not in self.ps.used:
                        c2 = self.col(self.items[k2], prefer="group")
                        if c2 is not None and not c2.numeric and c2.name not in intent.dimensions:
                            intent.dimensions.append(c2.name)
                            self.ps.used.add(k2)

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

    # ---- ranking -----------------------------------------------------------------------------------
    def find_ranking(self, intent: Intent) -> None:
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or not self.kw_only(it, "sup"):
                continue
            desc = it.has("sup:desc")
            if self.ps.rank_hint == "asc":
                desc = False
            self.ps.used.add(pos)
            target, inner, target_pos = self._rank_target(pos, it)
            if target is None and inner != "count" and self._rank_by_rate(intent, desc):
                return
            entity = (
                None
                if self._ranks_table_rows(pos, intent, target)
                else self._rank_entity(intent, target, target_pos)
            )
            if target is None and inner != "count":
                continue
            self._apply_ranking(intent, pos, desc, target, inner, entity, target_pos)
            return

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

    def _rank_target(self, pos: int, it: Item) -> tuple[ColumnInfo | None, str | None, int | None]:
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
        if self._ranks_times(pos):
            return None, "count", None  # "won the most times" / 次数最多: how often, a row count
        if self._zh_most_common(pos):
            self.ps.most_common = True
            return None, "count", None
        if it.text in tuple(phrase_key(w) for w in count_words):
            # "the most common best finish": the answer is a value of the column, even without "which"
            self.ps.most_common = any(
                w in it.text for w in ("common", "popular", "frequent", "常 见", "欢 迎", "频 繁")
            )
            return None, "count", None
        inner = None
        implied = self.implied_column(it.text)
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
            if j2 is None or self.is_table(self.items[j2]) or nxt_col is None or not nxt_col.numeric:
                return implied, None, None
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
            if nxt.kind == "match":
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
                    break  # 最年轻的老师: the superlative ranks the table's rows by what it implies
                c = self.col(nxt, prefer="numeric")
                if c is not None and (c.numeric or c.role == "time") and c.role != "id":
                    if j2 in self.ps.used:
                        used_measure = (
                            next((m for m in self.intent.measures if m.column == c.name), None)
                            if self.intent
                            else None
                        )
                        if used_measure is None:
                            break
                        inner = inner or str(used_measure.agg)
                    self.ps.used.add(j2)
                    return c, inner, j2
            break
        jp = self.prev_content(pos, limit=2)
        if jp is not None and self.items[jp].kind == "match":
            j = jp
            c = self.col(self.items[j], prefer="numeric")
            if c is not None and c.role != "id" and (c.numeric or c.role == "time"):
                agg = self._agg_before(j) or next(
                    (m.agg for m in (self.intent.measures if self.intent else []) if m.column == c.name), None
                )
                self.ps.used.add(j)
                return c, agg, j
            if self.is_table(self.items[j]) and self.lang == "zh":
                return None, "count", j
        c = self.implied_column(it.text)
        if c is not None:
            return c, inner, None
        if inner == "count" or it.text in said_keys("最多", "最少", "most", "fewest", "the most", "least"):
            return None, "count", None  # 哪个年级的学生最多: most *rows*
        return None, inner, None

    def _zh_most_common(self, pos: int) -> bool:
        """人数最多的年级 / 使用最多的唱片公司: 最多 after a count word or a plain verb, before a category
        column, asks for the value that occurs most often."""
        if self.lang != "zh" or self.items[pos].text not in said_keys("最多", "最少"):
            return False
        before = self.prev_content(pos, limit=0)
        if before is not None and self.kw_only(self.items[before], "count"):
            return True
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

    def asks_which(self) -> bool:
        """ "which / 哪个 / list / 前N": the answer names things rather than one number."""
        explicit = said_keys(
            "list",
            "show",
            "列出",
            "显示",
            "展示",
            "列举",
            "give",
            "return",
            "find",
            "找出",
            "查找",
            "给出",
            "返回",
        )
        return any(
            self.kw_only(it, "which", "who") or (self.kw_only(it, "list") and it.text in explicit)
            for it in self.items
        ) or bool(self.intent and self.intent.limit)

    def _rank_entity(self, intent: Intent, target: ColumnInfo | None, target_pos: int | None) -> str | None:
        """The grouped thing ranked ("which province"), or None when rows are ranked."""
        if intent.dimensions:
            return intent.dimensions[0]
        if not self.asks_which() and not self.ps.most_common:
            return None
        filtered = {f.column for f in intent.filters}
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match" or pos == target_pos:
                continue
            c = self.col(it, prefer="group")
            if c is None or (target is not None and c.name == target.name) or c.name in filtered:
                continue
            if self.is_table(it):
                continue
            if c.role in ("dimension",) and not c.unique and not c.name_like:
                return c.name
            if target is None and c.role in ("dimension", "text", "measure") and not c.name_like:
                return c.name  # "the most common hometown": counted per value even when values are few
            if target is None and self.ps.times_ranked and c.role in ("dimension", "text"):
                return c.name  # "the winner who won the most times": the names are what repeat
            before = self.prev_content(pos, limit=1)
            if before is not None and self.kw_only(self.items[before], "which") and c.role != "id":
                return c.name  # 哪个年级 / which grade: the thing after "which" is what is ranked
            if (
                c.role in ("year", "bool")
                and self.lang == "en"
                and any(self.kw_only(x, "which") for x in self.items[:pos])
            ):
                return c.name
        return None

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
            if entity not in intent.dimensions:
                intent.dimensions.append(entity)
                for k, it in enumerate(self.items):
                    c = self.col(it, prefer="group") if it.kind == "match" and k not in self.ps.used else None
                    if c is not None and c.name == entity:
                        self.ps.used.add(k)
            if target is None or inner == "count":
                measure = Measure("count")
            else:
                agg = inner or ("sum" if is_additive(target) else "avg")
                measure = Measure(agg, target.name)
            idx = self._ensure_measure(intent, measure)
            intent.order = [("measure", idx, desc)]
            intent.limit = intent.limit or 1
            return
        if target is None:
            return
        wants_row = self.asks_which() or self._other_columns(target)
        if inner in ("sum", "avg", "count", "max", "min") or not wants_row:
            agg = inner if inner in ("sum", "avg", "median", "max", "min") else ("max" if desc else "min")
            if not intent.measures:
                intent.measures.append(Measure(agg, target.name))
            return
        intent.order = [("column", target.name, desc)]
        intent.limit = intent.limit or 1
        self.ps.rank_column = target.name

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

    # ---- listed columns ----------------------------------------------------------------------------
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
            if it.tags and not self._strong_link(it) and not it.has("which", "list"):
                continue
            c = self.col(it)
            if c is None or c.name in cols:
                continue
            lk = self.col_link(it)
            if lk is not None and lk.score < 0.4:
                continue
            if self.is_table(it) and lk is not None and lk.score < 0.6:
                continue  # "the 5 heaviest shipments": the table's noun, not its delivery_date column
            compared = {f.column for f in intent.filters if f.source == "number"}
            before = self.prev_content(pos, limit=1)
            listed = before is not None and self.kw_only(self.items[before], "and", "list")
            if c.name in compared and lk is not None and lk.score < 0.85 and not listed:
                continue  # "tickets resolved in under 2 hours": 'resolved' restates the compared column
            if cols and not listed and c.name in {f.column for f in intent.filters}:
                continue  # "distinct countries of singers above age 30": age only filters
            cols.append(c.name)
            self.ps.used.add(pos)
        intent.columns = cols

    # ---- completion --------------------------------------------------------------------------------
    def finish(self, intent: Intent) -> None:
        assert self.table is not None
        self.ps.explicit_measures = len(intent.measures)
        if intent.having and not intent.dimensions:
            self._having_groups(intent)
        self._or_logic(intent)
        self._merge_equal_filters(intent)
        grouped = bool(intent.dimensions or intent.time_grain)
        compared_metric = next((h.measure for h in intent.having if h.measure.agg == "metric"), None)
        if grouped and not intent.measures and compared_metric is not None:
            # 客单价大于300的门店: each group's metric is what the question is about; show it
            intent.measures.append(Measure(**compared_metric.__dict__))
        if grouped and not intent.measures:
            for pos, it in enumerate(self.items):
                if pos in self.ps.used or it.kind != "match":
                    continue
                c = self.col(it, prefer="numeric")
                if c is not None and c.numeric and c.role == "measure":
                    intent.measures.append(Measure("sum" if is_additive(c) else "avg", c.name))
                    self.ps.used.add(pos)
                    self.lower("default_measure", 0.05)
                    break
            if not intent.measures and self._names_groups_only(intent):
                pass  # "which cities have more than 3 stores": the cities, the count stays in HAVING
            elif not intent.measures:
                if not self.ps.count_kw and self.unknown_words():
                    self.ps.problem = self.ps.problem or "measure:unknown"
                intent.measures.append(Measure("count"))
                if not self.ps.count_kw:
                    self.lower("default_count", 0.15)
        if not grouped and not intent.measures and not intent.columns:
            self._default_columns(intent)
        if intent.columns and not intent.measures:
            self._total_of_listed(intent)
        if intent.columns and not intent.measures:
            self._maybe_distinct(intent)
        self.apply_order(intent)
        if self.ps.rank_column and self.ps.rank_column not in intent.columns and not intent.distinct:
            intent.columns.append(self.ps.rank_column)
        self._rank_groups_not_rows(intent)
        if intent.time_grain and not intent.order:
            intent.order.append(("time", None, False))
        if intent.limit and not intent.order and not intent.columns:
            intent.limit = None
        if not intent.measures and not intent.columns and not (intent.having and intent.dimensions):
            self.ps.problem = self.ps.problem or "nothing"

    def _names_groups_only(self, intent: Intent) -> bool:
        """A "which X" question whose only count is its HAVING condition names the groups, no count."""
        if not intent.having or not intent.dimensions or intent.time_grain:
            return False
        if any(self.kw_only(it, "count", "count_distinct") for it in self.items):
            return False
        return any(self.kw_only(it, "which", "who", "list") for it in self.items)

    def _merge_equal_filters(self, intent: Intent) -> None:
        """2015年或2016年 / year 2015 or 2016: two values of one column mean either (IN), never both."""
        if intent.filter_logic != "and":
            return
        merged: list[Filter] = []
        for f in intent.filters:
            same = next((m for m in merged if m.column == f.column and m.op in ("=", "in")), None)
            if same is not None and f.op in ("=", "in"):
                same.values = same.values + [v for v in f.values if v not in same.values]
                same.op = "in" if len(same.values) > 1 else "="
                continue
            merged.append(f)
        intent.filters = merged

    def _rank_groups_not_rows(self, intent: Intent) -> None:
        """毛利最低的3个商品 over sales lines: a repeating thing ranked by an amount ranks its totals."""
        assert self.table is not None
        if intent.measures or intent.dimensions or not intent.limit or len(intent.order) != 1:
            return
        kind, name, desc = intent.order[0]
        amount = self.table.columns.get(str(name)) if kind == "column" else None
        if amount is None or amount.role != "measure" or not is_additive(amount):
            return
        pinned = {f.column for f in intent.filters if f.op in ("=", "in")}
        things = [self.table.columns[c] for c in intent.columns if c != amount.name and c not in pinned]
        if len(things) != 1 or things[0].numeric or things[0].role not in ("dimension", "text"):
            return
        thing = things[0]
        if not thing.distinct or thing.distinct * 2 > self.table.row_count:
            return  # each row is its own thing (a table of products): rank the rows
        intent.dimensions = [thing.name]
        intent.measures = [Measure("sum", amount.name)]
        intent.columns = []
        intent.order = [("measure", 0, desc)]

    def _having_groups(self, intent: Intent) -> None:
        """ "hometowns shared by at least two teachers": the listed column is what is grouped."""
        assert self.table is not None
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match" or self.is_table(it):
                continue
            c = self.col(it, prefer="group")
            if c is not None and not c.numeric:
                intent.dimensions.append(c.name)
                self.ps.used.add(pos)
                return
        listed = [c for c in intent.columns if not self.table.columns[c].numeric]
        if listed:  # 至少有两位老师来自的家乡: the listed column is the group
            intent.dimensions.append(listed[0])
            intent.columns = [c for c in intent.columns if c != listed[0]]

    def _or_logic(self, intent: Intent) -> None:
        cols = {f.column for f in intent.filters}
        said_or = any(self.kw_only(it, "or") for it in self.items)
        if (
            len(intent.filters) >= 2
            and len(cols) == 1
            and said_or
            and not all(f.op == "=" for f in intent.filters)
        ):
            intent.filter_logic = "or"

    def _total_of_listed(self, intent: Intent) -> None:
        """ "2024年第二季度的销售额(是多少)": an amount named without a listing verb is its total."""
        assert self.table is not None
        if self.asks_which() or self.ps.rank_column:
            return
        how_much = any(self.kw_only(it, "howmuch") for it in self.items)
        if not how_much and any(self._plain_table_word(it) for it in self.items):
            return  # 2024年3月的销售明细 / the sales records of March: rows were asked for
        if self.lang != "zh" and not (how_much or intent.time_range or self._bare_noun_phrase(intent)):
            return  # "sales in March 2024" is a total; "the budget of the history department" a value
        if self._pins_one_row(intent):
            return  # 巴西的人口是多少: one country's own number, not a total
        infos = [self.table.columns[c] for c in intent.columns]
        if infos and all(i.role == "measure" and is_additive(i) for i in infos):
            intent.measures = [Measure("sum", i.name) for i in infos]
            intent.columns = []
            self.lower("total_of_listed", 0.05)

    def _bare_noun_phrase(self, intent: Intent) -> bool:
        """ "NY state sales" / "sales in the East region": a filtered amount with no question or list word
        (what, which, show, list ...) asks for its total, as a BI search box query does."""
        if not intent.filters:
            return False
        return not any(it.kind == "match" and it.has("which", "who", "list", "howmuch") for it in self.items)

    def _pins_one_row(self, intent: Intent) -> bool:
        """An equality on the table's key or name column (one distinct value per row) picks one row."""
        assert self.table is not None
        rows = self.table.row_count
        for f in intent.filters:
            info = self.table.columns.get(f.column)
            if (
                f.op == "="
                and f.source == "value"
                and info is not None
                and rows > 1
                and info.distinct == rows
            ):
                return True
        return False

    def _default_columns(self, intent: Intent) -> None:
        """ "月薪最高的员工是谁": who/which rows -> their name columns (and the ranking column)."""
        assert self.table is not None
        names = [c.name for c in self.table.columns.values() if c.name_like]
        asks_rows = any(self.kw_only(it, "who", "which", "list") for it in self.items) or any(
            it.kind == "match" and self.is_table(it) for it in self.items
        )
        if names and asks_rows:
            intent.columns = names[:1]
            self.lower("default_name_column", 0.05)
        elif self.ps.rank_column:
            intent.columns = []
        elif self.ps.count_kw:
            intent.measures.append(Measure("count"))
        elif intent.filters:
            text_filters = [f.column for f in intent.filters if f.source == "contains"]
            if text_filters:
                intent.columns = text_filters[:1]
        ids = [c.name for c in self.table.columns.values() if c.role == "id"]
        named = any(it.kind == "match" and self.is_table(it) for it in self.items)
        if not intent.columns and not intent.measures and named and ids:
            intent.columns = ids[:1]  # "the 5 tickets with the longest resolution time": no name, the id
            self.lower("default_id_column", 0.05)

    def _maybe_distinct(self, intent: Intent) -> None:
        assert self.table is not None
        if any(self.kw_only(it, "distinct") for it in self.items):
            intent.distinct = True
            return
        table_named = any(it.kind == "match" and self.is_table(it) for it in self.items)
        infos = [self.table.columns[c] for c in intent.columns]
        if not table_named and not intent.order and all(i.role in ("dimension",) for i in infos):
            intent.distinct = True

    # ---- how sure the reading is ------------------------------------------------------------------
    def lower(self, reason: str, amount: float) -> None:
        """Lower confidence for a guess the reading had to make."""
        self.ps.confidence -= self.reason(reason, amount)

    def reason(self, reason: str, amount: float) -> float:
        self.ps.reasons.append(reason)
        return amount

    def doubt(self, intent: Intent, unknown: list[str]) -> float:
        """How much to lower confidence for what the reading left out.

        Words the engine did not know, grammar words no clause consumed (a 最小 or "maximum" that
        changed nothing) and columns named but not used each make a wrong answer more likely; the
        auto mode hands low-confidence questions to the LLM.
        """
        assert self.table is not None
        penalty = self.reason("unknown_word", UNKNOWN_WORD_DOUBT * len(unknown)) if unknown else 0.0
        names = [w for w in unknown if self._written_as_name(w)]
        if names:  # "West sales" where no column holds West: a name the answer would silently drop
            penalty += self.reason("unknown_name", UNKNOWN_NAME_DOUBT * len(names))
        mentioned = {f.column for f in intent.filters} | set(intent.columns) | set(intent.dimensions)
        mentioned |= {m.column for m in intent.measures if m.column}
        mentioned |= {h.measure.column for h in intent.having if h.measure.column}
        if intent.time_range:
            mentioned.add(intent.time_range.column)
        if intent.time_column:
            mentioned.add(intent.time_column)
        mentioned |= {str(o[1]) for o in intent.order if o[0] == "column"}
        for pos, it in enumerate(self.items):
            if it.kind == "match" and not self._linked(it) and self._names_other_table(it):
                penalty += self.reason(
                    "other_table", OTHER_TABLE_DOUBT
                )  # 有多少狗经过治疗: the question reaches into another table
                continue
            if pos in self.ps.used or it.kind != "match":
                continue
            if self._linked(it):
                if self.is_table(it):
                    continue
                if self._unused_value(it, intent):
                    penalty += self.reason(
                        "unused_value", UNUSED_VALUE_DOUBT
                    )  # 产品A在华东的销量 answered without A
                c = self.col(it)
                if c is not None and c.name not in mentioned and self._strong_link(it):
                    penalty += self.reason("unused_column", LEFTOVER_COLUMN_DOUBT)
                continue
            if it.has(*LOAD_BEARING) and not self._harmless_leftover(pos, it):
                kind = next(t for t in LOAD_BEARING if it.has(t))
                penalty += self.reason(f"unused_keyword:{kind}", LEFTOVER_KEYWORD_DOUBT)
        if self._superlative_dropped(intent):
            penalty += self.reason("superlative_dropped", SUPERLATIVE_DROPPED_DOUBT)
        for pos, it in enumerate(self.items):
            if it.kind == "quote" and not self._quote_held(pos, it, intent):
                penalty += self.reason("quote_unused", QUOTE_UNUSED_DOUBT)
        return penalty

    def _superlative_dropped(self, intent: Intent) -> bool:
        """ "the department with the most degrees" read without any order, limit, MAX/MIN or HAVING: the
        superlative was the point of the question and the reading lost it."""
        if intent.order or intent.limit or intent.having:
            return False
        if any(m.agg in ("max", "min") for m in intent.measures):
            return False
        return any(self.kw_only(it, "sup") for it in self.items)

    def _quote_held(self, pos: int, it: Item, intent: Intent) -> bool:
        """A quoted value ends up in a filter that its column holds (when the column's values are known)."""
        assert self.table is not None
        text = str(it.value if it.value is not None else it.text).strip().lower()
        for f in intent.filters:
            values = [str(v).strip().lower().strip("%") for v in f.values]
            if not any(text in v or v in text for v in values if v):
                continue
            info = self.table.columns.get(f.column)
            if f.source != "value" or info is None or not info.values or len(info.values) < info.distinct:
                return True
            return any(str(v).strip().lower() in values for v in info.values)
        return pos in self.ps.used  # read some other way (translated, a LIKE, a comparison)

    def _written_as_name(self, word: str) -> bool:
        """An English word the engine does not know, written capitalised: a proper name (question words
        that open a sentence are keywords, never unknown)."""
        if not word.isascii():
            return False
        found = re.search(rf"\b({re.escape(word)})\b", self.question, flags=re.IGNORECASE)
        return bool(found and found.group(1)[:1].isupper())

    def _unused_value(self, it: Item, intent: Intent) -> bool:
        """A word read only as a value of this table (no column, no keyword) that no filter holds."""
        assert self.table is not None
        if it.tags or self.col(it) is not None or it.text in GENERIC_NOUNS:
            return False
        links = [lk for lk in self.values(it) if lk.score >= 0.9]
        if not links:
            return False
        held = {str(v).lower() for f in intent.filters for v in f.values}
        held |= {str(f.column) for f in intent.filters}
        return not any(str(lk.value).lower() in held or lk.column in held for lk in links)

    def other_table_words(self) -> list[tuple[str, str]]:
        """Words that name only another table: not a keyword, not a generic noun, no link to this table."""
        assert self.table is not None
        found: list[tuple[str, str]] = []
        for it in self.items:
            if it.kind != "match" or it.tags or it.text in GENERIC_NOUNS or self._linked(it):
                continue
            if it.text.replace(" ", "") in GENERIC_NOUNS:
                continue
            strong = [lk for lk in it.links if lk.table != self.table.name and lk.score >= 0.85]
            if strong:
                found.append((self.original(it), strong[0].table))
        return found

    def _names_other_table(self, it: Item) -> bool:
        assert self.table is not None
        return any(lk.kind == "table" and lk.table != self.table.name and lk.score >= 0.85 for lk in it.links)

    def _harmless_leftover(self, pos: int, it: Item) -> bool:
        """是多少 / what is: question words that carry no meaning of their own when left over."""
        if it.has("howmuch") or it.text in said_keys("是", "为", "every", "each", "all", "by", "per", "按"):
            return it.has("howmuch") or not it.has("group") or pos + 1 >= len(self.items)
        return False

    # ---- what was not understood -------------------------------------------------------------------
    def unknown_words(self) -> list[str]:
        words: list[str] = []
        run = ""
        for it in self.items:
            if it.kind == "word" and CJK_RE.fullmatch(it.text) and it.text not in ZH_STOP:
                run += it.text
                continue
            if len(run) >= 2:
                words.append(run)
            run = ""
            if (
                it.kind == "word"
                and it.text.isascii()
                and it.text.isalpha()
                and it.text not in STOP_WORDS
                and len(it.text) > 2
            ):
                words.append(it.text)
        if len(run) >= 2:
            words.append(run)
        return words


# a bare time word naming the groups a superlative ranks (哪个月 / 退货率最高的季度 / which year)
RANKED_GRAINS = {
    "月": "month",
    "month": "month",
    "季度": "quarter",
    "季": "quarter",  # jieba splits 季度 when it follows 哪个
    "quarter": "quarter",
    "年": "year",
    "年份": "year",
    "year": "year",
    "周": "week",
    "week": "week",
}


@lru_cache(maxsize=256)
def said_keys(*words: str) -> frozenset[str]:
    """Unit keys of literal words, to compare with Item.text ("列出" -> "列 出")."""
    return frozenset(phrase_key(w) or w for w in words)


def _in_data_language(text: str, col: ColumnInfo) -> str:
    """Search text in the column's language: “西” in an English city column searches 'West'."""
    sample = [v for v in col.values[:50] if isinstance(v, str)]
    if not CJK_RE.search(text) or not sample or any(CJK_RE.search(v) for v in sample):
        return text
    names = [n for n in other_names(text) if n.isascii()]
    if not names:
        return text
    if not col.values or len(col.values) < col.distinct:
        return names[0]
    for name in names:
        for v in sample:
            at = v.lower().find(name.lower())
            if at >= 0:
                return v[at : at + len(name)]  # the data's own spelling, for case-sensitive LIKE
    return names[0]


def value_of(item: Item) -> float:
    """The number a num item holds (0 when it holds none)."""
    return item.value if isinstance(item.value, int | float) else 0


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"-?\d+(\.\d+)?", text.strip()))


def _natural_key(text: str) -> list[Any]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    if re.match(r"^\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    return None


def _range_label(spec: timeexpr.TimeSpec, rng: tuple[date, date], op: str | None, lang: str) -> str:
    base = timeexpr.describe(spec, rng, lang)
    if op is None:
        return base
    if lang == "zh":
        return {"ge": f"{base} 及以后", "gt": f"{base} 之后", "lt": f"{base} 之前", "le": f"{base} 及以前"}[
            op
        ]
    return {"ge": f"from {base}", "gt": f"after {base}", "lt": f"before {base}", "le": f"up to {base}"}[op]


def _comparable(left: ColumnInfo, right: ColumnInfo, op: str) -> bool:
    """Two columns a row can compare: both numbers or both dates; (in)equality also for ids and codes."""
    if op in ("=", "!="):
        return left.numeric == right.numeric and left.role != "bool" and right.role != "bool"
    if left.role == "time" or right.role == "time":
        return left.role == right.role
    return left.numeric and right.numeric and "id" not in (left.role, right.role)


def _default_agg(col: ColumnInfo) -> str:
    return default_aggregation(col)


def is_additive(col: ColumnInfo) -> bool:
    """Amounts and counts add up; prices, scores, ages and rates are averaged (measures.py decides)."""
    return default_aggregation(col) == "sum"


__all__ = [
    "Parsed",
    "Parser",
    "is_additive",
    "phrase_key",
    "translations",
    "CJK_RE",
    "implied_map",
    "Filter",
    "Having",
    "Measure",
]
