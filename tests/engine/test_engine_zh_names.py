"""Chinese names of English-named data (issue 10, "zhen" round): proper names whose CC-CEDICT sense carries
a note ("Nevada, US state"), names longer than four characters, states shortened to their first character and
州, a verb's -ings noun, a gloss of a value and its column; and the readings those links exposed."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from shared.semantic.vocabulary import bilingual
from tests.engine.schemas import ask, profiled_table


def regions() -> Table:
    return profiled_table(
        "stays",
        [("Region", "text"), ("Season", "text"), ("Bookings", "integer"), ("Industry", "text")],
        [
            ("Nevada", "2020 Q1", 120, "Tourism"),
            ("Minnesota", "2020 Q1", 80, "Farming"),
            ("Arizona", "2020 Q1", 95, "Tourism"),
            ("Nevada", "2020 Q2", 140, "Farming"),
            ("Minnesota", "2020 Q2", 70, "Tourism"),
            ("Arizona", "2020 Q2", 60, "Farming"),
        ],
    )


def test_a_proper_name_sense_with_a_note_is_the_name():
    # Given CC-CEDICT's "Nevada, US state" for 内华达 and a five-character entry (明尼苏达州)
    # Then both read as the names, not as descriptions too long to translate
    assert bilingual.english_for("内华达") == ("nevada",)
    assert "minnesota" in bilingual.english_for("明尼苏达州")


def test_a_value_named_by_its_transliteration_is_filtered():
    # Given a stored value 'Nevada' / When asked with its Chinese name
    ans = ask(Schema(tables=[regions()]), "内华达的预订总数是多少")
    # Then the value filters the rows
    assert ans.status == "ok", ans.message
    assert "\"Region\" = 'Nevada'" in (ans.sql or ""), ans.sql


def test_a_state_shortened_to_its_first_character_names_the_value():
    # Given 'Arizona', which the dictionary writes 亚利桑那州 / When asked with 亚州
    ans = ask(Schema(tables=[regions()]), "亚州的预订总数是多少")
    # Then 亚州 is Arizona, as 得州 is Texas
    assert ans.status == "ok", ans.message
    assert "\"Region\" = 'Arizona'" in (ans.sql or ""), ans.sql


def test_a_verb_names_the_column_of_its_ings_noun():
    # Given a Bookings column and 预订 ("to book ahead"), a verb
    ans = ask(Schema(tables=[regions()]), "各地区的预订总和")
    # Then 预订 names Bookings (what is booked)
    assert ans.status == "ok", ans.message
    assert 'SUM("Bookings")' in (ans.sql or ""), ans.sql


def test_a_gloss_of_a_value_and_its_column_names_the_value():
    # Given Industry values and 旅游业 ("tourism industry"): 'Tourism' of the column the head word names
    ans = ask(Schema(tables=[regions()]), "旅游业的预订总和是多少")
    # Then the value filters, rather than the column being guessed
    assert ans.status == "ok", ans.message
    assert "\"Industry\" = 'Tourism'" in (ans.sql or ""), ans.sql


def test_a_count_of_a_noun_no_clause_read_is_asked_back():
    # Given a question counting 间储藏室 (storerooms), which the data does not hold
    ans = ask(Schema(tables=[regions()]), "内华达一共有多少间储藏室")
    # Then it is asked back, not answered by a count of the rows
    assert ans.status == "clarify", ans.sql


def parks() -> Table:
    """A panel: every park once a month (Park x Month), members counted per row."""
    rows = [
        (park, month, members)
        for park, base in (("Yosemite", 300), ("Zion", 200), ("Acadia", 100))
        for month, members in (("2021-01", base), ("2021-02", base + 10), ("2021-03", base + 25))
    ]
    return profiled_table("visits", [("Park", "text"), ("Month", "text"), ("Members", "integer")], rows)


def test_a_headcount_word_after_a_measure_ranks_the_measure():
    # Given a Members column and 会员人数 (members + the number of people) before 最少
    ans = ask(Schema(tables=[parks()]), "2021年2月会员人数最少的是哪个公园")
    # Then the parks are ranked by their members, not by how many rows each has
    assert ans.status == "ok", ans.message
    assert '"Members"' in (ans.sql or "") and "COUNT(*)" not in (ans.sql or ""), ans.sql


def test_a_headcount_word_before_a_top_n_ranks_the_measure():
    ans = ask(Schema(tables=[parks()]), "2021年平均会员人数排前两名的公园")
    assert ans.status == "ok", ans.message
    assert 'AVG("Members")' in (ans.sql or "") and "LIMIT 2" in (ans.sql or ""), ans.sql


def test_one_member_of_a_panel_in_one_period_is_one_row():
    # Given one row per park and month / When one park's figure in one month is asked with 是多少
    ans = ask(Schema(tables=[parks()]), "Zion 2021年3月的会员人数是多少")
    # Then that row's value answers it (no count or total asked of one row)
    assert ans.status == "ok", ans.message
    assert "\"Park\" = 'Zion'" in (ans.sql or "") and "SUM(" not in (ans.sql or ""), ans.sql


def test_the_lowest_and_highest_values_need_both_ends():
    # Given 最低值和最高值 (both ends, each with 值) / Then a reading without MIN and MAX is asked back
    ans = ask(Schema(tables=[parks()]), "Zion每月会员人数的最低值和最高值")
    assert ans.status == "clarify" or ("MIN(" in (ans.sql or "") and "MAX(" in (ans.sql or "")), ans.sql


def deposits() -> Table:
    return profiled_table(
        "deposits",
        [("Tier", "text"), ("Interest_Rate", "float"), ("Balance", "integer")],
        [("A", 3.5, 100), ("B", 4.0, 200), ("A", 3.0, 300), ("C", 5.5, 400)],
    )


def test_a_plural_gloss_ending_in_a_grammar_character_names_the_column():
    # Given interest_rate and 利率, glossed "interest rates" (plural), its 率 also the grammar's rate word
    ans = ask(Schema(tables=[deposits()]), "平均利率是多少")
    # Then the whole gloss names the column
    assert ans.status == "ok", ans.message
    assert 'AVG("Interest_Rate")' in (ans.sql or ""), ans.sql


def test_a_lone_capital_letter_in_a_chinese_question_is_a_code_not_understood():
    # Given a code written before a classifier the data does not hold as a column noun (B档)
    ans = ask(Schema(tables=[deposits()]), "B档存款的平均利率是多少")
    # Then the letter is no English article: unread, the question is asked back
    assert ans.status == "clarify", ans.sql
    assert "b" in [w.lower() for w in ans.unknown_words], ans.unknown_words
