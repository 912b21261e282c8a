"""The LLM engine against a real OpenAI-compatible HTTP server (scripted), the real openai client,
and a real SQLite database: every case asserts the status, that the guard held, where the repair
round happened, and that the database did not change.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from shared.ask.engines.base import EngineRequest
from shared.ask.engines.llm.client import LLMClient
from shared.ask.engines.llm.engine import LLMEngine
from shared.semantic.schema import Schema
from tests.fakeclock import FakeClock
from tests.llm.fake_llm_server import FakeLLMServer, Reply
from tests.llm.support import FixedEngine, fingerprint, make_check, run

TOTAL_WEB = "SELECT SUM(amount) AS total FROM orders WHERE channel = 'web'"


def engine_for(
    server: FakeLLMServer,
    *,
    timeout_s: float = 10.0,
    send_values: bool = True,
    clock: FakeClock | None = None,
) -> LLMEngine:
    timing = {"clock": clock, "sleep": clock.sleep} if clock is not None else {}
    client = LLMClient(
        base_url=server.url, model="fake-model", api_key="test-key", timeout_s=timeout_s, **timing
    )
    return LLMEngine(client, send_values=send_values)


def ask(
    server: FakeLLMServer,
    workspace: tuple[Path, Schema],
    question: str = "What is the total amount of web orders?",
    **kwargs: object,
) -> tuple[object, list[str]]:
    """Ask through the engine with the pipeline-style check; returns the answer and the checked SQLs."""
    db_path, schema = workspace
    check = make_check(db_path, schema)
    engine_kwargs = {k: kwargs.pop(k) for k in ("timeout_s", "send_values", "clock") if k in kwargs}
    request = EngineRequest(question=question, schema=schema, check=check, today=date(2025, 1, 15), **kwargs)  # type: ignore[arg-type]
    answer = engine_for(server, **engine_kwargs).answer(request)  # type: ignore[arg-type]
    return answer, check.calls  # type: ignore[attr-defined]


def test_correct_sql_is_answered_first_try(llm_server: FakeLLMServer, workspace: tuple[Path, Schema]) -> None:
    # Given a model that answers with valid JSON
    llm_server.script(
        Reply.content(json.dumps({"sql": TOTAL_WEB, "explanation": "total"}), prompt_tokens=321)
    )
    before = fingerprint(workspace[0])
    # When the engine answers
    answer, checked = ask(llm_server, workspace)
    # Then the SQL is returned as-is, checked once, no repair, usage recorded, nothing changed
    assert answer.status == "ok" and answer.engine == "llm"
    assert answer.sql == TOTAL_WEB
    assert checked == [TOTAL_WEB]
    assert answer.usage["calls"] == 1 and answer.usage["repaired"] is False
    assert answer.usage["prompt_tokens"] == 321 and answer.usage["completion_tokens"] == 20
    assert answer.usage["outcome"] == "ok"
    assert "SUM(amount)" in answer.interpretation and "channel = 'web'" in answer.interpretation
    assert answer.chart.roles == {"total": "measure"}
    assert run(workspace[0], answer.sql)[0][0] > 0
    assert fingerprint(workspace[0]) == before
    # and the real openai client spoke to the server with the configured model
    assert llm_server.requests[0]["model"] == "fake-model"
    assert llm_server.requests[0]["_path"] == "/v1/chat/completions"


@pytest.mark.parametrize(
    "reply",
    [
        f"Sure! Here is the query:\n```sql\n{TOTAL_WEB};\n```\nIt adds up the web orders.",
        f"The answer is computed by\n\n{TOTAL_WEB};  \n\nThis sums amount for the web channel.",
        f'<think>channel is a column</think>```json\n{{"sql": "{TOTAL_WEB}  ;"}}\n```',
    ],
    ids=["fenced-in-prose", "bare-in-prose", "think-then-json-fence"],
)
def test_sql_wrapped_in_prose_is_extracted(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema], reply: str
) -> None:
    # Given a model that wraps the SQL in prose, fences, reasoning or stray semicolons
    llm_server.script(Reply.content(reply))
    # When the engine answers
    answer, checked = ask(llm_server, workspace)
    # Then the clean SQL comes out without a repair round
    assert answer.status == "ok"
    assert answer.sql == TOTAL_WEB
    assert checked == [TOTAL_WEB]
    assert answer.usage["calls"] == 1 and not answer.usage["repaired"]


def test_hallucinated_column_is_repaired(llm_server: FakeLLMServer, workspace: tuple[Path, Schema]) -> None:
    # Given a model that first invents a column, then fixes it when told
    llm_server.script(
        Reply.content('{"sql": "SELECT SUM(revenue) FROM orders"}'),
        Reply.content(json.dumps({"sql": "SELECT SUM(amount) FROM orders"})),
    )
    before = fingerprint(workspace[0])
    # When the engine answers
    answer, checked = ask(llm_server, workspace, question="total revenue")
    # Then one repair round happened, carrying the precise error back to the model
    assert answer.status == "ok"
    assert answer.sql == "SELECT SUM(amount) FROM orders"
    assert answer.usage["calls"] == 2 and answer.usage["repaired"] is True
    assert answer.usage["outcome"] == "repaired"
    repair_turn = llm_server.requests[1]["messages"]
    assert repair_turn[-2] == {"role": "assistant", "content": '{"sql": "SELECT SUM(revenue) FROM orders"}'}
    assert (
        "unknown column 'revenue' in table orders; columns are: order_id, order_date"
        in repair_turn[-1]["content"]
    )
    # and the invented column never reached the database check
    assert checked == ["SELECT SUM(amount) FROM orders"]
    assert fingerprint(workspace[0]) == before


def test_second_hallucination_is_an_error_with_the_reason(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    # Given a model that invents columns twice
    llm_server.script(
        Reply.content('{"sql": "SELECT SUM(revenue) FROM orders"}'),
        Reply.content('{"sql": "SELECT SUM(o.sales) FROM orders o"}'),
    )
    # When the engine answers
    answer, checked = ask(llm_server, workspace, question="total revenue")
    # Then it gives up after exactly one repair round, saying why, with no SQL
    assert answer.status == "error"
    assert answer.sql is None
    assert "unknown column 'sales' in table orders (as o); columns are:" in answer.message
    assert len(llm_server.requests) == 2
    assert answer.usage["calls"] == 2 and answer.usage["outcome"] == "rejected"
    assert checked == []


def test_drop_table_is_refused_and_nothing_changes(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    # Given a model that insists on dropping the table
    llm_server.script(Reply.content("DROP TABLE orders;"), Reply.content('{"sql": "DROP TABLE orders"}'))
    db_path, _schema = workspace
    before = fingerprint(db_path)
    # When the engine answers
    answer, checked = ask(llm_server, workspace, question="delete the orders table")
    # Then the answer is an error, the repair round asked for a read-only query, and the table is intact
    assert answer.status == "error" and answer.sql is None
    assert "only a read-only SELECT query is allowed, got DROP" in answer.message
    assert "read-only SELECT" in llm_server.requests[1]["messages"][-1]["content"]
    assert checked == []
    assert fingerprint(db_path) == before
    assert run(db_path, "SELECT COUNT(*) FROM orders") == [(80,)]
    # and the pipeline's guard refuses the same statement on its own (defence in depth)
    refusal = make_check(db_path, _schema)("DROP TABLE orders")
    assert refusal is not None and "DROP" in refusal.upper()


def test_drop_then_select_is_repaired(llm_server: FakeLLMServer, workspace: tuple[Path, Schema]) -> None:
    # Given a model that writes a DELETE, then a SELECT when told it is refused
    llm_server.script(
        Reply.content("DELETE FROM orders WHERE channel = 'web'"),
        Reply.content(json.dumps({"sql": TOTAL_WEB})),
    )
    before = fingerprint(workspace[0])
    # When the engine answers
    answer, _checked = ask(llm_server, workspace)
    # Then the repaired SELECT is the answer and no row was deleted
    assert answer.status == "ok" and answer.sql == TOTAL_WEB
    assert answer.usage["repaired"] is True
    assert fingerprint(workspace[0]) == before


def test_stacked_statements_are_refused(llm_server: FakeLLMServer, workspace: tuple[Path, Schema]) -> None:
    # Given a model that appends a second statement, twice
    stacked = f"{TOTAL_WEB}; DROP TABLE orders;"
    llm_server.script(Reply.content(stacked), Reply.content(json.dumps({"sql": stacked})))
    before = fingerprint(workspace[0])
    # When the engine answers
    answer, checked = ask(llm_server, workspace)
    # Then the second statement is not silently dropped: the whole reply is refused
    assert answer.status == "error" and answer.sql is None
    assert "expected exactly one SELECT statement, got 2 statements" in answer.message
    assert len(llm_server.requests) == 2
    assert checked == []
    assert fingerprint(workspace[0]) == before


def test_database_error_from_the_check_gets_one_repair(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    # Given a model that uses a function SQLite does not have, then a portable query
    llm_server.script(
        Reply.content('{"sql": "SELECT MEDIAN(amount) FROM orders"}'),
        Reply.content('{"sql": "SELECT AVG(amount) FROM orders"}'),
    )
    # When the engine answers
    answer, checked = ask(llm_server, workspace, question="median order amount")
    # Then the real database error from the dry-run went back to the model once
    assert answer.status == "ok" and answer.sql == "SELECT AVG(amount) FROM orders"
    assert "database error: no such function" in llm_server.requests[1]["messages"][-1]["content"]
    assert checked == ["SELECT MEDIAN(amount) FROM orders", "SELECT AVG(amount) FROM orders"]


def test_a_stall_longer_than_the_timeout_is_an_error(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    # Given a model server that stalls 3 s and a 1 s budget
    llm_server.script(Reply.stall(3.0, Reply.content(json.dumps({"sql": TOTAL_WEB}))))
    # When the engine answers
    answer, checked = ask(llm_server, workspace, timeout_s=1.0)
    # Then it is an error that says so, without a retry or a repair round
    assert answer.status == "error" and answer.sql is None
    assert answer.usage["outcome"] == "timeout"
    assert "did not answer within 1 s" in answer.message
    assert len(llm_server.requests) == 1
    assert checked == []


def test_a_stall_in_auto_mode_falls_back_to_the_rule_engine(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    from shared.ask.engines.base import EngineAnswer
    from shared.ask.engines.selection import answer_question

    # Given an unsure rule-engine attempt and a model that stalls past its 1 s budget
    llm_server.script(Reply.stall(3.0, Reply.content(json.dumps({"sql": TOTAL_WEB}))))
    attempt = EngineAnswer(status="ok", engine="rules", sql="SELECT COUNT(*) FROM orders", confidence=0.4)
    rules = FixedEngine("rules", attempt)
    db_path, schema = workspace
    request = EngineRequest(question="how many web orders?", schema=schema, check=make_check(db_path, schema))
    # When answered in auto mode
    answer = answer_question(request, mode="auto", rules=rules, llm=engine_for(llm_server, timeout_s=1.0))
    # Then the rule engine's best attempt is the answer, with the model's timeout recorded
    assert answer.status == "ok" and answer.engine == "rules"
    assert answer.sql == "SELECT COUNT(*) FROM orders"
    assert answer.usage is not None and answer.usage["llm"]["outcome"] == "timeout"
    assert len(llm_server.requests) == 1


def test_429_then_success_honours_retry_after(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    # Given a rate limit asking for a 1 s pause, then a good reply, and a clock the test controls
    llm_server.script(Reply.error(429, retry_after="1"), Reply.content(json.dumps({"sql": TOTAL_WEB})))
    clock = FakeClock()
    # When the engine answers
    answer, _checked = ask(llm_server, workspace, clock=clock)
    # Then the call was retried after exactly the requested pause, within one model call
    assert answer.status == "ok" and answer.sql == TOTAL_WEB
    assert len(llm_server.requests) == 2
    assert clock.sleeps == [1.0]
    assert answer.usage["calls"] == 1 and answer.usage["attempts"] == 2


def test_429_asking_for_more_than_the_budget_gives_up_at_once(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    # Given a rate limit asking for a pause longer than the whole budget
    llm_server.script(Reply.error(429, retry_after="60"), Reply.content(json.dumps({"sql": TOTAL_WEB})))
    # When the engine answers with a 5 s budget
    clock = FakeClock()
    answer, _checked = ask(llm_server, workspace, timeout_s=5.0, clock=clock)
    # Then it does not wait: one request, an error saying the model was rate limited
    assert clock.sleeps == []
    assert answer.status == "error"
    assert answer.usage["outcome"] == "rate_limited"
    assert "HTTP 429" in answer.message
    assert len(llm_server.requests) == 1


def test_server_error_then_success_is_retried(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    # Given a 503 with a zero Retry-After, then a good reply
    llm_server.script(Reply.error(503, retry_after="0"), Reply.content(json.dumps({"sql": TOTAL_WEB})))
    # When the engine answers
    answer, _checked = ask(llm_server, workspace)
    # Then the retry succeeded
    assert answer.status == "ok" and len(llm_server.requests) == 2


@pytest.mark.parametrize(
    "reply",
    [
        Reply.raw('{"id": "x", "choices": [{"message": {"content": "SELECT'),
        Reply.json_body({"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": []}),
        Reply.raw("<html>gateway says hi</html>", content_type="text/html"),
        Reply.content(""),
    ],
    ids=["malformed-json", "empty-choices", "html-body", "empty-content"],
)
def test_unreadable_server_replies_are_errors(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema], reply: Reply
) -> None:
    # Given a server reply that carries no completion
    llm_server.script(reply)
    before = fingerprint(workspace[0])
    # When the engine answers
    answer, checked = ask(llm_server, workspace)
    # Then it is an honest error, nothing was checked or run
    assert answer.status == "error" and answer.sql is None
    assert answer.usage["outcome"] == "bad_response"
    assert checked == []
    assert fingerprint(workspace[0]) == before


def test_truncated_json_from_the_model_is_salvaged(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    # Given a model reply cut off inside its JSON (max_tokens), after the SQL string ended
    llm_server.script(Reply.content('{"sql": "SELECT COUNT(*) FROM orders", "explanation": "counts the ord'))
    # When the engine answers
    answer, _checked = ask(llm_server, workspace, question="how many orders")
    # Then the SQL is still recovered
    assert answer.status == "ok" and answer.sql == "SELECT COUNT(*) FROM orders"


def test_model_clarification_is_passed_on(llm_server: FakeLLMServer, workspace: tuple[Path, Schema]) -> None:
    # Given a model that says the data cannot answer
    llm_server.script(Reply.content('{"sql": null, "clarify": "没有利润相关的列"}'))
    # When the engine answers a question the data cannot answer
    answer, checked = ask(llm_server, workspace, question="每个省份的利润是多少？")
    # Then it is a clarification in the question's language, not a guess
    assert answer.status == "clarify" and answer.sql is None
    assert answer.message == "没有利润相关的列" and answer.lang == "zh"
    assert checked == []


def test_no_cell_values_are_sent_when_values_are_off(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    # Given the same question asked with values on, then with LLM_SEND_VALUES=false, then per request
    _db_path, schema = workspace
    question = "How many orders per channel in 上海, and which 部门 has most 客服?"
    values = {
        str(v[0])
        for t in schema.tables
        for c in t.columns
        if c.profile and c.profile.values
        for v in c.profile.values
        if len(str(v[0])) >= 2
    }
    values |= {str(c.profile.min) for t in schema.tables for c in t.columns if c.is_temporal and c.profile}
    reply = Reply.content(json.dumps({"sql": "SELECT channel, COUNT(*) FROM orders GROUP BY channel"}))
    llm_server.script(reply, reply, reply)
    ask(llm_server, workspace, question=question)
    ask(llm_server, workspace, question=question, send_values=False)
    ask(llm_server, workspace, question=question, options={"send_values": False})
    system_prompts = [r["messages"][0]["content"] for r in llm_server.requests]
    # Then values do appear when allowed (so the check below can fail)...
    assert "'web'" in system_prompts[0] and "'上海'" in system_prompts[0]
    # ...and none appears in what was sent with values off, by setting or by request
    for prompt in system_prompts[1:]:
        leaked = sorted(v for v in values if v in prompt and v not in {"city"})
        assert leaked == [], leaked


def test_prompt_carries_dialect_today_history_metrics_and_examples(
    llm_server: FakeLLMServer, workspace: tuple[Path, Schema]
) -> None:
    from shared.semantic.schema import Example, Metric, SemanticLayer

    # Given a semantic layer with a metric, examples and a column description, and a previous turn
    semantic = SemanticLayer(
        tables={
            "orders": {"columns": {"amount": {"description": "order value in CNY", "synonyms": ["销售额"]}}}
        },
        metrics=[Metric(name="gmv", expression="SUM(amount)", table="orders")],
        examples=[
            Example("每个城市的员工数", "SELECT 城市, COUNT(*) FROM employees GROUP BY 城市"),
            Example("web 渠道的销售额", TOTAL_WEB),
        ],
    )
    history = [
        {"question": "各渠道的销售额", "sql": "SELECT channel, SUM(amount) FROM orders GROUP BY channel"}
    ]
    llm_server.script(Reply.content(json.dumps({"sql": TOTAL_WEB})))
    # When a follow-up is asked
    ask(llm_server, workspace, question="那 web 渠道呢？", semantic=semantic, history=history)
    messages = llm_server.requests[0]["messages"]
    system = messages[0]["content"]
    # Then the prompt has the dialect, today, the metric, the similar example only, and the description
    assert "SQLite" in system and "2025-01-15" in system
    assert "gmv = SUM(amount) (table orders)" in system
    assert f"Q: web 渠道的销售额\nSQL: {TOTAL_WEB}" in system
    assert "每个城市的员工数" not in system  # an unrelated example is noise
    assert "amount float; order value in CNY; also called 销售额" in system
    # and the previous turn comes before the question as a user/assistant pair
    assert messages[1] == {"role": "user", "content": "各渠道的销售额"}
    assert json.loads(messages[2]["content"])["sql"].startswith("SELECT channel")
    assert messages[-1] == {"role": "user", "content": "那 web 渠道呢？"}


def test_engine_is_built_from_settings(monkeypatch: pytest.MonkeyPatch, llm_server: FakeLLMServer) -> None:
    from shared.ask.engines.llm import get_llm_engine
    from shared.settings import clear_caches

    # Given no LLM configured, there is no engine
    clear_caches()
    assert get_llm_engine() is None
    # Given the LLM_* settings
    monkeypatch.setenv("LLM_BASE_URL", llm_server.url)
    monkeypatch.setenv("LLM_MODEL", "fake-model")
    monkeypatch.setenv("LLM_TIMEOUT_S", "2.5")
    monkeypatch.setenv("LLM_SEND_VALUES", "false")
    clear_caches()
    # When the engine is built
    engine = get_llm_engine()
    # Then it uses them
    assert engine is not None
    assert engine.client.base_url == llm_server.url and engine.client.timeout_s == 2.5
    assert engine.send_values is False
