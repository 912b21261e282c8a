"""The ask pipeline through the real HTTP app, on both storage modes."""

from __future__ import annotations

import csv
import io

import pytest

from tests.conftest import FIXTURES, make_user, upload_file

ORDERS = FIXTURES / "bi_dev" / "orders.csv"
ANSWER_KEYS = {
    "conversation_id", "message_id", "status", "question", "sql", "columns", "rows", "row_count",
    "truncated", "chart", "summary", "interpretation", "engine", "cached", "timings_ms",
    "confidence", "unknown_words",
}  # fmt: skip


def upload(client, headers, path=ORDERS, name="orders"):
    return upload_file(client, headers, path, name)


@pytest.fixture
def analyst(client):
    return make_user("ana", "analyst")


@pytest.fixture
def orders_id(client, analyst):
    return upload(client, analyst)


def test_ask_returns_the_whole_answer_and_persists_it(client, analyst, orders_id) -> None:
    # Given uploaded orders, When an analyst asks a grouped question
    response = client.post(
        "/api/v1/ask", json={"datasource_id": orders_id, "question": "各省份的销售额"}, headers=analyst
    )
    # Then the answer has every field, a bar chart and a Chinese summary
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) >= ANSWER_KEYS, ANSWER_KEYS - set(body)
    assert body["status"] == "ok", body
    assert body["engine"] == "rules" and body["cached"] is False
    assert body["row_count"] == len(body["rows"]) > 1 and body["truncated"] is False
    assert [c["name"] for c in body["columns"]][0] == "province"
    assert all(isinstance(r[1], int | float) for r in body["rows"])
    assert body["chart"]["type"] == "bar"
    option = body["chart"]["echarts"]
    assert option["xAxis"]["data"] == [r[0] for r in body["rows"]]
    assert option["series"][0]["data"] == [r[1] for r in body["rows"]]
    assert "最高" in body["summary"]
    assert "orders" in body["sql"] and "ds_" not in body["sql"]  # logical names only
    assert {"engine", "guard", "execute", "total"} <= set(body["timings_ms"])
    # And the message is persisted in its conversation
    conversation = client.get(f"/api/v1/conversations/{body['conversation_id']}", headers=analyst).json()
    [message] = conversation["messages"]
    assert message["id"] == body["message_id"] and message["sql"] == body["sql"]
    assert message["status"] == "ok" and message["result"]["row_count"] == body["row_count"]


def test_repeat_question_is_served_from_cache(client, analyst, orders_id) -> None:
    ask = {"datasource_id": orders_id, "question": "how many orders are there"}
    first = client.post("/api/v1/ask", json=ask, headers=analyst).json()
    second = client.post("/api/v1/ask", json=ask, headers=analyst).json()
    assert first["status"] == "ok" and first["rows"] == [[4000]]
    assert first["cached"] is False and second["cached"] is True
    assert second["rows"] == first["rows"] and second["chart"]["type"] == "kpi"


def test_analyst_sql_goes_through_the_guard(client, analyst, orders_id) -> None:
    ok = client.post(
        f"/api/v1/datasources/{orders_id}/query",
        json={"sql": "SELECT channel, COUNT(*) AS n FROM orders GROUP BY channel ORDER BY n DESC"},
        headers=analyst,
    ).json()
    assert ok["status"] == "ok" and ok["engine"] == "sql" and sum(r[1] for r in ok["rows"]) == 4000
    refused = client.post(
        f"/api/v1/datasources/{orders_id}/query", json={"sql": "DELETE FROM orders"}, headers=analyst
    )
    assert refused.status_code == 200 and refused.json()["status"] == "error"
    assert refused.json()["message"]
    still = client.post(
        f"/api/v1/datasources/{orders_id}/query", json={"sql": "SELECT COUNT(*) FROM orders"}, headers=analyst
    ).json()
    assert still["rows"] == [[4000]]


def test_viewer_may_not_run_own_sql(client, analyst, orders_id) -> None:
    # Given a viewer the dataset is not shared with: for them it does not exist
    viewer = make_user("vic", "viewer")
    response = client.post(f"/api/v1/datasources/{orders_id}/query", json={"sql": "SELECT 1"}, headers=viewer)
    assert response.status_code == 404
    # When it is shared with them, they may see it but still not run their own SQL
    shared = client.post(f"/api/v1/datasources/{orders_id}/shares", json={"username": "vic"}, headers=analyst)
    assert shared.status_code in (200, 201), shared.text
    response = client.post(f"/api/v1/datasources/{orders_id}/query", json={"sql": "SELECT 1"}, headers=viewer)
    assert response.status_code == 403


