"""Doubts about the final answer's shape (answer_doubts.py): who / which answered by numbers alone, a date
summed or averaged (a unit asked that the measured column does not hold: test_engine_zh_units.py, end to
end below). Each asks back instead of
answering a wrong number that looks right."""

from __future__ import annotations

from datetime import date, timedelta

from shared.ask.engines.rules.answer_doubts import answer_doubts, most_by_time, name_dropped
from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

START = date(2015, 1, 1)


def _parcels() -> Schema:
    columns = [
        ("region", "text"),
        ("weight_g", "integer"),
        ("length_mm", "integer"),
        ("sent_on", "date"),
    ]
    rows = [
        (["North", "South", "East"][i % 3], 200 + 37 * i, 100 + i, (START + timedelta(days=i)).isoformat())
        for i in range(120)
    ]
    return Schema(tables=[profiled_table("parcels", columns, rows)])


def _batting() -> Schema:
    columns = [("player_id", "text"), ("year", "integer"), ("hits", "integer"), ("home_runs", "integer")]
    rows = [(f"p{i % 40}", 2013 + i % 4, 50 + i % 97, i % 31) for i in range(400)]
    return Schema(tables=[profiled_table("batting", columns, rows)])


def test_a_unit_the_column_does_not_hold_asks_back():
    # Given a weight stored in grams (weight_g)
    schema = _parcels()
    # When the total is asked in kilograms, and in grams
    kilograms = ask(schema, "What is the total weight of all parcels, in kilograms?")
    grams = ask(schema, "What is the total weight of all parcels, in grams?")
    # Then the grams are answered and the kilograms asked back (the sum would be a thousand times off)
    assert grams.status == "ok", grams.message
    assert kilograms.status == "clarify", kilograms.sql


def test_a_date_summed_or_averaged_is_doubted():
    # Given a date column / When an answer averages it
    table = _parcels().table("parcels")
    averaged = Intent(table="parcels", dimensions=["region"], measures=[Measure("avg", "sent_on")])
    latest = Intent(table="parcels", measures=[Measure("max", "sent_on")])
    # Then the average of dates is doubted; the latest date is not
    assert "label_aggregated" in answer_doubts("average weight by region, heaviest first", averaged, table)
    assert answer_doubts("when was the last parcel sent?", latest, table) == []


def _captures():
    columns = [("plot_id", "integer"), ("month", "integer"), ("year", "integer"), ("weight", "integer")]
    rows = [(i % 24 + 1, i % 12 + 1, 1977 + i % 26, 10 + i % 50) for i in range(500)]
    return profiled_table("captures", columns, rows)


def test_an_identifier_a_year_or_a_month_summed_unasked_is_doubted():
    # Given captures with a plot id, a month and a year number beside a weight
    table = _captures()

    def doubts(question: str, agg: str, column: str) -> list[str]:
        return answer_doubts(
            question, Intent(table="captures", dimensions=["month"], measures=[Measure(agg, column)]), table
        )

    # When an answer sums the plot ids, or averages the year where no average was said
    # Then each is doubted: they label rows, they measure nothing
    assert doubts("plot numbers by month", "sum", "plot_id") == ["label_aggregated"]
    assert doubts("In which month of the year are the most animals caught?", "avg", "year") == [
        "label_aggregated"
    ]
    # but an average year or month asked for, and a weight, are read as asked
    assert doubts("the average year of capture by month", "avg", "year") == []
    assert doubts("各月平均体重", "avg", "weight") == []


def test_each_asked_and_one_figure_answered_is_doubted():
    # Given captures
    table = _captures()
    one = Intent(table="captures", measures=[Measure("count")])
    grouped = Intent(table="captures", dimensions=["plot_id"], measures=[Measure("count")])
    # When "each" / 各 asks for groups and the answer is one figure over all rows
    # Then the lost grouping is doubted; a grouped answer, and 每 (per: 平均每单) are not
    assert answer_doubts("Number of captures of each plot", one, table) == ["group_unread"]
    assert answer_doubts("各样地的捕获数量", one, table) == ["group_unread"]
    assert answer_doubts("Number of captures of each plot", grouped, table) == []
    assert "group_unread" not in answer_doubts("平均每次捕获的体重", one, table)


def test_every_one_of_a_kind_asked_and_one_figure_answered_is_doubted():
    # Given captures, When 每一 (every one of: 每一个样地) asks for groups and one figure answers
    table = _captures()
    one = Intent(table="captures", measures=[Measure("count")])
    grouped = Intent(table="captures", dimensions=["plot_id"], measures=[Measure("count")])
    # Then the lost grouping is doubted, and a grouped answer is not
    assert answer_doubts("每一个样地的捕获数量", one, table) == ["group_unread"]
    assert answer_doubts("每一个样地的捕获数量", grouped, table) == []


def test_who_answered_by_numbers_only_asks_back():
    # Given batting rows (a player id, year, hits, home runs)
    schema = _batting()
    table = schema.table("batting")
    numbers = Intent(table="batting", columns=["hits", "home_runs"], limit=2)
    named = Intent(table="batting", columns=["player_id", "home_runs"], limit=2)
    # When "who" is answered by numbers alone, or with the player
    # Then only the numbers are doubted; a relative "who" ("players who …") is no question word
    assert answer_doubts("Who were the two biggest home run hitters of 2015?", numbers, table) == [
        "who_unnamed"
    ]
    assert answer_doubts("Who were the two biggest home run hitters of 2015?", named, table) == []
    counted = Intent(table="batting", measures=[Measure("count")])
    assert answer_doubts("How many players who hit home runs in 2015?", counted, table) == []
    assert answer_doubts("2015年本垒打最多的球员是谁", counted, table) == ["who_unnamed"]


