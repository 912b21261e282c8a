"""Readings that leave out something said (leftovers.py, parse_unknown.py), found on first-sight wrong
answers over a panel (members x years): an average over groups of one row each, a number no clause read, a
rate word left unread or misplaced, two compared values summed, a count before a noun not understood, a
clause not understood before the listed members. Schema of its own: depots' yearly shipments and staff."""

from __future__ import annotations

from shared.ask.engines.rules.parse import Parser
from shared.semantic.schema import Schema, SemanticLayer
from tests.engine.schemas import TODAY, ask, profiled_table

DEPOTS = [("Alder", "North"), ("Birch", "North"), ("Cedar", "South"), ("Dunmore", "South")]


def _depots() -> Schema:
    """Every depot once a year 2015-2018: a panel (year x depot); zones hold two depots each."""
    rows = [
        (
            year,
            depot,
            zone,
            100 + 7 * i + 3 * (year - 2015),
            10 + i + year % 3,
            round(1.5 + 0.3 * i + 0.1 * (year - 2015), 2),
            "yes" if (i + year) % 2 else "no",
            5 + i,
        )
        for year in range(2015, 2019)
        for i, (depot, zone) in enumerate(DEPOTS)
    ]
    columns = [
        ("year", "integer"),
        ("depot", "text"),
        ("zone", "text"),
        ("shipments", "integer"),
        ("staff", "integer"),
        ("damage_rate", "real"),
        ("night_shift", "text"),
        ("loads_20_40", "integer"),
    ]
    return Schema(tables=[profiled_table("depot_years", columns, rows)])


def _reasons(question: str) -> list[str]:
    parser = Parser(question, _depots(), SemanticLayer(), TODAY, None)
    parser.run()
    return list(parser.ps.reasons)


def test_an_average_over_groups_of_one_row_each_is_asked_back():
    # Given a panel of depots x years
    for question in (
        "average staff by depot in 2016",  # one year pinned: each depot's group is one row
        "Average yearly shipments at Alder",  # one depot pinned: each year's group is one row
        "2016年各depot的平均staff是多少",
    ):
        # When the average is said over groups that each hold one row
        answer = ask(_depots(), question)
        # Then the average has nothing to average inside a group: across the groups, or idle? Asked back
        assert answer.status == "clarify", question
        assert "one_row_groups_aggregated" in _reasons(question), question


def test_an_average_over_groups_of_several_rows_stands():
    # Given the same panel; When the groups each hold several depots (a zone) or several years
    for question in ("average staff by zone in 2016", "average staff by depot"):
        answer = ask(_depots(), question)
        # Then the average is read as said
        assert answer.status == "ok", question
        assert "AVG" in (answer.sql or ""), question


def test_a_total_word_left_unread_over_groups_of_one_row_is_doubted():
    # Given one year and one zone pinned, grouped by depot; When 一共 (altogether) is left unread
    question = "2016年North各depot一共运了多少shipments"
    # Then the total is most likely meant across the depots: the per-depot listing is doubted
    assert "one_row_groups_aggregated" in _reasons(question)
    assert ask(_depots(), question).status == "clarify"


def test_a_ranking_of_groups_of_one_row_is_no_aggregate_over_them():
    # Given one year pinned; When the depots are ranked by their average staff
    question = "which depot had the highest average staff in 2016"
    # Then ranking compares the groups: no doubt from their size
    assert "one_row_groups_aggregated" not in _reasons(question)


def test_a_number_no_clause_read_is_doubted():
    # Given a column whose name holds a number (loads_20_40); When a number written in digits is left unread
    question = "In 2016 how many depots had a minimum staff of 20?"
    # Then the answer would drop the condition the number states: asked back
    assert "number_left_out" in _reasons(question)
    assert ask(_depots(), question).status == "clarify"


def test_a_chinese_numeral_inside_a_word_is_no_number_left_out():
    # Given 哪一天 / 哪一年 (the numeral is part of "which"); When asked
    # Then no number is said
    assert "number_left_out" not in _reasons("shipments最多的是哪一年")


def test_a_rate_word_left_unread_or_after_a_word_not_understood_is_doubted():
    # Given a rate column (damage_rate) the word "rate" weakly names
    # When a rate per head is asked of another count, or 率 follows a word not understood
    for question in (
        "Which zone had the highest shipment rate per 1,000 staff in 2016?",
        "2016年每千人延误率最高的depot",
    ):
        # Then the rate asked is no column: doubted
        assert "rate_left_out" in _reasons(question), question
        assert ask(_depots(), question).status == "clarify", question
    # and the rate column named in full is no rate left out
    assert "rate_left_out" not in _reasons("average damage rate by zone")


