"""Things counted over rows that are repeated readings of them (entitycounts.py): comets sighted many times,
river gauges read many times. "Which year had the most comets" counts the comets (distinct names), not the
sightings; rows asked outright (observations, 记录) stay rows.

Schemas of their own: comet sightings (English headers), river gauge readings (Chinese headers).
"""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

COMETS = ["Halley", "Encke", "Biela", "Tuttle", "Swift"]


def _sightings() -> Schema:
    rows = [
        (COMETS[(i * 7 + k) % 5], f"{2000 + i % 6}-0{1 + k % 9}-1{k % 9}", ("faint", "bright")[(i + k) % 2])
        for i in range(30)
        for k in range(4)
    ]
    columns = [("comet", "text"), ("sighted", "date"), ("visibility", "text")]
    return Schema(tables=[profiled_table("comets", columns, rows)])


def _gauges() -> Schema:
    rivers = ["Avon", "Severn", "Trent", "Wye", "Tees", "Ouse"]
    rows = [
        (rivers[(i * 5 + k) % 6], f"{2010 + i % 5}-0{1 + k}-01 06:00", 2010 + i % 5, 1.5 + (i * k) % 7)
        for i in range(25)
        for k in range(5)
    ]
    columns = [("河流名称", "text"), ("测量时间", "text"), ("年份", "integer"), ("水位", "real")]
    return Schema(tables=[profiled_table("river_gauges", columns, rows)])


def test_the_most_things_in_a_year_counts_the_distinct_things_not_their_rows():
    # Given comets sighted many times a year
    # When the year with the most comets is asked
    answer = ask(_sightings(), "Which year had the most comets?")
    # Then the comets are counted once each
    assert answer.status == "ok"
    assert 'COUNT(DISTINCT "comet")' in (answer.sql or "")


def test_years_over_a_number_of_things_count_the_distinct_things_in_the_having():
    # Given comets sighted many times / When years with more than 3 comets are asked
    answer = ask(_sightings(), "Which years had more than 3 comets?")
    # Then the HAVING counts distinct comets
    assert 'HAVING COUNT(DISTINCT "comet") > 3' in (answer.sql or "")


def test_observations_asked_outright_are_the_rows():
    # Given comet sightings / When the observations are counted
    answer = ask(_sightings(), "How many observations does the comet data have?")
    # Then the rows are counted
    assert "COUNT(*)" in (answer.sql or "")
    assert "DISTINCT" not in (answer.sql or "")


def test_a_name_column_named_after_the_tables_noun_holds_the_things_in_english():
    # Given Chinese headers (河流名称 "river name") over gauge readings
    # When the year with the most rivers is asked in English
    answer = ask(_gauges(), "Which year had the most rivers?")
    # Then the rivers are the distinct names
    assert 'COUNT(DISTINCT "河流名称")' in (answer.sql or "")


def test_a_name_column_named_after_the_word_counted_holds_the_things_in_chinese():
    # Given Chinese headers (河流名称) / When 哪一年的河流数量最多 is asked
    answer = ask(_gauges(), "哪一年的河流数量最多")
    # Then the rivers are the distinct names, the rows are not counted
    assert 'COUNT(DISTINCT "河流名称")' in (answer.sql or "")


def test_records_asked_in_chinese_stay_rows():
    # Given gauge readings / When the records per year are counted
    answer = ask(_gauges(), "哪一年的记录最多")
    # Then rows are counted
    assert "DISTINCT" not in (answer.sql or "")


def test_how_many_of_those_counts_the_previous_things_under_the_new_condition():
    # Given the comets of 2003 counted
    first = ask(_sightings(), "How many comets were there in 2003?")
    assert 'COUNT(DISTINCT "comet")' in (first.sql or "")
    # When "how many of those" narrows them
    second = ask(_sightings(), "How many of those were faint?", state=first.state)
    sql = second.sql or ""
    # Then the same comets are counted, in 2003, under the new condition
    assert 'COUNT(DISTINCT "comet")' in sql
    assert "2003" in sql and "'faint'" in sql


def test_of_those_with_no_previous_question_is_asked_back():
    # Given no conversation / When a question counts "those" / Then nothing says which: asked back
    answer = ask(_sightings(), "How many of those were faint?")
    assert answer.status == "clarify"


def _buoys() -> Schema:
    buoys = ["North", "South", "East", "West", "Harbour", "Reef"]
    rows = [
        (
            buoys[(i + k) % 6],
            f"{2001 + i % 4}-0{1 + k}-0{1 + i % 9}",
            round(0.5 + ((i * 13 + k * 7) % 40) / 10, 1),
        )
        for i in range(40)
        for k in range(6)
    ]
    columns = [("buoy", "text"), ("read_on", "date"), ("swell_ft", "real")]
    return Schema(tables=[profiled_table("buoys", columns, rows)])


def test_a_top_n_read_as_one_figure_is_asked_back():
    # Given buoys read many times
    # When the top 3 buoys by lowest wave height are asked
    answer = ask(_buoys(), "Top 3 buoys by lowest swell in 2003")
    # Then one MIN over every row is no answer: asked back unless the buoys are ranked
    assert answer.status == "clarify" or "LIMIT 3" in (answer.sql or "")
