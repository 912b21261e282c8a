"""Pass 2's conversion: each batch converted column-wise (Arrow where it can, read ahead on a helper
thread), and the distinct values counted on the way so the profile need not count them again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from shared.datasets.infer import ARROW_TYPES, CONVERTERS, NotVectorisable, convert_arrow, convert_column
from shared.datasets.load_plan import PlannedColumn
from shared.datasets.readahead import prefetched
from shared.datasets.source import ColumnBatch, TableSource
from shared.errors import ValidationFailed

# Distinct values tracked while loading (~100 bytes each): bounds the loader's memory.
DISTINCT_BUDGET = 1_500_000


class ColumnStats:
    """Distinct count (and value counts while few) of one column, gathered while loading.

    Profiling a fresh upload in SQL costs a COUNT(DISTINCT) sort per column; the loader sees
    every value anyway. Distinct values are kept as Arrow arrays (deduplicated in C) up to a
    budget shared by the table; a column past the budget is left for SQL to count.
    """

    def __init__(self, column_type: str, max_values: int):
        self.distinct: list[Any] | None = []
        self.size = 0  # distinct values held, an upper bound until merged
        self.merged_size = 0
        # Every value so far greater than the one before it (an ID column in file order): all
        # distinct already, so nothing needs hashing while it lasts.
        self.increasing = True
        self.last: Any = None
        self.counts: Counter[Any] | None = Counter() if column_type in ("text", "boolean") else None
        self.numeric_text = column_type == "decimal"
        self.arrow_type = ARROW_TYPES[column_type]
        self.max_values = max_values

    def add(self, values: Any) -> None:
        if self.distinct is None:
            return
        import pyarrow as pa  # lazy: heavy (pyarrow)
        import pyarrow.compute as pc  # lazy: heavy (pyarrow)

        try:
            if not isinstance(values, pa.Array):
                values = pa.array(values, pa.type_for_alias(self.arrow_type))
            present = values.drop_null()
            if self.numeric_text:
                present = pc.cast(present, pa.float64())  # '1.5' and '1.50' are one value
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            self.drop()
            return
        if self.increasing and len(present):
            self.increasing = _increasing(present, self.last)
            self.last = present[len(present) - 1]
        if self.counts is None and self.increasing:
            self.distinct.append(present)
            self.size = self.merged_size = self.size + len(present)
            return
        if self.counts is not None:
            counted = pc.value_counts(present)
            uniques = counted.field("values")
            if len(uniques) > self.max_values:
                self.counts = None
            else:
                pairs = zip(uniques.to_pylist(), counted.field("counts").to_pylist(), strict=True)
                self.counts.update(dict(pairs))
                if len(self.counts) > self.max_values:
                    self.counts = None
        else:
            uniques = present  # hashed once per merge below, not once per batch as well
        self.distinct.append(uniques)
        self.size += len(uniques)
        # Deduplicate as the held values double: bounded memory for about twice one final pass.
        if len(self.distinct) >= 32 or self.size > 2 * self.merged_size + 100_000:
            self.merge()

    def merge(self) -> None:
        """Deduplicate the per-batch distinct arrays into one (one hash pass, in C)."""
        import pyarrow as pa  # lazy: heavy (pyarrow)
        import pyarrow.compute as pc  # lazy: heavy (pyarrow)

        if self.increasing and self.size == self.merged_size:
            return  # distinct already (see `increasing`)
        if self.distinct is not None and (len(self.distinct) > 1 or self.size != self.merged_size):
            merged = pc.unique(pa.chunked_array(self.distinct))
            self.distinct, self.size = [merged], len(merged)
            self.merged_size = self.size
            pa.default_memory_pool().release_unused()  # the hash table just freed: ~10-30 MB

    def drop(self) -> None:
        self.distinct = self.counts = None
        self.size = 0

    def result(self) -> dict[str, Any] | None:
        self.merge()
        if self.distinct is None:
            return None
        values = None
        if self.counts is not None:
            values = sorted(
                ([v, n] for v, n in self.counts.items()), key=lambda item: (-item[1], str(item[0]))
            )
        return {"distinct_count": self.size, "values": values}


def _increasing(values: Any, previous: Any) -> bool:
    """Whether each value is greater than the one before it (the first than `previous`, if any)."""
    import pyarrow.compute as pc  # lazy: heavy (pyarrow)

    if previous is not None and not pc.greater(values[0], previous).as_py():
        return False
    if len(values) < 2:
        return True
    return pc.all(pc.greater(values.slice(1), values.slice(0, len(values) - 1))).as_py() is True


def _convert_batch(
    source: TableSource, batch: ColumnBatch, columns: list[PlannedColumn], first_row: int
) -> list[list[Any]]:
    converted = []
    for column in columns:
        values = batch[column.source_index]
        try:
            converted.append(convert_column(column.type, values, column.inference))
        except (ValueError, TypeError, ArithmeticError):
            convert = CONVERTERS[column.type]
            bad = first_bad(values, convert)
            raise ValidationFailed(
                f"{source.name}: row {first_row + bad}, column '{column.name}': "
                f"{values[bad]!r} is not a valid {column.type}"
            ) from None
    return converted


def track_stats(stats: list[ColumnStats], converted: list[Any]) -> None:
    for column_stats, values in zip(stats, converted, strict=True):
        column_stats.add(values)
    if sum(s.size for s in stats) > 2 * DISTINCT_BUDGET:
        settle_stats(stats)


def settle_stats(stats: list[ColumnStats]) -> None:
    """Deduplicate every column's distinct values; drop the largest columns while over the budget."""
    import pyarrow as pa  # lazy: heavy (pyarrow)

    for column_stats in stats:
        column_stats.merge()
        pa.default_memory_pool().release_unused()
    while sum(s.size for s in stats) > DISTINCT_BUDGET:
        max(stats, key=lambda s: s.size).drop()


