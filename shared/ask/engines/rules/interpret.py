"""The interpretation line every answer carries, in the question's language, so a person can check it.

e.g. "按 省份 分组的 金额 合计；筛选：下单日期在 2024 年" /
"sum of amount by province; filter: order_date in 2024".
"""

from __future__ import annotations

from shared.ask.engines.rules.intent import Filter, Intent, Measure

AGG_ZH = {"sum": "合计", "avg": "平均值", "max": "最大值", "min": "最小值", "median": "中位数"}
AGG_EN = {"sum": "sum of", "avg": "average", "max": "maximum", "min": "minimum", "median": "median"}
GRAIN_ZH = {"year": "年", "quarter": "季度", "month": "月", "week": "周", "day": "天"}
OP_EN = {
    "=": "=",
    "!=": "≠",
    "in": "in",
    "not_in": "not in",
    ">": ">",
    ">=": "≥",
    "<": "<",
    "<=": "≤",
    "between": "between",
    "like": "contains",
    "not_like": "does not contain",
    "col!=": "≠",
}
OP_ZH = {
    "=": "=",
    "!=": "≠",
    "in": "属于",
    "not_in": "不属于",
    ">": ">",
    ">=": "≥",
    "<": "<",
    "<=": "≤",
    "between": "介于",
    "like": "包含",
    "not_like": "不包含",
    "col!=": "≠",
}


def measure_text(m: Measure, lang: str) -> str:
    if m.agg == "metric":
        return m.metric or ""
    if m.agg == "rate" and m.condition:
        cond = filter_text(Filter(**m.condition), lang)
        if lang == "zh":
            return f"{m.column} 中 {cond} 的占比" if m.column else f"{cond} 的占比"
        return f"share of {m.column} where {cond}" if m.column else f"share of rows where {cond}"
    if lang == "zh":
        if m.agg == "count":
            return "记录数"
        if m.agg == "count_distinct":
            return f"不同 {m.column} 的数量"
        if m.agg == "none":
            return str(m.column)
        return f"{m.column} {AGG_ZH.get(m.agg, m.agg)}"
    if m.agg == "count":
        return "number of rows"
    if m.agg == "count_distinct":
        return f"number of distinct {m.column}"
    return f"{AGG_EN.get(m.agg, m.agg)} {m.column}"


def filter_text(f: Filter, lang: str) -> str:
    vals = [str(v).strip("%") for v in f.values]
    ops = OP_ZH if lang == "zh" else OP_EN
    if f.source == "month":
        return (
            f"{f.column}（每年{vals[0]}月）"
            if lang == "zh"
            else f"{f.column} (month {vals[0]} of every year)"
        )
    if f.op == "between":
        return f"{f.column} {ops['between']} {vals[0]} {'和' if lang == 'zh' else 'and'} {vals[1]}"
    if f.op in ("in", "not_in"):
        return f"{f.column} {ops[f.op]} ({'、'.join(vals) if lang == 'zh' else ', '.join(vals)})"
    return f"{f.column} {ops.get(f.op, f.op)} {vals[0] if vals else ''}"


def _groups(intent: Intent, zh: bool) -> list[str]:
    groups = list(intent.dimensions)
    if intent.time_grain:
        groups.insert(
            0,
            f"{intent.time_column}（{GRAIN_ZH[intent.time_grain]}）"
            if zh
            else f"{intent.time_column} ({intent.time_grain})",
        )
    return groups


def _head(intent: Intent, lang: str) -> str:
    """The measures and groups, then the listed columns."""
    zh = lang == "zh"
    sep = "，" if zh else ", "
    measures = sep.join(measure_text(m, lang) for m in intent.measures)
    groups = _groups(intent, zh)
    if groups and not measures:  # groups named by a HAVING condition alone
        head = ("列出 " if zh else "list ") + ("、" if zh else ", ").join(groups)
    elif zh:
        head = f"按 {'、'.join(groups)} 分组的 {measures}" if groups else (measures or "")
    else:
        head = f"{measures} by {', '.join(groups)}" if groups else measures
    if intent.columns:
        if zh:
            head = (head + "；" if head else "") + (
                "列出 " + ("不重复的 " if intent.distinct else "") + "、".join(intent.columns)
            )
        else:
            head = (head + "; " if head else "") + (
                "list " + ("distinct " if intent.distinct else "") + ", ".join(intent.columns)
            )
    return head


def _conditions(intent: Intent, lang: str) -> str:
    """The filters, time range and HAVING conditions, or "" when there are none."""
    zh = lang == "zh"
    sep = "，" if zh else ", "
    conds = [filter_text(f, lang) for f in intent.filters]
    if intent.time_range:
        tr = intent.time_range
        conds.append(f"{tr.column}在 {tr.label}" if zh else f"{tr.column} in {tr.label}")
    for h in intent.having:
        conds.append(f"{measure_text(h.measure, lang)} {h.op} {h.value}")
    if not conds:
        return ""
    joiner = " 或 " if intent.filter_logic == "or" and zh else " or " if intent.filter_logic == "or" else sep
    return ("筛选：" if zh else "filter: ") + joiner.join(conds)


def _comparison(intent: Intent, lang: str) -> str:
    c = intent.compare
    if c is None:
        return ""
    if lang == "zh":
        kind = "同比" if c.kind == "yoy" else "环比"
        return f"{c.current_label} 对比 {c.previous_label}（{kind}），及变化率（{c.column}）"
    kind = "year over year" if c.kind == "yoy" else "period over period"
    return f"{c.current_label} vs {c.previous_label} ({kind}) and the change ratio ({c.column})"


def _ordering(intent: Intent, lang: str) -> str:
    if not intent.order:
        return ""
    kind, target, desc = intent.order[0]
    if kind == "measure" and isinstance(target, int) and target < len(intent.measures):
        key = measure_text(intent.measures[target], lang)
    elif kind == "time":
        key = str(intent.time_column)
    else:
        key = str(target)
    if lang == "zh":
        text = f"按 {key} {'降序' if desc else '升序'}"
        if intent.limit:
            text += f"，取前 {intent.limit} 条"
    else:
        text = f"sorted by {key} {'descending' if desc else 'ascending'}"
        if intent.limit:
            text += f", top {intent.limit}"
    return text


NOTE_TEXTS = {  # a note's kind: its text (zh, en) around what follows the colon
    "latest": ("未指明时间，取数据最新的 {}", "no period named: the data's latest, {}"),
    "anchor": ("相对时间以数据最新日期 {} 为准", "relative dates counted from the data's latest date {}"),
}


def _note_texts(notes: list[str], zh: bool) -> list[str]:
    texts = []
    for note in notes:
        kind, colon, said = note.partition(":")
        if colon and kind in NOTE_TEXTS:
            texts.append(NOTE_TEXTS[kind][0 if zh else 1].format(said))
    return texts


def interpretation(intent: Intent, lang: str, notes: list[str] | None = None) -> str:
    """One line: measure, grouping, filters, time range, order and limit."""
    zh = lang == "zh"
    parts = [
        _head(intent, lang),
        _conditions(intent, lang),
        _comparison(intent, lang),
        _ordering(intent, lang),
        *_note_texts(notes or [], zh),
    ]
    return ("；" if zh else "; ").join(p for p in parts if p)