def test_which_answered_by_one_figure_asks_back():
    # Given a total over all rows
    table = _batting().table("batting")
    total = Intent(table="batting", measures=[Measure("sum", "home_runs")])
    grouped = Intent(table="batting", dimensions=["year"], measures=[Measure("sum", "home_runs")], limit=1)
    # When "which" / 哪个 asks for one of several, then one figure is doubted and a grouping is not;
    # "the teams which …" is a relative clause
    assert answer_doubts("2014年哪个联盟的本垒打更多", total, table) == ["which_one_figure"]
    assert answer_doubts("In which year were the most home runs hit?", grouped, table) == []
    assert answer_doubts("Which year had the most home runs?", total, table) == ["which_one_figure"]
    assert answer_doubts("Total home runs of the players which batted in 2015", total, table) == []


def test_a_name_the_sql_does_not_hold_is_doubted():
    # Given answers' SQL / When a capitalised word inside the sentence (a name) is nowhere in it
    dropped = 'SELECT "origin", AVG("dep_delay") FROM "flights" GROUP BY "origin"'
    kept = "SELECT AVG(mpg) FROM cars WHERE origin = 'Japan'"
    translated = "SELECT SUM(amount) FROM orders WHERE city = '上海'"
    # Then the dropped airline is doubted; an adjective of a held value (Japanese ~ Japan), a month, a
    # value held in another language (Shanghai = 上海) and the question's first word are not
    assert name_dropped("Average departure delay per origin for United Airlines", dropped)
    assert not name_dropped("Average mpg of Japanese cars", kept)
    assert not name_dropped("Average delay per origin in January", dropped)
    assert not name_dropped("Total order amount of customers in Shanghai", translated)
    assert not name_dropped("Average departure delay per origin", dropped)


def test_most_answered_by_rows_ordered_by_their_year_is_a_doubt():
    # Given harvest rows with a year and a crate count per orchard
    cols = [("orchard", "text"), ("year", "integer"), ("crates", "integer"), ("years_of_work", "integer")]
    rows = [("North", 2019, 40, 3), ("South", 2020, 55, 7), ("East", 2021, 12, 1)]
    table = profiled_table("harvests", cols, rows)
    latest = Intent(table="harvests", columns=["orchard", "year"], order=[("column", "year", True)], limit=1)
    # When "the most" is answered by the latest year's row, Then that is a doubt
    assert most_by_time("Which year had the most crates?", latest, table)
    assert most_by_time("哪一年的箱数最多", latest, table)
    # And not when a recency word asks for the latest, or when the column itself is what there is most of
    assert not most_by_time("Which orchard had the most recent harvest year?", latest, table)
    senior = Intent(table="harvests", columns=["orchard"], order=[("column", "years_of_work", True)], limit=1)
    assert not most_by_time("The orchard with the most years of work", senior, table)


def test_one_value_that_other_values_hold_as_a_word_is_doubted():
    # Given members whose home towns are free text: Lyon, and two others listing Lyon among other places
    towns = ["Lyon", "Lyon/Geneva", "Villeurbanne, Lyon", "Paris", "North Paris", "Lyons-la-Foret", "Nice"]
    table = profiled_table("members", [("member_id", "integer"), ("town", "text")], list(enumerate(towns)))
    count = [Measure("count")]
    # When the members "from Lyon" are read as town = 'Lyon'
    exact = Intent(table="members", measures=count, filters=[Filter("town", "=", ["Lyon"], "value")])
    # Then the exact value is doubted (the others list Lyon too); Paris, only inside a longer name, is not
    assert "value_inside_others" in answer_doubts("How many members are from Lyon?", exact, table)
    paris = Intent(table="members", measures=count, filters=[Filter("town", "=", ["Paris"], "value")])
    assert answer_doubts("How many members are from Paris?", paris, table) == []


def test_how_many_times_answered_by_distinct_things_is_doubted():
    # Given captures, When 多少次 / how many times is answered by counting distinct plots
    table = _captures()
    one = Intent(table="captures", measures=[Measure("count")])
    distinct = 'SELECT COUNT(DISTINCT "plot_id") FROM "captures"'
    # Then it is doubted; counting the rows is not, nor distinct plots asked as such
    assert "times_counted_distinct" in answer_doubts("这几个样地一共捕获了多少次", one, table, distinct)
    assert "times_counted_distinct" not in answer_doubts(
        "这几个样地一共捕获了多少次", one, table, 'SELECT COUNT(*) FROM "captures"'
    )
    assert "times_counted_distinct" not in answer_doubts("How many plots had captures?", one, table, distinct)


def test_how_many_people_answered_by_a_joins_row_count_is_doubted():
    # Given captures, When 几个人 / how many people is answered over a join by counting its rows
    table = _captures()
    one = Intent(table="captures", measures=[Measure("count")])
    rows = 'SELECT COUNT(*) FROM "captures" AS t0 JOIN "observers" AS t1 ON t1."id" = t0."observer_id"'
    people = 'SELECT COUNT(DISTINCT t0."observer_id") FROM "captures" AS t0 JOIN "observers" AS t1 ON 1 = 1'
    # Then it is doubted; the distinct people counted, or one table's rows, are not
    assert "people_counted_as_rows" in answer_doubts("有几个人至少捕获过一次", one, table, rows)
    assert "people_counted_as_rows" not in answer_doubts("有几个人至少捕获过一次", one, table, people)
    single = 'SELECT COUNT(*) FROM "observers"'
    assert "people_counted_as_rows" not in answer_doubts("How many people are observers?", one, table, single)
