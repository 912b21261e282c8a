"""Period-over-period clause: 同比 / 环比 / 增长率 / YoY / MoM / growth turn the measure into two periods
and their change (periods.py places the periods; sqlbuild renders both values and the ratio)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from shared.ask.engines.rules import periods, timeexpr
from shared.ask.engines.rules.intent import Filter, Intent, Measure, PeriodCompare, TimeRange
from shared.ask.engines.rules.parse_confidence import ConfidenceClauses
from shared.ask.engines.rules.parsecommon import (
    MODE_CONFLICT_DOUBT,
    as_date,
    default_agg,
    said_pattern,
    words,
)
from shared.ask.engines.rules.periodspan import held_edge
from shared.ask.engines.rules.yearlabels import label_compare, year_label_column, years_compare

if TYPE_CHECKING:
    from shared.semantic.vocabulary.linking import ColumnInfo, TableIndex

COMPARED_WORDS = ("compared", "compare", "versus", "vs")  # grow in 2015 compared with 2014: read
CHANGE_PERCENT = words("change_percent_words")  # in percent: the change's unit, not a share
COMPARABLE_AGGS = ("sum", "avg", "count", "count_distinct", "max", "min")


def _listed_amount_as_measure(intent: Intent, table: TableIndex) -> None:
    """增长率 of one listed amount column compares its total (or average), not its rows."""
    if not intent.measures and intent.columns:
        infos = [table.columns[c] for c in intent.columns]
        if len(infos) == 1 and infos[0].role == "measure" and infos[0].numeric:
            intent.measures = [Measure(default_agg(infos[0]), infos[0].name)]
            intent.columns = []


def _a_year(value: object) -> bool:
    return isinstance(value, int) and 1000 < value < 3000


def _percent_of_the_change(intent: Intent, table: TableIndex) -> None:
    """Growth of Q's sales, in percent (said as such): the percent words give the change's unit, not Q's
    share of the sales; the share's condition is a filter again and the column is compared as it is."""
    if len(intent.measures) != 1 or intent.measures[0].agg != "rate":
        return
    m = intent.measures[0]
    info = table.columns.get(m.column or "")
    if info is None or not m.condition:
        return
    intent.measures = [Measure(default_agg(info), info.name)]
    intent.filters.append(Filter(**m.condition))


def _comparable(intent: Intent) -> bool:
    """One comparable measure over no series and no listed columns."""
    return not (
        intent.time_grain
        or len(intent.measures) != 1
        or intent.measures[0].agg not in COMPARABLE_AGGS
        or intent.columns
    )


def _named_period(tr: TimeRange | None) -> tuple[date, date] | None:
    if tr is not None and tr.start and tr.end:
        return (date.fromisoformat(tr.start), date.fromisoformat(tr.end))
    return None


def _two_periods_said(spans: list, today: date) -> set[str]:
    """The first days of exactly two whole periods of one kind the question names (August 2016, August
    2017 → 2016-08-01, 2017-08-01); empty otherwise, and for a period's edge (2016年底: its last period)."""
    starts = {}
    for _s, _e, spec in spans:
        kind, year = getattr(spec, "kind", ""), getattr(spec, "year", None)
        if year is None or getattr(spec, "rel", None) or getattr(spec, "edge", None):
            continue
        rng = timeexpr.resolve(spec, today) if kind in ("year", "month", "quarter") else None
        if rng is not None:
            starts[rng[0].isoformat()] = kind
    return set(starts) if len(starts) == 2 and len(set(starts.values())) == 1 else set()


