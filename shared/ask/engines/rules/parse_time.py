"""Time clause: the time column, ranges, grains and years (timeexpr does the calendar)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from shared.ask.engines.rules import timeexpr
from shared.ask.engines.rules.calparts import (
    calendar_parts,
    grain_on_parts,
    one_time,
    range_filters,
    same_years,
    things_year,
)
from shared.ask.engines.rules.datesaid import settle_date_guess
from shared.ask.engines.rules.intent import Filter, Intent, Measure, TimeRange, op_of
from shared.ask.engines.rules.neighbourtime import star_date_guessed
from shared.ask.engines.rules.ordinalcols import numbered_period_column
from shared.ask.engines.rules.parse_time_doubts import TIME_UNIT_NOUNS, TimeDoubts, ordinal
from shared.ask.engines.rules.parsecommon import (
    EVERY_YEAR_WORDS,
    FUNCTION_WORDS,
    MODE_CONFLICT_DOUBT,
    RANGE_LINKS,
    RANKED_GRAINS,
    STEP_BACK_RELS,
    TIME_COLUMN_GUESSED_DOUBT,
    TIME_SUPERLATIVES,
    as_date,
    range_label,
    said_pattern,
    word_map,
    words,
)
from shared.ask.engines.rules.periodspan import (
    data_step_days,
    gaps_between,
    held_edge,
    narrowed,
    with_known_year,
    year_of_periods,
)
from shared.ask.engines.rules.repeated_days import days_of_the_rows, one_row_a_day, repeated_days
from shared.ask.engines.rules.yearlabels import (
    month_label_column,
    month_range_filters,
    period_label_filters,
    quarter_label_format,
    year_label_column,
    year_label_filters,
)
from shared.semantic.vocabulary.linking import (
    ColumnInfo,
    Item,
)

OVER_THE_YEARS = words("over_the_years")  # 历年: each year, or all the years together
CHANGE_SAID = said_pattern(words("change_verbs") + words("change_nouns"))
TIME_SPAN = said_pattern(words("time_span_words"))  # the data's time range, earliest and latest
SPAN_WORDS = words("span_words")  # range / cover / span beside a time column named
# which day (like which month): the periods a "which" ranks besides the ranked grains (no "per day" grain)
WHICH_PERIODS = {**RANKED_GRAINS, **word_map("which_periods")}


def _yearless(spec: timeexpr.TimeSpec) -> bool:
    return spec.kind in ("month", "quarter", "day") and spec.year is None


def _spans_years(col: ColumnInfo) -> bool:
    """The column's dates run over more than one calendar year."""
    first, last = as_date(col.minimum), as_date(col.maximum)
    return first is not None and last is not None and first.year != last.year


def _first_and_last(intent: Intent, column: str) -> None:
    """A time span is answered as the first and last value of its column."""
    intent.measures = [Measure("min", column), Measure("max", column)]


