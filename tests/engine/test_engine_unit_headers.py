"""Chinese headers written <word>_<unit of measure> (咖啡因_毫克, 能量_千卡, 器械_千克), the amounts said in
those units, the rows' own noun over a table of named things, and the doubts that keep such readings
honest (fast_food round: vocabulary/units.py, derived.zh_header_aliases, measurecounts.py,
shareowner.py, thingnames.row_name_columns)."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from shared.semantic.vocabulary import bilingual
from shared.semantic.vocabulary.segment import lemma
from shared.semantic.vocabulary.units import column_unit
from tests.engine.schemas import ask, profiled_table


def workouts() -> Table:
    """A gym's classes: one row per class (课程, every name differs), a repeating coach, and amounts in
    units of measure after an underscore."""
    return profiled_table(
        "gym",
        [
            ("编号", "integer"),
            ("教练", "text"),
            ("课程", "text"),
            ("能量_千卡", "integer"),
            ("咖啡因_毫克", "integer"),
            ("器械_千克", "float"),
            ("拉伸能量_千卡", "integer"),
        ],
        [
            (1, "Anna", "Spin Blast", 620, 300, 2.0, 40),
            (2, "Anna", "Core Burn", 410, 150, 1.0, 60),
            (3, "Anna", "Row Power", 700, 450, 4.0, 20),
            (4, "Clarke", "Yoga Flow", 210, 0, 0.5, 120),
            (5, "Clarke", "Pilates Mat", 260, 50, 0.5, 90),
            (6, "Clarke", "Box Fit", 680, 500, 3.5, 30),
            (7, "Jean Luc", "Kettle Hour", 590, 350, 12.0, 25),
            (8, "Jean Luc", "Step Up", 380, 100, 1.5, 35),
        ],
    )


def gym() -> Schema:
    return Schema(tables=[workouts()])


def test_a_header_s_unit_after_an_underscore_is_its_unit():
    # Given Chinese headers whose last part is a unit of measure (or no unit)
    # Then the unit is read, lower case, and a header without one has none
    assert column_unit("咖啡因_毫克") == "毫克" and column_unit("器械_千克") == "千克"
    assert column_unit("体积_ML") == "ml" and column_unit("教练") is None and column_unit("备注_说明") is None


def test_a_header_is_named_by_its_word_without_the_unit_and_a_number_in_that_unit_compares_it():
    # Given 能量_千卡 / When the question says 能量 and 500千卡
    ans = ask(gym(), "能量超过500千卡的课程有多少个")
    # Then the header is compared in its unit, the classes counted as the rows (one class a row)
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert '"能量_千卡" > 500' in (ans.sql or "") and "COUNT(*)" in (ans.sql or ""), ans.sql


def test_a_weighed_substance_is_named_with_its_content_word():
    # Given 咖啡因_毫克 (a mass) / When the question says 咖啡因含量 and 300毫克
    ans = ask(gym(), "咖啡因含量超过300毫克的课程有几个")
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert '"咖啡因_毫克" > 300' in (ans.sql or ""), ans.sql


def test_a_number_in_another_unit_of_the_header_s_quantity_is_converted():
    # Given 器械_千克 (kilograms) / When 2000克 (grams) is compared with it
    ans = ask(gym(), "器械超过2000克的课程有几个")
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert '"器械_千克" > 2' in (ans.sql or ""), ans.sql


def test_calories_name_the_energy_header_and_not_a_kind_of_energy_alone():
    # Given 能量_千卡 and 拉伸能量_千卡 (a kind of energy) / When English says "calories"
    ans = ask(gym(), "What is the average calorie count?")
    # Then the plain energy column is averaged ("calorie count" is the calories, no row count)
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert 'AVG("能量_千卡")' in (ans.sql or "") and "COUNT" not in (ans.sql or ""), ans.sql
    assert "拉伸" not in (ans.sql or ""), ans.sql


def test_an_amount_in_a_unit_of_a_column_compares_that_column():
    # Given "more than 300 mg of caffeine" (咖啡因 glossed "caffeine")
    ans = ask(gym(), "How many entries have more than 300 mg of caffeine?")
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert '"咖啡因_毫克" > 300' in (ans.sql or ""), ans.sql


def test_calories_ies_lemma_where_lemminflect_lacks_the_word():
    # Given plurals in -ies whose singular ends in -ie (lemminflect guesses -y for words it lacks)
    # Then the dictionary's -ie noun wins; ordinary -ies plurals stay -y
    assert lemma("calories") == "calorie" and lemma("smoothies") == "smoothie"
    assert lemma("cities") == "city" and lemma("companies") == "company"


def test_the_rows_are_named_by_their_unique_text_column_before_a_row_number():
    # Given no column called a name, but 课程 (every value differs) and a row number 编号
    ans = ask(gym(), "Top 3 entries by calories")
    # Then the ranked rows are shown by 课程, not 编号
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert ans.sql is not None and ans.sql.startswith('SELECT "课程"'), ans.sql
    zh = ask(gym(), "能量最高的3个课程")
    assert zh.status == "ok" and '"课程"' in (zh.sql or "") and "LIMIT 3" in (zh.sql or ""), zh.sql


def test_a_value_before_the_rows_noun_of_a_top_n_picks_the_rows_ranked():
    # Given "Top 2 Anna entries by calories": Anna (a coach) before the rows' noun
    ans = ask(gym(), "Top 2 Anna entries by calories")
    # Then Anna's classes are ranked, not the coaches grouped
    assert ans.status == "ok", (ans.message, ans.confidence)
    sql = ans.sql or ""
    assert "\"教练\" = 'Anna'" in sql and "GROUP BY" not in sql and "LIMIT 2" in sql, sql


def test_the_owner_of_the_rows_is_the_whole_a_share_is_taken_of():
    # Given "Anna's entries" (the whole) and a compared number (the part)
    ans = ask(gym(), "What share of Anna's entries have more than 500 calories?")
    sql = ans.sql or ""
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert "\"教练\" = 'Anna'" in sql.split("WHERE")[-1] and 'CASE WHEN "能量_千卡" > 500' in sql, sql
    # And in Chinese: 安娜 is no stored spelling, so Clarke (克拉克, "Clark or Clarke") stands in
    zh = ask(gym(), "克拉克的课程里能量超过500千卡的占多少")
    assert zh.status == "ok", (zh.message, zh.confidence)
    assert "\"教练\" = 'Clarke'" in (zh.sql or "").split("WHERE")[-1], zh.sql


def test_a_name_written_two_ways_in_the_dictionary_is_either_spelling():
    # Given CC-CEDICT's 克拉克 "Clark or Clarke (name)"
    assert {"clark", "clarke"} <= set(bilingual.english_for("克拉克"))


def test_an_unread_name_spelt_with_a_stop_character_is_not_understood():
    # Given 维可钦 (no stored value, 可 inside a name spelt by sound)
    ans = ask(gym(), "维可钦的课程平均能量是多少")
    # Then the name is a word not understood and the engine asks back rather than average every class
    assert ans.status == "clarify", ans.sql
    assert "维可钦" in ans.unknown_words, ans.unknown_words


def test_a_bound_without_its_number_is_asked_back():
    # Given "above the average calorie count" (no subquery reading, "above" unread)
    ans = ask(gym(), "How many entries are above the average calorie count?")
    # Then the engine does not answer with the bound dropped
    assert ans.status == "clarify", ans.sql


def test_an_extreme_word_hyphened_to_a_column_s_noun_ranks_by_it():
    # Given "the 2 highest-calorie entries" (an adjective compound)
    ans = ask(gym(), "List the 2 highest-calorie entries")
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert 'ORDER BY "能量_千卡" DESC LIMIT 2' in (ans.sql or ""), ans.sql


def test_a_name_said_with_hyphens_where_the_data_writes_spaces_names_the_value():
    # Given the stored coach 'Jean Luc' / When the question writes Jean-Luc, in either language
    for question in ("How many entries does Jean-Luc have?", "Jean-Luc有几个课程"):
        ans = ask(gym(), question)
        assert ans.status == "ok", (question, ans.message, ans.confidence)
        assert "\"教练\" = 'Jean Luc'" in (ans.sql or ""), ans.sql


def test_a_possessive_before_chinese_text_is_the_name_itself():
    # Given Clarke's written right before Chinese characters
    ans = ask(gym(), "Clarke's课程一共有几个")
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert "\"教练\" = 'Clarke'" in (ans.sql or ""), ans.sql


def parts() -> Schema:
    """60 parts, their names all different but one ('Bolt 1' twice): unique enough to name the rows."""
    rows = [(i, f"Bolt {i}", 10 + i) for i in range(1, 60)] + [(60, "Bolt 1", 99)]
    return Schema(
        tables=[
            profiled_table("parts", [("编号", "integer"), ("零件", "text"), ("价格_元", "integer")], rows)
        ]
    )


def test_a_name_held_by_one_row_pins_that_row_though_a_few_other_names_repeat():
    # Given a name column unique but for one repeated name / When one part held once is asked about
    ans = ask(parts(), "零件Bolt 7的价格是多少")
    # Then its own value is read (no total, no ask-back for a listing)
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert ans.sql is not None and "SUM" not in ans.sql and "\"零件\" = 'Bolt 7'" in ans.sql, ans.sql


def test_how_many_of_their_things_counts_the_last_answer_s_rows():
    # Given the classes of one coach asked about / When "how many of their entries" follows
    first = ask(gym(), "Average calories of Anna's entries")
    assert first.status == "ok", (first.message, first.confidence)
    ans = ask(gym(), "How many of their entries are over 500 calories?", state=first.state)
    # Then the coach stays in the reading ("their" is hers)
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert "\"教练\" = 'Anna'" in (ans.sql or "") and '"能量_千卡" > 500' in (ans.sql or ""), ans.sql
