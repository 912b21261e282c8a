"""Issue 14: an uploaded SQLite file's generated columns are computed under the query deadline
and a value-size limit; past either, the upload is refused with a 4xx that says why."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from shared.settings import clear_caches

# ~15 ms of CPU per row with every intermediate value under 1 MB (it depends on the row, so
# SQLite cannot compute it once for all rows).
SLOW = (
    "length(replace(replace(replace(printf('%.*c', 100000 + a % 7, 'x'), 'x', 'yy'), 'y', 'zz'), 'z', 'ww'))"
)
# One 9 MB string per row (the 196 s upload used values like this).
HUGE = "length(replace(printf('%.*c', 900000, 'x'), 'x', 'yyyyyyyyyy'))"


def _sqlite_file(path: Path, expression: str, rows: int) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a INTEGER)")
    conn.executemany("INSERT INTO t (a) VALUES (?)", [(i,) for i in range(rows)])
    conn.execute(f"ALTER TABLE t ADD COLUMN g INTEGER GENERATED ALWAYS AS ({expression}) VIRTUAL")
    conn.commit()
    conn.close()
    return path


def _upload(client, headers, path: Path):
    with path.open("rb") as file:
        return client.post(
            "/api/v1/datasources/upload",
            files={"file": (path.name, file, "application/octet-stream")},
            headers=headers,
        )


def _workspace_tables() -> list[str]:
    import sqlalchemy as sa

    from shared.storage.db import workspace_engine

    return [n for n in sa.inspect(workspace_engine()).get_table_names() if n.startswith("ds_")]


def test_a_slow_generated_column_stops_at_the_query_deadline(
    client, analyst_headers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a 0.3 s query time limit and a SQLite file whose generated column takes seconds to compute
    monkeypatch.setenv("QUERY_TIMEOUT_S", "0.3")
    clear_caches()
    path = _sqlite_file(tmp_path / "slow.sqlite", SLOW, 500)  # ~8 s per read without a deadline
    # When it is uploaded
    response = _upload(client, analyst_headers, path)
    # Then it is refused, naming the limit and the column, and nothing is left behind
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert "longer than the 0.3 s query time limit" in detail and "'g'" in detail
    assert _workspace_tables() == []


def test_a_generated_column_computing_huge_values_is_refused(client, analyst_headers, tmp_path: Path) -> None:
    # Given a small SQLite file whose generated column computes a 9 MB string per row
    path = _sqlite_file(tmp_path / "huge.sqlite", HUGE, 300)
    assert path.stat().st_size < 16_000
    # When it is uploaded
    response = _upload(client, analyst_headers, path)
    # Then it is a 413 saying which column and what to do
    assert response.status_code == 413, response.text
    assert "larger than 1 MB" in response.json()["detail"]
    assert _workspace_tables() == []


def test_cheap_generated_columns_are_loaded_with_their_values(
    client, analyst_headers, tmp_path: Path
) -> None:
    # Given generated columns that are cheap to compute (virtual and stored)
    path = tmp_path / "ok.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE t (a INTEGER, doubled INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL, "
        "label TEXT GENERATED ALWAYS AS ('n' || a) STORED)"
    )
    conn.executemany("INSERT INTO t (a) VALUES (?)", [(i,) for i in range(1, 251)])
    conn.commit()
    conn.close()
    # When it is uploaded
    response = _upload(client, analyst_headers, path)
    # Then every row and computed value is there
    assert response.status_code == 201, response.text
    datasource = response.json()["id"]
    preview = client.get(f"/api/v1/datasources/{datasource}/preview", headers=analyst_headers).json()
    assert preview["row_count"] == 250
    assert preview["rows"][:2] == [[1, 2, "n1"], [2, 4, "n2"]]
