"""Confidence of an answer over a joined view: the single-table evidence, re-weighed for the join.

The parser reads the joined view as one table and lowers its confidence for what it could not place
(`state["reasons"]`). Some of that the join layer resolves afterwards: "the owner with the most dogs"
is read as a listing with a dropped superlative, and `joins_refine` turns it into a count per owner
ranked by that count. Evidence that the final reading answers is given back; the rest stands, and the
ordinary bar (`CLARIFY_BELOW`) then decides between answering and asking back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import (
    DEFAULT_COUNT_DOUBT,
    DEFAULT_NAME_DOUBT,
    LEFTOVER_COLUMN_DOUBT,
    LEFTOVER_KEYWORD_DOUBT,
    MODE_CONFLICT_DOUBT,
    SUPERLATIVE_DROPPED_DOUBT,
)
from shared.semantic.vocabulary.linking import Item
from shared.semantic.vocabulary.spelling import american_text

# The rule engine's bar (engine.CLARIFY_BELOW; tests/engine/test_joins.py holds them equal).
CLARIFY_BELOW = 0.55
TOP = 0.9  # the parser's starting confidence: a refund never goes past it


def _ordered(it: Any) -> bool:
    """The final reading ranks: an order, a HAVING or a MAX/MIN; a LIMIT with no order is any N rows."""
    return bool(it.order or it.having) or any(m.agg in ("max", "min") for m in it.measures)


def _computed(it: Any) -> bool:
    return bool(it.measures) and not it.columns


def _summed(it: Any) -> bool:
    return bool(it.measures) and all(m.agg in ("sum", "avg") and m.column for m in it.measures)


# reason -> (what it cost, the final reading answers it)
RESOLVED: dict[str, tuple[float, Callable[[Any], bool]]] = {
    "superlative_dropped": (SUPERLATIVE_DROPPED_DOUBT, _ordered),
    "unused_keyword:group": (LEFTOVER_KEYWORD_DOUBT, lambda it: bool(it.dimensions)),
    "group_dropped": (MODE_CONFLICT_DOUBT, lambda it: bool(it.dimensions)),
    "unused_keyword:cmp": (LEFTOVER_KEYWORD_DOUBT, lambda it: bool(it.having)),
    "aggregate_listed": (MODE_CONFLICT_DOUBT, lambda it: bool(it.measures)),
    # 下单最多的客户: the view ordered by the order date, the join by a count per customer
    "ranked_by_date": (MODE_CONFLICT_DOUBT, lambda it: any(o[0] == "measure" for o in it.order)),
    # 至少做过两次治疗的专家: the number the view left unread is the join's count condition
    "number_unread": (MODE_CONFLICT_DOUBT, lambda it: any(h.measure.agg == "count" for h in it.having)),
    # SELECT disease WHERE disease = 'x' on the view, a total over the fact after the join: nothing is
    # listed, so nothing echoes its filter or falls back to a name column
    "echo": (MODE_CONFLICT_DOUBT, _computed),
    "default_name_column": (DEFAULT_NAME_DOUBT, _computed),
    # rows counted for "total cases" on the view, the fact's held counts summed after the join
    "default_count": (DEFAULT_COUNT_DOUBT, _summed),
    "amount_counted": (MODE_CONFLICT_DOUBT, _summed),
    # total cases over the view listed its ids for want of a column; the join sums the fact's amount
    "amount_as_ids": (MODE_CONFLICT_DOUBT, _summed),
}


def amounts_unanswered(items: list[Any], reasons: list[str], ans: EngineAnswer) -> list[str]:
    """The reasons less the counted-amount doubts when the final reading does not compute the total or
    average the question's words ask for ("average yearly cases" summed per year): those stand."""
    raw = (ans.state or {}).get("intent")
    done = {m.agg for m in Intent.from_dict(raw).measures} if raw else set()
    asked = {tag.split(":")[1] for it in items if (tag := it.tag("agg")) in ("agg:sum", "agg:avg")}
    if asked <= done:
        return reasons
    return [r for r in reasons if r not in ("amount_counted", "default_count")]


def _negated(it: Any) -> bool:
    return any(f.op in ("!=", "not_in", "not_like", "col!=") for f in it.filters)


