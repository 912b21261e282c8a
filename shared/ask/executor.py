"""The read-only executor: runs one (guarded) SELECT and returns JSON-ready rows.

Read-only by construction, whatever the parser missed: SQLite runs under `PRAGMA query_only`
and an authorizer that only permits reading; MySQL/MariaDB and PostgreSQL run inside a
READ ONLY transaction that is always rolled back. Every statement has a timeout enforced by
the database (SQLite: a progress handler). Rows are streamed (server-side cursors where the
driver has them) and capped, so a large table is never held in memory.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError

from shared.errors import QueryFailed, QueryTimeout
from shared.settings import get_settings

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

FETCH_CHUNK_ROWS = 1000
_SQLITE_PROGRESS_STEPS = 1000
DEADLINE_KEY = "chatbi_deadline"  # connection.info key: [monotonic deadline], shared with datasets.connect
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?")


@dataclass
class QueryResult:
    columns: list[dict[str, str]]
    rows: list[list[Any]]
    row_count: int
    truncated: bool
    elapsed_ms: float
    # Why `truncated`: "rows" (the row cap), "bytes" (the answer's size cap), "cells" (long values cut).
    truncation: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "columns": self.columns,
            "rows": self.rows,
            "row_count": self.row_count,
            "truncated": self.truncated,
            "elapsed_ms": self.elapsed_ms,
        }


# --------------------------------------------------------------------------- values


def json_value(value: Any) -> Any:
    """A database value as a JSON-friendly Python value (numbers stay numbers)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        if value == value.to_integral_value() and abs(value) < 2**53:
            return int(value)
        return float(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return _format_duration(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return _bytes_text(bytes(value))
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    return str(value)


def _format_duration(value: dt.timedelta) -> str:
    """MySQL TIME values arrive as timedelta and may exceed 24 h or be negative: H:MM:SS."""
    total = int(value.total_seconds())
    sign = "-" if total < 0 else ""
    hours, rest = divmod(abs(total), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"


def _bytes_text(value: bytes) -> str:
    """MySQL hands some text back as bytes (binary collations): keep readable text, else base64."""
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        return base64.b64encode(value).decode("ascii")
    return text if text.isprintable() else base64.b64encode(value).decode("ascii")


def _value_kind(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float | Decimal):
        return "number"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value):
            return "date"
        if _ISO_DATETIME.fullmatch(value):
            return "datetime"
    return "text"


def _merge_kinds(kinds: set[str]) -> str:
    if not kinds:
        return "text"
    if len(kinds) == 1:
        return next(iter(kinds))
    if kinds <= {"integer", "number", "boolean"}:
        return "number"
    if kinds <= {"date", "datetime"}:
        return "datetime"
    return "text"


def infer_column_types(raw_rows: list[tuple[Any, ...]], width: int) -> list[str]:
    """A simple type per column from the raw values (SQLite has no useful cursor types, and the
    same answer must look the same on every backend)."""
    kinds: list[set[str]] = [set() for _ in range(width)]
    for row in raw_rows:
        for index, value in enumerate(row):
            kind = _value_kind(value)
            if kind is not None:
                kinds[index].add(kind)
    return [_merge_kinds(column_kinds) for column_kinds in kinds]


# --------------------------------------------------------------------------- errors


_MYSQL_TIMEOUT_CODES = {3024, 1969, 1317}
_MYSQL_READONLY_CODES = {1792, 1290, 1142, 1044, 1045}


def _error_text(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    args: tuple[Any, ...] = tuple(getattr(original, "args", ()))
    pymysql_style = len(args) >= 2 and isinstance(args[0], int)  # (code, message)
    text = str(args[1]) if pymysql_style else str(original)
    return text.strip().splitlines()[0] if text.strip() else type(original).__name__


def _error_code(error: BaseException) -> Any:
    original = getattr(error, "orig", None) or error
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate:
        return sqlstate
    args = getattr(original, "args", ())
    return args[0] if args and isinstance(args[0], int) else None


def query_error(error: BaseException, timeout_s: float) -> QueryFailed:
    """A database error as a domain error a user can act on."""
    text = _error_text(error)
    code = _error_code(error)
    lowered = text.lower()
    if (
        code in _MYSQL_TIMEOUT_CODES
        or code == "57014"
        or lowered == "interrupted"
        or "max_statement_time" in lowered
        or "maximum statement execution time" in lowered
    ):
        return QueryTimeout(
            f"The query was stopped after {timeout_s:g} s; narrow it down (filters, fewer groups) "
            f"and try again.",
            details={"timeout_s": timeout_s},
        )
    if code == "25006" or code in _MYSQL_READONLY_CODES or "readonly" in lowered or "read-only" in lowered:
        return QueryFailed(
            f"The query tried to change data; only reading is allowed ({text}).",
            details={"reason": "read_only"},
        )
    if "string or blob too big" in lowered or "user-defined function raised exception" in lowered:
        # The only functions ChatBI defines are the bounded printf/format (see _BoundedPrintf).
        return QueryFailed(
            "The query would build a value longer than the length limit "
            f"(string or blob too big); ask for shorter values ({text}).",
            details={"reason": "too_big"},
        )
    if "not authorized" in lowered:
        return QueryFailed(
            f"The query tried to do something other than reading this datasource's tables ({text}).",
            details={"reason": "not_allowed"},
        )
    return QueryFailed(f"The database could not run the query: {text}", details={"reason": "database"})


# --------------------------------------------------------------------------- read-only sessions


def _sqlite_authorizer(action: int, arg1: Any, arg2: Any, _db: Any, _trigger: Any) -> int:
    """Second line for SQLite: only reading statements, functions and recursive CTEs compile."""
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_RECURSIVE):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_READ:
        table = str(arg1 or "").lower()
        return sqlite3.SQLITE_DENY if table.startswith("sqlite_") else sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        name = str(arg2 or "").lower()
        denied = ("load_extension", "readfile", "writefile", "edit", "fts3_tokenizer")
        return sqlite3.SQLITE_DENY if name in denied else sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _sqlite_deadline_handler(deadline: list[float]) -> Callable[[], int]:
    def handler() -> int:
        return 1 if time.monotonic() > deadline[0] else 0

    return handler


@contextmanager
def _reset_or_discard(connection: Connection) -> Iterator[None]:
    """Run session-reset statements; if they fail the connection is invalidated so a session
    left in the wrong mode never goes back to the pool."""
    try:
        yield
    except BaseException:
        connection.invalidate()
        raise


def sqlite_length_limit(raw: Any) -> int:
    """Make SQLite refuse to build a string or blob longer than the setting (printf('%.*c',
    1e9, 'x') or a cross-joined group_concat fail at once instead of allocating gigabytes).
    Returns the previous limit."""
    return int(raw.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max(1000, get_settings().sqlite_max_length)))


_FORMAT_NUMBER = re.compile(r"%[-+ 0#,!]*(\d*)(?:\.(\d*))?")


class _BoundedPrintf:
    """SQLite's printf/format, refusing a width or precision past the length limit.

    SQLite 3.40 stops *allocating* at the length limit but still loops over a huge precision
    (printf('%.*c', 1e9, 'x') spins for seconds inside one call, where no progress handler
    runs). The checked call runs on a private in-memory connection with the same limit.
    """

    def __init__(self, limit: int):
        self.limit = limit
        self._side = sqlite3.connect(":memory:", check_same_thread=False)
        self._side.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)

    def __call__(self, *args: Any) -> Any:
        if args and isinstance(args[0], str):
            for width, precision in _FORMAT_NUMBER.findall(args[0]):
                if max(int(width or 0), int(precision or 0)) > self.limit:
                    raise ValueError("printf width or precision past the length limit")
        for value in args[1:]:
            if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > self.limit:
                raise ValueError("printf argument past the length limit")
        marks = ", ".join("?" * len(args))
        return self._side.execute(f"SELECT printf({marks})", args).fetchone()[0]


