"""Rows ranked by a column whose values repeat many times over: the first row kept is one of many ties.

打分最多的用户是哪位 read as the rows ranked by their score (0.5-5 in half steps over thousands of rows):
the top score is shared by thousands of rows, so the one row kept (and the user shown) is an arbitrary
pick among them. A cut at k rows through a column of so few values answers nothing the question asked;
the question most likely ranked groups by a count, so the reading is doubted.
"""

from __future__ import annotations

from collections.abc import Mapping

from shared.ask.engines.rules.intent import Intent
from shared.semantic.vocabulary.linktypes import ColumnInfo

REPEATS = 10  # each value held by ten rows or more on average: the top one is surely tied


def ranked_through_ties(intent: Intent, columns: Mapping[str, ColumnInfo], rows: int) -> bool:
    """ORDER BY a column LIMIT k over ungrouped rows, where the column has ten rows or more a value."""
    if intent.dimensions or intent.measures or not intent.limit or intent.time_grain:
        return False
    ranked = [o[1] for o in intent.order if o[0] == "column"]
    info = columns.get(str(ranked[0])) if ranked else None
    if info is None or not info.numeric or info.distinct <= 0:
        return False
    return info.distinct * REPEATS <= rows and intent.limit < rows
