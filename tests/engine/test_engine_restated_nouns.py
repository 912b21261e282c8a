"""A noun that restates the column of the value before it (企业客户 over a column 客户类型 holding 企业) is
that column's noun, not a value of another column that stores the same word (身份 = 客户): one condition, not
two (vocabulary/restatednouns.py). A schema of its own: a bank's loans (not the hospital set's words)."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

KINDS = ["企业", "个人", "政府"]
ROLES = ["客户", "员工", "合作方"]


def _loans() -> Schema:
    columns = [("贷款编号", "integer"), ("客户类型", "text"), ("身份", "text"), ("贷款金额", "decimal")]
    rows = [(i, KINDS[i % 3], ROLES[(i // 3) % 3], round(1000 + (i * 53) % 9000, 2)) for i in range(1, 241)]
    return Schema(tables=[profiled_table("贷款", columns, rows)])


def test_a_noun_after_a_value_restates_its_column():
    # Given 企业 a value of 客户类型 and 客户 a value of 身份
    answer = ask(_loans(), "企业客户的平均贷款金额")
    # When 客户 follows 企业 / Then it is 客户类型's noun: one filter on 客户类型, none on 身份
    assert answer.status == "ok", answer.message
    sql = answer.sql or ""
    assert "\"客户类型\" = '企业'" in sql and "身份" not in sql


def test_the_noun_alone_stays_a_value():
    # Given no value before it / When 客户 is asked alone / Then it is still the stored value of 身份
    answer = ask(_loans(), "客户的平均贷款金额")
    assert answer.status == "ok", answer.message
    assert "\"身份\" = '客户'" in (answer.sql or "")
