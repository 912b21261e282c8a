"""A period said over a table whose own date no word names, while a table it joins (a declared foreign key,
either way) keeps dates of its own: songs' entry date or the chart weeks' dates, orders' date or their
customers' sign-up date. The period's column is then a guess among the star's dates, not the table's own
choice ("music" round: 2000年12月有多少首歌在榜上 filtered the entry date)."""

from __future__ import annotations

import re

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.bilingual import english_for
from shared.semantic.vocabulary.linktypes import ColumnInfo, SchemaIndex
from shared.semantic.vocabulary.segment import CJK_RE


def neighbours(schema: Schema, table: str) -> set[str]:
    """The tables a declared foreign key joins to this one, in either direction."""
    found = set()
    for t in schema.tables:
        for fk in t.foreign_keys:
            if t.name == table:
                found.add(fk.ref_table)
            elif fk.ref_table == table:
                found.add(t.name)
    return found - {table}


def neighbour_dated(schema: Schema, table: str, index: SchemaIndex) -> bool:
    """A joined table holds a time column of its own (a date, not only a year)."""
    for name in neighbours(schema, table):
        other = index.tables.get(name)
        if other is not None and other.by_role("time"):
            return True
    return False


def said_like(question: str, column: ColumnInfo) -> bool:
    """A question word sharing its first five letters with a word of the column's name (enrolled ~
    enrollment_date), or a Chinese word one of whose CC-CEDICT glosses does (进 "enter" ~ date_entered):
    the date is named, though no form of the word was linked."""
    said = {w[:5] for w in re.findall(r"[a-z]{5,}", question.lower())}
    for chars in {question[i : i + n] for n in (1, 2) for i in range(len(question))}:
        if CJK_RE.fullmatch(chars):
            said |= {w[:5] for gloss in english_for(chars) for w in re.findall(r"[a-z]{5,}", gloss.lower())}
    return any(w[:5] in said for w in re.findall(r"[a-z]{5,}", column.name.lower()))


def star_date_guessed(
    question: str, schema: Schema, table: str, index: SchemaIndex, pick: ColumnInfo
) -> bool:
    """The table's date taken for a period no word tied to it, while a joined table keeps dates too."""
    return not said_like(question, pick) and neighbour_dated(schema, table, index)