class TimeClauses(TimeDoubts):
    """Time clause: the time column, ranges, grains and years (timeexpr does the calendar)."""

    _parts_of: tuple[tuple[str, frozenset[str]], dict[str, str]] | None = None  # parts(), once a table

    def anchor(self, col: ColumnInfo | None) -> date:
        """Relative periods count back from today, or from the data's last date when the data is old."""
        if col is None:
            return self.today
        latest = as_date(col.maximum)
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
        named, col = self._named_time_column()
        if named:
            return col
        cols = self._fact_time_columns(cols)
        if not cols:
            return None  # 2016 over salaries joined to players: the salaries' year, not a debut date
        return self._guessed_time_column(cols)

    def _named_time_column(self) -> tuple[bool, ColumnInfo | None]:
        """The time column a word names (hired after 2020), or none when a word beside a year names a year
        column (born in the 1990s); (False, None) when no word decides."""
        for pos, it in enumerate(self.items):
            c = self.col(it, prefer="time") if it.kind == "match" and not self.is_table(it) else None
            if self._year_word_beside(pos):
                return True, None  # born in the 1990s / 90年代出生: the birth year, not a date column
            if c is not None and c.role == "time":
                if self._next_to_time(pos):
                    self.ps.used.add(pos)  # 2015年以前入职: the filter's column, not listed
                return True, c
        return False, None

    def _guessed_time_column(self, cols: list[ColumnInfo]) -> ColumnInfo:
        """No word names one: the table's own (ship_date in shipments), a row's event, else a guess."""
        assert self.table is not None
        own = self._table_time_columns(cols)
        if len(own) == 1:
            return own[0]  # shipments: ship_date, not delivery_date; orders: order_date
        dated = (
            c
            for c in cols
            if any(w in ("order", "date", "created", "日期", "下单") for w in c.words) or "日期" in c.name
        )
        chosen = next(dated, None)
        # a row's own event (order, created) is no guess; a date among other time columns is
        event = chosen is not None and (
            any(w in ("order", "created", "下单") for w in chosen.words) or "下单" in chosen.name
        )
        pick = chosen or cols[0]
        # a date whose years are the year column's is the same time (year, month and date of a series)
        same = len(cols) == 1 and (
            one_time(self.table, pick, self.parts()) or same_years(self.table, pick, self.joined_columns)
        )
        # over a joined view, a joined table's year (a movie's release year) is no rival to the fact's own
        # date: the period is the fact's (docs/joins.md, star schemas)
        years = [c for c in self.table.by_role("year") if c.name not in self.joined_columns]
        self.ps.time_guessed = not event and not same and (len(cols) > 1 or bool(years))
        if not event and star_date_guessed(self.question, self.schema, self.table.name, self.index, pick):
            self.ps.time_guessed = True  # December over songs: the day each entered, or their chart weeks
        return pick

    def parts(self) -> dict[str, str]:
        """The table's calendar parts (integer year and month columns), {} when it has none."""
        assert self.table is not None
        key = (self.table.name, self.joined_columns)
        if self._parts_of is None or self._parts_of[0] != key:  # asked by several clauses
            self._parts_of = (key, calendar_parts(self.table, self.joined_columns))
        return self._parts_of[1]

    def _year_word_beside(self, pos: int) -> bool:
        it = self.items[pos]
        return it.kind == "match" and self._next_to_time(pos) and self._names_a_year_column(it)

    def _names_a_year_column(self, it: Item) -> bool:
        """A word whose best links include a year column (born: 出生年份 among 出生国家, 出生城市):
        beside a year, that column is the one a year fits."""
        assert self.table is not None
        links = [lk for lk in it.links if lk.kind == "column" and lk.table == self.table.name and lk.column]
        best = max((lk.score for lk in links), default=0.0)
        if any(lk.score > best for lk in it.links):  # 年薪: a salary elsewhere, not a year here
            return False
        return any(
            lk.score >= best - 1e-9
            and (info := self.table.columns.get(lk.column or "")) is not None
            and info.role == "year"
            for lk in links
        )

    def _fact_time_columns(self, cols: list[ColumnInfo]) -> list[ColumnInfo]:
        """Over a joined view, the period no word ties to a column is the fact's: its own date columns,
        else none when it has a year column of its own (a season's year, not a joined table's date)."""
        if not self.joined_columns:
            return cols
        own = [c for c in cols if c.name not in self.joined_columns]
        if own or not self._year_columns() or self._year_columns()[0].name in self.joined_columns:
            return own or cols
        return []

    def _year_columns(self) -> list[ColumnInfo]:
        """The year columns, the fact's own first and alone when it has one (over a joined view)."""
        assert self.table is not None
        years = self.table.by_role("year")
        own = [c for c in years if c.name not in self.joined_columns]
        cols = own if own else years
        calendar = [c for c in own if c.name == self.parts().get("year")] if len(own) > 1 else []
        if calendar:
            return calendar  # year_sold beside month_sold: the rows' own time (calparts)
        period = [c for c in cols if not things_year(self.table, c)] if len(cols) > 1 else cols
        return period if len(period) == 1 else cols

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

    def _grains_and_ranges(
        self, intent: Intent, tcol: ColumnInfo | None
    ) -> list[tuple[int, timeexpr.TimeSpec]]:
        """Applies the grains (每月 / monthly) and returns the time items that name a range."""
        ranges: list[tuple[int, timeexpr.TimeSpec]] = []
        over_the_years = False
        for pos, it in enumerate(self.items):
            if it.kind != "time":
                continue
            spec: timeexpr.TimeSpec = it.value
            if spec.kind == "grain" and self._qualifies_one_value(pos):
                self.ps.used.add(pos)  # ever had a monthly median price above …: one row's value, no groups
            elif spec.kind == "grain":
                if not self._days_are_the_rows(tcol, spec.grain or ""):
                    self._grain(intent, tcol, spec.grain or "")
                self.ps.used.add(pos)
                over_the_years = over_the_years or it.text.replace(" ", "") in OVER_THE_YEARS
            else:
                ranges.append((pos, spec))
        if over_the_years and self._sum_said() and not any(s.kind == "month" for _, s in ranges):
            # 历年圣诞节的出生总人数: each year's total, or the total over the years? (历年3月: every March)
            self.lower("total_over_the_years", MODE_CONFLICT_DOUBT)
        return ranges

    def _qualifies_one_value(self, pos: int) -> bool:
        """(en) a monthly median price: a grain adjective after "a" and right before a measure column says
        which value one row holds, not a group per period."""
        if pos < 1 or pos + 1 >= len(self.items) or self.items[pos - 1].text.lower() not in ("a", "an"):
            return False
        nxt = self.items[pos + 1]
        c = self.col(nxt) if nxt.kind == "match" and not nxt.tags else None
        return c is not None and c.role == "measure"

    def _days_are_the_rows(self, tcol: ColumnInfo | None, grain: str) -> bool:
        """平均每天 / average per day over a daily series (one row for each day in its span): the mean of
        the rows, no group per day."""
        if tcol is None or grain != "day" or not tcol.unique:
            return False
        step = data_step_days(as_date(tcol.minimum), as_date(tcol.maximum), tcol.distinct)
        return step == 1 and self._average_before_a_grain()

    def _grain(self, intent: Intent, tcol: ColumnInfo | None, grain: str) -> None:
        """每月 / by quarter: on the date column, or on the calendar parts when there are parts (no date
        column, or a date that is the parts' time): a quarter of integer months is (month + 2) / 3."""
        parts = self.parts()
        assert self.table is not None
        if tcol is not None and not one_time(self.table, tcol, parts):
            parts = {}
        if tcol is not None:
            intent.time_column = tcol.name
        if grain_on_parts(intent, grain, parts):
            return
        labels = month_label_column(self.table) if tcol is None and grain == "month" else None
        labels = None if self._average_before_a_grain() else labels  # average monthly: one mean, no groups
        if tcol is not None:
            intent.time_grain = grain
        elif grain == "year":
            self._group_by_year_column(intent)
        elif labels is not None and labels.name not in intent.dimensions:
            intent.dimensions.append(labels.name)  # each month over 'YYYY-MM' labels: one group per label
        elif grain == "quarter" and (months := month_label_column(self.table)) is not None:
            if not self._average_before_a_grain():  # 'YYYY-MM' by quarter; average quarterly X: one mean
                intent.time_grain, intent.time_column = "quarter", months.name
                intent.calendar = {"label": months.name}
        elif (numbered := numbered_period_column(self.table.columns.values(), grain)) is not None:
            if numbered not in intent.dimensions:  # 每周 over 疫情周次: one group per numbered week
                intent.dimensions.append(numbered)
        elif grain == "quarter":
            self._group_by_quarter_label(intent)

    def _periods_on_parts(
        self, intent: Intent, ranges: list[tuple[int, timeexpr.TimeSpec]]
    ) -> list[tuple[int, timeexpr.TimeSpec]]:
        """No date column but calendar parts: July 1997 / 2014年第四季度 / 上半年 become filters on the
        year and month columns; the periods left (years, relative ones) go on as before."""
        parts = self.parts()
        if not parts:
            return ranges
        known_year = next((s.year for _, s in ranges if s.year), None)
        if self._one_span_on_parts(intent, ranges, parts, known_year):
            return []
        left = []
        for pos, spec in ranges:
            spec = with_known_year(spec, known_year)
            rng = None
            if spec.kind in ("month", "quarter", "half", "day") and spec.year and not spec.op:
                rng = timeexpr.resolve(spec, self.today)
            found = range_filters(parts, *rng) if rng else None
            if found is None:
                left.append((pos, spec))
                continue
            intent.filters.extend(f for f in found if f not in intent.filters)
            self.ps.used.add(pos)
        return left

    def _one_span_on_parts(
        self,
        intent: Intent,
        ranges: list[tuple[int, timeexpr.TimeSpec]],
        parts: dict[str, str],
        year: int | None,
    ) -> bool:
        """2007年6月到8月: two periods joined by a range word are one span from the first to the last on the
        parts (month BETWEEN 6 AND 8), not the two months alone."""
        if not self._one_range(ranges) or any(s.op for _, s in ranges):
            return False
        first, last = (timeexpr.resolve(with_known_year(s, year), self.today) for _, s in ranges)
        if first is None or last is None or first[0] >= last[1]:
            return False
        found = range_filters(parts, first[0], last[1])
        if found is None:
            return False
        intent.filters.extend(f for f in found if f not in intent.filters)
        self.ps.used.update(p + k for p, _ in ranges[:1] for k in range(3))
        return True

    def _periods_on_month_labels(
        self, intent: Intent, ranges: list[tuple[int, timeexpr.TimeSpec]]
    ) -> list[tuple[int, timeexpr.TimeSpec]]:
        """No date column but 'YYYY-MM' labels: September 2019 / 2015年一季度 / since March 2010 bound the
        labels (yearlabels.py); the years and relative periods go on as before."""
        assert self.table is not None
        labels = month_label_column(self.table)
        known_year = next((s.year for _, s in ranges if s.year), None)
        dated = [
            (p, with_known_year(s, known_year)) for p, s in ranges if s.kind in ("month", "quarter", "half")
        ]
        periods = [(timeexpr.resolve(s, self.today), s.op) for _, s in dated]
        if (
            labels is None
            or not dated
            or any(rng is None or not s.year for (rng, _), (_, s) in zip(periods, dated, strict=True))
        ):
            return ranges
        found = month_range_filters(labels.name, [(*rng, op) for rng, op in periods if rng])
        if found is None:
            return ranges
        intent.filters.extend(found)
        self.ps.used.update(p for p, _ in dated)
        return [(p, s) for p, s in ranges if p not in self.ps.used]

    def _periods_on_labels(
        self, intent: Intent, ranges: list[tuple[int, timeexpr.TimeSpec]]
    ) -> list[tuple[int, timeexpr.TimeSpec]]:
        """No date column but quarter labels ("1998 Q1"): Q4 2015 / the June quarter / the first half of
        2016 become the labels they name (yearlabels.py); years and other periods go on as before."""
        assert self.table is not None
        labels = year_label_column(self.table) if not self._year_columns() else None
        left = []
        for pos, spec in ranges:
            found = period_label_filters(labels, spec) if labels is not None else None
            if found is None:
                left.append((pos, spec))
                continue
            intent.filters.extend(found)
            self.ps.used.add(pos)
        return left

    def apply_time(self, intent: Intent) -> None:
        tcol = self.time_column()
        ranges = self._grains_and_ranges(intent, tcol)
        self._which_period(intent, tcol)
        if not ranges:
            return
        if tcol is None:
            ranges = self._periods_on_month_labels(
                intent, self._periods_on_labels(intent, self._periods_on_parts(intent, ranges))
            )
            self._years_as_numbers(intent, ranges)
            if any(spec.kind != "year" for _, spec in ranges):  # 过去一年 / last month: no dates to bound
                self.lower("period_without_dates", MODE_CONFLICT_DOUBT)
            return
        settle_date_guess(self, [s for _, s in ranges])  # calendar year 1990, March 1995: the dates
        if self.ps.time_guessed:
            # players: 2016 said of a debut date while a year column (a season, a birth year) is there too
            self.lower("time_column_guessed", TIME_COLUMN_GUESSED_DOUBT)
        anchor = self.anchor(tcol)
        previous_start = ((self.state or {}).get("time_range") or {}).get("start")
        known_year = year_of_periods(ranges, anchor, previous_start)
        lo, hi, labels = self._bounds(tcol, ranges, anchor, known_year, previous_start)
        if lo is not None and hi is not None and lo >= hi:
            lo, hi = self._periods_compared(intent, tcol, ranges, anchor, known_year)
        if lo is None and hi is None and not labels:
            return  # every December: a calendar-month filter, no range
        intent.time_range = TimeRange(
            tcol.name,
            lo.isoformat() if lo else None,
            hi.isoformat() if hi else None,
            "、".join(labels) if self.lang == "zh" else ", ".join(labels),
        )

    def show_the_days(self, intent: Intent) -> None:
        assert self.table is not None
        days = next((c.name for c in self.table.time_columns() if c.unique), None)
        if days is not None and days not in intent.columns:
            intent.columns.append(days)

    def ranks_days(self, pos: int) -> bool:
        """ "the most days" / 天数最多 over one row per date: the superlative counts rows (days)."""
        assert self.table is not None
        sup = self.items[pos].text.lower().replace(" ", "")
        if ordinal(sup) or any(w in sup for w in TIME_SUPERLATIVES):
            return False  # the most recent / earliest days: ordered by the date
        if not any(c.unique for c in self.table.time_columns()):
            return False
        for j in (pos + 1, pos - 1):
            if 0 <= j < len(self.items) and j not in self.ps.used:
                text = self.items[j].text.lower().replace(" ", "")
                if text in TIME_UNIT_NOUNS or text in ("天数", "日数"):
                    self.ps.used.add(j)
                    return True
        return False

    def _bounds(
        self,
        tcol: ColumnInfo,
        ranges: list[tuple[int, timeexpr.TimeSpec]],
        anchor: date,
        known_year: int | None,
        previous_start: str | None,
    ) -> tuple[date | None, date | None, list[str]]:
        """The range all the question's periods leave, and their labels."""
        lo: date | None = None
        hi: date | None = None
        labels = []
        followup = any(self.kw_only(it, "followup") for it in self.items)
        for pos, spec in ranges:
            spec = with_known_year(spec, known_year)
            if _yearless(spec) and _spans_years(tcol) and self._month_of_every_year(tcol, spec):
                self.ps.used.add(pos)
                continue
            if _yearless(spec) and _spans_years(tcol):
                # 11月 / in November over several years of data: that month of every year, or of one?
                self.lower("yearless_period", MODE_CONFLICT_DOUBT)
            if spec.kind == "rel" and spec.rel in STEP_BACK_RELS and followup and previous_start:
                # 那上个季度呢？ after Q3: the quarter before the one just asked about, not before today
                rng = timeexpr.resolve(spec, date.fromisoformat(previous_start))
            else:
                rng = timeexpr.resolve(spec, anchor)
            self.ps.used.add(pos)
            if rng is None:
                continue
            if spec.edge:
                rng = held_edge(rng, spec.edge, as_date(tcol.minimum), as_date(tcol.maximum), tcol.distinct)
            op = spec.op or self._range_end(pos, ranges)
            lo, hi = narrowed(lo, hi, rng, op)
            labels.append(range_label(spec, rng, spec.op, self.lang))
        return lo, hi, labels

    def _sum_said(self) -> bool:
        return any((it.tag("agg") or "").endswith("sum") for it in self.items)

    def _one_range(self, ranges: list[tuple[int, timeexpr.TimeSpec]]) -> bool:
        """1969年到1975年 / 1980 to 1988: two periods joined by a range word span the years between."""
        return (
            len(ranges) == 2
            and ranges[1][0] == ranges[0][0] + 2
            and (self.items[ranges[0][0] + 1].text in RANGE_LINKS)
        )

    def _range_end(self, pos: int, ranges: list[tuple[int, timeexpr.TimeSpec]]) -> str | None:
        """ "from 1969 to 1975": a period right after a range word (to / through / until) that follows
        a period said as a start (from 1969) ends that range ("le"), not a second period to intersect."""
        if CHANGE_SAID.search(self.question.lower()):
            return None  # growth from December 2005 to December 2016: two periods compared, no range
        starts = {p for p, spec in ranges if spec.op in ("ge", "gt")}
        linked = pos >= 2 and self.items[pos - 1].text in RANGE_LINKS
        return "le" if linked and pos - 2 in starts else None

    def _month_of_every_year(self, tcol: ColumnInfo, spec: timeexpr.TimeSpec) -> bool:
        """December, across all years / 历年12月: a month without a year, said of every year, filters the
        calendar month (every December), not one year's."""
        low = self.text.lower()
        said = [w for w in EVERY_YEAR_WORDS if w in low]
        if spec.kind != "month" or not spec.month or spec.op or not said:
            return False
        assert self.intent is not None
        self.intent.filters.append(Filter(tcol.name, "=", [spec.month], "month"))
        start = low.index(said[0])
        end = start + len(said[0])
        for k, it in enumerate(self.items):  # the phrase's own words (years) are understood
            if self.units and start <= self.units[it.start].start and self.units[it.end - 1].end <= end:
                self.ps.used.add(k)
                if it.kind == "time" and it.value.kind == "grain" and self.intent.time_grain == "year":
                    self.intent.time_grain = self.intent.time_column = None  # 历年: all years, not each
        return True

    def _which_period(self, intent: Intent, tcol: ColumnInfo | None) -> None:
        """ "Which year had the most …" / 哪一年…最多: the periods of the date column are what is asked
        and ranked, one group each (with no date, the years of period labels)."""
        if tcol is None and not intent.time_grain and not self._year_columns():
            self._which_year_of_labels(intent)
        if intent.time_grain or tcol is None:
            return
        found = self._which_grain()
        if found is not None:
            intent.time_grain, intent.time_column = found[0], tcol.name
            self.ps.used.add(found[1])

    def _which_year_of_labels(self, intent: Intent) -> None:
        """ "Which year had the highest average X" over period labels ('2022-12', "1998 Q1") and no date:
        one group per year the labels open with, as 每年 / per year reads them."""
        found = self._which_grain()
        if found is not None and found[0] == "year":
            self._group_by_year_column(intent)
            if intent.time_grain == "year":
                self.ps.used.add(found[1])

    def _which_grain(self) -> tuple[str, int] | None:
        """The period word after which / 哪 (哪一年 too), and its position."""
        for pos, it in enumerate(self.items[:-1]):
            if not it.has("which"):
                continue
            j = pos + 1
            if self.items[j].kind == "num" and self.items[j].value == 1 and j + 1 < len(self.items):
                j += 1  # 哪一年
            if self.items[j].text in FUNCTION_WORDS and j + 1 < len(self.items):
                j += 1  # which single day: one of the periods
            word = self.items[j]
            # which day over dates that repeat (a panel's): the day word named the date column, and the days
            named = word.kind == "word" and j not in self.ps.used or repeated_days(self, j) is not None
            grain = WHICH_PERIODS.get(word.text) if named else None
            if grain is not None:
                return grain, j
        return None

    def _periods_compared(
        self,
        intent: Intent,
        tcol: ColumnInfo,
        ranges: list[tuple[int, timeexpr.TimeSpec]],
        anchor: date,
        known_year: int | None,
    ) -> tuple[date | None, date | None]:
        """Periods that do not overlap (2012 vs 2013, 2012年和2013年) are compared, not intersected: one
        group per period of their own kind over the span of them all. Mixed kinds cannot be grouped
        alike: the reading is doubted instead."""
        specs = [with_known_year(s, known_year) for _, s in ranges]
        kinds = {s.kind for s in specs}
        spans = [timeexpr.resolve(s, anchor) for s in specs]
        resolved = [r for r in spans if r is not None]
        if len(kinds) != 1 or kinds & {"rel", "day"} or len(resolved) < 2 or any(s.op for s in specs):
            self.lower("empty_range", MODE_CONFLICT_DOUBT)
            return None, None
        grain = next(iter(kinds))
        if self._one_range(ranges):  # 1969年到1975年: one span, grouped only where a grain is said
            return min(r[0] for r in resolved), max(r[1] for r in resolved)
        if gaps_between(resolved):
            # 2009年比2006年: the span's groups include 2007 and 2008, which no one asked about
            self.lower("periods_between", MODE_CONFLICT_DOUBT)
        if not intent.time_grain and grain in ("year", "quarter", "month"):
            intent.time_grain, intent.time_column = grain, tcol.name
        return min(r[0] for r in resolved), max(r[1] for r in resolved)

    def find_time_span(self, intent: Intent) -> None:
        """The data's time range / 数据的时间范围 / the first and last month: MIN and MAX of the time
        column (the date, or year-led labels, else the year of calendar parts), not its rows nor a
        relative period."""
        assert self.table is not None
        if intent.dimensions or intent.compare is not None:  # the cheap conditions before the search
            return
        if TIME_SPAN.search(self.text.lower()) is None:
            return
        tcol = self.time_column() or year_label_column(self.table)  # '2019-09' labels sort in time order
        name = tcol.name if tcol is not None else self.parts().get("year")
        if name is None:
            return
        _first_and_last(intent, name)
        if self.ps.problem == "nothing":
            self.ps.problem = None  # the span was all the question asked
        intent.columns, intent.order, intent.limit = [], [], None
        intent.time_grain = intent.time_column = intent.calendar = None
        intent.distinct = False
        if not re.search(r"\d", self.question):
            intent.time_range = None  # "the last month in the data" is no period before today
        for said in TIME_SPAN.finditer(self.text.lower()):  # 时间范围 … 从哪个月到哪个月
            self.ps.understood.append(said.group(1).replace(" ", ""))
            for pos, it in enumerate(self.items):
                if self.units and said.start() <= self.units[it.start].start < said.end():
                    self.ps.used.add(pos)

    def span_of_listed_time(self, intent: Intent) -> None:
        """ "What range of years does the data span?": one time or year column listed with a span word
        asks for its first and last value, like the data's time range; "which years does the data cover"
        reads as both every year and the first and last, so it is asked back."""
        assert self.table is not None
        if len(intent.columns) != 1 or intent.dimensions or intent.order or intent.limit:
            return
        info = self.table.columns[intent.columns[0]]
        said = [p for p, it in enumerate(self.items) if it.kind == "word" and it.text in SPAN_WORDS]
        if self._range_of_amount(info, said):
            self.ps.used.update(said)
            _first_and_last(intent, info.name)
            intent.columns = []
            return
        if info.role not in ("time", "year") or not said:
            return
        self.ps.used.update(said)
        if self.asks_which() and not any(self.items[p].text in ("range", "span", "spans") for p in said):
            self.lower("span_or_list", 0.4)
            return
        _first_and_last(intent, info.name)
        intent.columns = []

    def _range_of_amount(self, info: ColumnInfo, said: list[int]) -> bool:
        """ "the price range of …": an amount listed with the noun range asks for its lowest and highest
        value, not every row's (cover / span are verbs of time, left to the time span)."""
        return info.numeric and info.role == "measure" and any(self.items[p].text == "range" for p in said)

    def settle_time(self, intent: Intent) -> None:
        """ "average daily X" / 平均每天的X over a table of one row per date: the days are the rows, so the
        average per day is the average over the rows, not one group per day."""
        self._days_counted_as_rows(intent)
        assert self.table is not None
        info = self.table.columns.get(intent.time_column or "")
        if info is None:
            return
        one_a_day = info.unique and not intent.dimensions or one_row_a_day(self.table, intent, info.name)
        if intent.time_grain != "day":  # average daily X in each month: each month's mean over its rows
            self.ps.days_as_rows = one_a_day and self._day_grain_said()
            return
        if one_a_day and intent.measures and all(m.agg == "avg" for m in intent.measures):
            intent.time_grain = intent.time_column = None
            intent.order = [o for o in intent.order if o[0] != "time"]
            self._days_counted_as_rows(intent)  # average daily X on days when …: those days are rows too
            self.ps.days_as_rows = True

    def _day_grain_said(self) -> bool:
        return any(
            it.kind == "time" and it.value.kind == "grain" and it.value.grain == "day" for it in self.items
        )

    def _days_counted_as_rows(self, intent: Intent) -> None:
        """ "number of days per kind", "average X on days whose …" over one row per date: the days
        counted or aggregated over are the rows (a listing of days still shows the dates)."""
        if not intent.measures or intent.time_grain or self.table is None:
            return
        for pos, it in enumerate(self.items):
            if pos in self.ps.used or it.kind != "match" or not self._names_the_time_column(it):
                continue
            c = self.col(it, prefer="time")
            if c is not None and (c.unique or days_of_the_rows(self.table, intent, c.name)):
                self.ps.used.add(pos)

    def _group_by_year_column(self, intent: Intent) -> None:
        """每年 / for each year with no date column: one group per value of the year column (cars' Year),
        else per year the period labels open with ("1998 Q1": its year, yearlabels.py)."""
        assert self.table is not None
        year_cols = self._year_columns()
        if len(year_cols) == 1 and year_cols[0].name not in intent.dimensions:
            intent.dimensions.append(year_cols[0].name)
        labels = year_label_column(self.table) if not year_cols else None
        if labels is not None:
            intent.time_grain, intent.time_column = "year", labels.name
            intent.calendar = {"label": labels.name}

    def _group_by_quarter_label(self, intent: Intent) -> None:
        """每季度 / in each quarter with quarter labels and no date: one group per label (the quarter)."""
        assert self.table is not None
        labels = year_label_column(self.table)
        if labels is None or not quarter_label_format(labels) or labels.name in intent.dimensions:
            return
        if not self._average_before_a_grain():  # average quarterly X: the rows are the quarters
            intent.dimensions.append(labels.name)

    def _years_as_numbers(self, intent: Intent, ranges: list[tuple[int, timeexpr.TimeSpec]]) -> None:
        """No date column: "after 2013" compares a year column, or stays a plain number."""
        assert self.table is not None
        year_cols = self._year_columns()
        years = [(pos, spec) for pos, spec in ranges if spec.kind == "year" and spec.year is not None]
        spans = self._year_spans(years)
        for pos, spec in years:
            if pos in self.ps.used:
                continue
            it = self.items[pos]
            target = self._nearby_column(pos, roles=("year",)) or (
                year_cols[0] if len(year_cols) == 1 else None
            )
            if target is None and not year_cols and self._on_year_labels(intent, pos, spec, years, spans):
                continue
            if target is not None and pos in spans:
                # from 1970 to 1974 / 1970年到1974年: both ends belong to one range
                intent.filters.append(Filter(target.name, "between", list(spans[pos]), "number"))
                self.ps.used.update(range(pos, pos + 3))
                continue
            if target is None or self._compared_number(pos, spec):
                self.items[pos] = Item(
                    it.start,
                    it.end,
                    "num",
                    str(spec.year),
                    value=spec.year,
                    tags=[f"cmp:{spec.op}"] if spec.op else [],
                )
                continue
            after = None if spec.op else self._bound_after(pos)
            op = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", None: "="}[spec.op or after]
            intent.filters.append(Filter(target.name, op_of(op), [spec.year], "number"))
            self.ps.used.update({pos, pos + 1} if after else {pos})
        self._years_compared(intent)

    def _bound_after(self, pos: int) -> str | None:
        """ "born in 1995 or later" / 1990年及以后: the bound word right after the year ("ge" / "le")."""
        nxt = self.items[pos + 1] if pos + 1 < len(self.items) else None
        tag = nxt.tag("cmp") if nxt is not None and pos + 1 not in self.ps.used else None
        return tag.split(":")[1] if tag in ("cmp:ge", "cmp:le") else None

    def _on_year_labels(
        self,
        intent: Intent,
        pos: int,
        spec: timeexpr.TimeSpec,
        years: list[tuple[int, timeexpr.TimeSpec]],
        spans: dict[int, tuple[int, int]],
    ) -> bool:
        """No year column: a year said bounds the period labels that open with their year (yearlabels.py),
        when it is one period (2008 and 2009, two periods apart, are not one range of labels)."""
        assert self.table is not None
        one_period = len(years) == 1 or (len(years) == 2 and bool(spans))
        labels = year_label_column(self.table)
        if labels is None or not one_period or self._compared_number(pos, spec):
            return False
        lo, end = spans.get(pos, (spec.year or 0, None))
        intent.filters.extend(year_label_filters(labels.name, lo, spec.op, end))
        self.ps.used.update(range(pos, pos + 3) if pos in spans else {pos})
        return True

    def _years_compared(self, intent: Intent) -> None:
        """1970 compared with 1982 / 1970年和1982年…对比 over a year column: one row per year named, not
        the two years summed together (as two named values of a column are)."""
        years: dict[str, set[int]] = {}
        for f in intent.filters:
            if f.source == "number" and f.op in ("=", "in"):
                years.setdefault(f.column, set()).update(f.values)
        for column, named in years.items():
            if len(named) >= 2 and column not in intent.dimensions and self.compares_values():
                intent.dimensions.append(column)

    def _compared_number(self, pos: int, spec: timeexpr.TimeSpec) -> bool:
        """ "weigh less than 2000 lbs" / 低于2000磅: a comparator no time word carries, right before the
        number, makes it an amount compared (the comparison clause finds its column), not a year."""
        return spec.op is None and pos > 0 and self.items[pos - 1].has("cmp")

    def _year_spans(self, years: list[tuple[int, timeexpr.TimeSpec]]) -> dict[int, tuple[int, int]]:
        """Two years joined by a range word (1970 to 1974, 1970年到1974年, between 1970 and 1974): the
        first one's position -> (low, high)."""
        spans: dict[int, tuple[int, int]] = {}
        for (a, first), (b, last) in zip(years, years[1:], strict=False):
            link = self.items[a + 1].text if b == a + 2 else ""
            start, end = self.clause_of(a)
            between = any(self.items[k].has("between") for k in range(start, end))
            if link in RANGE_LINKS or (between and link in ("and", "和", "与")):
                lo, hi = sorted((int(first.year or 0), int(last.year or 0)))
                spans[a] = (lo, hi)
        return spans

    def _beside_the_year(self, j: int, pos: int) -> bool:
        """A joined table's year word right beside the year (born in 1995, 1995年及以后出生), with only
        small words between, when the fact has a year of its own."""
        own = [c for c in self._year_columns() if c.name not in self.joined_columns]
        if not own:
            return True
        lo, hi = min(j, pos), max(j, pos)
        between = [self.items[k] for k in range(lo + 1, hi)]
        if any(re.fullmatch(r"[,，、;；]", it.text.strip()) for it in between):
            return False  # 1995年及以后出生、2016年有击球记录: the second year is another clause's
        return all(it.kind != "match" or not it.links or it.tags for it in between) and hi - lo <= 2

    def _nearby_column(self, pos: int, roles: tuple[str, ...]) -> ColumnInfo | None:
        start, end = self.clause_of(pos)
        best: tuple[int, ColumnInfo] | None = None
        for j in range(start, end):
            if j == pos or self.items[j].kind != "match":
                continue
            c = self.col(self.items[j])
            if c is not None and c.name in self.joined_columns and not self._beside_the_year(j, pos):
                continue  # 2016年非美国出生球员的薪资: the salaries' year; born in 1995: the birth year
            if c is not None and c.role in roles and (best is None or abs(j - pos) < best[0]):
                best = (abs(j - pos), c)
        return best[1] if best else None
