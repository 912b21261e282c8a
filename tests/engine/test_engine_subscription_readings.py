"""Readings of a subscription star schema (tests/engine/gym_star.py: members with English headers, a
lookup of plan kinds with Chinese headers): monthly and cumulative fees and the senior flag said in
Chinese, a lookup's kind column as its rows' name, a yes/no said with a third 'No …' value, a flag and
its other side named by its own word, people counted over a forward join, and a follow-up value that
another name column also holds."""

from __future__ import annotations

from shared.semantic.schema import ForeignKey, Schema
from tests.engine.gym_star import gym_schema, rows
from tests.engine.schemas import ask, profiled_table


def _ok(question: str, state: dict | None = None):
    answer = ask(gym_schema(), question, state)
    assert answer.status == "ok", (question, answer.message)
    return answer


def test_monthly_fee_cumulative_fee_and_senior_words():
    # Given members with monthly_fee, total_fees and a senior flag
    # When 月费, 累计费用 and 老年 are said
    monthly = _ok("老年会员的平均月费").sql or ""
    total = _ok("老年会员的平均累计费用").sql or ""
    # Then each names its column
    assert 'AVG("monthly_fee")' in monthly and '"senior" = 1' in monthly
    assert 'AVG("total_fees")' in total


def test_a_lookup_of_kinds_is_named_by_its_kind_column():
    # Given 套餐(套餐编号, 套餐类型, 中文名称): no name column, one kind per row
    # When members are grouped by the plan, in Chinese and in English
    for question in ("各套餐类型的平均月费", "每种套餐的会员数", "Average monthly fee by plan"):
        sql = _ok(question).sql or ""
        # Then the plans' kinds are the groups, not the plan ids the members hold
        assert 't1."套餐类型"' in sql and "GROUP BY" in sql, question
    assert rows(_ok("每种套餐的会员数").sql) == [("Basic", 3), ("Family", 2), ("VIP", 2)]


def test_yes_no_with_a_not_offered_value_is_a_flag():
    # Given towel_service holding Yes, No and 'No locker access'
    # When members with and without it are counted, and those with no locker access
    with_it = _ok("How many members have towel service?").sql
    without = _ok("How many members without towel service?").sql
    no_access = _ok("How many members have no locker access?").sql
    # Then with is Yes, without is anything but Yes, and the third value is still a value
    assert rows(with_it) == [(3,)] and rows(without) == [(4,)] and rows(no_access) == [(2,)]


def test_a_flag_and_its_other_side_named_by_its_own_word_group_by_the_flag():
    # Given a paperless_invoice flag
    # When paperless and paper invoices are compared
    answer = _ok("无纸化发票和纸质发票会员的平均月费对比")
    # Then each side is a group, neither filtered out
    assert 'GROUP BY "paperless_invoice"' in (answer.sql or "") and "WHERE" not in (answer.sql or "")


def test_people_of_the_fact_counted_over_a_forward_join():
    # Given members, each pointing at one plan
    # When how many people of a plan are senior is asked
    answer = _ok("基础套餐的会员里有多少人是老年人")
    # Then the members are counted once each, without asking back
    assert rows(answer.sql) == [(2,)]


def test_a_follow_up_value_held_by_the_earlier_filters_column_replaces_it():
    # Given the average fee by plan kind, narrowed to 基础套餐 (its Chinese name)
    first = _ok("按套餐类型看平均月费")
    narrowed = _ok("只看基础套餐的会员", first.state)
    assert rows(narrowed.sql) == [("Basic", 25.0)]
    # When VIP (a value both name columns hold) is asked next
    again = _ok("VIP的呢", narrowed.state)
    # Then it replaces the earlier filter instead of narrowing it to nothing
    assert rows(again.sql) == [("VIP", 62.5)]


def test_a_percentage_compared_bounds_the_rate_asked_for():
    # Given members who churned (Yes / No) in three regions
    # When the regions whose churn rate is above 40% are asked
    answer = _ok("流失率超过40%的会员地区")
    # Then the rate is bounded (HAVING rate > 0.4), not the number of members
    assert "> 0.4" in (answer.sql or "") and rows(answer.sql) == [("South", 0.5)]


def test_whether_a_flag_after_a_grouping_word_groups_by_it():
    # Given members who churned (Yes / No) in three regions
    # When counts by region and whether they churned are asked
    sql = _ok("按地区和是否流失统计会员数").sql or ""
    # Then both sides of the flag are groups, neither filtered out
    assert '"churned"' in sql.split("GROUP BY")[1] and '"region"' in sql.split("GROUP BY")[1]
    assert "WHERE" not in sql


def test_the_highest_total_asked_over_a_labelled_join_ranks_the_total():
    # Given sales of plans, each plan named by its kind (plans(plan_id, plan_type))
    plans = profiled_table(
        "plans", [("plan_id", "integer"), ("plan_type", "text")], [(1, "Solo"), (2, "Duo")]
    )
    sales = profiled_table(
        "sales",
        [("sale_id", "integer"), ("plan_id", "integer"), ("amount", "decimal")],
        [(1, 1, 10.0), (2, 1, 5.0), (3, 2, 30.0)],
    )
    plans.primary_key = ["plan_id"]
    sales.foreign_keys = [ForeignKey(["plan_id"], "plans", ["plan_id"])]
    schema = Schema(tables=[plans, sales])
    # When the plan with the highest total amount is asked
    sql = ask(schema, "Which plan has the highest total amount?").sql or ""
    # Then the amounts' totals are ranked, not the number of sales
    assert 'SUM(t0."amount")' in sql and "COUNT(*)" not in sql
    # And the plan with the most sales still counts them
    assert "COUNT(*)" in (ask(schema, "Which plan has the most sales?").sql or "")
