"""An average said and only a count read: the amount averaged is lost (one rule for both readings).

"Excellent的房子平均卖多少钱" answered with COUNT(*), "the highest average fare by zone" answered with a
count of rows per zone: the question says an average (a word of agg:avg) and every measure of the answer
counts rows (COUNT, COUNT DISTINCT), so the amount averaged is a word the reading never placed. The
reading is doubted (`answer_doubts` on one table, `joins_doubts` over a join).

The one-table reading has its words only as the question's text, so the word may have been read as
something other than the average, which loses nothing: a value held (a filter value that is the word), or
the column held to a threshold (人均GDP低于1000的国家有几个: the column per head). A HAVING, a share, or a
share of totals carry a figure of their own beside the count and are left alone. The joined reading has
the question's items, whose tags say where the average word went, so only the word tagged agg:avg counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from shared.ask.engines.rules.intent import Intent
from shared.ask.engines.rules.parsecommon import said_pattern
from shared.semantic.vocabulary import lexicon
from shared.semantic.vocabulary.linking import Item

AVERAGE_WORDS = tuple(lexicon.KEYWORDS.get("agg:avg", []))
ROW_COUNTS = ("count", "count_distinct")
THRESHOLD_OPS = ("<", "<=", ">", ">=", "between")


def only_counts(aggs: Iterable[Any]) -> bool:
    """Some measure, and every one of them counts rows."""
    found = list(aggs)
    return bool(found) and all(a in ROW_COUNTS for a in found)


def average_only_counted(question: str, intent: Intent) -> bool:
    """One table: an average said in the question and the answer only counts rows (no average anywhere,
    the word not read as a value or as the column held to a threshold)."""
    if intent.having or intent.of_totals or intent.share or not only_counts(m.agg for m in intent.measures):
        return False
    if any(f.op in THRESHOLD_OPS for f in intent.filters):
        return False  # 人均GDP低于1000的国家有几个: the word may name the column held to the threshold
    read_as_value = {str(v).lower() for f in intent.filters for v in f.values}
    said = said_pattern(AVERAGE_WORDS).search(question.lower()) is not None
    return said and not read_as_value & {w.lower() for w in AVERAGE_WORDS}


def average_said(items: list[Item]) -> bool:
    """A word of the question tagged as an average (agg:avg)."""
    return any(it.tag("agg") == "agg:avg" for it in items)


def average_counted(items: list[Item], final: dict[str, Any]) -> bool:
    """Over a join: an average said (its item tagged agg:avg) and the final reading only counts rows."""
    return average_said(items) and only_counts(m.get("agg") for m in final.get("measures") or [])
