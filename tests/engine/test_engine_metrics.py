"""Named metrics (semantic layer) compose like plain measures: grouping, ranking, top-N, time and value
filters, HAVING, follow-ups. The SQL runs on a tiny SQLite twin of the demo's retail orders."""

from __future__ import annotations

import sqlite3

import pytest

from shared.ask.pipeline import with_percent_columns
from shared.semantic.schema import Schema, SemanticLayer
from tests.engine.schemas import ask, profiled_table

RETAIL_COLUMNS = [
    ("订单号", "text"),
    ("下单日期", "date"),
    ("省份", "text"),
    ("城市", "text"),
    ("门店", "text"),
    ("渠道", "text"),
    ("品类", "text"),
    ("商品", "text"),
    ("客户等级", "text"),
    ("数量", "integer"),
    ("单价", "float"),
    ("金额", "float"),
    ("是否退货", "text"),
]
RETAIL_ROWS = [
    ("DD1", "2024-02-01", "广东", "广州", "天河店", "线下", "食品", "牛奶", "普通", 2, 12.5, 25.0, "否"),
    ("DD2", "2024-07-15", "浙江", "杭州", "西湖店", "小程序", "家居", "台灯", "金卡", 1, 159.0, 159.0, "是"),
    ("DD3", "2025-03-03", "广东", "深圳", "南山店", "App", "数码", "充电宝", "银卡", 3, 129.0, 387.0, "否"),
    ("DD4", "2025-03-20", "上海", "上海", "静安店", "线下", "服装", "T恤", "金卡", 2, 79.0, 158.0, "是"),
    ("DD5", "2025-08-09", "浙江", "宁波", "鄞州店", "App", "食品", "咖啡豆", "普通", 1, 89.0, 89.0, "否"),
    (
        "DD6",
        "2025-11-30",
        "广东",
        "广州",
        "天河店",
        "小程序",
        "数码",
        "智能手表",
        "金卡",
        1,
        1299.0,
        1299.0,
        "否",
    ),
    ("DD7", "2025-05-05", "上海", "上海", "静安店", "App", "服装", "羽绒服", "银卡", 1, 899.0, 899.0, "否"),
    ("DD8", "2024-09-09", "浙江", "杭州", "西湖店", "线下", "家居", "收纳箱", "普通", 2, 45.0, 90.0, "是"),
]
RETURN_RATE = "AVG(CASE WHEN \"是否退货\" = '是' THEN 1.0 ELSE 0 END)"
AOV = 'SUM("金额") / COUNT(*)'


def retail_schema() -> Schema:
    return Schema(tables=[profiled_table("零售订单", RETAIL_COLUMNS, RETAIL_ROWS)], dialect="sqlite")


def retail_semantic() -> SemanticLayer:
    """The demo's two metrics, as a person would enter them."""
    return SemanticLayer.from_dict(
        {
            "metrics": [
                {"name": "客单价", "expression": AOV, "synonyms": ["平均订单金额", "AOV"]},
                {"name": "退货率", "expression": RETURN_RATE, "synonyms": ["return rate"]},
            ]
        }
    )


def run(sql: str) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    quoted = ", ".join(f'"{c}"' for c, _ in RETAIL_COLUMNS)
    conn.execute(f'CREATE TABLE "零售订单" ({quoted})')
    conn.executemany(f'INSERT INTO "零售订单" VALUES ({", ".join("?" for _ in RETAIL_COLUMNS)})', RETAIL_ROWS)
    return conn.execute(sql).fetchall()


def ask_retail(question: str, state: dict | None = None):
    ans = ask(retail_schema(), question, state=state, semantic=retail_semantic())
    assert ans.status == "ok", ans.message
    return ans


def test_grouped_metric_is_computed_per_group():
    # Given the 退货率 metric / When asking it per channel
    ans = ask_retail("各渠道的退货率")
    # Then each channel gets the metric's expression
    assert 'GROUP BY "渠道"' in ans.sql and RETURN_RATE in ans.sql
    assert dict(run(ans.sql)) == {"线下": pytest.approx(2 / 3), "小程序": 0.5, "App": 0.0}


@pytest.mark.parametrize(
    "question", ["哪个品类的退货率最高", "退货率最高的品类", "which category has the highest return rate"]
)
def test_which_group_has_the_highest_metric(question):
    # Given returns only in 家居 (2 of 2) and 服装 (1 of 2) / When asking for the top category by 退货率
    ans = ask_retail(question)
    # Then categories are grouped and ranked by the metric, keeping the superlative
    assert 'GROUP BY "品类"' in ans.sql and 'ORDER BY "退货率" DESC' in ans.sql and "LIMIT 1" in ans.sql
    assert run(ans.sql) == [("家居", 1.0)]


def test_lowest_metric_ranks_ascending():
    ans = ask_retail("客单价最低的门店")
    assert 'ORDER BY "客单价" ASC' in ans.sql
    assert run(ans.sql) == [("鄞州店", 89.0)]


