"""Doubts of a joined reading over a star schema: figures per entity that say nothing.

- A count of the distinct values of a column the answer also groups by (COUNT(DISTINCT series) per series)
  is 1 in every group: the count read a word (那几季: "those seasons") that asked no count.
- A sum or average of a column of the fact's own key (AVG(集) over episodes keyed by season and episode)
  adds up numbers that only identify rows: the measure was misread.
- A number right before a table's word (最多的3季, the 3 seasons) counts that table's rows; read as the value
  of the fact's key to the table (季号 = 3), the question's top N was lost. 第3季 / season 3 is the value.
"""

from __future__ import annotations

import os
import re
from typing import Any

from shared.ask.engines.rules.joins_graph import View
from shared.ask.engines.rules.parsecommon import MODE_CONFLICT_DOUBT

CLASSIFIERS = "个支位名家只条种类"


COUNTED = re.compile(r"COUNT\(DISTINCT ([^()]+?)\)")
GROUPS = re.compile(r"GROUP BY (.+?)(?: HAVING | ORDER BY | LIMIT |\)|$)")


def star_doubt(question: str, final: dict[str, Any], view: View, sql: str) -> float:
    """MODE_CONFLICT_DOUBT when the joined reading computes a figure that says nothing (see above)."""
    if not final:
        return 0.0
    groups = {g.strip() for m in GROUPS.finditer(sql) for g in m.group(1).split(",")}
    if any(c.strip() in groups for c in COUNTED.findall(sql)):
        return MODE_CONFLICT_DOUBT
    measures = final.get("measures") or []
    fact = view.schema.table(view.fact)
    key = set(fact.primary_key) if fact is not None else set()
    if len(key) >= 2 and any(m.get("agg") in ("sum", "avg") and m.get("column") in key for m in measures):
        return MODE_CONFLICT_DOUBT
    return MODE_CONFLICT_DOUBT if _count_read_as_key(question, final, view) else 0.0


def _count_read_as_key(question: str, final: dict[str, Any], view: View) -> bool:
    text = question.lower()
    for f in final.get("filters") or []:
        if f.get("op") != "=" or len(f.get("values") or []) != 1:
            continue
        value = str(f["values"][0])
        for table, path in view.paths.items():
            if len(path) != 1 or path[0].src_cols != (f.get("column"),):
                continue
            word = re.escape(table.lower())
            said = rf"(?<![第\d.]){re.escape(value)}\s*[{CLASSIFIERS}]?\s*{word}"
            if re.search(said, text) and not re.search(
                rf"{word}s?\s*(?:no\.?|#|number)?\s*{re.escape(value)}", text
            ):
                return True
    return False


FACT_STEM = 3  # a verb sharing this many first letters with the fact's name is the fact's event
ORIGIN_LINKS = ("from", "of")
PERIOD_LINKS = frozenset(("from", "in", "of", "since", "before", "after", "during", "until", "the"))


def period_of_a_joined_noun(
    items: list[Any], found: list[tuple[Any, set[str]]], unknown: list[str], view: View, index: Any, sql: str
) -> bool:
    """movies from 2010 onwards / westerns released before 1970 answered on the fact's date: a period said
    right after a joined table's word (or a word not understood, released) while a joined table holds a
    year of its own (a release year) the query leaves unread. Whose period it is, is a guess."""
    joined = {t for t in view.sources if t != view.fact}
    return period_after_a_noun(items, found, unknown, year_tables(index, joined, sql), view.fact)


def period_after_a_noun(
    items: list[Any], found: list[tuple[Any, set[str]]], unknown: list[str], years: set[str], fact: str
) -> bool:
    """A period right after the word of one of `years` (tables holding an unread year column of their own),
    or after a word not understood, when there is such a table; not a verb of the fact's own rows (batted
    in 2016 over batting, rated in 2015 over ratings: their date)."""
    if not years:
        return False
    tables_of = {id(it): tables for it, tables in found}
    said = {w.lower() for w in unknown if len(os.path.commonprefix([w.lower(), fact.lower()])) < FACT_STEM}
    for pos, it in enumerate(items):
        if it.kind != "time" or getattr(it.value, "kind", None) == "grain":
            continue
        before = [
            b
            for b in items[max(0, pos - 3) : pos]
            if b.kind != "punct" and b.text.lower() not in PERIOD_LINKS
        ]
        b = before[-1] if before else None  # the word the period is said of (movies from 2010)
        if b is None:
            continue
        link = " ".join(x.text.lower() for x in items[items.index(b) + 1 : pos + 1])
        # movies from 2010 / of 2010 is when they came; movies in 2015 is when the rows happened
        origin = link.startswith(ORIGIN_LINKS)
        if b.text.lower() in said or origin and tables_of.get(id(b), set()) & years:
            return True
    return False


def year_tables(index: Any, tables: set[str], sql: str) -> set[str]:
    """The tables among `tables` holding a year column (its role in the index) the SQL does not read."""
    out = set()
    for name in tables:
        info = index.tables.get(name)
        if info is not None and any(f'"{c.name}"' not in sql for c in info.by_role("year")):
            out.add(name)
    return out
