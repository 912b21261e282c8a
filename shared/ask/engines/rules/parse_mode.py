"""Mode: completing the reading (AGGREGATE / RANK / DETAIL defaults) once every clause has read."""

from __future__ import annotations

from shared.ask.engines.rules.bothsides import group_both_sides_of_a_flag
from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.ask.engines.rules.labelranges import labels_between
from shared.ask.engines.rules.pairedsides import sum_both_sides
from shared.ask.engines.rules.parse_ranking import RankingClauses
from shared.ask.engines.rules.parsecommon import (
    DEFAULT_COUNT_DOUBT,
    DEFAULT_NAME_DOUBT,
    FUNCTION_WORDS,
    MODE_CONFLICT_DOUBT,
    default_agg,
    is_additive,
    said_keys,
    said_pattern,
    words,
)
from shared.ask.engines.rules.perrow import average_per_row
from shared.ask.engines.rules.sideamounts import (
    amount_of_the_side_said,
    bound_on_the_side_amount,
    bounds_of_the_side_said,
)
from shared.ask.engines.rules.value_bounds import covered_column
from shared.semantic.vocabulary.flagheaders import flag_object_names
from shared.semantic.vocabulary.segment import CJK_RE

_DISTRIBUTION = said_pattern(words("distribution_words"))  # 分布, distribution: counts per value


