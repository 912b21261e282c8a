"""Logical backups: the app tables and every uploaded dataset's tables, as gzip'd JSON lines.

Why JSON lines and not SQL: one file restores into SQLite or MariaDB alike (no dialect
quoting or escaping to get right), column types travel as portable names, and no
`mysqldump` binary is needed (Lambda has none). Rows are streamed from a server-side
cursor into the gzip stream in batches, so no table is ever held in memory.

The file format is described in `backup_format.py`; where backups go and how long they are kept,
in `backup_store.py`; reading one back, in `restore.py`.

The raw uploaded files (kept in the uploads directory) travel inside the backup, so a restore
can refresh a dataset from its original file; files kept in S3 are listed by key. Semantic
layers live in the `datasources` table and come back with it. Backup files are written 0600
(they hold password hashes); with BACKUP_ENCRYPTION_KEY set (a Fernet key) the data file is
encrypted too (`.jsonl.gz.fernet`) and `chatbi restore` decrypts it with the same key.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa

import shared.storage.models  # noqa: F401 - registers the tables on Base.metadata
from shared.ops.backup_format import (
    ENCRYPTED_SUFFIX,
    FILE_CHUNK,
    FORMAT,
    FORMAT_VERSION,
    FileSummary,
    TableSummary,
    dumps,
    encode_value,
    encrypt_file,
    fernet_for,
    file_sha256,
    local_upload,
    portable_type,
)
from shared.ops.backup_store import (
    backup_target,
    list_s3_backups,
    prune_backups,
    s3_client,
    unique_stem,
    write_private,
)
from shared.settings import get_settings
from shared.storage.db import Base, app_engine, workspace_engine
from shared.storage.models import Datasource, DatasourceTable
from shared.telemetry.alerts import publish_alert
from shared.telemetry.metrics import record_backup

BATCH_ROWS = 1000
# Tables that describe this install, not its data: a restored copy is a new install.
NOT_BACKED_UP = frozenset({"installation"})
log = logging.getLogger("chatbi.backup")


# ---------------------------------------------------------------- what to back up


@dataclass(frozen=True)
class TableRef:
    scope: str  # "app" | "workspace"
    name: str
    schema: str | None = None


def app_table_names() -> list[str]:
    """App tables in foreign-key order (parents first), as the ORM models declare them."""
    return [table.name for table in Base.metadata.sorted_tables if table.name not in NOT_BACKED_UP]


def dataset_tables(app_engine: sa.Engine) -> list[TableRef]:
    """The physical tables of uploaded files, as recorded in `datasource_tables`."""
    query = (
        sa.select(DatasourceTable.physical_name, DatasourceTable.physical_schema)
        .join(Datasource, Datasource.id == DatasourceTable.datasource_id)
        .where(Datasource.kind == "file")
        .order_by(DatasourceTable.id)
    )
    with app_engine.connect() as conn:
        return [TableRef("workspace", name, schema) for name, schema in conn.execute(query)]


def uploaded_file_keys(app_engine: sa.Engine) -> list[str]:
    """The stored keys of the raw files behind file datasources (local paths or s3:// URLs)."""
    query = (
        sa.select(Datasource.file_key)
        .where(Datasource.kind == "file", Datasource.file_key.is_not(None))
        .order_by(Datasource.id)
    )
    with app_engine.connect() as conn:
        return [str(key) for (key,) in conn.execute(query)]


def _alembic_revision(engine: sa.Engine) -> str | None:
    if not sa.inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


# ---------------------------------------------------------------- writing


@dataclass
class BackupResult:
    name: str
    location: str
    manifest_location: str
    size_bytes: int
    sha256: str
    tables: list[TableSummary]
    pruned: list[str] = field(default_factory=list)
    seconds: float = 0.0
    files: list[FileSummary] = field(default_factory=list)
    external_files: list[str] = field(default_factory=list)
    encrypted: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "location": self.location,
            "manifest": self.manifest_location,
            "size_bytes": self.size_bytes,
            "sha256": self.sha256,
            "tables": [t.__dict__ for t in self.tables],
            "files": [f.__dict__ for f in self.files],
            "external_files": self.external_files,
            "encrypted": self.encrypted,
            "pruned": self.pruned,
            "seconds": round(self.seconds, 3),
        }


