"""Logical backups: the app tables and every uploaded dataset's tables, as gzip'd JSON lines.

Why JSON lines and not SQL: one file restores into SQLite or MariaDB alike (no dialect
quoting or escaping to get right), column types travel as portable names, and no
`mysqldump` binary is needed (Lambda has none). Rows are streamed from a server-side
cursor into the gzip stream in batches, so no table is ever held in memory.

File layout (`chatbi_YYYYMMDD_HHMMSS.jsonl.gz`), one JSON object per line:
    {"kind": "header", ...}
    {"kind": "table", "scope": "app"|"workspace", "name", "columns": [...], "primary_key", "indexes"}
    {"kind": "rows", "table": name, "rows": [[...], ...]}        (repeated)
    {"kind": "end", "table": name, "rows": n, "sha256": ...}     (per table)
    {"kind": "file", "key", "size"}                              (per raw uploaded file)
    {"kind": "chunk", "key", "data": base64}                     (repeated)
    {"kind": "file_end", "key", "size", "sha256"}
    {"kind": "footer", "tables": n, "files": m, "external_files": [s3 keys]}
plus `chatbi_YYYYMMDD_HHMMSS.manifest.json` (tables, row counts, checksums, file sha256).

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
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql

from shared.errors import BadRequest, Conflict, NotFound
from shared.settings import get_settings

FORMAT = "chatbi-backup"
FORMAT_VERSION = 2  # 2: raw uploaded files inside
BATCH_ROWS = 1000
NAME_RE = re.compile(r"^chatbi_(\d{8}_\d{6})(?:_\d+)?\.(jsonl\.gz|jsonl\.gz\.fernet|manifest\.json)$")
FILE_CHUNK = 256 * 1024
ENCRYPT_CHUNK = 1 << 20
ENCRYPTED_SUFFIX = ".fernet"
# Tables that describe this install, not its data: a restored copy is a new install.
NOT_BACKED_UP = frozenset({"installation"})
log = logging.getLogger("chatbi.backup")


# ---------------------------------------------------------------- portable column types


def portable_type(column_type: sa.types.TypeEngine[Any], dialect: str) -> dict[str, Any]:
    """A dialect-free description of a reflected column type (order matters: subclasses first)."""
    if isinstance(column_type, sa.Boolean):
        return {"type": "boolean"}
    if isinstance(column_type, sa.BigInteger):
        return {"type": "bigint"}
    if isinstance(column_type, sa.Integer):
        return {"type": "integer"}
    if isinstance(column_type, sa.Float):
        single = isinstance(column_type, mysql.FLOAT) or (
            dialect in ("mysql", "mariadb") and type(column_type) is sa.Float
        )
        return {"type": "float" if single else "double"}
    if isinstance(column_type, sa.Numeric):
        return {"type": "decimal", "precision": column_type.precision, "scale": column_type.scale}
    if isinstance(column_type, sa.DateTime):
        # SQLite keeps microseconds; MySQL only with DATETIME(fsp).
        fsp = getattr(column_type, "fsp", None)
        return {"type": "datetime", "fractional": dialect == "sqlite" or bool(fsp)}
    if isinstance(column_type, sa.Date):
        return {"type": "date"}
    if isinstance(column_type, sa.Time):
        return {"type": "time"}
    if isinstance(column_type, sa.Text):
        return {"type": "text"}
    if isinstance(column_type, sa.String):
        length = column_type.length
        return {"type": "string", "length": length} if length else {"type": "text"}
    if isinstance(column_type, sa.LargeBinary | sa.types._Binary):
        return {"type": "binary"}
    return {"type": "text"}


def sqlalchemy_type(spec: dict[str, Any]) -> sa.types.TypeEngine[Any]:
    """The SQLAlchemy type that recreates a portable column type on any backend."""
    kind = spec["type"]
    if kind == "boolean":
        return sa.Boolean(create_constraint=False)
    if kind == "bigint":
        return sa.BigInteger()
    if kind == "integer":
        return sa.Integer()
    if kind == "float":
        return sa.Float()
    if kind == "double":
        return sa.Double()
    if kind == "decimal":
        if spec.get("precision") is None:  # SQLite NUMERIC: MySQL's bare DECIMAL would be (10,0)
            return sa.Numeric().with_variant(mysql.DECIMAL(38, 10), "mysql", "mariadb")
        return sa.Numeric(spec.get("precision"), spec.get("scale"))
    if kind == "datetime":
        if spec.get("fractional"):
            return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
        return sa.DateTime()
    if kind == "date":
        return sa.Date()
    if kind == "time":
        return sa.Time()
    if kind == "string":
        return sa.String(spec["length"])
    if kind == "binary":
        return sa.LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb")
    return sa.Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")


def encode_value(value: Any) -> Any:
    """A JSON-safe form of a column value; the column's portable type tells how to decode it."""
    if isinstance(value, datetime | date | dtime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def decode_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "datetime" and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if kind == "time" and isinstance(value, str):
        return dtime.fromisoformat(value)
    if kind == "decimal" and isinstance(value, str):
        return Decimal(value)
    if kind == "binary" and isinstance(value, str):
        return base64.b64decode(value)
    return value


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- what to back up


@dataclass(frozen=True)
class TableRef:
    scope: str  # "app" | "workspace"
    name: str
    schema: str | None = None


def app_table_names() -> list[str]:
    """App tables in foreign-key order (parents first), as the ORM models declare them."""
    import shared.storage.models  # noqa: F401 - registers the tables on Base.metadata
    from shared.storage.db import Base

    return [table.name for table in Base.metadata.sorted_tables if table.name not in NOT_BACKED_UP]


def dataset_tables(app_engine: sa.Engine) -> list[TableRef]:
    """The physical tables of uploaded files, as recorded in `datasource_tables`."""
    from shared.storage.models import Datasource, DatasourceTable

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
    from shared.storage.models import Datasource

    query = (
        sa.select(Datasource.file_key)
        .where(Datasource.kind == "file", Datasource.file_key.is_not(None))
        .order_by(Datasource.id)
    )
    with app_engine.connect() as conn:
        return [str(key) for (key,) in conn.execute(query)]


def _local_upload(key: str, uploads: Path) -> Path | None:
    """The local file of a stored key, or None for S3 keys and keys escaping the uploads dir."""
    if key.startswith("s3://"):
        return None
    root = uploads.resolve()
    path = (root / key).resolve()
    return path if path.is_relative_to(root) and path != root else None


def _alembic_revision(engine: sa.Engine) -> str | None:
    if not sa.inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


# ---------------------------------------------------------------- writing


@dataclass
class TableSummary:
    scope: str
    name: str
    rows: int
    sha256: str


@dataclass
class FileSummary:
    key: str
    size: int
    sha256: str


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
    out.write(_dumps(header) + "\n")
    digest = hashlib.sha256()
    count = 0
    for batch in _stream_rows(engine, table):
        for row in batch:
            digest.update((_dumps(row) + "\n").encode("utf-8"))
        count += len(batch)
        out.write(_dumps({"kind": "rows", "table": ref.name, "rows": batch}) + "\n")
    summary = TableSummary(ref.scope, ref.name, count, digest.hexdigest())
    out.write(_dumps({"kind": "end", "table": ref.name, "rows": count, "sha256": summary.sha256}) + "\n")
    return summary


def _write_file(out: IO[str], key: str, path: Path) -> FileSummary:
    digest, size = hashlib.sha256(), 0
    out.write(_dumps({"kind": "file", "key": key, "size": path.stat().st_size}) + "\n")
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(FILE_CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
            data = base64.b64encode(chunk).decode("ascii")
            out.write(_dumps({"kind": "chunk", "key": key, "data": data}) + "\n")
    summary = FileSummary(key, size, digest.hexdigest())
    out.write(_dumps({"kind": "file_end", "key": key, "size": size, "sha256": summary.sha256}) + "\n")
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
        out.write(_dumps(header) + "\n")
        for ref in refs:
            summaries.append(_write_table(out, app if ref.scope == "app" else workspace, ref))
        for key in dict.fromkeys(keys):
            local = _local_upload(key, uploads)
            if local is None:
                continue
            if not local.is_file():
                log.warning("uploaded file %s is missing; not in the backup", key)
                continue
            files.append(_write_file(out, key, local))
        footer = {"kind": "footer", "tables": len(summaries), "files": len(files), "external_files": external}
        out.write(_dumps(footer) + "\n")
    return BackupContents(summaries, files, external)


def _fernet(key: str | None = None) -> Any:
    from cryptography.fernet import Fernet

    key = key or get_settings().backup_encryption_key
    if not key:
        raise BadRequest("This backup is encrypted: set BACKUP_ENCRYPTION_KEY to the key it was made with")
    try:
        return Fernet(key.encode("ascii"))
    except ValueError as exc:
        raise BadRequest(
            "BACKUP_ENCRYPTION_KEY is not a Fernet key (make one with "
            '`python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`)'
        ) from exc


def encrypt_file(source: Path, target: Path, key: str | None = None) -> None:
    """Encrypt `source` into `target` (0600) as one Fernet token per 1 MiB chunk, a line each:
    streamed, so a large backup is never held in memory."""
    fernet = _fernet(key)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with source.open("rb") as src, os.fdopen(fd, "wb") as out:
        for chunk in iter(lambda: src.read(ENCRYPT_CHUNK), b""):
            out.write(fernet.encrypt(chunk) + b"\n")


def decrypt_file(source: Path, target: Path, key: str | None = None) -> None:
    from cryptography.fernet import InvalidToken

    fernet = _fernet(key)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with source.open("rb") as src, os.fdopen(fd, "wb") as out:
        for line in src:
            if not line.strip():
                continue
            try:
                out.write(fernet.decrypt(line.strip()))
            except InvalidToken as exc:
                raise BadRequest(
                    f"{source.name} cannot be decrypted with BACKUP_ENCRYPTION_KEY "
                    "(wrong key or damaged file)"
                ) from exc


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def backup_stem(now: datetime) -> str:
    return f"chatbi_{now.strftime('%Y%m%d_%H%M%S')}"


def _unique_stem(now: datetime, taken: set[str]) -> str:
    stem = backup_stem(now)
    candidate, n = stem, 0
    while f"{candidate}.jsonl.gz" in taken:
        n += 1
        candidate = f"{stem}_{n}"
    return candidate


def _s3_target() -> tuple[str, str] | None:
    settings = get_settings()
    if not settings.backup_bucket:
        return None
    prefix = settings.backup_prefix.strip("/")
    return settings.backup_bucket, f"{prefix}/" if prefix else ""


def _s3() -> Any:
    import boto3

    return boto3.client("s3", region_name=get_settings().aws_region)


def _write_private(path: Path, text: str) -> None:
    """Write a text file readable by its owner only (0600), whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def create_backup(now: datetime | None = None) -> BackupResult:
    """Back up to BACKUP_BUCKET/BACKUP_PREFIX when set, else to the backups directory; then prune."""
    from shared.storage.db import app_engine, workspace_engine

    started = time.monotonic()
    now = now or datetime.now(UTC).replace(tzinfo=None)
    s3_target = _s3_target()
    settings = get_settings()
    encrypted = bool(settings.backup_encryption_key)
    suffix = ".jsonl.gz" + (ENCRYPTED_SUFFIX if encrypted else "")
    if encrypted:
        _fernet()  # a bad key stops the backup before any work
    with tempfile.TemporaryDirectory(prefix="chatbi-backup-") as scratch:
        if s3_target:
            taken = {name for name, _ in _list_s3_backups(*s3_target)}
        else:
            settings.backups_path.mkdir(parents=True, exist_ok=True, mode=0o700)
            taken = {p.name for p in settings.backups_path.iterdir()}
        stem = _unique_stem(now, taken)
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
            client = _s3()
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
            _write_private(directory / manifest_name, manifest_text)
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


# ---------------------------------------------------------------- retention


def _backup_time(name: str) -> datetime | None:
    match = NAME_RE.match(name)
    return datetime.strptime(match.group(1), "%Y%m%d_%H%M%S") if match else None


def _list_s3_backups(bucket: str, prefix: str) -> Iterator[tuple[str, str]]:
    """(file name, key) of every object directly under the prefix."""
    paginator = _s3().get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            key = obj["Key"]
            name = key[len(prefix) :]
            if "/" not in name:
                yield name, key


def prune_backups(now: datetime | None = None) -> list[str]:
    """Delete backups (and their manifests) older than BACKUP_RETENTION_DAYS; return their names."""
    settings = get_settings()
    now = now or datetime.now(UTC).replace(tzinfo=None)
    cutoff = now - timedelta(days=settings.backup_retention_days)
    s3_target = _s3_target()
    pruned: list[str] = []
    if s3_target:
        stale = [
            (name, key)
            for name, key in _list_s3_backups(*s3_target)
            if (when := _backup_time(name)) is not None and when < cutoff
        ]
        if stale:
            client = _s3()
            for start in range(0, len(stale), 1000):
                chunk = stale[start : start + 1000]
                client.delete_objects(
                    Bucket=s3_target[0], Delete={"Objects": [{"Key": key} for _, key in chunk]}
                )
            pruned = [name for name, _ in stale]
    else:
        directory = settings.backups_path
        if directory.is_dir():
            for path in sorted(directory.iterdir()):
                when = _backup_time(path.name)
                if when is not None and when < cutoff:
                    path.unlink()
                    pruned.append(path.name)
    if pruned:
        log.info("pruned %d old backup files", len(pruned))
    return sorted(pruned)


# ---------------------------------------------------------------- reading and restoring


@dataclass
class VerifiedBackup:
    """What a verified backup holds: its tables (with headers) and raw files, in file order."""

    tables: list[TableSummary]
    headers: list[dict[str, Any]]
    files: list[FileSummary]
    external_files: list[str]


def _manifest_name(name: str) -> str:
    return re.sub(r"\.jsonl\.gz(\.fernet)?$", ".manifest.json", name)


def _open_source(source: str, scratch: Path) -> tuple[Path, dict[str, Any] | None]:
    """A local path to the backup file (downloaded from S3 if needed, decrypted if encrypted)
    and its manifest, if found. The manifest's checksum is of the file as stored."""
    if source.startswith("s3://"):
        bucket, _, key = source[5:].partition("/")
        if not bucket or not key:
            raise BadRequest(f"Not an S3 backup location: {source!r}")
        client = _s3()
        local = scratch / Path(key).name
        try:
            client.download_file(bucket, key, str(local))
        except Exception as exc:
            raise NotFound(f"Cannot download {source}: {exc}") from exc
        manifest = None
        manifest_key = _manifest_name(key)
        if manifest_key != key:
            try:
                body = client.get_object(Bucket=bucket, Key=manifest_key)["Body"].read()
                manifest = json.loads(body)
            except Exception:  # noqa: BLE001 - a missing manifest only skips the file checksum
                log.warning("no manifest at s3://%s/%s", bucket, manifest_key)
    else:
        local = Path(source)
        if not local.is_file():
            raise NotFound(f"No backup file at {source}")
        manifest_path = local.with_name(_manifest_name(local.name))
        manifest = None
        if manifest_path != local and manifest_path.is_file():
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest is not None and manifest.get("sha256") and manifest["sha256"] != file_sha256(local):
        raise BadRequest(f"{local.name}: file checksum does not match its manifest")
    if local.name.endswith(ENCRYPTED_SUFFIX):
        plain = scratch / (local.name.removesuffix(ENCRYPTED_SUFFIX) + ".decrypted")
        decrypt_file(local, plain)
        if manifest is not None:
            manifest = {**manifest, "sha256": None}  # checked above, on the encrypted file
        return plain, manifest
    return local, manifest


def _records(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadRequest(f"{path.name} is not a readable ChatBI backup ({exc})") from exc


def verify_backup(path: Path, manifest: dict[str, Any] | None = None) -> list[TableSummary]:
    """Check the file checksum (against the manifest) and every table's row count and sha256."""
    return verify_contents(path, manifest).tables


def verify_contents(path: Path, manifest: dict[str, Any] | None = None) -> VerifiedBackup:
    """Read the whole backup once: checksums of the file, of every table and every raw file."""
    if manifest is not None and manifest.get("sha256") and manifest["sha256"] != file_sha256(path):
        raise BadRequest(f"{path.name}: file checksum does not match its manifest")
    records = _records(path)
    header = next(records, None)
    if not header or header.get("kind") != "header" or header.get("format") != FORMAT:
        raise BadRequest(f"{path.name} is not a ChatBI backup")
    if int(header.get("version", 0)) > FORMAT_VERSION:
        raise BadRequest(f"{path.name} was written by a newer ChatBI (format {header['version']})")
    summaries: list[TableSummary] = []
    headers: list[dict[str, Any]] = []
    files: list[FileSummary] = []
    current: dict[str, Any] | None = None
    current_file: str | None = None
    digest, count, footer = hashlib.sha256(), 0, None
    for record in records:
        kind = record.get("kind")
        if kind == "table":
            current, digest, count = record, hashlib.sha256(), 0
        elif kind == "rows" and current is not None:
            for row in record["rows"]:
                digest.update((_dumps(row) + "\n").encode("utf-8"))
            count += len(record["rows"])
        elif kind == "end" and current is not None:
            if record["rows"] != count or record["sha256"] != digest.hexdigest():
                raise BadRequest(f"{path.name}: table {current['name']} is corrupt (rows or checksum)")
            summaries.append(TableSummary(current["scope"], current["name"], count, record["sha256"]))
            headers.append(current)
            current = None
        elif kind == "file":
            current_file, digest, count = record["key"], hashlib.sha256(), 0
        elif kind == "chunk" and current_file == record.get("key"):
            data = base64.b64decode(record["data"])
            digest.update(data)
            count += len(data)
        elif kind == "file_end" and current_file is not None:
            if record["size"] != count or record["sha256"] != digest.hexdigest():
                raise BadRequest(f"{path.name}: uploaded file {current_file} is corrupt (size or checksum)")
            files.append(FileSummary(current_file, count, record["sha256"]))
            current_file = None
        elif kind == "footer":
            footer = record
    if footer is None or footer.get("tables") != len(summaries) or footer.get("files", 0) != len(files):
        raise BadRequest(f"{path.name} is truncated")
    if manifest is not None:
        expected = [(t["scope"], t["name"], t["rows"], t["sha256"]) for t in manifest.get("tables", [])]
        actual = [(t.scope, t.name, t.rows, t.sha256) for t in summaries]
        expected_files = [(f["key"], f["sha256"]) for f in manifest.get("files", [])]
        if expected != actual or expected_files != [(f.key, f.sha256) for f in files]:
            raise BadRequest(f"{path.name}: tables do not match the manifest")
    return VerifiedBackup(summaries, headers, files, list(footer.get("external_files") or []))


def _app_tables_to_fill(engine: sa.Engine) -> bool:
    """Check the app database can take the restore; True when it is blank (migrations needed).

    Reads only: a refused restore must leave the target as it found it."""
    inspector = sa.inspect(engine)
    if not inspector.has_table("users"):
        return True
    with engine.connect() as conn:
        for name in app_table_names():
            if not inspector.has_table(name):
                continue  # an older schema: `chatbi migrate` adds it
            quoted = engine.dialect.identifier_preparer.quote(name)
            if conn.execute(sa.text(f"SELECT 1 FROM {quoted} LIMIT 1")).first() is not None:
                raise Conflict(f"Refusing to restore: table {name} of the target database is not empty")
    return False


def _check_targets(
    app: sa.Engine, workspace: sa.Engine, backup: VerifiedBackup, uploads: Path
) -> tuple[bool, list[FileSummary]]:
    """Every check of every target before the first write: the app tables are empty (or the
    database blank), no dataset table exists, no different file sits where a raw file goes.
    Returns (app database needs migrating, raw files to write)."""
    blank = _app_tables_to_fill(app)
    inspector = sa.inspect(workspace)
    for header in backup.headers:
        if header["scope"] == "workspace" and inspector.has_table(
            header["name"], schema=header.get("schema")
        ):
            raise Conflict(
                f"Refusing to restore: dataset table {header['name']} already exists in the target "
                f"workspace database {workspace.url.render_as_string(hide_password=True)}"
            )
    to_write: list[FileSummary] = []
    for item in backup.files:
        target = _local_upload(item.key, uploads)
        if target is None:
            raise BadRequest(f"Backup holds an uploaded file with an unsafe key: {item.key!r}")
        if target.exists():
            if not target.is_file() or file_sha256(target) != item.sha256:
                raise Conflict(f"Refusing to restore: a different file is already at {target}")
            continue
        to_write.append(item)
    return blank, to_write


def _target_table(engine: sa.Engine, header: dict[str, Any]) -> sa.Table:
    """The app table as migrations made it, or a dataset table recreated from its portable types."""
    if header["scope"] == "app":
        return sa.Table(header["name"], sa.MetaData(), autoload_with=engine)
    primary_key = set(header.get("primary_key") or [])
    columns = [
        sa.Column(
            col["name"],
            sqlalchemy_type(col),
            primary_key=col["name"] in primary_key,
            nullable=bool(col.get("nullable", True)) and col["name"] not in primary_key,
        )
        for col in header["columns"]
    ]
    table = sa.Table(
        header["name"],
        sa.MetaData(),
        *columns,
        schema=header.get("schema"),
        mysql_charset="utf8mb4",
        mariadb_charset="utf8mb4",
    )
    kinds = {col["name"]: col["type"] for col in header["columns"]}
    for index in header.get("indexes", []):
        unsized = [n for n in index["columns"] if kinds.get(n) in ("text", "binary")]
        if unsized and engine.dialect.name in ("mysql", "mariadb"):
            # MySQL cannot index TEXT/BLOB without a prefix length; the data matters more.
            log.warning(
                "index %s on %s not recreated: MySQL cannot index %s", index["name"], header["name"], unsized
            )
            continue
        sa.Index(index["name"], *(table.c[name] for name in index["columns"]), unique=index["unique"])
    table.create(engine)
    return table


def _fill_derived_columns(table: sa.Table, payload: list[dict[str, Any]]) -> None:
    """Columns newer than the backup that are computed from others (users.username_key)."""
    from shared.storage.models import fold_username

    if table.name == "users" and "username_key" in table.c:
        for row in payload:
            if row.get("username_key") is None and row.get("username") is not None:
                row["username_key"] = fold_username(row["username"])


def _insert_batches(
    engine: sa.Engine, table: sa.Table, header: dict[str, Any], batches: Iterator[list[Any]]
) -> int:
    names = [col["name"] for col in header["columns"]]
    kinds = [col["type"] for col in header["columns"]]
    keep = [i for i, name in enumerate(names) if name in table.c]
    dropped = [name for name in names if name not in table.c]
    if dropped:
        log.warning("table %s: columns %s no longer exist; their values are skipped", table.name, dropped)
    count = 0
    with engine.begin() as conn:
        for rows in batches:
            payload = [{names[i]: decode_value(row[i], kinds[i]) for i in keep} for row in rows]
            _fill_derived_columns(table, payload)
            if payload:
                conn.execute(table.insert(), payload)
                count += len(payload)
    return count


def _restore_file(records: Iterator[dict[str, Any]], key: str, target: Path) -> None:
    """Write one raw file's chunks to `target` (via a partial file, 0600), up to its `file_end`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        for record in records:
            if record["kind"] == "file_end":
                break
            if record["kind"] == "chunk" and record["key"] == key:
                out.write(base64.b64decode(record["data"]))
    os.replace(partial, target)


def _skip_file(records: Iterator[dict[str, Any]]) -> None:
    for record in records:
        if record["kind"] == "file_end":
            return


@dataclass
class RestoreResult:
    tables: list[TableSummary]
    files: list[str]
    external_files: list[str]


def restore_backup(
    source: str,
    *,
    app_url: str | None = None,
    workspace_url: str | None = None,
    upload_dir: Path | None = None,
) -> list[TableSummary]:
    """Restore a backup file (local path or s3://bucket/key) into an empty database; the tables."""
    return restore(source, app_url=app_url, workspace_url=workspace_url, upload_dir=upload_dir).tables


def restore(
    source: str,
    *,
    app_url: str | None = None,
    workspace_url: str | None = None,
    upload_dir: Path | None = None,
) -> RestoreResult:
    """Restore a backup file (local path or s3://bucket/key) into an empty database.

    A named app database (`app_url`) also receives the dataset tables unless `workspace_url`
    says otherwise: a restore into X never writes into the live workspace. The backup is
    verified and every target (app tables, dataset tables, raw files) checked before the first
    write, so a refused restore leaves everything as it was. The app schema comes from the
    migrations (run here on a blank database); dataset tables are recreated from the column
    types recorded in the backup.
    """
    from shared.storage.db import app_engine, build_engine, workspace_engine

    settings = get_settings()
    if app_url and not workspace_url:
        workspace_url = app_url
    app_url = app_url or settings.app_database_url
    workspace_url = workspace_url or settings.data_database_url
    uploads = upload_dir or settings.uploads_path
    own: list[sa.Engine] = []
    if app_url == settings.app_database_url:
        app = app_engine()
    else:
        app = build_engine(app_url)
        own.append(app)
    if workspace_url == app_url:
        workspace = app
    elif workspace_url == settings.data_database_url:
        workspace = workspace_engine()
    else:
        workspace = build_engine(workspace_url)
        own.append(workspace)
    try:
        with tempfile.TemporaryDirectory(prefix="chatbi-restore-") as scratch:
            path, manifest = _open_source(source, Path(scratch))
            backup = verify_contents(path, manifest)
            blank, files_to_write = _check_targets(app, workspace, backup, uploads)
            if blank:
                from shared.storage import migrate

                migrate.upgrade(app_url)
            restored = _restore_records(path, app, workspace, uploads, {f.key for f in files_to_write})
    finally:
        for engine in own:
            engine.dispose()
    by_name = {(t.scope, t.name): t for t in backup.tables}
    for table in restored:
        table.sha256 = by_name[(table.scope, table.name)].sha256
    log.info("restored %d tables and %d files from %s", len(restored), len(files_to_write), source)
    return RestoreResult(restored, sorted(f.key for f in files_to_write), backup.external_files)


def _restore_records(
    path: Path, app: sa.Engine, workspace: sa.Engine, uploads: Path, file_keys: set[str]
) -> list[TableSummary]:
    restored: list[TableSummary] = []
    records = _records(path)
    next(records)  # header, checked by verify_contents
    for record in records:
        if record["kind"] == "file":
            target = _local_upload(record["key"], uploads)
            if record["key"] in file_keys and target is not None:
                _restore_file(records, record["key"], target)
            else:
                _skip_file(records)
            continue
        if record["kind"] != "table":
            continue
        engine = app if record["scope"] == "app" else workspace
        target_table = _target_table(engine, record)
        count = _insert_batches(engine, target_table, record, _rows_of(records, record["name"]))
        restored.append(TableSummary(record["scope"], record["name"], count, ""))
    return restored


def _rows_of(records: Iterator[dict[str, Any]], table: str) -> Iterator[list[Any]]:
    """The row batches of one table, consuming the stream up to its `end` record."""
    for record in records:
        if record["kind"] == "end":
            return
        if record["kind"] == "rows" and record["table"] == table:
            yield record["rows"]


def run_scheduled_backup() -> dict[str, Any]:
    """The daily job: back up, prune, emit a metric; alert and re-raise on failure."""
    from shared.telemetry.alerts import publish_alert
    from shared.telemetry.metrics import record_backup

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
