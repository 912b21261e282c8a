"""Hostile queries cannot make huge answers: cells, answers and stored messages are capped,
SQLite refuses to build giant strings, and analysts' own SQL has a per-user quota."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES, make_user, reset_runtime, upload_file

ORDERS = FIXTURES / "bi_dev" / "orders.csv"  # 4,000 rows


def _query(client, headers, ds, sql):
    response = client.post(f"/api/v1/datasources/{ds}/query", json={"sql": sql}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _repeat(storage, n: int, what: str = "'x'") -> str:
    """n copies of a character, in the backend's own SQL."""
    return f"REPEAT({what}, {n})" if storage.is_mariadb else f"printf('%.*c', {n}, {what})"


@pytest.fixture
def sqlite_client(sqlite_storage):
    """The app on the embedded mode only: the workspace is a SQLite file."""
    from fastapi.testclient import TestClient

    from functions.local import app

    with TestClient(app) as test_client:
        yield test_client


def test_sqlite_refuses_to_build_a_giant_string(sqlite_client) -> None:
    # Given an analyst's upload in the embedded workspace
    client = sqlite_client
    analyst = make_user("ana", "analyst")
    ds = upload_file(client, analyst, ORDERS, "orders")
    # When they ask SQLite for a 20 MB string, or a 1 GB one
    for n in (20_000_000, 1_000_000_000):
        body = _query(client, analyst, ds, f"SELECT printf('%.*c', {n}, 'x') AS big")
        # Then it is refused before SQLite builds (or loops over) it
        assert body["status"] == "error", str(body)[:300]
        assert "too big" in body["message"] and "length limit" in body["message"]
    # While printf itself still works
    body = _query(
        client, analyst, ds, "SELECT printf('%.2f|%5s|%d', 3.14159, 'ab', 7) AS f, format('%x', 255)"
    )
    assert body["rows"] == [["3.14|   ab|7", "ff"]], str(body)[:300]
    # And concatenating past the limit, or a cross-joined group_concat, is refused (too big)
    doubled = "SELECT printf('%.*c', 9000000, 'x') || printf('%.*c', 9000000, 'x') AS big"
    body = _query(client, analyst, ds, doubled)
    assert body["status"] == "error" and "too big" in body["message"], str(body)[:300]
    body = _query(client, analyst, ds, "SELECT group_concat(a.product) FROM orders a, orders b")
    assert body["status"] == "error" and "too big" in body["message"]


def test_long_values_are_cut_and_the_answer_says_so(client, storage) -> None:
    analyst = make_user("ana", "analyst")
    ds = upload_file(client, analyst, ORDERS, "orders")
    # When one value is 100,000 characters long
    body = _query(client, analyst, ds, f"SELECT {_repeat(storage, 100_000)} AS big")
    # Then it is cut to the cell cap, flagged, and the answer says so
    assert body["status"] == "ok", body["message"]
    [[value]] = body["rows"]
    assert len(value) == 10_001 and value.endswith("…")
    assert body["truncated"] is True
    assert "10,000" in body["message"] and "10,000" in body["summary"]


def test_an_answer_stops_at_its_byte_cap_and_the_message_stores_less(client, storage) -> None:
    analyst = make_user("ana", "analyst")
    ds = upload_file(client, analyst, ORDERS, "orders")
    # When 4,000 rows of 5,000 characters each (20 MB) are asked for
    body = _query(client, analyst, ds, f"SELECT order_id, {_repeat(storage, 5000)} AS pad FROM orders")
    # Then the answer holds about 2 MB of them, flagged and said
    assert body["status"] == "ok", body["message"]
    assert body["truncated"] is True and 100 < body["row_count"] < 4000
    assert len(json.dumps(body["rows"])) < 2_200_000
    assert "2 MB" in body["message"]
    # And the stored message keeps at most 256 KB (no chart of 20 MB, fewer rows)
    conversation = client.get(f"/api/v1/conversations/{body['conversation_id']}", headers=analyst)
    [message] = conversation.json()["messages"]
    stored = message["result"]
    assert len(json.dumps(stored, ensure_ascii=False).encode()) <= 256_000
    assert stored["snapshot_truncated"] is True and stored["chart"] is None and stored["rows"]


def test_own_sql_has_a_per_user_quota(client, storage, monkeypatch) -> None:
    # Given a quota of 2 statements per window
    analyst = make_user("ana", "analyst")
    ds = upload_file(client, analyst, ORDERS, "orders")
    monkeypatch.setenv("QUERY_RATE_LIMIT", "2")
    reset_runtime()
    # When an analyst sends three
    sent = [
        client.post(f"/api/v1/datasources/{ds}/query", json={"sql": "SELECT 1"}, headers=analyst)
        for _ in range(3)
    ]
    # Then the third is a 429 with Retry-After, and another analyst is unaffected
    assert [r.status_code for r in sent] == [200, 200, 429]
    assert int(sent[2].headers["Retry-After"]) >= 1
    other = make_user("bo", "analyst")
    client.post(f"/api/v1/datasources/{ds}/shares", json={"username": "bo"}, headers=analyst)
    assert (
        client.post(f"/api/v1/datasources/{ds}/query", json={"sql": "SELECT 1"}, headers=other).status_code
        == 200
    )
