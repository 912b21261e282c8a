"""Questions across tables: relationships, join planning, fan-out safety (pure engine, SQLite twin)."""

from __future__ import annotations

import sqlite3

import pytest
import sqlglot

from shared.ask.engines.rules import joins
from shared.semantic.relationships import bridges, derive, validate
from shared.semantic.schema import ForeignKey, Relationship, Schema, SemanticLayer
from tests.engine.schemas import ask, memory_db, profiled_table

ORDER_COLS = [("订单号", "text"), ("客户编号", "text"), ("下单日期", "date"), ("金额", "integer")]
CUSTOMER_COLS = [
    ("客户编号", "text"),
    ("客户名称", "text"),
    ("客户等级", "text"),
    ("城市", "text"),
    ("信用额度", "integer"),
]
CUSTOMERS = [
    ("C1", "甲公司", "VIP", "北京", 1000),
    ("C2", "乙公司", "VIP", "上海", 3000),
    ("C3", "丙公司", "金卡", "上海", 500),
    ("C4", "丁公司", "普通", "广州", 200),
]
# C1 orders four times, C2 once: joined naively, C1's credit line counts four times.
ORDERS = [
    ("O1", "C1", "2024-01-05", 100),
    ("O2", "C1", "2024-02-05", 200),
    ("O3", "C1", "2024-03-05", 300),
    ("O4", "C1", "2024-04-05", 400),
    ("O5", "C2", "2024-05-05", 1000),
    ("O6", "C3", "2024-06-05", 50),
]


def shop_schema(dialect: str = "sqlite") -> Schema:
    return Schema(
        tables=[
            profiled_table("订单", ORDER_COLS, ORDERS),
            profiled_table("客户", CUSTOMER_COLS, CUSTOMERS),
        ],
        dialect=dialect,
    )


def shop_db() -> sqlite3.Connection:
    return memory_db([("订单", ORDER_COLS, ORDERS), ("客户", CUSTOMER_COLS, CUSTOMERS)])


def run(sql: str) -> list[tuple]:
    return sorted(shop_db().execute(sql).fetchall(), key=str)


# ---------------------------------------------------------------- relationships
def test_same_key_name_in_two_sheets_is_an_inferred_many_to_one_relationship() -> None:
    # Given 订单 and 客户 sharing 客户编号 (unique in 客户, every order's value present there)
    rels = derive(shop_schema())
    # Then one many-to-one relationship from the orders to the customers, inferred
    assert [
        (r.from_table, r.from_columns, r.to_table, r.to_columns, r.cardinality, r.source) for r in rels
    ] == [("订单", ["客户编号"], "客户", ["客户编号"], "many_to_one", "inferred")]


def test_a_value_missing_from_the_one_side_is_no_relationship() -> None:
    # Given an order whose customer is not in the customer sheet
    schema = Schema(
        tables=[
            profiled_table("订单", ORDER_COLS, [*ORDERS, ("O7", "C9", "2024-07-01", 1)]),
            profiled_table("客户", CUSTOMER_COLS, CUSTOMERS),
        ]
    )
    # Then the data does not confirm the key
    assert derive(schema) == []


def test_customer_id_names_customers_id_and_a_bare_id_names_nothing() -> None:
    # Given orders.customer_id ~ customers.id, and two tables that merely both have an "id"
    customers = profiled_table("customers", [("id", "integer"), ("name", "text")], [(1, "a"), (2, "b")])
    orders = profiled_table(
        "orders", [("id", "integer"), ("customer_id", "integer")], [(1, 1), (2, 1), (3, 2)]
    )
    rels = derive(Schema(tables=[customers, orders]))
    # Then only customer_id -> customers.id is a relationship
    assert [(r.from_table, r.from_columns, r.to_table, r.to_columns) for r in rels] == [
        ("orders", ["customer_id"], "customers", ["id"])
    ]


def test_a_chinese_key_names_an_english_tables_key_when_the_data_agrees() -> None:
    # Given a sheet 客户 whose 区域编号 holds the ids of the regions sheet (region_id), and one whose
    # 备注编号 holds values the regions do not have
    regions = profiled_table(
        "regions", [("region_id", "integer"), ("region_name", "text")], [(1, "华东"), (2, "华南")]
    )
    customers = profiled_table(
        "客户",
        [("客户编号", "text"), ("区域编号", "integer"), ("备注编号", "integer")],
        [("C1", 1, 7), ("C2", 2, 8), ("C3", 1, 9)],
    )
    rels = derive(Schema(tables=[regions, customers]))
    # Then 区域编号 -> regions.region_id is inferred (区域 ~ region), and nothing else
    assert [(r.from_table, r.from_columns, r.to_table, r.to_columns) for r in rels] == [
        ("客户", ["区域编号"], "regions", ["region_id"])
    ]


