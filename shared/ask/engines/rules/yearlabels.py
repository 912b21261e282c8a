"""Periods written as text labels that open with their year ("1998 Q1", "2019-03", "2015 H2"): no date
column, no year number, yet every label says its year. A year said ("in 2015", "from 2010 to 2015", "after
2013") is a range of labels: those from the year's first label up to the next year's (text order is time
order, the year leading), instead of the year read as a number of some measure.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from shared.ask.engines.rules.intent import Filter, PeriodCompare, op_of
from shared.semantic.schema import Column
from shared.semantic.vocabulary.grain import year_led
from shared.semantic.vocabulary.linking import ColumnInfo, TableIndex


def year_led_values(col: Column) -> bool:
    """Every value the column's profile lists opens with its year (period labels: "1998 Q1", "2019-09")."""
    listed = col.profile.values if col.profile else None
    return bool(listed) and all(year_led(v[0]) for v in listed or [])


def year_label_column(table: TableIndex) -> ColumnInfo | None:
    """The one text column whose listed values all open with a year."""
    found = [
        c
        for c in table.columns.values()
        if not c.numeric
        and c.role not in ("time", "year")
        and c.values
        and all(year_led(v) for v in c.values)
    ]
    return found[0] if len(found) == 1 else None


def year_label_filters(column: str, year: int, op: str | None, end: int | None = None) -> list[Filter]:
    """The labels of a year (op None), of the years from `year` to `end`, or after / before it (gt, ge,
    lt, le): bounds on the text, the next year's label being the first one past."""
    if end is not None:
        return [Filter(column, ">=", [str(year)], "number"), Filter(column, "<", [str(end + 1)], "number")]
    if op is None:
        return [Filter(column, "like", [f"{year}%"], "number")]
    low = {"gt": year + 1, "ge": year}.get(op)
    if low is not None:
        return [Filter(column, ">=", [str(low)], "number")]
    high = {"lt": year, "le": year + 1}[op]
    return [Filter(column, "<", [str(high)], "number")]


_MONTH_LABEL_RE = re.compile(r"^[12]\d{3}-(0[1-9]|1[0-2])$")


def month_label_column(table: TableIndex) -> ColumnInfo | None:
    """The year-led label column when every label is a month written 'YYYY-MM' (2019-09)."""
    labels = year_label_column(table)
    return labels if labels and all(_MONTH_LABEL_RE.match(str(v)) for v in labels.values) else None


