"""Time readings that look right and answer something else: the doubts of the time clauses (each lowers
confidence), read over the same parse as parse_time."""

from __future__ import annotations

import re

from shared.ask.engines.rules.gridcells import summed_within_one_period
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.measures import aggregation_said, panel_or_cell_count
from shared.ask.engines.rules.parse_link_rereadings import LinkRereadings
from shared.ask.engines.rules.parsecommon import (
    EVERY_YEAR_WORDS,
    MODE_CONFLICT_DOUBT,
    TIME_SUPERLATIVES,
    as_date,
    words,
)
from shared.semantic.vocabulary.linking import (
    Item,
)

# the nouns of a time unit that count or list periods ("foggy days", 晴天的日子)
TIME_UNIT_NOUNS = frozenset(
    ["day", "days", "night", "nights", "week", "weeks", "month", "months", "日子", "天"]
)


COPULAS = words("copulas", "be")
# parts of the week or of the day (weekend, night, 周末, 晚上): rows restricted by the clock
CLOCK_PART_WORDS = frozenset(words("clock_part_words"))


def ordinal(text: str) -> bool:
    """first / last / 第一 / 最后: the order of the rows, which a date may well give."""
    low = text.lower().replace(" ", "")
    return any(w in low for w in ("first", "last", "第一", "最后", "最末", "最先"))


