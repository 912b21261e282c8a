"""The periods one question names, read together: the year they share (下半年 in 去年下半年), the bounds
they narrow to, and whether time is left between them (2006 and 2009)."""

from __future__ import annotations

from datetime import date, timedelta

from shared.ask.engines.rules import timeexpr
from shared.ask.engines.rules.parsecommon import HALF_RELS, YEAR_RELS


def year_of_periods(
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


def with_known_year(spec: timeexpr.TimeSpec, known_year: int | None) -> timeexpr.TimeSpec:
    """下半年 / 第二季度 / 3月 without a year: in the question's (or the last turn's) year."""
    if spec.kind == "rel" and spec.rel in HALF_RELS and known_year:
        spec = timeexpr.TimeSpec("half", year=known_year, half=HALF_RELS[spec.rel or ""], op=spec.op)
    if spec.year is None and spec.kind in ("quarter", "month") and known_year:
        spec = timeexpr.TimeSpec(**{**spec.__dict__, "year": known_year})
    return spec


def gaps_between(spans: list[tuple[date, date]]) -> bool:
    """Periods named one by one leave time between them uncovered (2006 and 2009: 2007, 2008)."""
    ordered = sorted(spans)
    return any(nxt[0] > cur[1] for cur, nxt in zip(ordered, ordered[1:], strict=False))


def narrowed(
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


def data_step_days(first: date | None, last: date | None, distinct: int) -> float | None:
    """The data's period length in days, from its first and last date and how many dates it holds (a
    quarterly series: about 91; monthly: about 30; daily: 1); None when it cannot tell."""
    if first is None or last is None or distinct < 2 or last <= first:
        return None
    return (last - first).days / (distinct - 1)


def held_edge(
    rng: tuple[date, date], edge: str, first: date | None, last: date | None, distinct: int
) -> tuple[date, date]:
    """年底 / at the end of 2016 (年初 / at the start of): the last (first) period of the year the data
    holds, not the whole year: a level (a stock, a headcount) is read at a point, and its periods' sum is
    no figure. The period is the data's own step (a quarter of quarterly rows, a month of monthly ones, a
    day of daily ones), clipped to the data's first and last date."""
    step = data_step_days(first, last, distinct)
    if step is None:
        return rng
    start, end = rng
    if edge == "end":
        point = min(end - timedelta(days=1), last) if last else end - timedelta(days=1)
    else:
        point = max(start, first) if first else start
    if point < start or point >= end:
        return rng  # the data holds nothing in that year: the year's range (an empty answer) as said
    if step >= 300:
        return rng
    if step >= 80:
        q_start = date(point.year, 3 * ((point.month - 1) // 3) + 1, 1)
        return q_start, _month_after(q_start, 3)
    if step >= 27:
        m_start = date(point.year, point.month, 1)
        return m_start, _month_after(m_start, 1)
    return point, point + timedelta(days=1)


def _month_after(d: date, months: int) -> date:
    n = d.month - 1 + months
    return date(d.year + n // 12, n % 12 + 1, 1)
