"""The structured meaning of a question: what to measure, how to group, filter, order and limit.

JSON round-trippable (`to_dict` / `from_dict`): it is the conversation state a follow-up edits.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any, Literal, get_args

Agg = Literal["count", "count_distinct", "sum", "avg", "max", "min", "median", "rate", "metric", "none"]
Op = Literal[
    "=",
    "!=",
    "in",
    "not_in",
    ">",
    ">=",
    "<",
    "<=",
    "between",
    "like",
    "not_like",
    "col!=",
    "col=",
    "col>",
    "col<",
]
FilterSource = Literal["", "value", "number", "bool", "time", "contains", "column", "month"]
Mode = Literal["aggregate", "rank", "detail", "clarify"]


def agg_of(text: str) -> Agg:
    """A lexicon tag's aggregate ("agg:avg" -> "avg"), checked against the kinds the SQL builder knows."""
    if text not in get_args(Agg):
        raise ValueError(f"unknown aggregate {text!r}")
    return text  # type: ignore[return-value]


def op_of(text: str) -> Op:
    if text not in get_args(Op):
        raise ValueError(f"unknown operator {text!r}")
    return text  # type: ignore[return-value]


_ATOMS = (str, int, float, bool, type(None))


def _plain(obj: Any) -> Any:
    """`dataclasses.asdict`, with plain values passed through instead of deep-copied one by one (an
    intent is turned into the conversation state with every answer)."""
    if type(obj) in _ATOMS:
        return obj
    if is_dataclass(obj) and not isinstance(obj, type):
        return {name: _plain(getattr(obj, name)) for name in _field_names(type(obj))}
    if type(obj) in (list, tuple):
        return type(obj)(_plain(v) for v in obj)
    return asdict_value(obj)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names, once per class: `fields` builds them anew at every call."""
    return tuple(f.name for f in fields(cls))


def asdict_value(obj: Any) -> Any:
    """Anything else exactly as `asdict` renders it (namedtuples, dicts, other objects copied)."""
    return asdict(_Holder(obj))["value"]


@dataclass
class _Holder:
    value: Any


@dataclass
class Measure:
    agg: Agg  # count | count_distinct | sum | avg | max | min | median | rate | none (raw column)
    column: str | None = None  # None for COUNT(*)
    metric: str | None = None  # a semantic-layer metric name
    expression: str | None = None  # the metric's SQL expression
    # agg "rate": the share of rows (or of `column`'s total) meeting this condition (Filter fields)
    condition: dict[str, Any] | None = None


@dataclass
class Filter:
    column: str
    op: Op  # "=" "!=" "in" "not_in" ">" ">=" "<" "<=" "between" "like" "not_like" "col!="
    values: list[Any] = field(default_factory=list)
    # "value" | "number" | "bool" | "time" | "contains" | "column" (values[0] is another column's name)
    # | "month" (the calendar month of a date column: every December)
    source: FilterSource = ""


@dataclass
class Having:
    measure: Measure
    op: str
    value: Any


@dataclass
class TimeRange:
    column: str
    start: str | None  # ISO date, inclusive
    end: str | None  # ISO date, exclusive
    label: str = ""


@dataclass
class PeriodCompare:
    """同比 / 环比 / YoY / MoM: the measure in a current period, the previous one, and the change ratio."""

    column: str  # the time column
    kind: str  # "yoy" (same period a year before) | "pop" (the period just before)
    current: list[str]  # [start, end) ISO dates
    previous: list[str]
    current_label: str = ""  # "2024" / "2024-03" / "2024-Q2"
    previous_label: str = ""


@dataclass
class Intent:
    table: str
    measures: list[Measure] = field(default_factory=list)
    dimensions: list[str] = field(default_factory=list)
    time_grain: str | None = None
    time_column: str | None = None
    filters: list[Filter] = field(default_factory=list)
    time_range: TimeRange | None = None
    having: list[Having] = field(default_factory=list)
    # ("measure", index) | ("column", name) | ("time", None), descending?
    order: list[tuple[str, Any, bool]] = field(default_factory=list)
    limit: int | None = None
    distinct: bool = False
    columns: list[str] = field(default_factory=list)  # listed raw columns (list questions)
    share: bool = False
    filter_logic: str = "and"  # "or" when the question joins its conditions with or
    compare: PeriodCompare | None = None  # period over period
    # the time grain read on calendar parts ({"year": col, "month": col}): integer columns, not a date
    calendar: dict[str, str] | None = None
    # the measures' aggregate (AVG) runs over the totals (SUM) of the groups, one figure: the average
    # number per quarter / per state over a grid of cells (gridcells.averages_of_totals)
    of_totals: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Intent:
        return cls(
            table=data["table"],
            measures=[Measure(**m) for m in data.get("measures") or []],
            dimensions=list(data.get("dimensions") or []),
            time_grain=data.get("time_grain"),
            time_column=data.get("time_column"),
            filters=[Filter(**f) for f in data.get("filters") or []],
            time_range=TimeRange(**data["time_range"]) if data.get("time_range") else None,
            having=[Having(Measure(**h["measure"]), h["op"], h["value"]) for h in data.get("having") or []],
            order=[(o[0], o[1], bool(o[2])) for o in data.get("order") or []],
            limit=data.get("limit"),
            distinct=bool(data.get("distinct")),
            columns=list(data.get("columns") or []),
            share=bool(data.get("share")),
            filter_logic=data.get("filter_logic") or "and",
            compare=PeriodCompare(**data["compare"]) if data.get("compare") else None,
            calendar=dict(data["calendar"]) if data.get("calendar") else None,
            of_totals=bool(data.get("of_totals")),
        )