def test_not_understood_question_asks_back(client, analyst, orders_id) -> None:
    body = client.post(
        "/api/v1/ask", json={"datasource_id": orders_id, "question": "what is the meaning of life"},
        headers=analyst,
    ).json()  # fmt: skip
    assert body["status"] == "clarify" and body["message"] and body["rows"] == []


def test_other_users_conversations_are_invisible(client, analyst, orders_id) -> None:
    body = client.post(
        "/api/v1/ask", json={"datasource_id": orders_id, "question": "订单总数"}, headers=analyst
    ).json()
    other = make_user("eve", "analyst")
    assert client.get(f"/api/v1/conversations/{body['conversation_id']}", headers=other).status_code == 404
    assert client.get("/api/v1/conversations", headers=other).json()["total"] == 0
    assert (
        client.post(
            f"/api/v1/messages/{body['message_id']}/feedback", json={"rating": "up"}, headers=other
        ).status_code
        == 404
    )
    assert (
        client.post(
            "/api/v1/ask", json={"datasource_id": orders_id, "question": "订单总数"}, headers=other
        ).status_code
        == 404
    )


def test_conversation_lifecycle_and_follow_up(client, analyst, orders_id) -> None:
    created = client.post("/api/v1/conversations", json={"datasource_id": orders_id}, headers=analyst)
    assert created.status_code == 201
    cid = created.json()["id"]
    first = client.post(
        f"/api/v1/conversations/{cid}/messages", json={"question": "2024年的订单数"}, headers=analyst
    )
    assert first.status_code == 200 and first.json()["conversation_id"] == cid
    second = client.post(
        f"/api/v1/conversations/{cid}/messages", json={"question": "2023年呢？"}, headers=analyst
    )
    assert second.json()["status"] == "ok"
    listed = client.get("/api/v1/conversations", headers=analyst).json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == cid
    detail = client.get(f"/api/v1/conversations/{cid}", headers=analyst).json()
    assert [m["question"] for m in detail["messages"]] == ["2024年的订单数", "2023年呢？"]
    assert client.delete(f"/api/v1/conversations/{cid}", headers=analyst).status_code == 204
    assert client.get(f"/api/v1/conversations/{cid}", headers=analyst).status_code == 404


def test_a_follow_up_after_an_asked_back_turn_is_asked_back(client, analyst, orders_id) -> None:
    # Given a conversation whose last turn was asked back
    cid = client.post("/api/v1/conversations", json={"datasource_id": orders_id}, headers=analyst).json()[
        "id"
    ]

    def say(question: str) -> dict:
        url = f"/api/v1/conversations/{cid}/messages"
        return client.post(url, json={"question": question}, headers=analyst).json()

    assert say("2024年的订单数")["status"] == "ok"
    assert say("2024年各渠道的咕噜指数")["status"] == "clarify"
    # When the next turn only edits "the question before" / Then it asks back, not edits the older turn
    after = say("2023年呢？")
    assert after["status"] == "clarify" and after["sql"] is None
    # and a whole question goes on as usual
    assert say("2023年的订单数")["status"] == "ok"


def test_feedback_up_teaches_an_example(client, analyst, orders_id) -> None:
    body = client.post(
        "/api/v1/ask", json={"datasource_id": orders_id, "question": "各渠道的订单数"}, headers=analyst
    ).json()
    rated = client.post(
        f"/api/v1/messages/{body['message_id']}/feedback",
        json={"rating": "up", "comment": "对"},
        headers=analyst,
    )
    assert rated.status_code == 201 and rated.json()["rating"] == "up"
    # the owner's own 👍 is an example at once, its SQL in the semantic layer's standard SQL
    semantic = client.get(f"/api/v1/datasources/{orders_id}/semantic", headers=analyst).json()
    standard = 'SELECT "channel", COUNT(*) AS "订单数" FROM "orders" GROUP BY "channel"'
    assert semantic["examples"] == [{"question": "各渠道的订单数", "sql": standard}]
    again = client.post(
        f"/api/v1/messages/{body['message_id']}/feedback", json={"rating": "down"}, headers=analyst
    )
    assert again.json()["rating"] == "down"
    # and a 👎 takes it back
    assert client.get(f"/api/v1/datasources/{orders_id}/semantic", headers=analyst).json()["examples"] == []
    bad = client.post(
        f"/api/v1/messages/{body['message_id']}/feedback", json={"rating": "meh"}, headers=analyst
    )
    assert bad.status_code == 422