@contextmanager
def _sqlite_read_only(connection: Connection, timeout_s: float) -> Iterator[str]:
    raw = connection.connection.dbapi_connection
    assert raw is not None
    previous_length = sqlite_length_limit(raw)
    limit = int(raw.getlimit(sqlite3.SQLITE_LIMIT_LENGTH))
    printf = connection.info.get("chatbi_printf")
    if printf is None or printf.limit != limit:  # once per pooled connection (and limit)
        printf = connection.info["chatbi_printf"] = _BoundedPrintf(limit)
        for name in ("printf", "format"):
            raw.create_function(name, -1, printf, deterministic=True)
    # The deadline list is shared (same key) with read-only engines that install their own
    # handler (shared.datasets.connect), so both keep working on a pooled connection.
    deadline: list[float] = connection.info.setdefault(DEADLINE_KEY, [math.inf])
    was_query_only = bool(raw.execute("PRAGMA query_only").fetchone()[0])
    raw.execute("PRAGMA query_only=ON")
    raw.set_authorizer(_sqlite_authorizer)
    raw.set_progress_handler(_sqlite_deadline_handler(deadline), _SQLITE_PROGRESS_STEPS)
    deadline[0] = time.monotonic() + timeout_s
    try:
        yield "{sql}"
    finally:
        with _reset_or_discard(connection):
            deadline[0] = math.inf
            raw.set_authorizer(None)
            raw.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, previous_length)
            if not was_query_only:
                raw.execute("PRAGMA query_only=OFF")


