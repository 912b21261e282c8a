"""The messages of a join the rules cannot answer: no path or more than one between the tables named, or a
named table the joined query leaves out. Each asks back instead of answering part of the question."""

from __future__ import annotations

from shared.ask.engines.base import EngineAnswer, EngineRequest
from shared.ask.engines.rules.clarify import MAX_LISTED_VALUES
from shared.ask.engines.rules.joins_plan import Plan
from shared.ask.engines.rules.unknown_values import category_columns, value_like_columns
from shared.semantic.vocabulary.linking import SchemaIndex
from shared.semantic.vocabulary.segment import detect_lang


def clarify_unused(request: EngineRequest, words: list[str], tables: list[str]) -> EngineAnswer:
    """The joined answer leaves out a table the question names: ask rather than answer part of it."""
    lang = detect_lang(request.question)
    if lang == "zh":
        listed = "、".join(f"“{w}”" for w in words)
        message = f"没能把{listed}用进查询（查询只涉及 {'、'.join(tables)}）。请换个说法，或指明对应的字段。"
    else:
        listed = ", ".join(f"'{w}'" for w in words)
        message = (
            f"I could not use {listed} in the query (it only reads {', '.join(tables)}). "
            "Rephrase, or name the column you mean."
        )
    return EngineAnswer(status="clarify", engine="rules", lang=lang, message=message, confidence=0.0)  # type: ignore[arg-type]


def clarify_plan(p: Plan, request: EngineRequest) -> EngineAnswer:
    lang = detect_lang(request.question)
    zh = lang == "zh"
    tables = ("、" if zh else ", ").join(p.tables)
    if p.problem == "ambiguous":
        cands = ("；" if zh else "; ").join(p.candidates)
        message = (
            f"问题涉及 {tables}，它们之间有不止一种关联方式：{cands}。请说明按哪一种关联。"
            if zh
            else f"The question involves {tables}, which can be joined in more than one way: {cands}. "
            "Say which one you mean."
        )
    else:
        message = (
            f"问题涉及 {tables}，但这些表之间没有已知的关联，无法一起回答。"
            "可以在语义层（/semantic）中添加关联，或分别提问。"
            if zh
            else f"The question involves {tables}, but no relationship links these tables, so they cannot be "
            "answered together. Add a relationship in the semantic layer (/semantic), or ask about one table."
        )
    return EngineAnswer(status="clarify", engine="rules", lang=lang, message=message, confidence=0.0)  # type: ignore[arg-type]


def values_offered(words: list[str], index: SchemaIndex, tables: set[str], lang: str) -> str:
    """The values of the joined tables' category column that a word not understood resembles (late ~
    loan_status 'Late (16-30 days)'), offered to pick from; empty when none does."""
    for word in words:
        for table in sorted(tables):
            info = index.tables.get(table)
            columns = category_columns(list(info.columns.values()), set()) if info is not None else []
            for column, _held in value_like_columns(word, columns):
                listed = [str(v) for v in column.values[:MAX_LISTED_VALUES]]
                if lang == "zh":
                    return f"{column.name}的取值有：{'、'.join(listed)}，你指的是哪一个？"
                return f" The values of {column.name} are: {', '.join(listed)}. Which one do you mean?"
    return ""
