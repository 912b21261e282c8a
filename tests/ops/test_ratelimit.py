"""Per-user quotas on asking and uploading: a sliding window, 429 with Retry-After."""

from __future__ import annotations

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient

from shared.api.app import create_app
from shared.errors import TooManyRequests
from shared.identity.ratelimit import enforce_quota
from tests.conftest import reset_runtime
from tests.ops.helpers import closed_port


def _quota_app() -> TestClient:
    """An app whose one route spends an `ask` quota, as the chat route does."""
    router = APIRouter()

    @router.post("/api/v1/ask")
    def ask(user: int = 1) -> dict[str, bool]:
        enforce_quota(user, "ask")
        return {"ok": True}

    return TestClient(create_app([router]))


def test_ask_quota_returns_429_with_retry_after(storage, monkeypatch) -> None:
    # Given a quota of 3 questions per minute (in Redis for MariaDB, in-process when embedded)
    monkeypatch.setenv("ASK_RATE_LIMIT", "3")
    monkeypatch.setenv("RATE_LIMIT_WINDOW_S", "60")
    reset_runtime()
    client = _quota_app()
    # When one user asks four times
    statuses = [client.post("/api/v1/ask", params={"user": 7}).status_code for _ in range(4)]
    # Then the fourth is refused with 429 and a Retry-After within the window
    assert statuses == [200, 200, 200, 429]
    refused = client.post("/api/v1/ask", params={"user": 7})
    assert refused.json()["error"]["code"] == "too_many_requests"
    assert 1 <= int(refused.headers["Retry-After"]) <= 61
    # And another user still has their own quota
    assert client.post("/api/v1/ask", params={"user": 8}).status_code == 200


def test_upload_quota_is_separate_from_ask_quota(sqlite_storage, monkeypatch) -> None:
    # Given one upload allowed per window
    monkeypatch.setenv("UPLOAD_RATE_LIMIT", "1")
    reset_runtime()
    # When a user uploads twice
    enforce_quota(5, "upload")
    # Then the second upload is refused while questions are still allowed
    with pytest.raises(TooManyRequests) as refused:
        enforce_quota(5, "upload")
    assert refused.value.retry_after >= 1
    enforce_quota(5, "ask")


def test_zero_disables_the_quota(sqlite_storage, monkeypatch) -> None:
    # Given ASK_RATE_LIMIT=0
    monkeypatch.setenv("ASK_RATE_LIMIT", "0")
    reset_runtime()
    # Then any number of questions is allowed
    for _ in range(100):
        enforce_quota(1, "ask")


def test_redis_outage_does_not_block_users(sqlite_storage, monkeypatch) -> None:
    # Given a quota of one and Redis unreachable
    monkeypatch.setenv("ASK_RATE_LIMIT", "1")
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{closed_port()}/0")
    reset_runtime()
    # Then questions still go through (the limiter fails open)
    enforce_quota(1, "ask")
    enforce_quota(1, "ask")


def test_the_real_ask_endpoint_enforces_the_quota(storage, monkeypatch, user_headers) -> None:
    from functions.local import app

    # Given a quota of two questions per window and an analyst
    monkeypatch.setenv("ASK_RATE_LIMIT", "2")
    reset_runtime()
    headers = user_headers("quota-analyst", "analyst")
    client = TestClient(app)
    body = {"datasource_id": 987654, "question": "销售额是多少？"}
    # When they ask three times (about a datasource that does not exist: the quota is counted first)
    statuses = [client.post("/api/v1/ask", json=body, headers=headers).status_code for _ in range(3)]
    # Then the third question is refused with 429 and Retry-After
    assert statuses == [404, 404, 429]
    refused = client.post("/api/v1/ask", json=body, headers=headers)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
