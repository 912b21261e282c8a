"""General rules for Spider-like schemas (abbreviated English columns, translated Chinese questions).

Each test names a rule found on bench/eval_sets/spider_style, with a tiny invented table.
"""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table, with_names

CAR_COLUMNS = [
    ("Id", "integer"),
    ("Model", "text"),
    ("MPG", "float"),
    ("Cylinders", "integer"),
    ("Horsepower", "integer"),
    ("Weight", "integer"),
    ("Accelerate", "float"),
    ("Year", "integer"),
]
CAR_ROWS = [
    (1, "amc sedan 1", 18.0, 8, 150, 3504, 12.0, 1970),
    (2, "ford coupe 2", 26.5, 4, 88, 2130, 14.5, 1971),
    (3, "toyota wagon 3", 31.0, 4, 65, 1950, 19.0, 1971),
    (4, "buick hatch 4", 16.2, 6, 110, 3600, 15.5, 1972),
    (5, "fiat sedan 5", 29.4, 4, 70, 2010, 18.2, 1972),
]
PLAYER_COLUMNS = [
    ("Poker_Player_ID", "integer"),
    ("People_ID", "integer"),
    ("Final_Table_Made", "float"),
    ("Best_Finish", "float"),
    ("Money_Rank", "float"),
    ("Earnings", "float"),
]
PLAYER_ROWS = [
    (1, 3, 12.0, 2.0, 40.0, 150000.0),
    (2, 5, 30.0, 1.0, 8.0, 480000.0),
    (3, 7, 21.0, 2.0, 19.0, 230000.0),
    (4, 9, 7.0, 4.0, 55.0, 99000.0),
]
PEOPLE_COLUMNS = [("People_ID", "integer"), ("Name", "text"), ("Height", "float"), ("Birth_Date", "text")]
PEOPLE_ROWS = [
    (3, "Anna Holm", 171.0, "1980-02-11"),
    (5, "Boris Novak", 196.0, "1975-07-30"),
    (7, "Carla Quinn", 183.0, "1990-12-01"),
]


def cars() -> Schema:
    return Schema(tables=[profiled_table("cars_data", CAR_COLUMNS, CAR_ROWS)])


def poker() -> Schema:
    return Schema(
        tables=[
            profiled_table("poker_player", PLAYER_COLUMNS, PLAYER_ROWS),
            profiled_table("people", PEOPLE_COLUMNS, PEOPLE_ROWS),
        ]
    )


def test_chinese_domain_words_reach_abbreviated_english_columns():
    # Given English columns Horsepower / Earnings, with no names given for them
    # When asked in Chinese: the dictionary knows 马力; 扑克选手 is the person's name for the table
    hp = ask(cars(), "汽车的平均马力是多少？")
    earnings = ask(with_names(poker(), {"poker_player": ["扑克选手"]}), "扑克选手的平均收入是多少？")
    # Then each word links its column
    assert 'AVG("Horsepower")' in hp.sql
    assert 'AVG("Earnings")' in earnings.sql


def test_a_number_before_a_numeric_columns_word_is_its_value_not_a_top_n():
    # Given 8缸 (eight cylinders) next to a superlative / When asking the smallest weight
    ans = ask(with_names(cars(), {"cars_data.Cylinders": ["气缸", "缸"]}), "8缸汽车的最小重量是多少？")
    # Then 8 filters the cylinders and the smallest weight is a MIN, not the first 8 rows
    assert '"Cylinders" = 8' in ans.sql and 'MIN("Weight")' in ans.sql and "LIMIT" not in ans.sql


def test_vehicle_and_film_classifiers_count_rows():
    # Given 多少辆 (the classifier for vehicles) / When counting cars above a horsepower
    ans = ask(cars(), "有多少辆车的马力超过100？")
    # Then the rows are counted under the filter
    assert "COUNT(*)" in ans.sql and '"Horsepower" > 100' in ans.sql


