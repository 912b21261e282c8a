"""Shares can be listed and revoked, and a deleted datasource leaves no rows with its grantees."""

from __future__ import annotations

from tests.conftest import FIXTURES, make_user, upload_file

ORDERS = FIXTURES / "bi_dev" / "orders.csv"


def _ask(client, headers, ds, question="各省份的销售额"):
    ask = {"datasource_id": ds, "question": question}
    body = client.post("/api/v1/ask", json=ask, headers=headers).json()
    assert body["status"] == "ok", body
    return body


def test_owner_lists_and_revokes_shares(client) -> None:
    # Given an owner who shared a datasource with one user and with every viewer
    owner = make_user("owner", "analyst")
    bob = make_user("bob", "analyst")
    make_user("val", "viewer")
    ds = upload_file(client, owner, ORDERS, "orders")
    by_name = client.post(f"/api/v1/datasources/{ds}/shares", json={"username": "bob"}, headers=owner).json()
    client.post(f"/api/v1/datasources/{ds}/shares", json={"role": "viewer"}, headers=owner)
    asked = _ask(client, bob, ds)
    # When the owner lists the shares
    listed = client.get(f"/api/v1/datasources/{ds}/shares", headers=owner)
    # Then both are there, and a grantee may not list them
    assert listed.status_code == 200, listed.text
    assert [(s["username"], s["role"]) for s in listed.json()["items"]] == [("bob", None), (None, "viewer")]
    assert client.get(f"/api/v1/datasources/{ds}/shares", headers=bob).status_code == 403
    # When the owner revokes bob's share
    revoked = client.delete(f"/api/v1/datasources/{ds}/shares/{by_name['id']}", headers=owner)
    assert revoked.status_code == 204
    # Then bob no longer sees the datasource nor the rows of his earlier answer on it
    assert client.get(f"/api/v1/datasources/{ds}", headers=bob).status_code == 404
    conversation = client.get(f"/api/v1/conversations/{asked['conversation_id']}", headers=bob).json()
    [message] = conversation["messages"]
    assert message["result"] is None and message["summary"] is None
    assert client.get(f"/api/v1/messages/{asked['message_id']}/export", headers=bob).status_code == 404
    # And the share is gone from the list; revoking it again is a 404
    left = client.get(f"/api/v1/datasources/{ds}/shares", headers=owner).json()["items"]
    assert [s["role"] for s in left] == ["viewer"]
    assert client.delete(f"/api/v1/datasources/{ds}/shares/{by_name['id']}", headers=owner).status_code == 404


def test_deleting_a_datasource_removes_every_grantees_snapshot(client, storage) -> None:
    # Given a grantee who got rows from a shared datasource
    owner = make_user("owner", "analyst")
    bob = make_user("bob", "analyst")
    ds = upload_file(client, owner, ORDERS, "orders")
    client.post(f"/api/v1/datasources/{ds}/shares", json={"username": "bob"}, headers=owner)
    asked = _ask(client, bob, ds)
    # When the owner deletes the datasource
    assert client.delete(f"/api/v1/datasources/{ds}", headers=owner).status_code == 204
    # Then the grantee's message keeps its question but no rows, chart or summary, in the API ...
    conversation = client.get(f"/api/v1/conversations/{asked['conversation_id']}", headers=bob).json()
    [message] = conversation["messages"]
    assert message["question"] == "各省份的销售额"
    assert message["result"] is None and message["summary"] is None
    # ... and in the app database itself
    from shared.storage.db import session_scope
    from shared.storage.models import Message

    with session_scope() as session:
        stored = session.get(Message, asked["message_id"])
        assert stored is not None and stored.result is None and stored.summary is None
        assert "deleted" in (stored.message or "")


def test_a_share_finds_the_user_as_login_does_ignoring_case_and_width(client) -> None:
    # Given user bob, and an owner who types his name as "ＢＯＢ " (full-width, trailing space)
    owner = make_user("owner", "analyst")
    bob = make_user("bob", "analyst")
    ds = upload_file(client, owner, ORDERS, "orders")
    # When the owner shares with that spelling
    shared = client.post(f"/api/v1/datasources/{ds}/shares", json={"username": "ＢＯＢ "}, headers=owner)
    # Then bob gets the share, as he would log in with it
    assert shared.status_code in (200, 201), shared.text
    assert client.get(f"/api/v1/datasources/{ds}", headers=bob).status_code == 200
