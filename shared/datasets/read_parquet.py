"""Parquet uploads: the file declares its column types; nested columns are refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shared.datasets.source import BATCH_ROWS, ColumnBatch, TableSource, check_columns, require_rows
from shared.errors import ValidationFailed
from shared.semantic.schema import ColumnType


def _arrow_type(arrow_type: Any) -> ColumnType | None:
    import pyarrow as pa  # lazy: heavy (pyarrow)

    t = pa.types
    if t.is_boolean(arrow_type):
        return "boolean"
    if t.is_integer(arrow_type):
        return "integer"
    if t.is_floating(arrow_type):
        return "float"
    if t.is_decimal(arrow_type):
        return "decimal"
    if t.is_date(arrow_type):
        return "date"
    if t.is_timestamp(arrow_type):
        return "datetime"
    if t.is_string(arrow_type) or t.is_large_string(arrow_type) or t.is_dictionary(arrow_type):
        return "text"
    if t.is_nested(arrow_type):
        raise ValueError("nested")
    return "text"


def parquet_table(path: Path, filename: str, stem: str) -> TableSource:
    import pyarrow.parquet as pq  # lazy: heavy (pyarrow)

    try:
        schema = pq.ParquetFile(path).schema_arrow
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise ValidationFailed(f"{filename} is not a readable Parquet file: {exc}") from exc
    header = list(schema.names)
    check_columns(filename, "", len(header))
    declared: list[ColumnType | None] = []
    for f in schema:
        try:
            declared.append(_arrow_type(f.type))
        except ValueError as exc:
            raise ValidationFailed(
                f"{filename}: column '{f.name}' has nested type {f.type}; only flat columns are supported"
            ) from exc

    def batches() -> Iterator[ColumnBatch]:
        pf = pq.ParquetFile(path)
        for record_batch in pf.iter_batches(batch_size=BATCH_ROWS):
            yield [column.to_pylist() for column in record_batch.columns]

    return TableSource(name=stem, header=header, batches=require_rows(batches, filename), declared=declared)