def month_label(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def month_range_filters(column: str, periods: list[tuple[date, date, str | None]]) -> list[Filter] | None:
    """Periods of whole months [start, end) with their op (None: within), as bounds on 'YYYY-MM' labels
    (text order is time order): one month is its label, several single months a list of labels, one
    longer period (a quarter, a half) or one open side a range; None for anything else."""
    if not periods:
        return None
    if all(op is None and _months(lo, hi) == 1 for lo, hi, op in periods):
        said = list(dict.fromkeys(month_label(lo) for lo, _, _ in periods))
        return [Filter(column, "=" if len(said) == 1 else "in", said, "number")]
    if len(periods) != 1:
        return None
    lo, hi, op = periods[0]
    if op is None:
        return [
            Filter(column, ">=", [month_label(lo)], "number"),
            Filter(column, "<", [month_label(hi)], "number"),
        ]
    bound = {"ge": (">=", lo), "gt": (">=", hi), "lt": ("<", lo), "le": ("<", hi)}.get(op)
    return [Filter(column, op_of(bound[0]), [month_label(bound[1])], "number")] if bound else None


def _months(lo: date, hi: date) -> int:
    return (hi.year - lo.year) * 12 + hi.month - lo.month


_QUARTER_RE = re.compile(r"^(?P<y>[12]\d{3})(?P<sep>\W?)(?P<q>[Qq])[1-4]$")


def quarter_label_format(column: ColumnInfo) -> str | None:
    """ "{y} Q{q}" (the separator and letter the data writes) when every listed label is a year and a
    quarter ("1998 Q1", "2019-Q3", "2020Q4"), one way: a quarter said then names one label."""
    shapes = {(m["sep"], m["q"]) for v in column.values if (m := _QUARTER_RE.match(str(v)))}
    if len(shapes) != 1 or not column.values or not all(_QUARTER_RE.match(str(v)) for v in column.values):
        return None
    sep, letter = shapes.pop()
    return "{y}" + sep + letter + "{q}"


def quarter_label_filter(column: str, form: str, year: int | None, quarter: int) -> Filter:
    """The label of one quarter of one year, or (no year) the labels of that quarter in every year."""
    if year is None:
        return Filter(column, "like", ["%" + form.format(y="", q=quarter)], "number")
    return Filter(column, "=", [form.format(y=year, q=quarter)], "number")


def quarter_labels_between(column: str, form: str, year: int, first: int, last: int) -> list[Filter]:
    """Successive quarters of one year (the first half of 2016: its Q1 to Q2 labels), bounds on the text
    (the labels sort as time), one period rather than values listed one by one."""
    return [
        Filter(column, ">=", [form.format(y=year, q=first)], "number"),
        Filter(column, "<=", [form.format(y=year, q=last)], "number"),
    ]


def label_year_bucket(column: str) -> Any:
    """The year a label opens with, as a number (one group per year of "1998 Q1" .. "1998 Q4")."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    col = exp.Column(this=exp.Identifier(this=column, quoted=True))
    four = exp.Substring(this=col, start=exp.Literal.number(1), length=exp.Literal.number(4))
    return exp.Cast(this=four, to=exp.DataType.build("int"))


def label_quarter_buckets(column: str, one_year: bool) -> list[tuple[str, Any]]:
    """Quarters of 'YYYY-MM' labels: (month + 2) / 3 from the label's month, after its year unless the
    question keeps to one year."""
    from sqlglot import exp  # lazy: heavy (sqlglot)

    col = exp.Column(this=exp.Identifier(this=column, quoted=True))
    two = exp.Substring(this=col, start=exp.Literal.number(6), length=exp.Literal.number(2))
    month = exp.Cast(this=two, to=exp.DataType.build("int"))
    shifted = exp.Paren(this=exp.Add(this=month, expression=exp.Literal.number(2)))
    quarter = exp.IntDiv(this=shifted, expression=exp.Literal.number(3))
    return [("quarter", quarter)] if one_year else [("year", label_year_bucket(column)), ("quarter", quarter)]


def period_label_filters(labels: ColumnInfo, spec: Any) -> list[Filter] | None:
    """A quarter (Q4 2015, the June quarter, every December quarter) or a half year (the first half of
    2016) said over quarter labels: the labels it names; None for any other period or label."""
    form = quarter_label_format(labels)
    if form is None or spec.op:
        return None
    if spec.kind == "quarter" and spec.quarter:
        return [quarter_label_filter(labels.name, form, spec.year, spec.quarter)]
    if spec.kind == "half" and spec.year and spec.half:
        return quarter_labels_between(labels.name, form, spec.year, 2 * spec.half - 1, 2 * spec.half)
    return None


def _quarter_after(year: int, quarter: int, step: int) -> tuple[int, int]:
    total = year * 4 + quarter - 1 + step
    return total // 4, total % 4 + 1


def label_compare(kind: str, labels: ColumnInfo, filters: list[Filter]) -> PeriodCompare | None:
    """同比 / YoY / growth of one period named on the labels (2015: LIKE '2015%'; Q4 2015: = '2015 Q4'):
    the period and the one before it (a year before for YoY) as bounds on the label text, which sorts as
    time; None when no single year or quarter of the labels is named."""
    named = [f for f in filters if f.column == labels.name]
    if len(named) != 1:
        return None
    f = named[0]
    form = quarter_label_format(labels)
    if f.op == "like" and re.fullmatch(r"[12]\d{3}%", str(f.values[0])):
        y = int(str(f.values[0])[:4])
        return PeriodCompare(
            labels.name, kind, [str(y), str(y + 1)], [str(y - 1), str(y)], str(y), str(y - 1)
        )
    m = _QUARTER_RE.match(str(f.values[0])) if f.op == "=" and form else None
    if m is None or form is None:
        return None
    y, q = int(m["y"]), int(str(f.values[0])[-1])
    py, pq = (y - 1, q) if kind == "yoy" else _quarter_after(y, q, -1)

    def label(year: int, quarter: int) -> str:
        return form.format(y=year, q=quarter)

    return PeriodCompare(
        labels.name,
        kind,
        [label(y, q), label(*_quarter_after(y, q, 1))],
        [label(py, pq), label(*_quarter_after(py, pq, 1))],
        label(y, q),
        label(py, pq),
    )


def years_compare(kind: str, labels: ColumnInfo, years: list[int]) -> PeriodCompare | None:
    """Two years said of a change over year labels (grow in 2015 compared with 2014, from 2005 to
    2015): the later one against the earlier one, each the labels that open with it."""
    if len(set(years)) != 2:
        return None
    lo, hi = sorted(set(years))
    return PeriodCompare(labels.name, kind, [str(hi), str(hi + 1)], [str(lo), str(lo + 1)], str(hi), str(lo))
