"""Chinese questions whose words reach a column only in part: a decade said after a column's words
(按建造年代) is not the column's years, ..."""

from __future__ import annotations

from shared.ask.engines.rules.answer_doubts import calendar_part_measured
from shared.ask.engines.rules.intent import Intent, Measure
from shared.ask.engines.rules.joins_mentions import items_of
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.bilingual import chinese_for
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, profiled_table

SHIPS = Schema(
    tables=[
        profiled_table(
            "ships",
            [("ship_id", "int"), ("建造年份", "int"), ("吨位", "float")],
            [(i, 1950 + (i * 7) % 60, float(1000 + i * 13 % 500)) for i in range(1, 80)],
        )
    ]
)


def test_a_decade_said_after_a_year_columns_words_is_not_the_years():
    # Given a year column named 建造年份
    # When the rows are asked by 建造年代 (the decade of building)
    ans = ask(SHIPS, "按建造年代看平均吨位")
    # Then no grouping by each year comes back as the answer
    sql = ans.sql or ""
    assert ans.status == "clarify" or "/ 10" in sql or "/10" in sql, (ans.status, sql)
    # And by each year is still answered
    assert ask(SHIPS, "按建造年份看平均吨位").status == "ok"


def test_a_year_column_reached_by_a_verb_is_no_amount_to_average():
    # Given a reading averaging a year column (year_granted) that dates the rows
    reading = Intent(
        table="loans", measures=[Measure(agg="avg", column="year_granted")], dimensions=["branch"]
    )
    # When the question reached it through its verb only (granted), the year never said
    # Then the reading is doubted
    assert calendar_part_measured("Which branch is granted the most on average?", reading)
    # And not when the year is said, in either language
    assert not calendar_part_measured("average year granted per branch", reading)
    assert not calendar_part_measured("各branch的平均发放年份", reading)


BOATS = Schema(
    tables=[
        profiled_table(
            "boats",
            [
                ("boat_id", "int"),
                ("dock", "text"),
                ("year_sold", "int"),
                ("month_sold", "int"),
                ("price", "float"),
            ],
            [
                (i, ("red", "blue", "green")[i % 3], 2010 + i % 8, 1 + i % 12, float(9 + i * 7 % 30))
                for i in range(1, 120)
            ],
        )
    ]
)


def test_a_one_character_verb_reaches_the_column_its_english_verb_names():
    # Given a year column named by a verb (year_sold: sell), CC-CEDICT's 卖 "to sell / to betray / ..."
    # When the one-character verb is said (每年卖了多少条)
    items = items_of("每年卖了多少条", index_for(BOATS))
    # Then it links the columns its English verb names
    sold = [it for it in items if it.text == "卖"]
    assert sold and {lk.column for lk in sold[0].links} == {"year_sold", "month_sold"}
    # And a character of two readings is not read by its verb sense (中: China / to hit)
    assert "中" not in chinese_for("hit")


MACHINES = Schema(
    tables=[
        profiled_table(
            "faults",
            [("fault_id", "int"), ("machine_type", "text"), ("downtime_min", "float")],
            [(i, ("lathe", "press", "mill")[i % 3], float(5 + i % 40)) for i in range(1, 60)],
        )
    ]
)


def test_two_characters_no_dictionary_word_join_to_a_columns_name():
    # Given a column machine_type, and 机型 a word CC-CEDICT does not hold
    # When the question says 机型 (机 "machine" + 型 "type")
    items = items_of("每种机型的平均downtime", index_for(MACHINES))
    # Then the two characters name the column together
    said = [it for it in items if it.text.replace(" ", "") == "机型"]
    assert said and {lk.column for lk in said[0].links} == {"machine_type"}
