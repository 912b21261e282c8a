"""SQLAlchemy engines and sessions, built lazily.

Two databases: the *app* database (users, datasources, conversations, audit) and the
*workspace* database where uploaded datasets live as real tables. In the embedded
default both are SQLite files under CHATBI_DATA_DIR; in production both default to
DATABASE_URL (MySQL/MariaDB). Users' SQL runs through `readonly_engine()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from shared.settings import cached_factory, get_settings


class Base(DeclarativeBase):
    pass


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _own_mysql_server(parsed: Any) -> bool:
    """Whether a MySQL URL points at this install's server (DATABASE_URL, WORKSPACE_ or READONLY_)
    and DATABASE_SSL_CA is set."""
    settings = get_settings()
    if not settings.database_ssl_ca or parsed.get_backend_name() not in ("mysql", "mariadb"):
        return False
    ours = [settings.database_url, settings.workspace_database_url, settings.readonly_database_url]
    where = (parsed.host, parsed.port or 3306)
    return any((make_url(u).host, make_url(u).port or 3306) == where for u in ours if u)


def build_engine(url: str, **kwargs: Any) -> Engine:
    """An engine with sane pooling for the URL's backend (pre-ping, utf8mb4, WAL)."""
    settings = get_settings()
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend in ("mysql", "mariadb"):
        if "charset" not in parsed.query:
            parsed = parsed.update_query_dict({"charset": "utf8mb4"})
        # Never LOAD DATA LOCAL: a server (or a URL parameter) could otherwise make the driver
        # upload any file this process can read. connect_args win over URL query parameters.
        connect_args = {**kwargs.pop("connect_args", {}), "local_infile": False}
        if _own_mysql_server(parsed) and "ssl_ca" not in parsed.query:
            # TLS to this install's MySQL, its certificate verified against DATABASE_SSL_CA (and its
            # host name). Databases users connect as datasources bring their own options in their URL.
            connect_args.setdefault("ssl", {"ca": settings.database_ssl_ca})
        kwargs["connect_args"] = connect_args
    kwargs.setdefault("pool_pre_ping", True)
    if "poolclass" not in kwargs:
        kwargs.setdefault("pool_size", settings.db_pool_size)
        kwargs.setdefault("max_overflow", settings.db_max_overflow)
        kwargs.setdefault("pool_recycle", settings.db_pool_recycle_s)
    return create_engine(parsed, **kwargs)


@cached_factory
def app_engine() -> Engine:
    return build_engine(get_settings().app_database_url)


def app_pool_if_built() -> Any:
    """The app engine's pool, or None when nothing built the engine yet (never connects)."""
    return app_engine().pool if app_engine.cache_info().currsize else None  # type: ignore[attr-defined]


@cached_factory
def workspace_engine() -> Engine:
    settings = get_settings()
    if settings.data_database_url == settings.app_database_url:
        return app_engine()
    return build_engine(settings.data_database_url)


@cached_factory
def session_factory() -> sessionmaker[Session]:
    return sessionmaker(bind=app_engine(), expire_on_commit=False)


@contextmanager
def session_scope() -> Iterator[Session]:
    """A unit of work: commit on success, roll back on any error."""
    session = session_factory()()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def dispose_engines() -> None:
    """Close pooled connections of the engines built so far (tests, shutdown)."""
    for factory in (app_engine, workspace_engine):
        if factory.cache_info().currsize:  # type: ignore[attr-defined]
            factory().dispose()
