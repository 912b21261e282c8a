"""Pass 1 of a load and the table it plans: clean names, every column's type from all its values,
and the DDL of the physical table in the workspace dialect.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlalchemy.dialects import mysql

from shared.datasets.infer import ColumnInference, observe_arrow
from shared.datasets.readahead import prefetched
from shared.datasets.source import ArrowRefused, TableSource
from shared.semantic.schema import ColumnType

log = logging.getLogger("chatbi.datasets")

MYSQL_NAME_LIMIT = 64
TABLE_NAME_LIMIT = 128
# InnoDB rows are capped at 65,535 bytes; VARCHARs count fully (4 bytes/char in utf8mb4), TEXT ~12.
MYSQL_ROW_BUDGET = 60_000
VARCHAR_LENGTH = 255
NON_BMP_RE = re.compile(r"[^\u0000-\uffff]")


@dataclass
class PlannedColumn:
    name: str
    type: ColumnType
    nullable: bool
    source_index: int
    inference: ColumnInference


@dataclass
class LoadedTable:
    """A table now in the workspace database: logical name, physical name, what went in."""

    name: str
    physical_name: str
    row_count: int
    columns: list[dict[str, Any]]
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)
    # Per column, what the loader counted: {"distinct_count", "values"} (the profile need not re-count).
    stats: dict[str, dict[str, Any]] = field(default_factory=dict)


# ------------------------------------------------------------------ names


def clean_column_names(header: Sequence[Any]) -> list[str]:
    """User column names, trimmed and made unique (case-insensitively); empty -> column_N."""
    names: list[str] = []
    seen: set[str] = set()
    for position, raw in enumerate(header, 1):
        name = NON_BMP_RE.sub("_", str(raw if raw is not None else "")).replace("\x00", "").strip()
        name = name[:MYSQL_NAME_LIMIT].rstrip() or f"column_{position}"
        names.append(_unique(name, seen, MYSQL_NAME_LIMIT))
    return names


def clean_table_names(names: Iterable[str]) -> list[str]:
    """Logical table names: trimmed, unique case-insensitively, never empty."""
    result: list[str] = []
    seen: set[str] = set()
    for position, raw in enumerate(names, 1):
        name = (
            NON_BMP_RE.sub("_", raw or "").replace("\x00", "").strip()[:TABLE_NAME_LIMIT]
            or f"table_{position}"
        )
        result.append(_unique(name, seen, TABLE_NAME_LIMIT))
    return result


def _unique(name: str, seen: set[str], limit: int) -> str:
    candidate, n = name, 1
    while candidate.lower() in seen:
        n += 1
        suffix = f"_{n}"
        candidate = name[: limit - len(suffix)] + suffix
    seen.add(candidate.lower())
    return candidate


# ------------------------------------------------------------------ pass 1


def infer_source(source: TableSource) -> tuple[list[PlannedColumn], int]:
    """Pass 1: every column's type from all its values, and the row count.

    A CSV is read with Arrow when it can be; if Arrow refuses it (ragged rows, odd quoting) the
    source drops to the Python csv reader for both passes, which names the offending line.
    """
    if source.arrow_batches is not None:
        try:
            arrow = source.arrow_batches
            return plan_columns(source, *_observe(source, lambda: prefetched(arrow()), observe_arrow))
        except ArrowRefused as exc:
            log.info("%s: read with the csv module instead of Arrow (%s)", source.name, exc)
            source.arrow_batches = None
    return plan_columns(source, *_observe(source, source.batches, ColumnInference.observe))


def fresh_inferences(source: TableSource) -> list[ColumnInference]:
    declared = source.declared or [None] * len(source.header)
    return [ColumnInference(name=str(h), declared=d) for h, d in zip(source.header, declared, strict=True)]


def _observe(source: TableSource, batches: Any, observe: Any) -> tuple[list[ColumnInference], int]:
    inferences = fresh_inferences(source)
    rows = 0
    for batch in batches():
        rows += len(batch[0]) if batch else 0
        for inference, values in zip(inferences, batch, strict=True):
            observe(inference, values)
    return inferences, rows


def plan_columns(
    source: TableSource, inferences: list[ColumnInference], rows: int
) -> tuple[list[PlannedColumn], int]:
    names = clean_column_names(source.header)
    planned = []
    for index, (raw, name, inference) in enumerate(zip(source.header, names, inferences, strict=True)):
        # A column without a header and without a single value is spreadsheet residue, not data.
        if (raw is None or not str(raw).strip()) and inference.non_null == 0 and rows > 0:
            continue
        planned.append(
            PlannedColumn(name, inference.type, inference.nulls > 0 or rows == 0, index, inference)
        )
    return planned, rows


# ------------------------------------------------------------------ DDL


def sql_type(column: PlannedColumn, dialect: str, varchar_ok: bool) -> Any:
    """The SQL type of a planned column in the workspace dialect."""
    inference = column.inference
    if column.type == "integer":
        return sa.BigInteger()
    if column.type == "decimal":
        scale = min(inference.scale, 30)
        precision = min(max(inference.int_digits + scale, scale + 1, 1), 65)
        return sa.Numeric(precision, scale, asdecimal=False)
    if column.type == "float":
        return sa.Double()
    if column.type == "boolean":
        return sa.Boolean(create_constraint=False)
    if column.type == "date":
        return sa.Date()
    if column.type == "datetime":
        return sa.DateTime()
    if dialect in ("mysql", "mariadb"):
        if varchar_ok and inference.max_length <= VARCHAR_LENGTH:
            return sa.String(VARCHAR_LENGTH)
        if inference.max_length * 4 <= 65_535:
            return mysql.TEXT()
        if inference.max_length * 4 <= 16_777_215:
            return mysql.MEDIUMTEXT()
        return mysql.LONGTEXT()
    return sa.Text()


def table_definition(physical: str, columns: list[PlannedColumn], dialect: str) -> sa.Table:
    """A SQLAlchemy Table for the planned columns (utf8mb4 binary collation on MySQL: exact like SQLite)."""
    budget = MYSQL_ROW_BUDGET
    sa_columns = []
    for column in columns:
        varchar_ok = budget >= VARCHAR_LENGTH * 4 + 2
        type_ = sql_type(column, dialect, varchar_ok)
        if (
            isinstance(type_, sa.String)
            and not isinstance(type_, sa.Text)
            and dialect in ("mysql", "mariadb")
        ):
            budget -= VARCHAR_LENGTH * 4 + 2
        sa_columns.append(sa.Column(column.name, type_, nullable=True, quote=True))
    return sa.Table(
        physical,
        sa.MetaData(),
        *sa_columns,
        mysql_engine="InnoDB",
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_bin",
    )


def drop_tables(engine: Engine, physical_names: Iterable[str]) -> None:
    """Drop physical tables if they exist (cleanup must never mask the original error)."""
    quote = engine.dialect.identifier_preparer.quote
    with engine.begin() as conn:
        for name in physical_names:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {quote(name)}")
