"""Chinese readings of questions across tables: whose name, which name, what a measure word modifies."""

from __future__ import annotations

import sqlite3

from shared.ask.engines.base import EngineAnswer
from shared.ask.engines.rules.intent import Having, Intent, Measure
from shared.ask.engines.rules.joins_confidence import joined_confidence
from shared.ask.engines.rules.joins_names import said_in_chinese
from shared.ask.engines.rules.parse import Parser
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.linking import index_for, name_aliases
from tests.engine.schemas import TODAY, ask, profiled_table, with_names
from tests.engine.test_joins import run as run_shop
from tests.engine.test_joins import shop_schema

OWNER_COLS = [("owner_id", "integer"), ("Fname", "text"), ("LName", "text"), ("age", "integer")]
OWNERS = [(1, "Ann", "Lee", 3), (2, "Bob", "Ray", 40), (3, "Cy", "Fox", 52)]
PET_COLS = [
    ("pet_id", "integer"),
    ("owner_id", "integer"),
    ("name", "text"),
    ("pet_type", "text"),
    ("pet_age", "integer"),
    ("size_description", "text"),
]
# Ann (3 years old herself) has a 5-year-old cat; Bob has a 3-year-old cat and a dog; Cy a dog.
PETS = [
    (10, 1, "Tom", "cat", 5, "small"),
    (11, 2, "Kit", "cat", 3, "small"),
    (12, 2, "Rex", "dog", 4, "large"),
    (13, 3, "Max", "dog", 2, "large"),
]


def pets_schema() -> Schema:
    """Owners and their pets; 主人 is the owners' word in the semantic layer, as a person would add it."""
    tables = [profiled_table("owners", OWNER_COLS, OWNERS), profiled_table("pets", PET_COLS, PETS)]
    return with_names(Schema(tables=tables), {"owners": ["主人"]})


