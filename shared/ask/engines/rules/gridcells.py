"""Grid cells and members: a table whose rows are every combination of its category columns and its
periods (state x gender x status x quarter) holds cells, not things. A question about a member (states
with over 5000 people, men and women at the end of 2016, did A or B have more) asks about the member's
total over the cells the question leaves open, in one period: "states with over 5000 X" is GROUP BY state
HAVING SUM(X) > 5000, not the cells over 5000; "men and women" is SUM(X) per gender, not the cells listed.

Only a summable measure (a count, an amount) is totalled, and only within one period: a stock summed over
several periods is no figure (that question is left to the doubts, which ask back).
"""

from __future__ import annotations

import math
import re

from shared.ask.engines.rules.intent import Having, Intent, Measure, TimeRange
from shared.ask.engines.rules.measures import aggregation_said, name_words
from shared.ask.engines.rules.parsecommon import as_date, is_additive
from shared.ask.engines.rules.periodspan import data_step_days
from shared.semantic.vocabulary.linktypes import ColumnInfo, TableIndex

NUMBER_OPS = (">", ">=", "<", "<=", "between")


def grid_columns(table: TableIndex) -> list[ColumnInfo] | None:
    """The category and period columns whose distinct counts multiply to the row count (a full grid),
    at least two of them; None when the rows are no such grid."""
    cols = [
        c
        for c in table.columns.values()
        if c.role in ("dimension", "text", "bool", "time", "year") and 1 < c.distinct < table.row_count
    ]
    if len(cols) < 2 or not table.row_count:
        return None
    return cols if math.prod(c.distinct for c in cols) == table.row_count else None


def periods_in(tcol: ColumnInfo, rng: TimeRange | None) -> int:
    """How many of the data's periods a range holds (all of them without one)."""
    if rng is None:
        return tcol.distinct
    first, last = as_date(tcol.minimum), as_date(tcol.maximum)
    step = data_step_days(first, last, tcol.distinct)
    start = as_date(rng.start) if rng.start else first
    end = as_date(rng.end) if rng.end else last
    if step is None or start is None or end is None or first is None or last is None:
        return tcol.distinct
    # the data's dates are first + i * step (nearly: months and quarters differ in length)
    below = math.ceil((start - first).days / step - 0.1)
    upto = math.ceil((end - first).days / step - 0.1) - 1
    return max(0, min(upto, tcol.distinct - 1) - max(below, 0) + 1)


def _summable(intent: Intent, table: TableIndex) -> str | None:
    """The one additive measure the answer lists raw or compares with a number."""
    named = {m.column for m in intent.measures if m.agg == "none" and m.column}
    named |= {c for c in intent.columns if (info := table.columns.get(c)) is not None and info.numeric}
    named |= {f.column for f in intent.filters if f.source == "number" and f.op in NUMBER_OPS}
    infos = [table.columns.get(n) for n in named]
    if len(infos) != 1 or infos[0] is None or infos[0].role != "measure" or not counts_things(infos[0]):
        return None
    return infos[0].name


def counts_things(col: ColumnInfo) -> bool:
    """An additive measure, or whole numbers under a plural noun no aggregation word names (prisoners,
    employees, beds): a headcount of the cell, which adds up over the cells of one period."""
    if is_additive(col):
        return True
    words = name_words(col.name)
    plural = bool(words) and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss")
    return col.type == "integer" and plural and not aggregation_said(col.name)


def cells_to_members(intent: Intent, table: TableIndex) -> bool:
    """Rewrite a listing of a grid's cells into the members' totals (see the module); True when done."""
    if intent.dimensions or intent.time_grain or intent.compare or intent.share or intent.having:
        return False
    if any(m.agg != "none" for m in intent.measures) or intent.calendar:
        return False
    grid = grid_columns(table)
    measure = _summable(intent, table)
    if grid is None or measure is None:
        return False
    names = {c.name for c in grid}
    keys = [c for c in intent.columns if c in names]
    if not keys:  # did A or B have more: two values named of one column are its groups
        keys = [f.column for f in intent.filters if f.op == "in" and len(f.values) >= 2 and f.column in names]
    ranked_key = [o for o in intent.order if o[0] == "column" and o[1] in names and o[1] != measure]
    ranked_key = [] if keys else ranked_key
    if ranked_key:  # X by state, largest first: the sort word ranks the states' totals, not their names
        keys = [str(ranked_key[0][1])]
    others = [c for c in intent.columns if c not in names and c != measure]
    if not keys or others:
        return False
    pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    open_cells = 1
    for col in grid:
        if col.name in keys or col.name in pinned:
            continue
        if col.role == "time":
            if intent.time_range is None or intent.time_range.column != col.name:
                return False
            if periods_in(col, intent.time_range) != 1:
                return False  # a level over several periods: their sum is no figure
            continue
        if col.role == "year":
            return False
        open_cells *= col.distinct
    if open_cells <= 1 and not ranked_key:
        return False  # each member is one cell: its rows are its figures (a ranked one is summed alike)
    total = Measure("sum", measure)
    intent.dimensions = keys
    intent.columns = []
    intent.distinct = False
    intent.measures = [total]
    kept = []
    for f in intent.filters:
        if f.column == measure and f.source == "number" and f.op in NUMBER_OPS:
            intent.having.append(Having(total, f.op, f.values if f.op == "between" else f.values[0]))
        else:
            kept.append(f)
    intent.filters = kept
    if ranked_key:
        intent.order = [("measure", 0, ranked_key[0][2])]
    intent.order = [
        ("measure", 0, desc) if key == "column" and col == measure else (key, col, desc)
        for key, col, desc in intent.order
    ]
    return True


