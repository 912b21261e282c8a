"""Two things joined by and / 和 are read alike: "工作日和周末" / "weekdays and weekends" asks of both.

When one side of the coordination is read as a column the answer groups by (工作日 → weekday) and the
other as an equality filter on another column of that table (周末 → is_weekend = 'Yes', a flag read as
its yes, or a stored value), the filter keeps
only the rows of one side and the grouping splits them by something neither side named: the two halves
were read as different kinds of thing, which a coordination never means. A doubt on the reading (the
careful answer groups by the one column both sides are values of, or asks). A filter another word of the
question says the value of (东亚 in 东亚各国家和地区: region = 'Eastern Asia') is that word's, not the
side's; a join's ON (a column equal to a column) is no filter."""

from __future__ import annotations

import re

from shared.semantic.vocabulary.linktypes import Item


def coordinated_group_and_filter(items: list[Item], sql: str | None) -> bool:
    """One side of an and / 和 grouped by as a column, the other an equality filter of the same table."""
    text = str(sql or "")
    by = text.upper().rfind("GROUP BY")
    if by < 0:
        return False
    grouped = _grouped_columns(text[by:])
    for i in range(1, len(items) - 1):
        if not items[i].has("and"):
            continue
        left, right = items[i - 1], items[i + 1]
        for col_side, value_side in ((left, right), (right, left)):
            said = _values_said_elsewhere(items, value_side)
            if _beside(col_side, value_side, grouped, text, said):
                return True
    return False


def _grouped_columns(tail: str) -> set[str]:
    """The quoted column names of the GROUP BY clause (up to ORDER BY / HAVING / LIMIT)."""
    clause = re.split(r"\b(?:ORDER BY|HAVING|LIMIT)\b", tail, maxsplit=1, flags=re.IGNORECASE)[0]
    return set(re.findall(r'"([^"]+)"', clause))


def _values_said_elsewhere(items: list[Item], side: Item) -> set[str]:
    """Columns another word names a value of (东亚 of 各国家和地区: the region's filter is its own)."""
    return {
        lk.column for it in items if it is not side for lk in it.links if lk.kind == "value" and lk.column
    }


def _beside(col_side: Item, value_side: Item, grouped: set[str], sql: str, said: set[str]) -> bool:
    """col_side names a grouped column; value_side a value (or a flag column, read as its yes) of another
    column of that table that the SQL keeps by equality."""
    tables = {lk.table for lk in col_side.links if lk.kind == "column" and lk.column in grouped}
    return any(
        lk.kind in ("value", "column")
        and lk.table in tables
        and lk.column
        and lk.column not in grouped
        and lk.column not in said
        and re.search(rf'"{re.escape(lk.column)}" = (?:\'|-?\d)', sql) is not None
        for lk in value_side.links
    )
