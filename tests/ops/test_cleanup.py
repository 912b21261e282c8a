"""The daily cleanup: audit rows past retention, expired cache entries, orphaned uploads."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta

from sqlalchemy import select

from shared.ops.cleanup import run_cleanup
from tests.conftest import reset_runtime


def _audit(created_at: datetime, path: str):
    from shared.storage.models import AuditLog

    return AuditLog(created_at=created_at, method="GET", path=path, status=200, latency_ms=1.0)


def test_cleanup_deletes_old_audit_rows_and_orphan_uploads(storage, monkeypatch) -> None:
    from shared.settings import get_settings
    from shared.storage.db import session_scope
    from shared.storage.models import AuditLog, Datasource, User

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
        kept = Datasource(owner_id=owner.id, name="kept", kind="file", dialect="sqlite", table_prefix="a")
        kept.file_key = "a/v2/kept.csv"
        s.add(kept)
    # And upload files: the datasource's current and earlier file, an old orphan, an orphan still uploading
    uploads = get_settings().uploads_path
    (uploads / "a" / "v2").mkdir(parents=True)
    (uploads / "b").mkdir()
    for name in ("a/v2/kept.csv", "a/original.csv", "b/orphan.csv", "fresh.csv"):
        (uploads / name).write_text("x,y\n1,2\n")
    day_ago = time.time() - 86400
    for name in ("a/v2/kept.csv", "a/original.csv", "b/orphan.csv"):
        os.utime(uploads / name, (day_ago, day_ago))
    # When the cleanup runs
    result = run_cleanup()
    # Then the old audit row and the old orphan are gone, the rest stays
    assert result.errors == []
    assert result.audit_rows_deleted == 1 and result.orphan_files_deleted == ["b/orphan.csv"]
    with session_scope() as s:
        assert s.scalars(select(AuditLog.path)).all() == ["/api/v1/new"]
    remaining = sorted(p.relative_to(uploads).as_posix() for p in uploads.rglob("*") if p.is_file())
    assert remaining == ["a/original.csv", "a/v2/kept.csv", "fresh.csv"]
    assert not (uploads / "b").exists()


def test_cleanup_purges_expired_in_process_cache_entries(sqlite_storage, monkeypatch) -> None:
    from shared.storage import cache as cache_module
    from tests.fakeclock import FakeClock

    # Given the embedded cache on a clock the test moves, with an entry that has expired and one not
    clock = FakeClock()
    cache = cache_module.MemoryCache(clock=clock)
    monkeypatch.setattr(cache_module, "get_cache", lambda: cache)
    cache.set("answer:old", b"1", ttl_s=1)
    cache.set("answer:new", b"2", ttl_s=3600)
    clock.advance(1.1)
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
    # Then the cache step still ran, and the three database steps are listed as failed
    assert [error.split(":")[0] for error in result["errors"]] == [
        "audit_logs",
        "orphan_uploads",
        "orphan_tables",
    ]


def test_cleanup_deletes_orphaned_objects_in_the_upload_bucket(sqlite_storage, monkeypatch) -> None:
    import boto3
    from moto import mock_aws

    from shared.ops.cleanup import delete_orphan_s3_uploads
    from shared.storage.db import session_scope
    from shared.storage.models import Datasource, User
    from tests.ops.helpers import fake_aws

    fake_aws(monkeypatch)
    monkeypatch.setenv("UPLOAD_BUCKET", "chatbi-uploads")
    reset_runtime()
    with mock_aws():
        # Given an upload bucket with one object a datasource uses and one nobody does
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket="chatbi-uploads")
        s3.put_object(Bucket="chatbi-uploads", Key="u/1/sales.xlsx", Body=b"x")
        s3.put_object(Bucket="chatbi-uploads", Key="u/1/abandoned.csv", Body=b"y")
        with session_scope() as s:
            owner = User(username="o", password_hash="x", role="analyst")
            s.add(owner)
            s.flush()
            s.add(
                Datasource(
                    owner_id=owner.id,
                    name="s",
                    kind="file",
                    dialect="sqlite",
                    file_key="s3://chatbi-uploads/u/1/sales.xlsx",
                )
            )
        # When orphans are swept (no grace period, as if they were old)
        deleted = delete_orphan_s3_uploads(grace_s=0)
        # Then only the unreferenced object is gone
        assert deleted == ["u/1/abandoned.csv"]
        assert [o["Key"] for o in s3.list_objects_v2(Bucket="chatbi-uploads")["Contents"]] == [
            "u/1/sales.xlsx"
        ]
