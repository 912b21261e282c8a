"""The daily cleanup: audit rows past retention, expired cache entries, orphaned uploads."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta

from sqlalchemy import select

from shared.cleanup import run_cleanup
from tests.conftest import reset_runtime


def _audit(created_at: datetime, path: str):
    from shared.models import AuditLog

    return AuditLog(created_at=created_at, method="GET", path=path, status=200, latency_ms=1.0)


def test_cleanup_deletes_old_audit_rows_and_orphan_uploads(storage, monkeypatch) -> None:
    from shared.db import session_scope
    from shared.models import AuditLog, Datasource, User
    from shared.settings import get_settings

    # Given 30-day audit retention, rows from 40 and 5 days ago
    monkeypatch.setenv("AUDIT_RETENTION_DAYS", "30")
    reset_runtime()
    now = datetime.utcnow()
    with session_scope() as s:
        s.add_all(
            [_audit(now - timedelta(days=40), "/api/v1/old"), _audit(now - timedelta(days=5), "/api/v1/new")]
        )
        owner = User(username="owner", password_hash="x", role="analyst")
        s.add(owner)
        s.flush()
        s.add(
            Datasource(owner_id=owner.id, name="kept", kind="file", dialect="sqlite", file_key="a/kept.csv")
        )
    # And upload files: one referenced, one old orphan, one orphan still being uploaded
    uploads = get_settings().uploads_path
    (uploads / "a").mkdir(parents=True)
    (uploads / "b").mkdir()
    for name in ("a/kept.csv", "b/orphan.csv", "fresh.csv"):
        (uploads / name).write_text("x,y\n1,2\n")
    day_ago = time.time() - 86400
    for name in ("a/kept.csv", "b/orphan.csv"):
        os.utime(uploads / name, (day_ago, day_ago))
    # When the cleanup runs
    result = run_cleanup()
    # Then the old audit row and the old orphan are gone, the rest stays
    assert result.errors == []
    assert result.audit_rows_deleted == 1 and result.orphan_files_deleted == ["b/orphan.csv"]
    with session_scope() as s:
        assert s.scalars(select(AuditLog.path)).all() == ["/api/v1/new"]
    assert sorted(p.relative_to(uploads).as_posix() for p in uploads.rglob("*")) == [
        "a",
        "a/kept.csv",
        "fresh.csv",
    ]


def test_cleanup_purges_expired_in_process_cache_entries(sqlite_storage) -> None:
    from shared.cache import get_cache

    # Given the embedded cache with an entry that has expired and one that has not
    cache = get_cache()
    cache.set("answer:old", b"1", ttl_s=1)
    cache.set("answer:new", b"2", ttl_s=3600)
    time.sleep(1.1)
    # When the cleanup runs
    result = run_cleanup()
    # Then exactly the expired entry was purged
    assert result.cache_entries_purged == 1
    assert cache.get("answer:new") == b"2"


def test_cleanup_function_reports_failed_steps(monkeypatch, tmp_path) -> None:
    from functions.cleanup.handler import handler
    from tests.ops.helpers import closed_port

    # Given a database that is down, and an upload directory to inspect
    (tmp_path / "data" / "uploads").mkdir(parents=True)
    monkeypatch.setenv("DATABASE_URL", f"mysql+pymysql://root@127.0.0.1:{closed_port()}/chatbi")
    reset_runtime()
    # When the daily cleanup function runs
    result = handler({"source": "aws.scheduler"}, None)
    # Then the cache step still ran, and the two database steps are listed as failed
    assert [error.split(":")[0] for error in result["errors"]] == ["audit_logs", "orphan_uploads"]