def _describe(engine: sa.Engine, ref: TableRef) -> tuple[sa.Table, dict[str, Any]]:
    table = sa.Table(ref.name, sa.MetaData(), schema=ref.schema, autoload_with=engine)
    dialect = engine.dialect.name
    inspector = sa.inspect(engine)
    columns = [
        {"name": col.name, "nullable": bool(col.nullable), **portable_type(col.type, dialect)}
        for col in table.columns
    ]
    indexes = [
        {"name": ix["name"], "columns": ix["column_names"], "unique": bool(ix.get("unique"))}
        for ix in inspector.get_indexes(ref.name, schema=ref.schema)
        if ix.get("name") and all(ix.get("column_names") or [None])
    ]
    header = {
        "kind": "table",
        "scope": ref.scope,
        "name": ref.name,
        "schema": ref.schema,
        "columns": columns,
        "primary_key": [col.name for col in table.primary_key.columns],
        "indexes": indexes if ref.scope == "workspace" else [],
    }
    return table, header


def _stream_rows(engine: sa.Engine, table: sa.Table) -> Iterator[list[Any]]:
    """Rows in primary-key order from a server-side cursor, BATCH_ROWS at a time."""
    order = list(table.primary_key.columns) or list(table.columns)
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=BATCH_ROWS).execute(sa.select(table).order_by(*order))
        for partition in result.partitions():
            yield [[encode_value(v) for v in row] for row in partition]


def _write_table(out: IO[str], engine: sa.Engine, ref: TableRef) -> TableSummary:
    table, header = _describe(engine, ref)
    out.write(dumps(header) + "\n")
    digest = hashlib.sha256()
    count = 0
    for batch in _stream_rows(engine, table):
        for row in batch:
            digest.update((dumps(row) + "\n").encode("utf-8"))
        count += len(batch)
        out.write(dumps({"kind": "rows", "table": ref.name, "rows": batch}) + "\n")
    summary = TableSummary(ref.scope, ref.name, count, digest.hexdigest())
    out.write(dumps({"kind": "end", "table": ref.name, "rows": count, "sha256": summary.sha256}) + "\n")
    return summary