def run(sql: str) -> list[tuple]:
    conn = sqlite3.connect(":memory:")
    for name, cols, rows in (("owners", OWNER_COLS, OWNERS), ("pets", PET_COLS, PETS)):
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(c for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', rows)
    return sorted(conn.execute(sql).fetchall(), key=str)


def test_a_name_column_written_with_an_initial_is_named_by_first_and_last_name_in_both_languages() -> None:
    # Given person-name columns abbreviated to an initial, as many schemas write them
    first, last = name_aliases("Fname", set(), []), name_aliases("LName", set(), [])
    # Then "first name" / 名字 name Fname and "last name" / 姓氏 name LName
    assert first["first name"] >= 0.9 and first["名 字"] >= 0.9
    assert last["last name"] >= 0.9 and last["姓 氏"] >= 0.9
    assert "last name" not in first and "first name" not in last


def test_ming_is_the_given_name_and_xing_the_family_name_but_xingming_is_both() -> None:
    assert said_in_chinese(["fname"], "学生的名字")
    assert said_in_chinese(["last", "name"], "学生的姓氏")
    assert not said_in_chinese(["fname"], "学生的姓名")
    assert not said_in_chinese(["last", "name"], "学生的姓名")
    assert not said_in_chinese(["fname"], "the student's name")


def test_buzhi_reads_more_than() -> None:
    # Given owners with one or two pets
    # When asked for the owners who have 不止一只 (more than one) pet
    ans = ask(pets_schema(), "找出拥有不止一只宠物的主人的名字。")
    # Then the answer counts pets per owner, more than one: Bob
    assert ans.status == "ok", ans.message
    assert run(ans.sql) == [("Bob",)]


def test_the_name_after_a_table_word_is_that_tables_name_not_the_facts() -> None:
    # Given pets (the fact) with a name of their own, and owners with first and last names
    # When the owners' 名字 and 姓氏 are listed with their pets' type
    ans = ask(pets_schema(), "列出每个主人的名字、姓氏和他的宠物的类型。")
    # Then 名字 is the owners' first name, not the pets' name
    assert ans.status == "ok", ans.message
    assert '"Fname"' in ans.sql and '"name"' not in ans.sql
    assert ("Bob", "Ray", "dog") in run(ans.sql)


def test_a_measure_word_right_before_a_value_is_that_values_tables_column() -> None:
    # Given owners and pets that both have an age, and an owner who is 3 years old herself
    # When asked for the owner of a 3岁猫 (a cat aged 3)
    ans = ask(pets_schema(), "有一只3岁猫的主人的姓氏是什么？")
    # Then the age is the cat's: Bob's 3-year-old cat, not Ann (aged 3) with her 5-year-old cat
    assert ans.status == "ok", ans.message
    assert '"pet_age"' in ans.sql
    assert run(ans.sql) == [("Ray",)]


def test_an_attribute_of_a_relative_clauses_noun_read_on_another_table_is_not_answered() -> None:
    # Given the same data, in English: the exact column name "age" belongs to the owners
    ans = ask(pets_schema(), "Find the last name of the owner who has a cat that is age 3.")
    # Then the owners' age is never filtered with status ok: the pets' age or asking back
    assert ans.status != "ok" or '"pet_age"' in ans.sql


def test_a_chinese_questions_final_noun_left_out_of_the_query_asks_back() -> None:
    # Given 描述 names two description columns only as one word of each (weakly)
    # When the question ends on 描述 and the reading lists only the names
    ans = ask(pets_schema(), "每个主人的名字和他们所养宠物的描述是什么？")
    # Then the answer is not given as if the names were all that was asked
    assert ans.status != "ok" or "description" in (ans.sql or "")


def test_a_distribution_of_a_word_not_understood_asks_back() -> None:
    # Given customers with no age column
    # When asked for the customers' 年龄分布 (age distribution)
    ans = ask(shop_schema(), "客户的年龄分布")
    # Then the grouping noun is not understood, so the answer is not a plain list of customers
    assert ans.status != "ok"


CUST_COLS = [("客户编号", "text"), ("客户名称", "text"), ("注册日期", "date")]
CUSTS = [("C1", "甲", "2023-03-01"), ("C2", "乙", "2024-05-01")]
ORD_COLS = [("订单号", "text"), ("客户编号", "text"), ("金额", "integer")]
ORDS = [("O1", "C1", 100), ("O2", "C1", 200), ("O3", "C2", 1000)]
ITEM_COLS = [("item_id", "integer"), ("order_id", "text"), ("amount", "integer")]
ITEMS = [(1, "O1", 60), (2, "O1", 40), (3, "O2", 200), (4, "O3", 1000)]


def orders_schema() -> Schema:
    return Schema(
        tables=[
            profiled_table("客户", CUST_COLS, CUSTS),
            profiled_table("订单", ORD_COLS, ORDS),
            profiled_table("order_items", ITEM_COLS, ITEMS),
        ]
    )


def test_a_phrase_opening_with_a_table_word_is_that_tables_column_and_one_table_failing_plans_a_join() -> (
    None
):
    # Given 订单金额 ("order amount") naming both 订单.金额 and order_items.amount, and a filter on 客户
    # When the customers registered in 2023 are asked for their 订单金额
    ans = ask(orders_schema(), "2023年注册的客户的订单金额")
    # Then the orders' own amount is totalled over the join (100 + 200), not asked back as one table
    assert ans.status == "ok", ans.message
    assert '"金额"' in ans.sql and '"amount"' not in ans.sql
    conn = sqlite3.connect(":memory:")
    for name, cols, rows in (
        ("客户", CUST_COLS, CUSTS),
        ("订单", ORD_COLS, ORDS),
        ("order_items", ITEM_COLS, ITEMS),
    ):
        conn.execute(f'CREATE TABLE "{name}" ({", ".join(c for c, _ in cols)})')
        conn.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in cols)})', rows)
    assert conn.execute(ans.sql).fetchall() == [(300,)]


def test_a_value_spelt_like_a_schema_word_is_not_linked_by_that_words_translations() -> None:
    # Given a code column holding 'ID' (a country code) and a name column
    schema = Schema(
        tables=[
            profiled_table(
                "country", [("Code2", "text"), ("Name", "text")], [("ID", "Indonesia"), ("FR", "France")]
            )
        ]
    )
    # When the index of its words is built
    index = index_for(schema, None)
    # Then 代码 (code) names no row whose value is 'ID'
    assert not [lk for lk in index.phrases.get("代 码", []) if lk.kind == "value"]


