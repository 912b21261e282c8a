"""Load table sources into the workspace database as real, typed tables.

Two streaming passes over each source: pass 1 infers every column's type from all its
values, pass 2 converts and inserts batches (executemany on the raw DBAPI cursor; LOAD DATA
LOCAL INFILE through a named pipe on MySQL). CSVs are parsed, inferred and converted with
Arrow, column-wise in C; other formats, and CSVs Arrow refuses, take the Python path. Physical table
names are `<datasource prefix>_<n>`; column names are the user's own (trimmed,
deduplicated, `column_N` when empty). On any failure every table this call created is
dropped, so a failed upload leaves nothing behind.

This module runs a load (and the one-read load of a CSV on SQLite); pass 1 and the DDL are in
`load_plan.py`, pass 2's conversion in `load_convert.py`, MySQL's LOAD DATA in `load_data.py`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from shared.datasets.infer import observe_arrow
from shared.datasets.load_convert import (
    ColumnStats,
    convert_arrow_batch,
    converted_batches,
    python_columns,
    settle_stats,
    short_error,
    track_stats,
)
from shared.datasets.load_data import LocalInfileUnavailable, load_data_rows
from shared.datasets.load_plan import (
    LoadedTable,
    PlannedColumn,
    clean_column_names,
    clean_table_names,
    drop_tables,
    fresh_inferences,
    infer_source,
    plan_columns,
    table_definition,
)
from shared.datasets.readahead import prefetched
from shared.datasets.source import ArrowRefused, TableSource
from shared.errors import ValidationFailed
from shared.settings import get_settings

log = logging.getLogger("chatbi.datasets")

# What an existing column accepts on append: its own type and every narrower one.
WIDER_OR_SAME: dict[str, set[str]] = {
    "integer": {"integer", "boolean"},
    "decimal": {"integer", "decimal", "boolean"},
    "float": {"integer", "decimal", "float", "boolean"},
    "boolean": {"boolean"},
    "date": {"date"},
    "datetime": {"date", "datetime"},
    "text": {"integer", "decimal", "float", "boolean", "date", "datetime", "text"},
}


def _insert_sql(engine: Engine, physical: str, names: list[str]) -> str:
    quote = engine.dialect.identifier_preparer.quote
    placeholder = "?" if engine.dialect.paramstyle == "qmark" else "%s"
    columns = ", ".join(quote(n) for n in names)
    if placeholder == "%s":
        columns = columns.replace("%", "%%")
    values = ", ".join([placeholder] * len(names))
    return f"INSERT INTO {quote(physical)} ({columns}) VALUES ({values})"


def insert_rows(
    conn: sa.Connection,
    engine: Engine,
    source: TableSource,
    physical: str,
    columns: list[PlannedColumn],
    stats: list[ColumnStats] | None = None,
) -> int:
    """Pass 2: convert each batch column-wise and insert it with one executemany on the raw cursor.

    The DBAPI cursor of `conn` (so inside its transaction) skips SQLAlchemy's per-row parameter
    processing; on SQLite the rows stream from a zip of the columns without a list in between.
    """
    converted = converted_batches(source, columns, stats)
    batches = ((row, python_columns(arrays)) for row, arrays in converted)
    return _execute_batches(conn, engine, source, physical, [c.name for c in columns], batches)


def _execute_batches(
    conn: sa.Connection,
    engine: Engine,
    source: TableSource,
    physical: str,
    names: list[str],
    batches: Iterable[tuple[int, list[list[Any]]]],
) -> int:
    """Insert (first row number, Python columns) batches with one executemany each; returns the row count."""
    sql = _insert_sql(engine, physical, names)
    dbapi_error = engine.dialect.loaded_dbapi.Error
    streaming = engine.dialect.name == "sqlite"
    cursor = conn.connection.cursor()
    inserted = 0
    try:
        for first_row, lists in batches:
            count = len(lists[0])
            rows = zip(*lists, strict=True)
            try:
                cursor.executemany(sql, rows if streaming else list(rows))  # type: ignore[arg-type]
            except dbapi_error as exc:
                raise ValidationFailed(
                    f"{source.name}: the database refused rows {first_row}-{first_row + count - 1}: "
                    f"{short_error(exc)}"
                ) from exc
            inserted += count
    finally:
        cursor.close()
    return inserted


def column_summary(columns: list[PlannedColumn]) -> list[dict[str, Any]]:
    return [{"name": c.name, "type": c.type, "nullable": c.nullable} for c in columns]


@dataclass
class OnePassLoad:
    """A table filled by `_one_pass_sqlite`: its final plan, the counted values, the rows inserted."""

    columns: list[PlannedColumn]
    stats: list[ColumnStats]
    rows: int


class PlanChanged(Exception):
    """A later batch widened a column the one-pass load had guessed from the first batch."""


class Speculation:
    """One read of an Arrow CSV that both infers (pass 1) and converts (pass 2) each batch.

    The plan is guessed from the first batch; every batch is observed *before* it is converted,
    so the inference at the end covers every value exactly as pass 1 does. Converting a batch
    depends only on the column type and on flags set by that batch or earlier ones (blank cells,
    non-ISO dates), so while no column changes type the rows are the ones two passes would insert.
    Once a column changes, conversion stops and the rest of the file is only observed.
    """

    def __init__(self, source: TableSource, max_values: int):
        self.source, self.max_values = source, max_values
        self.inferences = fresh_inferences(source)
        self.guessed: list[PlannedColumn] = []
        self.stats: list[ColumnStats] = []
        self.final: list[PlannedColumn] = []
        self.changed = False

    def counted_batches(self) -> Iterator[tuple[int, list[Any]]]:
        """`batches`, read on a helper thread and counted (ColumnStats) on this one.

        Run on a second helper thread this makes three stages (read + infer + convert, count,
        insert). Turning Arrow into Python objects is left to the inserting thread: done here it
        would keep two more batches of Python objects alive (~30 MB of peak RSS).
        """
        for first_row, converted in prefetched(self.batches(), depth=1):
            track_stats(self.stats, converted)
            yield first_row, converted
        if not self.changed:
            settle_stats(self.stats)

    def batches(self) -> Iterator[tuple[int, list[Any]]]:
        """(first row number, Arrow columns) of each batch converted under the guessed plan."""
        assert self.source.arrow_batches is not None
        rows, first_row = 0, 2  # row 1 is the header
        for batch in self.source.arrow_batches():
            rows += len(batch[0])
            for inference, values in zip(self.inferences, batch, strict=True):
                observe_arrow(inference, values)
            plan, _ = plan_columns(self.source, self.inferences, rows)
            if not self.guessed:
                self.guessed = plan
                self.stats = [ColumnStats(c.type, self.max_values) for c in plan]
            elif not self.changed:
                self.changed = _plan_key(plan) != _plan_key(self.guessed)
            if not self.changed:
                yield first_row, convert_arrow_batch(self.source, batch, self.guessed, first_row)
            first_row += len(batch[0])
        self.final, _ = plan_columns(self.source, self.inferences, rows)
        self.changed = self.changed or _plan_key(self.final) != _plan_key(self.guessed)


def _plan_key(columns: list[PlannedColumn]) -> list[tuple[int, str]]:
    return [(c.source_index, c.type) for c in columns]


def _one_pass_sqlite(
    engine: Engine, source: TableSource, physical: str, created: list[str], max_values: int
) -> OnePassLoad | list[PlannedColumn] | None:
    """On SQLite, load an Arrow-read CSV in one read instead of two (see Speculation).

    Returns the loaded table; or, when a column changed type after the first batch, the
    complete final plan (the partial load is rolled back; pass 2 reloads with that plan); or
    None when this path does not apply (other dialects and formats, or Arrow refused the file).
    """
    if engine.dialect.name != "sqlite" or source.arrow_batches is None:
        return None
    speculation = Speculation(source, max_values)
    try:
        with engine.begin() as conn:
            batches = prefetched(speculation.counted_batches(), depth=1)
            try:
                first = next(batches, None)
                if first is None:
                    raise PlanChanged  # defensive: Arrow raises rather than yield no batch at all
                table = table_definition(physical, speculation.guessed, "sqlite")
                created.append(physical)
                table.create(conn)
                names = [c.name for c in speculation.guessed]
                python = ((row, python_columns(arrays)) for row, arrays in chain([first], batches))
                rows = _execute_batches(conn, engine, source, physical, names, python)
            finally:
                batches.close()  # stops the reading thread when the load failed part-way
            if speculation.changed:
                raise PlanChanged
            _redeclare(conn, engine, table, speculation.final)
    except ArrowRefused as exc:
        _undo_create(engine, created, physical)
        log.info("%s: read with the csv module instead of Arrow (%s)", source.name, exc)
        source.arrow_batches = None
        return None
    except PlanChanged:
        _undo_create(engine, created, physical)
        return speculation.final or None
    return OnePassLoad(speculation.final, speculation.stats, rows)


def _undo_create(engine: Engine, created: list[str], physical: str) -> None:
    """Drop the table a rolled-back one-pass load created (pysqlite commits CREATE TABLE at once)."""
    if physical in created:
        drop_tables(engine, [physical])
        created.remove(physical)


def _redeclare(conn: sa.Connection, engine: Engine, guessed: sa.Table, columns: list[PlannedColumn]) -> None:
    """Give the table its final declaration when only that grew (a decimal's precision).

    Same columns and types, so SQLite copies the stored records across (its transfer
    optimisation) instead of the loader converting and inserting everything again.
    """
    final = table_definition(guessed.name, columns, "sqlite")
    declared = str(sa.schema.CreateTable(guessed).compile(dialect=engine.dialect))
    if declared == str(sa.schema.CreateTable(final).compile(dialect=engine.dialect)):
        return
    quote = engine.dialect.identifier_preparer.quote
    staging = quote(f"{guessed.name}__guessed")
    conn.exec_driver_sql(f"ALTER TABLE {quote(guessed.name)} RENAME TO {staging}")
    final.create(conn)
    conn.exec_driver_sql(f"INSERT INTO {quote(final.name)} SELECT * FROM {staging}")
    conn.exec_driver_sql(f"DROP TABLE {staging}")


def load_tables(engine: Engine, sources: list[TableSource], physical_names: list[str]) -> list[LoadedTable]:
    """Create and fill one physical table per source; on any failure drop them all and re-raise."""
    dialect = engine.dialect.name
    logical_names = clean_table_names(s.name for s in sources)
    created: list[str] = []
    loaded = []
    try:
        for source, logical, physical in zip(sources, logical_names, physical_names, strict=True):
            max_values = get_settings().profile_max_distinct
            one_pass = _one_pass_sqlite(engine, source, physical, created, max_values)
            if isinstance(one_pass, OnePassLoad):
                columns, stats, rows = one_pass.columns, one_pass.stats, one_pass.rows
            else:
                columns = one_pass if one_pass is not None else infer_source(source)[0]
                table = table_definition(physical, columns, dialect)
                stats = [ColumnStats(c.type, max_values) for c in columns]
                rows = _fill(engine, table, source, physical, columns, stats, created)
            settle_stats(stats)
            kept = {c.name for c in columns}
            renamed = dict(zip(source.header, clean_column_names(source.header), strict=True))
            loaded.append(
                LoadedTable(
                    name=logical,
                    physical_name=physical,
                    row_count=rows,
                    columns=column_summary(columns),
                    primary_key=[renamed[c] for c in source.primary_key if renamed.get(c) in kept],
                    foreign_keys=_logical_foreign_keys(source, sources, logical_names),
                    stats={
                        c.name: result
                        for c, st in zip(columns, stats, strict=True)
                        if (result := st.result())
                    },
                )
            )
    except BaseException:
        drop_tables(engine, created)
        raise
    return loaded


def _fill(
    engine: Engine,
    table: sa.Table,
    source: TableSource,
    physical: str,
    columns: list[PlannedColumn],
    stats: list[ColumnStats],
    created: list[str],
) -> int:
    """Create the table and run pass 2: LOAD DATA on MySQL when allowed, else executemany."""
    if engine.dialect.name in ("mysql", "mariadb"):
        with engine.begin() as conn:
            created.append(physical)
            table.create(conn)
        try:
            return load_data_rows(engine, source, physical, columns, stats)
        except LocalInfileUnavailable:
            log.info("LOAD DATA LOCAL INFILE is disabled; loading %s with INSERTs", physical)
            for column_stats in stats:
                column_stats.drop()  # partly counted: leave the counting to the profiler
        with engine.begin() as conn:
            return insert_rows(conn, engine, source, physical, columns)
    with engine.begin() as conn:
        created.append(physical)
        table.create(conn)
        return insert_rows(conn, engine, source, physical, columns, stats)


def _logical_foreign_keys(
    source: TableSource, sources: list[TableSource], logical_names: list[str]
) -> list[dict[str, Any]]:
    """Foreign keys of a source database, re-pointed at the logical names of the loaded tables."""
    by_source = {s.name: logical for s, logical in zip(sources, logical_names, strict=True)}
    return [
        {**fk, "ref_table": by_source[fk["ref_table"]]}
        for fk in source.foreign_keys
        if fk["ref_table"] in by_source
    ]


def append_rows(
    engine: Engine, source: TableSource, physical: str, stored_columns: list[dict[str, Any]]
) -> int:
    """Append a source to an existing table: same column names (in any order), compatible types."""
    columns, _ = infer_source(source)
    by_name = {c.name.lower(): c for c in columns}
    expected = [c["name"] for c in stored_columns]
    missing = [n for n in expected if n.lower() not in by_name]
    extra = [c.name for c in columns if c.name.lower() not in {n.lower() for n in expected}]
    if missing or extra:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(f"'{n}'" for n in missing))
        if extra:
            parts.append("unexpected " + ", ".join(f"'{n}'" for n in extra))
        raise ValidationFailed(
            f"{source.name}: the columns do not match the existing table ({'; '.join(parts)})"
        )
    ordered = []
    for stored in stored_columns:
        column = by_name[stored["name"].lower()]
        if column.inference.non_null and column.type not in WIDER_OR_SAME[stored["type"]]:
            raise ValidationFailed(
                f"{source.name}: column '{stored['name']}' holds {stored['type']} values "
                f"but the new file has "
                f"{column.type} values in it"
            )
        column.name, column.type = stored["name"], stored["type"]
        ordered.append(column)
    with engine.begin() as conn:
        return insert_rows(conn, engine, source, physical, ordered)