def _write_file(out: IO[str], key: str, path: Path) -> FileSummary:
    digest, size = hashlib.sha256(), 0
    out.write(dumps({"kind": "file", "key": key, "size": path.stat().st_size}) + "\n")
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(FILE_CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
            data = base64.b64encode(chunk).decode("ascii")
            out.write(dumps({"kind": "chunk", "key": key, "data": data}) + "\n")
    summary = FileSummary(key, size, digest.hexdigest())
    out.write(dumps({"kind": "file_end", "key": key, "size": size, "sha256": summary.sha256}) + "\n")
    return summary


@dataclass
class BackupContents:
    tables: list[TableSummary]
    files: list[FileSummary]
    external_files: list[str]


def write_backup(
    path: Path, app: sa.Engine, workspace: sa.Engine, created_at: datetime, uploads: Path | None = None
) -> BackupContents:
    """Write the whole backup stream (tables, then the raw uploaded files) into a gzip file at `path`."""
    existing = set(sa.inspect(app).get_table_names())
    refs = [TableRef("app", name) for name in app_table_names() if name in existing]
    refs += dataset_tables(app)
    uploads = uploads or get_settings().uploads_path
    keys = uploaded_file_keys(app) if "datasources" in existing else []
    summaries: list[TableSummary] = []
    files: list[FileSummary] = []
    external = [key for key in keys if key.startswith("s3://")]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as raw, gzip.open(raw, "wt", encoding="utf-8", compresslevel=6) as out:
        header = {
            "kind": "header",
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": created_at.isoformat(),
            "app_dialect": app.dialect.name,
            "workspace_dialect": workspace.dialect.name,
            "alembic_revision": _alembic_revision(app),
        }
        out.write(dumps(header) + "\n")
        for ref in refs:
            summaries.append(_write_table(out, app if ref.scope == "app" else workspace, ref))
        for key in dict.fromkeys(keys):
            local = local_upload(key, uploads)
            if local is None:
                continue
            if not local.is_file():
                log.warning("uploaded file %s is missing; not in the backup", key)
                continue
            files.append(_write_file(out, key, local))
        footer = {"kind": "footer", "tables": len(summaries), "files": len(files), "external_files": external}
        out.write(dumps(footer) + "\n")
    return BackupContents(summaries, files, external)


def create_backup(now: datetime | None = None) -> BackupResult:
    """Back up to BACKUP_BUCKET/BACKUP_PREFIX when set, else to the backups directory; then prune."""
    started = time.monotonic()
    now = now or datetime.now(UTC).replace(tzinfo=None)
    s3_target = backup_target()
    settings = get_settings()
    encrypted = bool(settings.backup_encryption_key)
    suffix = ".jsonl.gz" + (ENCRYPTED_SUFFIX if encrypted else "")
    if encrypted:
        fernet_for()  # a bad key stops the backup before any work
    with tempfile.TemporaryDirectory(prefix="chatbi-backup-") as scratch:
        if s3_target:
            taken = {name for name, _ in list_s3_backups(*s3_target)}
        else:
            settings.backups_path.mkdir(parents=True, exist_ok=True, mode=0o700)
            taken = {p.name for p in settings.backups_path.iterdir()}
        stem = unique_stem(now, taken)
        data_name, manifest_name = f"{stem}{suffix}", f"{stem}.manifest.json"
        local = Path(scratch) / f"{stem}.jsonl.gz"
        contents = write_backup(local, app_engine(), workspace_engine(), now)
        if encrypted:
            sealed = Path(scratch) / data_name
            encrypt_file(local, sealed)
            local.unlink()
            local = sealed
        os.chmod(local, 0o600)
        size, sha = local.stat().st_size, file_sha256(local)
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "file": data_name,
            "created_at": now.isoformat(),
            "size_bytes": size,
            "sha256": sha,
            "encrypted": encrypted,
            "tables": [t.__dict__ for t in contents.tables],
            "files": [f.__dict__ for f in contents.files],
            "external_files": contents.external_files,
        }
        manifest_text = json.dumps(manifest, ensure_ascii=False, indent=2)
        if s3_target:
            bucket, prefix = s3_target
            client = s3_client()
            client.upload_file(str(local), bucket, prefix + data_name)
            client.put_object(
                Bucket=bucket,
                Key=prefix + manifest_name,
                Body=manifest_text.encode("utf-8"),
                ContentType="application/json",
            )
            location = f"s3://{bucket}/{prefix}{data_name}"
            manifest_location = f"s3://{bucket}/{prefix}{manifest_name}"
        else:
            directory = settings.backups_path
            partial = directory / (data_name + ".partial")
            shutil.move(str(local), partial)
            os.chmod(partial, 0o600)
            os.replace(partial, directory / data_name)
            write_private(directory / manifest_name, manifest_text)
            location, manifest_location = str(directory / data_name), str(directory / manifest_name)
    pruned = prune_backups(now)
    result = BackupResult(
        data_name,
        location,
        manifest_location,
        size,
        sha,
        contents.tables,
        pruned,
        time.monotonic() - started,
        contents.files,
        contents.external_files,
        encrypted,
    )
    log.info("backup written: %s (%d bytes, %d tables)", location, size, len(contents.tables))
    return result


def run_scheduled_backup() -> dict[str, Any]:
    """The daily job: back up, prune, emit a metric; alert and re-raise on failure."""
    started = time.monotonic()
    try:
        result = create_backup()
    except Exception as exc:
        record_backup(False, time.monotonic() - started)
        log.exception("backup failed")
        publish_alert("backup failed", {"error": f"{type(exc).__name__}: {exc}"})
        raise
    record_backup(True, result.seconds, result.size_bytes)
    return result.as_dict()
