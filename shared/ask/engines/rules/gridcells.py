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

from shared.ask.engines.rules.intent import Filter, Having, Intent, Measure, TimeRange
from shared.ask.engines.rules.measures import aggregation_said, count_column, name_words
from shared.ask.engines.rules.parsecommon import as_date, is_additive
from shared.ask.engines.rules.periodspan import data_step_days
from shared.semantic.vocabulary.grain import periodic
from shared.semantic.vocabulary.linktypes import ColumnInfo, TableIndex

NUMBER_OPS = (">", ">=", "<", "<=", "between")


def grid_columns(table: TableIndex) -> list[ColumnInfo] | None:
    """The grain's axes (`Grain.axes`: categories and periods that repeat) when their distinct counts
    multiply to the row count (a full grid), or to more than it in a table of cells holding a count column
    (a sparse grid: some combinations hold no row; a star join's view); None when the rows are no grid."""
    if "grid_columns" not in table.memo:  # the table's own: found once, not per question
        grain = table.grain
        sparse = grain.sparse and any(count_column(c) for c in table.columns.values())
        table.memo["grid_columns"] = [table.columns[c] for c in grain.axes] if grain.full or sparse else None
    axes = table.memo["grid_columns"]
    return None if axes is None else list(axes)


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


def _listing(intent: Intent) -> bool:
    """Rows listed: no group, grain, comparison, share, HAVING or aggregate."""
    grouped = intent.dimensions or intent.time_grain or intent.compare or intent.share or intent.having
    return not grouped and not intent.calendar and all(m.agg == "none" for m in intent.measures)


def _member_keys(intent: Intent, names: set[str], measure: str) -> tuple[list[str], bool | None]:
    """The categories the answer is about: shown, two values named (did A or B have more), or ranked by a
    sort word (X by state, largest first: the states' totals ranked, not their names; its direction)."""
    keys = [c for c in intent.columns if c in names]
    if not keys:
        keys = [f.column for f in intent.filters if f.op == "in" and len(f.values) >= 2 and f.column in names]
    if keys:
        return keys, None
    ranked = [o for o in intent.order if o[0] == "column" and o[1] in names and o[1] != measure]
    return ([str(ranked[0][1])], bool(ranked[0][2])) if ranked else ([], None)


def _open_cells(intent: Intent, grid: list[ColumnInfo], keys: list[str]) -> int | None:
    """Cells per member in one period; None when the time is not one of the data's periods (a level over
    several periods: their sum is no figure)."""
    pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    cells = 1
    for col in grid:
        if col.name in keys or col.name in pinned:
            continue
        if col.role == "time":
            tr = intent.time_range
            if tr is None or tr.column != col.name or periods_in(col, tr) != 1:
                return None
        elif periodic(col):
            return None  # a year or period labels left open: several periods
        else:
            cells *= col.distinct
    return cells


def cells_to_members(intent: Intent, table: TableIndex) -> bool:
    """Rewrite a listing of a grid's cells into the members' totals (see the module); True when done."""
    grid = grid_columns(table) if _listing(intent) else None
    measure = _summable(intent, table) if grid is not None else None
    if grid is None or measure is None:
        return False
    names = {c.name for c in grid}
    keys, ranked_desc = _member_keys(intent, names, measure)
    if not keys or any(c not in names and c != measure for c in intent.columns):
        return False
    cells = _open_cells(intent, grid, keys)
    if cells is None or (cells <= 1 and ranked_desc is None):
        return False  # each member is one cell: its rows are its figures (a ranked one is summed alike)
    _totals_per_member(intent, keys, measure, ranked_desc)
    return True


def _totals_per_member(intent: Intent, keys: list[str], measure: str, ranked_desc: bool | None) -> None:
    total = Measure("sum", measure)
    intent.dimensions = keys
    intent.columns = []
    intent.distinct = False
    intent.measures = [total]
    compared = [
        f for f in intent.filters if f.column == measure and f.source == "number" and f.op in NUMBER_OPS
    ]
    intent.having += [Having(total, f.op, f.values if f.op == "between" else f.values[0]) for f in compared]
    intent.filters = [f for f in intent.filters if f not in compared]
    if ranked_desc is not None:
        intent.order = [("measure", 0, ranked_desc)]
    intent.order = [
        ("measure", 0, desc) if key == "column" and col == measure else (key, col, desc)
        for key, col, desc in intent.order
    ]


GRAIN_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
PEOPLE_COUNT_RE = re.compile(r"人数|多少人|几个?人|\bhow many people\b|\bnumber of people\b")


def _step(tcol: ColumnInfo) -> float | None:
    return data_step_days(as_date(tcol.minimum), as_date(tcol.maximum), tcol.distinct)


def periods_per_group(intent: Intent, grid: list[ColumnInfo]) -> int:
    """How many of the data's periods each answer group spans (1: the time pinned or grouped at the
    data's own step); 0 when the grid has no time column."""
    tcol = next((c for c in grid if c.role == "time"), None)
    pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    labels = [
        c for c in grid if periodic(c) and c.role != "time" and c.name not in pinned | set(intent.dimensions)
    ]
    if labels:
        return max(c.distinct for c in labels)  # a year or period labels left open
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
    return math.prod(c.distinct for c in grid if not periodic(c) and c.name not in pinned | grouped)


def _open_count(intent: Intent, grid: list[ColumnInfo]) -> int:
    pinned = {f.column for f in intent.filters if f.op == "=" and len(f.values) == 1}
    return sum(1 for c in grid if not periodic(c) and c.name not in pinned | set(intent.dimensions))


