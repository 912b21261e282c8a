"""Typed mentions and the mode decision table (issue 10 §3, docs/engine.md)."""

from __future__ import annotations

import pytest

from shared.ask.engines.rules.mentions import Mention, asked_mode, mentions
from shared.ask.engines.rules.parse import Parser
from tests.engine.metamorphic_data import schema
from tests.engine.schemas import TODAY

ZH = schema("销售")
EN = schema("sales_orders")


def typed(s, question) -> list[Mention]:
    """Mentions are computed on demand (after the parse), not on every answer: the engine stays fast."""
    parser = Parser(question, s, None, TODAY, None)
    parser.run()
    return mentions(parser)


@pytest.mark.parametrize(
    ("s", "question", "text"), [(ZH, "华东大区的销售额", "华东"), (EN, "East region sales", "East")]
)
def test_a_value_followed_by_its_column_noun_is_one_value_mention(s, question, text):
    found = typed(s, question)
    values = [m for m in found if m.kind == "value"]
    assert len(values) == 1 and values[0].end == values[0].start + 1 and text in values[0].text
    assert not any(m.kind == "dimension" for m in found)  # 大区 / region is not a second mention


def test_mentions_are_typed():
    kinds = {m.kind for m in typed(ZH, "2024年广东的销售额前3名")}
    assert {"time", "value", "measure", "number"} <= kinds


@pytest.mark.parametrize(
    ("s", "question", "mode"),
    [
        (ZH, "各省份的销售额", "aggregate"),
        (EN, "number of orders by state", "aggregate"),
        (ZH, "2024年广东省的销售额", "aggregate"),
        (ZH, "销售额最高的3个省份", "rank"),
        (EN, "top 3 states by sales", "rank"),
        (ZH, "列出华东的订单号", "detail"),
        (EN, "list the states", "detail"),
    ],
)
def test_the_decision_table_picks_the_mode_from_the_mentions(s, question, mode):
    assert asked_mode(typed(s, question)) == mode
