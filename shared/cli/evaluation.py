"""Execution-accuracy judging of one answer against the gold result (rules in shared/eval/README.md).

Pure functions, no I/O: the offline bench and the HTTP `chatbi eval` harness both call `judge`,
so an answer is judged the same way wherever it was produced.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

SIGNIFICANT_DIGITS = 4
# The words an upload loads as a boolean (shared.datasets.infer): a gold 'Yes' is the answer's stored 1.
BOOLEAN_WORDS = {"true": 1, "yes": 1, "false": 0, "no": 0}


def normalise_value(value: Any) -> Any:
    """One comparable form per value: 3 == 3.0, floats to 4 significant digits, trimmed text, bools 0/1
    (and the words yes / no, true / false, which the upload stores as booleans)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer() and abs(value) < 1e15:
            return int(value)
        rounded = float(f"{value:.{SIGNIFICANT_DIGITS}g}")
        return int(rounded) if rounded.is_integer() else rounded
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        return BOOLEAN_WORDS.get(value.strip().lower(), value.strip())
    return str(value).strip()


def _sort_key(value: Any) -> tuple[int, Any]:
    """Orders mixed-type values deterministically (None < numbers < strings)."""
    if value is None:
        return (0, 0)
    if isinstance(value, int | float):
        return (1, value)
    return (2, str(value))


def _column(rows: Sequence[Sequence[Any]], index: int) -> list[Any]:
    return [row[index] if index < len(row) else None for row in rows]


def _same_values(gold: list[Any], answer: list[Any], ordered: bool) -> bool:
    if ordered:
        return gold == answer
    return Counter(map(_hashable, gold)) == Counter(map(_hashable, answer))


def _hashable(value: Any) -> Any:
    return _sort_key(value)


def _rows_match(gold_rows: list[tuple[Any, ...]], answer_rows: list[tuple[Any, ...]], ordered: bool) -> bool:
    if ordered:
        return gold_rows == answer_rows
    key = lambda row: tuple(_sort_key(v) for v in row)  # noqa: E731
    return Counter(map(key, gold_rows)) == Counter(map(key, answer_rows))


def judge(
    gold_columns: Sequence[str],
    gold_rows: Sequence[Sequence[Any]],
    answer_columns: Sequence[str],
    answer_rows: Sequence[Sequence[Any]],
    ordered: bool = False,
    compare: Sequence[int] | None = None,
    pct: bool = False,
) -> bool:
    """True when every required gold column matches a distinct answer column and the rows agree.

    Extra answer columns are allowed (a top-N answer may also show its measure). Columns are matched
    by their values, not their names, since a person may name them anything. `pct` (a line tagged
    pct): a ratio also counts when given as a percentage, or the other way round (0.072 or 7.2).
    """
    if _judge_rows(gold_columns, gold_rows, answer_columns, answer_rows, ordered, compare):
        return True
    return pct and any(
        _judge_rows(gold_columns, gold_rows, answer_columns, _scaled(answer_rows, f), ordered, compare)
        for f in (100.0, 0.01)
    )


def _scaled(rows: Sequence[Sequence[Any]], factor: float) -> list[tuple[Any, ...]]:
    """The ratios of the rows as percentages (or back): fractional figures only, so a whole-number key
    beside them (a year, a grade) stays the key it is."""
    return [tuple(v * factor if isinstance(v, float) else v for v in row) for row in rows]


def _judge_rows(
    gold_columns: Sequence[str],
    gold_rows: Sequence[Sequence[Any]],
    answer_columns: Sequence[str],
    answer_rows: Sequence[Sequence[Any]],
    ordered: bool,
    compare: Sequence[int] | None,
) -> bool:
    gold = [tuple(normalise_value(v) for v in row) for row in gold_rows]
    answer = [tuple(normalise_value(v) for v in row) for row in answer_rows]
    if len(gold) != len(answer):
        return False
    width_gold = max([len(gold_columns)] + [len(r) for r in gold])
    width_answer = max([len(answer_columns)] + [len(r) for r in answer])
    required = list(compare) if compare is not None else list(range(width_gold))
    if not required:
        return True
    # Candidate answer columns for each required gold column, judged column by column first.
    candidates: list[list[int]] = []
    for g in required:
        gold_col = _column(gold, g)
        options = [a for a in range(width_answer) if _same_values(gold_col, _column(answer, a), ordered)]
        if not options:
            return False
        candidates.append(options)
    gold_projection = [tuple(row[g] if g < len(row) else None for g in required) for row in gold]
    return _assign(candidates, 0, [], gold_projection, answer, ordered)


def _assign(
    candidates: list[list[int]],
    position: int,
    chosen: list[int],
    gold_projection: list[tuple[Any, ...]],
    answer: list[tuple[Any, ...]],
    ordered: bool,
) -> bool:
    """Backtracks over distinct answer-column assignments until the joint rows agree."""
    if position == len(candidates):
        projected = [tuple(row[a] if a < len(row) else None for a in chosen) for row in answer]
        return _rows_match(gold_projection, projected, ordered)
    for option in candidates[position]:
        if option in chosen:
            continue
        if _assign(candidates, position + 1, [*chosen, option], gold_projection, answer, ordered):
            return True
    return False
