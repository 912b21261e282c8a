"""Alembic environment: the URL comes from ChatBI settings (DATABASE_URL or the embedded SQLite)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import pool

from shared.settings import get_settings
from shared.storage import models  # noqa: F401  (registers the tables)
from shared.storage.db import Base, build_engine

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    configured = config.attributes.get("url") or config.get_main_option("sqlalchemy.url")
    return configured or get_settings().app_database_url


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = build_engine(_url(), poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
