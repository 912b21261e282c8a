"""Every API request leaves an audit row (off the request path); admins can search them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from shared.ops import audit
from tests.conftest import make_user, reset_runtime


def _rows(client, headers, **params) -> dict:
    audit.flush()
    response = client.get("/api/v1/audit-logs", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_api_requests_are_audited_with_user_status_and_latency(client, admin_headers, storage) -> None:
    # Given an analyst who calls the API, and an anonymous caller
    analyst = make_user("ana", "analyst")
    client.get("/api/v1/audit-logs", headers=analyst)  # 403: not an admin
    client.get("/api/v1/audit-logs")  # 401: nobody
    client.get("/health")  # not an API call: not audited
    # When the admin lists the audit trail filtered on the path
    page = _rows(client, admin_headers, path="/api/v1/audit-logs", limit=10)
    # Then both calls are there, newest first, with who, status, latency and request id
    by_status = {item["status"]: item for item in page["items"]}
    assert by_status[403]["username"] == "ana" and by_status[403]["user_id"] is not None
    assert by_status[401]["user_id"] is None
    assert all(item["method"] == "GET" and item["latency_ms"] >= 0 for item in page["items"])
    assert all(len(item["request_id"]) >= 8 for item in page["items"])
    assert not any(item["path"] == "/health" for item in page["items"])


def test_audit_logs_filter_by_user_and_time_and_paginate(client, admin_headers, storage) -> None:
    # Given five calls by one analyst and one by another
    first = make_user("first", "analyst")
    second = make_user("second", "analyst")
    for _ in range(5):
        client.get("/api/v1/audit-logs", headers=first)
    client.get("/api/v1/audit-logs", headers=second)
    # When the admin filters on the first analyst, two per page
    page1 = _rows(client, admin_headers, username="first", limit=2, offset=0)
    page3 = _rows(client, admin_headers, username="first", limit=2, offset=4)
    # Then there are five in total, pages are disjoint, and the last page holds the remainder
    assert page1["total"] == 5 and len(page1["items"]) == 2 and len(page3["items"]) == 1
    assert {i["username"] for i in page1["items"] + page3["items"]} == {"first"}
    user_id = page1["items"][0]["user_id"]
    assert _rows(client, admin_headers, user_id=user_id)["total"] == 5
    # And a time window in the future matches nothing, one in the past everything so far
    future = (datetime.utcnow() + timedelta(hours=1)).isoformat()
    assert _rows(client, admin_headers, username="first", since=future)["total"] == 0
    past = (datetime.utcnow() - timedelta(hours=1)).isoformat()
    assert _rows(client, admin_headers, username="first", since=past, until=future)["total"] == 5


def test_audit_logs_are_admin_only(client, analyst_headers) -> None:
    # Given an analyst
    # When they ask for the audit trail
    response = client.get("/api/v1/audit-logs", headers=analyst_headers)
    # Then they are refused
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        ("10.0.0.5", "203.0.113.7", "203.0.113.7"),  # trusted proxy: the client behind it
        ("198.51.100.9", "203.0.113.7", "198.51.100.9"),  # untrusted peer: header ignored
        ("10.0.0.5", "1.1.1.1, 203.0.113.7, 10.0.0.2", "203.0.113.7"),  # spoofed left entry ignored
        ("10.0.0.5", None, "10.0.0.5"),
        ("::1", "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_ip_trusts_forwarded_for_only_from_trusted_proxies(peer, forwarded, expected) -> None:
    # Given proxies 10.0.0.0/8 and ::1 are trusted
    # Then the client address is resolved as the table says
    assert audit.resolve_client_ip(peer, forwarded, "10.0.0.0/8, ::1") == expected


def test_forwarded_client_ip_lands_in_the_audit_row(sqlite_storage, monkeypatch) -> None:
    from functions.local import app

    # Given the service behind a trusted proxy at 10.0.0.5
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8")
    reset_runtime()
    admin = make_user("root", "admin")
    proxied = TestClient(app, client=("10.0.0.5", 40000))
    direct = TestClient(app, client=("198.51.100.9", 40000))
    # When a request comes through the proxy, and another straight from a spoofing client
    proxied.get("/api/v1/audit-logs", headers={**admin, "X-Forwarded-For": "203.0.113.7"})
    direct.get("/api/v1/audit-logs", headers={**admin, "X-Forwarded-For": "6.6.6.6"})
    # Then the first is recorded with the real client, the second with its own address
    items = _rows(proxied, admin, username="root")["items"]
    assert {i["client_ip"] for i in items} >= {"203.0.113.7", "198.51.100.9"}
    assert "6.6.6.6" not in {i["client_ip"] for i in items}


def test_full_queue_spools_rows_and_drops_only_what_cannot_be_kept(sqlite_storage, monkeypatch) -> None:
    from prometheus_client import REGISTRY

    from shared.settings import get_settings
    from shared.telemetry.metrics import prom

    # Given a writer with room for one row whose thread is not running yet
    writer = audit.AuditWriter(maxsize=1)
    writer._ensure_thread = lambda: None  # type: ignore[method-assign]
    prom()
    before = REGISTRY.get_sample_value("chatbi_audit_dropped_total") or 0
    row = {
        "method": "GET",
        "path": "/api/v1/x",
        "status": 200,
        "latency_ms": 1.0,
        "created_at": datetime.utcnow(),
    }
    # When two rows are submitted
    # Then the second goes to the spool file at once (not blocking, not lost)
    assert writer.submit(row) is True
    assert writer.submit(row) is True
    spool = get_settings().chatbi_data_dir / audit.SPOOL_DIR
    assert sum(len(p.read_text().splitlines()) for p in spool.glob("*.jsonl")) == 1
    # And when even the spool cannot be written, the row is dropped and counted
    blocker = spool / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(audit, "_spool_path", lambda: blocker / "spool")
    assert writer.submit(row) is False
    assert (REGISTRY.get_sample_value("chatbi_audit_dropped_total") or 0) - before == 1


def test_lambda_invocations_write_their_audit_row_before_returning(sqlite_storage, monkeypatch) -> None:
    from sqlalchemy import func, select

    from functions.audit.handler import handler
    from shared.storage.db import session_scope
    from shared.storage.models import AuditLog
    from tests.lambda_events import http_v2_event, invoke

    # Given the audit function inside Lambda
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "AuditFunction")
    admin = make_user("boss", "admin")
    # When it serves one request
    status, _, _ = invoke(handler, http_v2_event("GET", "/api/v1/audit-logs", headers=admin))
    assert status == 200
    # Then its audit row is already in the table when the handler returns (no flush by the test)
    with session_scope() as session:
        count = session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.username == "boss"))
    assert count == 1