def test_weizhu_is_a_superlative_that_a_plain_filter_does_not_answer() -> None:
    # Given pets of several types
    # When asked for the owners whose pets are 以猫为主 (mostly cats)
    ans = ask(pets_schema(), "返回宠物以猫为主的主人的名字。")
    # Then the "mostly" is not silently dropped
    assert ans.status != "ok" or "ORDER BY" in ans.sql or "MAX" in ans.sql.upper()


def test_zonge_is_the_total_of_the_one_amount_column() -> None:
    # Given orders with one amount column (金额) and customers with a credit line
    # When asked for the 订单总额 (order total amount), alone and of VIP customers
    alone = ask(shop_schema(), "订单总额")
    vip = ask(shop_schema(), "VIP客户的订单总额")
    # Then 总额 totals the amount: all orders 2050, VIP customers' orders 2000
    assert alone.status == "ok" and run_shop(alone.sql) == [(2050,)]
    assert vip.status == "ok" and run_shop(vip.sql) == [(2000,)]


PRODUCT_COLS = [("product_id", "integer"), ("product_name", "text"), ("category", "text")]
PRODUCTS = [
    (1, "Dress", "Apparel"),
    (2, "Jacket", "Apparel"),
    (3, "Laptop", "Electronics"),
    (4, "Phone", "Electronics"),
]
LINE_COLS = [("line_id", "integer"), ("product_id", "integer"), ("quantity", "integer")]
LINES = [(1, 1, 2), (2, 2, 5), (3, 3, 1), (4, 4, 7), (5, 1, 1)]


def test_a_kind_read_as_one_products_name_is_not_answered() -> None:
    # Given products whose names include 'Dress' (服装 translates as "dress") and whose category is Apparel
    schema = Schema(
        tables=[
            profiled_table("products", PRODUCT_COLS, PRODUCTS),
            profiled_table("order_lines", LINE_COLS, LINES),
        ]
    )
    # When the quantity of 服装类产品 (products of the clothing kind) is asked for
    ans = ask(schema, "服装类产品的销量")
    # Then it is not answered as the quantity of the one product named Dress
    assert ans.status != "ok" or "'Dress'" not in (ans.sql or "")


def test_fuzeren_the_person_in_charge_names_a_manager_column() -> None:
    # Given regions with a manager column
    schema = Schema(
        tables=[
            profiled_table(
                "regions",
                [("region_id", "integer"), ("region_name", "text"), ("manager", "text")],
                [(1, "East", "Ann"), (2, "West", "Bob")],
            )
        ]
    )
    # When the regions' 负责人 (person in charge) is asked for
    ans = ask(schema, "各区域的负责人是谁")
    # Then the manager column is read
    assert '"manager"' in (ans.sql or "")


def test_numbers_after_a_word_not_understood_are_a_noun_not_a_count() -> None:
    # Given orders with no tracking column
    # When asked for the tracking numbers of the orders
    ans = ask(shop_schema(), "What are the tracking numbers of the orders?")
    # Then "numbers of" is not read as a count of the orders
    assert ans.status != "ok"


LANG_ROWS = [("FR", "French", "T"), ("FR", "Breton", "F"), ("ES", "Spanish", "T"), ("ES", "Catalan", "T")]
COUNTRIES = [("FR", "France"), ("ES", "Spain"), ("IT", "Italy")]


def language_schema(key: list[str]) -> Schema:
    """Countries and their (country, language) pairs, keyed by both when `key` says so."""
    pairs = profiled_table(
        "countrylanguage", [("CountryCode", "text"), ("Language", "text"), ("IsOfficial", "text")], LANG_ROWS
    )
    pairs.primary_key = key
    return Schema(tables=[profiled_table("country", [("Code", "text"), ("Name", "text")], COUNTRIES), pairs])


