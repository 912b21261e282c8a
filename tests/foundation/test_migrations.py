"""Alembic is the only way the schema is made: no drift, and init.sql is current."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from shared.storage import migrate


def test_no_drift_between_models_and_migrations(storage) -> None:
    # Given the migrated test database (SQLite file or MariaDB)
    url = storage.database_url or f"sqlite:///{storage.data_dir / 'chatbi.db'}"
    # When alembic compares the models with it, Then nothing is missing (check raises otherwise)
    migrate.check(url)


def test_migrations_build_the_schema_from_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    migrate.upgrade(url)
    tables = set(sa.inspect(sa.create_engine(url)).get_table_names())
    assert {"users", "datasources", "conversations", "messages", "audit_logs", "alembic_version"} <= tables


def test_init_sql_is_current() -> None:
    # Given the shipped MySQL DDL, When regenerated from the migrations, Then it is identical
    shipped = (migrate.ROOT / "migrations" / "init.sql").read_text(encoding="utf-8")
    assert shipped == migrate.offline_sql(), "run: chatbi migrate --sql > migrations/init.sql"
    assert "CREATE TABLE users" in shipped
