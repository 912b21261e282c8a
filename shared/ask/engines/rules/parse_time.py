"""Time clause: the time column, ranges, grains and years (timeexpr does the calendar)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from shared.ask.engines.rules import timeexpr
from shared.ask.engines.rules.intent import Filter, Intent, TimeRange, op_of
from shared.ask.engines.rules.parse_base import ParserBase
from shared.ask.engines.rules.parsecommon import HALF_RELS, STEP_BACK_RELS, YEAR_RELS, as_date, range_label
from shared.semantic.vocabulary.linking import (
    ColumnInfo,
    Item,
)


def _known_year(
    ranges: list[tuple[int, timeexpr.TimeSpec]], anchor: date, previous_start: str | None
) -> int | None:
    """The year the question's periods are in: named, the relative year's, else the last turn's."""
    known_year = next((s.year for _, s in ranges if s.year), None)
    for _, s in ranges:  # 去年下半年 / 今年第二季度: the relative year is the period's year
        if known_year is None and s.kind == "rel" and s.rel in YEAR_RELS:
            known_year = (timeexpr.resolve(s, anchor) or (anchor, anchor))[0].year
    if known_year is None and previous_start:
        known_year = int(previous_start[:4])
    return known_year


def _with_known_year(spec: timeexpr.TimeSpec, known_year: int | None) -> timeexpr.TimeSpec:
    """下半年 / 第二季度 / 3月 without a year: in the question's (or the last turn's) year."""
    if spec.kind == "rel" and spec.rel in HALF_RELS and known_year:
        spec = timeexpr.TimeSpec("half", year=known_year, half=HALF_RELS[spec.rel or ""], op=spec.op)
    if spec.year is None and spec.kind in ("quarter", "month") and known_year:
        spec = timeexpr.TimeSpec(**{**spec.__dict__, "year": known_year})
    return spec


def _narrowed(
    lo: date | None, hi: date | None, rng: tuple[date, date], op: str | None
) -> tuple[date | None, date | None]:
    """The bounds after one more period: inside it (no comparator), or from / before it."""
    start, end = rng
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
    return lo, hi


class TimeClauses(ParserBase):
    """Time clause: the time column, ranges, grains and years (timeexpr does the calendar)."""

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

    def _grains_and_ranges(
        self, intent: Intent, tcol: ColumnInfo | None
    ) -> list[tuple[int, timeexpr.TimeSpec]]:
        """Applies the grains (每月 / monthly) and returns the time items that name a range."""
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
        return ranges

    def apply_time(self, intent: Intent) -> None:
        tcol = self.time_column()
        ranges = self._grains_and_ranges(intent, tcol)
        if not ranges:
            return
        if tcol is None:
            self._years_as_numbers(intent, ranges)
            return
        anchor = self.anchor(tcol)
        lo: date | None = None
        hi: date | None = None
        labels = []
        previous_start = ((self.state or {}).get("time_range") or {}).get("start")
        known_year = _known_year(ranges, anchor, previous_start)
        followup = any(self.kw_only(it, "followup") for it in self.items)
        for pos, spec in ranges:
            spec = _with_known_year(spec, known_year)
            if spec.kind == "rel" and spec.rel in STEP_BACK_RELS and followup and previous_start:
                # 那上个季度呢？ after Q3: the quarter before the one just asked about, not before today
                rng = timeexpr.resolve(spec, date.fromisoformat(previous_start))
            else:
                rng = timeexpr.resolve(spec, anchor)
            self.ps.used.add(pos)
            if rng is None:
                continue
            lo, hi = _narrowed(lo, hi, rng, spec.op)
            labels.append(range_label(spec, rng, spec.op, self.lang))
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
            intent.filters.append(Filter(target.name, op_of(op), [spec.year], "number"))
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
