"""A monthly table whose time is a text label 'YYYY-MM' (no date column): months, quarters and open sides
bound the labels (yearlabels.py), the data's span is the first and last label, a period is no share's
part, and an average over a panel's members and months is doubted (panels.py). Schemas of their own: a
chain's monthly stock by store, a depot's monthly shipped units, a market's monthly volume."""

from __future__ import annotations

from shared.ask.engines.rules.answer_doubts import answer_doubts
from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

STORES = [("Elm", "North"), ("Oak", "North"), ("Ash", "North"), ("Fir", "South")]


def _months(first_year: int, years: int) -> list[str]:
    return [f"{first_year + i // 12}-{i % 12 + 1:02d}" for i in range(12 * years)]


def _stock() -> Schema:
    """Every store once per month: a panel (months x stores), regions grouping the stores unevenly."""
    columns = [("month", "text"), ("store", "text"), ("region", "text"), ("units_on_hand", "integer")]
    rows = [
        (m, store, region, 400 + 37 * k + (i * 13) % 50)
        for i, m in enumerate(_months(2016, 4))
        for k, (store, region) in enumerate(STORES)
    ]
    return Schema(tables=[profiled_table("stock", columns, rows)])


def test_a_month_said_is_its_label():
    # Given monthly labels '2016-01' .. '2019-12' and no date column
    schema = _stock()
    # When one month is asked
    answer = ask(schema, "Units on hand at store Oak in March 2017")
    # Then the label of that month is the filter
    assert answer.status == "ok", answer.message
    assert "\"month\" = '2017-03'" in (answer.sql or "")


def test_a_quarter_and_an_open_side_are_ranges_of_labels():
    # Given the same labels
    schema = _stock()
    # When a quarter and a month onwards are asked
    quarter = ask(schema, "Average units on hand at store Elm in the second quarter of 2018")
    since = ask(schema, "Average units on hand at store Ash since June 2018")
    # Then each is a range of labels in text order, the next period's first label excluded
    assert quarter.status == "ok", quarter.message
    assert "\"month\" >= '2018-04'" in (quarter.sql or "") and "\"month\" < '2018-07'" in (quarter.sql or "")
    assert since.status == "ok", since.message
    assert "\"month\" >= '2018-06'" in (since.sql or "")


def test_two_months_compared_are_two_labels():
    # Given the same labels / When two months are compared
    answer = ask(_stock(), "Total units on hand in June 2017 versus June 2018")
    # Then both labels are kept, one row each
    assert answer.status == "ok", answer.message
    assert "IN ('2017-06', '2018-06')" in (answer.sql or "")


def test_the_span_of_the_data_is_the_first_and_last_label():
    # Given the same labels / When the data's time range is asked
    answer = ask(_stock(), "What is the time range of the data?")
    # Then the first and last month label answer it
    assert answer.status == "ok", answer.message
    assert 'MIN("month")' in (answer.sql or "") and 'MAX("month")' in (answer.sql or "")


def test_a_month_bounds_a_share_and_is_not_its_part():
    # Given the same labels / When each region's share of a month's total is asked
    answer = ask(_stock(), "Each region's share of total units on hand in March 2017")
    # Then the month filters the rows and each region is a share of that month's total
    assert answer.status == "ok", answer.message
    sql = answer.sql or ""
    assert "WHERE \"month\" = '2017-03'" in sql and "CASE WHEN" not in sql


def test_an_average_over_several_members_and_months_of_a_panel_is_doubted():
    # Given every store once per month, the regions holding three stores and one
    schema = _stock()
    # When the average of a region over a year is asked, and the average of each store
    regions = ask(schema, "Which region had the highest average units on hand in 2018?")
    stores = ask(schema, "Average units on hand by store in 2018")
    one_month = ask(schema, "Average units on hand by region in March 2018")
    # Then the region's average is asked back: the mean of its rows (per store and month) or the mean of
    # its monthly totals; a store's average, or one month's, has one reading
    assert regions.status == "clarify", regions.sql
    assert stores.status == "ok", stores.message
    assert one_month.status == "ok", one_month.message


def _shipped() -> Schema:
    columns = [("month", "text"), ("depot", "text"), ("Shipped", "integer")]
    rows = [
        (m, depot, 90 + 7 * k + i % 11)
        for i, m in enumerate(_months(2017, 2))
        for k, depot in enumerate(["Leeds", "York"])
    ]
    return Schema(tables=[profiled_table("depots", columns, rows)])


