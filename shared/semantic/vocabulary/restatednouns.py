"""A noun that restates the column of the value before it: 急诊患者 / "emergency patients" over a column
患者类型 ("patient type") holding 急诊. The noun (患者, "patient") is also a stored value of another column
(人群类别 = 患者), but said right after a value of the column whose name holds it, it is that column's own
noun (patients of the emergency type), no second condition: a filter on it would narrow the answer to rows
nobody asked about. The noun then links the column of the value before it."""

from __future__ import annotations

from shared.semantic.vocabulary.linktypes import Item, Link

RESTATED_SCORE = 0.8


def restated_column_nouns(items: list[Item]) -> list[Item]:
    """Items whose value links restate the previous value's column name read as that column."""
    out = list(items)
    for k in range(1, len(out)):
        column = _restated(out[k - 1], out[k])
        if column is not None:
            it = out[k]
            link = Link("column", column[0], column[1], score=RESTATED_SCORE)
            out[k] = Item(it.start, it.end, it.kind, it.text, [link], list(it.tags), it.value, it.fuzzy)
    return out


def _restated(before: Item, it: Item) -> tuple[str, str] | None:
    """(table, column) of the value before, when every link of `it` is that column or a value of another
    column spelt (in Chinese) inside that column's name."""
    said = [lk for lk in before.links if lk.kind == "value" and lk.column]
    if it.kind != "match" or it.tags or not it.links or len({(lk.table, lk.column) for lk in said}) != 1:
        return None
    table, column = said[0].table, str(said[0].column)
    values = [lk for lk in it.links if not (lk.kind == "column" and lk.column == column)]
    for lk in values:
        if lk.kind != "value" or lk.column == column or not isinstance(lk.value, str) or len(lk.value) < 2:
            return None
        if lk.value not in column:
            return None
    return (table, column) if values else None
