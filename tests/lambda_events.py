"""Build API Gateway events (HTTP API v2 and REST v1) from the fixtures in tests/events/."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any
from urllib.parse import urlencode

from tests.conftest import EVENTS


def _load(name: str) -> dict[str, Any]:
    return dict(json.loads((EVENTS / name).read_text(encoding="utf-8")))


def _encode_body(body: Any) -> tuple[str | None, bool]:
    if body is None:
        return None, False
    if isinstance(body, bytes):
        return base64.b64encode(body).decode(), True
    return (body if isinstance(body, str) else json.dumps(body)), False


def http_v2_event(
    method: str,
    path: str,
    *,
    body: Any = None,
    headers: dict[str, str] | None = None,
    query: dict[str, str] | None = None,
) -> dict[str, Any]:
    event = copy.deepcopy(_load("http_api_v2.json"))
    event["rawPath"] = path
    event["requestContext"]["http"]["method"] = method
    event["requestContext"]["http"]["path"] = path
    event["rawQueryString"] = urlencode(query or {})
    event["queryStringParameters"] = query or {}
    event["headers"].update({k.lower(): v for k, v in (headers or {}).items()})
    event["body"], event["isBase64Encoded"] = _encode_body(body)
    return event


def rest_v1_event(
    method: str,
    path: str,
    *,
    body: Any = None,
    headers: dict[str, str] | None = None,
    query: dict[str, str] | None = None,
) -> dict[str, Any]:
    event = copy.deepcopy(_load("rest_api_v1.json"))
    event["path"] = path
    event["httpMethod"] = method
    event["requestContext"]["httpMethod"] = method
    event["pathParameters"] = {"proxy": path.lstrip("/")}
    event["headers"].update(headers or {})
    event["multiValueHeaders"] = {k: [v] for k, v in event["headers"].items()}
    event["queryStringParameters"] = query or None
    event["multiValueQueryStringParameters"] = {k: [v] for k, v in (query or {}).items()} or None
    event["body"], event["isBase64Encoded"] = _encode_body(body)
    return event


class FakeContext:
    function_name = "test"
    aws_request_id = "req-1"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:test"

    def get_remaining_time_in_millis(self) -> int:
        return 30_000


def invoke(handler: Any, event: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
    """Call a Lambda handler; returns (status, headers, parsed JSON body or text)."""
    result = handler(event, FakeContext())
    raw = result.get("body") or ""
    if result.get("isBase64Encoded"):
        raw = base64.b64decode(raw).decode()
    headers = {k.lower(): v for k, v in (result.get("headers") or {}).items()}
    try:
        body: Any = json.loads(raw) if raw else None
    except json.JSONDecodeError:
        body = raw
    return result["statusCode"], headers, body