def convert_arrow_batch(
    source: TableSource, batch: list[Any], columns: list[PlannedColumn], first_row: int
) -> list[Any]:
    """Pass 2 of an Arrow batch, column by column; exotic values go through the Python converters."""
    import pyarrow as pa  # lazy: heavy (pyarrow)

    converted = []
    for column in columns:
        values = batch[column.source_index]
        try:
            converted.append(convert_arrow(column.type, values, column.inference))
        except NotVectorisable:
            python = _convert_batch(source, [values.to_pylist()], [_first_column(column)], first_row)[0]
            converted.append(pa.array(python, pa.type_for_alias(ARROW_TYPES[column.type])))
    return converted


def _first_column(column: PlannedColumn) -> PlannedColumn:
    return PlannedColumn(column.name, column.type, column.nullable, 0, column.inference)


def converted_batches(
    source: TableSource, columns: list[PlannedColumn], stats: list[ColumnStats] | None = None
) -> Iterator[tuple[int, list[Any]]]:
    """Pass 2: (first row number, converted columns) per batch; Arrow arrays for Arrow-read CSVs.

    Arrow batches are read, converted and counted on a helper thread (Arrow releases the GIL)
    while the caller writes the previous batch to the database; the final deduplication of the
    counted values runs there too.
    """
    if source.arrow_batches is not None:
        yield from prefetched(_converted(source, source.arrow_batches, convert_arrow_batch, columns, stats))
    else:
        yield from _converted(source, source.batches, _convert_batch, columns, stats)


def _converted(
    source: TableSource,
    batches: Any,
    convert: Any,
    columns: list[PlannedColumn],
    stats: list[ColumnStats] | None,
) -> Iterator[tuple[int, list[Any]]]:
    first_row = 2  # row 1 is the header
    for batch in batches():
        converted = convert(source, batch, columns, first_row)
        if stats is not None:
            track_stats(stats, converted)
        yield first_row, converted
        first_row += len(batch[0])
    if stats is not None:
        settle_stats(stats)


def python_columns(converted: list[Any]) -> list[list[Any]]:
    """Converted columns as Python lists (Arrow arrays become lists)."""
    return [values if isinstance(values, list) else values.to_pylist() for values in converted]


def first_bad(values: Sequence[Any], convert: Any) -> int:
    """The position of the first value `convert` refuses (to name the bad row)."""
    for i, value in enumerate(values):
        try:
            convert(value)
        except (ValueError, TypeError, ArithmeticError):
            return i
    return 0


def short_error(error: Any) -> str:
    """A database error's text, cut to 300 characters for the uploader."""
    text = str(error)
    return text if len(text) <= 300 else text[:300] + "..."
