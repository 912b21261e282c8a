"""Clarify messages: say what was not understood and what the data does offer, in the question's language."""

from __future__ import annotations

from shared.engines.rules.linking import SchemaIndex, TableIndex

MAX_LISTED_VALUES = 12


def offer(table: TableIndex, lang: str) -> str:
    """The measures and dimensions a person can ask about."""
    measures = [c.name for c in table.columns.values() if c.role == "measure"][:8]
    dims = [c.name for c in table.columns.values() if c.role in ("dimension", "bool", "year")][:8]
    times = [c.name for c in table.columns.values() if c.role == "time"][:3]
    if lang == "zh":
        parts = [f"表 {table.name} 可以问："]
        if measures:
            parts.append("度量 " + "、".join(measures))
        if dims:
            parts.append("维度 " + "、".join(dims))
        if times:
            parts.append("时间 " + "、".join(times))
        return parts[0] + "；".join(parts[1:]) + "。"
    parts = [f"Table {table.name} has"]
    if measures:
        parts.append("measures: " + ", ".join(measures))
    if dims:
        parts.append("dimensions: " + ", ".join(dims))
    if times:
        parts.append("dates: " + ", ".join(times))
    return parts[0] + " " + "; ".join(parts[1:]) + "."


def clarify_message(
    problem: str, unknown: list[str], table: TableIndex | None, index: SchemaIndex, lang: str
) -> str:
    """Why the engine is asking back, and what it can answer instead."""
    zh = lang == "zh"
    if table is None:
        names = "、".join(index.tables) if zh else ", ".join(index.tables)
        return (
            f"没能确定问题针对哪张表。可选的表：{names}。请在问题中提到表名或其中的字段。"
            if zh
            else f"I could not tell which table the question is about. Tables: {names}. "
            "Mention the table or one of its columns."
        )
    words = "、".join(f"“{w}”" for w in unknown) if zh else ", ".join(f"'{w}'" for w in unknown)
    if problem.startswith("measure") or problem.startswith("number"):
        head = (
            f"数据中没有找到{words}对应的字段，无法计算。"
            if zh and unknown
            else "没有找到要计算的字段。"
            if zh
            else f"The data has no column for {words}, so I cannot compute it. "
            if unknown
            else "I could not find the column to compute. "
        )
    elif problem.startswith("value:"):
        head = (
            f"数据中没有找到值{words}，请检查拼写或换一种写法（例如数据里的原文）。"
            if zh
            else f"No row holds the value {words}; check the spelling or use the data's own wording. "
        )
    elif problem.startswith("unheld:"):
        return unheld_value_message(problem.split(":", 1)[1], unknown, table, lang)
    elif problem == "unsupported":
        head = (
            "这个数据库不支持该计算（例如中位数）。"
            if zh
            else "This database cannot compute that (e.g. a median). "
        )
    else:
        head = (
            f"没能理解这个问题{('（不认识：' + words + '）') if unknown else ''}。"
            if zh
            else f"I did not understand the question{(' (unknown: ' + words + ')') if unknown else ''}. "
        )
    return head + offer(table, lang)


def unheld_value_message(column: str, unknown: list[str], table: TableIndex, lang: str) -> str:
    """线上渠道 where 渠道 holds only 线下/小程序/App: name the missing value and the ones that exist."""
    info = table.columns.get(column)
    values = [str(v) for v in (info.values if info else [])]
    shown = values[:MAX_LISTED_VALUES]
    more = len(values) > len(shown)
    word = unknown[0] if unknown else ""
    if lang == "zh":
        listed = "、".join(shown) + ("等" if more else "")
        return f"没有找到{column}为“{word}”的数据；{column}的取值有：{listed}。"
    listed = ", ".join(shown) + (", ..." if more else "")
    return f"No row has {column} '{word}'; the values of {column} are: {listed}."
