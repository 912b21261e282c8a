"""Metamorphic tests: rules that must hold across phrasings and data, whatever the question.

Each test states a relation between answers (same result, never larger, never from one table) and checks
it over every value of the data, so a fix for one phrasing cannot pass while the rule is broken.
"""

from __future__ import annotations

import pytest

from tests.engine.metamorphic_data import EN_NAMES, EN_ROWS, ZH_ROWS, database, schema
from tests.engine.schemas import ask

DB = database()
ZH = schema("销售")
EN = schema("sales_orders")


def result(s, question: str):
    answer = ask(s, question)
    assert answer.status == "ok", f"{question!r}: {answer.status} {answer.message}"
    return sorted(DB.execute(answer.sql).fetchall(), key=repr)


def status_or_result(s, question: str):
    answer = ask(s, question)
    return answer.status if answer.status != "ok" else sorted(DB.execute(answer.sql).fetchall(), key=repr)


@pytest.mark.parametrize("value", sorted({r[2] for r in ZH_ROWS}))
def test_a_value_followed_by_its_column_noun_is_the_same_filter(value: str):
    """Given 广东 in 省份, when asked 广东 / 广东省 / 广东省份 的销售额, then the same total."""
    plain = result(ZH, f"{value}的销售额")
    assert result(ZH, f"{value}省的销售额") == plain
    assert result(ZH, f"{value}省份的销售额") == plain
    assert result(ZH, f"2024年{value}省的销售额") == result(ZH, f"2024年{value}的销售额")


@pytest.mark.parametrize("value", sorted({r[3] for r in ZH_ROWS}))
def test_a_region_value_with_its_column_noun_is_one_value(value: str):
    assert result(ZH, f"{value}大区的销售额") == result(ZH, f"{value}的销售额")


@pytest.mark.parametrize("value", sorted({r[3] for r in EN_ROWS}))
def test_x_sales_equals_sales_of_x_equals_sales_in_x(value: str):
    """Given a region value, when asked "X sales", "sales of X", "sales in X", then one answer: the total."""
    total = [(sum(r[6] for r in EN_ROWS if r[3] == value),)]
    assert result(EN, f"sales in {value}") == total
    assert result(EN, f"{value} sales") == total
    assert result(EN, f"sales of {value}") == total
    assert result(EN, f"sales in the {value} region") == total
    assert result(EN, f"{value} region sales") == total


PAIRS = [
    ("各大区的销售额", "sales by region"),
    ("总销售额", "total sales"),
    ("各省份的订单数", "number of orders by state"),
    ("销售额最高的3个省份", "top 3 states by sales"),
]


@pytest.mark.parametrize(("zh", "en"), PAIRS)
def test_a_zh_en_pair_gives_the_same_query(zh: str, en: str):
    """Given the same data under Chinese and English headers, when asked the same thing, then same rows."""
    translated = [tuple(EN_NAMES.get(v, v) for v in row) for row in result(ZH, zh)]
    assert sorted(translated, key=repr) == result(EN, en)


@pytest.mark.parametrize("column", [2, 3, 4])
def test_an_added_equality_filter_never_increases_a_sum(column: int):
    """Given non-negative amounts, when a value of any column is added as a filter, the SUM never grows."""
    total = result(ZH, "总销售额")[0][0]
    for value in sorted({r[column] for r in ZH_ROWS}):
        got = status_or_result(ZH, f"{value}的总销售额")
        if isinstance(got, str):
            continue  # asking back is allowed; a larger figure is not
        assert len(got) == 1 and got[0][-1] <= total, (value, got)


CROSS_TABLE = [
    "total invoice amount by customer city",
    "how many invoices per segment",
    "total of invoices for customers in Boston",
    "average invoice total by segment",
]


@pytest.mark.parametrize("question", CROSS_TABLE)
def test_a_column_of_another_table_is_joined_or_asked_back(question: str):
    """Given invoices and customers, when the question names a customers column about invoices, then the
    answer joins the tables or asks back: never an answer read from one table."""
    answer = ask(schema("customers", "invoices"), question)
    assert answer.status != "ok" or "JOIN" in (answer.sql or "").upper(), answer.sql
