"""Confidently wrong readings found over the tuned sets ("cwleft" round), each made general: a distinct
count said with a classifier before 不同的, and readings that leave out something said (leftovers.py,
bothsides.py): the other extreme of two, people ranked as groups, a thing asked by "which", X vs non-X, the
noun a count counts, the verb of 得最多, a grouping said under a negation. Schema of its own: a chain of
bakeries, one row per shop, month and baker."""

from __future__ import annotations

from shared.ask.engines.rules.answer_doubts import (
    compared_without_a_figure,
    each_ranked_once,
    measured_by_itself,
)
from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.ask.engines.rules.parse import Parser
from shared.semantic.schema import Schema, SemanticLayer
from tests.engine.schemas import TODAY, ask, profiled_table

TOWNS = ["Leeds", "York", "Bath", "Hull"]
TRADES = ["baker", "pastry", "porter"]


def _bakeries() -> Schema:
    """One row per worker and year (2019-2021): town, trade, loaves baked, wage, a yes/no guild flag."""
    rows = [
        (
            year,
            TOWNS[w % 4],
            TRADES[w % 3],
            80 + (w * 37) % 50 + (year - 2019) * 5,
            round(9.5 + w * 0.37 + (year - 2019) * 0.11, 2),
            "yes" if (w * 7) % 3 else "no",
            f"{year}-{1 + w % 12:02d}-{1 + w % 28:02d}",
        )
        for year in range(2019, 2022)
        for w in range(24)
    ]
    columns = [
        ("year", "integer"),
        ("town", "text"),
        ("工种", "text"),
        ("loaves", "integer"),
        ("时薪", "float"),
        ("guild_member", "text"),
        ("inspected_on", "date"),
    ]
    return Schema(tables=[profiled_table("bakery_staff", columns, rows)])


def _reasons(question: str) -> list[str]:
    parser = Parser(question, _bakeries(), SemanticLayer(), TODAY, None)
    parser.run()
    return list(parser.ps.reasons)


def test_a_count_with_a_classifier_before_butong_counts_distinct_values():
    # Given a town column over many rows
    for question in ("数据里有几个不同的town", "一共有几个不同的town"):
        # When 几个 (a count word and its classifier) comes before 不同的 and the column
        answer = ask(_bakeries(), question)
        # Then the distinct towns are counted, not the rows per town
        assert answer.status == "ok", question
        assert 'COUNT(DISTINCT "town")' in (answer.sql or ""), question
        assert "GROUP BY" not in (answer.sql or ""), question


def test_the_other_extreme_left_unread_is_asked_back():
    # Given yearly wages; When both the highest and the lowest are asked, the reading ranking one
    question = "哪一年的平均时薪最高，哪一年的最低"
    # Then half the question is unanswered: asked back
    assert "other_extreme_left_out" in _reasons(question)
    assert ask(_bakeries(), question).status == "clarify"
    # And one extreme asked alone stands
    assert "other_extreme_left_out" not in _reasons("哪一年的平均时薪最高")


def test_people_ranked_as_groups_of_another_column_is_asked_back():
    # Given one row per worker; When the top N are people and the trade is asked about them
    question = "时薪最高的3个人是做什么工种的"
    # Then ranking 3 trades by their average is not the 3 people: asked back
    assert "people_ranked_as_groups" in _reasons(question)
    assert ask(_bakeries(), question).status == "clarify"
    # And the top 3 trades, said so, stand
    answer = ask(_bakeries(), "时薪最高的3个工种")
    assert answer.status == "ok"
    assert "people_ranked_as_groups" not in _reasons("时薪最高的3个工种")


def test_a_thing_asked_by_which_and_left_out_is_asked_back():
    # Given towns and years; When "which town and which year" is asked and the reading answers one of them
    question = "Highest 时薪 ever: which town and which year?"
    # Then the year asked is not in the answer: asked back
    assert "asked_thing_left_out" in _reasons(question)
    assert ask(_bakeries(), question).status == "clarify"
    # And the thing asked, answered, raises no doubt
    assert "asked_thing_left_out" not in _reasons("Which town has the highest average 时薪?")


