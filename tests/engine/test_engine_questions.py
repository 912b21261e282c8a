"""The rule engine on hand-built schemas: intent -> SQL for the common question kinds, no database."""

from __future__ import annotations

from tests.engine.schemas import ask, employees_schema, orders_schema


def test_total_with_year_filter_in_chinese():
    # Given orders with an order_date column / When asking the 2023 total in Chinese
    ans = ask(orders_schema(), "2023年的总销售额是多少？")
    # Then the SQL sums amount over a 2023 date range and the interpretation says so in Chinese
    assert ans.status == "ok" and ans.lang == "zh"
    assert 'SUM("amount")' in ans.sql
    assert "\"order_date\" >= '2023-01-01'" in ans.sql and "\"order_date\" < '2024-01-01'" in ans.sql
    assert "2023 年" in ans.interpretation


def test_group_by_with_descending_order():
    ans = ask(orders_schema(), "各省份的销售额是多少？按从高到低排列")
    assert ans.status == "ok"
    assert 'GROUP BY "province"' in ans.sql and "DESC" in ans.sql
    assert ans.chart.roles.get("province") == "category"


def test_top_n_groups_by_the_ranked_entity():
    ans = ask(
        orders_schema(),
        "Which 2 products have the highest total sales amount?".replace("products", "categories"),
    )
    assert ans.status == "ok" and ans.lang == "en"
    assert 'GROUP BY "category"' in ans.sql and "LIMIT 2" in ans.sql and "DESC" in ans.sql


def test_value_linking_negation_and_lists():
    ans = ask(employees_schema(), "除了客服部和人事部，其他部门一共有多少人？")
    assert ans.status == "ok"
    assert "NOT \"部门\" IN ('客服部', '人事部')" in ans.sql and "COUNT(*)" in ans.sql


def test_cross_lingual_value_and_column():
    # Given Chinese headers and values / When asking in English about female employees
    ans = ask(employees_schema(), "What is the average age of female employees?")
    assert ans.status == "ok"
    assert 'AVG("年龄")' in ans.sql and "\"性别\" = '女'" in ans.sql


def test_numeric_comparisons():
    assert '"quantity" >= 8' in ask(orders_schema(), "How many orders have a quantity of at least 8?").sql
    assert '"amount" > 5000' in ask(orders_schema(), "单笔金额超过5000元的订单有多少笔？").sql
    assert (
        '"年龄" BETWEEN 30 AND 40'
        in ask(employees_schema(), "年龄在30到40岁之间（含30岁和40岁）的员工有多少人？").sql
    )


def test_boolean_flags_and_their_opposites():
    assert "\"是否离职\" = '否'" in ask(employees_schema(), "目前在职的员工有多少人？").sql
    assert "\"是否离职\" = '是'" in ask(employees_schema(), "How many employees have left the company?").sql
    assert (
        '"is_returned" = 1'
        in ask(orders_schema(), "How many returned orders are there in each category?").sql
    )


def test_time_buckets_are_ordered_by_time():
    ans = ask(orders_schema(), "Show the monthly total sales amount for 2024.")
    assert "STRFTIME('%Y-%m', \"order_date\")" in ans.sql and 'ORDER BY "month"' in ans.sql
    assert ans.chart.time_grain == "month"


def test_ordinal_values_at_or_above():
    ans = ask(employees_schema(), "P5及以上职级的员工有多少人？")
    assert "\"职级\" IN ('P5', 'P6', 'P7')" in ans.sql


def test_row_ranking_lists_names():
    ans = ask(employees_schema(), "月薪最高的员工是谁？")
    assert '"姓名"' in ans.sql and 'ORDER BY "月薪" DESC' in ans.sql and "LIMIT 1" in ans.sql


def test_relative_time_anchors_to_old_data():
    # Given data ending in 2024-11 and today 2025-06-15 / When asking about 去年 (last year)
    ans = ask(orders_schema(), "今年的订单有多少笔？")
    # Then "this year" is the data's latest year, and the interpretation says the anchor
    assert "'2024-01-01'" in ans.sql
    assert "2024-11-30" in ans.interpretation


def test_unknown_measure_asks_back_with_what_exists():
    ans = ask(employees_schema(), "研发部员工的平均加班时长是多少？")
    assert ans.status == "clarify" and ans.lang == "zh"
    assert "月薪" in ans.message  # the message lists measures the data does have
    ans = ask(orders_schema(), "What is the average age of customers who bought Electronics products?")
    assert ans.status == "clarify" and "amount" in ans.message


def test_follow_up_replaces_time_and_adds_filters():
    first = ask(orders_schema(), "2024年各渠道的销售额是多少？")
    second = ask(orders_schema(), "那2023年呢？", state=first.state)
    assert second.status == "ok"
    assert "'2023-01-01'" in second.sql and 'GROUP BY "channel"' in second.sql
    third = ask(orders_schema(), "Only for the app channel.", state=second.state)
    assert "\"channel\" = 'app'" in third.sql and "'2023-01-01'" in third.sql


def test_follow_up_swaps_the_measure():
    first = ask(employees_schema(), "各部门在职员工分别有多少人？")
    second = ask(employees_schema(), "换成平均月薪", state=first.state)
    assert (
        'AVG("月薪")' in second.sql
        and "\"是否离职\" = '否'" in second.sql
        and 'GROUP BY "部门"' in second.sql
    )


def test_question_text_never_reaches_sql_unquoted():
    # Given a value with a quote in it / Then it becomes an escaped literal
    ans = ask(employees_schema(), "名字包含'x'' OR 1=1 --'的员工有多少人？")
    assert ans.status in ("ok", "clarify")
    if ans.sql:
        import sqlglot

        assert len(sqlglot.parse(ans.sql, read="sqlite")) == 1
