"""The periods one question names, read together: the year they share (下半年 in 去年下半年), the bounds
they narrow to, and whether time is left between them (2006 and 2009)."""

from __future__ import annotations

from datetime import date

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
