"""The table-source contract every upload reader returns, and the helpers the readers share.

Readers yield *column-major* batches (a list of columns, each a list of cell values) so the loader
can infer and convert a column at a time; every source can be iterated twice (pass 1 infers,
pass 2 inserts) without holding the file in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from shared.errors import ValidationFailed
from shared.semantic.schema import ColumnType
from shared.settings import get_settings

BATCH_ROWS = 5000
SAMPLE_BYTES = 64 * 1024
READ_CHUNK = 1024 * 1024

ColumnBatch = list[list[Any]]


@dataclass
class TableSource:
    """One table of an uploaded file; `batches()` re-reads it from the start each call."""

    name: str
    header: list[str]
    batches: Callable[[], Iterator[ColumnBatch]]
    # Types the file itself declares (parquet, sqlite), per header column; None = infer freely.
    declared: list[ColumnType | None] | None = None
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)
    # Every cell is a str ('' when empty): inference and conversion take their fast paths.
    text_only: bool = False
    # CSV only: the same rows as Arrow string arrays (nulls = empty cells), parsed in C. The loader
    # uses it when set and falls back to `batches` (which names the bad line) if Arrow refuses the file.
    arrow_batches: Callable[[], Iterator[list[Any]]] | None = None


class ArrowRefused(Exception):
    """Arrow cannot read this CSV the way Python's csv module does; use the Python reader."""


def check_columns(filename: str, where: str, count: int) -> None:
    """Refuse a table wider than the column limit (settings.max_columns)."""
    limit = get_settings().max_columns
    if count > limit:
        raise ValidationFailed(f"{filename}{where} has {count} columns; at most {limit} are allowed")


def peek(it: Iterator[Any]) -> Any:
    """The first item of a generator (None when empty), then close it so its file is released."""
    try:
        return next(it, None)
    finally:
        close = getattr(it, "close", None)
        if close:
            close()


def require_rows(
    batches: Callable[[], Iterator[ColumnBatch]], where: str
) -> Callable[[], Iterator[ColumnBatch]]:
    """Wrap a batch reader so a table with a header but no data rows is refused."""

    def checked() -> Iterator[ColumnBatch]:
        seen = False
        for batch in batches():
            if batch and batch[0]:
                seen = True
                yield batch
        if not seen:
            raise ValidationFailed(f"{where} has a header but no data rows")

    return checked
