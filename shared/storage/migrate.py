"""Alembic as a library: `chatbi migrate`, the embedded `chatbi serve`, and the tests use it."""

from __future__ import annotations

import io
import uuid
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from shared.storage.db import app_engine, build_engine
from shared.storage.models import Installation, utcnow

ROOT = Path(__file__).resolve().parents[2]


def alembic_config(url: str | None = None, output_buffer: Any = None) -> Any:
    from alembic.config import Config  # lazy: heavy (alembic)

    config = Config(str(ROOT / "alembic.ini"), output_buffer=output_buffer)
    config.set_main_option("script_location", str(ROOT / "migrations"))
    if url:
        config.attributes["url"] = url
    return config


def upgrade(url: str | None = None) -> None:
    """Bring the app database to the newest schema (the only way the schema is made)."""
    from alembic import command  # lazy: heavy (alembic)

    command.upgrade(alembic_config(url), "head")
    ensure_install_id(url)


def ensure_install_id(url: str | None = None) -> str:
    """This install's id (created on the first migration): the namespace of its cache keys."""
    engine = build_engine(url, poolclass=sa.pool.NullPool) if url else app_engine()
    try:
        with engine.begin() as conn:
            found = conn.scalar(sa.select(Installation.install_id).limit(1))
            if found:
                return str(found)
            new_id = uuid.uuid4().hex
            conn.execute(sa.insert(Installation).values(install_id=new_id, created_at=_now()))
            return new_id
    finally:
        if url:
            engine.dispose()


def _now() -> Any:
    return utcnow()


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str] | None:
    """The newest revisions of the shipped migrations; None where they are not shipped (Lambda
    packages carry neither alembic nor migrations/: `chatbi migrate` is a deploy step)."""
    try:
        from alembic.script import ScriptDirectory  # lazy: optional dependency
    except ImportError:
        return None
    if not (ROOT / "migrations").is_dir():
        return None
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def schema_state(engine: Any) -> str:
    """`current`, `not_migrated` (no migration ever ran) or `outdated` (run `chatbi migrate`).

    Plain SQL on `alembic_version`, so it also runs where alembic is not installed."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return "not_migrated"
        current = {str(row[0]) for row in conn.execute(sa.text("SELECT version_num FROM alembic_version"))}
    if not current:
        return "not_migrated"
    heads = head_revisions()
    return "current" if heads is None or current == heads else "outdated"


def check(url: str | None = None) -> None:
    """Raise if the models and the migrations disagree."""
    from alembic import command  # lazy: heavy (alembic)

    command.check(alembic_config(url))


def offline_sql(url: str = "mysql+pymysql://root@localhost/chatbi") -> str:
    """The MySQL DDL of `alembic upgrade head --sql`: what migrations/init.sql ships."""
    from alembic import command  # lazy: heavy (alembic)

    buffer = io.StringIO()
    command.upgrade(alembic_config(url, output_buffer=buffer), "head", sql=True)
    return buffer.getvalue()
