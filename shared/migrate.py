"""Alembic as a library: `chatbi migrate`, the embedded `chatbi serve`, and the tests use it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def alembic_config(url: str | None = None, output_buffer: Any = None) -> Any:
    from alembic.config import Config

    config = Config(str(ROOT / "alembic.ini"), output_buffer=output_buffer)
    config.set_main_option("script_location", str(ROOT / "migrations"))
    if url:
        config.attributes["url"] = url
    return config


def upgrade(url: str | None = None) -> None:
    """Bring the app database to the newest schema (the only way the schema is made)."""
    from alembic import command

    command.upgrade(alembic_config(url), "head")


def check(url: str | None = None) -> None:
    """Raise if the models and the migrations disagree."""
    from alembic import command

    command.check(alembic_config(url))


def offline_sql(url: str = "mysql+pymysql://root@localhost/chatbi") -> str:
    """The MySQL DDL of `alembic upgrade head --sql`: what migrations/init.sql ships."""
    from alembic import command

    buffer = io.StringIO()
    command.upgrade(alembic_config(url, output_buffer=buffer), "head", sql=True)
    return buffer.getvalue()
