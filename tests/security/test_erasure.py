"""Issue 14: deleting a user erases their data; the cleanup drops orphaned workspace tables."""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy import select

from tests.conftest import FIXTURES, Storage, make_user, upload_file


def _upload_tables() -> set[str]:
    from shared.storage.db import workspace_engine

    return {n for n in sa.inspect(workspace_engine()).get_table_names() if n.startswith("ds_")}


def _prefixes_of(username: str) -> list[str]:
    from shared.storage.db import session_scope
    from shared.storage.models import Datasource, User

    with session_scope() as session:
        owner = session.scalar(select(User.id).where(User.username == username))
        return [
            p for p in session.scalars(select(Datasource.table_prefix).where(Datasource.owner_id == owner))
        ]


def test_deleting_a_user_erases_their_tables_and_files_with_an_audit_entry(
    client, admin_headers, storage: Storage
) -> None:
    from shared.ops.audit import flush
    from shared.settings import get_settings

    # Given an analyst with two uploaded files (tables in the workspace, files in the upload folder)
    bob = make_user("bob", "analyst")
    upload_file(client, bob, FIXTURES / "bi_dev" / "orders.csv")
    upload_file(client, bob, FIXTURES / "bi_dev" / "employees.csv")
    # and another user's upload that must stay
    carol = make_user("carol", "analyst")
    upload_file(client, carol, FIXTURES / "bi_dev" / "employees.csv")
    prefixes = _prefixes_of("bob")
    uploads = get_settings().uploads_path
    assert len(prefixes) == 2 and all((uploads / p).is_dir() for p in prefixes)
    assert {t.rsplit("_", 1)[0] for t in _upload_tables()} >= set(prefixes)
    bob_id = client.get("/api/v1/auth/me", headers=bob).json()["id"]
    # When an admin deletes the user
    response = client.delete(f"/api/v1/users/{bob_id}", headers=admin_headers)
    # Then their tables and upload folders are gone, the other user's are kept
    assert response.status_code == 204, response.text
    left = _upload_tables()
    assert not [t for t in left if t.rsplit("_", 1)[0] in prefixes]
    assert {t.rsplit("_", 1)[0] for t in left} == set(_prefixes_of("carol"))
    assert not any((uploads / p).exists() for p in prefixes)
    # And the audit trail says who erased whom and what went
    flush()
    rows = client.get("/api/v1/audit-logs", params={"method": "ERASE"}, headers=admin_headers).json()
    assert rows["total"] == 1
    entry = rows["items"][0]
    assert entry["username"] == "admin" and entry["path"] == f"/api/v1/users/{bob_id}"
    assert "'bob'" in entry["detail"] and "2 datasources" in entry["detail"]


def _create_table(name: str) -> None:
    from shared.storage.db import workspace_engine

    with workspace_engine().begin() as conn:
        conn.exec_driver_sql(f"CREATE TABLE {name} (x INTEGER)")


def test_cleanup_drops_orphaned_workspace_tables_only(client, storage: Storage) -> None:
    from shared.ops.cleanup import ORPHAN_GRACE_S, drop_orphan_tables

    # Given a live upload, and tables no datasource owns (a failed erasure, a crashed upload)
    alice = make_user("alice", "analyst")
    upload_file(client, alice, FIXTURES / "bi_dev" / "orders.csv")
    live = _upload_tables()
    _create_table("ds_0123456789ab_1")
    _create_table("ds_0123456789ab_2__guessed")
    _create_table("unrelated_scratch")
    # When the cleanup runs once the grace period has passed
    dropped = drop_orphan_tables(now=time.time() + ORPHAN_GRACE_S + 60)
    # Then only the orphans went
    assert dropped == ["ds_0123456789ab_1", "ds_0123456789ab_2__guessed"]
    assert _upload_tables() == live
    from shared.storage.db import workspace_engine

    assert "unrelated_scratch" in sa.inspect(workspace_engine()).get_table_names()


def test_cleanup_leaves_fresh_tables_of_an_upload_in_progress(storage: Storage) -> None:
    from shared.ops.cleanup import drop_orphan_tables
    from shared.settings import get_settings

    # Given a table an upload is loading right now (its datasource row is not committed yet)
    _create_table("ds_00000000beef_1")
    spool = get_settings().chatbi_data_dir / "tmp"
    spool.mkdir(parents=True, exist_ok=True)
    (spool / "upload.csv").write_text("x\n1\n")
    # When the cleanup runs now
    # Then the table stays
    assert drop_orphan_tables() == []
    assert "ds_00000000beef_1" in _upload_tables()


def test_chatbi_cleanup_command_drops_orphaned_tables(storage: Storage, monkeypatch) -> None:
    from typer.testing import CliRunner

    from shared.cli.main import app
    from shared.ops.cleanup import drop_orphan_tables

    # Given an orphaned table (the grace period is not what this test is about)
    _create_table("ds_0000000000aa_1")
    monkeypatch.setattr("shared.ops.cleanup.ORPHAN_GRACE_S", -60)
    monkeypatch.setattr(drop_orphan_tables, "__defaults__", (None, -60))
    # When the operator runs `chatbi cleanup`
    result = CliRunner().invoke(app, ["cleanup"])
    # Then the table is dropped and reported
    assert result.exit_code == 0, result.output
    assert '"ds_0000000000aa_1"' in result.output
    assert "ds_0000000000aa_1" not in _upload_tables()
