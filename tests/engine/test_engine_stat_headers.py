"""English over Chinese headers that end on a statistic word (房屋价格中位数 "median house price"), event
verbs that say nothing of the columns (happened, took place), and numbers grouped in thousands."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.segment import normalise
from shared.semantic.vocabulary.statheaders import statistic_english
from tests.engine.schemas import ask, profiled_table

TOWN_COLUMNS = [
    ("城镇名称", "text"),
    ("房屋价格中位数", "integer"),
    ("租金中位数", "integer"),
    ("人口", "integer"),
]
TOWN_ROWS = [
    ("Ashby", 310000, 1200, 5000),
    ("Brook", 180000, 900, 12000),
    ("Carrow", 450000, 1800, 3000),
    ("Dale", 220000, 1000, 8000),
]
SALE_COLUMNS = [("sale_id", "integer"), ("town", "text"), ("kind", "text"), ("amount", "float")]
SALE_ROWS = [
    (i, ("Ashby", "Brook", "Carrow", "Dale")[i % 4], ("new", "resale")[i % 2], 100.0 + i) for i in range(40)
]


def towns() -> Schema:
    return Schema(tables=[profiled_table("城镇", TOWN_COLUMNS, TOWN_ROWS)])


def test_a_header_ending_on_a_statistic_is_named_with_the_statistic_first():
    # Given a header 房屋价格中位数 (house price + median)
    # Then English names it with the statistic first or last
    names = statistic_english("房屋价格中位数")
    assert "median house price" in names and "house price median" in names
    # And a question word for the statistic (占多少) is no header's ending
    assert statistic_english("价格占多少") == {}


def test_the_median_said_first_names_the_column_not_an_aggregate():
    # When the average of the median house price is asked
    answer = ask(towns(), "What is the average median house price?")
    # Then the column is averaged (no median of it asked back)
    assert answer.status == "ok", answer.message
    assert 'AVG("房屋价格中位数")' in (answer.sql or "")


def test_event_verbs_say_nothing_of_the_columns():
    # Given sales rows / When counted with "happened" or "took place"
    schema = Schema(tables=[profiled_table("sales", SALE_COLUMNS, SALE_ROWS)])
    for question in ("How many sales happened in Brook?", "How many sales took place in Brook?"):
        answer = ask(schema, question)
        # Then the verb is no word left unread
        assert answer.status == "ok", answer.message
        assert "\"town\" = 'Brook'" in (answer.sql or "")


def test_a_number_grouped_in_thousands_is_no_year():
    # Given "at least 2,000" / Then it is the amount 2000, no year
    assert normalise("at least 2,000 sales") == "at least 2000.0 sales"
    schema = Schema(tables=[profiled_table("sales", SALE_COLUMNS, SALE_ROWS)])
    answer = ask(schema, "Which towns had more than 1,000 sales?")
    assert "> 1000" in (answer.sql or "") and "1000.0" not in (answer.sql or "")
