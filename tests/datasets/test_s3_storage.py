"""Raw files kept in S3 when UPLOAD_BUCKET is set (moto stands in for AWS)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.datasets.conftest import BI_DEV, upload, workspace_dataset_tables

BUCKET = "chatbi-uploads-test"


@pytest.fixture
def s3_bucket(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Given an (emulated) S3 bucket configured as UPLOAD_BUCKET."""
    from moto import mock_aws

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "UPLOAD_BUCKET": BUCKET,
    }.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        from shared.settings import clear_caches

        clear_caches()
        import boto3

        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        yield client


def object_keys(client) -> list[str]:
    return [o["Key"] for o in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def test_upload_keeps_the_file_in_s3_and_delete_removes_it(s3_bucket, client, owner) -> None:
    content = (BI_DEV / "employees.csv").read_bytes()
    # When a file is uploaded
    response = upload(client, owner, "employees.csv", content)
    # Then the raw bytes are in the bucket, not on local disk
    assert response.status_code == 201, response.text
    (key,) = object_keys(s3_bucket)
    assert key.endswith("/employees.csv")
    assert s3_bucket.get_object(Bucket=BUCKET, Key=key)["Body"].read() == content
    from shared.settings import get_settings

    assert not get_settings().uploads_path.exists() or not any(get_settings().uploads_path.rglob("*.csv"))
    # When the datasource is deleted, Then the object goes too
    assert client.delete(f"/api/v1/datasources/{response.json()['id']}", headers=owner).status_code == 204
    assert object_keys(s3_bucket) == []


def test_failed_upload_leaves_no_object(s3_bucket, client, owner) -> None:
    # When a ragged file is uploaded with S3 storage on
    response = upload(client, owner, "ragged.csv", b"a,b\n1,2\n3\n")
    # Then it is refused and the bucket stays empty
    assert response.status_code == 422
    assert object_keys(s3_bucket) == [] and workspace_dataset_tables() == []
