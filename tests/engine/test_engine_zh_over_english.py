"""Chinese questions whose words reach a column only in part: a decade said after a column's words
(按建造年代) is not the column's years, ..."""

from __future__ import annotations

from shared.ask.engines.rules.answer_doubts import calendar_part_measured
from shared.ask.engines.rules.intent import Intent, Measure
from shared.semantic.schema import Schema
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
    reading = Intent(table="loans", measures=[Measure(agg="avg", column="year_granted")], dimensions=["branch"])
    # When the question reached it through its verb only (granted), the year never said
    # Then the reading is doubted
    assert calendar_part_measured("Which branch is granted the most on average?", reading)
    # And not when the year is said, in either language
    assert not calendar_part_measured("average year granted per branch", reading)
    assert not calendar_part_measured("各branch的平均发放年份", reading)
