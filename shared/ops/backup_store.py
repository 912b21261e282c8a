"""Where backups are kept: the backups directory or BACKUP_BUCKET/BACKUP_PREFIX on S3; their
names, listing and retention (BACKUP_RETENTION_DAYS).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from shared.settings import get_settings

NAME_RE = re.compile(r"^chatbi_(\d{8}_\d{6})(?:_\d+)?\.(jsonl\.gz|jsonl\.gz\.fernet|manifest\.json)$")
log = logging.getLogger("chatbi.backup")


def backup_stem(now: datetime) -> str:
    """The file name stem of a backup taken at `now` (its time is what retention reads back)."""
    return f"chatbi_{now.strftime('%Y%m%d_%H%M%S')}"


def unique_stem(now: datetime, taken: set[str]) -> str:
    """`backup_stem(now)`, with a counter when a backup of the same second exists."""
    stem = backup_stem(now)
    candidate, n = stem, 0
    while f"{candidate}.jsonl.gz" in taken:
        n += 1
        candidate = f"{stem}_{n}"
    return candidate


def backup_target() -> tuple[str, str] | None:
    """(bucket, key prefix) when backups go to S3, else None (the backups directory)."""
    settings = get_settings()
    if not settings.backup_bucket:
        return None
    prefix = settings.backup_prefix.strip("/")
    return settings.backup_bucket, f"{prefix}/" if prefix else ""


def s3_client() -> Any:
    """An S3 client in the configured region."""
    import boto3  # lazy: heavy (boto3)

    return boto3.client("s3", region_name=get_settings().aws_region)


def write_private(path: Path, text: str) -> None:
    """Write a text file readable by its owner only (0600), whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def backup_time(name: str) -> datetime | None:
    """When a backup file was taken, from its name; None for files that are not backups."""
    match = NAME_RE.match(name)
    return datetime.strptime(match.group(1), "%Y%m%d_%H%M%S") if match else None


def list_s3_backups(bucket: str, prefix: str) -> Iterator[tuple[str, str]]:
    """(file name, key) of every object directly under the prefix."""
    paginator = s3_client().get_paginator("list_objects_v2")
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
    s3_target = backup_target()
    pruned: list[str] = []
    if s3_target:
        stale = [
            (name, key)
            for name, key in list_s3_backups(*s3_target)
            if (when := backup_time(name)) is not None and when < cutoff
        ]
        if stale:
            client = s3_client()
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
                when = backup_time(path.name)
                if when is not None and when < cutoff:
                    path.unlink()
                    pruned.append(path.name)
    if pruned:
        log.info("pruned %d old backup files", len(pruned))
    return sorted(pruned)


def manifest_name_of(name: str) -> str:
    """The manifest's file name next to a backup data file."""
    return re.sub(r"\.jsonl\.gz(\.fernet)?$", ".manifest.json", name)
