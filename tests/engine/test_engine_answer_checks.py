"""Doubts on the final answer (answer_checks.py): a filter no row can pass, a time grain said and one figure
answered, "when" answered with no time, a follow-up opened by "and" with nothing to follow. Each was a wrong
answer that looked right on real data (aus_accommodation's first sight); here on a schema of their own."""

from __future__ import annotations

from datetime import date, timedelta

from shared.ask.engines.rules.answer_doubts import answer_doubts
from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

START = date(2019, 3, 1)


def _kennels() -> Schema:
    columns = [("breed", "text"), ("weight_kg", "float"), ("litter", "integer"), ("born_on", "date")]
    rows = [
        (
            ["Collie", "Beagle", "Boxer"][i % 3],
            8.0 + (i % 30),
            1 + i % 9,
            (START + timedelta(days=5 * i)).isoformat(),
        )
        for i in range(150)
    ]
    return Schema(tables=[profiled_table("dogs", columns, rows)])


def test_a_number_beyond_every_value_of_its_column_is_doubted():
    # Given dog weights of 8..37 kg
    table = _kennels().table("dogs")

    def doubts(op: str, value: float) -> list[str]:
        intent = Intent(table="dogs", measures=[Measure("count")], filters=[Filter("weight_kg", op, [value])])
        return answer_doubts("how many dogs", intent, table)

    # When a year lands on the weight, or a threshold lies above every weight
    # Then the filter keeps no row: doubted (the words were not read as meant)
    assert doubts("=", 2019) == ["filter_outside_range"]
    assert doubts(">", 40000) == ["filter_outside_range"]
    assert doubts("<", 2) == ["filter_outside_range"]
    # but a threshold inside the weights is read as asked
    assert doubts(">", 20) == []
    assert doubts("<", 40) == []


def test_a_time_grain_said_and_one_figure_answered_is_doubted():
    # Given dogs with a birth date
    table = _kennels().table("dogs")
    one = Intent(table="dogs", measures=[Measure("avg", "weight_kg")])
    monthly = Intent(
        table="dogs", measures=[Measure("avg", "weight_kg")], time_grain="month", time_column="born_on"
    )
    # When "per month" / 每季度 is asked and one average over all dogs answers it
    # Then the grain was lost: doubted; answered per month, it is not
    assert "grain_unread" in answer_doubts("Beagles' average weight per month", one, table)
    assert "grain_unread" in answer_doubts("每季度的平均体重", one, table)
    assert "grain_unread" not in answer_doubts("Beagles' average weight per month", monthly, table)
    assert "grain_unread" not in answer_doubts("average weight per dog", one, table)


def test_when_answered_with_no_time_is_doubted():
    # Given dogs with a birth date
    table = _kennels().table("dogs")
    heaviest = Intent(table="dogs", measures=[Measure("max", "weight_kg")])
    dated = Intent(table="dogs", columns=["born_on", "weight_kg"], limit=1)
    # When "when" is asked and only the weight answers it / and when the date is shown
    # Then the first is doubted, the second is not
    assert "when_untimed" in answer_doubts(
        "When was the heaviest Boxer born, and what did it weigh?", heaviest, table
    )
    assert "when_untimed" in answer_doubts("最重的狗是什么时候出生的", heaviest, table)
    assert "when_untimed" not in answer_doubts("When was the heaviest Boxer born?", dated, table)


def test_a_followup_opened_by_and_with_nothing_before_asks_back():
    # Given dogs, and no previous answer in the conversation
    schema = _kennels()
    # When the question edits one ("and the weight?")
    answer = ask(schema, "and the weight?")
    # Then it asks back instead of listing every weight
    assert answer.status == "clarify", answer.sql


