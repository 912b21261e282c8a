"""Where raw uploaded files are kept: a local directory, or S3 when UPLOAD_BUCKET is set.

The stored key says where it lives (`s3://bucket/key` or a path relative to the uploads
directory), so deleting still works after the configuration changes.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from shared.settings import cached_factory, get_settings

S3_SCHEME = "s3://"


@cached_factory
def s3_client() -> Any:
    import boto3  # lazy: heavy (boto3)

    return boto3.client("s3", region_name=get_settings().aws_region)


def store_file(local_path: Path, key: str) -> str:
    """Keep a copy of an uploaded file under `key`; returns the stored key."""
    settings = get_settings()
    if settings.upload_bucket:
        s3_client().upload_file(str(local_path), settings.upload_bucket, key)
        return f"{S3_SCHEME}{settings.upload_bucket}/{key}"
    target = settings.uploads_path / key
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(local_path, target)
    return key


def delete_file(stored_key: str | None) -> None:
    """Remove a stored file; a file already gone is not an error."""
    if not stored_key:
        return
    if stored_key.startswith(S3_SCHEME):
        bucket, _, key = stored_key[len(S3_SCHEME) :].partition("/")
        s3_client().delete_object(Bucket=bucket, Key=key)
        return
    root = get_settings().uploads_path.resolve()
    path = (root / stored_key).resolve()
    if path.is_relative_to(root):
        path.unlink(missing_ok=True)


def file_exists(stored_key: str) -> bool:
    """Whether a stored file is there (tests and the cleanup job use it)."""
    if stored_key.startswith(S3_SCHEME):
        bucket, _, key = stored_key[len(S3_SCHEME) :].partition("/")
        try:
            s3_client().head_object(Bucket=bucket, Key=key)
        except Exception:  # botocore ClientError 404, imported lazily
            return False
        return True
    return (get_settings().uploads_path / stored_key).is_file()


def delete_prefix(prefix: str) -> None:
    """Remove every stored file of one datasource (its original upload, replacements and appends)."""
    settings = get_settings()
    if settings.upload_bucket:
        client = s3_client()
        paginator = client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=settings.upload_bucket, Prefix=f"{prefix}/"):
            keys = [{"Key": item["Key"]} for item in page.get("Contents", [])]
            if keys:
                client.delete_objects(Bucket=settings.upload_bucket, Delete={"Objects": keys})
    root = settings.uploads_path.resolve()
    folder = (root / prefix).resolve()
    if folder.is_relative_to(root) and folder != root and folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)
