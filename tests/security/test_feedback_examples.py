"""A 👍 proposes an example; only the datasource's owner changes its semantic layer."""

from __future__ import annotations

from tests.conftest import FIXTURES, make_user, upload_file

ORDERS = FIXTURES / "bi_dev" / "orders.csv"


def _ask(client, headers, ds, question, conversation_id=None):
    payload = {"datasource_id": ds, "question": question, "conversation_id": conversation_id}
    body = client.post("/api/v1/ask", json=payload, headers=headers).json()
    assert body["status"] == "ok", body
    return body


def _rate(client, headers, message_id, rating="up"):
    url = f"/api/v1/messages/{message_id}/feedback"
    response = client.post(url, json={"rating": rating}, headers=headers)
    assert response.status_code == 201, response.text


def _examples(client, headers, ds):
    return client.get(f"/api/v1/datasources/{ds}/semantic", headers=headers).json()["examples"]


def _proposals(client, headers, ds, status=None):
    query = f"?status={status}" if status else ""
    return client.get(f"/api/v1/datasources/{ds}/example-proposals{query}", headers=headers)


def test_a_grantees_thumbs_up_only_proposes_and_the_owner_decides(client) -> None:
    # Given an owner who shared orders read-only with a grantee
    owner = make_user("owner", "analyst")
    grantee = make_user("gina", "analyst")
    ds = upload_file(client, owner, ORDERS, "orders")
    client.post(f"/api/v1/datasources/{ds}/shares", json={"username": "gina"}, headers=owner)
    # When the grantee 👍 her answer to "2023年的订单数"
    hers = _ask(client, grantee, ds, "2023年的订单数")
    _rate(client, grantee, hers["message_id"])
    # Then the owner's semantic layer is unchanged, and the owner sees a pending proposal
    assert _examples(client, owner, ds) == []
    [proposal] = _proposals(client, owner, ds, "pending").json()["items"]
    assert proposal["question"] == "2023年的订单数" and proposal["proposer"] == "gina"
    # And the grantee can neither list nor accept proposals
    assert _proposals(client, grantee, ds).status_code == 403
    accept = f"/api/v1/datasources/{ds}/example-proposals/{proposal['id']}/accept"
    assert client.post(accept, headers=grantee).status_code == 403
    # When the owner accepts it, Then it is an example (once: accepting again is a 409)
    accepted = client.post(accept, headers=owner)
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    assert [e["question"] for e in _examples(client, owner, ds)] == ["2023年的订单数"]
    assert client.post(accept, headers=owner).status_code == 409
    # When the grantee turns her rating to 👎, Then the example and the proposal are gone
    _rate(client, grantee, hers["message_id"], "down")
    assert _examples(client, owner, ds) == []
    assert _proposals(client, owner, ds).json()["items"] == []


def test_a_follow_up_is_never_proposed_and_never_answered_by_an_example(client, storage) -> None:
    # Given an owner and a grantee of the orders
    owner = make_user("owner", "analyst")
    grantee = make_user("gina", "analyst")
    ds = upload_file(client, owner, ORDERS, "orders")
    client.post(f"/api/v1/datasources/{ds}/shares", json={"username": "gina"}, headers=owner)
    # When the grantee 👍 a follow-up turn ("只看北京" after "2023年的订单数")
    first = _ask(client, grantee, ds, "2023年的订单数")
    follow = _ask(client, grantee, ds, "只看北京", first["conversation_id"])
    _rate(client, grantee, follow["message_id"])
    # Then nothing is proposed
    assert _proposals(client, owner, ds).json()["items"] == []
    # And even an example the owner stored under that text is not used inside a conversation:
    from shared.datasets.semantic import to_standard

    standard = to_standard(follow["sql"], "mysql" if storage.is_mariadb else "sqlite")
    layer = {"examples": [{"question": "只看北京", "sql": standard}]}
    assert client.put(f"/api/v1/datasources/{ds}/semantic", json=layer, headers=owner).status_code == 200
    mine = _ask(client, owner, ds, "各省份的销售额")
    narrowed = _ask(client, owner, ds, "只看北京", mine["conversation_id"])
    # the owner's follow-up narrows HIS question (sales by province), not the grantee's 2023 count
    assert narrowed["sql"] != follow["sql"] and "2023" not in narrowed["sql"]
    assert "北京" in narrowed["sql"] and "amount" in narrowed["sql"].lower()


def test_the_owners_thumbs_up_teaches_at_once_and_withdrawal_forgets(client) -> None:
    owner = make_user("owner", "analyst")
    ds = upload_file(client, owner, ORDERS, "orders")
    body = _ask(client, owner, ds, "各渠道的订单数")
    # When the owner 👍 his own answer, Then it is an example at once
    _rate(client, owner, body["message_id"])
    assert [e["question"] for e in _examples(client, owner, ds)] == ["各渠道的订单数"]
    assert _proposals(client, owner, ds, "accepted").json()["items"][0]["message_id"] == body["message_id"]
    # When he withdraws the rating, Then the example is gone; withdrawing twice is a 404
    assert client.delete(f"/api/v1/messages/{body['message_id']}/feedback", headers=owner).status_code == 204
    assert _examples(client, owner, ds) == []
    assert client.delete(f"/api/v1/messages/{body['message_id']}/feedback", headers=owner).status_code == 404


def test_an_owner_rejects_a_proposal(client) -> None:
    owner = make_user("owner", "analyst")
    viewer = make_user("val", "viewer")
    ds = upload_file(client, owner, ORDERS, "orders")
    client.post(f"/api/v1/datasources/{ds}/shares", json={"role": "viewer"}, headers=owner)
    _rate(client, viewer, _ask(client, viewer, ds, "各城市的订单数")["message_id"])
    [proposal] = _proposals(client, owner, ds).json()["items"]
    reject = f"/api/v1/datasources/{ds}/example-proposals/{proposal['id']}/reject"
    rejected = client.post(reject, headers=owner)
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert _examples(client, owner, ds) == []


def test_an_example_answer_keeps_conversation_state_for_follow_ups(client) -> None:
    # Given an example learned from the owner's 👍
    owner = make_user("owner", "analyst")
    ds = upload_file(client, owner, ORDERS, "orders")
    _rate(client, owner, _ask(client, owner, ds, "各省份的订单数")["message_id"])
    # When the same question is asked again in a new conversation
    again = _ask(client, owner, ds, "各省份的订单数")
    assert again["interpretation"] == "与已确认的示例问题一致"
    # Then its follow-up still works on it
    follow = _ask(client, owner, ds, "只看北京", again["conversation_id"])
    assert "北京" in follow["sql"] and follow["row_count"] == 1 and follow["rows"][0][0] == "北京"