def test_a_part_of_the_year_ranked_over_a_column_of_many_periods_is_doubted():
    # Given visits logged per period as text ("2019-03", 36 of them) and per season (4 values)
    columns = [("period", "text"), ("season", "text"), ("visitors", "integer")]
    rows = [
        (f"{2019 + i // 12}-{i % 12 + 1:02d}", ["spring", "summer", "autumn", "winter"][i % 4], 100 + i)
        for i in range(36)
    ]
    table = profiled_table("visits", columns, rows)

    def ranked(dimension: str) -> Intent:
        return Intent(table="visits", dimensions=[dimension], measures=[Measure("avg", "visitors")], limit=1)

    # When the month of the year with the most visitors is asked and one of 36 periods answers it
    # Then it is doubted (one period of one year, not a month of every year); grouped by a 4-value column, not
    assert "season_unread" in answer_doubts(
        "Which month of the year has the most visitors?", ranked("period"), table
    )
    assert "season_unread" in answer_doubts("一年里哪个月的平均访客最多", ranked("period"), table)
    assert "season_unread" not in answer_doubts(
        "Which quarter of the year has the most visitors?", ranked("season"), table
    )
    assert "season_unread" not in answer_doubts(
        "Which period has the most visitors?", ranked("period"), table
    )


def test_a_grain_that_is_the_measured_columns_own_word_is_no_grain():
    # Given a weekly score column / When its average is asked as 每周得分 (the weekly score)
    table = profiled_table(
        "shows", [("title", "text"), ("weekly_score", "integer")], [(f"s{i}", i) for i in range(20)]
    )
    one = Intent(table="shows", measures=[Measure("avg", "weekly_score")])
    # Then one average answers it: the grain word is the column's own, not a grouping
    assert "grain_unread" not in answer_doubts("节目的平均每周得分是多少", one, table)


def test_an_average_said_as_a_verb_and_not_in_the_answer_is_doubted():
    # Given dogs / When "averaged over 20 kg" is answered by the dogs over 20 kg, and by an average
    table = _kennels().table("dogs")
    rows = Intent(table="dogs", columns=["breed"], distinct=True, filters=[Filter("weight_kg", ">", [20])])
    averaged = Intent(table="dogs", dimensions=["breed"], measures=[Measure("avg", "weight_kg")])
    # Then the first is doubted, the second not
    assert "aggregate_verb_unread" in answer_doubts("Which breeds averaged over 20 kg?", rows, table)
    assert "aggregate_verb_unread" not in answer_doubts("Which breeds averaged over 20 kg?", averaged, table)


def test_rows_counted_and_ranked_over_a_balanced_panel_are_doubted():
    # Given a panel: every shop has one row per week (as many rows each)
    columns = [("shop", "text"), ("week", "integer"), ("sales", "integer")]
    table = profiled_table(
        "sales", columns, [(s, w, 10 * w + i) for i, s in enumerate("ABCD") for w in range(1, 13)]
    )
    counted = Intent(
        table="sales", dimensions=["shop"], measures=[Measure("count")], order=[("measure", 0, True)], limit=2
    )
    # When the shops are ranked by their number of rows / Then the ranking is of ties: doubted
    assert "count_ranks_balanced" in answer_doubts("Which two shops earned the most?", counted, table)
    # but over an unbalanced column the count ranks something
    uneven = profiled_table(
        "sales", columns, [(s, w, w) for i, s in enumerate("ABCD") for w in range(1, 4 + 3 * i)]
    )
    assert "count_ranks_balanced" not in answer_doubts("Which two shops have the most rows?", counted, uneven)


def test_a_followup_opened_by_and_edits_the_previous_question():
    # Given an answer about Beagles / When "and the litter?" follows
    schema = _kennels()
    first = ask(schema, "Average weight of Beagles")
    second = ask(schema, "and the litter?", state=first.state)
    # Then the Beagles are still the subject (the follow-up edits, it does not start over)
    assert first.status == "ok", first.message
    assert second.sql is not None and "Beagle" in second.sql, second.sql


def test_a_word_that_only_starts_with_a_grain_is_no_grain():
    # Given people with an age / When names are listed ordered by age (按年龄)
    table = profiled_table(
        "people", [("name", "text"), ("age", "integer")], [(f"p{i}", 20 + i) for i in range(12)]
    )
    listed = Intent(table="people", columns=["name"], order=[("column", "age", False)])
    # Then 按年龄 is no yearly grain
    assert "grain_unread" not in answer_doubts("按年龄升序排列员工的名字", listed, table)