class TimeDoubts(LinkRereadings):
    """The doubts of the time clauses (docs/engine.md: the evidence table)."""

    def days_are_rows(self, it: Item) -> bool:
        """天 / days over one row per date: the unit counts rows (最多的5天 = the top 5 rows)."""
        assert self.table is not None
        unit = it.text.lower().replace(" ", "") in TIME_UNIT_NOUNS
        return unit and any(c.unique for c in self.table.time_columns())

    def time_misreadings(self, intent: Intent, unknown: list[str]) -> float:
        """Readings over a date column that look right and answer something else (each lowers confidence
        by MODE_CONFLICT_DOUBT): a quantity superlative answered by ordering the dates, a word not
        understood that qualifies the days counted or listed, an aggregation guessed for a series."""
        found = {
            # the most rain → ORDER BY date
            "ranked_by_date": self._ranked_by_the_date(intent) or self._superlative_ranks_dates(intent),
            "unknown_time_qualifier": self._unknown_qualifies_the_days(unknown),  # foggy days
            "aggregation_guessed": self._series_aggregation_guessed(intent),  # monthly X: sum or average?
            "average_of_periods": self._average_of_periods(intent),  # average monthly X → one per month
            "clock_part_unread": self._clock_part_unread(unknown),  # on weekends / at night: not kept
            "periods_of_every_year": self._periods_of_every_year(intent),  # which month, all years pooled
        }
        return sum(self.reason(name, MODE_CONFLICT_DOUBT) for name, hit in found.items() if hit)

    def _periods_of_every_year(self, intent: Intent) -> bool:
        """Which month, across all years / 所有年份合起来…哪个月份: months (quarters, weeks, days) said of
        every year over data of several years pool the years (every July together); one group per month
        of one year ('2019-07') answers another question."""
        if intent.time_grain not in ("quarter", "month", "week", "day") or self.table is None:
            return False
        col = self.table.columns.get(intent.time_column or "")
        first, last = (as_date(col.minimum), as_date(col.maximum)) if col else (None, None)
        if first is None or last is None or first.year == last.year:
            return False
        low = self.question.lower()
        return any(w in low for w in EVERY_YEAR_WORDS)

    def _clock_part_unread(self, unknown: list[str]) -> bool:
        """ "on weekends", "at night", 周末: a part of the week or of the day not understood, over a table
        with a time column, restricts the rows to it; the answer would count them all."""
        assert self.table is not None
        if not self.table.time_columns():
            return False
        said = {w.lower() for w in unknown}
        return any(w in said or (not w.isascii() and any(w in u for u in said)) for w in CLOCK_PART_WORDS)

    def _average_of_periods(self, intent: Intent) -> bool:
        """Average monthly X / 平均每月: an average word right before the grain asks one figure, the mean
        over the periods, which a series of per-period averages does not give."""
        if not intent.time_grain or not intent.measures:
            return False
        days = intent.time_grain != "day" and self.ps.days_as_rows  # average daily X in each month
        if any(
            m.agg != "avg" for m in intent.measures
        ):  # average daily rate → a share per day, average unread
            return self._average_before_a_grain(unread=True, days_read=days)
        return self._average_before_a_grain(days_read=days)

    def _average_before_a_grain(self, unread: bool = False, days_read: bool = False) -> bool:
        """Average monthly X / 平均每月: an average word right before the grain; or after it, closing the
        measure with 的 (各月房价的平均值: the mean of the monthly figures). `unread`: an average word no
        clause read; `days_read`: a day grain was read as the rows, no grain of the answer."""
        grains = [
            pos
            for pos, it in enumerate(self.items)
            if it.kind == "time" and it.value.kind == "grain" and not (days_read and it.value.grain == "day")
        ]
        averages = [
            pos
            for pos, it in enumerate(self.items)
            if (it.tag("agg") or "").endswith("avg") and not (unread and pos in self.ps.used)
        ]
        closing = any(
            a > g + 2 and self.items[a - 1].text == "的" and not any(it.links for it in self.items[a:])
            for a in averages
            for g in grains
        )  # 各月房价的平均值, not 历年企鹅的平均体重 (the average named before its measure: one per year)
        return closing or any(g - 1 in averages for g in grains)

    def _ranked_by_the_date(self, intent: Intent) -> bool:
        """ "Which 5 days had the most rain?" ordered by the date: a superlative of quantity (most,
        highest, 最多) is not about time; only first/last and the time superlatives rank by a date."""
        assert self.table is not None
        times = {c.name for c in self.table.time_columns()}  # dates, not a count of years
        if not any((o[0] == "column" and o[1] in times) or o[0] == "time" for o in intent.order):
            return False
        if intent.time_grain and any(o[0] != "time" for o in intent.order):
            return False
        if intent.time_grain and any(m.agg in ("min", "max") for m in intent.measures):
            return False  # "lowest temperature of each year": the superlative is each period's MIN
        low = self.question.lower()
        if any(re.search(rf"\b{w}\b", low) if w.isascii() else w in low for w in TIME_SUPERLATIVES):
            return False
        return any(
            it.kind == "match" and it.has("sup") and not it.has("limit_word") and not ordinal(it.text)
            for it in self.items
        )

    def _superlative_ranks_dates(self, intent: Intent) -> bool:
        """ "which 5 days had the most rain": a superlative over a stored value (rain is a weather)
        answered by ordering the dates, i.e. the latest days; what it ranked was not understood."""
        assert self.table is not None
        if not intent.order or intent.limit is None:
            return False
        times = {c.name for c in self.table.columns.values() if c.role == "time"}
        if not all(o[0] == "time" or (o[0] == "column" and o[1] in times) for o in intent.order):
            return False
        for pos, it in enumerate(self.items):
            if not self.kw_only(it, "sup"):
                continue
            j = self.next_content(pos)
            nxt = self.items[j] if j is not None else None
            if nxt is not None and nxt.links and all(lk.kind == "value" for lk in nxt.links):
                return True
        return False

    def _unknown_qualifies_the_days(self, unknown: list[str]) -> bool:
        """ "foggy days", "days were sunny": a word not understood right before the noun of the date
        column, or its predicate after a copula, restricts the days in a way the answer drops."""
        said = {w.lower() for w in unknown}
        if not said:
            return False

        def unknown_at(j: int) -> bool:
            text = self.items[j].text.lower() if 0 <= j < len(self.items) else ""
            return bool(text) and any(text == w or (not text.isascii() and text in w) for w in said)

        for pos, it in enumerate(self.items):
            days = (it.kind == "match" and not it.tags and self._names_the_time_column(it)) or (
                it.kind == "word" and self.days_are_rows(it)  # 晴天占全部天数: 天 over daily rows
            )
            if not days:
                continue
            copula = pos + 1 < len(self.items) and self.items[pos + 1].text.lower() in COPULAS
            if unknown_at(pos - 1) or (copula and unknown_at(pos + 2)):
                return True
        return False

    def _names_the_time_column(self, it: Item) -> bool:
        """The noun of a date column itself (days), not the table's noun (orders placed …)."""
        if self.is_table(it):
            return False
        if it.text.lower().replace(" ", "") not in TIME_UNIT_NOUNS:
            return False  # "release date" names which date; "foggy days" restricts the days
        c = self.col(it, prefer="time")
        return c is not None and c.role == "time"

    def _series_aggregation_guessed(self, intent: Intent) -> bool:
        """ "2014年每个月的降水量": a measure over periods whose aggregation neither the question nor the
        column's name says: a sum per period and an average per period differ by the period's length."""
        if not (intent.time_grain or intent.dimensions) or "default_measure" not in self.ps.reasons:
            return False
        assert self.table is not None
        if not intent.time_grain and self._one_row_per_group(intent):
            return False  # 2007年中国和印度的预期寿命: each country-year is one row, sum = average
        for m in intent.measures:
            info = self.table.columns.get(m.column or "")
            if info is None or info.aggregation is not None or aggregation_said(info.name):
                continue
            # a count of things in cells (cases) sums per group, never averages; a grid's headcount
            # (prisoners) summed over the cells of one period per group is their figure: no guess
            if (
                panel_or_cell_count(info)
                or m.agg == "sum"
                and summed_within_one_period(intent, self.table, info.name)
            ):
                continue
            return True
        return False

    def _one_row_per_group(self, intent: Intent) -> bool:
        """The grouping columns and the columns an equality pins span the table as a full grid (countries x
        years = the rows): a panel keyed by them, so each group holds one row (`Grain.spans_the_rows`)."""
        assert self.table is not None
        pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
        return bool(pinned) and self.table.grain.spans_the_rows(set(intent.dimensions) | pinned)
