"""Chinese questions over English-named data: readings that are clearly right are read, and weak evidence
asks back instead of answering confidently wrong (issue 10, "tunezh")."""

from __future__ import annotations

from shared.ask.engines.rules.engine import CLARIFY_BELOW
from shared.semantic.schema import Schema, Table
from shared.semantic.vocabulary.segment import normalise
from tests.engine.schemas import ask, profiled_table, with_names


def staff() -> Table:
    return profiled_table(
        "staff",
        [("name", "text"), ("city", "text"), ("age", "integer")],
        [("A", "Oslo", 30), ("B", "Oslo", 35), ("C", "Rome", 45), ("D", "Rome", 38), ("E", "Lima", 50)],
    )


def addresses() -> Table:
    return profiled_table(
        "addresses",
        [("address_id", "integer"), ("line_1", "text"), ("line_2", "text"), ("city", "text")],
        [(1, "1 Main St", "Apt 2", "Oslo"), (2, "9 High St", "Unit 5", "Rome")],
    )


def products() -> Table:
    return profiled_table(
        "products",
        [("product_id", "integer"), ("name", "text"), ("category", "text"), ("price", "float")],
        [(1, "a", "Toys", 3.0), (2, "b", "Food", 4.0), (3, "c", "Toys", 5.0)],
    )


def test_one_or_more_per_group_reads_as_more_than_one_and_each_postfix_keeps_its_number():
    # Given staff per city / When asked for cities with 一个以上 staff aged 40岁以下
    ans = ask(Schema(tables=[staff()]), "哪些城市有一个以上年龄在40岁以下的员工？")
    # Then 以上 stays with 一个 (a count of at least one excludes no group: more than one is meant)
    # and 以下 with 40 (inclusive, as formal Chinese reads it); a bare 以下 within the ages held is a guess
    # (everyday use, and every question of the sets that used it, means "below"): the reading is offered
    assert ans.status == "clarify", ans.sql
    assert "HAVING COUNT(*) > 1" in (ans.sql or "")
    assert '"age" <= 40' in (ans.sql or "")


def test_ordinals_joined_by_and_share_the_noun_after_the_last():
    # Given 第一和第二行 / When normalised / Then each ordinal carries the noun
    assert normalise("地址的第一和第二行") == "地址的第一行和第二行"
    assert normalise("第一和第二季度的销售额") == "第一季度和第二季度的销售额"
    # And over an address table both lines are listed
    ans = ask(Schema(tables=[addresses()]), "所有地址的第一和第二行是什么？")
    assert ans.status == "ok" and '"line_1", "line_2"' in (ans.sql or ""), ans.sql


def test_an_order_key_not_understood_asks_back():
    # Given no column for how often / When asked to sort 按频率
    ans = ask(Schema(tables=[products()]), "按频率排列的产品的类别是什么？")
    # Then the order is not guessed
    assert ans.status == "clarify" and ans.confidence < CLARIFY_BELOW, ans.sql
    # While an order key the data holds is read
    ok = ask(Schema(tables=[products()]), "按价格排列的产品的名称是什么？")
    assert ok.status == "ok" and 'ORDER BY "price"' in (ok.sql or "")


def test_a_table_chosen_on_one_word_that_names_another_tables_column_as_strongly_asks_back():
    # Given 特性 glosses "property" (a table) and is a person's name for another table's column
    properties = profiled_table(
        "properties",
        [("property_id", "integer"), ("property_name", "text"), ("price", "float")],
        [(1, "x", 1.0), (2, "y", 2.0)],
    )
    features = profiled_table(
        "available_features",
        [("feature_id", "integer"), ("feature_name", "text")],
        [(1, "pool"), (2, "garden")],
    )
    schema = with_names(Schema(tables=[properties, features]), {"available_features.feature_name": ["特性"]})
    # When the rows are counted by that word alone
    ans = ask(schema, "一共有多少个特性？")
    # Then which rows are meant is asked back
    assert ans.status == "clarify", ans.sql


def test_a_column_named_by_two_weak_words_side_by_side_is_named():
    # Given friendships (student_id, friend_id) and students
    friends = profiled_table(
        "friends", [("student_id", "integer"), ("friend_id", "integer")], [(1, 2), (1, 3)]
    )
    students = profiled_table(
        "students", [("student_id", "integer"), ("name", "text")], [(1, "a"), (2, "b"), (3, "c")]
    )
    # When 学生ID is asked beside a count the reading answers without it
    ans = ask(Schema(tables=[friends, students]), "显示学生ID和其对应的朋友数量。")
    # Then it is not answered as a bare COUNT(*)
    assert ans.status == "clarify", ans.sql


def test_a_word_naming_only_other_tables_columns_weakly_lowers_confidence():
    # Given breeds, and sizes held only by other tables
    breeds = profiled_table("breeds", [("breed_code", "text"), ("breed_name", "text")], [("A", "Akita")])
    dogs = profiled_table(
        "dogs", [("dog_id", "integer"), ("breed_code", "text"), ("size_code", "text")], [(1, "A", "S")]
    )
    sizes = profiled_table("sizes", [("size_code", "text"), ("size_description", "text")], [("S", "Small")])
    schema = Schema(tables=[breeds, dogs, sizes])
    # When 大小 is asked beside the breeds' own words
    with_size = ask(schema, "列出所有品种的名称和大小")
    without = ask(schema, "列出所有品种的名称")
    # Then the reading that drops 大小 is less sure than the one that needs nothing else
    assert with_size.confidence < without.confidence
    # And with a word not understood besides, it asks back
    assert ask(schema, "所有品种和大小的组合是什么？").status == "clarify"