@contextmanager
def _mysql_read_only(connection: Connection, timeout_s: float) -> Iterator[str]:
    # The session characteristic matters: DDL commits the current transaction implicitly and
    # would then run outside a merely transaction-level READ ONLY. Previous values are restored
    # (an engine may already be read-only for everyone, see shared.datasets.connect).
    mariadb = bool(getattr(connection.dialect, "is_mariadb", False))
    if mariadb:
        was_read_only = connection.exec_driver_sql("SELECT @@session.tx_read_only").scalar()
        previous_timeout = None
    else:
        was_read_only, previous_timeout = connection.exec_driver_sql(
            "SELECT @@session.transaction_read_only, @@session.max_execution_time"
        ).one()
    connection.exec_driver_sql("SET SESSION TRANSACTION READ ONLY")
    try:
        connection.exec_driver_sql("START TRANSACTION READ ONLY")
        if mariadb:
            # Per statement, so nothing leaks into the pooled session.
            yield f"SET STATEMENT max_statement_time={max(timeout_s, 0.001):.3f} FOR {{sql}}"
        else:
            connection.exec_driver_sql(f"SET SESSION max_execution_time={max(1, int(timeout_s * 1000))}")
            yield "{sql}"
    finally:
        with _reset_or_discard(connection):
            connection.rollback()
            if previous_timeout is not None:
                connection.exec_driver_sql(f"SET SESSION max_execution_time={int(previous_timeout)}")
            if not int(was_read_only or 0):
                connection.exec_driver_sql("SET SESSION TRANSACTION READ WRITE")


@contextmanager
def _postgres_read_only(connection: Connection, timeout_s: float) -> Iterator[str]:
    # Transaction-scoped (rolled back at the end). Statements run through a server-side cursor,
    # i.e. `DECLARE ... CURSOR FOR <sql>` over the extended protocol: one SELECT, nothing else.
    connection.exec_driver_sql("SET TRANSACTION READ ONLY")
    connection.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(timeout_s * 1000))}")
    yield "{sql}"


_SESSIONS = {
    "sqlite": _sqlite_read_only,
    "mysql": _mysql_read_only,
    "mariadb": _mysql_read_only,
    "postgresql": _postgres_read_only,
}


@contextmanager
def read_only_connection(engine: Engine, timeout_s: float) -> Iterator[tuple[Connection, str]]:
    """A connection in a read-only, time-limited state, and the template a statement runs in.
    Always rolled back; a connection that cannot be reset is discarded, never pooled."""
    session = _SESSIONS.get(engine.dialect.name)
    if session is None:
        raise QueryFailed(f"Running queries on {engine.dialect.name} databases is not supported.")
    with engine.connect() as connection:
        try:
            with session(connection, timeout_s) as template:
                yield connection, template
        finally:
            if not connection.invalidated:
                with _reset_or_discard(connection):
                    connection.rollback()


