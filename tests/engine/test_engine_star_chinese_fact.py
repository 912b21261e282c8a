"""Readings over a star whose fact has a Chinese name and whose dimensions are English (a calendar joined by
the date, a table of kinds), on a ship-inspection schema (tests/engine/ship_inspection_star.py)."""

from __future__ import annotations

from shared.ask.engines.rules.nameglosses import english_of_chinese_name
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.charvalues import first_noun_of_character
from tests.engine.schemas import ask, profiled_table
from tests.engine.ship_inspection_star import rows, ship_schema


def _ok(question: str):
    a = ask(ship_schema(), question)
    assert a.status == "ok", (question, a.status, a.sql, a.message)
    return a


def test_a_plain_count_over_a_dimension_counts_the_facts_things() -> None:
    # Given inspections referring to a calendar of their dates
    # When inspections are counted per weekday, said only by the weekday and the fact's verb
    a = _ok("按星期几看检验量")
    # Then the inspections are counted per weekday (not the calendar's days)
    assert "船舶检验" in (a.sql or "")
    assert rows(a.sql) == [("Monday", 1), ("Saturday", 6), ("Thursday", 1), ("Wednesday", 2)]


def test_a_count_of_the_dimensions_own_noun_stays_on_it() -> None:
    # Given the vessel types dimension; When its own rows are counted by its noun
    a = _ok("How many vessel types are there?")
    # Then the types are counted
    assert rows(a.sql) == [(5,)]


def test_the_facts_chinese_word_counted_after_it_names_its_rows() -> None:
    # Given the fact 船舶检验; When 船舶 is counted after it (…的船舶有多少艘) with a calendar filter
    a = _ok("周末检验的船舶有多少艘")
    # Then the inspections on weekends are counted, over the join
    assert rows(a.sql) == [(6,)]


def test_a_period_the_data_does_not_reach_is_asked_back() -> None:
    # Given inspections of 2021 only
    # When a year after the data is asked (the same question of 2021 is answered)
    assert _ok("2021年检验了多少次") is not None
    a = ask(ship_schema(), "2030年检验了多少次")
    # Then it is asked back rather than answered 0
    assert a.status == "clarify"


def test_a_month_span_said_with_one_year_at_its_end() -> None:
    # Given inspections from March to September 2021
    # When a span "from March to May 2021" is asked
    a = ask(ship_schema(), "How many ships were inspected from March to May 2021?")
    # Then the span runs from March 1 to the end of May (not March of every year and May 2021)
    assert "'2021-03-01'" in (a.sql or "") and "'2021-06-01'" in (a.sql or "")
    assert "month_name" not in (a.sql or "")


def test_an_unknown_chinese_word_right_before_a_value_asks_back() -> None:
    # Given 船种 values 油轮 / 货船
    # When an unknown word qualifies the value (双壳油轮), and when the value is said alone
    qualified = ask(ship_schema(), "双壳油轮有多少艘")
    plain = _ok("油轮有多少艘")
    # Then the qualified one is asked back, the plain one answered
    assert qualified.status == "clarify"
    assert rows(plain.sql) == [(5,)]


def test_an_english_superlative_not_understood_asks_back() -> None:
    # Given the calendar's weekdays; When "quietest" (no ranking the engine reads) is asked
    a = ask(ship_schema(), "Which weekday is the quietest?")
    # Then it is asked back, not answered with a list of weekdays
    assert a.status == "clarify"


def test_a_chinese_names_english_words() -> None:
    # Given Chinese table names made of dictionary words
    # Then their English words are each word's glosses, a verb's act noun included
    assert {"ship", "inspect", "inspection"} <= english_of_chinese_name("船舶检验")
    assert {"vehicle", "register", "registration"} <= english_of_chinese_name("车辆登记")
    assert english_of_chinese_name("orders") == frozenset()


def test_a_one_character_chinese_value_is_named_by_its_english_noun() -> None:
    # Given a column of animals, every value Chinese, some of one character
    animals = ["羊", "马", "马", "山羊", "猪"]
    schema = Schema(
        tables=[
            profiled_table(
                "牲畜",
                [("编号", "integer"), ("畜种", "text")],
                [(i + 1, a) for i, a in enumerate(animals)],
            )
        ]
    )
    # When horses are counted in English
    a = ask(schema, "How many horses are there?")
    # Then the value 马 filters; a level (高) or a code never gets a noun
    assert "'马'" in (a.sql or ""), (a.status, a.sql)
    assert first_noun_of_character("马", animals) == "horse"
    assert first_noun_of_character("高", ["高", "中", "低"]) is None
    assert first_noun_of_character("马", ["马", "Horse"]) is None


def test_a_code_before_a_ranking_with_its_own_number_is_not_dropped() -> None:
    # Given inspections by port; When a code-like number and a top-N number are both said
    a = ask(ship_schema(), "12345港口最多的两个船种")
    # Then the first number is not silently replaced by the second: asked back
    assert a.status == "clarify", a.sql


def test_a_difference_asked_and_listed_side_by_side_is_asked_back() -> None:
    # Given the difference check; When "how many more" is asked and the SQL subtracts nothing
    from shared.ask.engines.rules.differences import difference_unread

    listed = 'SELECT "year", COUNT(*) FROM t GROUP BY "year"'
    subtracted = "SELECT SUM(a = 1) - SUM(a = 2) FROM t"
    # Then it is doubted; a subtraction, or a question asking no difference, is not
    assert difference_unread("2021年比2020年多检验了多少艘", listed)
    assert difference_unread("How many more ships in 2021 than in 2020?", listed)
    assert not difference_unread("2021年比2020年多检验了多少艘", subtracted)
    assert not difference_unread("2021年检验了多少艘", listed)


def test_a_clause_not_understood_before_a_value_asks_back() -> None:
    # Given 船种 values 油轮 / 货船
    # When a clause not understood closes on 的 before the value (装过防污涂料的油轮)
    for question in ("装过防污涂料的油轮有多少艘", "打过双层船体认证的油轮有多少艘"):
        a = ask(ship_schema(), question)
        # Then the rows it picks are not silently all the value's rows
        assert a.status == "clarify", (question, a.sql)
