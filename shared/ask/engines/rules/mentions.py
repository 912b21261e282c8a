"""Typed mentions: what each recognised span of a question is (issue 10 §3).

measure, metric, dimension, value, entity (the table's own noun), time, number, keyword, word (not
understood). A value followed by its own column's noun (华东大区, 广东省, NY state, the East region) is ONE
value mention. `asked_mode` reads the decision table of docs/engine.md from the mentions alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from shared.ask.engines.rules.intent import Mode

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

MentionKind = Literal[
    "measure", "metric", "dimension", "value", "entity", "time", "number", "keyword", "word"
]
AGGREGATE_TAGS = ("agg", "count", "count_distinct", "share", "rate", "group")
RANK_TAGS = ("sup", "limit_word")
DETAIL_TAGS = ("list", "which", "who")


@dataclass(frozen=True)
class Mention:
    kind: MentionKind
    text: str
    start: int  # first item position
    end: int  # last item position, inclusive
    column: str | None = None
    value: Any = None
    tags: tuple[str, ...] = ()


def _value_mention(parser: ParserBase, pos: int) -> Mention:
    """A value, with its own column's noun right after it (华东大区 / NY state) as part of it."""
    items = parser.items
    it = items[pos]
    links = parser.values(it)
    column = links[0].column if links else None
    end = pos
    if pos + 1 < len(items) and column is not None:
        noun = parser.col(items[pos + 1]) if items[pos + 1].kind == "match" else None
        if noun is not None and noun.name == column:
            end = pos + 1  # 华东大区 / NY state: the column noun belongs to the value
    return Mention("value", parser.original(it), pos, end, column, links[0].value if links else None)


def _match_mention(parser: ParserBase, pos: int) -> Mention | None:
    """A matched span: a metric, the table's own noun, a column, or a grammar keyword."""
    it = parser.items[pos]
    tags = tuple(it.tags)
    if parser.metric_measure(it) is not None:
        return Mention("metric", it.text, pos, pos, tags=tags)
    if parser.is_table(it):
        return Mention("entity", it.text, pos, pos, tags=tags)
    info = parser.col(it)
    if info is not None:
        kind: MentionKind = "measure" if info.numeric and info.role == "measure" else "dimension"
        return Mention(kind, it.text, pos, pos, info.name, tags=tags)
    if tags:
        return Mention("keyword", it.text, pos, pos, tags=tags)
    return None


def mentions(parser: ParserBase) -> list[Mention]:
    assert parser.table is not None
    found: list[Mention] = []
    skip = -1
    for pos, it in enumerate(parser.items):
        if pos <= skip or it.kind == "punct" or parser.is_filler(it):
            continue
        mention: Mention | None = None
        if it.kind == "time":
            mention = Mention("time", it.text, pos, pos, value=it.value)
        elif it.kind == "num":
            mention = Mention("number", it.text, pos, pos, value=it.value)
        elif it.kind == "quote" or (parser.values(it) and parser.col(it) is None and not it.tags):
            mention = _value_mention(parser, pos)
            skip = mention.end
        elif it.kind == "match":
            mention = _match_mention(parser, pos)
        elif it.kind == "word":
            mention = Mention("word", it.text, pos, pos)
        if mention is not None:
            found.append(mention)
    return found


def _has(m: Mention, prefixes: tuple[str, ...]) -> bool:
    return any(t == p or t.startswith(p + ":") for t in m.tags for p in prefixes)


def asked_mode(found: list[Mention]) -> Mode:
    """The decision table (docs/engine.md): RANK, AGGREGATE, DETAIL, else CLARIFY."""
    keywords = [m for m in found if m.kind == "keyword"]
    things = [m for m in found if m.kind in ("entity", "dimension", "measure", "metric")]
    if any(_has(m, RANK_TAGS) for m in keywords) and things:
        return "rank"
    if any(m.kind == "metric" for m in found) or any(_has(m, AGGREGATE_TAGS) for m in keywords):
        return "aggregate"
    if any(_has(m, DETAIL_TAGS) for m in keywords) or any(m.kind in ("entity", "dimension") for m in found):
        return "detail"
    if any(m.kind == "measure" for m in found):
        return "aggregate"  # 2024年广东省的销售额: an amount named with filters is its total
    return "clarify"
