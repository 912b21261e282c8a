"""The names of a table's things: a column <noun>_name / <noun> name / <noun>名称 holds the names of the
things the table's noun says (风暴名称 in a table of storm observations). Used by
`ParserBase.repeated_entity` and `entitycounts.py`; `row_name_columns`, the columns whose values name
each row, by `ParserBase.row_name_columns`.
"""

from __future__ import annotations

from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.linktypes import ColumnInfo, Item, TableIndex
from shared.semantic.vocabulary.segment import split_identifier

NAME_WORDS = ("名称", "名字", "名")  # a Chinese header's last word saying "the name of"


def names_the_thing(column: str, noun: str) -> bool:
    """<noun> name / <noun>_name / <noun>名称: the column holds the names of the things the noun says."""
    if column.isascii():
        words = [w.lower() for w in split_identifier(column)]
        return len(words) == 2 and words[1] == "name" and bilingual.base(words[0]) == noun
    for tail in NAME_WORDS:
        head = column[: -len(tail)]
        if column.endswith(tail) and len(head) >= 2:
            return noun == head or noun in {bilingual.base(g.lower()) for g in bilingual.english_for(head)}
    return False


def table_of(table: str, noun: str) -> bool:
    """The table is named after the things (storms, atlantic_storms, river_gauges for "river"), not a
    view joined over them (order items with their customers' names)."""
    return noun in {bilingual.base(w.lower()) for w in split_identifier(table)}


def english_noun(noun: str) -> str:
    """A Chinese noun said by its first CC-CEDICT gloss (风暴 -> storm); an English one as it is."""
    return noun if noun.isascii() else next(iter(bilingual.english_for(noun)), noun)


def noun_of(item: Item) -> str:
    text = item.text.replace(" ", "") if not item.text.isascii() else item.text.lower()
    return bilingual.base(text)


def thing_name_column(table: TableIndex, item: Item) -> ColumnInfo | None:
    """The table's noun that links no column of its own ("storms" over a column 风暴名称 "storm name"):
    the one repeating name column named after the noun holds the things (the storms are its names)."""
    noun = english_noun(noun_of(item))
    if not table_of(table.name, noun):
        return None
    found = [
        c
        for c in table.columns.values()
        if c.name_like and not c.unique and not c.numeric and names_the_thing(c.name, noun)
    ]
    return found[0] if len(found) == 1 else None


def row_name_columns(table: TableIndex, keyed: bool = False) -> list[str]:
    """The columns that name a row: its name columns; failing those, in a table keyed to no other
    (`keyed`: its rows belong to others' things, a baker's results), a text column whose values all
    differ (菜品, one dish a row: grain.entities), before any row number does."""
    names = [c.name for c in table.columns.values() if c.name_like]
    cols = table.columns
    if names or keyed:
        return names
    return [n for n in table.grain.entities if cols[n].unique and cols[n].role in ("text", "dimension")]