def _headcount_averaged(intent: Intent, table: TableIndex) -> bool:
    averaged = [table.columns.get(m.column or "") for m in intent.measures if m.agg == "avg"]
    return any(c is not None and counts_things(c) for c in averaged)


def _one_plain_figure(intent: Intent) -> bool:
    """One measure, nothing listed beside it, no HAVING, comparison, limit or share."""
    extras = intent.columns or intent.having or intent.compare or intent.limit or intent.share
    return len(intent.measures) == 1 and not extras


def averages_of_totals(intent: Intent, table: TableIndex) -> str:
    """Average number of X per quarter / per state (平均每季度有多少): the mean of the groups' totals, one
    figure (`Intent.of_totals`), not the mean of the cells per group. "done" when rewritten, "doubt" when
    the cells were averaged and the rewrite does not fit (a level averaged per member over several
    periods), "" otherwise."""
    grid = None if intent.of_totals else grid_columns(table)
    if grid is None or not _headcount_averaged(intent, table):
        return ""
    periods = periods_per_group(intent, grid)
    cells = _cells_per_group(intent, grid)
    if cells <= 1:
        return ""  # one cell a period: the mean of the cells is the mean of the periods' totals
    groups = len(intent.dimensions) + (1 if intent.time_grain else 0)
    if not groups and periods == 1 and _open_count(intent, grid) == 1:
        return ""  # one period, one category open: the mean over its members (panels.py agrees)
    if groups == 1 and periods == 1 and _one_plain_figure(intent):
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


def open_categories(intent: Intent, table: TableIndex) -> bool:
    """A figure over a grid summed across a category the question neither pins, filters nor groups (a
    state, a gender): a word not understood there (北领地 beside its state column) most likely named one
    of its values, so the figure would be the whole table's."""
    grid = grid_columns(table)
    if grid is None or not intent.measures:
        return False
    held = {f.column for f in intent.filters} | set(intent.dimensions) | set(intent.columns)
    return any(not periodic(c) and c.name not in held for c in grid)


MORE_RE = re.compile(r"\b(?:more|higher|larger|bigger|greater)\b|(?:还是|哪).*多")
FEWER_RE = re.compile(r"\b(?:fewer|less|lower|smaller)\b|(?:还是|哪).*少")
BOTH_RE = re.compile(r"\bboth\b|分别|各自")
EITHER_RE = re.compile(r"\bor\b|还是|哪一?个")  # A和B哪个更多: which of the two, as A还是B


def one_of_two_ranked(question: str, intent: Intent) -> str:
    """Did A or B have more (A还是B更多, A和B哪个更多): the two members' totals ranked, the one with more
    kept; the comparative word read ("" when none is)."""
    low = question.lower()
    two = any(f.op == "in" and len(f.values) == 2 and f.column in intent.dimensions for f in intent.filters)
    if not two or len(intent.measures) != 1 or intent.limit or not EITHER_RE.search(low):
        return ""
    more, fewer = MORE_RE.search(low), FEWER_RE.search(low)
    if bool(more) == bool(fewer):
        return ""
    if not BOTH_RE.search(low):  # "give both counts": both rows shown, not only the one with more
        intent.order = [("measure", 0, bool(more))]
        intent.limit = 1
    return (more or fewer).group(0)  # type: ignore[union-attr]


def _label_of_range(table: TableIndex, bounds: list) -> tuple[str, str] | None:
    """The one category value written as the range itself ('0-14', '25–34'): (column, value)."""
    if len(bounds) != 2 or not all(isinstance(b, int | float) and float(b).is_integer() for b in bounds):
        return None
    lo, hi = int(bounds[0]), int(bounds[1])
    label = re.compile(rf"\s*{lo}\s*(?:-|–|~|to)\s*{hi}\s*")
    found = [
        (c.name, str(v))
        for c in table.columns.values()
        if c.role in ("dimension", "text")
        for v in c.values
        if isinstance(v, str) and label.fullmatch(v)
    ]
    return found[0] if len(found) == 1 else None


def ranges_as_labels(intent: Intent, table: TableIndex) -> bool:
    """A number range said where a category holds that range as a label (children aged 0-14 beside an
    age_group column holding '0-14'): the filter is on that category's value, not on the measure."""
    changed = False
    for f in list(intent.filters):
        hit = _label_of_range(table, f.values) if f.op == "between" and f.source == "number" else None
        if hit is not None:
            intent.filters[intent.filters.index(f)] = Filter(hit[0], "=", [hit[1]], "value")
            changed = True
    for h in list(intent.having):
        value = h.value if isinstance(h.value, list) else []
        hit = _label_of_range(table, value) if h.op == "between" else None
        if hit is not None and hit[0] not in intent.dimensions:
            intent.having.remove(h)
            intent.filters.append(Filter(hit[0], "=", [hit[1]], "value"))
            changed = True
    return changed


def summed_within_one_period(intent: Intent, table: TableIndex, column: str) -> bool:
    """A grid's count of things (prisoners, beds) summed over the cells of one of the data's periods per
    group (by state at the end of 2016): the figure the cells add up to, no sum-or-average guess (census
    round); summed over several periods it is `level_summed_over_periods`' doubt instead."""
    grid = grid_columns(table)
    col = table.columns.get(column)
    return (
        grid is not None and col is not None and counts_things(col) and periods_per_group(intent, grid) == 1
    )
