"""Rows with two sides (origin / destination port, import / export containers), the rows' noun said by a
sense synonym of the key's noun (trips for journey_id), periods only a date holds, and an amount per row:
pairedsides.py, keynouns.sense_synonyms, datesaid.py, perrow.py."""

from __future__ import annotations

from datetime import date, timedelta

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.keynouns import sense_synonyms
from tests.engine.schemas import ask, profiled_table

PORTS = ["Dover", "Calais", "Dunkirk", "Ostend"]
COLUMNS = [
    ("journey_id", "integer"),
    ("year", "integer"),  # the fiscal year the trip is booked in: no calendar year
    ("sail_date", "date"),
    ("origin_port", "text"),
    ("destination_port", "text"),
    ("import_containers", "integer"),
    ("export_containers", "integer"),
]
ROWS = [
    (
        i,
        2020 + i // 20,
        (date(2020, 4, 1) + timedelta(days=9 * i)).isoformat(),
        PORTS[i % 4],
        PORTS[(i + 1) % 4],
        i % 7,
        (3 * i) % 5,
    )
    for i in range(1, 61)
]


def ferries() -> Schema:
    return Schema(tables=[profiled_table("ferry_log", COLUMNS, ROWS)])


def test_a_sense_synonym_of_the_key_noun_names_the_rows():
    # Given CC-CEDICT's one sense "journey; trip" / When asking the synonyms of journey / Then trip
    assert "trip" in sense_synonyms("journey")
    # And a noun with no such sense has none
    assert sense_synonyms("depot") == []


def test_the_rows_counted_by_a_synonym_in_a_month_of_a_year():
    # Given journeys keyed by journey_id, dated, with a fiscal year column beside the date
    # When counting the trips of March 2021 (a month: only the date holds it)
    answer = ask(ferries(), "How many trips were there in March 2021?")
    # Then the rows of that month are counted, with no doubt about which time column
    assert answer.status == "ok", answer.message
    assert "COUNT(*)" in answer.sql and "\"sail_date\" >= '2021-03-01'" in answer.sql


def test_a_calendar_year_is_the_dates_year():
    # Given the trips / When asking for the calendar year 2021 / Then the dates of 2021, not the fiscal year
    answer = ask(ferries(), "How many trips were there in calendar year 2021?")
    assert answer.status == "ok", answer.message
    assert "\"sail_date\" >= '2021-01-01'" in answer.sql and '"year"' not in answer.sql


def test_a_bare_year_stays_a_guess_between_the_date_and_the_year_column():
    # Given the trips / When asking for 2021 alone / Then it is not answered as if sure
    answer = ask(ferries(), "How many trips were there in 2021?")
    assert answer.status == "clarify" or '"year" = 2021' in (answer.sql or "")


def test_an_amount_said_without_a_side_sums_both_sides():
    # Given import_containers and export_containers / When asking the containers per year
    answer = ask(ferries(), "Total containers per year")
    # Then both sides' containers are summed
    assert answer.status == "ok", answer.message
    assert 'SUM("import_containers" + "export_containers")' in answer.sql


def test_an_amount_said_with_its_side_stays_that_side():
    # Given the pair / When the side is named / Then that column alone
    answer = ask(ferries(), "Total import containers per year")
    assert answer.status == "ok", answer.message
    assert 'SUM("import_containers")' in answer.sql and "export_containers" not in answer.sql


def test_a_value_both_sides_hold_is_not_read_on_one_side():
    # Given ports as origin and as destination / When counting Dover's trips, no side named
    answer = ask(ferries(), "How many trips did Dover have?")
    # Then the engine does not answer with the origin column alone
    assert answer.status != "ok" or "destination_port" in (answer.sql or "")


def test_an_amount_per_the_rows_noun_is_its_average():
    # Given the trips / When asking import containers per trip / Then their average over the trips
    answer = ask(ferries(), "Import containers per trip in fiscal year 2021")
    assert answer.sql is not None and 'AVG("import_containers")' in answer.sql


def test_groups_put_in_order_are_sorted_by_their_own_key():
    # Given the trips / When the totals of each year are asked "in order"
    answer = ask(ferries(), "Show the total import containers of each year, in order")
    # Then the years are in their own order, not ranked by the total
    assert answer.status == "ok", answer.message
    assert 'ORDER BY "year"' in answer.sql


def test_two_numbered_labels_joined_by_a_range_word_are_the_range():
    # Given harvests labelled by crop year (2015/16 .. 2022/23)
    labels = [f"{y}/{(y + 1) % 100:02d}" for y in range(2015, 2023)]
    rows = [(i, labels[i % 8], ["wheat", "barley"][i % 2], 10.0 + i) for i in range(1, 49)]
    columns = [("harvest_id", "integer"), ("crop_year", "text"), ("crop", "text"), ("tonnes", "float")]
    schema = Schema(tables=[profiled_table("harvests", columns, rows)])
    # When asking between two of them, in English and in Chinese
    for question in (
        "Harvests per crop year between 2016/17 and 2019/20",
        "2016/17到2019/20各作物年度的收成数",
    ):
        answer = ask(schema, question)
        # Then every label from the one to the other, not the two alone
        assert answer.sql is not None and "BETWEEN '2016/17' AND '2019/20'" in answer.sql, question
        assert "IN (" not in answer.sql


def _bookmaker() -> Schema:
    columns = [("shop_id", "integer"), ("town", "text"), ("bets", "integer"), ("staff", "integer")]
    rows = [(i, ["Leeds", "York", "Hull"][i % 3], 100 + 7 * i, 2 + i % 4) for i in range(1, 13)]
    return Schema(tables=[profiled_table("betting_shops", columns, rows)])


def test_the_act_the_dictionary_names_for_a_noun_is_understood():
    # Given shops with a count of bets / When asking how many bets were laid (下注 "to lay a bet")
    answer = ask(_bookmaker(), "Total bets laid in York")
    # Then the verb is no word left out: the bets are summed
    assert answer.status == "ok", answer.message
    assert 'SUM("bets")' in answer.sql and answer.unknown_words == []


def test_another_verb_beside_the_noun_stays_unknown():
    # Given the shops / When a verb the dictionary does not tie to bets qualifies them
    answer = ask(_bookmaker(), "Total bets refunded in York")
    # Then it is still a word not understood
    assert "refunded" in answer.unknown_words


def test_a_count_of_both_sides_amount_adds_them_up():
    # Given import and export containers / When asking how many containers, no side named
    answer = ask(ferries(), "How many containers were there in fiscal year 2021?")
    # Then both sides' containers are added up, not the trips counted
    assert answer.sql is not None and 'SUM("import_containers" + "export_containers")' in answer.sql


def test_a_distinct_count_of_a_pinned_column_is_asked_back():
    # Given shops by town / When the reading would count the distinct towns of one town
    from shared.ask.engines.rules.intent import Filter, Intent, Measure
    from shared.ask.engines.rules.pinnedcounts import distinct_count_of_a_pinned_column

    intent = Intent(
        "betting_shops", [Measure("count_distinct", "town")], filters=[Filter("town", "=", ["York"])]
    )
    # Then that reading is doubted; counting the rows of that town is not
    assert distinct_count_of_a_pinned_column(intent)
    intent.measures = [Measure("count")]
    assert not distinct_count_of_a_pinned_column(intent)
