"""Connected databases: validate a SQLAlchemy URL, test it, and open it read-only.

Read-only by construction wherever the database supports it: PostgreSQL sessions default
to read-only transactions with a statement timeout, MySQL/MariaDB sessions are set READ
ONLY with a max statement time, SQLite files are opened `mode=ro` with `query_only` and a
progress-handler deadline. The ask pipeline's SQL guard is the second line of defence.
"""

from __future__ import annotations

import ipaddress
import socket
import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine, event
from sqlalchemy.engine import URL, make_url

from shared.errors import ValidationFailed
from shared.settings import cached_factory, get_settings
from shared.storage.db import build_engine

# Drivers a datasource may name, and the URL query parameters each may carry. Anything else is
# refused: a query parameter reaches the driver's connect() as a keyword, and some of those read
# files on this server (PyMySQL `local_infile`, `read_default_file`; libpq `passfile`, `service`,
# `sslkey`), run commands on connect (`init_command`, libpq `options`) or pick a local socket.
ALLOWED_DRIVERS = {
    "mysql+pymysql": "mysql",
    "mariadb+pymysql": "mysql",
    "postgresql+psycopg": "postgresql",
    "postgresql+psycopg2": "postgresql",
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite",
}
ALLOWED_QUERY = {
    "mysql": frozenset(
        {
            "charset",
            "connect_timeout",
            "read_timeout",
            "write_timeout",
            "ssl_ca",
            "ssl_check_hostname",
            "ssl_verify_cert",
            "ssl_verify_identity",
        }
    ),
    "postgresql": frozenset({"sslmode", "sslrootcert", "connect_timeout", "application_name"}),
    "sqlite": frozenset(),
}
# Cloud metadata services live on link-local addresses (and Alibaba Cloud's on 100.100.100.200):
# a connection there would hand an attacker the instance's credentials. Refused unless allow-listed.
DENIED_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in ("169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128", "100.100.100.200/32", "0.0.0.0/8")
)


def parse_url(raw: str) -> URL:
    """A SQLAlchemy URL of an allowed driver with allowed parameters; sqlite only under SQLITE_ROOT."""
    try:
        url = make_url(raw.strip())
        url.port  # noqa: B018 - a non-numeric port raises here, not later in the driver
    except (sa.exc.ArgumentError, ValueError) as exc:
        # The parser's own message may quote the whole URL, password included: never echo it.
        reason = "the port is not a number" if isinstance(exc, ValueError) else "it cannot be parsed"
        raise ValidationFailed(
            f"Not a valid SQLAlchemy URL ({reason}); expected e.g. postgresql+psycopg://user:password@host/db"
        ) from exc
    backend = ALLOWED_DRIVERS.get(url.drivername)
    if backend is None:
        raise ValidationFailed(
            f"Driver '{url.drivername}' is not supported; use one of: {', '.join(sorted(ALLOWED_DRIVERS))}"
        )
    try:
        url.get_dialect()
    except sa.exc.NoSuchModuleError as exc:
        raise ValidationFailed(f"No SQLAlchemy driver is installed for '{url.drivername}'") from exc
    refused = sorted(set(url.query) - ALLOWED_QUERY[backend])
    if refused:
        allowed = ", ".join(sorted(ALLOWED_QUERY[backend])) or "none"
        raise ValidationFailed(
            f"URL parameter(s) not allowed: {', '.join(refused)}. Allowed for {backend}: {allowed}"
        )
    if backend == "sqlite":
        sqlite_path(url)
    else:
        check_host(url.host)
    return url


def check_host(host: str | None) -> None:
    """Refuse hosts outside CONNECT_ALLOWED_HOSTS (when set) and metadata/link-local addresses."""
    if not host:
        raise ValidationFailed("The URL must name a database host (local sockets cannot be connected)")
    allowed = get_settings().connect_allowed_networks
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError) as exc:
        raise ValidationFailed(f"Cannot resolve database host {host!r}: {exc}") from exc
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if allowed is not None:
            if not any(ip in network for network in allowed):
                raise ValidationFailed(
                    f"Database host {host} ({ip}) is not in CONNECT_ALLOWED_HOSTS; ask an operator to add it"
                )
        elif any(ip in network for network in DENIED_NETWORKS):
            raise ValidationFailed(
                f"Database host {host} ({ip}) is a link-local or metadata address and cannot be connected"
            )


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
    except Exception as exc:  # any driver failure (DBAPIError, RuntimeError, OSError) is the URL's fault
        orig = getattr(exc, "orig", None) or exc
        reason = (str(orig).splitlines() or [type(orig).__name__])[0]
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
    url = make_url(raw_url)
    backend = url.get_backend_name()
    kwargs: dict[str, Any] = {} if pooled else {"poolclass": sa.pool.NullPool}
    if backend == "sqlite":
        sa_url, uri = _sqlite_readonly_url(url)
        engine = sa.create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30),
            **kwargs,
        )
        event.listen(engine, "connect", _sqlite_readonly)
        event.listen(engine, "before_cursor_execute", _sqlite_deadline)
        return engine
    engine = build_engine(raw_url, **kwargs)
    if backend in ("mysql", "mariadb"):
        event.listen(engine, "connect", _mysql_readonly)
    elif backend == "postgresql":
        event.listen(engine, "connect", _postgres_readonly)
    return engine


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