def _key_part_counted(schema: Schema, question: str, word: str) -> bool:
    """Whether the parser of the pairs table alone takes the word as the counted part of its key."""
    parser = Parser(question, Schema(tables=[schema.tables[1]]), None, TODAY, None)
    parsed = parser.run()
    assert parsed.intent is not None
    pos = next(i for i, it in enumerate(parser.items) if it.text.replace(" ", "") == word)
    return parser._counts_a_key_part(pos, "Language", parsed.intent)


def test_counting_rows_of_pairs_counts_the_key_part_named_by_the_count_word() -> None:
    # Given (country, language) pairs keyed by both
    keyed = language_schema(["CountryCode", "Language"])
    # When the pairs are counted by "how many languages" / 多少语言 / 语言数量
    # Then the language word is what the count counts, not a column left out
    assert _key_part_counted(keyed, "每个国家有多少语言？", "语言")
    assert _key_part_counted(keyed, "每个国家的语言数量", "语言")
    assert _key_part_counted(keyed, "哪个国家的语言种类最多", "语言")
    assert _key_part_counted(keyed, "How many languages does each country have?", "language")


def test_a_key_part_listed_beside_another_count_is_not_what_the_count_counts() -> None:
    # Given the same pairs, and the same pairs with no composite key
    keyed, loose = language_schema(["CountryCode", "Language"]), language_schema([])
    # Then a language word far from the count word, or over rows that need not be one per language, stays
    assert not _key_part_counted(keyed, "Show the languages and the number of countries for each", "language")
    assert not _key_part_counted(loose, "每个国家有多少语言？", "语言")


def test_a_number_the_view_left_unread_is_given_back_when_the_join_counts_with_it() -> None:
    # Given a view parse that left 两 (two) unread, refined by the join into HAVING COUNT(*) >= 2
    counted = Intent(table="pets", columns=["Fname"], having=[Having(Measure("count"), ">=", 2)])
    listed = Intent(table="pets", columns=["Fname"])

    def answer(intent: Intent) -> EngineAnswer:
        return EngineAnswer(status="ok", engine="rules", confidence=0.5, state={"intent": intent.to_dict()})

    # Then the doubt is given back only when the join's count condition reads it
    assert joined_confidence(answer(counted), ["number_unread"], True) > 0.5
    assert joined_confidence(answer(listed), ["number_unread"], True) == 0.5


def teaching_schema() -> Schema:
    """Teachers, courses and which teacher teaches which course (the link table holds Teacher_ID)."""
    return Schema(
        tables=[
            profiled_table(
                "teacher", [("Teacher_ID", "integer"), ("Name", "text")], [(1, "Zed"), (2, "Amy"), (3, "Bo")]
            ),
            profiled_table(
                "course", [("Course_ID", "integer"), ("Course", "text")], [(1, "Math"), (2, "Art")]
            ),
            profiled_table(
                "course_arrange",
                [("Course_ID", "integer"), ("Teacher_ID", "integer"), ("Grade", "integer")],
                [(1, 1, 5), (2, 2, 6), (1, 3, 7)],
            ),
        ]
    )


def test_ordering_by_a_tables_word_and_its_column_orders_by_the_column() -> None:
    # Given arrangements holding the teachers' key, joined to the teachers' names
    # When listed 按照老师名字 (by the teacher's name) ascending
    ans = ask(teaching_schema(), "按照老师名字的字母升序排列，显示老师的名字和他们教的课程。")
    # Then the order is the teachers' name, not their key
    order = (ans.sql or "").split("ORDER BY")[-1]
    assert "ORDER BY" in (ans.sql or "") and '"Name"' in order and '"Teacher_ID"' not in order


def test_ranking_one_row_groups_by_their_count_is_not_answered() -> None:
    # Given (country, language) pairs keyed by both, and one country picked by its name
    # When the most popular language of France is asked for
    ans = ask(language_schema(["CountryCode", "Language"]), "在“法国”哪种语言最受欢迎？")
    # Then ranking France's languages by a count (one row each) is not given as the answer
    assert ans.status != "ok" or "COUNT(" not in (ans.sql or "")