def test_two_compared_values_summed_are_doubted():
    # Given two depots compared with 比 (than), the comparison left unread
    question = "2016年Alder比Birch多运了多少shipments"
    # Then one total over both answers no difference: doubted
    assert "compared_values_summed" in _reasons(question)
    assert ask(_depots(), question).status == "clarify"


def test_a_count_before_its_classifier_and_a_noun_not_understood_is_doubted():
    # Given 有几个 + a noun the data does not hold (customs ports)
    question = "数据中有几个海关口岸"
    # Then the thing counted is not understood: no row count is answered
    assert "structure_unknown" in _reasons(question)
    assert ask(_depots(), question).status == "clarify"


def test_a_clause_not_understood_before_the_listed_members_restricts_them():
    # Given a clause of words not understood (strict inspection of goods) before 的 and the depots listed
    for question in ("2016年对货物实行严格检查的depot有哪些", "2016年严格检查货物的depot有哪些"):
        # Then the clause picks some depots: listing them all is doubted
        assert "unknown_qualifier" in _reasons(question), question
        assert ask(_depots(), question).status == "clarify", question


def _coded_depots() -> Schema:
    """The panel with each depot's name and its code: two member columns crossed with the years."""
    coded = [
        ("Alder", "AL", "North"),
        ("Birch", "BI", "North"),
        ("Cedar", "CE", "South"),
        ("Dunmore", "DU", "South"),
    ]
    rows = [
        (year, depot, code, zone, 100 + 7 * i + 3 * (year - 2015), 10 + i + year % 3)
        for year in range(2015, 2019)
        for i, (depot, code, zone) in enumerate(coded)
    ]
    columns = [
        ("year", "integer"),
        ("depot", "text"),
        ("depot_code", "text"),
        ("zone", "text"),
        ("shipments", "integer"),
        ("staff", "integer"),
    ]
    return Schema(tables=[profiled_table("depot_years", columns, rows)])


def test_one_member_and_one_year_pin_one_row_whatever_its_code():
    # Given depots named and coded, every depot once a year
    for question in ("What was Alder's staff in 2016?", "Alder在2016年的staff"):
        # When one depot's number in one year is asked (its name pinned, its code not)
        answer = ask(_coded_depots(), question)
        # Then the name pins the year's one row: the figure is answered
        assert answer.status == "ok", question
        assert "staff" in (answer.sql or "") and "'Alder'" in (answer.sql or "")


def test_across_all_members_and_years_names_the_whole_data():
    # Given the coded panel; When the total is asked "across all depots and years"
    for question in (
        "What is the total number of shipments across all depots and years?",
        "total shipments across all zones and years",
    ):
        answer = ask(_coded_depots(), question)
        # Then the years are spanned whole as the depots are: one total over every row, answered
        assert answer.status == "ok", question
        assert "GROUP BY" not in (answer.sql or "") and "SUM" in (answer.sql or ""), question


def _rents() -> Schema:
    rows = [
        (year, town, 1000 + 50 * i, round(300.0 + 11 * i + 3.5 * (year - 2015), 2))
        for year in range(2015, 2019)
        for i, town in enumerate(["Elm", "Fir", "Gum", "Hazel"])
    ]
    columns = [("year", "integer"), ("城镇", "text"), ("residents", "integer"), ("rent_per_capita", "real")]
    return Schema(tables=[profiled_table("annual_figures", columns, rows)])


def test_a_per_head_word_and_a_noun_naming_one_column_in_part_are_one_name():
    # Given a column rent_per_capita, which 人均 ("per capita") and 租金 ("rent") each name only in part
    parser = Parser("2016年人均租金最高的城镇", _rents(), SemanticLayer(), TODAY, None)
    parser.run()
    # When the question is read
    merged = [it for it in parser.items if it.text.replace(" ", "") == "人均租金"]
    # Then the two words are one mention of that column, not an average of something else
    assert merged and {lk.column for lk in merged[0].links} == {"rent_per_capita"}
    assert parser.intent is not None and not any(m.agg == "avg" for m in parser.intent.measures)
