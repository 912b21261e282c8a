"""Units a column's name ends in (vocabulary/units.py), Chinese unit words read whole, a noun completing a
name another word began (glosses.completed_heads) and an extreme word before a compared pair noun (issue
10, "zhlink" round 2)."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from tests.engine.schemas import ask, profiled_table


def birds() -> Table:
    return profiled_table(
        "birds",
        [
            ("species", "text"),
            ("wing_length_mm", "float"),
            ("tail_length_mm", "float"),
            ("body_mass_g", "integer"),
        ],
        [
            ("sparrow", 75.0, 60.0, 3100),
            ("sparrow", 78.0, 62.0, 3300),
            ("owl", 300.0, 150.0, 5200),
            ("owl", 310.0, 140.0, 5600),
            ("crow", 320.0, 170.0, 4400),
        ],
    )


def test_a_mass_column_not_named_weight_is_the_weight_of_its_thing():
    # Given body_mass_g (a mass in grams) and 体重, CC-CEDICT's "body weight"
    ans = ask(Schema(tables=[birds()]), "各物种的平均体重")
    # Then the mass column is averaged per species
    assert ans.status == "ok", ans.message
    assert 'AVG("body_mass_g")' in (ans.sql or "") and 'GROUP BY "species"' in (ans.sql or ""), ans.sql


def test_a_number_in_another_unit_is_converted_to_the_column_s_unit():
    # Given a column in grams / When 5公斤 (kilograms) is compared with it
    ans = ask(Schema(tables=[birds()]), "体重超过5公斤的鸟有几只")
    # Then the number is 5000 grams
    assert ans.status == "ok", ans.message
    assert '"body_mass_g" > 5000' in (ans.sql or ""), ans.sql
    # And in English too
    en = ask(Schema(tables=[birds()]), "How many birds have a body weight above 5 kg?")
    assert '"body_mass_g" > 5000' in (en.sql or ""), en.sql


def test_a_range_in_another_unit_converts_both_ends_and_reads_its_closing_word():
    # Given 在4到5公斤之间 (between 4 and 5 kg, closed by 之间)
    ans = ask(Schema(tables=[birds()]), "体重在4到5公斤之间的鸟有多少只")
    # Then both ends are in grams and 之间 is no word left over
    assert ans.status == "ok" and ans.confidence >= 0.85, (ans.message, ans.confidence)
    assert "BETWEEN 4000 AND 5000" in (ans.sql or ""), ans.sql


def test_a_number_in_the_column_s_own_unit_stays_as_said():
    # Given 50毫米 over a column in millimetres
    ans = ask(Schema(tables=[birds()]), "翅膀长度超过100毫米的鸟有多少只")
    assert ans.status == "ok", ans.message
    assert '"wing_length_mm" > 100' in (ans.sql or ""), ans.sql


def test_an_answer_asked_in_another_unit_than_the_column_s_is_asked_back():
    # Given a total asked in kilograms over grams (the SUM would come in grams)
    ans = ask(Schema(tables=[birds()]), "所有鸟的总体重是多少公斤")
    # Then the engine asks back rather than answer in the wrong unit
    assert ans.status == "clarify", ans.sql
    en = ask(Schema(tables=[birds()]), "What is the total body mass of all birds, in kilograms?")
    assert en.status == "clarify", en.sql
    # And in the column's own unit it answers
    same = ask(Schema(tables=[birds()]), "所有鸟的总体重是多少克")
    assert same.status == "ok" and 'SUM("body_mass_g")' in (same.sql or ""), same.sql


def test_a_noun_completing_a_name_another_word_began_names_that_column():
    # Given wing_length_mm / tail_length_mm and 翅膀 ("wing") … 长度 ("length"), over 的 and 平均
    ans = ask(Schema(tables=[birds()]), "各物种翅膀的平均长度")
    # Then the two glosses joined name wing_length_mm
    assert ans.status == "ok", ans.message
    assert 'AVG("wing_length_mm")' in (ans.sql or "") and "tail" not in (ans.sql or ""), ans.sql


def test_a_noun_naming_several_columns_alone_is_not_guessed():
    # Given 长度 alone: wing or tail length?
    ans = ask(Schema(tables=[birds()]), "各物种的平均长度")
    # Then it is asked back
    assert ans.status == "clarify", ans.sql


def weather() -> Table:
    return profiled_table(
        "weather",
        [("date", "date"), ("temp_max", "float"), ("temp_min", "float")],
        [
            ("2013-01-01", 10.0, 2.0),
            ("2013-01-02", 14.0, -1.0),
            ("2013-01-03", 8.0, -3.0),
            ("2014-01-01", 16.0, 5.0),
        ],
    )


def test_an_extreme_word_before_a_compared_pair_noun_is_the_name_s():
    # Given 最低气温低于0度: the low temperature compared, no ranking asked
    ans = ask(Schema(tables=[weather()]), "最低气温低于0度的有多少天")
    # Then the days are counted with temp_min < 0
    assert ans.status == "ok", ans.message
    assert '"temp_min" < 0' in (ans.sql or "") and "COUNT(*)" in (ans.sql or ""), ans.sql
    # And 是 (a copula, cmp:eq with no number) leaves the extreme word a ranking word
    one = ask(Schema(tables=[weather()]), "2013年的最高气温是多少")
    assert one.status == "ok" and 'MAX("temp_max")' in (one.sql or ""), one.sql


def test_a_unit_of_another_quantity_than_the_column_s_is_asked_back():
    # Given 5公斤 (a mass) compared with a length in millimetres
    ans = ask(Schema(tables=[birds()]), "翅膀长度超过5公斤的鸟有多少只")
    # Then the comparison is not answered as if the units agreed
    assert ans.status == "clarify", ans.sql


def animals() -> Table:
    table = birds()
    table.name = "animals"
    return table


def test_which_kinds_of_the_table_s_noun_lists_the_column_the_classifier_names():
    # Given an animals table with a species column and 哪几种动物 (种: "species / kind / type")
    schema = Schema(tables=[animals()])
    ans = ask(schema, "翅膀长度超过200毫米的有哪几种动物")
    # Then the species are listed, not the rows
    assert ans.status == "ok", ans.message
    assert 'DISTINCT "species"' in (ans.sql or ""), ans.sql
    # And the kind with the fewest rows is ranked by its count
    fewest = ask(schema, "数据里数量最少的是哪种动物")
    assert fewest.status == "ok", fewest.message
    assert 'GROUP BY "species"' in (fewest.sql or "") and "LIMIT 1" in (fewest.sql or ""), fewest.sql


def test_which_kinds_with_no_column_the_classifier_names_stays_the_rows():
    # Given a table with no species / kind / type column
    ans = ask(Schema(tables=[weather()]), "哪几种天气最多")
    # Then no column is made up for the kinds
    assert "species" not in (ans.sql or "") and "type" not in (ans.sql or ""), ans.sql


def engines() -> Table:
    return profiled_table(
        "cars",
        [("Name", "text"), ("Cylinders", "integer"), ("Horsepower", "integer")],
        [("a", 4, 90), ("b", 8, 200), ("c", 4, 95), ("d", 6, 150), ("e", 8, 220)],
    )


def test_a_number_before_the_last_character_of_a_column_s_chinese_name_is_its_value():
    # Given Cylinders (气缸 "cylinder") and 8缸 / 四缸: a number before the last character of that name
    schema = Schema(tables=[engines()])
    ans = ask(schema, "8缸的车有多少款")
    # Then the number is the column's value, as "8 cylinders" is
    assert ans.status == "ok", ans.message
    assert '"Cylinders" = 8' in (ans.sql or "") and "COUNT(*)" in (ans.sql or ""), ans.sql
    # And a Chinese numeral is the number too
    four = ask(schema, "四缸车的平均马力是多少")
    assert four.status == "ok", four.message
    assert '"Cylinders" = 4' in (four.sql or "") and 'AVG("Horsepower")' in (four.sql or ""), four.sql


def test_a_number_outside_the_column_s_values_is_not_bound_to_it():
    # Given 100缸: no car has 100 cylinders
    ans = ask(Schema(tables=[engines()]), "100缸的车有多少款")
    # Then the number is not read as a cylinder count
    assert '"Cylinders" = 100' not in (ans.sql or "") or ans.status == "clarify", ans.sql


def days() -> Table:
    return profiled_table(
        "days",
        [("date", "date"), ("temp_max", "float"), ("temp_min", "float"), ("weather", "text")],
        [
            ("2013-01-01", 10.0, 2.0, "rain"),
            ("2013-01-02", 26.0, 9.0, "sun"),
            ("2013-01-03", 28.0, 11.0, "sun"),
        ],
    )


def test_a_y_adjective_modifying_a_gloss_names_the_value_it_is_made_from():
    # Given 晴天 "sunny day" and a stored weather 'sun'
    ans = ask(Schema(tables=[days()]), "最高气温超过25度的晴天有多少天")
    # Then the sunny days are the rows whose weather is 'sun'
    assert ans.status == "ok", ans.message
    assert "\"weather\" = 'sun'" in (ans.sql or "") and '"temp_max" > 25' in (ans.sql or ""), ans.sql
    # And 雨天 "rainy day" the rainy ones
    rain = ask(Schema(tables=[days()]), "雨天有多少天")
    assert rain.status == "ok" and "\"weather\" = 'rain'" in (rain.sql or ""), rain.sql


def test_a_people_s_adjective_in_a_gloss_names_no_value():
    # Given a stored first name 'Dominic' and 多米尼加 ("Dominican Republic")
    people = profiled_table("people", [("name", "text"), ("age", "integer")], [("Dominic", 30), ("Ann", 40)])
    ans = ask(Schema(tables=[people]), "多米尼加的人平均年龄是多少")
    # Then the country is no value of the name column
    assert "Dominic" not in (ans.sql or ""), ans.sql


def test_a_word_followed_by_its_name_in_parentheses_is_that_name():
    # Given 油耗 (no column's word) followed by the column's own Chinese name in brackets
    mpg = profiled_table(
        "cars",
        [("Name", "text"), ("Miles_per_Gallon", "float"), ("Origin", "text")],
        [("a", 18.0, "USA"), ("b", 30.0, "Japan"), ("c", 15.0, "USA"), ("d", 26.0, "Europe")],
    )
    ans = ask(Schema(tables=[mpg]), "不同产地的平均油耗（每加仑英里数）")
    # Then the bracketed name stands for the word
    assert ans.status == "ok", ans.message
    assert 'AVG("Miles_per_Gallon")' in (ans.sql or "") and 'GROUP BY "Origin"' in (ans.sql or ""), ans.sql
    # And a value named in brackets after a transliterated name is that value
    value = ask(Schema(tables=[mpg]), "欧里帕产地（Europe）的车有多少款")
    assert value.status == "ok" and "\"Origin\" = 'Europe'" in (value.sql or ""), value.sql


def test_a_chinese_negation_before_a_column_no_filter_uses_is_asked_back():
    # Given 没有股息率数据 (the rows whose value is missing): no reading filters on a missing value yet
    firms = profiled_table(
        "companies", [("Name", "text"), ("Dividend Yield", "float")], [("a", 1.5), ("b", 0.0), ("c", 2.0)]
    )
    ans = ask(Schema(tables=[firms]), "没有股息率数据的公司有多少家")
    # Then the count of every company is not answered
    assert ans.status == "clarify", ans.sql