def test_a_participle_column_is_named_by_its_noun():
    # Given a measure named by a past participle (Shipped)
    schema = _shipped()
    # When its -ment noun is asked
    answer = ask(schema, "Total shipment of depot Leeds in 2018")
    # Then the noun names the column
    assert answer.status == "ok", answer.message
    assert 'SUM("Shipped")' in (answer.sql or "")


def test_a_negated_word_is_no_typo_of_a_column():
    # Given the same schema / When a word is the column's name behind a negating prefix
    answer = ask(_shipped(), "Total unshipped at depot York in 2018")
    # Then it is not read as the column itself (its opposite is not held)
    assert answer.status != "ok" or 'SUM("Shipped")' not in (answer.sql or "")


def _staffed() -> Schema:
    columns = [("月份", "text"), ("门店", "text"), ("在岗", "integer")]
    rows = [
        (m, shop, 20 + 3 * k + i % 5)
        for i, m in enumerate(_months(2017, 2))
        for k, shop in enumerate(["东店", "西店"])
    ]
    return Schema(tables=[profiled_table("排班", columns, rows)])


def test_a_headcount_word_after_a_measure_is_that_measure():
    # Given a measure of people (在岗, the staff on duty)
    schema = _staffed()
    # When its headcount is asked (在岗人数)
    answer = ask(schema, "2018年东店的平均在岗人数")
    # Then the measure answers it, with no count of rows beside it
    assert answer.status == "ok", answer.message
    assert 'AVG("在岗")' in (answer.sql or "") and "COUNT(*)" not in (answer.sql or "")


def test_an_elliptical_question_without_a_previous_one_is_asked_back():
    # Given the monthly stock and no conversation / When a bare "X呢" is asked (and the regions?)
    answer = ask(_stock(), "区域呢？")
    # Then it edits a question not at hand: asked back, not the regions listed
    assert answer.status == "clarify", answer.sql


def _volume() -> Schema:
    columns = [("month", "text"), ("Market", "text"), ("volume", "integer")]
    rows = [
        (m, market, 500 + 11 * k + i % 7)
        for i, m in enumerate(_months(2017, 2))
        for k, market in enumerate(["Bonds", "Currencies"])
    ]
    return Schema(tables=[profiled_table("trading", columns, rows)])


def test_a_chinese_compound_naming_a_member_is_not_dropped():
    # Given a Market column holding Bonds and Currencies
    schema = _volume()
    # When a compound names a market the column does not hold (股票市场 "stock market")
    answer = ask(schema, "2018年股票市场的平均volume")
    # Then the answer does not drop it for every market's volume
    assert answer.status == "clarify", answer.sql


def test_a_share_with_neither_a_part_nor_groups_is_doubted():
    # Given the monthly stock
    table = _stock().tables[0]
    # When a share was asked but neither its part (the part not understood) nor any grouping was read
    lost = Intent(table="stock", share=True, filters=[Filter("month", "like", ["2017%"], "number")])
    grouped = Intent(
        table="stock", share=True, dimensions=["region"], measures=[Measure("sum", "units_on_hand")]
    )
    # Then the answer (rows listed, no figure) has lost the share: doubted; a share of each group is not
    assert "share_of_nothing" in answer_doubts("2017年新店占全部的百分之几", lost, table)
    assert "share_of_nothing" not in answer_doubts("各区域占比", grouped, table)


def test_a_group_of_one_member_is_one_series_of_the_panel():
    # Given the stock panel, the South holding one store and the North three
    schema = _stock()
    # When the average of each region over a year is asked
    south = ask(schema, "Average units on hand in region South in 2018")
    north = ask(schema, "Average units on hand in region North in 2018")
    # Then the South's rows are one store's months (one reading); the North's are three stores' (asked back)
    assert south.status == "ok", south.message
    assert north.status == "clarify", north.sql


def test_each_month_over_month_labels_is_one_row_per_label():
    # Given the stock panel / When each month of a year is asked for one store
    answer = ask(_stock(), "Units on hand at store Elm in each month of 2018")
    # Then the month labels are the groups, shown beside the figure
    assert answer.status == "ok", answer.message
    assert 'SELECT "month"' in (answer.sql or "") and 'GROUP BY "month"' in (answer.sql or "")


def test_a_follow_up_whose_edit_is_lost_is_asked_back():
    # Given a first question about one market's months
    schema = _volume()
    first = ask(schema, "2018年Bonds每个月的volume")
    assert first.status == "ok", first.message
    # When the follow-up names a market the column does not hold (股票市场 "stock market": only the column)
    answer = ask(schema, "股票市场呢", state=first.state)
    # Then the unchanged previous question is not answered again as if it were the new one
    assert answer.status == "clarify", answer.sql
