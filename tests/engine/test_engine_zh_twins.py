"""Chinese questions whose English twins were answered: general business words, X率 rate names and counts
compared per group, each on a small schema of its own (issue 10, helper "zh")."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from tests.engine.schemas import ask, profiled_table


def funds() -> Table:
    return profiled_table(
        "funds",
        [("fund", "text"), ("sector", "text"), ("assets", "float")],
        [("F1", "Retail", 10.0), ("F2", "Mining", 20.0), ("F3", "Retail", 5.0), ("F4", "Biotech", 7.5)],
    )


def loans(rate_column: str) -> Table:
    return profiled_table(
        "loans",
        [("loan_id", "text"), (rate_column, "float"), ("branch", "text")],
        [("L1", 0.1, "Oslo"), ("L2", 0.3, "Bergen"), ("L3", 0.2, "Oslo")],
    )


def schools() -> Table:
    return profiled_table(
        "schools",
        [("school", "text"), ("district", "text"), ("students", "integer")],
        [("A", "East", 300), ("B", "East", 200), ("C", "East", 100), ("D", "West", 50), ("E", "West", 80)],
    )


def test_industry_names_a_sector_column():
    # Given a sector column / When 行业 (industry, the usual Chinese word for a business sector) is grouped by
    ans = ask(Schema(tables=[funds()]), "各行业的资产总额")
    # Then the sector is the dimension
    assert ans.status == "ok", ans.message
    assert 'GROUP BY "sector"' in (ans.sql or "") and 'SUM("assets")' in (ans.sql or ""), ans.sql


def test_a_word_before_rate_names_the_column_whose_name_ends_in_a_rate_noun():
    # Given `Default Ratio` and 违约率 (违约 "default", the name's first word, then 率)
    ans = ask(Schema(tables=[loans("Default Ratio")]), "违约率最高的贷款")
    # Then 率 is the name's second word: the loans are ranked by the ratio, no share computed
    assert ans.status == "ok", ans.message
    assert 'ORDER BY "Default Ratio" DESC LIMIT 1' in (ans.sql or ""), ans.sql


def test_rate_after_a_word_of_a_name_that_is_no_rate_is_not_that_column():
    # Given only `Default Count`: 违约率 names no column outright
    ans = ask(Schema(tables=[loans("Default Count")]), "平均违约率")
    # Then the count is never averaged as if it were the rate
    assert not (ans.status == "ok" and 'AVG("Default Count")' in (ans.sql or "")), ans.sql


def test_a_count_of_the_tables_rows_compared_per_group_is_a_having():
    # Given schools per district / When 学校数量超过2所的区 (count word, comparator, number, classifier)
    ans = ask(Schema(tables=[schools()]), "学校数量超过2所的区有哪些")
    # Then the districts are grouped and kept by their number of schools
    assert ans.status == "ok", ans.message
    assert 'GROUP BY "district" HAVING COUNT(*) > 2' in (ans.sql or ""), ans.sql


def test_a_count_suffix_before_the_comparator_counts_too():
    ans = ask(Schema(tables=[schools()]), "学校数超过2的区")
    assert ans.status == "ok", ans.message
    assert "HAVING COUNT(*) > 2" in (ans.sql or ""), ans.sql


def apartments() -> Table:
    return profiled_table(
        "apartments",
        [("apt", "text"), ("bedrooms", "integer"), ("rent", "float"), ("city", "text")],
        [
            ("A1", 2, 900.0, "Lyon"),
            ("A2", 4, 1500.0, "Nice"),
            ("A3", 3, 1200.0, "Lyon"),
            ("A4", 1, 600.0, "Nice"),
        ],
    )


def parcels(*mass_columns: str) -> Table:
    columns = [("parcel_id", "text"), *((c, "float") for c in mass_columns), ("destination", "text")]
    rows = [("P1", *(1.5 for _ in mass_columns), "Lima"), ("P2", *(4.0 for _ in mass_columns), "Quito")]
    return profiled_table("parcels", columns, rows)


def test_a_count_suffix_after_a_numeric_column_is_the_columns_own_word():
    # Given a bedrooms count column / When 卧室数最多 (卧室 "bedroom" + 数, then a superlative)
    ans = ask(Schema(tables=[apartments()]), "卧室数最多的公寓")
    # Then the apartments are ranked by the column, no count of rows asked for
    assert ans.status == "ok", ans.message
    assert 'ORDER BY "bedrooms" DESC LIMIT 1' in (ans.sql or ""), ans.sql


def test_a_unit_after_a_compared_number_names_the_one_column_held_in_that_quantity():
    # Given weight_kg only / When 超过2磅 (pounds) names no column but its unit
    ans = ask(Schema(tables=[parcels("weight_kg")]), "超过2磅的包裹有几个")
    # Then the mass column is compared, the pounds converted to its kilograms
    assert ans.status == "ok", ans.message
    assert '"weight_kg" > 0.907185' in (ans.sql or ""), ans.sql


def test_a_unit_held_by_two_columns_picks_neither():
    ans = ask(Schema(tables=[parcels("gross_kg", "net_kg")]), "超过2磅的包裹有几个")
    assert ans.status != "ok", ans.sql


def test_a_month_of_every_year_is_one_figure_over_the_years():
    # Given daily revenue over three years / When 历年3月份 (March, over the years)
    daily = profiled_table(
        "shop_days",
        [("day", "date"), ("revenue", "float")],
        [("2021-03-01", 10.0), ("2021-04-01", 20.0), ("2022-03-05", 30.0), ("2023-03-09", 5.0)],
    )
    ans = ask(Schema(tables=[daily]), "历年3月份的总营收")
    # Then every March is kept (月份 after 历年 is still the month) and no year is grouped
    assert ans.status == "ok", ans.message
    assert "STRFTIME('%m', \"day\") AS INTEGER) = 3" in (ans.sql or "") and "GROUP BY" not in (ans.sql or "")


def towns() -> Table:
    return profiled_table(
        "towns",
        [("town", "text"), ("region", "text"), ("lifeExp", "float")],
        [("T1", "North", 60.0), ("T2", "North", 75.0), ("T3", "South", 80.0), ("T4", "South", 72.0)],
    )


def test_two_words_naming_only_one_column_are_one_word_of_it():
    # Given lifeExp, named by both halves of 预期寿命 (预期 "expected" -> exp, 寿命 "life expectancy")
    ans = ask(Schema(tables=[towns()]), "平均预期寿命超过70的地区有哪些")
    # Then the average and the comparison apply to the one column: regions kept by their average
    assert ans.status == "ok", ans.message
    assert 'GROUP BY "region" HAVING AVG("lifeExp") > 70' in (ans.sql or ""), ans.sql


def test_a_chinese_function_word_is_no_word_not_understood():
    # Given members per city / When 来自 (from) and 相应 (corresponding) carry no content of their own
    members = profiled_table(
        "members",
        [("member", "text"), ("city", "text"), ("age", "integer")],
        [("M1", "Oslo", 30), ("M2", "Rome", 40), ("M3", "Oslo", 50)],
    )
    ans = ask(Schema(tables=[members]), "显示不同的城市以及来自相应城市的会员数量")
    # Then they are not asked back about, even side by side, and the count per city is sure
    assert ans.status == "ok" and ans.confidence >= 0.85, (ans.confidence, ans.unknown_words)
    assert 'GROUP BY "city"' in (ans.sql or ""), ans.sql


def boats() -> Table:
    return profiled_table(
        "boats",
        [("boat", "text"), ("Miles_per_Hour", "float"), ("Length_in_ft", "float"), ("harbor", "text")],
        [("B1", 18.5, 30.0, "Split"), ("B2", 25.0, 42.0, "Pula"), ("B3", 21.0, 35.0, "Split")],
    )


def test_per_before_a_word_of_a_per_name_is_the_names_per():
    # Given Miles_per_Hour / When 每小时超过20英里 (per hour, more than 20 miles)
    ans = ask(Schema(tables=[boats()]), "每小时超过20英里的船有几艘")
    # Then the speed is compared, never grouped by (每 is the name's "per", not "each")
    assert ans.status == "ok", ans.message
    assert '"Miles_per_Hour" > 20' in (ans.sql or "") and "GROUP BY" not in (ans.sql or ""), ans.sql


def test_per_before_another_column_still_groups():
    ans = ask(Schema(tables=[boats()]), "每个港口的船有几艘")
    assert ans.status == "ok" and 'GROUP BY "harbor"' in (ans.sql or ""), ans.sql


def test_a_bare_bound_within_the_data_is_asked_back():
    # Given speeds from 18.5 to 25 / When 20英里以上 (以上 alone: 20 included or not is a guess)
    ans = ask(Schema(tables=[boats()]), "每小时跑20英里以上的船有几艘")
    # Then the reading is offered, not answered
    assert ans.status == "clarify", ans.sql
    # and 及以上 says it: answered
    said = ask(Schema(tables=[boats()]), "每小时20英里及以上的船有几艘")
    assert said.status == "ok" and '"Miles_per_Hour" >= 20' in (said.sql or ""), said.sql


def farms() -> Table:
    return profiled_table(
        "farms",
        [
            ("farm", "text"),
            ("province", "text"),
            ("Acreage", "float"),
            ("Price", "float"),
            ("Yield/Share", "float"),
        ],
        [
            ("F1", "Ontario", 100.0, 3.0, 1.0),
            ("F2", "Quebec", 50.0, 4.0, 2.0),
            ("F3", "Ontario", 70.0, 5.0, 3.0),
        ],
    )


def test_a_share_word_that_names_a_column_only_in_part_is_the_share():
    # Given Yield/Share, which 比例 / 占比 name weakly (a gloss "share" is one word of it)
    ans = ask(Schema(tables=[farms()]), "Ontario的Acreage占全部Acreage的比例")
    # Then the share of the total is computed, the column left alone
    assert ans.status == "ok", ans.message
    assert 'SUM(CASE WHEN "province" = \'Ontario\' THEN "Acreage"' in (ans.sql or ""), ans.sql
    assert "Yield/Share" not in (ans.sql or "")


def test_a_share_per_group_of_a_measure_no_name_says_to_average_shares_its_total():
    # Given Acreage (nothing says sum or average) / When each province's 占比
    ans = ask(Schema(tables=[farms()]), "各省份Acreage占比")
    # Then each province's total over the grand total
    assert ans.status == "ok", ans.message
    assert 'SUM(SUM("Acreage")) OVER ()' in (ans.sql or ""), ans.sql


def test_a_share_of_an_average_is_asked_back():
    # Given prices (averaged) / When each province's share of price: no total to share
    ans = ask(Schema(tables=[farms()]), "各省份的价格占比")
    assert ans.status == "clarify", ans.sql
    # and a share word over a column it names only in part never answers that column averaged
    other = ask(Schema(tables=[farms()]), "各省份的种植面积占比")
    assert not (other.status == "ok" and "Yield/Share" in (other.sql or "")), other.sql


def test_the_tables_noun_and_a_quantity_character_name_that_quantity():
    # Given boats with a weight and a price / When 船重 (boat + 重, heavy) and 船价 (boat + 价, price)
    boats_sold = profiled_table(
        "boats",
        [("boat", "text"), ("harbor", "text"), ("weight", "float"), ("price", "float")],
        [("B1", "Split", 3.5, 90.0), ("B2", "Pula", 5.0, 120.0), ("B3", "Split", 4.0, 60.0)],
    )
    ans = ask(Schema(tables=[boats_sold]), "各港口的平均船重")
    # Then the weight is averaged per harbor, and the price ranks the boats
    assert ans.status == "ok", ans.message
    assert 'AVG("weight")' in (ans.sql or "") and 'GROUP BY "harbor"' in (ans.sql or ""), ans.sql
    top = ask(Schema(tables=[boats_sold]), "船价最高的船")
    assert top.status == "ok" and 'ORDER BY "price" DESC LIMIT 1' in (top.sql or ""), top.sql


def test_what_percent_is_a_share_word():
    # Given boats per harbor / When 占百分之几 (what percent of them)
    ans = ask(Schema(tables=[boats()]), "Split的船占百分之几")
    # Then the share of rows in Split, not a listing
    assert ans.status == "ok", ans.message
    assert "AVG(CASE WHEN \"harbor\" = 'Split' THEN 1.0 ELSE 0 END)" in (ans.sql or ""), ans.sql


def test_a_quoted_number_no_text_column_holds_is_a_number():
    # Given towns / When a number comes in quotes (人口是“75”): no text column holds '75'
    ans = ask(Schema(tables=[towns()]), "给出“North”地区lifeExp是“75”的城镇")
    # Then it is compared with the numeric column, never looked up as a text value
    assert ans.status == "ok", ans.message
    assert '"lifeExp" = 75' in (ans.sql or "") and "'75'" not in (ans.sql or ""), ans.sql


def test_shorter_than_and_longer_than_compare():
    # Given lengths / When 短于 (shorter than) and 长于 (longer than)
    shorter = ask(Schema(tables=[boats()]), "长度短于40英尺的船有几艘")
    longer = ask(Schema(tables=[boats()]), "长度长于40英尺的船有几艘")
    assert shorter.status == "ok" and '"Length_in_ft" < 40' in (shorter.sql or ""), shorter.sql
    assert longer.status == "ok" and '"Length_in_ft" > 40' in (longer.sql or ""), longer.sql


def test_a_yes_or_no_said_after_a_flags_name_is_its_value():
    # Given a 0/1 flag / When the flag's name is followed by 为 Yes or 为 No
    members = profiled_table(
        "members",
        [("member", "text"), ("renewed", "integer"), ("city", "text")],
        [("M1", 1, "Oslo"), ("M2", 0, "Rome"), ("M3", 1, "Oslo"), ("M4", 0, "Oslo")],
    )
    yes = ask(Schema(tables=[members]), "renewed 为 Yes 的会员有多少")
    no = ask(Schema(tables=[members]), "renewed 为 No 的会员有多少")
    # Then yes keeps the flag on, no keeps it off, and neither word is asked back about
    assert yes.status == "ok" and '"renewed" = 1' in (yes.sql or ""), (yes.sql, yes.unknown_words)
    assert no.status == "ok" and '"renewed" = 0' in (no.sql or ""), (no.sql, no.unknown_words)


def test_a_column_listed_twice_in_a_row_is_asked_back():
    # Given contacts with first and last names / When the list says 姓氏 twice (one of them meant another)
    contacts = profiled_table(
        "contacts",
        [("first_name", "text"), ("last_name", "text"), ("phone", "text")],
        [("Ana", "Lima", "555-1"), ("Bo", "Berg", "555-2")],
    )
    twice = ask(Schema(tables=[contacts]), "列出所有联系人的姓氏、姓氏和电话")
    # Then the reading is offered, not answered; said once each, it is answered
    assert twice.status == "clarify", twice.sql
    once = ask(Schema(tables=[contacts]), "列出所有联系人的名字、姓氏和电话")
    assert once.status == "ok", once.message