def test_declared_foreign_keys_and_an_association_table_make_a_bridge() -> None:
    # Given student <- has_pet -> pets declared by foreign keys
    student = profiled_table("student", [("stuid", "integer"), ("age", "integer")], [(1, 20), (2, 21)])
    pets = profiled_table("pets", [("petid", "integer"), ("pettype", "text")], [(10, "dog"), (11, "cat")])
    has_pet = profiled_table("has_pet", [("stuid", "integer"), ("petid", "integer")], [(1, 10), (1, 11)])
    has_pet.foreign_keys = [
        ForeignKey(["stuid"], "student", ["stuid"]),
        ForeignKey(["petid"], "pets", ["petid"]),
    ]
    schema = Schema(tables=[student, pets, has_pet])
    rels = derive(schema)
    # Then both are declared relationships (petid is unique in has_pet: one-to-one), and has_pet is a bridge
    assert {(r.from_columns[0], r.to_table, r.source, r.cardinality) for r in rels} == {
        ("stuid", "student", "declared", "many_to_one"),
        ("petid", "pets", "declared", "one_to_one"),
    }
    assert bridges(schema, rels) == {"has_pet": ["pets", "student"]}


def test_a_relationship_naming_a_missing_column_is_refused() -> None:
    bad = Relationship.from_dict({"from": "订单.客户号", "to": "客户.客户编号"})
    with pytest.raises(ValueError, match="订单.客户号"):
        validate([bad], shop_schema())


# ---------------------------------------------------------------- planning and SQL
def test_amount_per_customer_level_sums_order_amounts_through_the_join() -> None:
    # When asked for the order amount per customer level (the level lives in 客户, the amount in 订单)
    a = ask(shop_schema(), "各客户等级的订单金额合计")
    # Then it sums 订单.金额 per 客户.客户等级 over the join, and says what was joined on what
    assert a.status == "ok", a.message
    assert "JOIN" in a.sql
    assert run(a.sql) == [("VIP", 2000), ("金卡", 50)]
    assert "客户.客户等级" in a.interpretation and "订单.客户编号 = 客户.客户编号" in a.interpretation


def test_orders_of_vip_customers_counts_orders_in_both_languages() -> None:
    for question in ("How many orders did VIP customers place?", "客户等级为VIP的客户下了多少单"):
        a = ask(shop_schema(), question)
        assert a.status == "ok", (question, a.message)
        assert run(a.sql) == [(5,)], question  # five orders, not two VIP customers


def test_how_many_customers_placed_orders_counts_distinct_customers() -> None:
    # Given six orders from three customers, When asked how many customers ordered
    a = ask(shop_schema(), "有多少客户下过单")
    # Then distinct customers are counted, not order rows, and the column and interpretation say so
    assert a.status == "ok", a.message
    assert run(a.sql) == [(3,)]
    assert '"客户数"' in a.sql and "不同 客户 的数量" in a.interpretation


def test_top_cities_by_order_amount_ranks_the_other_tables_column() -> None:
    a = ask(shop_schema(), "top 2 cities by order amount")
    assert a.status == "ok", a.message
    assert shop_db().execute(a.sql).fetchall() == [("上海", 1050), ("北京", 1000)]


def test_followup_filters_the_joined_table() -> None:
    # Given the order count per city, When the follow-up narrows to 金卡 customers
    first = ask(shop_schema(), "各城市的订单数")
    assert run(first.sql) == [("上海", 2), ("北京", 4)]
    second = ask(shop_schema(), "只看金卡客户呢？", state=first.state)
    # Then the join stays and the filter is on 客户.客户等级
    assert second.status == "ok", second.message
    assert run(second.sql) == [("上海", 1)]


def test_average_of_a_joined_tables_column_is_not_inflated_by_fan_out() -> None:
    # Given a query over the joined view averaging the customers' credit line for customers with orders
    ctx = joins.context_for(shop_schema(), SemanticLayer())
    assert ctx is not None
    view = joins.view_for(ctx, "订单")
    sql, joined = joins.rewrite('SELECT AVG("信用额度") AS "a" FROM "订单" WHERE "金额" > 0', view, "sqlite")
    naive = 'SELECT AVG(k."信用额度") FROM "订单" o JOIN "客户" k ON o."客户编号" = k."客户编号"'
    # Then each customer counts once: (1000 + 3000 + 500) / 3, not C1 four times
    assert run(sql) == [(1500.0,)]
    assert run(naive) != [(1500.0,)]
    assert [e.dst for e in joined] == ["客户"]