def test_the_rows_noun_that_also_names_a_number_column_is_not_ranked_or_compared_as_that_number():
    # Given flights(flight, day, distance): flight is a flight number, and the rows are flights
    flights = profiled_table(
        "flights",
        [("flight", "integer"), ("day", "integer"), ("distance", "integer")],
        [(101, 1, 500), (202, 1, 700), (101, 2, 500), (303, 3, 900), (404, 3, 300)],
    )
    schema = Schema(tables=[flights])
    # When asked for the days with the most flights, or flights compared with a number
    for question in ("航班最多的3天是几号", "航班超过500的日子有哪些"):
        ans = ask(schema, question)
        # Then the flight number is not what gets ranked or compared: the question is asked back
        assert ans.status == "clarify", (question, ans.sql)


def test_an_average_per_day_over_one_row_per_day_is_not_answered_as_each_days_own_value():
    # Given one row per day
    weather = profiled_table(
        "daily_weather",
        [("date", "date"), ("precipitation", "float")],
        [("2015-11-01", 1.0), ("2015-11-02", 0.0), ("2015-11-03", 4.5), ("2015-12-01", 2.0)],
    )
    # When the average per day is asked
    ans = ask(Schema(tables=[weather]), "平均每天的降水量是多少")
    # Then a list of each day's own value is not the confident answer
    assert ans.status == "clarify" or "GROUP BY" not in (ans.sql or ""), ans.sql


def daily() -> Table:
    return profiled_table(
        "daily_weather",
        [("date", "date"), ("precipitation", "float"), ("wind", "float")],
        [
            ("2014-01-01", 1.0, 3.0),
            ("2014-01-02", 0.0, 5.5),
            ("2014-02-01", 4.5, 2.0),
            ("2014-02-02", 2.0, 3.0),
        ],
    )


def test_a_total_asked_and_an_average_read_asks_back():
    # Given precipitation, which averages by default / When its monthly totals are asked
    ans = ask(Schema(tables=[daily()]), "Monthly precipitation totals for 2014")
    # Then an average per month is not answered as if it were the total
    assert ans.status == "clarify" or "SUM(" in (ans.sql or ""), ans.sql


def test_a_number_before_a_word_only_resembling_a_column_is_not_that_columns_value():
    # When "the 3 windiest days" is asked (windiest only resembles wind)
    ans = ask(Schema(tables=[daily()]), "The 3 windiest days")
    # Then wind = 3 is not the confident answer
    assert ans.status == "clarify" or '"wind" = 3' not in (ans.sql or ""), ans.sql


def test_a_superlative_over_a_stored_value_is_not_answered_by_the_latest_dates():
    # Given one row per day with a weather kind / When the days with the most rain are asked
    weather = profiled_table(
        "daily_weather",
        [("date", "date"), ("weather", "text"), ("precipitation", "float")],
        [("2014-01-01", "rain", 1.0), ("2014-01-02", "sun", 0.0), ("2014-01-03", "rain", 4.5)],
    )
    ans = ask(Schema(tables=[weather]), "Which 2 days had the most rain?")
    # Then the latest rainy days are not the confident answer
    assert ans.status == "clarify" or 'ORDER BY "date"' not in (ans.sql or ""), ans.sql


def test_a_word_not_understood_before_counted_days_over_one_row_per_day_asks_back():
    # Given one row per day and no column for fog
    weather = profiled_table(
        "daily_weather",
        [("date", "date"), ("precipitation", "float")],
        [("2013-01-01", 1.0), ("2013-01-02", 0.0), ("2013-01-03", 4.5)],
    )
    # When the foggy days are counted
    ans = ask(Schema(tables=[weather]), "How many foggy days were there in 2013?")
    # Then every day of 2013 is not counted as if it were foggy
    assert ans.status == "clarify", ans.sql


def test_a_dictionary_word_hidden_by_a_stop_character_right_after_a_value_asks_back():
    # Given countries with a continent and a region that extends it
    countries = profiled_table(
        "countries",
        [("name", "text"), ("continent", "text"), ("region", "text"), ("population", "integer")],
        [
            ("Chad", "Africa", "Central Africa", 52),
            ("Kenya", "Africa", "Eastern Africa", 61),
            ("Peru", "South America", "South America", 70),
        ],
    )
    schema = Schema(tables=[countries])
    # When the middle of a named value is asked (中 is a stop character, 中部 a word)
    ans = ask(schema, "“Africa”中部的总人口是多少？")
    # Then the bare continent is not the confident answer
    assert ans.status == "clarify", ans.sql
    # While the value on its own is answered
    assert ask(schema, "“Africa”的总人口是多少？").status == "ok"


def test_a_dictionary_word_ending_in_a_stop_character_is_not_understood_when_unlinked():
    # Given a table whose columns name nothing like 产地 (place of origin)
    schema = Schema(
        tables=[
            profiled_table(
                "models",
                [("name", "text"), ("power", "integer"), ("region", "text")],
                [(f"m{i}", 60 + i, ("north", "south")[i % 2]) for i in range(40)],
            )
        ]
    )
    # When a group word is followed by 产地, which comes as 产 + 地 (地 is a stop character)
    ans = ask(schema, "各个产地分别有多少款")
    # Then 产地 is a word not understood, and the grouping it asks for is asked back, not dropped
    assert ans.status == "clarify" and "产地" in ans.unknown_words, (ans.sql, ans.unknown_words)