def test_each_year_groups_by_a_year_number_column_when_there_is_no_date():
    # Given a table whose only time axis is an integer Year column / When asking per year, zh and en
    zh = ask(cars(), "每年汽车的平均重量是多少？")
    en = ask(cars(), "What is the average weight of cars for each year?")
    # Then both group by Year
    assert 'GROUP BY "Year"' in zh.sql and 'GROUP BY "Year"' in en.sql


def test_for_each_number_of_a_column_groups_by_that_column():
    # Given "for each number of cylinders" / When counting cars
    ans = ask(cars(), "For each number of cylinders, how many cars are there?")
    # Then one group per cylinder count, with the row count
    assert 'GROUP BY "Cylinders"' in ans.sql and "COUNT(*)" in ans.sql


def test_the_most_common_value_is_a_count_ranking_without_which():
    # Given "the most common best finish" (no "which") / When asked in en and zh
    en = ask(poker(), "What is the most common best finish of poker players?")
    zh = ask(poker(), "扑克选手最常见的最好成绩是什么？")
    # Then values are grouped and ranked by their count
    for ans in (en, zh):
        assert 'GROUP BY "Best_Finish"' in ans.sql and "COUNT(*)" in ans.sql and "LIMIT 1" in ans.sql


def test_maximum_number_of_a_count_column_is_its_max():
    # Given a column that itself holds a number of things / When asking its "maximum number"
    ans = ask(poker(), "What is the maximum number of final tables made among poker players?")
    # Then that column's MAX, not a row count
    assert 'MAX("Final_Table_Made")' in ans.sql


def test_tallest_and_shortest_rank_by_height():
    # Given a person table with Height / When asking the tallest (en) and the shortest (zh, 最矮)
    en = ask(poker(), "What is the name of the tallest person?")
    zh = ask(poker(), "给出身高最矮的人的出生日期。")
    # Then rows are ordered by height in the right direction, one row
    assert 'ORDER BY "Height" DESC LIMIT 1' in en.sql
    assert 'ORDER BY "Height" ASC LIMIT 1' in zh.sql and '"Birth_Date"' in zh.sql


def test_a_listing_in_descending_order_sorts_the_listed_value_not_the_id():
    # Given a table word that also names the id column / When listing earnings in descending order
    ans = ask(with_names(poker(), {"poker_player": ["扑克选手"]}), "按降序列出扑克选手的收入。")
    # Then the earnings are sorted
    assert 'ORDER BY "Earnings" DESC' in ans.sql


def test_the_most_does_not_swallow_most_recently():
    # Given "the most recently aired" (the plain "the most" is also a keyword) / When ranking rows
    ans = ask(
        Schema(tables=[profiled_table("cartoon", CARTOON_COLUMNS, CARTOON_ROWS)]),
        "What is the production code of the most recently aired cartoon?",
    )
    # Then the air date orders the rows, newest first
    assert 'ORDER BY "Original_air_date" DESC LIMIT 1' in ans.sql and '"Production_code"' in ans.sql


def test_top_n_sorted_by_a_column_without_direction_is_descending():
    # Given "the top 3 ... sorted by rating" with no asc/desc word / When listing
    ans = ask(cars(), "List the models of the top 3 cars sorted by horsepower.")
    # Then the top is the high end
    assert 'ORDER BY "Horsepower" DESC LIMIT 3' in ans.sql


def test_two_superlatives_joined_by_and_are_two_aggregates():
    # Given 最大和最小 before one column / When asking its value
    ans = ask(cars(), "汽车的最大和最小马力是多少？")
    # Then both MAX and MIN of that column
    assert 'MAX("Horsepower")' in ans.sql and 'MIN("Horsepower")' in ans.sql


