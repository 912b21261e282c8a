"""The LLM engine sees the relationships and the planned join path, and its joins are checked against them."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from shared.ask.engines.base import EngineRequest
from shared.ask.engines.llm.client import LLMClient
from shared.ask.engines.llm.engine import LLMEngine
from tests.engine.test_joins import CUSTOMER_COLS, CUSTOMERS, ORDER_COLS, ORDERS, shop_schema
from tests.llm.fake_llm_server import FakeLLMServer, Reply
from tests.llm.support import make_check

GOOD = (
    'SELECT k."客户等级", SUM(o."金额") AS total FROM "订单" AS o '
    'JOIN "客户" AS k ON o."客户编号" = k."客户编号" GROUP BY k."客户等级"'
)
UNRELATED = (
    'SELECT k."客户等级", SUM(o."金额") AS total FROM "订单" AS o '
    'JOIN "客户" AS k ON o."订单号" = k."客户编号" GROUP BY k."客户等级"'
)


def shop_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite"
    with sqlite3.connect(path) as conn:
        for name, cols, rows in (("订单", ORDER_COLS, ORDERS), ("客户", CUSTOMER_COLS, CUSTOMERS)):
            names = ", ".join('"' + c + '"' for c, _ in cols)
            conn.execute(f'CREATE TABLE "{name}" ({names})')
            conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', rows)
    return path


def ask(server: FakeLLMServer, tmp_path: Path, question: str) -> object:
    schema = shop_schema()
    request = EngineRequest(
        question=question,
        schema=schema,
        check=make_check(shop_file(tmp_path), schema),
        today=date(2025, 1, 15),
    )
    client = LLMClient(base_url=server.url, model="fake-model", api_key="test-key", timeout_s=10)
    return LLMEngine(client).answer(request)


def test_prompt_lists_relationships_and_the_planned_join(llm_server: FakeLLMServer, tmp_path: Path) -> None:
    # Given a model that answers with the right join
    llm_server.script(Reply.content(json.dumps({"sql": GOOD})))
    # When asked a question across 订单 and 客户
    answer = ask(llm_server, tmp_path, "各客户等级的订单金额合计")
    # Then the prompt named the relationship and the join path for this question, and the SQL stands
    prompt = llm_server.prompts()[0]
    assert "### Relationships" in prompt
    assert "订单.客户编号 = 客户.客户编号 (many-to-one)" in prompt
    assert "For this question: FROM 订单 JOIN 客户 ON 订单.客户编号 = 客户.客户编号" in prompt
    assert answer.status == "ok" and answer.sql == GOOD  # type: ignore[attr-defined]


def test_a_join_on_unrelated_columns_is_sent_back_for_repair(
    llm_server: FakeLLMServer, tmp_path: Path
) -> None:
    # Given a model that first joins 订单号 to 客户编号, then fixes it
    llm_server.script(Reply.content(json.dumps({"sql": UNRELATED})), Reply.content(json.dumps({"sql": GOOD})))
    answer = ask(llm_server, tmp_path, "各客户等级的订单金额合计")
    # Then the repair message names the bad condition and the relationship to use, and the fix is answered
    repair = llm_server.prompts()[1]
    assert "no relationship links" in repair and "订单.客户编号 = 客户.客户编号" in repair
    assert answer.status == "ok" and answer.sql == GOOD  # type: ignore[attr-defined]
    assert answer.usage["repaired"] is True  # type: ignore[attr-defined]
