"""SQLite database uploads: every table, read-only and immutable, under the query deadline.

The uploader's VIRTUAL generated columns are computed on every read, so SQLite's time and value
lengths are bounded while the file is read.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from shared.datasets.profiling import column_type_of
from shared.datasets.source import BATCH_ROWS, ColumnBatch, TableSource, check_columns
from shared.errors import PayloadTooLarge, ValidationFailed
from shared.settings import get_settings

# A value SQLite computes for a VIRTUAL generated column while an upload is read: at most this
# long (a stored value cannot be longer than the upload itself, a computed one could be 1 GB).
GENERATED_VALUE_MAX_BYTES = 1024 * 1024
# VM steps between deadline checks when a table has VIRTUAL generated columns (a few per row).
GENERATED_PROGRESS_STEPS = 20
# Rows per fetch from a table with VIRTUAL generated columns (bounds the values held at once).
GENERATED_BATCH_ROWS = 100


class _ReadBudget:
    """The query deadline, applied to the time spent inside SQLite while an upload is read.

    Only time in SQLite counts (not the loader's inserts between fetches), and each read of a
    table (inference, then load) gets the whole budget, like one query. The progress handler
    interrupts a statement whose budget is spent, even inside one long fetch.
    """

    def __init__(self, seconds: float):
        self.remaining = seconds
        self.deadline = [float("inf")]

    def install(self, conn: sqlite3.Connection, max_length: int, steps: int = 1000) -> None:
        deadline = self.deadline
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline[0] else 0, steps)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max_length)

    def run(self, call: Callable[[], Any]) -> Any:
        started = time.monotonic()
        self.deadline[0] = started + max(self.remaining, 0.0)
        try:
            return call()
        finally:
            self.deadline[0] = float("inf")
            self.remaining -= time.monotonic() - started


def _open_upload_db(uri: str, budget: _ReadBudget, max_length: int, steps: int = 1000) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True)
    budget.install(conn, max_length, steps)
    return conn


def _sqlite_read_error(
    filename: str, table: str | None, exc: sqlite3.Error, generated: list[str]
) -> Exception:
    """What to tell the uploader when SQLite stopped (deadline, value too big) or failed."""
    where = f"{filename}, table '{table}'" if table else filename
    computed = (
        f" (it computes the generated column(s) {', '.join(repr(g) for g in generated)})" if generated else ""
    )
    text = str(exc)
    if "interrupted" in text:
        timeout = get_settings().query_timeout_s
        return ValidationFailed(
            f"{where}: reading it took longer than the {timeout:g} s query time limit{computed}; "
            f"store computed columns as values (GENERATED ... STORED or a plain column) and upload again"
        )
    if "too big" in text:
        return PayloadTooLarge(
            f"{where}: a value is larger than {GENERATED_VALUE_MAX_BYTES // (1024 * 1024)} MB{computed}; "
            f"store computed columns as values and upload again"
        )
    return ValidationFailed(f"{where} could not be read: {text}")


def sqlite_tables(path: Path, filename: str) -> list[TableSource]:
    """Every table of an uploaded SQLite database, opened read-only and immutable.

    Everything SQLite does for the upload runs under the query deadline and a value-length limit:
    a VIRTUAL generated column is computed on every read, and its expression is the uploader's.
    """
    settings = get_settings()
    uri = f"file:{path}?mode=ro&immutable=1"
    upload_bytes = settings.max_upload_mb * 1024 * 1024
    schema_budget = _ReadBudget(settings.query_timeout_s)
    engine = sa.create_engine("sqlite://", creator=lambda: _open_upload_db(uri, schema_budget, upload_bytes))
    try:
        inspector = sa.inspect(engine)
        names = schema_budget.run(
            lambda: [n for n in inspector.get_table_names() if not n.startswith("sqlite_")]
        )
        if len(names) > settings.max_sheets:
            raise ValidationFailed(
                f"{filename} has {len(names)} tables; at most {settings.max_sheets} are allowed"
            )
        tables = []
        for name in names:
            columns: list[Any] = schema_budget.run(partial(inspector.get_columns, name))
            header = [c["name"] for c in columns]
            check_columns(f"{filename}, table '{name}'", "", len(header))
            primary_key = list(inspector.get_pk_constraint(name).get("constrained_columns") or [])
            foreign_keys = [
                {
                    "columns": list(fk["constrained_columns"]),
                    "ref_table": fk["referred_table"],
                    "ref_columns": list(fk["referred_columns"]),
                }
                for fk in inspector.get_foreign_keys(name)
                if fk.get("referred_table") in names and fk.get("referred_columns")
            ]
            generated = [
                i for i, c in enumerate(columns) if c.get("computed") and not c["computed"].get("persisted")
            ]

            def batches(
                name: str = name,
                generated: list[int] = generated,
                computed_names: list[str] = [header[i] for i in generated],  # noqa: B006 - bound per table
            ) -> Iterator[ColumnBatch]:
                budget = _ReadBudget(settings.query_timeout_s)
                max_length = GENERATED_VALUE_MAX_BYTES if generated else upload_bytes
                # One row can cost milliseconds inside a single VM step: check the clock often.
                steps = GENERATED_PROGRESS_STEPS if generated else 1000
                conn = _open_upload_db(uri, budget, max_length, steps)
                conn.text_factory = lambda b: b.decode("utf-8", errors="replace")
                rows_per_fetch = GENERATED_BATCH_ROWS if generated else BATCH_ROWS
                computed_bytes = 0
                try:
                    quoted = '"' + name.replace('"', '""') + '"'
                    cursor = budget.run(lambda: conn.execute(f"SELECT * FROM {quoted}"))
                    batch: list[tuple[Any, ...]] = []
                    while rows := budget.run(lambda: cursor.fetchmany(rows_per_fetch)):
                        if generated:
                            computed_bytes += sum(_size(row[i]) for row in rows for i in generated)
                            if computed_bytes > upload_bytes:
                                raise PayloadTooLarge(
                                    f"{filename}, table '{name}': its generated columns compute more than "
                                    f"{settings.max_upload_mb} MB of values (the upload limit); store them "
                                    f"as values and upload again"
                                )
                        batch.extend(rows)
                        if len(batch) >= BATCH_ROWS or not generated:
                            yield [list(col) for col in zip(*batch, strict=True)]
                            batch = []
                    if batch:
                        yield [list(col) for col in zip(*batch, strict=True)]
                except sqlite3.Error as exc:
                    raise _sqlite_read_error(filename, name, exc, computed_names) from None
                finally:
                    conn.close()

            tables.append(
                TableSource(
                    name=name,
                    header=header,
                    batches=batches,
                    declared=[column_type_of(c["type"]) for c in columns],
                    primary_key=primary_key,
                    foreign_keys=foreign_keys,
                )
            )
    except sa.exc.DatabaseError as exc:
        if isinstance(exc.orig, sqlite3.OperationalError) and "interrupted" in str(exc.orig):
            raise _sqlite_read_error(filename, None, exc.orig, []) from exc
        raise ValidationFailed(f"{filename} is not a readable SQLite database: {exc.orig}") from exc
    finally:
        engine.dispose()
    if not tables:
        raise ValidationFailed(f"{filename} has no tables")
    return tables


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes) else 8