GRAIN_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
PEOPLE_COUNT_RE = re.compile(r"人数|多少人|几个?人|\bhow many people\b|\bnumber of people\b")


def _step(tcol: ColumnInfo) -> float | None:
    return data_step_days(as_date(tcol.minimum), as_date(tcol.maximum), tcol.distinct)


def periods_per_group(intent: Intent, grid: list[ColumnInfo]) -> int:
    """How many of the data's periods each answer group spans (1: the time pinned or grouped at the
    data's own step); 0 when the grid has no time column."""
    tcol = next((c for c in grid if c.role == "time"), None)
    if tcol is None:
        return 0
    if tcol.name in intent.dimensions:
        return 1
    step = _step(tcol)
    if intent.time_grain and step:
        return max(1, round(GRAIN_DAYS.get(intent.time_grain, 1) / step))
    return periods_in(
        tcol, intent.time_range if intent.time_range and intent.time_range.column == tcol.name else None
    )


def _cells_per_group(intent: Intent, grid: list[ColumnInfo]) -> int:
    """Cells of the grid each answer group holds, over the category columns (the time left aside)."""
    pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    grouped = set(intent.dimensions)
    return math.prod(
        c.distinct for c in grid if c.role not in ("time", "year") and c.name not in pinned | grouped
    )


def averages_of_totals(intent: Intent, table: TableIndex) -> str:
    """Average number of X per quarter / per state (平均每季度有多少): the mean of the groups' totals, one
    figure (`Intent.of_totals`), not the mean of the cells per group. "done" when rewritten, "doubt" when
    the cells were averaged and the rewrite does not fit (a level averaged per member over several
    periods), "" otherwise."""
    grid = grid_columns(table)
    averaged = [table.columns.get(m.column or "") for m in intent.measures if m.agg == "avg"]
    if grid is None or intent.of_totals or not any(c is not None and counts_things(c) for c in averaged):
        return ""
    periods = periods_per_group(intent, grid)
    cells = _cells_per_group(intent, grid)
    if cells * max(periods, 1) <= 1:
        return ""  # each group is one cell: the mean of cells is the mean of totals
    groups = len(intent.dimensions) + (1 if intent.time_grain else 0)
    plain = len(intent.measures) == 1 and not intent.columns and not intent.having and not intent.compare
    plain = plain and not intent.limit
    if groups == 1 and periods == 1 and plain and not intent.share:
        intent.of_totals = True
        intent.order = []
        return "done"
    return "doubt"


def people_summed(question: str, intent: Intent, table: TableIndex) -> bool:
    """人数 / how many people / how many <the headcount's own noun> over a grid: its rows are cells, not
    people; the people are its one headcount measure's total (在押人数 = SUM(prisoners)), within one
    period per group."""
    grid = grid_columns(table)
    counted = [i for i, m in enumerate(intent.measures) if m.agg == "count" and m.column is None]
    if grid is None or len(counted) != 1:
        return False
    heads = [c for c in table.columns.values() if c.role == "measure" and counts_things(c)]
    if len(heads) != 1 or periods_per_group(intent, grid) != 1:
        return False
    noun = name_words(heads[0].name)[-1]
    said = PEOPLE_COUNT_RE.search(question.lower()) or re.search(rf"\b{noun}\b", question.lower())
    if not said:
        return False
    intent.measures[counted[0]] = Measure("sum", heads[0].name)
    return True


def level_summed_over_periods(intent: Intent, table: TableIndex) -> bool:
    """A headcount (whole numbers under a plural noun no word says adds up: prisoners, employees) summed
    over several of the data's periods: a level held at each period, whose sum is no figure (people held
    in 2010 = the four quarters' sum?); the question is asked back."""
    grid = grid_columns(table)
    if grid is None or intent.of_totals:
        return False
    summed = [table.columns.get(m.column or "") for m in intent.measures if m.agg == "sum"]
    levels = [c for c in summed if c is not None and counts_things(c) and not is_additive(c)]
    return bool(levels) and periods_per_group(intent, grid) > 1


def headcounts_summed(intent: Intent, table: TableIndex, average_said: bool) -> bool:
    """A headcount the question names with no aggregation word (the most prisoners in December 2016,
    女性囚犯最多的4个州) adds up over a grid's cells of one period: SUM, not the default AVG of its cells."""
    grid = grid_columns(table)
    if grid is None or average_said or intent.of_totals or periods_per_group(intent, grid) != 1:
        return False
    changed = False
    for i, m in enumerate(intent.measures):
        col = table.columns.get(m.column or "")
        if m.agg == "avg" and col is not None and counts_things(col) and not col.aggregation:
            intent.measures[i] = Measure("sum", m.column)
            changed = True
    for i, h in enumerate(intent.having):
        col = table.columns.get(h.measure.column or "")
        if h.measure.agg == "avg" and col is not None and counts_things(col) and not col.aggregation:
            intent.having[i] = Having(Measure("sum", h.measure.column), h.op, h.value)
            changed = True
    return changed
