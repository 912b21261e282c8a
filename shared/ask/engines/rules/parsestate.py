"""The state of one question's parse, explicit: what the clause readers have consumed and decided.

Clause readers (parse_*.py) read the linked items and write here; nothing is kept in ad-hoc attributes.
`Parsed` is what a parse returns to the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from shared.ask.engines.rules.intent import Intent
    from shared.semantic.vocabulary.linking import ColumnInfo, SchemaIndex, TableIndex

# why the engine asks back instead of answering (prefixes; the part after ":" names a column or word)
Problem = str  # "no_table" | "nothing" | "measure:unknown" | "value:<word>" | "unheld:<column>" | ...
Direction = Literal["asc", "desc"]


@dataclass
class ParseState:
    used: set[int] = field(default_factory=set)  # item positions consumed by some clause
    confidence: float = 0.9
    reasons: list[str] = field(default_factory=list)  # why confidence was lowered (evidence missing)
    shortfall: float = 0.0  # how far the evidence put confidence below its floor (joins give doubts back)
    notes: list[str] = field(default_factory=list)  # said in the interpretation
    problem: Problem | None = None
    missing_values: list[str] = field(default_factory=list)  # words read as values no row holds
    count_kw: bool = False  # a count word was read
    most_common: bool = False  # "the most common X": rank values by their row count
    times_ranked: bool = False  # "won the most times": rank names by how often they repeat
    time_guessed: bool = False  # a period went to a time column no word named, beside other time columns
    days_as_rows: bool = False  # a day grain said (average daily X) was read as the rows: one row a day
    column_mentions: dict[str, set[int]] | None = None  # column -> items naming it (built lazily)
    adjective_columns: set[str] | None = None  # columns a dimension adjective names (deeper: depth)
    limit_pos: int | None = None  # the item holding the top-N number
    rank_hint: Direction | None = None  # "bottom 3" / 后3名: a limit that ranks from the low end
    top_order: tuple[str, bool] | None = None  # (column, descending) of "the N highest X"
    rank_column: str | None = None  # the column a ranking orders by, shown with the rows
    order_explicit: bool = False  # an order/sort phrase was read
    order_direction: bool = False  # descending?
    order_target: ColumnInfo | None = None
    order_count: bool = False  # "sorted by frequency": by the row count
    explicit_measures: int | None = None  # measures the question named itself (before defaults)
    understood: list[str] = field(default_factory=list)  # phrases a clause read (同比, 客单价): not unknown
    asked_limit: int | None = None  # a top-N the reading could not attach (前2名呢 edits the last turn)
    kind_groups: list[str] = field(default_factory=list)  # columns whose values of a kind are each a group


@dataclass
class Parsed:
    intent: Intent | None
    lang: str
    confidence: float
    unknown: list[str] = field(default_factory=list)
    problem: Problem | None = None  # why a clarify is needed
    notes: list[str] = field(default_factory=list)
    is_followup: bool = False
    table: TableIndex | None = None
    index: SchemaIndex | None = None
    # words that name only another table's columns, values or the table itself: the question reaches
    # beyond the chosen table, so one table cannot answer it (a join plan or a clarify must)
    other_tables: list[tuple[str, str]] = field(default_factory=list)  # (word, table)
