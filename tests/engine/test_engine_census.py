"""Calibration found by the census of clarifies across every question set (census round): a doubt that
blocked right answers on several unrelated datasets, and the two misreadings it had been standing in for.
Small schemas of their own, other words than any set's."""

from __future__ import annotations

from datetime import date

from shared.ask.engines.rules.parse import Parser
from shared.semantic.schema import Schema, SemanticLayer
from tests.engine.schemas import ask, profiled_table

TODAY = date(2025, 6, 15)


def _reasons(schema: Schema, question: str) -> list[str]:
    parser = Parser(question, schema, SemanticLayer(), TODAY, None)
    parser.run()
    return list(parser.ps.reasons)


def _sightings() -> Schema:
    """Birds counted per reserve, year and sex: a grid of cells with a count column (sightings)."""
    columns = [("reserve", "text"), ("region", "text"), ("year", "integer"), ("sex", "text")]
    columns += [("sightings", "integer"), ("depth", "float")]
    rows = [
        (f"R{r}", ["Uplands", "Lowlands"][r % 2], year, sex, 3 * r + year % 5 + k, 1.5 * r + k)
        for r in range(6)
        for year in (2018, 2019, 2020)
        for k, sex in enumerate(("male", "female"))
    ]
    return Schema(tables=[profiled_table("birds", columns, rows)])


def test_a_count_of_things_per_group_is_summed_without_a_doubt():
    # Given a grid of cells whose count column (sightings) says neither sum nor average by its name
    schema = _sightings()
    # When the count is asked per region, per year
    for question in ("Sightings by region in 2019", "每年的sightings"):
        # Then the figure of a group is the SUM of its cells: no aggregation guessed, answered
        assert "aggregation_guessed" not in _reasons(schema, question), question
        answer = ask(schema, question)
        assert answer.status == "ok" and "SUM(" in (answer.sql or ""), answer.sql


def test_a_measurement_per_group_is_still_a_guess():
    # Given the same grid with a measurement (depth) whose name says neither sum nor average
    # When it is asked per region with no aggregate word
    # Then sum or average per region is a guess and is asked back
    assert "aggregation_guessed" in _reasons(_sightings(), "Depth by region in 2019")
    assert ask(_sightings(), "Depth by region in 2019").status == "clarify"


def test_values_that_are_every_value_of_their_column_are_asked_apart():
    # Given sex holding only 'male' and 'female'
    schema = _sightings()
    # When both are named beside another grouping and the reading filters on them pooled
    question = "2019年各地区male和female的sightings"
    reasons = _reasons(schema, question)
    answer = ask(schema, question)
    # Then a filter on every value excludes nothing: they were asked apart, or it is no answer
    pooled = (
        answer.status == "ok" and '"sex" IN' in (answer.sql or "") and 'BY "sex"' not in (answer.sql or "")
    )
    assert not pooled, answer.sql
    if answer.status == "ok":
        assert "values_cover_column" not in reasons


def test_one_value_of_two_or_values_joined_by_or_are_filters_without_doubt():
    # Given the same schema / When one sex is named, or both joined by "or" (one condition)
    # Then they filter, with no doubt about covering the column's values
    assert "values_cover_column" not in _reasons(_sightings(), "Sightings of male birds by region in 2019")
    assert "values_cover_column" not in _reasons(_sightings(), "2019年各地区male或female的sightings")


def _places() -> Schema:
    columns = [("area", "text"), ("visitors", "integer"), ("year", "integer")]
    rows = [(a, 10 * k + y % 3, y) for k, a in enumerate(["南亚", "西亚", "东亚"]) for y in (2020, 2021)]
    return Schema(tables=[profiled_table("trips", columns, rows)])


def test_a_value_read_out_of_a_longer_dictionary_word_is_doubted():
    # Given areas stored as 南亚 / 西亚 / 东亚 and no 东南亚
    schema = _places()
    # When the question says 东南亚 (Southeast Asia), which holds 南亚 after a dropped 东
    # Then reading it as 南亚 answers another area: doubted, asked back
    assert "value_inside_word" in _reasons(schema, "2021年东南亚的visitors")
    assert ask(schema, "2021年东南亚的visitors").status == "clarify"
    # and the value said alone is read without that doubt
    assert "value_inside_word" not in _reasons(schema, "2021年南亚的visitors")


def test_a_longer_word_that_says_the_value_is_no_doubt():
    # Given kinds of stock stored in English (Materials, Fuels)
    columns = [("kind", "text"), ("tonnes", "float")]
    schema = Schema(tables=[profiled_table("stock", columns, [("Materials", 3.0), ("Fuels", 4.0)] * 3)])
    # When 原材料 (raw material) holds 材料 (material) after 原: the longer word still says the value
    # Then no doubt that the value was read out of another word
    assert "value_inside_word" not in _reasons(schema, "原材料的平均tonnes")


def _wards() -> Schema:
    """Patients held per ward and sex at each quarter's end: a grid with a dated axis (a stock, counted)."""
    columns = [("ward", "text"), ("sex", "text"), ("date", "date"), ("patients", "integer")]
    dates = ["2020-03-01", "2020-06-01", "2020-09-01", "2020-12-01"]
    rows = [
        (w, s, d, 10 * k + 3 * j + i)
        for k, w in enumerate(["North", "South", "East"])
        for j, s in enumerate(["Female", "Male"])
        for i, d in enumerate(dates)
    ]
    return Schema(tables=[profiled_table("beds", columns, rows)])


def test_a_headcount_summed_within_one_period_is_no_guess():
    # Given a grid of cells with a dated axis and a headcount (patients)
    schema = _wards()
    # When the headcount is asked per ward at one of the data's periods
    question = "Patients by ward in Q4 2020"
    # Then the cells of that period add up to the figure: no sum-or-average guess, answered with SUM
    assert "aggregation_guessed" not in _reasons(schema, question)
    answer = ask(schema, question)
    assert answer.status == "ok" and 'SUM("patients")' in (answer.sql or ""), answer.sql


def test_a_headcount_per_group_over_several_periods_is_still_doubted():
    # Given the same grid / When the headcount is asked per ward over a whole year (four quarters)
    # Then summing a level held each quarter is no figure: asked back
    assert ask(_wards(), "Patients by ward in 2020").status == "clarify"


def test_a_followup_that_changes_nothing_is_asked_back():
    # Given an answered question about the wards
    schema = _wards()
    first = ask(schema, "Patients by ward in Q4 2020")
    assert first.status == "ok"
    # When the follow-up says an edit nothing reads (no word left unknown), so the edited question is the same
    for followup in ("再只看这些呢", "and just those?"):
        again = ask(schema, followup, state=first.state)
        # Then the previous answer is not given back as if it were new
        assert again.status == "clarify" and not again.unknown_words, (followup, again.sql)