@pytest.mark.parametrize(
    "question",
    ["top 3 stores by 客单价", "top 3 stores by AOV", "客单价排名前三的门店", "按客单价排名前3的门店"],
)
def test_top_n_groups_by_a_metric(question):
    # When asking the top 3 stores by the AOV metric, in either language and word order
    ans = ask_retail(question)
    # Then stores are grouped, ordered by the metric and limited to 3
    assert 'GROUP BY "门店"' in ans.sql and AOV in ans.sql and "LIMIT 3" in ans.sql
    assert [r[0] for r in run(ans.sql)] == ["天河店", "静安店", "南山店"]


def test_top_n_with_a_count_after_the_metric():
    ans = ask_retail("退货率最高的2个城市")
    assert [r[0] for r in run(ans.sql)] == ["杭州", "上海"]


def test_bottom_n_by_a_metric_in_english():
    ans = ask_retail("bottom 2 channels by return rate")
    assert 'GROUP BY "渠道"' in ans.sql and "ASC" in ans.sql and "LIMIT 2" in ans.sql


def test_year_filter_and_grouping_with_a_metric():
    ans = ask_retail("2024年各省份的客单价")
    assert "\"下单日期\" >= '2024-01-01'" in ans.sql and "\"下单日期\" < '2025-01-01'" in ans.sql
    assert dict(run(ans.sql)) == {"广东": 25.0, "浙江": pytest.approx(249 / 2)}


def test_value_filter_with_a_metric():
    ans = ask_retail("小程序渠道的退货率")
    assert "\"渠道\" = '小程序'" in ans.sql
    assert run(ans.sql) == [(0.5,)]


def test_metric_compared_with_a_percent_becomes_having_on_a_fraction():
    # Given 退货率 is a fraction / When asking for cities above 10%
    ans = ask_retail("退货率超过10%的城市")
    # Then the cities are grouped, the metric shown, and HAVING compares with 0.1 (not 10)
    assert 'GROUP BY "城市"' in ans.sql and f"HAVING {RETURN_RATE} > 0.1" in ans.sql
    assert dict(run(ans.sql)) == {"杭州": 1.0, "上海": 0.5}


def test_metric_compared_with_a_plain_number():
    ans = ask_retail("客单价大于500的门店有哪些")
    assert f"HAVING {AOV} > 500" in ans.sql
    assert sorted(r[0] for r in run(ans.sql)) == ["天河店", "静安店"]


def test_follow_ups_edit_a_metric_question():
    # Given "今年各省份的退货率" (今年 = 2025, the data's latest year)
    first = ask_retail("今年各省份的退货率")
    assert "\"下单日期\" >= '2025-01-01'" in first.sql
    # When asking 去年同期呢 / Then only the time filter moves to 2024, the metric and grouping stay
    last_year = ask_retail("去年同期呢？", state=first.state)
    assert "\"下单日期\" >= '2024-01-01'" in last_year.sql and "'2025-01-01'" in last_year.sql
    assert RETURN_RATE in last_year.sql and 'GROUP BY "省份"' in last_year.sql
    assert dict(run(last_year.sql)) == {"广东": 0.0, "浙江": 1.0}
    # When splitting by city and then keeping only 金卡 customers / Then each edit stacks on the last
    by_city = ask_retail("按城市拆开", state=last_year.state)
    assert 'GROUP BY "省份", "城市"' in by_city.sql and RETURN_RATE in by_city.sql
    gold = ask_retail("只看金卡客户", state=by_city.state)
    assert "\"客户等级\" = '金卡'" in gold.sql and RETURN_RATE in gold.sql
    assert run(gold.sql) == [("浙江", "杭州", 1.0)]


def test_rate_metric_is_shown_as_a_percentage():
    # Given the answer to a rate metric per category / When the pipeline marks percent columns
    ans = ask_retail("各品类的退货率")
    rows = [list(r) for r in run(ans.sql)]
    hint = with_percent_columns(ans.chart, [{"name": "品类"}, {"name": "退货率"}], rows)
    # Then 退货率 (values in [0, 1]) is a percentage and the category is not
    assert hint.percent_columns == ["退货率"]


def test_interpretation_names_the_metric_grouping_and_order():
    ans = ask_retail("哪个品类的退货率最高")
    assert "品类" in ans.interpretation and "退货率" in ans.interpretation and "降序" in ans.interpretation


@pytest.mark.parametrize(
    ("question", "grain"),
    [
        ("哪个月的退货率最高", "month"),
        ("which year had the highest AOV", "year"),
        ("哪个季度客单价最低", "quarter"),
    ],
)
def test_which_time_bucket_has_the_extreme_metric(question, grain):
    # When asking which month / year / quarter a metric peaks in
    ans = ask_retail(question)
    # Then the time buckets are grouped and ranked, one returned
    assert f'AS "{grain}"' in ans.sql and "GROUP BY" in ans.sql and "LIMIT 1" in ans.sql
    assert len(run(ans.sql)) == 1


def test_highest_month_by_return_rate_runs():
    ans = ask_retail("退货率最高的月份")
    assert run(ans.sql)[0][1] == 1.0
