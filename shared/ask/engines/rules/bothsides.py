"""Both sides of a yes/no asked at once: 涉及和不涉及X的, 是否 … 分别 (with and without). The answer is one
figure per side (a grouping by that column); a reading that keeps one side as a filter answers half.

The one home of the notion, at each stage of a reading: the flag clause reads "with and without X" and
both sides named or asked whether (`both_states_said`, `sides_grouped`) as a grouping, the finished reading
turns a flag's filter holding both values into one (`group_both_sides_of_a_flag`), and the doubts ask back
where a reading still keeps one side
(`one_side_of_both`, `one_side_of_whether`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import words
from shared.semantic.vocabulary.linktypes import Item

if TYPE_CHECKING:
    from shared.ask.engines.rules.parse_base import ParserBase

FLAG_ON_WORDS = frozenset(words("flag_on_words"))  # with and without X, 有和没有X

_BOTH_ZH = re.compile(r"([\u4e00-\u9fff]{1,4}?)(?:和|与|及|或|跟)(?:不|未|没有|没)\1")
# members vs non-members / smokers and non-smokers: a noun and its "non-" form
_BOTH_EN = re.compile(r"\b([a-z]{3,})\s+(?:vs\.?|versus|and|or|against)\s+non-?\s?\1\b")

# 按类型和是否完成 / by kind and whether finished: a grouping said over a yes/no ("whether X")
_BY_WHETHER = re.compile(r"按[^，,。？?；;]*?是否|\bby\b[^,.?;]*?\bwhether\b", re.IGNORECASE)


def both_states_said(items: list[Item], neg: int) -> bool:
    """ "with and without X" / 有和没有X: the negation before a flag (at `neg`) is the second of its two
    states joined by and / or, so both are asked, side by side."""
    if neg < 2 or not items[neg - 1].has("and", "or"):
        return False
    return items[neg - 2].text in FLAG_ON_WORDS


def sides_grouped(parser: ParserBase, pos: int, flag: str, off: bool) -> bool:
    """Both sides of the flag at pos asked, one group each: 按合同类型和是否流失 (whether, after a
    grouping word), 无纸化账单和纸质账单 (the other side named by its own word). Their words are read."""
    whether = _whether_grouped(parser, pos)
    if whether:
        parser.ps.used.update({pos, *whether})
        return True
    other = None if off else _other_side_named(parser, pos, flag)
    if other is not None:
        parser.ps.used.update(range(pos, other + 1))
    return other is not None


def _whether_grouped(parser: ParserBase, pos: int) -> set[int]:
    """是否 / whether right before a flag, after a grouping word (按 / by) in its clause: both sides are
    groups (按类型和是否完成统计). The positions of the whether word, else none."""
    flag = parser.original(parser.items[pos]).replace(" ", "")
    asked = f"是否{flag}" in parser.question.replace(" ", "") or f"whether {flag}" in parser.question.lower()
    said = {k for k in range(max(pos - 2, 0), pos) if parser.items[k].text in ("是", "否", "是否", "whether")}
    start, _end = parser.clause_of(pos)
    grouped = any(parser.kw_only(parser.items[k], "group") for k in range(start, min(said, default=pos)))
    return said if asked and said and grouped else set()


def _other_side_named(parser: ParserBase, pos: int, flag: str) -> int | None:
    """无纸化账单和纸质账单 / paperless and paper billing: the flag, and / 和, words no clause reads,
    then a word naming the flag's column only in part (its head noun): the other side is named by its
    own word, so both are asked, side by side. The position of that head noun, else None."""
    items = parser.items
    if pos + 3 >= len(items) or not items[pos + 1].has("and"):
        return None
    end = pos + 2
    while end < len(items) and items[end].kind == "word" and not items[end].tags:
        end += 1
    if end == pos + 2 or end >= len(items):
        return None
    said = [lk.score for lk in items[pos].links if lk.kind == "column" and lk.column == flag]
    head = [lk.score for lk in items[end].links if lk.kind == "column" and lk.column == flag]
    tail = items[end].text.replace(" ", "")  # 无纸化发票 … 纸质发票: the flag's own last word again
    again = len(tail) >= 2 and items[pos].text.replace(" ", "").endswith(tail)
    return end if said and (again or head and max(head) < max(said)) else None


def group_both_sides_of_a_flag(parser: ParserBase, intent: Intent) -> None:
    """离职和在职员工的平均年龄 / those who left versus those who stayed: a flag's yes and its no both
    named keep every row, so pooled they say nothing; a figure asked of them is one per side."""
    assert parser.table is not None
    if not intent.measures and not parser.ps.count_kw:
        return
    for f in list(intent.filters):
        info = parser.table.columns.get(f.column)
        if f.source != "bool" or info is None or f.op != "in":
            continue
        if {info.true_value, info.false_value} <= set(f.values) and f.column not in intent.dimensions:
            intent.filters.remove(f)
            intent.dimensions.append(f.column)
            parser.compares_values()  # versus / 相比 / 分别: read by the grouping


def one_side_of_whether(question: str, intent: Intent) -> bool:
    """按类型和是否完成统计 / counts by kind and whether finished: "whether X" after a grouping word asks one
    figure per side of X; a reading that keeps a single value of a column as a filter (and does not group
    by it) answers one side only."""
    one_side = any(
        f.op == "=" and len(f.values) == 1 and f.column not in intent.dimensions for f in intent.filters
    )
    return one_side and _BY_WHETHER.search(question) is not None  # the cheap condition first


def one_side_of_both(question: str, intent: Intent) -> bool:
    """A verb said with and without its negation (涉及和不涉及, 完成与未完成) while the reading filters a
    column whose name holds that verb to one value."""
    if not intent.filters:  # either side's reading needs a filter: no search needed
        return False
    m = _BOTH_ZH.search(question)
    if m is None:
        return _both_en(question, intent)
    verb = m.group(1)
    return any(verb in f.column for f in intent.filters) and not any(verb in d for d in intent.dimensions)


def _both_en(question: str, intent: Intent) -> bool:
    """members vs non-members: both sides of a yes/no, while the reading keeps one as a flag's filter."""
    if _BOTH_EN.search(question.lower()) is None:
        return False
    return any(f.source == "bool" and len(f.values) == 1 for f in intent.filters)
