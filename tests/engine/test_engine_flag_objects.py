"""A yes/no header that is a verb and its object (是否收到退款) named by the object alone, in both languages,
and the readings around it (job round: vocabulary/flagheaders.py, keynouns.agent_aliases, valuenames
people words, parse_unknown words not understood beside a count or a value)."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.flagheaders import compound_english, flag_object_names, table_flag_objects
from shared.semantic.vocabulary.segment import normalise
from shared.semantic.vocabulary.valuenames import _people_words
from tests.engine.schemas import ask, profiled_table

COLUMNS = [
    ("报名编号", "integer"),
    ("城市", "text"),
    ("职务", "text"),
    ("人群", "text"),
    ("是否收到退款", "text"),
    ("年龄", "integer"),
]
ROWS = [
    (1, "北京", "经理", "富人", "是", 34),
    (2, "北京", "主管", "穷人", "否", 41),
    (3, "上海", "经理", "穷人", "否", 29),
    (4, "上海", "主管", "富人", "是", 52),
    (5, "北京", "经理", "穷人", "否", 38),
    (6, "上海", "经理", "富人", "否", 45),
    (7, "北京", "主管", "富人", "是", 31),
    (8, "上海", "主管", "穷人", "否", 27),
]


def registrations() -> Schema:
    return Schema(tables=[profiled_table("registrations", COLUMNS, ROWS)])


def test_a_verb_and_object_flag_is_named_by_its_object():
    # Given 是否收到退款 ("received a refund") / When naming it
    obj, alone, with_verb = flag_object_names("是否收到退款")
    # Then the object names it in Chinese and English, and the verb's gloss with the object in English
    assert obj == "退款" and alone["退 款"] > 0.8 and "refund" in alone
    assert "receive refund" in with_verb


def test_an_object_another_header_ends_on_names_neither():
    # Given 从军经历 and 志愿者经历, sharing 经历 / When naming the flags of the table
    found = table_flag_objects(["从军经历", "志愿者经历"])
    # Then 经历 ("experience") names neither
    assert all("经 历" not in keys and "experience" not in keys for keys in found.values())


def test_a_phrasal_gloss_is_also_written_closed():
    # Given 回电 "to call sb back" / When naming 是否收到回电
    _, alone, _ = flag_object_names("是否收到回电")
    # Then "call back" and "callback" both name it, the placeholder left out
    assert "call back" in alone and "callback" in alone


def test_a_half_glossed_in_phrases_only_is_no_unglossed_half():
    # Given 收到回电, whose 回电 the dictionary glosses in phrases only / When joining the halves' glosses
    # Then the flag is not named by its verb alone ("receive")
    assert "receive" not in compound_english("收到回电")


def test_the_objects_rate_and_count_read_the_flag():
    # Given registrations with 是否收到退款 / When asking its rate and count in both languages
    zh = ask(registrations(), "各城市的退款率")
    en = ask(registrations(), "How many refunds in each city?")
    # Then the rate is the share of flagged rows per city, the count counts the flagged rows per city
    assert (
        zh.status == "ok"
        and "AVG(CASE WHEN \"是否收到退款\" = '是'" in zh.sql
        and 'GROUP BY "城市"' in zh.sql
    )
    assert en.status == "ok" and "\"是否收到退款\" = '是'" in en.sql and 'GROUP BY "城市"' in en.sql


def test_a_count_of_a_noun_not_understood_before_a_preposition_asks_back():
    # Given no column of widgets / When asking how many widgets each city got
    ans = ask(registrations(), "How many widgets did each city get?")
    also = ask(registrations(), "Number of widgets in each city")
    # Then the rows are not counted as widgets: the engine asks back
    assert ans.status == "clarify" and also.status == "clarify"


def test_break_down_x_by_y_groups_by_y_only():
    # Given the refund flag / When breaking its rate down by city
    ans = ask(registrations(), "Break down the refund rate by city")
    # Then the groups are the cities, not the flag's two states
    assert ans.status == "ok" and 'GROUP BY "城市"' in ans.sql and 'GROUP BY "是否收到退款"' not in ans.sql


def test_a_later_dictionary_sense_gives_way_to_a_first_one():
    # Given 经理 ("manager") and 主管 ("in charge; ...; manager") / When asking about managers
    ans = ask(registrations(), "How many managers are in Beijing?")
    # Then 经理 is read, not both
    assert ans.status == "ok" and "\"职务\" = '经理'" in ans.sql


def test_people_of_a_kind_are_named_by_the_kind():
    # Given 富人 "rich person" and 穷人 "poor people" / When naming them / Then rich and poor name them
    assert _people_words("富人") == ["rich"] and _people_words("穷人") == ["poor"]
    ans = ask(registrations(), "How many rich registrants got a refund?")
    assert ans.status == "ok" and "\"人群\" = '富人'" in ans.sql


def test_an_adjective_not_understood_before_a_value_asks_back():
    # Given no column of colours / When asking about purple managers
    ans = ask(registrations(), "How many refunds did purple managers get?")
    # Then the answer would keep every manager: the engine asks back
    assert ans.status == "clarify"


def test_the_one_who_acts_names_the_rows_of_an_act():
    # Given a table of registrations / When counting registrants
    ans = ask(registrations(), "How many registrants are there in Shanghai?")
    # Then the rows are counted
    assert ans.status == "ok" and "COUNT(*)" in ans.sql and "'上海'" in ans.sql


def test_a_count_verb_and_a_count_suffix_ask_one_count():
    # Given 统计 and 退款数 / When asking by city
    ans = ask(registrations(), "按城市统计退款数")
    # Then one count is asked: the refunds of each city, a city with none counted 0 (no WHERE drops it)
    assert (
        ans.status == "ok" and ans.sql.count("SUM(CASE WHEN \"是否收到退款\" = '是' THEN 1 ELSE 0 END)") == 1
    )
    assert "WHERE" not in ans.sql and "COUNT(*)" not in ans.sql


def test_accented_latin_letters_read_plain():
    # Given résumé written with accents / When normalising / Then it reads as resume
    assert normalise("Résumés sent to São Paulo") == "resumes sent to sao paulo"


def test_which_values_of_a_repeating_column_are_listed_once_under_the_rows_noun():
    # Given first names repeating over registrations / When asking which names rich registrants have
    rows = [
        (1, "Ann", "富人"),
        (2, "Bob", "富人"),
        (3, "Ann", "穷人"),
        (4, "Bob", "富人"),
        (5, "Ann", "富人"),
    ]
    names = Schema(
        tables=[
            profiled_table("registrations", [("编号", "integer"), ("名字", "text"), ("人群", "text")], rows)
        ]
    )
    ans = ask(names, "富人报名者有哪些名字")
    # Then each name is listed once
    assert ans.status == "ok" and 'DISTINCT "名字"' in ans.sql


def test_years_of_experience_name_the_years_worked():
    # Given staff with 工作年限 / When asking the average years of experience in English
    staff = Schema(
        tables=[
            profiled_table(
                "staff",
                [("工号", "integer"), ("部门", "text"), ("工作年限", "integer")],
                [(1, "财务", 3), (2, "财务", 12), (3, "技术", 7), (4, "技术", 1)],
            )
        ]
    )
    ans = ask(staff, "Average years of experience by department")
    # Then the years worked are averaged per department
    assert ans.status == "ok" and 'AVG("工作年限")' in ans.sql


def test_a_long_header_is_named_by_its_dictionary_words_joined():
    # Given 有机蔬菜供应商, no dictionary word whole / When naming it in English
    # Then its three dictionary words' glosses, in order, name it
    assert "organic vegetable supplier" in compound_english("有机蔬菜供应商", True)


def test_the_flags_verb_beside_its_object_is_understood_and_counts():
    # Given 是否收到退款 / When asking, in Chinese, how many refunds Beijing received
    ans = ask(registrations(), "北京一共收到多少退款")
    # Then 收到 is the flag's own verb, 多少 counts the flagged rows
    assert ans.status == "ok" and not ans.unknown_words
    assert "COUNT(*)" in ans.sql and "\"是否收到退款\" = '是'" in ans.sql and "'北京'" in ans.sql


def test_a_header_opening_on_the_rows_noun_is_named_by_the_rest():
    # Given tickets keyed by 工单编号 and a 工单质量 column / When asking about high-quality tickets (zh)
    tickets = Schema(
        tables=[
            profiled_table(
                "tickets",
                [("工单编号", "integer"), ("工单质量", "text"), ("城市", "text")],
                [(1, "高", "北京"), (2, "低", "北京"), (3, "高", "上海"), (4, "低", "上海")],
            )
        ]
    )
    ans = ask(tickets, "北京的高质量工单有几个")
    # Then 质量 names 工单质量, 高 its value: no word is left not understood
    assert ans.status == "ok" and "\"工单质量\" = '高'" in ans.sql and not ans.unknown_words


def test_a_value_glossed_with_its_columns_noun_is_named_by_the_modifier():
    # Given a 行业 ("industry") column holding 制造业 ("manufacturing industry") / When asking in English
    firms = Schema(
        tables=[
            profiled_table(
                "firms",
                [("公司编号", "integer"), ("行业", "text"), ("员工数", "integer")],
                [(1, "制造业", 120), (2, "旅游业", 40), (3, "制造业", 300), (4, "旅游业", 15)],
            )
        ]
    )
    ans = ask(firms, "How many manufacturing firms are there?")
    # Then manufacturing alone names 制造业
    assert ans.status == "ok" and "\"行业\" = '制造业'" in ans.sql


def test_every_value_of_a_column_under_a_rate_is_asked_apart():
    # Given 人群 holding 富人 and 穷人 / When asking the refund rate for the rich and the poor
    ans = ask(registrations(), "富人和穷人的退款率")
    # Then one rate per value, not the pooled rate under a filter that excludes nothing
    assert ans.status == "ok" and 'GROUP BY "人群"' in ans.sql and "WHERE" not in ans.sql


def test_a_one_character_value_after_a_degree_word_is_a_comparison():
    # Given 职务 values and a 质量-like level column holding 高 / 低 / When asking which city is 更高
    levels = Schema(
        tables=[
            profiled_table(
                "shops",
                [("店铺编号", "integer"), ("城市", "text"), ("评级", "text"), ("销售额", "float")],
                [
                    (1, "北京", "高", 10.0),
                    (2, "上海", "低", 20.0),
                    (3, "北京", "低", 5.0),
                    (4, "上海", "高", 7.0),
                ],
            )
        ]
    )
    ans = ask(levels, "北京和上海哪个城市的平均销售额更高")
    # Then 高 is not read as the rating 高
    assert "\"评级\" = '高'" not in (ans.sql or "")
