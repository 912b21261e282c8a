"""Connected databases: validate a SQLAlchemy URL, test it, and open it read-only.

Read-only by construction wherever the database supports it: PostgreSQL sessions default
to read-only transactions with a statement timeout, MySQL/MariaDB sessions are set READ
ONLY with a max statement time, SQLite files are opened `mode=ro` with `query_only` and a
progress-handler deadline. The ask pipeline's SQL guard is the second line of defence.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine, event
from sqlalchemy.engine import URL, make_url

from shared.errors import ValidationFailed
from shared.settings import cached_factory, get_settings


def parse_url(raw: str) -> URL:
    """A SQLAlchemy URL whose driver is installed; sqlite only under SQLITE_ROOT."""
    try:
        url = make_url(raw.strip())
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise ValidationFailed(
            f"Not a valid SQLAlchemy URL (e.g. postgresql+psycopg://user:pw@host/db): {exc}"
        ) from exc
    try:
        url.get_dialect()
    except sa.exc.NoSuchModuleError as exc:
        raise ValidationFailed(f"No SQLAlchemy dialect/driver is installed for '{url.drivername}'") from exc
    if url.get_backend_name() == "sqlite":
        sqlite_path(url)
    return url


def sqlite_path(url: URL) -> Path:
    """The file a sqlite URL points at, refused unless it resolves inside SQLITE_ROOT."""
    root = get_settings().sqlite_root
    database = url.database or ""
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    if not database or database == ":memory:":
        raise ValidationFailed("A sqlite URL must name a database file")
    if root is None:
        raise ValidationFailed("SQLite files cannot be connected: SQLITE_ROOT is not configured")
    path = Path(database).resolve()
    if not path.is_relative_to(root.resolve()):
        raise ValidationFailed(
            f"SQLite files can only be connected from under {root}; {database} is outside it"
        )
    if not path.is_file():
        raise ValidationFailed(f"No SQLite database file at {database}")
    return path


def redact(url: URL | str) -> str:
    """A URL fit for messages and logs: never the password."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.render_as_string(hide_password=True)


def test_connection(raw: str) -> URL:
    """Open the database read-only and run SELECT 1; a failure names the reason, never the password."""
    url = parse_url(raw)
    engine = readonly_engine(url.render_as_string(hide_password=False), pooled=False)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").all()
    except sa.exc.DBAPIError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        password = url.password
        if password:
            reason = reason.replace(str(password), "***")
        raise ValidationFailed(f"Could not connect to {redact(url)}: {reason}") from exc
    finally:
        engine.dispose()
    return url


def _sqlite_readonly_url(url: URL) -> tuple[str, str]:
    """(sqlalchemy URL, sqlite URI) opening the file read-only."""
    path = Path(url.database or "").resolve() if not (url.database or "").startswith("file:") else None
    target = str(path) if path else (url.database or "")[len("file:") :].split("?", 1)[0]
    uri = f"file:{target}?mode=ro"
    return f"sqlite:///{uri}&uri=true", uri


def _mysql_readonly(dbapi_connection: Any, _record: Any) -> None:
    timeout = get_settings().query_timeout_s
    cursor = dbapi_connection.cursor()
    cursor.execute("SET SESSION TRANSACTION READ ONLY")
    for statement in (
        f"SET SESSION max_statement_time = {float(timeout)}",  # MariaDB, seconds
        f"SET SESSION max_execution_time = {int(timeout * 1000)}",  # MySQL, milliseconds
    ):
        try:
            cursor.execute(statement)
            break
        except Exception:  # the other server flavour's variable
            continue
    cursor.close()


def _postgres_readonly(dbapi_connection: Any, _record: Any) -> None:
    timeout_ms = int(get_settings().query_timeout_s * 1000)
    cursor = dbapi_connection.cursor()
    cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cursor.execute("SET default_transaction_read_only = on")
    cursor.execute(f"SET statement_timeout = {timeout_ms}")
    cursor.close()
    dbapi_connection.commit()


def _sqlite_readonly(dbapi_connection: Any, record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")
    dbapi_connection.execute("PRAGMA busy_timeout = 5000")
    # A statement timeout: the progress handler aborts a query that runs past its deadline.
    deadline: list[float] = [float("inf")]
    record.info["chatbi_deadline"] = deadline
    dbapi_connection.set_progress_handler(lambda: 1 if time.monotonic() > deadline[0] else 0, 10_000)


def _sqlite_deadline(
    conn: Any, cursor: Any, statement: Any, parameters: Any, context: Any, executemany: Any
) -> None:
    deadline = conn.info.get("chatbi_deadline")
    if deadline is not None:
        deadline[0] = time.monotonic() + get_settings().query_timeout_s


def make_readonly_engine(raw_url: str, *, pooled: bool = True) -> Engine:
    """A new engine whose every session is read-only (see module docstring)."""
    from shared.db import build_engine

    url = make_url(raw_url)
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = {} if pooled else {"poolclass": sa.pool.NullPool}
    if backend == "sqlite":
        sa_url, uri = _sqlite_readonly_url(url)
        import sqlite3

        engine = sa.create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30),
            **kwargs,
        )
        event.listen(engine, "connect", _sqlite_readonly)
        event.listen(engine, "before_cursor_execute", _sqlite_deadline)
        return engine
    if backend in ("mysql", "mariadb"):
        engine = build_engine(raw_url, **kwargs) if pooled else sa.create_engine(url, **kwargs)
        event.listen(engine, "connect", _mysql_readonly)
        return engine
    if backend == "postgresql":
        engine = build_engine(raw_url, **kwargs) if pooled else sa.create_engine(url, **kwargs)
        event.listen(engine, "connect", _postgres_readonly)
        return engine
    # Other warehouses (ClickHouse, Trino, ...): no portable read-only switch; the SQL guard applies.
    return build_engine(raw_url, **kwargs) if pooled else sa.create_engine(url, **kwargs)


@cached_factory
def _readonly_engines() -> dict[str, Engine]:
    return {}


def readonly_engine(raw_url: str, *, pooled: bool = True) -> Engine:
    """The read-only engine for a URL; pooled engines are built once per process and URL."""
    if not pooled:
        return make_readonly_engine(raw_url, pooled=False)
    engines = _readonly_engines()
    if raw_url not in engines:
        engines[raw_url] = make_readonly_engine(raw_url)
    return engines[raw_url]