@pytest.mark.parametrize("dialect", ["mysql", "postgres", "sqlite"])
def test_joins_render_in_every_dialect(dialect: str) -> None:
    a = ask(shop_schema(dialect), "各客户等级的订单金额合计")
    assert a.status == "ok", a.message
    tree = sqlglot.parse_one(a.sql, read=dialect)
    assert [j.this.name for j in tree.args["joins"]] == ["客户"]


def test_no_relationship_between_the_named_tables_asks_back() -> None:
    # Given the customers' 客户编号 no longer matches (a person removed the relationship)
    semantic = SemanticLayer(relationships=[])
    a = ask(shop_schema(), "各客户等级的订单金额合计", semantic=semantic)
    # Then the engine asks back naming both tables, never an answer from one of them
    assert a.status == "clarify"
    assert "订单" in (a.message or "") and "客户" in (a.message or "")


def test_two_equally_short_paths_ask_which_one() -> None:
    # Given flights with an origin and a destination airport
    airports = profiled_table(
        "airports", [("airport_code", "text"), ("city", "text")], [("PEK", "北京"), ("SHA", "上海")]
    )
    flights = profiled_table(
        "flights",
        [("flight_no", "text"), ("origin_code", "text"), ("dest_code", "text"), ("passengers", "integer")],
        [("F1", "PEK", "SHA", 100), ("F2", "SHA", "PEK", 80), ("F3", "PEK", "SHA", 120)],
    )
    semantic = SemanticLayer(
        relationships=[
            Relationship("flights", ["origin_code"], "airports", ["airport_code"]),
            Relationship("flights", ["dest_code"], "airports", ["airport_code"]),
        ]
    )
    a = ask(Schema(tables=[flights, airports]), "total passengers by city", semantic=semantic)
    # Then it asks back, naming both join paths
    assert a.status == "clarify"
    assert "origin_code" in (a.message or "") and "dest_code" in (a.message or "")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("下单最多的客户的名称", [("甲公司", 4)]),
        ("Which customer placed the most orders? Show the customer name.", [("甲公司", 4)]),
        ("Show the names of customers who placed at least 2 orders.", [("甲公司",)]),
        ("客户名称，至少下过2个订单的客户", [("甲公司",)]),
    ],
)
def test_filter_on_one_table_and_rank_or_count_the_other(question: str, expected: list[tuple]) -> None:
    # When a question ranks or compares customers by how many orders they placed
    a = ask(shop_schema(), question)
    # Then the orders are counted per customer over the join
    assert a.status == "ok", a.message
    assert " JOIN " in a.sql
    assert shop_db().execute(a.sql).fetchall() == expected


def test_each_entity_with_a_count_word_counts_per_entity() -> None:
    # Given students, pets and the bridge between them
    student = profiled_table(
        "student", [("stuid", "integer"), ("first_name", "text")], [(1, "Linda"), (2, "Tracy")]
    )
    pets = profiled_table(
        "pets", [("petid", "integer"), ("pettype", "text")], [(10, "dog"), (11, "cat"), (12, "dog")]
    )
    has_pet = profiled_table(
        "has_pet", [("stuid", "integer"), ("petid", "integer")], [(1, 10), (1, 11), (2, 12)]
    )
    has_pet.foreign_keys = [
        ForeignKey(["stuid"], "student", ["stuid"]),
        ForeignKey(["petid"], "pets", ["petid"]),
    ]
    schema = Schema(tables=[student, pets, has_pet])
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE student (stuid, first_name); INSERT INTO student VALUES (1, 'Linda'), (2, 'Tracy');"
        "CREATE TABLE pets (petid, pettype); INSERT INTO pets VALUES (10, 'dog'), (11, 'cat'), (12, 'dog');"
        "CREATE TABLE has_pet (stuid, petid); INSERT INTO has_pet VALUES (1, 10), (1, 11), (2, 12);"
    )
    # When asked how many pets each student has, in both languages
    for question in ("每个学生养了几只宠物", "How many pets does each student have?"):
        a = ask(schema, question)
        # Then it counts per student
        assert a.status == "ok", a.message
        assert sorted(row[-1] for row in conn.execute(a.sql).fetchall()) == [1, 2], question
    # And "the names of students who own a dog" lists each student once
    a = ask(schema, "names of students who own a dog")
    assert sorted(conn.execute(a.sql).fetchall()) == [("Linda",), ("Tracy",)]


