"""Rows or groups: what a superlative over things named by a label column ranks.

"The 5 neighbourhoods with the highest average price" / 平均房价最高的5个街区 / "which store sold the most":
the things are named by a label column (街区名称, store_name). Whether the rows themselves are ranked or the
rows of each thing are grouped first (their measure summed or averaged) is read from the data, never from
the phrasing alone:

- the label is (nearly) unique in its table: one row per thing, the rows are ranked;
- a key the same word names holds more distinct values than the label: the label does not tell the things
  apart (a first name of players), so grouping by it would merge things: no grouping;
- a period is pinned by an equality filter and the label's things times the periods' count reach the rows
  (a grain of thing x period, one period kept): each thing holds one row, the rows are ranked, unless an
  aggregate was said (the average of each thing's rows that year);
- otherwise the label repeats: its groups are ranked.

Pure: it reads only the columns' profiled facts (`ColumnInfo`), the table's row count and what the
question pinned.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from shared.semantic.vocabulary.linking import ColumnInfo

RankUnit = Literal["rows", "groups"]


def rank_unit(
    label: ColumnInfo,
    rows: int,
    keys: Iterable[ColumnInfo] = (),
    pinned_periods: Iterable[ColumnInfo] = (),
    aggregated: bool = False,
) -> RankUnit | None:
    """ "rows" or "groups" for a ranking of the things `label` names over a table of `rows` rows; None
    when the label cannot tell the things apart (no grouping by it is safe).

    keys: other columns the same word names (the things' key); pinned_periods: period columns an equality
    filter pins; aggregated: an aggregate word (average, total, number of) was said of the measure.
    """
    if label.unique or label.distinct <= 0 or rows <= 0 or label.distinct * 2 > rows:
        return "rows"
    if any(k.distinct > label.distinct for k in keys):
        return None
    if not aggregated and any(label.distinct * p.distinct >= rows for p in pinned_periods):
        return "rows"
    return "groups"
