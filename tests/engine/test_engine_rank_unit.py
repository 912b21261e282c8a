"""Rows or groups (`rankunit.rank_unit`, `parse_ranking._label_groups`): a superlative over things named by
a label column ranks their groups when the label repeats, the rows when it is unique or a pinned period
leaves one row per thing. Schemas of their own: library branches by month, lakes, a clinic's doctors."""

from __future__ import annotations

from shared.ask.engines.rules.rankunit import rank_unit
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.linking import ColumnInfo
from tests.engine.schemas import ask, profiled_table


def _col(name: str, distinct: int, role: str = "text", unique: bool = False) -> ColumnInfo:
    return ColumnInfo(name, "text", role, [name], distinct, [], unique, True)


def test_a_unique_label_ranks_the_rows():
    # Given 30 lakes, one row each / When the lakes are ranked / Then the rows are
    assert rank_unit(_col("lake_name", 30, unique=True), 30) == "rows"


def test_a_repeating_label_ranks_its_groups():
    # Given 5 branches over 60 monthly rows / When the branches are ranked / Then their groups are
    assert rank_unit(_col("branch_name", 5), 60) == "groups"


def test_a_label_coarser_than_its_key_is_no_grouping():
    # Given first names (700 values) of players keyed by 1,400 ids / When the players are ranked
    # Then no grouping by the first name: it would merge players
    assert rank_unit(_col("first_name", 700), 3000, keys=[_col("player_id", 1400, role="id")]) is None


def test_a_pinned_period_of_a_thing_by_period_grain_ranks_the_rows():
    # Given doctors x 4 years (the doctors' names times the years reach the rows), one year pinned
    doctor, year = _col("doctor_name", 100), _col("year", 4, role="year")
    # When the doctors are ranked by a plain measure / Then their rows of that year are
    assert rank_unit(doctor, 380, pinned_periods=[year]) == "rows"
    # When an average was said / Then each doctor's rows of that year are averaged
    assert rank_unit(doctor, 380, pinned_periods=[year], aggregated=True) == "groups"


def _branches() -> Schema:
    rows = [
        (b, f"2023-{m:02d}-01", 100 + 37 * k + 11 * m, round(2.0 + 0.3 * k + 0.05 * m, 2))
        for k, b in enumerate(["Elm Street", "Oak Park", "Pine Hill", "Birch Lane", "Cedar Square"])
        for m in range(1, 13)
    ]
    cols = [("分馆名称", "text"), ("月份", "date"), ("借阅量", "integer"), ("评分", "float")]
    return Schema(tables=[profiled_table("分馆月报", cols, rows)])


def test_the_n_things_named_in_part_by_a_repeating_label_are_grouped_zh():
    # Given monthly rows of library branches named by 分馆名称
    # When the 2 branches with the lowest average rating are asked (分馆 names 分馆名称 in part)
    answer = ask(_branches(), "平均评分最低的2个分馆")
    # Then each branch's rows are averaged and the branches ranked
    assert answer.status == "ok", answer.message
    assert 'GROUP BY "分馆名称"' in answer.sql and 'AVG("评分")' in answer.sql
    assert answer.sql.rstrip().endswith("LIMIT 2")


def test_a_total_said_before_the_superlative_ranks_the_groups_by_it():
    # Given the same branches / When the 3 branches with the highest total loans are asked
    answer = ask(_branches(), "借阅量总额最高的3个分馆")
    # Then the branches are ranked by their summed loans
    assert answer.status == "ok", answer.message
    assert 'GROUP BY "分馆名称"' in answer.sql and 'SUM("借阅量")' in answer.sql


def _doctors() -> Schema:
    rows = [
        (f"Dr {n}", y, 1000 + 13 * i + 101 * (y - 2020))
        for i, n in enumerate("ABCDEFGH")
        for y in (2021, 2022)
    ]
    cols = [("doctor_name", "text"), ("year", "integer"), ("patients", "integer")]
    return Schema(tables=[profiled_table("doctor_years", cols, rows)])


def test_one_year_of_a_doctor_by_year_table_ranks_the_rows():
    # Given one row per doctor per year / When the 3 doctors with the most patients in 2022 are asked
    answer = ask(_doctors(), "the 3 doctors with the most patients in 2022")
    # Then the answer ranks 2022's doctors by their patients (rows or groups give the same figures)
    assert answer.status == "ok", answer.message
    assert '"year" = 2022' in answer.sql and answer.sql.rstrip().endswith("LIMIT 3")


def test_an_attribute_asked_of_the_ranked_thing_is_not_replaced_by_its_label():
    # Given monthly rows of branches, each with its head librarian (馆长)
    rows = [
        (b, f"馆长{k}", f"2023-{m:02d}-01", round(2.0 + 0.3 * k + 0.05 * m, 2))
        for k, b in enumerate(["Elm Street", "Oak Park", "Pine Hill"])
        for m in range(1, 13)
    ]
    cols = [("分馆名称", "text"), ("馆长", "text"), ("月份", "date"), ("评分", "float")]
    schema = Schema(tables=[profiled_table("分馆月报", cols, rows)])
    # When the head librarian of the best-rated branch is asked
    answer = ask(schema, "平均评分最高的分馆的馆长是谁")
    # Then the librarian is what is shown, never only the branch's name
    assert answer.sql is not None and '"馆长"' in answer.sql.split("FROM")[0]


def _doctor_years() -> Schema:
    rows = [
        (f"Dr {n}", y, 1000 + 13 * i + 101 * (y - 2020), 3.0 + 0.1 * i)
        for i, n in enumerate("ABCDEFGH")
        for y in (2019, 2020, 2021, 2022)
    ]
    cols = [("doctor_name", "text"), ("year", "integer"), ("patients", "integer"), ("score", "float")]
    return Schema(tables=[profiled_table("doctor_years", cols, rows)])


def test_the_n_periods_after_the_number_are_ranked_as_groups():
    # Given doctors x years / When the 2 years with the most patients are asked (zh)
    answer = ask(_doctor_years(), "病人最多的2个年份")
    # Then each year's rows are summed and the years ranked, not 2 single rows
    assert answer.status == "ok", answer.message
    assert 'GROUP BY "year"' in answer.sql and answer.sql.rstrip().endswith("LIMIT 2")


def test_rows_ranked_while_each_named_thing_holds_several_are_asked_back():
    # Given doctors x years, every doctor on 4 rows, no year pinned
    # When the 3 doctors with the highest score are asked and the rows would be ranked
    answer = ask(_doctor_years(), "the 3 doctors with the highest score")
    # Then a ranking of single rows (one doctor may show 3 times) is not answered outright
    assert answer.status != "ok" or "GROUP BY" in (answer.sql or "")


def test_one_year_pinned_leaves_the_rows_ranked_without_doubt():
    # Given the same table / When one year is pinned / Then each doctor holds one row: answered
    answer = ask(_doctor_years(), "the 3 doctors with the highest score in 2021")
    assert answer.status == "ok", answer.message
    assert '"year" = 2021' in answer.sql