def test_followup_on_a_one_table_answer_narrows_it_over_the_join() -> None:
    # Given the monthly order amounts (one table), When the follow-up narrows to VIP customers
    first = ask(shop_schema(), "各月的订单金额合计")
    assert " JOIN " not in first.sql
    second = ask(shop_schema(), "只看VIP客户呢？", state=first.state)
    # Then the same monthly amounts are summed over the VIP customers' orders only
    assert second.status == "ok", second.message
    assert run(second.sql) == [
        ("2024-01", 100),
        ("2024-02", 200),
        ("2024-03", 300),
        ("2024-04", 400),
        ("2024-05", 1000),
    ]
    # And a further breakdown keeps the join
    third = ask(shop_schema(), "按城市拆开", state=second.state)
    assert '"城市"' in third.sql and " JOIN " in third.sql


# ---------------------------------------------------------------- three sheets, keys named across languages
REGIONS = [(1, "华东"), (2, "华南")]
REGION_CUSTOMERS = [("C1", 1), ("C2", 2), ("C3", 1)]
REGION_ORDERS = [("O1", "C1", 100), ("O2", "C1", 200), ("O3", "C2", 50), ("O4", "C3", 5)]
REGION_SHEETS = (
    ("regions", [("region_id", "integer"), ("region_name", "text")], REGIONS),
    ("客户", [("客户编号", "text"), ("区域编号", "integer")], REGION_CUSTOMERS),
    ("订单", [("订单号", "text"), ("客户编号", "text"), ("金额", "integer")], REGION_ORDERS),
)


def region_schema() -> Schema:
    return Schema(tables=[profiled_table(name, cols, rows) for name, cols, rows in REGION_SHEETS])


def run_regions(sql: str) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    for name, cols, rows in REGION_SHEETS:
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(chr(34) + c + chr(34) for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', rows)
    return sorted(conn.execute(sql).fetchall(), key=str)


@pytest.mark.parametrize("question", ["各区域的订单金额", "Order amount by region"])
def test_a_table_grouped_by_is_named_by_its_label_over_a_key_named_in_another_language(question: str) -> None:
    # Given 订单 -> 客户 -> regions, where 客户.区域编号 points at regions.region_id (no declared key)
    # When the order amount is asked per region
    a = ask(region_schema(), question)
    # Then the amounts are summed per region name, over both joins
    assert a.status == "ok", a.message
    assert run_regions(a.sql) == [("华东", 305), ("华南", 50)]


def test_the_region_with_the_highest_amount_is_its_name() -> None:
    a = ask(region_schema(), "Which region has the highest order amount?")
    assert a.status == "ok", a.message
    assert run_regions(a.sql) == [("华东", 305)]


def test_an_amount_under_a_joined_filter_is_its_total_without_the_key() -> None:
    # When the orders of the 华东 region are asked for their amount (no list word)
    a = ask(region_schema(), "华东区域的订单金额")
    # Then it is one total, not the rows with their region keys
    assert a.status == "ok", a.message
    assert run_regions(a.sql) == [(305,)]


def test_rows_without_related_rows_are_an_anti_join_not_an_answer_from_one_table() -> None:
    # Given customers and their orders, When asked for the customers who never ordered (an anti-join)
    for question in ("How many customers have never placed an order?", "没有下过单的客户有多少个"):
        a = ask(shop_schema(), question)
        # Then the customers with no order are counted (丁公司 only), not the orders nor every customer
        assert a.status == "ok", (question, a.message)
        assert "NOT EXISTS" in a.sql and run(a.sql) == [(1,)], (question, a.sql)


def test_a_joined_reading_below_the_bar_asks_back_with_the_tentative_sql() -> None:
    # When the question ends on a word no table holds (负责人: the thing asked for)
    a = ask(shop_schema(), "订单金额最高的城市的负责人是谁")
    # Then the engine asks back, naming the word, with the tentative joined reading to confirm
    assert a.status == "clarify"
    assert a.confidence < 0.55 and "负责人" in a.message
    assert a.sql and "JOIN" in a.sql and "客户.城市" in a.interpretation


def test_joined_answers_use_the_engines_bar() -> None:
    from shared.ask.engines.rules.engine import CLARIFY_BELOW
    from shared.ask.engines.rules.joins_confidence import CLARIFY_BELOW as JOINED_BAR

    assert JOINED_BAR == CLARIFY_BELOW
