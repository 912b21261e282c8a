"""General rules for rankings, counts, quantities, codes and readable names (engine4 round).

Each test names the rule, with fresh data, not a question from a question set.
"""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

DEPOT_COLUMNS = [
    ("parcel_id", "text"),
    ("sent_date", "date"),
    ("depot", "text"),
    ("courier", "text"),
    ("pieces", "integer"),
    ("quantity", "integer"),
    ("fee", "float"),
    ("hours_in_transit", "float"),
    ("tariff", "text"),
    ("sender_gender", "text"),
]
DEPOT_ROWS = [
    ("P1", "2023-05-02", "北仓", "Ann", 2, 3, 12.0, 30.5, "2023 Basic", "F"),
    ("P2", "2023-09-14", "北仓", "Bo", 1, 1, 8.5, 12.0, "2024 Basic", "M"),
    ("P3", "2024-01-20", "南仓", "Ann", 4, 6, 30.0, 48.0, "2023 Basic", "F"),
    ("P4", "2024-03-03", "南仓", "Cy", 3, 2, 22.0, 4.5, "2024 Basic", "M"),
    ("P5", "2024-06-30", "东仓", "Bo", 5, 9, 41.0, 3.0, "2024 Peak", "F"),
    ("P6", "2024-08-08", "东仓", "Cy", 2, 4, 15.0, 70.0, "2024 Peak", "M"),
    ("P7", "2024-10-10", "北仓", "Ann", 6, 7, 55.0, 9.0, "2023 Basic", "F"),
    ("P8", "2024-12-31", "南仓", "Bo", 1, 2, 9.0, 26.0, "2024 Basic", "M"),
]
ZH_COLUMNS = [
    ("单号", "text"),
    ("仓库", "text"),
    ("件数", "integer"),
    ("运费", "float"),
    ("寄件人性别", "text"),
]
ZH_ROWS = [
    ("D1", "北仓", 2, 12.0, "F"),
    ("D2", "北仓", 1, 8.5, "M"),
    ("D3", "南仓", 4, 30.0, "F"),
    ("D4", "南仓", 3, 22.0, "M"),
    ("D5", "东仓", 5, 41.0, "F"),
    ("D6", "东仓", 2, 15.0, "M"),
    ("D7", "北仓", 6, 55.0, "F"),
    ("D8", "南仓", 1, 9.0, "M"),
]
PLAYER_COLUMNS = [("player_id", "integer"), ("player_name", "text"), ("club", "text"), ("score", "float")]
PLAYER_ROWS = [
    (1, "Ada", "Reds", 71.0),
    (2, "Ben", "Blues", 88.5),
    (3, "Cai", "Reds", 64.0),
    (4, "Dee", "Blues", 92.0),
    (5, "Eve", "Greens", 79.5),
]


def depot() -> Schema:
    return Schema(tables=[profiled_table("parcels", DEPOT_COLUMNS, DEPOT_ROWS)])


def zh_depot() -> Schema:
    return Schema(tables=[profiled_table("发货", ZH_COLUMNS, ZH_ROWS)])


def players() -> Schema:
    return Schema(tables=[profiled_table("players", PLAYER_COLUMNS, PLAYER_ROWS)])


def test_top_n_things_by_an_amount_ranks_each_things_total():
    # Given a depot column repeated over parcels / When asking for the top 2 depots by fee, and the bottom 1
    top = ask(depot(), "top 2 depots by fee")
    bottom = ask(depot(), "bottom 1 depot by total fee")
    # Then the depots are grouped, their fees summed and ranked, highest (lowest) first
    assert 'GROUP BY "depot"' in top.sql and 'SUM("fee")' in top.sql and "DESC LIMIT 2" in top.sql
    assert 'GROUP BY "depot"' in bottom.sql and "ASC LIMIT 1" in bottom.sql


def test_top_n_by_number_of_rows_counts_them():
    # Given "by number of parcels" / When ranking couriers
    ans = ask(depot(), "top 2 couriers by number of parcels")
    # Then the rows are counted per courier
    assert 'GROUP BY "courier"' in ans.sql and "COUNT(*)" in ans.sql and "DESC LIMIT 2" in ans.sql


def test_top_n_of_the_tables_own_rows_lists_their_names_and_the_measure():
    # Given a table of players, one row each / When asking for the top 3 players by score
    ans = ask(players(), "top 3 players by score")
    # Then rows are listed by name with the score, not grouped
    assert ans.sql.startswith('SELECT "player_name", "score"') and "GROUP BY" not in ans.sql
    assert 'ORDER BY "score" DESC LIMIT 3' in ans.sql