class PeriodClauses(ConfidenceClauses):
    """Period-over-period clause."""

    def find_period_compare(self, intent: Intent) -> None:
        assert self.table is not None
        found = periods.asked(self.question)
        if found is None:
            return
        found = periods.kind_of([w for w in found[1] if not self._names_a_value(w)])
        if found is None:
            return  # "Growth plan customers": the word is a value of the data, not a comparison
        kind, words = found
        self._mark_understood(words)
        if intent.time_grain and any(" over " in w for w in words):
            intent.time_grain = intent.time_column = None  # "year over year" names the comparison, no series
        self._the_compared_measure(intent)
        tr = intent.time_range
        col = self.table.columns.get(tr.column) if tr else self.time_column()
        if col is None and self._compare_on_labels(intent, kind):
            return
        if col is None or not _comparable(intent):
            self.ps.problem = self.ps.problem or "period"  # a series of changes, or nothing to compare
            return
        named = _named_period(tr)
        compare = self._compare_plan(kind, words, col, named)
        if compare is None:
            self.ps.problem = self.ps.problem or "period"
            return
        intent.compare = compare
        self._periods_not_said(compare)
        intent.time_range = None
        intent.order = [o for o in intent.order if o[0] != "time"]
        if not named:
            self.ps.notes.append(f"latest:{compare.current_label}")

    def _compare_plan(
        self, kind: str, words: list[str], col: ColumnInfo, named: tuple[date, date] | None
    ) -> PeriodCompare | None:
        """The two periods: both named (from X to Y), else the named one and the one before it."""
        return self._from_one_period_to_another(kind, col) or periods.plan(
            kind, words, col.name, named, as_date(col.maximum)
        )

    def _from_one_period_to_another(self, kind: str, col: ColumnInfo) -> PeriodCompare | None:
        """Growth from December 2005 to December 2016 / 2015年底到2016年底: both periods are named, the
        later one is compared with the earlier one (not with the period just before the later)."""
        specs = [it.value for it in self.items if it.kind == "time" and it.value.kind != "grain"]
        if len(specs) != 2 or any(s.year is None for s in specs):
            return None
        first, last = as_date(col.minimum), as_date(col.maximum)
        spans = []
        for spec in specs:
            rng = timeexpr.resolve(spec, self.today)
            if rng is None:
                return None
            if spec.edge:
                rng = held_edge(rng, spec.edge, first, last, col.distinct)
            spans.append((rng, spec))
        (early, e_spec), (late, l_spec) = sorted(spans, key=lambda t: t[0][0])
        if early[1] > late[0]:
            return None  # overlapping periods: no change between them
        return PeriodCompare(
            column=col.name,
            kind=kind,
            current=[late[0].isoformat(), late[1].isoformat()],
            previous=[early[0].isoformat(), early[1].isoformat()],
            current_label=timeexpr.describe(l_spec, late, self.lang),
            previous_label=timeexpr.describe(e_spec, early, self.lang),
        )

    def _periods_not_said(self, compare: PeriodCompare) -> None:
        """From August 2016 to August 2017 read as 2017-08 over 2017-07: two periods named and another
        pair compared."""
        if _two_periods_said(self.spans, self.today) - {compare.current[0][:10], compare.previous[0][:10]}:
            self.lower("periods_not_said", MODE_CONFLICT_DOUBT)

    def _the_compared_measure(self, intent: Intent) -> None:
        """The one measure the change is of: a listed amount's total, a share said as the change's unit."""
        assert self.table is not None
        _listed_amount_as_measure(intent, self.table)
        if said_pattern(CHANGE_PERCENT).search(self.question.lower()):
            _percent_of_the_change(intent, self.table)

    def _compare_on_labels(self, intent: Intent, kind: str) -> bool:
        """No date column but period labels ("1998 Q1"): the period named on them and the one before."""
        assert self.table is not None
        labels = year_label_column(self.table) if _comparable(intent) else None
        if labels is None:
            return False
        said = self._two_years_said(intent, labels.name)
        compare = years_compare(kind, labels, said) if said else label_compare(kind, labels, intent.filters)
        if compare is None:
            return False
        intent.compare = compare
        intent.filters = [f for f in intent.filters if f.column != labels.name]
        intent.order = [o for o in intent.order if o[0] != "time"]
        return True

    def _two_years_said(self, intent: Intent, labels: str) -> list[int]:
        """The two years a change runs between: unread year numbers (in 2015 compared with 2014), or the
        ends of a span of labels (from 2005 to 2015: >= '2005' and < '2016'); [] otherwise."""
        nums = [
            (pos, it.value)
            for pos, it in enumerate(self.items)
            if it.kind == "num"
            and pos not in self.ps.used
            and isinstance(it.value, int)
            and 1000 < it.value < 3000
        ]
        if len(nums) == 2 and not any(f.column == labels for f in intent.filters):
            self.ps.used.update(pos for pos, _ in nums)
            self._mark_understood(list(COMPARED_WORDS))
            return [int(v) for _, v in nums]
        bounds = {f.op: str(f.values[0]) for f in intent.filters if f.column == labels}
        if set(bounds) == {">=", "<"} and all(v.isdigit() for v in bounds.values()):
            return [int(bounds[">="]), int(bounds["<"]) - 1]
        return []

    def _names_a_value(self, word: str) -> bool:
        key = word.replace(" ", "").lower()
        return any(it.text.replace(" ", "").lower() == key and self.values(it) for it in self.items)

    def _mark_understood(self, words: list[str]) -> None:
        said = [w.replace(" ", "").lower() for w in words]
        for pos, it in enumerate(self.items):
            key = it.text.replace(" ", "").lower()
            if key and any(key in w for w in said):
                self.ps.used.add(pos)
        self.ps.understood += said
