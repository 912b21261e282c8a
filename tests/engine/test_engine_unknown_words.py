"""A word not understood that resembles a value of a category column no filter reads is a condition the
answer would drop: the reading asks back and names that column's values (unknown_values.py)."""

from __future__ import annotations

from dataclasses import replace

from shared.ask.engines.rules.answer_doubts import answer_doubts
from shared.ask.engines.rules.intent import Filter, Having, Intent, Measure
from shared.semantic.schema import ForeignKey, Schema
from tests.engine.schemas import ask, profiled_table

MODES = ("WALK", "BIKE", "CAR")
STATES = ("On time", "Delayed (1-5 min)", "Delayed (6-30 min)", "Cancelled")
# (trip_id, mode, status, minutes)
TRIPS = [(i, MODES[i % 3], STATES[i % 4], 10 + i) for i in range(24)]


def _trips() -> Schema:
    cols = [("trip_id", "integer"), ("mode", "text"), ("status", "text"), ("minutes", "integer")]
    return Schema(tables=[profiled_table("trips", cols, TRIPS)])


def test_a_word_derived_from_a_category_value_asks_back_naming_the_values() -> None:
    # Given trips whose mode column holds WALK, BIKE and CAR
    schema = _trips()
    # When the average is asked of "walkers" (walk + er), which no filter reads
    a = ask(schema, "Average minutes of walkers")
    # Then the answer is not the average over every trip: it asks back, naming the mode values
    assert a.status == "clarify", a.sql
    assert "WALK" in (a.message or ""), a.message


def test_a_word_opening_a_stored_label_asks_back() -> None:
    # Given a status column whose labels open with "Delayed (…)"
    schema = _trips()
    # When trips are counted as "delayed", a word no filter reads
    a = ask(schema, "How many trips were delayed?")
    # Then the count of every trip is not given as the answer
    assert a.status == "clarify", a.sql
    assert "Delayed (1-5 min)" in (a.message or ""), a.message


def test_a_word_like_no_value_keeps_the_answer() -> None:
    # Given the same trips
    schema = _trips()
    # When the unknown word resembles no stored value ("travellers" of every trip)
    a = ask(schema, "Average minutes of travellers")
    # Then the answer stands
    assert a.status == "ok", a.message


def test_a_word_like_every_value_of_its_column_picks_nothing() -> None:
    # Given goods priced in yuan per box or per bottle (every unit says 元)
    rows = [(i, ("元/箱", "元/瓶")[i % 2], 5 + i) for i in range(10)]
    cols = [("good_id", "integer"), ("unit", "text"), ("price", "integer")]
    schema = Schema(tables=[profiled_table("goods", cols, rows)])
    # When the price is asked in yuan (元, said by every unit: it picks none of them)
    a = ask(schema, "Average price of goods in yuan")
    # Then the answer stands, over every good
    assert a.status == "ok", a.message
    assert "WHERE" not in (a.sql or ""), a.sql
    # And when the goods priced per bottle are asked, the unit is the value 元/瓶 ("per bottle"), filtered
    b = ask(schema, "Average price of goods priced per bottle")
    assert b.status == "clarify" or "元/瓶" in (b.sql or ""), b.sql


def _repairs() -> Schema:
    purposes = [(1, "paint"), (2, "roof"), (3, "floor")]
    repairs = [(i, 100 + i, 1 + i % 3) for i in range(30)]
    tables = {
        "用途": profiled_table("用途", [("用途编号", "integer"), ("用途名称", "text")], purposes),
        "repairs": profiled_table(
            "repairs", [("repair_id", "integer"), ("cost", "integer"), ("purpose_id", "integer")], repairs
        ),
    }
    tables["用途"].primary_key = ["用途编号"]
    tables["repairs"].primary_key = ["repair_id"]
    tables["repairs"].foreign_keys = [ForeignKey(["purpose_id"], "用途", ["用途编号"])]
    return Schema(tables=list(tables.values()))


def test_a_breakdown_said_after_a_measure_is_never_one_ungrouped_total() -> None:
    # Given repairs whose purpose is a table of its own
    schema = _repairs()
    # When the total cost is asked "by repair purpose", a grouping the reading does not place
    a = ask(schema, "Total repair cost by repair purpose")
    # Then one total over every repair is not given as the breakdown
    assert a.status == "clarify" or "GROUP BY" in (a.sql or ""), a.sql  # the breakdown, or asked back
    # and a breakdown the join places is answered
    b = ask(schema, "Total cost by purpose")
    assert b.status == "ok" and "GROUP BY" in (b.sql or ""), b.message


def test_a_latin_letter_in_chinese_text_is_a_code_no_column_holds() -> None:
    # Given tasks with hours and no column of class letters
    rows = [(i, 2 + i % 5) for i in range(12)]
    schema = Schema(tables=[profiled_table("任务", [("任务编号", "integer"), ("工时", "integer")], rows)])
    # When the tasks of class B are counted (B类任务)
    a = ask(schema, "B类任务有几个")
    # Then the count of every task is not the answer: the letter names a value no column holds
    assert a.status == "clarify", a.sql
    assert "B" in a.unknown_words, a.unknown_words


