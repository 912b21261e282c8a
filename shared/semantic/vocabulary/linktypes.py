"""The linker's data: links, column facts, table and schema indexes, recognised items, stop words.

Shared by `linking` (which builds and matches them) and `abbreviations` (which links cut-short names).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_STOP_TEXT = (
    "a an the of in on at for to from by with and or is are was were be been being do does did have has "
    "had what which who whom whose how many much that this these those there their its it his her they "
    "them all any each every me my our your some as than then also please can could would should will "
    "ever recorded"
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


@dataclass
class TableIndex:
    name: str
    row_count: int
    columns: dict[str, ColumnInfo]
    words: list[str]

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
            for p in prefixes:
                if t == p or t.startswith(p + ":"):
                    return True
        return False

    def tag(self, prefix: str) -> str | None:
        for t in self.tags:
            if t == prefix or t.startswith(prefix + ":"):
                return t
        return None
