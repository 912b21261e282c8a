"""End to end: POST /api/v1/ask with "engine": "llm" through the real HTTP app, storage and guard,
the model being the scripted OpenAI-compatible server on a real socket.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.conftest import make_user, upload_file
from tests.llm.fake_llm_server import FakeLLMServer, Reply
from tests.llm.support import FIXTURES

BY_CHANNEL = "SELECT channel, SUM(amount) AS total FROM orders GROUP BY channel ORDER BY total DESC"


@pytest.fixture
def llm_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLMServer]:
    """A configured model; requested before `client` so the app is built with it."""
    with FakeLLMServer() as server:
        monkeypatch.setenv("LLM_BASE_URL", server.url)
        monkeypatch.setenv("LLM_MODEL", "fake-model")
        monkeypatch.setenv("LLM_API_KEY", "test-key")
        monkeypatch.setenv("LLM_TIMEOUT_S", "5")
        yield server


def upload_orders(client, headers) -> int:  # type: ignore[no-untyped-def]
    return upload_file(client, headers, FIXTURES / "orders.csv", "orders")


def count_orders(client, headers, datasource_id: int) -> int:  # type: ignore[no-untyped-def]
    response = client.post(
        f"/api/v1/datasources/{datasource_id}/query",
        json={"sql": "SELECT COUNT(*) FROM orders"},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    return int(response.json()["rows"][0][0])


def test_ask_with_the_llm_engine_end_to_end(llm_env: FakeLLMServer, client, storage) -> None:  # type: ignore[no-untyped-def]
    # Given uploaded orders and a model that answers with a grouped query
    analyst = make_user("ana", "analyst")
    datasource_id = upload_orders(client, analyst)
    llm_env.script(Reply.content(json.dumps({"sql": BY_CHANNEL}), prompt_tokens=400, completion_tokens=30))
    # When the analyst asks with engine "llm"
    response = client.post(
        "/api/v1/ask",
        json={"datasource_id": datasource_id, "question": "sales by channel", "engine": "llm"},
        headers=analyst,
    )
    # Then the model's SQL ran through the pipeline and the answer says the LLM produced it
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "ok", body
    assert body["engine"] == "llm"
    assert [c["name"] for c in body["columns"]] == ["channel", "total"]
    assert {row[0] for row in body["rows"]} == {"app", "web", "mini_program"}
    assert "ds_" not in body["sql"]  # logical names shown
    # and the prompt carried the uploaded schema and its profiled values
    system = llm_env.requests[0]["messages"][0]["content"]
    assert "orders" in system and "amount" in system and "'mini_program'" in system
    # and the call's usage is stored on the message
    from shared.storage.db import session_scope
    from shared.storage.models import Message

    with session_scope() as session:
        usage = session.get(Message, body["message_id"]).llm_usage
    assert usage["prompt_tokens"] == 400 and usage["completion_tokens"] == 30
    assert usage["outcome"] == "ok" and usage["calls"] == 1


def test_llm_drop_table_through_the_api_changes_nothing(llm_env: FakeLLMServer, client, storage) -> None:  # type: ignore[no-untyped-def]
    # Given uploaded orders and a model that answers DROP TABLE twice
    analyst = make_user("ana", "analyst")
    datasource_id = upload_orders(client, analyst)
    before = count_orders(client, analyst, datasource_id)
    llm_env.script(Reply.content("DROP TABLE orders"), Reply.content('{"sql": "DROP TABLE orders;"}'))
    # When asked with engine "llm"
    response = client.post(
        "/api/v1/ask",
        json={"datasource_id": datasource_id, "question": "drop the orders", "engine": "llm"},
        headers=analyst,
    )
    # Then the answer is an error with the reason, after one repair round, and the table is intact
    body = response.json()
    assert response.status_code == 200 and body["status"] == "error", body
    assert body["engine"] == "llm" and body["rows"] == []
    assert "read-only SELECT" in body["message"]
    assert len(llm_env.requests) == 2
    assert count_orders(client, analyst, datasource_id) == before == 80