def test_a_long_chinese_subject_not_understood_before_you_have_asks_back() -> None:
    # Given orders with an amount and no column about who placed them
    rows = [(i, 10 + i) for i in range(12)]
    schema = Schema(tables=[profiled_table("订单", [("订单编号", "integer"), ("金额", "integer")], rows)])
    # When the orders of "retired buyers" (退休买家, not understood) are counted
    a = ask(schema, "退休买家有多少笔订单")
    # Then the count of every order is not the answer
    assert a.status == "clarify", a.sql


def _fruit() -> Schema:
    rows = [(i, ("apple", "pear", "plum")[i % 3], 2 + i) for i in range(15)]
    cols = [("sale_id", "integer"), ("fruit", "text"), ("price", "integer")]
    return Schema(tables=[profiled_table("fruit_sales", cols, rows)])


def test_a_thing_the_measure_is_of_that_no_value_names_asks_back() -> None:
    # Given fruit sales whose fruit column holds apple, pear and plum
    schema = _fruit()
    for question in ("What is the average price of wheat?", "Average price of the wheat"):
        # When the price of a thing the data does not hold is asked
        a = ask(schema, question)
        # Then the average over every sale is not the answer
        assert a.status == "clarify", (question, a.sql)


def test_the_people_a_measure_is_of_keep_the_answer() -> None:
    # Given the same sales
    schema = _fruit()
    # When the measure is "of" people (sellers: who the rows are about, not a condition)
    a = ask(schema, "What is the average price of sellers?")
    # Then the answer stands
    assert a.status == "ok", a.message


def test_a_doubled_character_noun_is_a_word_not_understood() -> None:
    # Given fruit sales (apple, pear, plum)
    schema = _fruit()
    # When a noun written as one character twice (可可, cocoa; 可 alone is the function word "can") is asked
    a = ask(schema, "可可的平均价格")
    # Then it is reported as a word not understood, not dropped as two function characters
    assert "可可" in a.unknown_words, a.unknown_words


def test_a_series_whose_time_column_one_value_pins_is_doubted() -> None:
    # Given a yearly series over month labels ('2019-01' …) read with an equality on one label
    pinned = Intent(
        table="sales",
        measures=[Measure(agg="sum", column="units")],
        time_grain="year",
        time_column="period",
        filters=[Filter("period", "=", ["2019-01"], "number"), Filter("period", ">=", ["2019"], "number")],
    )
    # When the final answer is checked
    found = answer_doubts("Total units in January of each year from 2019", pinned, None)
    # Then the one-period series is doubted; a year column pinned under a month grain is not
    assert "grain_pinned" in found
    parts = Intent(
        table="sales",
        measures=[Measure(agg="sum", column="units")],
        time_grain="month",
        time_column="year",
        filters=[Filter("year", "=", [2019], "number")],
    )
    assert "grain_pinned" not in answer_doubts("Units per month in 2019", parts, None)


def test_over_a_join_the_question_back_names_the_values_too() -> None:
    # Given trips (with a status column) in cities named in a table of their own
    cities = [(1, "Springfield"), (2, "Shelbyville")]
    trips = [(i, 1 + i % 2, STATES[i % 4], 10 + i) for i in range(24)]
    tables = {
        "cities": profiled_table("cities", [("city_id", "integer"), ("city_name", "text")], cities),
        "trips": profiled_table(
            "trips",
            [("trip_id", "integer"), ("city_id", "integer"), ("status", "text"), ("minutes", "integer")],
            trips,
        ),
    }
    tables["cities"].primary_key = ["city_id"]
    tables["trips"].primary_key = ["trip_id"]
    tables["trips"].foreign_keys = [ForeignKey(["city_id"], "cities", ["city_id"])]
    # When trips in a city are counted as "delayed", a word no filter reads
    a = ask(Schema(tables=list(tables.values())), "How many trips in Springfield were delayed?")
    # Then it asks back with the joined reading to confirm, naming the status values the word resembles
    assert a.status == "clarify", a.sql
    assert "JOIN" in (a.sql or ""), a.sql
    assert "Delayed (1-5 min)" in (a.message or ""), a.message


def test_an_average_compared_beyond_every_value_of_its_column_is_doubted() -> None:
    # Given trips of 10 to 33 minutes
    schema = _trips()
    # When the final reading keeps the modes whose average is above a number no trip reaches
    beyond = Intent(
        table="trips",
        measures=[Measure(agg="avg", column="minutes")],
        dimensions=["mode"],
        having=[Having(Measure(agg="avg", column="minutes"), ">", 1990)],
    )
    within = replace(beyond, having=[Having(Measure(agg="avg", column="minutes"), ">", 20)])
    trips = schema.table("trips")
    # Then the threshold is doubted (a year read as it keeps no group), a reachable one is not
    assert "filter_outside_range" in answer_doubts("Modes averaging over 1990", beyond, trips)
    assert "filter_outside_range" not in answer_doubts("Modes averaging over 20", within, trips)


def test_a_value_named_inside_a_longer_chinese_word_resembles_it() -> None:
    from shared.ask.engines.rules.unknown_values import resembles

    # Given causes stored in English, and Chinese words the dictionary lacks whole (冰雹类, 山崩事件)
    # When they are compared with the stored values
    # Then the dictionary words inside them say the value (冰雹 "hail", 山崩 "landslide"), and nothing else
    assert resembles("冰雹类", "Hail")
    assert resembles("山崩事件", "Landslide")
    assert not resembles("冰雹类", "Storm")
