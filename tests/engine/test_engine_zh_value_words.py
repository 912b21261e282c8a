"""Chinese names of English category values said word by word ("zhval" round): 批发和零售业 for
'Wholesale and Retail', 艺术和手工业 for 'Arts and Crafts' (手工 reaches nothing: it stands for Crafts),
运输业 for 'Transportation' (transport ~ transportation), not a value of two words where the second
Chinese word names another value (批发和运输业); A占B的比重 takes the part said before 占; 月均 over a
month column is the monthly average (vocabulary/valuewords.py, parse_measures._part_before_whole,
charnames._average_word).

A schema of its own: monthly revenue by trade and region (other words than any set's).
"""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary import valuewords
from tests.engine.schemas import ask, profiled_table

TRADES = ["Wholesale and Retail", "Arts and Crafts", "Transportation", "Mining"]
REGIONS = ["Coastal", "Inland"]


def _rows() -> list[tuple]:
    return [
        (t, r, f"{y}-{m:02d}", 100.0 * (k + 1) + 10 * j + m)
        for y in (2020, 2021)
        for m in range(1, 13)
        for k, t in enumerate(TRADES)
        for j, r in enumerate(REGIONS)
    ]


def _revenue() -> Schema:
    columns = [("trade", "text"), ("region", "text"), ("month", "text"), ("revenue", "float")]
    return Schema(tables=[profiled_table("revenue", columns, _rows())])


def test_a_value_of_two_words_is_named_by_two_chinese_words_joined_by_he():
    # Given the trade 'Wholesale and Retail' / When 批发和零售业 is asked / Then it filters that trade
    answer = ask(_revenue(), "2020年批发和零售业的收入合计")
    assert answer.status == "ok", answer.message
    assert "\"trade\" = 'Wholesale and Retail'" in (answer.sql or "")


def test_a_word_reaching_nothing_stands_for_the_value_word_at_its_place():
    # Given 'Arts and Crafts' / When 艺术和手工业 is asked (手工 "handwork" reaches no value word)
    answer = ask(_revenue(), "2020年艺术和手工业的收入合计")
    # Then the first word and the structure name the value
    assert "\"trade\" = 'Arts and Crafts'" in (answer.sql or ""), answer.sql


def test_a_verb_names_the_value_that_is_its_noun():
    # Given 'Transportation' / When 运输业 is asked (运输 "to transport") / Then it is that trade
    answer = ask(_revenue(), "2021年运输业的收入合计")
    assert answer.status == "ok", answer.message
    assert "\"trade\" = 'Transportation'" in (answer.sql or "")


def test_a_second_word_naming_another_value_stands_for_nothing():
    # Given 'Wholesale and Retail' and 'Transportation' / When 批发和运输业 is asked
    # Then 运输业 is not swallowed as the second word of 'Wholesale and Retail'
    answer = ask(_revenue(), "2021年批发和运输业的收入合计")
    assert "= 'Wholesale and Retail'" not in (answer.sql or "")


def test_the_english_forms_of_a_word_closed_by_ye_are_the_words_before_it():
    # Given 运输业 "transportation industry" / When its forms are read / Then the suffix's word is left out
    forms = valuewords.forms("运输业")
    assert "transport" in forms and "industry" not in forms


def test_a_share_takes_the_part_said_before_zhan():
    # Given trade and region values / When A占B的比重 is asked / Then A is the part, B bounds the whole
    answer = ask(_revenue(), "2020年运输业收入占内陆地区收入的比重")
    sql = answer.sql or ""
    assert "CASE WHEN \"trade\" = 'Transportation'" in sql, sql
    assert "\"region\" = 'Inland'" in sql.split("FROM")[1]


def test_yue_jun_over_a_month_column_is_the_monthly_average():
    # Given monthly rows and a month column / When 月均 is asked before the measure, the region pinned
    answer = ask(_revenue(), "2020年沿海地区运输业的月均收入")
    # Then the monthly figures are averaged, not listed
    assert answer.status == "ok", answer.message
    assert 'AVG("revenue")' in (answer.sql or "") and "GROUP BY" not in (answer.sql or "")


def test_a_superlative_after_a_measure_totalled_ranks_the_groups_by_that_total():
    # Given revenue by region / When 收入总数最高 is asked of which region
    answer = ask(_revenue(), "哪个地区的收入总数最高")
    # Then the regions are ranked by the summed revenue, the first kept (no count of rows)
    sql = answer.sql or ""
    assert answer.status == "ok", answer.message
    assert 'GROUP BY "region"' in sql and 'SUM("revenue")' in sql and "LIMIT 1" in sql
    assert "COUNT" not in sql