def test_zh_top_n_after_a_measure_is_a_ranking():
    # Given 前N or 排名后N right after a measure / When naming the ranked thing after it
    top = ask(zh_depot(), "运费排名前二的仓库")
    low = ask(zh_depot(), "件数排名后两名的仓库")
    # Then the things are ranked by the measure's total, descending for 前 and ascending for 后
    assert 'GROUP BY "仓库"' in top.sql and 'SUM("运费")' in top.sql and "DESC LIMIT 2" in top.sql
    assert 'GROUP BY "仓库"' in low.sql and "ASC LIMIT 2" in low.sql


def test_zh_classifier_count_of_a_column_noun_counts_its_distinct_values():
    # Given 几个 + a dimension column's noun / When asking how many there are
    ans = ask(zh_depot(), "有几个仓库")
    # Then distinct depots are counted, not rows
    assert 'COUNT(DISTINCT "仓库")' in ans.sql


def test_counting_pieces_sums_the_quantity_column():
    # Given a quantity column / When asking how many pieces (件) or units went out
    zh = ask(depot(), "东仓一共发了多少件")
    en = ask(depot(), "how many units did Ann send")
    # Then the quantity is summed, not the rows counted
    assert 'SUM("quantity")' in zh.sql and "\"depot\" = '东仓'" in zh.sql
    assert 'SUM("quantity")' in en.sql and "\"courier\" = 'Ann'" in en.sql


def test_gender_codes_are_linked_from_words_for_women_and_men():
    # Given a gender column stored as F/M / When asking about women and 男性
    women = ask(depot(), "average fee of parcels sent by women")
    men = ask(zh_depot(), "男性寄件人的运费合计")
    # Then the codes are the filter values
    assert "\"sender_gender\" = 'F'" in women.sql
    assert "\"寄件人性别\" = 'M'" in men.sql


def test_a_year_inside_a_data_value_is_the_value_not_a_year_filter():
    # Given tariff values such as '2023 Basic' / When a question names one
    ans = ask(depot(), "total fee on the 2023 Basic tariff")
    # Then the value filters the tariff and no date range is added
    assert "\"tariff\" = '2023 Basic'" in ans.sql and "sent_date" not in ans.sql


def test_a_one_character_abbreviation_after_an_aggregate_names_its_column():
    # Given 平均分 (分 for score) / When asking per club
    ans = ask(players(), "各club的平均分")
    # Then the score is averaged
    assert 'AVG("score")' in ans.sql and 'GROUP BY "club"' in ans.sql


def test_listed_rows_without_a_name_column_show_their_id_and_the_ranked_column():
    # Given parcels with an id but no name column / When asking for the 2 slowest ones
    ans = ask(depot(), "the 2 parcels with the longest hours in transit")
    # Then the id and the ranked column are listed
    assert ans.sql.startswith('SELECT "parcel_id", "hours_in_transit"')
    assert "DESC LIMIT 2" in ans.sql


def test_how_many_counts_and_list_lists_rows_meeting_a_comparison():
    # Given the same condition / When asked "how many" and "list"
    count = ask(depot(), "How many parcels were in transit for under 10 hours?")
    listing = ask(depot(), "list the parcels in transit for under 10 hours")
    # Then the first counts rows and the second lists their ids
    assert "COUNT(*)" in count.sql and '"hours_in_transit" < 10' in count.sql
    assert listing.sql.startswith('SELECT "parcel_id"') and '"hours_in_transit" < 10' in listing.sql


def test_the_highest_value_ever_recorded_is_a_maximum():
    # Given "ever recorded" and the table named with its measure / When asking for the highest score
    ans = ask(players(), "the highest score ever recorded")
    # Then one number, the maximum
    assert 'MAX("score")' in ans.sql and "LIMIT" not in ans.sql


def test_measures_are_named_for_people_in_the_questions_language():
    # Given a total, an average and a count in Chinese and English
    zh_sum = ask(zh_depot(), "各仓库的运费合计")
    zh_avg = ask(zh_depot(), "平均运费")
    en_avg = ask(depot(), "average fee by courier")
    en_count = ask(depot(), "number of rows per month")
    # Then the result columns read as words, and the chart label says the same
    assert '"运费合计"' in zh_sum.sql and zh_sum.chart.measure_label == "运费合计"
    assert '"平均运费"' in zh_avg.sql
    assert '"avg_fee"' in en_avg.sql and en_avg.chart.measure_label == "avg fee"
    assert '"parcel_count"' in en_count.sql and en_count.chart.measure_label == "parcel count"


def test_an_english_column_gets_its_lexicon_chinese_name_in_a_chinese_answer():
    # Given an amount column named in English / When the question is Chinese
    ans = ask(Schema(tables=[profiled_table("orders", [("amount", "float")], [(1.0,), (2.0,)])]), "总金额")
    # Then the alias says 金额合计 and counts of orders say 订单数
    count = ask(Schema(tables=[profiled_table("orders", [("amount", "float")], [(1.0,), (2.0,)])]), "订单数")
    assert '"金额合计"' in ans.sql
    assert '"订单数"' in count.sql
