"""The one-line answer, in the question's language, with the key numbers formatted for people."""

from __future__ import annotations

from typing import Any

from shared.ask.engines.base import ChartHint
from shared.ask.present.charts import column_roles
from shared.ask.present.formatting import format_number


def _fmt(value: Any, name: str, hint: ChartHint | None) -> str:
    return format_number(value, percent=bool(hint and name in hint.percent_columns))


def summarize(
    columns: list[dict[str, str]],
    rows: list[list[Any]],
    *,
    lang: str,
    row_count: int,
    truncated: bool = False,
    hint: ChartHint | None = None,
) -> str:
    zh = lang == "zh"
    if not rows:
        return "没有符合条件的数据。" if zh else "No rows match the question."
    names = [c["name"] for c in columns]
    roles = column_roles(columns, rows, hint)
    measures, labels = _measures_and_labels(roles)
    if len(rows) == 1 and len(columns) == 1:
        return _single_value(rows[0][0], names[0], zh, hint)
    if len(rows) == 1 and measures and labels:
        return _single_row(rows[0], names, measures, labels, zh, hint)
    if measures and len(labels) == 1:
        return _ranked(rows, names, labels[0], measures[0], roles[labels[0]] == "time", zh, hint, row_count)
    more = "（结果已截断）" if truncated else ""
    if zh:
        return f"共 {row_count:,} 行{more}。"
    return f"{row_count:,} rows" + (" (truncated)." if truncated else ".")


def _measures_and_labels(roles: list[str]) -> tuple[list[int], list[int]]:
    """(the columns whose values the sentence states, the columns that name them)."""
    shares = [i for i, r in enumerate(roles) if r == "share"]
    # A share question is answered by the shares themselves ("广东最高，为 18.2%").
    measures = shares or [i for i, r in enumerate(roles) if r == "measure"]
    labels = [i for i, r in enumerate(roles) if r not in ("measure", "share")]
    return measures, labels


def _single_value(value: Any, name: str, zh: bool, hint: ChartHint | None) -> str:
    """One number: said with the measure's label when the engine gave one."""
    what = hint.measure_label if hint and hint.measure_label else name
    formatted = _fmt(value, name, hint)
    return f"{what}为 {formatted}。" if zh else f"{what}: {formatted}."


def _single_row(
    row: list[Any], names: list[str], measures: list[int], labels: list[int], zh: bool, hint: ChartHint | None
) -> str:
    """One row: its labels, then each measure with its value."""
    key = " / ".join(str(row[i]) for i in labels)
    parts = [f"{names[m]} {_fmt(row[m], names[m], hint)}" for m in measures]
    return f"{key}：{'，'.join(parts)}。" if zh else f"{key}: {', '.join(parts)}."


def _ranked(
    rows: list[list[Any]],
    names: list[str],
    key: int,
    measure: int,
    is_time: bool,
    zh: bool,
    hint: ChartHint | None,
    row_count: int,
) -> str:
    name = names[measure]
    valued = [r for r in rows if isinstance(r[measure], int | float)]
    if not valued:
        return f"共 {row_count:,} 行。" if zh else f"{row_count:,} rows."
    top = max(valued, key=lambda r: r[measure])
    low = min(valued, key=lambda r: r[measure])
    if is_time:
        first, last = rows[0], rows[-1]
        change = ""
        if (
            isinstance(first[measure], int | float)
            and isinstance(last[measure], int | float)
            and first[measure]
        ):
            pct = (last[measure] - first[measure]) / abs(first[measure])
            change = f"（{pct:+.1%}）" if zh else f" ({pct:+.1%})"
        if zh:
            return (
                f"{name}从 {first[key]} 的 {_fmt(first[measure], name, hint)} 变为 {last[key]} 的 "
                f"{_fmt(last[measure], name, hint)}{change}，"
                f"最高在 {top[key]}，为 {_fmt(top[measure], name, hint)}。"
            )
        return (
            f"{name} went from {_fmt(first[measure], name, hint)} in {first[key]} to "
            f"{_fmt(last[measure], name, hint)} in {last[key]}{change}; "
            f"peak {_fmt(top[measure], name, hint)} in {top[key]}."
        )
    if zh:
        text = f"{top[key]}最高，为 {_fmt(top[measure], name, hint)}"
        if len(valued) > 1:
            text += f"；{low[key]}最低，为 {_fmt(low[measure], name, hint)}"
        return text + f"（共 {row_count:,} 项）。"
    text = f"{top[key]} is highest at {_fmt(top[measure], name, hint)}"
    if len(valued) > 1:
        text += f"; {low[key]} is lowest at {_fmt(low[measure], name, hint)}"
    return text + f" ({row_count:,} groups)."
