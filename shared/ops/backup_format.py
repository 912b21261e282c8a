"""The backup file format: portable column types and values, the record stream, checksums, encryption.

Why JSON lines and not SQL: one file restores into SQLite or MariaDB alike (no dialect
quoting or escaping to get right), column types travel as portable names, and no
`mysqldump` binary is needed (Lambda has none).

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

With BACKUP_ENCRYPTION_KEY set (a Fernet key) the data file is encrypted too (`.jsonl.gz.fernet`),
one Fernet token per 1 MiB chunk.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql

from shared.errors import BadRequest
from shared.settings import get_settings

FORMAT = "chatbi-backup"
FORMAT_VERSION = 2  # 2: raw uploaded files inside
FILE_CHUNK = 256 * 1024
ENCRYPT_CHUNK = 1 << 20
ENCRYPTED_SUFFIX = ".fernet"


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
    """A column value as read from the backup, back in the Python type its portable `kind` names."""
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


def dumps(obj: Any) -> str:
    """One compact JSON line: the form every record and every hashed row takes."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


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


def local_upload(key: str, uploads: Path) -> Path | None:
    """The local file of a stored key, or None for S3 keys and keys escaping the uploads dir."""
    if key.startswith("s3://"):
        return None
    root = uploads.resolve()
    path = (root / key).resolve()
    return path if path.is_relative_to(root) and path != root else None


def fernet_for(key: str | None = None) -> Any:
    """The Fernet cipher of `key` (default BACKUP_ENCRYPTION_KEY); a missing or bad key is a 400."""
    from cryptography.fernet import Fernet  # lazy: heavy (cryptography)

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
    fernet = fernet_for(key)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with source.open("rb") as src, os.fdopen(fd, "wb") as out:
        for chunk in iter(lambda: src.read(ENCRYPT_CHUNK), b""):
            out.write(fernet.encrypt(chunk) + b"\n")


def decrypt_file(source: Path, target: Path, key: str | None = None) -> None:
    """Decrypt a file written by `encrypt_file` into `target` (0600), a token a line."""
    from cryptography.fernet import InvalidToken  # lazy: heavy (cryptography)

    fernet = fernet_for(key)
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
    """The sha256 of a whole file, read 1 MiB at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a gzip'd backup stream, one JSON object a line; unreadable input is a 400."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadRequest(f"{path.name} is not a readable ChatBI backup ({exc})") from exc
