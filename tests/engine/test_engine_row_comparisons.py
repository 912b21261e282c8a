"""Column-against-column filters, comparisons after the noun, listed columns beside grouped measures,
"the most times", strong measure links over weak id links, and single-entity values."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table, with_names

STUDENT_COLUMNS = [
    ("student_id", "integer"),
    ("first_name", "text"),
    ("current_address_id", "integer"),
    ("permanent_address_id", "integer"),
]
STUDENT_ROWS = [(1, "Ann", 1, 1), (2, "Bob", 2, 3), (3, "Cy", 4, 4), (4, "Di", 5, 6)]
MATCH_COLUMNS = [
    ("match_num", "integer"),
    ("winner_name", "text"),
    ("loser_name", "text"),
    ("winner_age", "integer"),
    ("loser_age", "integer"),
    ("minutes", "integer"),
    ("tourney_name", "text"),
    ("year", "integer"),
]
MATCH_ROWS = [
    (1, "A", "B", 20, 25, 100, "Open", 2013),
    (2, "C", "D", 30, 22, 150, "Cup", 2014),
    (3, "A", "D", 21, 22, 90, "Open", 2013),
    (4, "E", "A", 28, 27, 200, "Cup", 2016),
]
PROJECT_COLUMNS = [
    ("项目名称", "text"),
    ("部门", "text"),
    ("负责人", "text"),
    ("预算", "float"),
    ("实际金额", "float"),
    ("收入", "float"),
    ("支出", "float"),
]
PROJECT_ROWS = [
    ("甲", "研发", "王", 100.0, 120.0, 50.0, 40.0),
    ("乙", "销售", "李", 200.0, 150.0, 30.0, 60.0),
    ("丙", "研发", "王", 80.0, 90.0, 70.0, 20.0),
    ("丁", "研发", "赵", 60.0, 50.0, 10.0, 20.0),
]
SHOP_COLUMNS = [
    ("Shop_ID", "integer"),
    ("Name", "text"),
    ("Location", "text"),
    ("Number_products", "integer"),
]
SHOP_ROWS = [(1, "FC A", "Espoo", 3516), (2, "HJK", "Helsinki", 10770), (3, "KuPS", "Kuopio", 17621)]
STORE_COLUMNS = [("Store_ID", "integer"), ("Store_Name", "text"), ("City", "text"), ("Area_size", "float")]
STORE_ROWS = [
    (1, "a", "Paris", 10.0),
    (2, "b", "Paris", 11.0),
    (3, "c", "Paris", 12.0),
    (4, "d", "Lyon", 3.0),
    (5, "e", "Paris", 5.0),
    (6, "f", "Lyon", 6.0),
]
COUNTRY_COLUMNS = [("Code", "text"), ("Name", "text"), ("Continent", "text"), ("Population", "integer")]
COUNTRY_ROWS = [
    ("BRA", "Brazil", "South America", 170115000),
    ("ABW", "Aruba", "North America", 103000),
    ("AIA", "Anguilla", "North America", 8000),
    ("FRA", "France", "Europe", 59225700),
]


def one(name: str, columns: list[tuple[str, str]], rows: list[tuple]) -> Schema:
    return Schema(tables=[profiled_table(name, columns, rows)])


def students() -> Schema:
    return one("Students", STUDENT_COLUMNS, STUDENT_ROWS)


def matches() -> Schema:
    return one("matches", MATCH_COLUMNS, MATCH_ROWS)


def projects() -> Schema:
    return one("项目", PROJECT_COLUMNS, PROJECT_ROWS)


def test_different_from_compares_two_columns_of_the_same_row():
    # Given two address id columns / When asking whose permanent address differs from the current one
    ans = ask(
        students(),
        "Whose permanent address is different from his or her current address? List his or her first name.",
    )  # noqa: E501
    # Then both sides are quoted identifiers and the interpretation names both columns
    assert ans.sql == (
        'SELECT "first_name" FROM "Students" WHERE "permanent_address_id" <> "current_address_id"'
    )
    assert "permanent_address_id ≠ current_address_id" in ans.interpretation


def test_greater_than_another_column_compares_row_by_row():
    # Given loser and winner ages / When asking for matches where the loser is older
    ans = ask(matches(), "find the winner name of matches where loser age is greater than winner age")
    # Then the filter is loser_age > winner_age, not a number
    assert 'WHERE "loser_age" > "winner_age"' in ans.sql


def test_chinese_column_comparisons_with_gaoyu_and_bi():
    # Given income, spending, budget and actual columns
    # When asking in Chinese with 高于, 大于 and 比…高
    higher = ask(projects(), "收入高于支出的项目有哪些")
    over = ask(projects(), "实际金额大于预算的项目有多少个")
    bi = ask(projects(), "收入比支出高的项目有哪些")
    # Then each compares the two columns, and the interpretation says so in Chinese
    assert 'WHERE "收入" > "支出"' in higher.sql and "收入 > 支出" in higher.interpretation
    assert over.sql == 'SELECT COUNT(*) AS "项目数" FROM "项目" WHERE "实际金额" > "预算"'
    assert 'WHERE "收入" > "支出"' in bi.sql


def test_a_number_still_wins_over_a_column_after_the_comparator():
    # Given the same table / When the comparator is followed by a number
    ans = ask(projects(), "预算大于100的项目")
    # Then it stays a numeric filter
    assert 'WHERE "预算" > 100' in ans.sql


def test_the_compared_noun_between_comparative_and_than():
    # Given a numeric products column and a store table
    shops = ask(one("shop", SHOP_COLUMNS, SHOP_ROWS), "Find the names of shops with more products than 5000")
    fewer = ask(one("shop", SHOP_COLUMNS, SHOP_ROWS), "shops with fewer products than 5000")
    cities = ask(one("store", STORE_COLUMNS, STORE_ROWS), "cities with more stores than 3")
    # Then a numeric column is filtered, and the table's own rows are counted in HAVING
    assert shops.sql == 'SELECT "Name" FROM "shop" WHERE "Number_products" > 5000'
    assert 'WHERE "Number_products" < 5000' in fewer.sql
    assert 'GROUP BY "City" HAVING COUNT(*) > 3' in cities.sql


def test_which_groups_with_a_having_count_lists_only_the_groups():
    # Given a store table / When asking which cities have more than 3 stores (and how many, elsewhere)
    which = ask(one("store", STORE_COLUMNS, STORE_ROWS), "Which cities have more than 3 stores?")
    zh = ask(one("store", STORE_COLUMNS, STORE_ROWS), "哪些城市有3家以上的商店？")
    how_many = ask(
        one("store", STORE_COLUMNS, STORE_ROWS),
        "How many stores does each city with more than 3 stores have?",
    )
    # Then the which-questions return the cities only; the count appears only when asked for
    assert which.sql == 'SELECT "City" FROM "store" GROUP BY "City" HAVING COUNT(*) > 3'
    assert zh.sql == 'SELECT "City" FROM "store" GROUP BY "City" HAVING COUNT(*) >= 3'
    assert which.interpretation.startswith("list City")
    assert 'COUNT(*) AS "store_count"' in how_many.sql


def test_a_column_listed_beside_a_grouped_count_is_grouped_too():
    # Given matches with tourney names and years
    en = ask(matches(), "List the tourney name and the number of matches for each year")
    zh = ask(projects(), "列出每个部门的负责人和项目的数量")
    # Then the listed column is shown (and grouped, so every dialect accepts it)
    assert en.sql == (
        'SELECT "year", "tourney_name", COUNT(*) AS "match_count" FROM "matches" '
        'GROUP BY "year", "tourney_name"'
    )
    assert 'GROUP BY "部门", "负责人"' in zh.sql


def test_a_unique_name_beside_a_grouped_measure_is_not_grouped():
    # Given unique project names / When asking for each department's project name and count
    ans = ask(projects(), "列出每个部门的项目名称和项目的数量")
    # Then grouping stays by department (a unique column would split every group)
    assert 'GROUP BY "部门"' in ans.sql and '"项目名称"' not in ans.sql


def test_the_most_times_counts_rows_per_name():
    # Given a winner name column / When asking who won the most times (in both languages)
    en = ask(matches(), "Find the name of the winner who has won the most times")
    zh = ask(matches(), "哪个获胜者名字出现的次数最多？")
    # Then the names are counted and the most frequent one is returned
    for ans in (en, zh):
        assert (
            'GROUP BY "winner_name"' in ans.sql and "COUNT(*)" in ans.sql and ans.sql.endswith("DESC LIMIT 1")
        )


def test_a_strong_measure_link_beats_the_weak_id_link_of_the_table_noun():
    # Given "match" names the table and weakly match_num / When asking the longest match duration
    en = ask(matches(), "What is the longest match duration in minutes?")
    zh = ask(with_names(matches(), {"matches": ["比赛"]}), "最长的比赛时长是多少？")
    listed = ask(with_names(matches(), {"matches": ["比赛"]}), "列出时长最长的比赛")
    # Then minutes is ranked, never match_num
    assert en.sql == 'SELECT MAX("minutes") AS "max_minutes" FROM "matches"'
    assert 'MAX("minutes")' in zh.sql
    assert 'ORDER BY "minutes" DESC LIMIT 1' in listed.sql


def test_one_pinned_entity_shows_its_value_not_a_total():
    # Given a country table whose names are unique, and continents that repeat
    brazil = ask(one("country", COUNTRY_COLUMNS, COUNTRY_ROWS), "巴西的人口是多少")
    america = ask(one("country", COUNTRY_COLUMNS, COUNTRY_ROWS), "北美洲的人口是多少")
    # Then one country's population is listed, while a continent's is summed
    assert brazil.sql == 'SELECT "Population" FROM "country" WHERE "Name" = \'Brazil\''
    assert 'SUM("Population")' in america.sql