CARTOON_COLUMNS = [
    ("id", "float"),
    ("Title", "text"),
    ("Directed_by", "text"),
    ("Original_air_date", "text"),
    ("Production_code", "float"),
]
CARTOON_ROWS = [
    (1.0, "The Frost of Holm", "Ben Ortega", "2009-03-01", 131.0),
    (2.0, "The Echo of Rask", "Lia Moss", "2010-11-24", 104.0),
    (3.0, "The Crown of Falk", "Ben Ortega", "2008-10-16", 118.0),
]


PET_COLUMNS = [("PetID", "integer"), ("PetType", "text"), ("pet_age", "integer"), ("weight", "float")]
PET_ROWS = [(1, "cat", 3, 12.0), (2, "dog", 2, 13.4), (3, "dog", 1, 9.3), (4, "cat", 5, 4.1)]


def test_a_superlative_on_the_tables_noun_ranks_its_rows_not_groups():
    # Given a type column that could be grouped / When asking attributes of "the youngest pet", en and zh
    pets = Schema(tables=[profiled_table("pets", PET_COLUMNS, PET_ROWS)])
    en = ask(pets, "Find the type and weight of the youngest pet.")
    zh = ask(pets, "找出最年轻的宠物的类型和体重。")
    # Then the pets themselves are ordered by age, one row, no GROUP BY
    for ans in (en, zh):
        assert 'ORDER BY "pet_age" ASC LIMIT 1' in ans.sql and "GROUP BY" not in ans.sql


MATCH_COLUMNS = [
    ("winner_name", "text"),
    ("winner_age", "integer"),
    ("loser_name", "text"),
    ("loser_age", "integer"),
]
MATCH_ROWS = [("Arlo Bloom", 24, "Bea Crane", 31), ("Bea Crane", 29, "Cyrus Drake", 22)]
CONCERT_COLUMNS = [("concert_ID", "integer"), ("concert_Name", "text"), ("Year", "text")]
CONCERT_ROWS = [(1, "Concert 1", "2014"), (2, "Concert 2", "2015"), (3, "Concert 3", "2016")]


def test_words_naming_parts_of_one_column_pick_it_together():
    # Given winner_age and loser_age / When asking the average age of the losers, en and zh
    matches = Schema(tables=[profiled_table("matches", MATCH_COLUMNS, MATCH_ROWS)])
    en = ask(matches, "What is the average age of the losers?")
    zh = ask(matches, "失败者的平均年龄是多少？")
    # Then "loser" and "age" together name loser_age
    assert 'AVG("loser_age")' in en.sql and 'AVG("loser_age")' in zh.sql


def test_two_values_of_one_column_are_either_not_both():
    # Given a text Year column / When counting concerts in 2015 or 2016
    concerts = Schema(tables=[profiled_table("concert", CONCERT_COLUMNS, CONCERT_ROWS)])
    ans = ask(concerts, "2015年或2016年有多少场演唱会？")
    # Then one IN filter, never Year = 2015 AND Year = 2016
    assert "IN (2015, 2016)" in ans.sql.replace("'", "") and " AND " not in ans.sql


TEMPLATE_COLUMNS = [("Template_ID", "integer"), ("Version_Number", "integer"), ("Template_Type_Code", "text")]
TEMPLATE_ROWS = [(1, 1, "PPT"), (2, 2, "CV"), (3, 3, "PPT"), (4, 1, "BK"), (5, 2, "PPT"), (6, 3, "CV")]


def test_a_code_column_with_few_repeating_values_is_a_category():
    # Given Template_Type_Code holding three repeating codes / When asking which code has the fewest templates
    templates = Schema(tables=[profiled_table("Templates", TEMPLATE_COLUMNS, TEMPLATE_ROWS)])
    ans = ask(templates, "Which template type code is used by the fewest templates?")
    # Then the codes are grouped and ranked by their count, like any category
    assert 'GROUP BY "Template_Type_Code"' in ans.sql and "COUNT(*)" in ans.sql and "ASC LIMIT 1" in ans.sql
