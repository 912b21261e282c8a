"""Clarify messages: say what was not understood and what the data does offer, in the question's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.semantic.vocabulary.linking import ColumnInfo, Item, SchemaIndex, TableIndex

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse import Parser

MAX_LISTED_VALUES = 12


def offer(table: TableIndex, lang: str) -> str:
    """The measures and dimensions a person can ask about."""
    measures = [c.name for c in table.columns.values() if c.role == "measure"][:8]
    dims = [c.name for c in table.columns.values() if c.role in ("dimension", "bool", "year")][:8]
    times = [c.name for c in table.columns.values() if c.role == "time"][:3]
    zh = lang == "zh"
    labels = ("度量 ", "维度 ", "时间 ") if zh else ("measures: ", "dimensions: ", "dates: ")
    comma = "、" if zh else ", "
    named = zip(labels, (measures, dims, times), strict=True)
    parts = [label + comma.join(names) for label, names in named if names]
    if zh:
        return f"表 {table.name} 可以问：" + "；".join(parts) + "。"
    return f"Table {table.name} has " + "; ".join(parts) + "."


def clarify_message(
    problem: str, unknown: list[str], table: TableIndex | None, index: SchemaIndex, lang: str
) -> str:
    """Why the engine is asking back, and what it can answer instead."""
    zh = lang == "zh"
    if table is None:
        return _no_table_message(index, zh)
    words = "、".join(f"“{w}”" for w in unknown) if zh else ", ".join(f"'{w}'" for w in unknown)
    if problem.startswith("measure") or problem.startswith("number"):
        head = _no_measure_head(words, unknown, zh)
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


def _no_table_message(index: SchemaIndex, zh: bool) -> str:
    """No table fits the question: name the tables there are."""
    names = "、".join(index.tables) if zh else ", ".join(index.tables)
    return (
        f"没能确定问题针对哪张表。可选的表：{names}。请在问题中提到表名或其中的字段。"
        if zh
        else f"I could not tell which table the question is about. Tables: {names}. "
        "Mention the table or one of its columns."
    )


def _no_measure_head(words: str, unknown: list[str], zh: bool) -> str:
    """Nothing to compute: the words that named no column, if any."""
    return (
        f"数据中没有找到{words}对应的字段，无法计算。"
        if zh and unknown
        else "没有找到要计算的字段。"
        if zh
        else f"The data has no column for {words}, so I cannot compute it. "
        if unknown
        else "I could not find the column to compute. "
    )


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


def other_table_message(words: list[tuple[str, str]], table: TableIndex | None, lang: str) -> str:
    """有多少宠物的主人住在… over pets: the question names another table, which this answer cannot read."""
    here = table.name if table else ""
    shown = words[:4]
    if lang == "zh":
        listed = "、".join(f"“{w}”（表 {t}）" for w, t in shown)
        return (
            f"问题中的{listed}不在表 {here} 中，需要关联多张表才能回答。"
            "请只问一张表的内容，或指明要用的字段。"
        )
    listed = ", ".join(f"'{w}' (table {t})" for w, t in shown)
    return (
        f"The question names {listed}, which table {here} does not hold: answering needs several tables. "
        "Ask about one table, or name the columns to use."
    )


def low_confidence_message(unknown: list[str], parser: Parser, lang: str) -> str:
    """没理解“作废”。订单状态的取值有：已完成、已取消…，你指的是哪一个？ (or what the table offers)."""
    table = parser.table
    assert table is not None
    zh = lang == "zh"
    if not unknown:
        head = (
            "不确定这样理解是否正确，请换一种说法或指明要用的字段。"
            if zh
            else ("I am not sure I read the question right; please rephrase or name the columns to use. ")
        )
        return head + offer(table, lang)
    words = "、".join(f"“{w}”" for w in unknown) if zh else ", ".join(f"'{w}'" for w in unknown)
    column = None if _names_a_measure(unknown[0], parser) else likely_column(unknown[0], parser)
    if column is not None:
        values = [str(v) for v in column.values[:MAX_LISTED_VALUES]]
        more = len(column.values) > len(values)
        if zh:
            listed = "、".join(values) + ("等" if more else "")
            return f"没理解{words}。{column.name}的取值有：{listed}，你指的是哪一个？"
        listed = ", ".join(values) + (", ..." if more else "")
        return (
            f"I did not understand {words}. The values of {column.name} are: {listed}. Which one do you mean?"
        )
    head = f"没理解{words}。" if zh else f"I did not understand {words}. "
    return head + offer(table, lang)


def _names_a_measure(word: str, parser: Parser) -> bool:
    """失业率 / the highest emissions / 预期寿命超过80: the word not understood is what a rate, superlative,
    aggregate or comparison measures, so the table's measures are the useful offer, not a column's values."""
    key = word.replace(" ", "").lower()
    items = parser.items
    for pos, it in enumerate(items):
        if it.kind != "word" or it.text.lower() not in key:
            continue
        for near in (pos - 1, pos + 1):
            nxt = items[near] if 0 <= near < len(items) else None
            if nxt is not None and nxt.has("rate", "sup", "agg", "cmp") and not nxt.links:
                return not nxt.has("cmp:eq")
    return False


def likely_column(word: str, parser: Parser) -> ColumnInfo | None:
    """The text column a not-understood word most likely names a value of: the column holding values the
    word resembles (renter ~ RENT), the column named next to it (not a key), else the only category
    column, else the fullest small one (a status)."""
    table = parser.table
    assert table is not None
    resembled = parser.value_like(word)
    if resembled:
        return resembled[0][0]
    named = _column_named_next_to(word, parser)
    if named is not None:
        return named
    listed = [
        c
        for c in table.columns.values()
        if c.role in ("dimension", "bool", "text") and c.values and not c.numeric and not c.unique
    ]
    if len(listed) == 1:
        return listed[0]
    # several: a status-like column (few values, all listed) is what an unknown adjective most often means
    small = [c for c in listed if len(c.values) >= c.distinct and c.distinct <= MAX_LISTED_VALUES]
    return max(small, key=lambda c: (_status_like(c.name), c.distinct)) if small else None


def _column_named_next_to(word: str, parser: Parser) -> ColumnInfo | None:
    """The value column (not a key) strongly named up to two words before or after the word."""
    items = parser.items
    key = word.replace(" ", "").lower()
    for pos, it in enumerate(items):
        if key not in it.text.replace(" ", "").lower():
            continue
        for near in (pos + 1, pos - 1, pos + 2, pos - 2):
            if 0 <= near < len(items):
                info = _strong_value_column(items[near], parser)
                if info is not None:
                    return info
    return None


def _strong_value_column(item: Item, parser: Parser) -> ColumnInfo | None:
    """The text column with values the item names outright, else None."""
    info = parser.col(item)
    link = parser.col_link(item)
    strong = link is not None and link.score >= 0.9  # "orders" only partly names 订单号
    if info is not None and strong and info.values and not info.numeric and info.role != "id":
        return info
    return None


STATUS_WORDS = ("status", "state", "stage", "状态", "阶段", "类型", "type")


def _status_like(name: str) -> bool:
    low = name.lower()
    return any(w in low for w in STATUS_WORDS)


def followup_after_asked_back_message(lang: str) -> str:
    if lang == "zh":
        return "上一个问题还没有得到回答，这句追问不知道要改哪个问题。请把问题完整地再问一次。"
    return (
        "The question before was asked back, not answered, so it is unclear which question this "
        "follow-up edits. Please ask it in full."
    )


def followup_lost_message(lang: str) -> str:
    if lang == "zh":
        return "这句追问没能接上一个问题的条件，回答会变成另一个问题。请把问题完整地再问一次。"
    return (
        "This follow-up could not be applied to the previous question: the answer would drop its "
        "conditions. Please ask it in full."
    )
