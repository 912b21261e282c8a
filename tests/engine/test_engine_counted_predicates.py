"""A word not understood that is the predicate of the counted rows (how many loans were overdue / had a
fine / 多少人买过保险) says which rows are counted: asked back, not answered with every row
(rules/counted_predicates.py). A light verb of the count itself (were made) is no condition. And a value
glossed "not X" is said by X's negative form (无效: invalid; vocabulary/negglosses.py). A schema of its own:
a library's loans."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

BRANCHES = ["North", "South", "East"]
STATES = ["有效", "无效"]


def _loans() -> Schema:
    columns = [("loan_id", "integer"), ("branch", "text"), ("card_state", "text"), ("days", "integer")]
    rows = [(i, BRANCHES[i % 3], STATES[(i // 3) % 2], 3 + (i * 7) % 40) for i in range(1, 181)]
    return Schema(tables=[profiled_table("loans", columns, rows)])


def _zh_loans() -> Schema:
    columns = [("借阅编号", "integer"), ("读者编号", "integer"), ("分馆", "text"), ("借阅天数", "integer")]
    rows = [(i, 1000 + i % 50, ["北馆", "南馆", "东馆"][i % 3], 3 + (i * 7) % 40) for i in range(1, 181)]
    return Schema(tables=[profiled_table("借阅记录", columns, rows)])


def test_an_unknown_complement_of_the_counted_rows_is_asked_back():
    # Given no column for being overdue / When the count's predicate is that word
    for schema, question in (
        (_loans(), "How many loans were overdue?"),
        (_loans(), "How many loans had a fine?"),
        (_zh_loans(), "北馆有多少人交过罚款"),
    ):
        answer = ask(schema, question)
        # Then the question is asked back, naming the word
        assert answer.status == "clarify", (question, answer.sql)


def test_a_light_verb_of_the_count_is_no_condition():
    # Given "were made", a verb of the counting itself / Then every loan is counted
    answer = ask(_loans(), "How many loans were made in the North branch?")
    assert answer.status == "ok", answer.message
    assert "\"branch\" = 'North'" in (answer.sql or "")
    assert ask(_zh_loans(), "一共有多少次借阅").status == "ok"


def test_a_not_glossed_value_is_said_by_its_negative_form():
    # Given 无效 ("not valid") stored / When "invalid" is asked / Then it is that value
    answer = ask(_loans(), "How many loans had an invalid card state?")
    assert answer.status == "ok", answer.message
    assert "\"card_state\" = '无效'" in (answer.sql or "")