def test_export_csv_round_trips_through_upload(client, analyst, orders_id) -> None:
    # Given an answer listing rows
    body = client.post(
        f"/api/v1/datasources/{orders_id}/query",
        json={"sql": "SELECT order_id, province, amount FROM orders WHERE amount > 3000 ORDER BY order_id"},
        headers=analyst,
    ).json()
    assert body["status"] == "ok" and body["row_count"] > 0
    # When it is exported as CSV
    exported = client.get(f"/api/v1/messages/{body['message_id']}/export?format=csv", headers=analyst)
    assert exported.status_code == 200
    assert exported.content.startswith("\ufeff".encode())
    assert "attachment" in exported.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[0] == ["order_id", "province", "amount"] and len(rows) - 1 == body["row_count"]
    # Then re-uploading the export gives the same rows
    path = FIXTURES.parent / "_export_roundtrip.csv"
    try:
        path.write_bytes(exported.content)
        new_id = upload(client, analyst, path, "roundtrip")
    finally:
        path.unlink()
    again = client.post(
        f"/api/v1/datasources/{new_id}/query",
        json={"sql": "SELECT order_id, province, amount FROM _export_roundtrip ORDER BY order_id"},
        headers=analyst,
    ).json()
    assert again["rows"] == body["rows"]


def test_export_xlsx(client, analyst, orders_id) -> None:
    from openpyxl import load_workbook

    body = client.post(
        f"/api/v1/datasources/{orders_id}/query",
        json={"sql": "SELECT province, COUNT(*) AS n FROM orders GROUP BY province ORDER BY province"},
        headers=analyst,
    ).json()
    exported = client.get(f"/api/v1/messages/{body['message_id']}/export?format=xlsx", headers=analyst)
    assert exported.status_code == 200
    sheet = load_workbook(io.BytesIO(exported.content), read_only=True).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == ["province", "n"] and values[1:] == body["rows"]


def test_chat_function_as_lambda(client, analyst, orders_id) -> None:
    from functions.chat.handler import handler
    from tests.lambda_events import http_v2_event, invoke

    event = http_v2_event(
        "POST", "/api/v1/ask", body={"datasource_id": orders_id, "question": "订单总数"}, headers=analyst
    )
    status, _, body = invoke(handler, event)
    assert status == 200 and body["status"] == "ok" and body["rows"] == [[4000]]


def test_an_engine_crash_is_an_error_answer_not_a_500(client, analyst, orders_id, monkeypatch) -> None:
    # Given an engine with a bug
    from shared.ask import pipeline as ask

    class BrokenEngine:
        name = "rules"

        def answer(self, request):
            raise RuntimeError("boom")

    monkeypatch.setattr(ask, "rule_engine", lambda: BrokenEngine())
    # When a question comes, Then the user gets an error answer they can act on, and it is stored
    response = client.post(
        "/api/v1/ask", json={"datasource_id": orders_id, "question": "订单总数"}, headers=analyst
    )
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "error" and "rephras" in body["message"]
    conversation = client.get(f"/api/v1/conversations/{body['conversation_id']}", headers=analyst).json()
    assert conversation["messages"][0]["status"] == "error"


def test_unknown_engine_or_unconfigured_llm_is_a_clear_400(client, analyst, orders_id) -> None:
    response = client.post(
        "/api/v1/ask",
        json={"datasource_id": orders_id, "question": "订单总数", "engine": "llm"},
        headers=analyst,
    )
    assert response.status_code == 400 and "LLM" in response.json()["detail"]


@pytest.mark.parametrize("storage", ["mariadb"], indirect=True)  # Redis backs only the production mode
def test_answers_still_come_when_redis_is_down(storage, monkeypatch, tmp_path) -> None:
    # Given the production mode whose Redis has gone away (a closed port)
    assert storage.is_mariadb
    from fastapi.testclient import TestClient

    from tests.conftest import reset_runtime

    headers = make_user("rita", "analyst")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    reset_runtime()
    from functions.local import app

    with TestClient(app) as client:
        ds = upload(client, headers)
        # When a question is asked twice, Then both are answered (not cached) and nothing fails
        ask = {"datasource_id": ds, "question": "how many orders are there"}
        first = client.post("/api/v1/ask", json=ask, headers=headers).json()
        second = client.post("/api/v1/ask", json=ask, headers=headers).json()
    assert first["status"] == second["status"] == "ok"
    assert first["rows"] == second["rows"] == [[4000]]
    assert second["cached"] is False
