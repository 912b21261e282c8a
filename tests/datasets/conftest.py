"""Helpers for dataset tests: upload through the API, and check that nothing was left behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES

BI_DEV = FIXTURES / "bi_dev"
SPIDER = FIXTURES / "spider_a"


def upload(client: Any, headers: dict[str, str], filename: str, content: bytes, **data: str) -> Any:
    """POST one file to /api/v1/datasources/upload as multipart field `file`."""
    return client.post(
        "/api/v1/datasources/upload", files={"file": (filename, content)}, data=data or None, headers=headers
    )


def workspace_dataset_tables() -> list[str]:
    """Physical dataset tables (ds_*) currently in the workspace database."""
    import sqlalchemy as sa

    from shared.storage.db import workspace_engine

    return [n for n in sa.inspect(workspace_engine()).get_table_names() if n.startswith("ds_")]


def datasource_rows() -> int:
    import sqlalchemy as sa

    from shared.storage.db import session_scope
    from shared.storage.models import Datasource, DatasourceTable

    with session_scope() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(Datasource)) or 0) + int(
            session.scalar(sa.select(sa.func.count()).select_from(DatasourceTable)) or 0
        )


def stored_files() -> list[Path]:
    """Files in the uploads directory and in the spool directory."""
    from shared.settings import get_settings

    settings = get_settings()
    found: list[Path] = []
    for root in (settings.uploads_path, settings.chatbi_data_dir / "tmp"):
        if root.exists():
            found += [p for p in root.rglob("*") if p.is_file()]
    return found


def assert_nothing_left() -> None:
    """No half-created table, no datasource row, no stored or spooled file."""
    assert workspace_dataset_tables() == []
    assert datasource_rows() == 0
    assert stored_files() == []


@pytest.fixture
def owner(user_headers: Any) -> dict[str, str]:
    return user_headers("owner", "analyst")
