"""Load table sources into the workspace database as real, typed tables.

Two streaming passes over each source: pass 1 infers every column's type from all its
values, pass 2 converts and inserts batches (executemany on the raw DBAPI cursor; LOAD DATA
LOCAL INFILE through a named pipe on MySQL). CSVs are parsed, inferred and converted with
Arrow, column-wise in C; other formats, and CSVs Arrow refuses, take the Python path. Physical table
names are `<datasource prefix>_<n>`; column names are the user's own (trimmed,
deduplicated, `column_N` when empty). On any failure every table this call created is
dropped, so a failed upload leaves nothing behind.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import tempfile
from collections import Counter
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlalchemy.dialects import mysql

from shared.datasets.formats import ArrowRefused, ColumnBatch, TableSource
from shared.datasets.infer import (
    ARROW_TYPES,
    CONVERTERS,
    ColumnInference,
    NotVectorisable,
    convert_arrow,
    convert_column,
    observe_arrow,
)
from shared.errors import ValidationFailed
from shared.semantic.schema import ColumnType
from shared.settings import get_settings

log = logging.getLogger("chatbi.datasets")

MYSQL_NAME_LIMIT = 64
# Distinct values tracked while loading (~100 bytes each): bounds the loader's memory.
DISTINCT_BUDGET = 1_500_000
TABLE_NAME_LIMIT = 128
# InnoDB rows are capped at 65,535 bytes; VARCHARs count fully (4 bytes/char in utf8mb4), TEXT ~12.
MYSQL_ROW_BUDGET = 60_000
VARCHAR_LENGTH = 255
NON_BMP_RE = re.compile(r"[^\u0000-\uffff]")
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
            return _plan(source, *_observe(source, lambda: prefetched(arrow()), observe_arrow))
        except ArrowRefused as exc:
            log.info("%s: read with the csv module instead of Arrow (%s)", source.name, exc)
            source.arrow_batches = None
    return _plan(source, *_observe(source, source.batches, ColumnInference.observe))


def _fresh_inferences(source: TableSource) -> list[ColumnInference]:
    declared = source.declared or [None] * len(source.header)
    return [ColumnInference(name=str(h), declared=d) for h, d in zip(source.header, declared, strict=True)]


def _observe(source: TableSource, batches: Any, observe: Any) -> tuple[list[ColumnInference], int]:
    inferences = _fresh_inferences(source)
    rows = 0
    for batch in batches():
        rows += len(batch[0]) if batch else 0
        for inference, values in zip(inferences, batch, strict=True):
            observe(inference, values)
    return inferences, rows


def _plan(
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


# ------------------------------------------------------------------ pass 2


def _insert_sql(engine: Engine, physical: str, names: list[str]) -> str:
    quote = engine.dialect.identifier_preparer.quote
    placeholder = "?" if engine.dialect.paramstyle == "qmark" else "%s"
    columns = ", ".join(quote(n) for n in names)
    if placeholder == "%s":
        columns = columns.replace("%", "%%")
    values = ", ".join([placeholder] * len(names))
    return f"INSERT INTO {quote(physical)} ({columns}) VALUES ({values})"


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
        import pyarrow as pa
        import pyarrow.compute as pc

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
        import pyarrow as pa
        import pyarrow.compute as pc

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
    import pyarrow.compute as pc

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
            bad = _first_bad(values, convert)
            raise ValidationFailed(
                f"{source.name}: row {first_row + bad}, column '{column.name}': "
                f"{values[bad]!r} is not a valid {column.type}"
            ) from None
    return converted


def _track(stats: list[ColumnStats], converted: list[Any]) -> None:
    for column_stats, values in zip(stats, converted, strict=True):
        column_stats.add(values)
    if sum(s.size for s in stats) > 2 * DISTINCT_BUDGET:
        settle_stats(stats)


def settle_stats(stats: list[ColumnStats]) -> None:
    """Deduplicate every column's distinct values; drop the largest columns while over the budget."""
    import pyarrow as pa

    for column_stats in stats:
        column_stats.merge()
        pa.default_memory_pool().release_unused()
    while sum(s.size for s in stats) > DISTINCT_BUDGET:
        max(stats, key=lambda s: s.size).drop()


