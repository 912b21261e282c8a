"""Pick a chart for a result and build a complete ECharts option a front end renders as is.

One value -> kpi; time bucket + measure(s) -> line; category + measure -> bar (pie for a
share question with <= 8 slices); two measures -> scatter; anything else -> table.
"""

from __future__ import annotations

from typing import Any

from shared.ask.engines.base import ChartHint
from shared.ask.present.formatting import format_number

MAX_BAR_CATEGORIES = 60
MAX_PIE_SLICES = 8
NUMERIC = ("integer", "number")
TIME_WORDS = (
    "date",
    "month",
    "year",
    "quarter",
    "week",
    "day",
    "time",
    "日期",
    "月",
    "年",
    "季度",
    "周",
    "时间",
)


def column_roles(columns: list[dict[str, str]], rows: list[list[Any]], hint: ChartHint | None) -> list[str]:
    """Role of each column: time, category or measure (the engine's hint wins when it has one)."""
    roles = []
    for index, col in enumerate(columns):
        name, kind = col["name"], col.get("type", "text")
        if hint and name in hint.roles:
            roles.append(hint.roles[name])
        elif kind in ("date", "datetime"):
            roles.append("time")
        elif kind in NUMERIC and not _looks_like_id(name):
            roles.append("measure")
        elif kind == "text" and _looks_like_time_bucket(name, [r[index] for r in rows[:5]]):
            roles.append("time")
        else:
            roles.append("category")
    return roles


def _looks_like_id(name: str) -> bool:
    lowered = name.lower()
    return lowered == "id" or lowered.endswith("_id") or lowered.endswith("编号") or lowered.endswith("工号")


def _looks_like_time_bucket(name: str, sample: list[Any]) -> bool:
    lowered = name.lower()
    if not any(word in lowered for word in TIME_WORDS):
        return False
    return all(isinstance(v, str) and v[:4].isdigit() for v in sample if v is not None)


def _axis_label(value: Any) -> str:
    return "(空)" if value is None else str(value)


def _base(title: str) -> dict[str, Any]:
    return {
        "title": {"text": title, "left": "center"},
        "tooltip": {},
        "toolbox": {"feature": {"saveAsImage": {}}},
    }


def build_chart(
    columns: list[dict[str, str]],
    rows: list[list[Any]],
    *,
    title: str,
    hint: ChartHint | None = None,
) -> dict[str, Any]:
    """{"type": kpi|bar|line|pie|scatter|table, "echarts": {...}} for a result."""
    roles = column_roles(columns, rows, hint)
    names = [c["name"] for c in columns]
    measures, times, categories = (
        _indexes(roles, "measure"),
        _indexes(roles, "time"),
        _indexes(roles, "category"),
    )

    if len(rows) == 1 and len(columns) == 1 and measures:
        return _kpi(title, names[0], rows[0][0], hint)
    if rows and measures and len(times) == 1 and not categories:
        return _line(title, names, rows, times[0], measures)
    if rows and measures and len(categories) == 1 and not times and len(rows) <= MAX_BAR_CATEGORIES:
        return _category_chart(title, names, rows, categories[0], measures, hint)
    if len(rows) > 1 and len(measures) == 2 and not times and len(columns) <= 3:
        return _scatter(title, names, rows, measures, categories[0] if categories else None)
    return _table(title, names, rows)


def _indexes(roles: list[str], role: str) -> list[int]:
    """The positions of the columns with `role`."""
    return [i for i, r in enumerate(roles) if r == role]


def _category_chart(
    title: str, names: list[str], rows: list[list[Any]], x: int, measures: list[int], hint: ChartHint | None
) -> dict[str, Any]:
    """Measures per category: a pie for a share question with few slices, else bars."""
    if hint and hint.share and len(measures) == 1 and len(rows) <= MAX_PIE_SLICES:
        return _pie(title, names, rows, x, measures[0])
    return _bar(title, names, rows, x, measures)


def _kpi(title: str, name: str, value: Any, hint: ChartHint | None) -> dict[str, Any]:
    percent = bool(hint and name in hint.percent_columns)
    option = _base(title)
    option["title"] = {
        "text": format_number(value, percent=percent),
        "subtext": (hint.measure_label if hint and hint.measure_label else name),
        "left": "center",
        "top": "middle",
        "textStyle": {"fontSize": 40},
    }
    option["series"] = []
    return {"type": "kpi", "echarts": option}


def _line(title: str, names: list[str], rows: list[list[Any]], x: int, measures: list[int]) -> dict[str, Any]:
    option = _base(title)
    option["tooltip"] = {"trigger": "axis"}
    option["legend"] = {"top": "bottom", "data": [names[m] for m in measures]}
    option["xAxis"] = {"type": "category", "name": names[x], "data": [_axis_label(r[x]) for r in rows]}
    option["yAxis"] = {"type": "value", "name": names[measures[0]] if len(measures) == 1 else ""}
    option["series"] = [
        {"name": names[m], "type": "line", "smooth": False, "data": [r[m] for r in rows]} for m in measures
    ]
    return {"type": "line", "echarts": option}


def _bar(title: str, names: list[str], rows: list[list[Any]], x: int, measures: list[int]) -> dict[str, Any]:
    option = _base(title)
    option["tooltip"] = {"trigger": "axis", "axisPointer": {"type": "shadow"}}
    option["legend"] = {"top": "bottom", "data": [names[m] for m in measures]}
    option["xAxis"] = {
        "type": "category",
        "name": names[x],
        "data": [_axis_label(r[x]) for r in rows],
        "axisLabel": {"interval": 0, "rotate": 30 if len(rows) > 8 else 0},
    }
    option["yAxis"] = {"type": "value", "name": names[measures[0]] if len(measures) == 1 else ""}
    option["series"] = [{"name": names[m], "type": "bar", "data": [r[m] for r in rows]} for m in measures]
    return {"type": "bar", "echarts": option}


def _pie(title: str, names: list[str], rows: list[list[Any]], label: int, value: int) -> dict[str, Any]:
    option = _base(title)
    option["tooltip"] = {"trigger": "item", "formatter": "{b}: {c} ({d}%)"}
    option["legend"] = {"orient": "vertical", "left": "left"}
    option["series"] = [
        {
            "name": names[value],
            "type": "pie",
            "radius": "60%",
            "data": [{"name": _axis_label(r[label]), "value": r[value]} for r in rows],
        }
    ]
    return {"type": "pie", "echarts": option}


def _scatter(
    title: str, names: list[str], rows: list[list[Any]], measures: list[int], label: int | None
) -> dict[str, Any]:
    x, y = measures
    option = _base(title)
    option["tooltip"] = {"trigger": "item"}
    option["xAxis"] = {"type": "value", "name": names[x], "scale": True}
    option["yAxis"] = {"type": "value", "name": names[y], "scale": True}
    data = [[r[x], r[y], r[label]] if label is not None else [r[x], r[y]] for r in rows]
    option["series"] = [{"name": f"{names[y]} / {names[x]}", "type": "scatter", "data": data}]
    return {"type": "scatter", "echarts": option}


def _table(title: str, names: list[str], rows: list[list[Any]]) -> dict[str, Any]:
    """ECharts has no table series; a dataset + an empty grid renders the title and keeps the data."""
    option = _base(title)
    option["dataset"] = {"dimensions": names, "source": rows[:200]}
    option["series"] = []
    return {"type": "table", "echarts": option}
