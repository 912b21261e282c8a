"""An amount asked (多少 / how much) answered by identifiers alone is doubted: an id is no amount, the
amount's noun was not read (rules/asked_amount.py). A schema of its own: a gym's visits."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table


def _visits() -> Schema:
    columns = [("到访编号", "integer"), ("会员编号", "integer"), ("时长_分钟", "integer")]
    rows = [(i, 100 + i % 30, 20 + (i * 7) % 90) for i in range(1, 151)]
    return Schema(tables=[profiled_table("到访记录", columns, rows)])


def test_an_amount_answered_by_ids_is_asked_back():
    # Given no money column / When each visit's cost is asked / Then the visits' numbers are no answer
    answer = ask(_visits(), "每次到访花了多少钱")
    assert answer.status != "ok" or "时长" in (answer.sql or ""), answer.sql


def test_a_count_is_no_amount():
    # When a count is asked / Then it is answered
    answer = ask(_visits(), "一共有多少条到访记录")
    assert answer.status == "ok", answer.message
    assert "COUNT" in (answer.sql or "")
