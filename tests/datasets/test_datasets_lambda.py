"""The datasets function as AWS Lambda behind API Gateway (HTTP API v2): a multipart upload, then a list."""

from __future__ import annotations

from tests.conftest import make_user
from tests.datasets.conftest import BI_DEV
from tests.lambda_events import http_v2_event, invoke


def test_upload_and_list_through_lambda(storage) -> None:
    from functions.datasets.handler import handler

    # Given a user and a multipart upload event (API Gateway base64-encodes binary bodies)
    headers = make_user("lena", "analyst")
    boundary = "chatbi-boundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="employees.csv"\r\n'
            f"Content-Type: text/csv\r\n\r\n"
        ).encode()
        + (BI_DEV / "employees.csv").read_bytes()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    event = http_v2_event(
        "POST",
        "/api/v1/datasources/upload",
        body=body,
        headers={**headers, "content-type": f"multipart/form-data; boundary={boundary}"},
    )
    # When the handler is invoked
    status, _, created = invoke(handler, event)
    # Then the dataset is created and listed
    assert status == 201, created
    assert created["tables"][0]["row_count"] == 600
    status, _, listed = invoke(handler, http_v2_event("GET", "/api/v1/datasources", headers=headers))
    assert status == 200 and [d["id"] for d in listed["items"]] == [created["id"]]
