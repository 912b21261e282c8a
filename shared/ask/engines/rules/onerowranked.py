"""A superlative said of one row, answered over groups: "which pollster ran the poll with the largest
sample" asks for the single largest row's pollster, not the pollster with the largest average; the
reading that ranks the groups by an aggregate answers another question (docs/engine.md, misreadings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Intent

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

WITH = ("with", "that had", "that has", "having")
ARTICLES = ("the", "a", "an", "its", "their")
ZH_ONE = ("那", "一", "次", "个", "条", "笔", "那次", "那个", "一次", "一个", "那一次", "那一个")


def one_row_ranked_as_groups(parser: ParserBase, intent: Intent) -> bool:
    """The rows' own noun, then "with (the)" and a superlative (the poll with the largest sample), or a
    superlative, 的 and the rows' noun (样本量最大的那次民调): one row is ranked, yet the reading groups
    and ranks the groups by an aggregate."""
    grouped = bool(intent.dimensions) and intent.limit is not None
    if not grouped or not any(m.agg in ("avg", "sum") for m in intent.measures):
        return False
    items = parser.items
    for pos, it in enumerate(items):
        if not (it.kind == "match" and it.has("sup")):
            continue
        k = pos - 1
        while k >= 0 and items[k].text in ARTICLES:
            k -= 1
        if k >= 1 and items[k].text in WITH and _rows_noun(parser, items[k - 1]):
            return True
        after = [x for x in items[pos + 1 : pos + 6] if x.text not in ZH_ONE][:2]
        if len(after) >= 2 and after[0].text == "的" and _rows_noun(parser, after[1]):
            return True
    return False


def _rows_noun(parser: ParserBase, it: object) -> bool:
    """The noun of the rows ranked: a strong link to the table the measure is read from, no column's."""
    links = getattr(it, "links", None) or []
    tables = [lk for lk in links if lk.kind == "table" and lk.score >= 0.9]
    columns = [lk for lk in links if lk.kind == "column" and lk.score >= 0.9]
    return bool(tables) and not columns