def test_both_sides_of_a_flag_in_english_are_not_one_filter():
    # Given a yes/no guild flag; When members and non-members are compared
    question = "Guild members vs non-members: average 时薪"
    # Then one side as a filter answers half: asked back
    assert "one_side_of_both" in _reasons(question)
    assert ask(_bakeries(), question).status == "clarify"
    # And one side asked stays a filter
    answer = ask(_bakeries(), "Average 时薪 of guild members")
    assert answer.status == "ok"
    assert "guild_member" in (answer.sql or "")


def test_rows_counted_past_the_noun_said_are_asked_back():
    # Given a date column (inspected_on); When the counted noun is read into the date's name
    question = "How many guests inspected anything in 2020?"
    # Then the rows counted are not the guests asked for: asked back
    assert "counted_noun_unread" in _reasons(question)
    assert ask(_bakeries(), question).status == "clarify"
    # And rows counted under a row noun, or a row classifier (多少条), stand
    for question in ("How many records were inspected in 2020?", "多少条记录在2020年被检查"):
        assert ask(_bakeries(), question).status == "ok", question


def test_a_verb_before_de_zuiduo_over_a_row_count_is_doubted():
    # Given a loaves amount; When "V得最多" ranks towns and the verb is no column
    question = "2020年哪个town烤得最多"
    # Then a count of rows is not what was baked: asked back
    assert "verb_of_most_unread" in _reasons(question)
    assert ask(_bakeries(), question).status == "clarify"
    # And the rows named as such raise no such doubt
    assert "verb_of_most_unread" not in _reasons("2020年哪个town记录最多")


def test_a_grouping_under_a_negation_is_no_grouping():
    # Given years and towns; When 不分year (not by year) is said
    question = "不分year，哪个town的loaves最多"
    # Then a reading grouping by year is doubted
    assert "negated_grouping_read" in _reasons(question)
    assert ask(_bakeries(), question).status == "clarify"
    # And a plain 按year raises no such doubt
    assert "negated_grouping_read" not in _reasons("按year，哪个town的loaves最多")


def test_a_thing_joined_to_which_by_and_is_asked_too():
    # Given towns and years; When "which town and year" asks two things and the reading groups by one
    question = "Which town and year had the highest average 时薪?"
    # Then the year asked is missing from the answer: asked back
    assert "asked_thing_left_out" in _reasons(question)
    assert ask(_bakeries(), question).status == "clarify"


def test_a_figure_of_the_grouped_column_itself_is_doubted():
    # Given a reading that totals loaves per loaves value (the groups meant were another column's)
    itself = Intent(table="bakery_staff", measures=[Measure("sum", "loaves")], dimensions=["loaves"])
    # Then the shape is doubted
    assert measured_by_itself(itself)
    # And a total per town is not
    per_town = Intent(table="bakery_staff", measures=[Measure("sum", "loaves")], dimensions=["town"])
    assert not measured_by_itself(per_town)
    # And a count per value (how often each value occurs) is no such figure
    counted = Intent(table="bakery_staff", measures=[Measure("count")], dimensions=["loaves"])
    assert not measured_by_itself(counted)


def test_two_values_compared_with_no_figure_are_doubted():
    # Given two towns named and compared ("who has more"), the reading listing them with no figure
    listed = Intent(
        table="bakery_staff", columns=["town"], filters=[Filter("town", "in", ["Leeds", "York"], "value")]
    )
    # Then nothing says which has more: doubted, in both languages
    for question in ("Leeds和York谁的loaves更多", "Did Leeds or York bake more loaves?"):
        assert compared_without_a_figure(question, listed), question
    # And a figure per town answers it; a plain listing of the two asks no comparison
    totals = Intent(
        table="bakery_staff",
        measures=[Measure("sum", "loaves")],
        dimensions=["town"],
        filters=[Filter("town", "in", ["Leeds", "York"], "value")],
    )
    assert not compared_without_a_figure("Did Leeds or York bake more loaves?", totals)
    assert not compared_without_a_figure("列出Leeds和York的记录", listed)


