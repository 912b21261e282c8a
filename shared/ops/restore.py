"""Restore a backup: verify the whole file first, check every target, then write.

A refused restore leaves everything as it was: the backup is verified (file, table and raw-file
checksums, against the manifest) and every target checked before the first write.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from shared.errors import BadRequest, Conflict, NotFound
from shared.ops.backup import app_table_names
from shared.ops.backup_format import (
    ENCRYPTED_SUFFIX,
    FORMAT,
    FORMAT_VERSION,
    FileSummary,
    TableSummary,
    decode_value,
    decrypt_file,
    dumps,
    file_sha256,
    local_upload,
    read_records,
    sqlalchemy_type,
)
from shared.ops.backup_store import manifest_name_of, s3_client
from shared.settings import get_settings
from shared.storage import migrate
from shared.storage.db import app_engine, build_engine, workspace_engine
from shared.storage.models import fold_username

log = logging.getLogger("chatbi.backup")


@dataclass
class VerifiedBackup:
    """What a verified backup holds: its tables (with headers) and raw files, in file order."""

    tables: list[TableSummary]
    headers: list[dict[str, Any]]
    files: list[FileSummary]
    external_files: list[str]


def _open_source(source: str, scratch: Path) -> tuple[Path, dict[str, Any] | None]:
    """A local path to the backup file (downloaded from S3 if needed, decrypted if encrypted)
    and its manifest, if found. The manifest's checksum is of the file as stored."""
    if source.startswith("s3://"):
        bucket, _, key = source[5:].partition("/")
        if not bucket or not key:
            raise BadRequest(f"Not an S3 backup location: {source!r}")
        client = s3_client()
        local = scratch / Path(key).name
        try:
            client.download_file(bucket, key, str(local))
        except Exception as exc:
            raise NotFound(f"Cannot download {source}: {exc}") from exc
        manifest = None
        manifest_key = manifest_name_of(key)
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
        manifest_path = local.with_name(manifest_name_of(local.name))
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


def verify_backup(path: Path, manifest: dict[str, Any] | None = None) -> list[TableSummary]:
    """Check the file checksum (against the manifest) and every table's row count and sha256."""
    return verify_contents(path, manifest).tables


def verify_contents(path: Path, manifest: dict[str, Any] | None = None) -> VerifiedBackup:
    """Read the whole backup once: checksums of the file, of every table and every raw file."""
    if manifest is not None and manifest.get("sha256") and manifest["sha256"] != file_sha256(path):
        raise BadRequest(f"{path.name}: file checksum does not match its manifest")
    records = read_records(path)
    _check_header(path, next(records, None))
    check = _ContentCheck(path.name)
    for record in records:
        check.feed(record)
    footer = check.footer
    if (
        footer is None
        or footer.get("tables") != len(check.tables)
        or footer.get("files", 0) != len(check.files)
    ):
        raise BadRequest(f"{path.name} is truncated")
    if manifest is not None:
        _check_manifest(path, manifest, check.tables, check.files)
    return VerifiedBackup(check.tables, check.headers, check.files, list(footer.get("external_files") or []))


def _check_header(path: Path, header: dict[str, Any] | None) -> None:
    """The first record says this is a ChatBI backup in a format version this code reads."""
    if not header or header.get("kind") != "header" or header.get("format") != FORMAT:
        raise BadRequest(f"{path.name} is not a ChatBI backup")
    if int(header.get("version", 0)) > FORMAT_VERSION:
        raise BadRequest(f"{path.name} was written by a newer ChatBI (format {header['version']})")


class _ContentCheck:
    """One pass over a backup's records: each table's rows and each raw file's bytes are counted
    and hashed, and checked against the record that closes them."""

    def __init__(self, name: str):
        self.name = name
        self.tables: list[TableSummary] = []
        self.headers: list[dict[str, Any]] = []
        self.files: list[FileSummary] = []
        self.current: dict[str, Any] | None = None
        self.current_file: str | None = None
        self.digest, self.count = hashlib.sha256(), 0
        self.footer: dict[str, Any] | None = None

    def feed(self, record: dict[str, Any]) -> None:
        kind = record.get("kind")
        if kind == "table":
            self.current, self.digest, self.count = record, hashlib.sha256(), 0
        elif kind == "rows" and self.current is not None:
            self._rows(record["rows"])
        elif kind == "end" and self.current is not None:
            self._end_table(self.current, record)
        elif kind == "file":
            self.current_file, self.digest, self.count = record["key"], hashlib.sha256(), 0
        elif kind == "chunk" and self.current_file == record.get("key"):
            data = base64.b64decode(record["data"])
            self.digest.update(data)
            self.count += len(data)
        elif kind == "file_end" and self.current_file is not None:
            self._end_file(self.current_file, record)
        elif kind == "footer":
            self.footer = record

    def _rows(self, rows: list[Any]) -> None:
        for row in rows:
            self.digest.update((dumps(row) + "\n").encode("utf-8"))
        self.count += len(rows)

    def _end_table(self, table: dict[str, Any], record: dict[str, Any]) -> None:
        if record["rows"] != self.count or record["sha256"] != self.digest.hexdigest():
            raise BadRequest(f"{self.name}: table {table['name']} is corrupt (rows or checksum)")
        self.tables.append(TableSummary(table["scope"], table["name"], self.count, record["sha256"]))
        self.headers.append(table)
        self.current = None

    def _end_file(self, key: str, record: dict[str, Any]) -> None:
        if record["size"] != self.count or record["sha256"] != self.digest.hexdigest():
            raise BadRequest(f"{self.name}: uploaded file {key} is corrupt (size or checksum)")
        self.files.append(FileSummary(key, self.count, record["sha256"]))
        self.current_file = None


def _check_manifest(
    path: Path, manifest: dict[str, Any], tables: list[TableSummary], files: list[FileSummary]
) -> None:
    """The tables and raw files read are the ones the manifest lists, with the same checksums."""
    expected = [(t["scope"], t["name"], t["rows"], t["sha256"]) for t in manifest.get("tables", [])]
    actual = [(t.scope, t.name, t.rows, t.sha256) for t in tables]
    expected_files = [(f["key"], f["sha256"]) for f in manifest.get("files", [])]
    if expected != actual or expected_files != [(f.key, f.sha256) for f in files]:
        raise BadRequest(f"{path.name}: tables do not match the manifest")


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
        target = local_upload(item.key, uploads)
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
                migrate.upgrade(app_url)
            restored = __restore_records(path, app, workspace, uploads, {f.key for f in files_to_write})
    finally:
        for engine in own:
            engine.dispose()
    by_name = {(t.scope, t.name): t for t in backup.tables}
    for table in restored:
        table.sha256 = by_name[(table.scope, table.name)].sha256
    log.info("restored %d tables and %d files from %s", len(restored), len(files_to_write), source)
    return RestoreResult(restored, sorted(f.key for f in files_to_write), backup.external_files)


def __restore_records(
    path: Path, app: sa.Engine, workspace: sa.Engine, uploads: Path, file_keys: set[str]
) -> list[TableSummary]:
    restored: list[TableSummary] = []
    records = read_records(path)
    next(records)  # header, checked by verify_contents
    for record in records:
        if record["kind"] == "file":
            target = local_upload(record["key"], uploads)
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
