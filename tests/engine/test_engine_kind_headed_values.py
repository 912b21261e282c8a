"""Chinese values headed by their column's own noun (销售部, 财务部 in a column 所属部门, "department"): the
head names the column, never a group of values; "<modifier> department" names each value; a verb modifier
(采购 "to purchase") names no value alone (vocabulary/kindheads.py). A schema of its own: a company's
purchase requests (not the hospital set's words)."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary import kindheads
from tests.engine.schemas import ask, profiled_table

DEPARTMENTS = ["销售部", "财务部", "人事部", "采购部", "维修部"]


def _purchases() -> Schema:
    columns = [("申请编号", "integer"), ("所属部门", "text"), ("金额", "decimal")]
    rows = [(i, DEPARTMENTS[i % 5], round(100 + (i * 37) % 900, 2)) for i in range(1, 201)]
    return Schema(tables=[profiled_table("purchasing", columns, rows)])


def test_the_column_noun_is_the_head_of_its_values():
    # Given a column 所属部门 whose noun 部门 glosses "department"
    # When its values' head 部 is compared to it / Then it is the column's kind, not a group of values
    assert kindheads.is_column_kind("部", "所属部门")
    assert not kindheads.is_column_kind("奶酪", "产品")


def test_modifier_and_column_noun_name_the_value():
    # Given 销售部 = 销售 "sales" + 部 (the column's own kind)
    answer = ask(_purchases(), "Total amount of the sales department")
    # Then "sales department" is that value
    assert answer.status == "ok", answer.message
    assert "\"所属部门\" = '销售部'" in (answer.sql or "")


def test_the_column_noun_alone_filters_no_values():
    # Given values ending in 部 / When the breakdown is asked "by department"
    answer = ask(_purchases(), "Total amount by department")
    # Then it groups by the column and keeps every value (no IN over the values ending in 部)
    assert answer.status == "ok", answer.message
    sql = answer.sql or ""
    assert 'GROUP BY "所属部门"' in sql and " IN (" not in sql


def test_a_verb_modifier_names_no_value_alone():
    # Given 采购部 whose modifier 采购 is a verb ("to purchase") and a table of purchases
    answer = ask(_purchases(), "How many purchases are there?")
    # Then the purchases are the rows, no filter on 采购部
    assert answer.status == "ok", answer.message
    assert "采购部" not in (answer.sql or "") and "COUNT" in (answer.sql or "")