# --------------------------------------------------------------------------- running


class _SQLiteRows:
    """The raw sqlite3 cursor (lazy by nature): no engine events can move the deadline."""

    def __init__(self, connection: Connection, statement: str):
        raw = connection.connection.dbapi_connection
        assert raw is not None
        self._cursor = raw.cursor()
        self._cursor.execute(statement)

    def keys(self) -> list[str]:
        return [column[0] for column in self._cursor.description or ()]

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        return list(self._cursor.fetchmany(size))

    def close(self) -> None:
        self._cursor.close()


def _open_rows(connection: Connection, statement: str) -> Any:
    """Start a statement; rows come from a server-side cursor where the driver has one."""
    if connection.dialect.name == "sqlite":
        return _SQLiteRows(connection, statement)
    # no_parameters: the driver gets cursor.execute(sql) alone, so a literal '%' (LIKE '%x%')
    # is not read as a pymysql/psycopg placeholder.
    return connection.execution_options(stream_results=True, no_parameters=True).exec_driver_sql(statement)


@contextmanager
def _database_errors(timeout_s: float) -> Iterator[None]:
    try:
        yield
    except (DBAPIError, sqlite3.Error) as error:
        raise query_error(error, timeout_s) from error


def _columns(names: list[str], raw_rows: list[tuple[Any, ...]]) -> list[dict[str, str]]:
    types = infer_column_types(raw_rows, len(names))
    return [{"name": name, "type": kind} for name, kind in zip(names, types, strict=True)]


CUT_MARK = "…"