class ModeClauses(RankingClauses):
    """Mode: completing the reading (AGGREGATE / RANK / DETAIL defaults) once every clause has read."""

    def finish(self, intent: Intent) -> None:
        assert self.table is not None
        # 统计回电数: the count verb and the count suffix ask one count, not two alike
        intent.measures = [m for k, m in enumerate(intent.measures) if m not in intent.measures[:k]]
        self.ps.explicit_measures = len(intent.measures)
        bound_on_the_side_amount(self, intent)  # 客队进球5个及以上: away_goals >= 5, not teams' row counts
        bounds_of_the_side_said(self, intent)  # 客队得分3分及以上: away_score >= 3
        self._percent_bounds_the_rate(intent)
        if intent.time_grain and intent.time_column in intent.dimensions:
            # per month (by end date) / 按结束日期看每个月: the date named beside a grain is the date the
            # grain reads, not a second grouping by each day
            intent.dimensions.remove(intent.time_column)
        if intent.having and not intent.dimensions:
            self._having_groups(intent)
        self._or_logic(intent)
        self._merge_equal_filters(intent)
        self._every_value_apart(intent)
        if intent.dimensions or intent.time_grain:
            self._group_measures(intent)
        else:
            self._what_rows_show(intent)
        self._listing(intent)
        average_per_row(self, intent)  # home goals per match: the average over the rows
        amount_of_the_side_said(self, intent)  # 客队的进球: the visiting team's goals, away_goals
        sum_both_sides(self, intent)  # goals over home_goals / away_goals: both sides' together
        labels_between(self, intent)  # between 1975/76 and 1979/80: every season of the range
        self.apply_order(intent)
        self._finish_ranking(intent)
        self._flag_counted_per_group(intent)
        if not intent.measures and not intent.columns and not (intent.having and intent.dimensions):
            self.ps.problem = self.ps.problem or "nothing"
        elif not intent.measures and not intent.columns and intent.dimensions:
            # occupations whose average wage is above $10: each group shown with the figure it passed on
            intent.measures = [h.measure for h in intent.having if h.measure.column]

    def _every_value_apart(self, intent: Intent) -> None:
        """Callback rates for men and women / 男性和女性简历的平均工作年限: every value of a column named,
        joined by and, under an average, rate or extreme: the pooled figure names none of them, each
        value's does."""
        assert self.table is not None
        if not intent.measures or any(m.agg not in ("avg", "rate", "max", "min") for m in intent.measures):
            return
        f = covered_column(self.question, intent, self.table.columns)
        if f is not None and not intent.time_grain:
            intent.filters = [g for g in intent.filters if g is not f]
            intent.dimensions.append(f.column)

    def _flag_counted_per_group(self, intent: Intent) -> None:
        """按学历要求统计回电数 / number of callbacks by education requirement: the flag named by its
        object is the thing counted in each group, a group with none counted 0 (SUM of a CASE), not left
        out by a WHERE."""
        if (
            not intent.dimensions
            or intent.time_grain
            or intent.having
            or intent.measures != [Measure("count")]
        ):
            return
        named = [self.flag_by_its_object(self.items[p]) for p in sorted(self.ps.used) if p < len(self.items)]
        flags = {f[0].name: f[0] for f in named if f is not None}
        counted = [f for f in intent.filters if f.source == "bool" and f.op == "=" and f.column in flags]
        if len(counted) != 1 or len(flags) != 1:
            return
        f = counted[0]
        value = str(f.values[0]).replace("'", "''")
        case = f"SUM(CASE WHEN \"{f.column}\" = '{value}' THEN 1 ELSE 0 END)"
        intent.filters = [g for g in intent.filters if g is not f]
        intent.measures = [Measure("metric", metric=flag_object_names(f.column)[0], expression=case)]

    def _percent_bounds_the_rate(self, intent: Intent) -> None:
        """流失率超过20%的服务类型 / churn rate above 20%: a percentage compared, read against the rows' count
        (comparisons are read before the rate), bounds the one rate asked for: HAVING rate > 0.2."""
        rates = [m for m in intent.measures if m.agg == "rate"]
        if len(rates) != 1 or len(intent.having) != 1 or "percent_compared_with_count" not in self.ps.reasons:
            return
        having = intent.having[0]
        counted = having.measure.agg == "count" and not having.measure.column
        if not counted or not isinstance(having.value, int | float):
            return
        having.measure, having.value = rates[0], round(having.value / 100, 10)
        self.ps.reasons.remove("percent_compared_with_count")
        self.ps.confidence += MODE_CONFLICT_DOUBT

    def _what_rows_show(self, intent: Intent) -> None:
        """Ungrouped and nothing asked to show: the named time column's rows, else the default columns."""
        if not intent.measures and not intent.columns:
            self._named_time_rows(intent)
        if not intent.measures and not intent.columns:
            self._default_columns(intent)
        elif intent.columns and not intent.measures and self.table is not None and self._rows_listed():
            names = [n for n in self.row_name_columns()[:1] if n not in intent.columns]
            intent.columns = names + intent.columns  # list the items … and their restaurant: each item

    def _rows_listed(self) -> bool:
        """A list word, then (an article and) the table's own noun: the rows themselves are listed."""
        for pos, it in enumerate(self.items):
            if not self.kw_only(it, "list"):
                continue
            nxt = [x for x in self.items[pos + 1 : pos + 3] if x.text not in ("the", "all")]
            if nxt and nxt[0].kind == "match" and self.is_table(nxt[0]) and self.col(nxt[0]) is None:
                return True
        return False

    def _listing(self, intent: Intent) -> None:
        """A listing: an amount's total, a time span, distinct kinds, the compared values shown."""
        for step in (self._total_of_listed, self.span_of_listed_time):
            if intent.columns and not intent.measures:
                step(intent)
        if intent.columns and not intent.measures:
            self._distribution_counted(intent)
        if intent.columns and not intent.measures:
            self._maybe_distinct(intent)
            self._show_the_compared_values(intent)

    def _distribution_counted(self, intent: Intent) -> None:
        """伤情等级分布 / the distribution of X: a category's distribution is how many rows hold each of its
        values, not the list of them: the one category listed is grouped and its rows counted."""
        if len(intent.columns) != 1 or self.table is None or not _DISTRIBUTION.search(self.question.lower()):
            return
        info = self.table.columns.get(intent.columns[0])
        if info is None or info.role not in ("dimension", "year", "bool"):
            return
        intent.dimensions.append(intent.columns.pop())
        intent.measures.append(Measure("count"))
        intent.distinct = False

    def _named_time_rows(self, intent: Intent) -> None:
        """ "the 3 windiest days" / "list the days in July 2014": rows asked by the word that names the
        time column (one row per day) are listed by that column, though the period also read it."""
        assert self.table is not None
        if self.lang != "en" or any(c.name_like for c in self.table.columns.values()):
            return  # rows with a name are listed by it (which teachers were hired before 2015)
        if not (self.ps.rank_column or any(self.kw_only(it, "list", "which") for it in self.items)):
            return
        for it in self.items:
            c = self.col(it, prefer="time") if it.kind == "match" and not it.tags else None
            one_a_row = c is not None and c.distinct * 10 >= self.table.row_count * 9  # one row per day
            if (
                c is not None
                and c.role == "time"
                and one_a_row
                and self._strong_link(it)
                and not self.is_table(it)
            ):
                intent.columns = [c.name]
                return

    def _group_measures(self, intent: Intent) -> None:
        """What each group shows: the compared metric, an amount the question names, else the row count."""
        compared_metric = next((h.measure for h in intent.having if h.measure.agg == "metric"), None)
        if not intent.measures and compared_metric is not None:
            # 客单价大于300的门店: each group's metric is what the question is about; show it
            intent.measures.append(Measure(**compared_metric.__dict__))
        if intent.measures or self._default_measure(intent):
            return
        if self._names_groups_only(intent):
            return  # "which cities have more than 3 stores": the cities, the count stays in HAVING
        compared = next((h.measure for h in intent.having if h.measure.agg in ("sum", "avg")), None)
        if compared is not None and (intent.time_grain or (compared.agg == "avg" and not self.ps.count_kw)):
            # which months had > 150 mm in total; 平均单价高于20的品类: each kept group's average
            intent.measures.append(Measure(**compared.__dict__))
            return
        if not self.ps.count_kw and self.unknown_words():
            self.ps.problem = self.ps.problem or "measure:unknown"
        intent.measures.append(Measure("count"))
        if not self.ps.count_kw:
            self.lower("default_count", DEFAULT_COUNT_DOUBT)

    def _default_measure(self, intent: Intent) -> bool:
        """The first unread numeric measure column the question names, summed or averaged."""
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match":
                continue
            c = self.col(it, prefer="numeric")
            if c is not None and c.numeric and c.role == "measure":
                intent.measures.append(Measure(default_agg(c), c.name))
                self.ps.used.add(pos)
                self.lower("default_measure", 0.05)
                return True
        return False

    def _finish_ranking(self, intent: Intent) -> None:
        """The ranking column shown, groups ranked not rows, a series in time order, a loose top-N kept."""
        if self.ps.rank_column and self.ps.rank_column not in intent.columns and not intent.distinct:
            intent.columns.append(self.ps.rank_column)
        self._rank_groups_not_rows(intent)
        if intent.time_grain and not intent.order:
            intent.order.append(("time", None, False))
        if intent.limit and not intent.order and not intent.columns:
            self.ps.asked_limit = intent.limit
            intent.limit = None

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
        group_both_sides_of_a_flag(self, intent)

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
            if c is not None and (not c.numeric or c.role == "year"):
                intent.dimensions.append(c.name)
                self.ps.used.add(pos)
                return
        infos = [self.table.columns[c] for c in intent.columns]
        listed = [i.name for i in infos if not i.numeric or i.role == "year"]  # which years have 20 dogs
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
        ) or (said_or and self._or_between_columns(intent)):
            intent.filter_logic = "or"

    def _or_between_columns(self, intent: Intent) -> bool:
        """ "VIP customers or customers in 华东", 状态为已取消或金额大于1000: two conditions on two columns
        with "or" said between the words of each are either, not both."""
        if len(intent.filters) != 2 or any(len(f.values) > 1 for f in intent.filters):
            return False
        first, second = (self._said_at(f.column) for f in intent.filters)
        if intent.filters[0].column == intent.filters[1].column or not first or not second:
            return False
        ors = [pos for pos, it in enumerate(self.items) if self.kw_only(it, "or")]
        return any(
            min(p, q) < o < max(p, q) and self._only_known_between(min(p, q), max(p, q))
            for o in ors
            for p in first
            for q in second
        )

    def _only_known_between(self, start: int, end: int) -> bool:
        """No unread value-like word (a code, a Chinese word) between two conditions ("origin A or C": C
        unread, the or is of values, not of the conditions); nouns and function words may stand there."""
        return not any(
            it.kind == "word"
            and not it.links
            and not it.tags
            and it.text.lower() not in FUNCTION_WORDS
            and (len(it.text) <= 2 or bool(CJK_RE.search(it.text)))
            for it in self.items[start + 1 : end]
        )

    def _said_at(self, column: str) -> list[int]:
        """Where the question names a column or one of its values."""
        return [
            pos
            for pos, it in enumerate(self.items)
            if any(lk.column == column and lk.kind in ("column", "value") for lk in it.links)
        ]

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
        """An equality on the table's key or name column (one distinct value per row) picks one row; so do
        equalities on a cell's columns in the table's grain (北领地2015年第三季度: State x Quarter)."""
        assert self.table is not None
        rows = self.table.row_count
        for f in intent.filters:
            info = self.table.columns.get(f.column)
            if (
                f.op == "="
                and f.source == "value"
                and info is not None
                and rows > 1
                and (info.distinct == rows or info.unique and self._held_once(f.column, f.values[0]))
            ):
                return True
        pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
        return self.table.grain.pins_a_row(pinned)  # a panel's member and period, a grid's cell

    def _held_once(self, column: str, value: object) -> bool:
        """The profile counts the value in one row (Big Mac among dish names, a few of which repeat)."""
        assert self.table is not None
        table = self.schema.table(self.table.name)
        col = table.column(column) if table is not None else None
        listed = col.profile.values if col is not None and col.profile else None
        return any(v[0] == value and v[1] == 1 for v in listed or [] if isinstance(v, list | tuple))

    def _default_columns(self, intent: Intent) -> None:
        """ "月薪最高的员工是谁": who/which rows -> their name columns (and the ranking column)."""
        assert self.table is not None
        names = self.row_name_columns()
        if names and self._asks_rows():
            intent.columns = names[:1] + self._compared_columns(intent)
            self.lower("default_name_column", DEFAULT_NAME_DOUBT)
        elif self.ps.rank_column:
            intent.columns = []
        elif self.ps.count_kw:
            intent.measures.append(Measure("count"))
        elif intent.filters:
            text_filters = [f.column for f in intent.filters if f.source == "contains"]
            if text_filters:
                intent.columns = text_filters[:1]
        self._default_id_column(intent)

    @staticmethod
    def _compared_columns(intent: Intent) -> list[str]:
        """The cars with more than 200 horsepower / 马力超过200的车: rows picked by a compared number show
        that number beside their name (the evidence they were picked by)."""
        compared = [
            f.column for f in intent.filters if f.source == "number" and f.op in (">", ">=", "<", "<=")
        ]
        return list(dict.fromkeys(compared))

    def _asks_rows(self) -> bool:
        """who / which / list, or the table's own noun: the question asks for rows."""
        return any(self.kw_only(it, "who", "which", "list") for it in self.items) or any(
            it.kind == "match" and self.is_table(it) for it in self.items
        )

    def _default_id_column(self, intent: Intent) -> None:
        """ "the 5 tickets with the longest resolution time": no name column, the rows' id."""
        assert self.table is not None
        ids = [c.name for c in self.table.columns.values() if c.role == "id"]
        # 单 of an unknown 单产 (one character, a row noun's weak link) names no rows to list
        named = any(
            it.kind == "match" and self.is_table(it) and len(it.text.replace(" ", "")) > 1
            for it in self.items
        )
        if not intent.columns and not intent.measures and named and ids:
            intent.columns = ids[:1]  # "the 5 tickets with the longest resolution time": no name, the id
            self.lower("default_id_column", 0.05)

    def _show_the_compared_values(self, intent: Intent) -> None:
        """ "life expectancy of China and India": rows of several named values show which is which (not
        "the regions that use English or Dutch", where either value picks the same rows)."""
        if any(it.kind == "match" and it.has("or") for it in self.items):
            return
        for f in intent.filters:
            if f.op == "in" and f.source == "value" and len(f.values) > 1 and f.column not in intent.columns:
                intent.columns.insert(0, f.column)

    def _maybe_distinct(self, intent: Intent) -> None:
        assert self.table is not None
        explicit = any(self.kw_only(it, "distinct") for it in self.items)
        if self.ps.rank_column and intent.limit and not explicit:
            return  # "the 3 penguins with the longest bills": rows ranked, each shown with its value
        if explicit or self._lists_repeated_things(intent):
            intent.distinct = True
            return
        table_named = any(
            it.kind == "match" and self.is_table(it) and self._strong_link(it) for it in self.items
        )  # 数据 / records name every table's rows alike: not the table itself
        infos = [self.table.columns[c] for c in intent.columns]
        # a column with about one value per row (free-text details) lists its rows; DISTINCT is for kinds
        per_row = all(i.distinct * 10 >= self.table.row_count * 9 for i in infos)
        if (
            (not table_named or self._which_of(intent.columns))
            and not intent.order
            and not per_row
            and all(i.role in ("dimension", "year") for i in infos)
        ):
            intent.distinct = True
        if self._periods_listed(intent):
            intent.distinct = True  # which years (哪几年) the reptiles were captured: each year once

    def _which_of(self, columns: list[str]) -> bool:
        """哪些名字 / which names: a which-word right before the listed column's word asks which values the
        rows hold (each once), even where the rows are named (黑人女性求职者用了哪些名字)."""
        for pos, it in enumerate(self.items[1:], start=1):
            c = self.col(it) if it.kind == "match" else None
            before = self.items[pos - 1]
            which = self.kw_only(before, "which") or before.text in said_keys("哪些", "哪几个", "哪几种")
            if c is not None and c.name in columns and which:
                return True
        return False

    def _periods_listed(self, intent: Intent) -> bool:
        """Only year or calendar-part columns listed (besides a value asked for, shown once): periods."""
        assert self.table is not None
        parts = set(self.parts().values())
        pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
        shown = [self.table.columns[c] for c in intent.columns if c not in pinned]
        return bool(shown) and not intent.order and all(i.role == "year" or i.name in parts for i in shown)

    def _lists_repeated_things(self, intent: Intent) -> bool:
        """Which countries, over country-years (the table's noun names a repeating column), or a repeating
        key listed under a filter (the customers of the web orders): each once."""
        assert self.table is not None
        if intent.measures or not intent.columns:
            return False
        entities = {e.name for it in self.items if it.kind == "match" and (e := self.repeated_entity(it))}
        infos = [self.table.columns[c] for c in intent.columns]
        repeated_key = (
            len(infos) == 1 and infos[0].role == "id" and not infos[0].unique and bool(intent.filters)
        )
        return set(intent.columns) <= entities or repeated_key
