"""A measure's own noun followed by "count", after an aggregate or extreme word, names the measure: "the
average calorie count", "the highest step count" are of the calories, steps a row holds (a number
column), not a count of rows ("no case counts" is no amount). Only where the
noun links a numeric measure column strongly; "customer count" over a customer name column stays a
count of customers."""

from __future__ import annotations

from shared.semantic.vocabulary.linktypes import Item, SchemaIndex

COUNT_WORDS = ("count", "count of")
STRONG = 0.85


def measure_counts(items: list[Item], index: SchemaIndex) -> list[Item]:
    """The items with "count" after a measure column's noun folded into that noun's item ("count of"
    leaves its "of")."""
    out: list[Item] = []
    for it in items:
        before = out[-1] if out else None
        told = len(out) >= 2 and out[-2].has("agg", "sup")  # the average / highest calorie count
        if it.kind == "match" and it.text in COUNT_WORDS and told and before and _measure_noun(before, index):
            out[-1] = Item(
                before.start,
                it.end if it.text == "count" else it.end - 1,
                "match",
                before.text,
                links=before.links,
                tags=before.tags,
                value=before.value,
            )
            if it.text == "count of":
                out.append(Item(it.end - 1, it.end, "word", "of"))
            continue
        out.append(it)
    return out


def _measure_noun(it: Item, index: SchemaIndex) -> bool:
    """The item names a numeric measure column and nothing else as strongly (no keyword on it)."""
    if it.kind != "match" or it.tags or not it.links:
        return False
    best = max(it.links, key=lambda lk: lk.score)
    if best.kind != "column" or best.score < STRONG or best.column is None:
        return False
    table = index.tables.get(best.table)
    info = table.columns.get(best.column) if table is not None else None
    return info is not None and info.role == "measure"
