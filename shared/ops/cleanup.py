"""The daily housekeeping job: old audit rows, expired cache entries, orphaned upload files and
orphaned workspace tables."""

from __future__ import annotations

import logging
import re
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import select

from shared.datasets.load_plan import drop_tables
from shared.ops.audit import purge_audit_logs
from shared.settings import get_settings
from shared.storage import cache
from shared.storage.db import session_scope, workspace_engine
from shared.storage.models import Datasource
from shared.telemetry.alerts import publish_alert

# An upload whose datasource row is not committed yet is not an orphan: leave recent files alone.
ORPHAN_GRACE_S = 6 * 3600
log = logging.getLogger("chatbi.cleanup")


@dataclass
class CleanupResult:
    audit_rows_deleted: int
    cache_entries_purged: int
    orphan_files_deleted: list[str]
    errors: list[str]
    orphan_tables_dropped: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UploadReferences:
    """What the datasources still point at: their current file and their own folder."""

    keys: set[str]
    prefixes: set[str]

    def covers(self, key: str) -> bool:
        """A stored key is in use when a datasource names it, or it sits in a datasource's folder
        (earlier versions and appended files of a live datasource are kept with it)."""
        return key in self.keys or key.split("/", 1)[0] in self.prefixes


def upload_references() -> UploadReferences:
    with session_scope() as session:
        rows = session.execute(select(Datasource.file_key, Datasource.table_prefix)).all()
    return UploadReferences({k for k, _ in rows if k}, {p for _, p in rows if p})


def delete_orphan_uploads(now: float | None = None, grace_s: int = ORPHAN_GRACE_S) -> list[str]:
    """Delete files under the upload directory that no datasource references (older than the grace)."""
    root = get_settings().uploads_path
    if not root.is_dir():
        return []
    references = upload_references()
    now = now if now is not None else time.time()
    deleted: list[str] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if references.covers(path.relative_to(root).as_posix()) or path.stat().st_mtime > now - grace_s:
            continue
        path.unlink()
        deleted.append(path.relative_to(root).as_posix())
    for directory in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    return deleted


def delete_orphan_s3_uploads(now: datetime | None = None, grace_s: int = ORPHAN_GRACE_S) -> list[str]:
    """The same for UPLOAD_BUCKET: objects no datasource references."""
    import boto3  # lazy: heavy (boto3)

    settings = get_settings()
    if not settings.upload_bucket:
        return []
    references = upload_references()
    now = now or datetime.now(UTC)
    client = boto3.client("s3", region_name=settings.aws_region)
    stale: list[str] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.upload_bucket):
        for obj in page.get("Contents", []):
            key = obj["Key"]
            in_use = references.covers(key) or f"s3://{settings.upload_bucket}/{key}" in references.keys
            if not in_use and obj["LastModified"] < now - timedelta(seconds=grace_s):
                stale.append(key)
    for start in range(0, len(stale), 1000):
        chunk = stale[start : start + 1000]
        client.delete_objects(Bucket=settings.upload_bucket, Delete={"Objects": [{"Key": k} for k in chunk]})
    return stale


# Physical tables of uploads: `<prefix>_<n>` (see shared.datasets.service._new_prefix), and the
# staging copy the one-pass SQLite loader may leave behind (`..._<n>__guessed`).
WORKSPACE_TABLE_RE = re.compile(r"^(ds_[0-9a-f]{12})_\d+(?:__guessed)?$")


def _workspace_tables(engine: Any) -> dict[str, float | None]:
    """Upload tables in the workspace database and when each was created (None: not known)."""
    if engine.dialect.name in ("mysql", "mariadb"):
        sql = (
            "SELECT table_name, UNIX_TIMESTAMP(create_time) FROM information_schema.tables "
            "WHERE table_schema = DATABASE()"
        )
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(sql).all()
        return {
            name: float(created) if created is not None else None
            for name, created in rows
            if name.startswith("ds_")
        }
    return {name: None for name in sa.inspect(engine).get_table_names() if name.startswith("ds_")}


def _upload_in_progress(now: float, grace_s: int) -> bool:
    """Whether an upload may be loading right now: a spooled upload younger than the grace."""
    spool = get_settings().chatbi_data_dir / "tmp"
    if not spool.is_dir():
        return False
    return any(p.stat().st_mtime > now - grace_s for p in spool.iterdir() if p.is_file())


def drop_orphan_tables(now: float | None = None, grace_s: int = ORPHAN_GRACE_S) -> list[str]:
    """Drop upload tables in the workspace database that no datasource owns (a deleted user's or
    datasource's data whose drop failed, an upload that died half-way). Tables younger than the
    grace are left alone: an upload commits its datasource row only after loading its tables."""
    now = now if now is not None else time.time()
    engine = workspace_engine()
    prefixes = upload_references().prefixes
    # Where the database cannot say when a table was made (SQLite), wait while an upload spools.
    if engine.dialect.name == "sqlite" and _upload_in_progress(now, grace_s):
        return []
    orphans = []
    for name, created in sorted(_workspace_tables(engine).items()):
        match = WORKSPACE_TABLE_RE.match(name)
        if not match or match.group(1) in prefixes:
            continue
        if created is not None and created > now - grace_s:
            continue
        orphans.append(name)
    drop_tables(engine, orphans)
    return orphans


def purge_old_audit_logs(now: datetime | None = None) -> int:
    now = now or datetime.now(UTC).replace(tzinfo=None)
    cutoff = now - timedelta(days=get_settings().audit_retention_days)
    with session_scope() as session:
        return purge_audit_logs(session, cutoff)


def purge_expired_cache() -> int:
    """Redis expires answers by TTL itself; the in-process cache needs a sweep."""
    purge = getattr(cache.get_cache(), "purge_expired", None)
    return int(purge()) if callable(purge) else 0


def run_cleanup(now: datetime | None = None) -> CleanupResult:
    """The daily housekeeping. Every step runs even if an earlier one failed; failures are listed."""
    errors: list[str] = []

    def step(name: str, fn: Any, default: Any) -> Any:
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - report every failed step, not just the first
            log.exception("cleanup step %s failed", name)
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
            return default

    result = CleanupResult(
        audit_rows_deleted=step("audit_logs", lambda: purge_old_audit_logs(now), 0),
        cache_entries_purged=step("cache", purge_expired_cache, 0),
        orphan_files_deleted=step("orphan_uploads", delete_orphan_uploads, [])
        + step("orphan_s3_uploads", delete_orphan_s3_uploads, []),
        errors=errors,
        orphan_tables_dropped=step("orphan_tables", drop_orphan_tables, []),
    )
    log.info("cleanup done", extra={"cleanup": result.as_dict()})
    return result


def run_scheduled_cleanup() -> dict[str, Any]:
    """The daily job: clean up, and alert when a step failed."""
    result = run_cleanup()
    if result.errors:
        publish_alert("cleanup failed", result.as_dict())
    return result.as_dict()