def test_a_superlative_read_as_the_sort_of_every_group_is_doubted():
    # Given yearly counts; When 第一名 (the top one) ends up only as the order of the years listed
    question = "按year列出各年的记录数，第一名"
    # Then the superlative picked nothing: doubted
    assert "superlative_as_a_sort" in _reasons(question)
    # And a superlative that picks a row (a LIMIT), or a listing with none said, raises no such doubt
    # nor one read as each group's MAX / MIN
    for question in (
        "loaves最多的town",
        "按year列出各年的记录数",
        "每年的最低loaves",
        "Lowest loaves of each year",
    ):
        assert "superlative_as_a_sort" not in _reasons(question), question


def _clinics() -> Schema:
    """Visits per region, ward and year: a region is a place column."""
    regions, wards = ["North", "South", "East"], ["paediatrics", "surgery", "dental"]
    rows = [
        (year, region, ward, 50 + 11 * r + 7 * w + year % 5)
        for year in range(2018, 2022)
        for r, region in enumerate(regions)
        for w, ward in enumerate(wards)
    ]
    columns = [("year", "integer"), ("地区", "text"), ("ward", "text"), ("visits", "integer")]
    return Schema(tables=[profiled_table("clinic_visits", columns, rows)])


def test_a_place_kept_as_a_filter_under_a_national_whole_is_doubted():
    # Given visits by region and ward; When one region's share of the national visits of one ward is asked
    question = "North地区的dental visits占全国的比例"
    parser = Parser(question, _clinics(), SemanticLayer(), TODAY, None)
    parser.run()
    # Then a reading that filters the region and shares out the ward is doubted (the region is the part)
    assert "whole_place_filtered" in parser.ps.reasons
    assert ask(_clinics(), question).status == "clarify"
    # And the region read as the share's part, or a share with no whole-place word, keeps its reading
    for question in ("dental visits中North地区占全国的比例", "North地区dental visits的占比"):
        other = Parser(question, _clinics(), SemanticLayer(), TODAY, None)
        other.run()
        assert "whole_place_filtered" not in other.ps.reasons, question
        assert ask(_clinics(), question).status == "ok", question


def _plans() -> Schema:
    """Phone lines: a data bundle's code, the line's service kind (Chinese header 服务类型) and a fee."""
    kinds = ["Prepaid", "Contract", "Family"]
    rows = [(i, 100 + i % 3, kinds[i % 3], round(10 + (i * 7) % 30 + i % 3 * 5.5, 2)) for i in range(60)]
    columns = [("line_id", "integer"), ("data_bundle_id", "integer"), ("服务类型", "text"), ("fee", "float")]
    return Schema(tables=[profiled_table("lines", columns, rows)])


def test_which_thing_asked_by_a_modifier_and_a_read_head_is_answered():
    # Given "data bundle" naming the bundle code and "type" the kind column (服务类型)
    # When asking which data bundle type has the highest average fee
    ans = ask(_plans(), "Which data bundle type has the highest average fee?")
    # Then the thing asked is the compound whose head was read: the kinds are ranked, not asked back
    assert ans.status == "ok", (ans.message, ans.confidence)
    assert 'GROUP BY "服务类型"' in (ans.sql or ""), ans.sql


def test_a_figure_asked_for_each_named_thing_is_no_single_top_group():
    # Given a reading that ranks the kinds and keeps the top one (LIMIT 1)
    top_one = Intent(
        table="lines", measures=[Measure("avg", "fee")], dimensions=["服务类型"], order=[], limit=1
    )
    # When the question asks a figure for each thing named (分别 / respectively) / Then it is doubted
    assert each_ranked_once("Prepaid和Family的最高费用分别是多少", top_one)
    assert each_ranked_once("the highest fee of Prepaid and Family respectively", top_one)
    # And a plain "which kind has the highest fee" is not
    assert not each_ranked_once("哪种服务类型的平均费用最高", top_one)