def _convert_arrow_batch(
    source: TableSource, batch: list[Any], columns: list[PlannedColumn], first_row: int
) -> list[Any]:
    """Pass 2 of an Arrow batch, column by column; exotic values go through the Python converters."""
    import pyarrow as pa

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
        yield from prefetched(_converted(source, source.arrow_batches, _convert_arrow_batch, columns, stats))
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
            _track(stats, converted)
        yield first_row, converted
        first_row += len(batch[0])
    if stats is not None:
        settle_stats(stats)


def prefetched(items: Iterator[Any], depth: int = 2) -> Generator[Any, None, None]:
    """`items`, produced on a helper thread up to `depth` ahead; its exceptions re-raise here."""
    import queue
    import threading

    handoff: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        handoff.put(("item", item), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            handoff.put(("done", None))
        except BaseException as exc:  # handed to the consumer, raised there
            handoff.put(("error", exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # a generator stops its own helper threads now, not when collected

    worker = threading.Thread(target=produce, name="chatbi-load-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = handoff.get()
            if kind == "done":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        while worker.is_alive():
            try:
                handoff.get_nowait()
            except queue.Empty:
                worker.join(timeout=0.05)


def _python_columns(converted: list[Any]) -> list[list[Any]]:
    return [values if isinstance(values, list) else values.to_pylist() for values in converted]


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
    batches = ((row, _python_columns(arrays)) for row, arrays in converted)
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
                    f"{_short(exc)}"
                ) from exc
            inserted += count
    finally:
        cursor.close()
    return inserted


class LocalInfileUnavailable(Exception):
    """The MySQL server or client does not allow LOAD DATA LOCAL INFILE."""


TSV_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))


def tsv_lines(converted: list[Any], columns: list[PlannedColumn]) -> Any:
    """One batch as LOAD DATA text (tab-separated, backslash escapes, \\N for NULL), built in Arrow."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cells = []
    for values, column in zip(converted, columns, strict=True):
        if isinstance(values, list):
            values = pa.array(values, pa.type_for_alias(ARROW_TYPES[column.type]))
        if pa.types.is_boolean(values.type):
            values = pc.cast(values, pa.int8())
        if not pa.types.is_string(values.type):
            values = pc.cast(values, pa.string())
        elif pc.any(pc.match_substring_regex(values, r"[\\\t\n\r]")).as_py():
            for char, escaped in TSV_ESCAPES:
                values = pc.replace_substring(values, char, escaped)
        cells.append(pc.fill_null(values, "\\N"))
    lines = pc.binary_join_element_wise(pc.binary_join_element_wise(*cells, "\t"), "\n", "")
    whole = pa.ListArray.from_arrays(pa.array([0, len(lines)], pa.int32()), lines)
    return pc.binary_join(whole, "")[0].as_buffer()


def load_data_rows(
    engine: Engine,
    source: TableSource,
    physical: str,
    columns: list[PlannedColumn],
    stats: list[ColumnStats] | None = None,
) -> int:
    """Pass 2 on MySQL/MariaDB: converted rows as tab-separated text, loaded by LOAD DATA LOCAL INFILE.

    The server parses the text in C, several times faster than executemany through PyMySQL.
    Where the OS has named pipes the rows stream through one (a helper thread writes while the
    server loads), so conversion and loading overlap and no temp file holds the table.
    Values were already validated and converted, so a warning from the server is an error.
    """
    quote = engine.dialect.identifier_preparer.quote
    with tempfile.TemporaryDirectory(prefix="chatbi-load-") as workdir:
        path = os.path.join(workdir, "rows.tsv")
        writer = TsvWriter(path, source, columns, stats)
        if hasattr(os, "mkfifo"):
            os.mkfifo(path, 0o600)
            writer.start()
        else:
            writer.run()
        names = ", ".join(quote(c.name) for c in columns)
        escaped_path = path.replace("\\", "\\\\").replace("'", "\\'")
        sql = (
            f"LOAD DATA LOCAL INFILE '{escaped_path}' INTO TABLE {quote(physical)} CHARACTER SET utf8mb4 "
            f"FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ({names})"
        )
        # The one connection with LOCAL INFILE on: to the operator's own workspace database (never a
        # user-supplied URL), opened for this statement only; every other engine has it off (db.py).
        loader = sa.create_engine(engine.url, connect_args={"local_infile": True}, poolclass=sa.pool.NullPool)
        try:
            with loader.begin() as conn:
                try:
                    loaded = conn.exec_driver_sql(sql).rowcount
                except sa.exc.DBAPIError as exc:
                    writer.finish(stop=True)  # a conversion error explains a refused load best
                    code = exc.orig.args[0] if exc.orig is not None and exc.orig.args else None
                    if code in (1148, 2068, 3948, 3950):
                        raise LocalInfileUnavailable(str(exc.orig)) from exc
                    raise ValidationFailed(
                        f"{source.name}: the database refused the rows: {_short(exc.orig)}"
                    ) from exc
                written = writer.finish()  # raises the writer's error: the transaction rolls back
                warning = conn.exec_driver_sql("SHOW WARNINGS LIMIT 1").first()
                if warning is not None:
                    raise ValidationFailed(f"{source.name}: the database refused a value: {warning[2]}")
        finally:
            writer.finish(stop=True, quiet=True)
            loader.dispose()
    if loaded != written:
        raise ValidationFailed(f"{source.name}: {written} rows were sent but {loaded} were stored")
    return written


class TsvWriter:
    """Writes pass 2's rows as LOAD DATA text to `path` (a named pipe or a plain file), maybe on a thread."""

    def __init__(
        self, path: str, source: TableSource, columns: list[PlannedColumn], stats: list[ColumnStats] | None
    ):
        import threading

        self.path, self.source, self.columns, self.stats = path, source, columns, stats
        self.written = 0
        self.error: BaseException | None = None
        self.stop = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        import threading

        self.thread = threading.Thread(target=self._guarded, name="chatbi-load-data", daemon=True)
        self.thread.start()

    def _guarded(self) -> None:
        try:
            self.run()
        except BrokenPipeError:
            pass  # the reader gave up; its own error is the one to report
        except BaseException as exc:  # re-raised by finish() on the loading thread
            self.error = exc

    def run(self) -> None:
        fd = self._open()
        if fd is None:
            return
        with os.fdopen(fd, "wb") as handle:
            for _, converted in converted_batches(self.source, self.columns, self.stats):
                if self.stop.is_set():
                    return
                handle.write(tsv_lines(converted, self.columns))
                self.written += len(converted[0])

    def _open(self) -> int | None:
        """The write end; a pipe opens only once the reader does, so wait for it (or for finish())."""
        if self.thread is None:
            return os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        while not self.stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:  # ENXIO: no reader yet
                    raise
                self.stop.wait(0.005)
                continue
            os.set_blocking(fd, True)
            return fd
        return None

    def finish(self, stop: bool = False, quiet: bool = False) -> int:
        """Wait for the writer (told to `stop` first when the load failed); re-raise its error unless `quiet`.

        Returns the rows written.
        """
        if self.thread is not None:
            if stop:
                self.stop.set()
            self.thread.join()
        if self.error is not None and not quiet:
            error, self.error = self.error, None
            raise error
        return self.written


def _first_bad(values: Sequence[Any], convert: Any) -> int:
    for i, value in enumerate(values):
        try:
            convert(value)
        except (ValueError, TypeError, ArithmeticError):
            return i
    return 0


def _short(error: Any) -> str:
    text = str(error)
    return text if len(text) <= 300 else text[:300] + "..."


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
        self.inferences = _fresh_inferences(source)
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
            _track(self.stats, converted)
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
            plan, _ = _plan(self.source, self.inferences, rows)
            if not self.guessed:
                self.guessed = plan
                self.stats = [ColumnStats(c.type, self.max_values) for c in plan]
            elif not self.changed:
                self.changed = _plan_key(plan) != _plan_key(self.guessed)
            if not self.changed:
                yield first_row, _convert_arrow_batch(self.source, batch, self.guessed, first_row)
            first_row += len(batch[0])
        self.final, _ = _plan(self.source, self.inferences, rows)
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
                python = ((row, _python_columns(arrays)) for row, arrays in chain([first], batches))
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