# reason -> the final reading answers it; when it does not, a join makes the doubt a misreading: an unused
# comparison is a count per entity not understood ("teachers with at least two courses"), an unused
# negation rows without related rows ("customers who never ordered"), which the rules do not answer.
UNRESOLVED: dict[str, Callable[[Any], bool]] = {
    "unused_keyword:cmp": lambda it: bool(it.having) or any(f.source == "number" for f in it.filters),
    "unused_keyword:neg": _negated,
}
UNRESOLVED_DOUBT = MODE_CONFLICT_DOUBT - LEFTOVER_KEYWORD_DOUBT  # on top of what the parser took


def joined_confidence(
    ans: EngineAnswer, reasons: list[str], refined: bool, placed: int = 0, counts_keys: bool = False
) -> float:
    """The view's confidence with the doubts the refined reading resolved given back. `placed`: the
    parser's unused-column doubts that the final query answers (the column read after all, or the word
    naming a table the query joins): each is given back. `counts_keys`:
    the answer counts the distinct keys of the table the question counts."""
    conf = float(ans.confidence or 0.0) - float((ans.state or {}).get("shortfall") or 0.0)
    conf += LEFTOVER_COLUMN_DOUBT * max(0, min(placed, reasons.count("unused_column")))
    if counts_keys and "unknown_qualifier" in reasons:
        # "professionals who treated dogs": the word before the counted rows' noun is how they relate to
        # the fact's rows, which the join says (the distinct professionals of the treatments)
        conf += MODE_CONFLICT_DOUBT
    raw = (ans.state or {}).get("intent")
    intent = Intent.from_dict(raw) if raw else None
    if intent is not None and refined:
        for reason in set(reasons):
            cost, answered = RESOLVED.get(reason, (0.0, None))
            if answered is not None and answered(intent):
                conf += cost * reasons.count(reason)
    if intent is not None:
        conf -= sum(UNRESOLVED_DOUBT for r in set(reasons) if r in UNRESOLVED and not UNRESOLVED[r](intent))
    return min(conf, max(TOP, float(ans.confidence or 0.0)))


def one_table_confidence(ans: EngineAnswer) -> float:
    """A one-table answer on tables with relationships: a negation it leaves out may ask for rows without
    related rows ("客户 who never ordered"), which one table cannot answer."""
    raw = (ans.state or {}).get("intent")
    reasons = (ans.state or {}).get("reasons") or []
    conf = float(ans.confidence or 0.0)
    if raw and "unused_keyword:neg" in reasons and not _negated(Intent.from_dict(raw)):
        conf -= UNRESOLVED_DOUBT
    return conf


def rows_counted_by_a_gloss(items: list[Item], reasons: list[str], fact: str, strong: float) -> bool:
    """州生产总值 glossed (weakly) as the fact table `output` and its rows counted with no count word said:
    a word that names the rows only through a loose translation is more likely an amount of them."""
    if "default_count" not in reasons:
        return False
    scores = [lk.score for it in items for lk in it.links if lk.kind == "table" and lk.table == fact]
    return bool(scores) and max(scores) < strong


def counted_as_rows(table: Any, column: str, sql: str) -> bool:
    """ "the most languages" over a table keyed by (country, language): the query counts that table's rows,
    one per value of the word's column for each owner (the column is part of a composite primary key), so
    the word is what is counted, not a column left out."""
    keys = list(getattr(table, "primary_key", None) or [])
    if len(keys) < 2 or column not in keys:
        return False
    return "COUNT(*)" in sql and f'FROM "{table.name}" AS t0' in sql


BE = r"(?:was|were|is|are|been|being|got|get)"
CLAUSE_END = r"(?=\s*(?:[?.,;!()]|$|\b(?:in|on|at|by|during|from|to|before|after|and|or)\b))"


def predicate_unread(question: str, unknown: list[str], sql: str) -> bool:
    """ "How many X flights were cancelled?": a count of rows whose clause ends in a word not understood
    said as its predicate (after a verb "be") counts every row, the condition unapplied. A sum or a
    count of distinct things reads a relation verb (cases reported, languages spoken) through the join."""
    said = american_text(question)
    return "COUNT(*)" in sql and any(
        re.search(rf"\b{BE}\s+{re.escape(w)}\b{CLAUSE_END}", said, re.IGNORECASE)
        for w in unknown
        if w and " " not in w
    )