def _value_bytes(value: Any) -> int:
    """About how many bytes a value takes in the JSON answer (UTF-8 CJK is 3 bytes a character)."""
    if isinstance(value, str):
        return len(value) if value.isascii() else 3 * len(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return 2 * len(value)
    return 8


def _cut(value: Any, max_chars: int | None) -> tuple[Any, bool]:
    """The JSON value, a text longer than `max_chars` cut (and whether it was)."""
    if max_chars is not None and isinstance(value, bytes | bytearray | memoryview) and len(value) > max_chars:
        value = bytes(value[:max_chars])
    value = json_value(value)
    if max_chars is not None and isinstance(value, str) and len(value) > max_chars:
        return value[:max_chars] + CUT_MARK, True
    return value, False


def execute(
    engine: Engine,
    sql: str,
    *,
    timeout_s: float,
    max_rows: int,
    max_cell_chars: int | None = None,
    max_bytes: int | None = None,
) -> QueryResult:
    """Run one guarded SELECT read-only; at most `max_rows` rows come back, text values are cut
    at `max_cell_chars` and rows stop once the answer reaches about `max_bytes` (`truncated` and
    `truncation` say if and why). Database errors become QueryFailed / QueryTimeout."""
    started = time.perf_counter()
    with _database_errors(timeout_s), read_only_connection(engine, timeout_s) as (connection, template):
        rows = _open_rows(connection, template.format(sql=sql))
        try:
            names = list(rows.keys())
            raw_rows, truncation = _fetch_within_budget(rows, max_rows, max_cell_chars, max_bytes)
        finally:
            rows.close()
    if len(raw_rows) > max_rows:
        truncation.insert(0, "rows")
    raw_rows = raw_rows[:max_rows]
    out_rows, cut_any = _cut_rows(raw_rows, max_cell_chars)
    if cut_any:
        truncation.append("cells")
    return QueryResult(
        columns=_columns(names, raw_rows),
        rows=out_rows,
        row_count=len(raw_rows),
        truncated=bool(truncation),
        elapsed_ms=round((time.perf_counter() - started) * 1000, 3),
        truncation=truncation,
    )


def _fetch_within_budget(
    rows: Any, max_rows: int, max_cell_chars: int | None, max_bytes: int | None
) -> tuple[list[tuple[Any, ...]], list[str]]:
    """Up to `max_rows` + 1 rows (one more shows the rows were cut), stopping before the answer
    passes about `max_bytes`; with ["bytes"] as the truncation when it did."""
    truncation: list[str] = []
    budget = max_bytes if max_bytes is not None else math.inf
    used = 0
    cell_cap = 3 * max_cell_chars + 8 if max_cell_chars is not None else None
    chunk_size = FETCH_CHUNK_ROWS if max_bytes is None else 50  # grows once rows are seen to be small
    raw_rows: list[tuple[Any, ...]] = []
    while len(raw_rows) <= max_rows and "bytes" not in truncation:
        chunk = rows.fetchmany(min(chunk_size, max_rows + 1 - len(raw_rows)))
        if not chunk:
            break
        for row in chunk:
            row_bytes = 8 * len(row)
            for value in row:
                if value.__class__ is str or isinstance(value, bytes | bytearray | memoryview):
                    n = _value_bytes(value)
                    row_bytes += n if cell_cap is None or n < cell_cap else cell_cap
            if raw_rows and used + row_bytes > budget:
                truncation.append("bytes")
                break
            used += row_bytes
            raw_rows.append(tuple(row))
        if max_bytes is not None and raw_rows:
            per_row = max(1, used // len(raw_rows))
            chunk_size = int(max(1, min(FETCH_CHUNK_ROWS, (budget - used) // per_row + 1)))
    return raw_rows, truncation


def _cut_rows(raw_rows: list[tuple[Any, ...]], max_cell_chars: int | None) -> tuple[list[list[Any]], bool]:
    """The rows as JSON values, texts longer than `max_cell_chars` cut (and whether any was)."""
    out_rows = []
    cut_any = False
    for raw_row in raw_rows:
        out_row = []
        for value in raw_row:
            value, cut = _cut(value, max_cell_chars)
            cut_any = cut_any or cut
            out_row.append(value)
        out_rows.append(out_row)
    return out_rows, cut_any


class RowChunks:
    """An iterator of row chunks that holds its read-only connection until exhausted or closed."""

    def __init__(
        self, stack: ExitStack, rows: Any, first: list[tuple[Any, ...]], max_rows: int, chunk_size: int,
        timeout_s: float,
    ):  # fmt: skip
        self._stack, self._rows, self._pending = stack, rows, first
        self._left, self._chunk_size, self._timeout_s = max_rows, chunk_size, timeout_s
        self._closed = False

    def __iter__(self) -> RowChunks:
        return self

    def __next__(self) -> list[list[Any]]:
        if self._closed or self._left <= 0:
            self.close()
            raise StopIteration
        raw, self._pending = self._pending, []
        if not raw:
            try:
                with _database_errors(self._timeout_s):
                    raw = [tuple(row) for row in self._rows.fetchmany(min(self._chunk_size, self._left))]
            except BaseException:
                self.close()
                raise
        if not raw:
            self.close()
            raise StopIteration
        raw = raw[: self._left]
        self._left -= len(raw)
        return [[json_value(value) for value in row] for row in raw]

    def close(self) -> None:
        """End the query and give the connection back (rolled back)."""
        if not self._closed:
            self._closed = True
            self._stack.close()

    def __del__(self) -> None:
        self.close()


def execute_iter(
    engine: Engine,
    sql: str,
    *,
    timeout_s: float,
    max_rows: int,
    chunk_size: int = FETCH_CHUNK_ROWS,
) -> tuple[list[dict[str, str]], RowChunks]:
    """Start a guarded SELECT read-only for streaming (CSV/XLSX export): (columns, row chunks).

    The query runs now (a failure raises here, before any byte is sent); column types come from
    the first chunk. The chunks hold the connection until exhausted or `.close()`d and stop after
    `max_rows` rows.
    """
    stack = ExitStack()
    try:
        with _database_errors(timeout_s):
            connection, template = stack.enter_context(read_only_connection(engine, timeout_s))
            rows = _open_rows(connection, template.format(sql=sql))
            stack.callback(rows.close)
            names = list(rows.keys())
            first = [tuple(row) for row in rows.fetchmany(max(1, min(chunk_size, max_rows)))][:max_rows]
    except BaseException:
        stack.close()
        raise
    return _columns(names, first), RowChunks(stack, rows, first, max_rows, chunk_size, timeout_s)
