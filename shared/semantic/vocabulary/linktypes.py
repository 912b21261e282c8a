"""The linker's data: links, column facts, table and schema indexes, recognised items, stop words.

Shared by `linking` (which builds and matches them) and `abbreviations` (which links cut-short names).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

_STOP_TEXT = (
    "a an the of in on at for to from by with and or is are was were be been being do does did have has "
    "had what which who whom whose how many much that this these those there their its it his her they "
    "them all any each every me my our your some as than then also please can could would should will "
    "ever recorded happen happened occur occurred during appear appears appeared"
)
STOP_WORDS = frozenset(_STOP_TEXT.split(" "))


@dataclass(frozen=True)
class Link:
    kind: str  # "table" | "column" | "value"
    table: str
    column: str | None = None
    value: Any = None
    score: float = 1.0


@dataclass
class ColumnInfo:
    name: str
    type: str
    role: str  # "measure" | "dimension" | "time" | "bool" | "id" | "text" | "year"
    words: list[str]
    distinct: int
    values: list[Any]
    unique: bool
    name_like: bool
    true_value: Any = None
    false_value: Any = None
    numeric: bool = False
    label: str = ""
    minimum: Any = None
    maximum: Any = None
    aggregation: str | None = None  # a person's choice in the semantic model (sum, avg, max, ...)
    in_cells: bool = False  # its table's rows are cells (categories x years), not things nor dated snapshots
    in_panel: bool = False  # its table's rows are a panel's (member x period, each member once per period)


@dataclass(frozen=True)
class Grain:
    """What one row of a table is, decided once per table when the index is built (`grain.table_grain`):
    the columns that key it and the readings every rule about "a row is a cell of a grid" reads."""

    rows: int = 0
    keys: tuple[str, ...] = ()  # repeating categories, years and keys that split the rows (a cell's key)
    entities: tuple[str, ...] = ()  # columns naming one thing a row (a name, a unique non-key value)
    dated: bool = False  # a date axis: the rows are dated snapshots (of a stock), not cells
    cells: bool = False  # two or more keys, no entity, no date axis: a row is a cell (its measures count it)
    axes: tuple[str, ...] = ()  # the grid's axes: categories and periods that repeat (two or more)
    periods: tuple[str, ...] = ()  # the axes that are periods (a time, a year, year-led labels)
    full: bool = False  # the axes' distinct counts multiply to the rows: every combination once
    sparse: bool = False  # they multiply to more: some combinations hold no row (a star join's view)
    panel: tuple[str, str] | None = None  # (period, member): every member once per period, the finest member
    distinct: tuple[tuple[str, int], ...] = ()  # (column, distinct values) of every column

    def pins_a_row(self, pinned: set[str]) -> bool:
        """Equalities on these columns pick one row: a panel's member and period, or two or more columns
        whose distinct counts multiply to the rows (a month and a commodity, one row per pair)."""
        if not pinned:  # nothing pinned picks no row (asked of every answer's filters)
            return False
        if self.panel is not None and set(self.panel) <= pinned:
            return True
        known = {c for c, _ in self.distinct} & pinned
        return len(known) >= 2 and self.rows > 1 and self.spans_the_rows(known)

    def spans_the_rows(self, columns: set[str]) -> bool:
        """These columns' distinct counts multiply to the rows (countries x years): each combination of
        their values is one row. False when one is no column of the table or holds no value."""
        counts = dict(self.distinct)
        if not columns <= counts.keys():
            return False
        return all(counts[c] for c in columns) and math.prod(counts[c] for c in columns) == self.rows


@dataclass
class TableIndex:
    name: str
    row_count: int
    columns: dict[str, ColumnInfo]
    words: list[str]
    grain: Grain = field(default_factory=Grain)
    # Pure functions of this table (its grid axes, its place columns), kept: asked again by every question.
    memo: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def by_role(self, *roles: str) -> list[ColumnInfo]:
        return [c for c in self.columns.values() if c.role in roles]

    def time_columns(self) -> list[ColumnInfo]:
        return [c for c in self.columns.values() if c.role == "time"]


@dataclass
class SchemaIndex:
    fingerprint: str
    tables: dict[str, TableIndex]
    phrases: dict[str, list[Link]]
    max_len: int
    vocab: list[str]
    terms: list[str]
    dialect: str
    # English phrase keys by lemma ("cancel" for a 'CANCELED' value), for words with no exact match.
    bases: dict[str, list[Link]] = field(default_factory=dict)
    # Company names without their legal suffix (apple for 'Apple Inc.'), reached through Chinese glosses.
    stems: dict[str, list[Link]] = field(default_factory=dict)
    # Chinese values' modifiers spelt by sound (PLNT: 布伦特原油), with their head words' English names.
    sounds: dict[str, list[tuple[Link, set[str]]]] = field(default_factory=dict)
    # (keyword map, every leading run of words of a phrase or keyword key): the matcher's, on first use.
    key_prefixes: tuple[dict[str, list[str]], frozenset[str]] | None = field(
        default=None, repr=False, compare=False
    )
    # Pure functions of (a word, this index), kept per index: the same words are read for every question.
    memo: dict[str, dict[Any, Any]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def column(self, table: str, column: str) -> ColumnInfo | None:
        """The profile of a table's column, None when either is not indexed (a joined view's source)."""
        found = self.tables.get(table)
        return found.columns.get(column) if found is not None else None


@dataclass
class Item:
    """One recognised span of the question: a keyword, a schema link, a number, a time expression or a word."""  # noqa: E501

    start: int  # unit index, inclusive
    end: int  # unit index, exclusive
    kind: str  # "match" | "num" | "time" | "word" | "punct" | "quote"
    text: str
    links: list[Link] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    value: Any = None
    fuzzy: bool = False

    def has(self, *prefixes: str) -> bool:
        for t in self.tags:  # asked of every item by every clause: plain loops, no generator
            for p in prefixes:  # t is p or p + ":…", without building p + ":" for every tag
                if t.startswith(p) and (len(t) == len(p) or t[len(p)] == ":"):
                    return True
        return False

    def tag(self, prefix: str) -> str | None:
        for t in self.tags:
            if t == prefix or t.startswith(prefix + ":"):
                return t
        return None
