"""Write questions.jsonl of the commodity_prices question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: commodity_prices.csv (make_data.py): monthly World Bank commodity prices 1960-01..2022-12 of ten
commodities (two crude oils, two coffees, three teas, three sugars), Chinese headers 月份 / 商品 / 类别 / 单位 /
价格, Chinese commodity names. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "commodity_prices.csv"
T = "commodity_prices"
Y = "CAST(substr(月份, 1, 4) AS INTEGER)"
Q = "(CAST(substr(月份, 6, 2) AS INTEGER) + 2) / 3"
BRENT, DUBAI, ARABICA, ROBUSTA = "布伦特原油", "迪拜原油", "阿拉比卡咖啡", "罗布斯塔咖啡"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def price(name: str, month: str) -> str:
    return f"(SELECT 价格 FROM {T} WHERE 商品 = '{name}' AND 月份 = '{month}')"


def year_avg(name: str, year: int) -> str:
    return f"(SELECT AVG(价格) FROM {T} WHERE 商品 = '{name}' AND {Y} = {year})"


def by_year(name: str, first: int, last: int) -> str:
    return (
        f"SELECT {Y}, AVG(价格) FROM {T} WHERE 商品 = '{name}' AND {Y} BETWEEN {first} AND {last}"
        f" GROUP BY {Y}"
    )


CV = ["cross_lingual_value"]

# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "What was the price of Brent crude in July 2008?",
        "2008年7月布伦特原油的价格是多少",
        f"SELECT 价格 FROM {T} WHERE 商品 = '{BRENT}' AND 月份 = '2008-07'",
        ["lookup", "filter", "date", *CV],
    ),
    (
        "Average price of Arabica coffee in 2022",
        "2022年阿拉比卡咖啡的平均价格",
        f"SELECT AVG(价格) FROM {T} WHERE 商品 = '{ARABICA}' AND {Y} = 2022",
        ["agg", "filter", "date", *CV],
    ),
    (
        "Average price of each commodity in 2022",
        "2022年各商品的均价",
        f"SELECT 商品, AVG(价格) FROM {T} WHERE {Y} = 2022 GROUP BY 商品",
        ["group_by", "agg", "date"],
    ),
    (
        "Among the beverages, which one had the highest average price in 2022?",
        "2022年饮料类商品里均价最高的是哪个",
        f"SELECT 商品, AVG(价格) FROM {T} WHERE 类别 = '饮料' AND {Y} = 2022 GROUP BY 商品"
        " ORDER BY AVG(价格) DESC LIMIT 1",
        ["superlative", "group_by", "filter", "date", *CV],
        False,
        [0],
    ),
    (
        "Top 5 months by Brent crude price",
        "布伦特原油价格最高的5个月",
        f"SELECT 月份, 价格 FROM {T} WHERE 商品 = '{BRENT}' ORDER BY 价格 DESC LIMIT 5",
        ["top_n", "filter", *CV],
        False,
        [0],
    ),
    (
        "In which month since 2000 was Brent crude cheapest?",
        "2000年以来布伦特原油价格最低的是哪个月",
        f"SELECT 月份, 价格 FROM {T} WHERE 商品 = '{BRENT}' AND 月份 >= '2000-01' ORDER BY 价格 ASC LIMIT 1",
        ["superlative", "range", *CV],
        False,
        [0],
    ),
    (
        "Average Brent crude price for each year from 2015 to 2022",
        "2015到2022年布伦特原油每年的均价",
        by_year(BRENT, 2015, 2022),
        ["trend", "range", "agg", *CV],
        False,
        [1],
    ),
    (
        "How many months did Brent crude cost more than 100 dollars a barrel?",
        "布伦特原油价格超过每桶100美元的月份有几个",
        f"SELECT COUNT(*) FROM {T} WHERE 商品 = '{BRENT}' AND 价格 > 100",
        ["count", "filter", "number", *CV],
    ),
    (
        "How many commodities are there in each category?",
        "每个类别有几种商品",
        f"SELECT 类别, COUNT(DISTINCT 商品) FROM {T} GROUP BY 类别",
        ["count", "group_by", "distinct"],
    ),
    (
        "Which commodities are priced in dollars per barrel?",
        "哪些商品是按美元/桶计价的",
        f"SELECT DISTINCT 商品 FROM {T} WHERE 单位 = '美元/桶'",
        ["list", "filter", "distinct"],
    ),
    (
        "Compare the average prices of Brent and Dubai crude in 2022",
        "2022年布伦特原油和迪拜原油的均价对比",
        f"SELECT 商品, AVG(价格) FROM {T} WHERE 商品 IN ('{BRENT}', '{DUBAI}') AND {Y} = 2022 GROUP BY 商品",
        ["compare_two", "agg", "date", *CV],
    ),
    (
        "How much higher was Brent's average price than Dubai's in 2022?",
        "2022年布伦特原油的均价比迪拜原油高多少",
        f"SELECT {year_avg(BRENT, 2022)} - {year_avg(DUBAI, 2022)}",
        ["difference", "compare_two", "date", *CV],
    ),
    (
        "By what percentage did the average Brent price change in 2022 compared with 2021?",
        "2022年布伦特原油年均价的同比增长率是多少",
        f"SELECT 100.0 * ({year_avg(BRENT, 2022)} - {year_avg(BRENT, 2021)}) / {year_avg(BRENT, 2021)}",
        ["yoy", "growth", "period_compare", "pct", *CV],
    ),
    (
        "How much did Arabica coffee's average price grow from 2020 to 2022, in percent?",
        "阿拉比卡咖啡2022年的均价比2020年上涨了百分之几",
        f"SELECT 100.0 * ({year_avg(ARABICA, 2022)} - {year_avg(ARABICA, 2020)}) / {year_avg(ARABICA, 2020)}",
        ["growth", "period_compare", "pct", *CV],
    ),
    (
        "Average Brent crude price in Q2 2020",
        "2020年第二季度布伦特原油的平均价格",
        f"SELECT AVG(价格) FROM {T} WHERE 商品 = '{BRENT}' AND 月份 BETWEEN '2020-04' AND '2020-06'",
        ["quarter", "agg", "date", *CV],
    ),
    (
        "In which month did Robusta coffee reach its highest price?",
        "罗布斯塔咖啡的历史最高价出现在哪个月",
        f"SELECT 月份, 价格 FROM {T} WHERE 商品 = '{ROBUSTA}' ORDER BY 价格 DESC LIMIT 1",
        ["superlative", "filter", *CV],
        False,
        [0],
    ),
    (
        "What was the lowest price of world sugar in 2020?",
        "2020年国际糖的最低价格是多少",
        f"SELECT MIN(价格) FROM {T} WHERE 商品 = '国际糖' AND {Y} = 2020",
        ["agg", "min", "date", *CV],
    ),
    (
        "Highest monthly price of US sugar in 2011",
        "2011年美国糖的月度最高价",
        f"SELECT MAX(价格) FROM {T} WHERE 商品 = '美国糖' AND {Y} = 2011",
        ["agg", "max", "date", *CV],
    ),
    (
        "What period does the data cover?",
        "数据覆盖的时间范围是什么",
        f"SELECT MIN(月份), MAX(月份) FROM {T}",
        ["time_range"],
    ),
    (
        "In how many months was Arabica coffee above 5 dollars per kilogram?",
        "阿拉比卡咖啡价格高于每公斤5美元的月份有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE 商品 = '{ARABICA}' AND 价格 > 5",
        ["count", "filter", "number", *CV],
    ),
    (
        "Which year had the highest average Brent crude price?",
        "布伦特原油年均价最高的是哪一年",
        f"SELECT {Y}, AVG(价格) FROM {T} WHERE 商品 = '{BRENT}' GROUP BY {Y} ORDER BY AVG(价格) DESC LIMIT 1",
        ["superlative", "year_grain", *CV],
        False,
        [0],
    ),
    (
        "Which tea was the most expensive on average in 2022?",
        "2022年哪种茶叶的均价最高",
        f"SELECT 商品, AVG(价格) FROM {T} WHERE 商品 LIKE '%茶叶' AND {Y} = 2022 GROUP BY 商品"
        " ORDER BY AVG(价格) DESC LIMIT 1",
        ["superlative", "group_by", "filter", "date", *CV],
        False,
        [0],
    ),
    (
        "Average price of each tea in 2021",
        "2021年各种茶叶的平均价格",
        f"SELECT 商品, AVG(价格) FROM {T} WHERE 商品 LIKE '%茶叶' AND {Y} = 2021 GROUP BY 商品",
        ["group_by", "agg", "filter", "date", *CV],
    ),
    (
        "By how many dollars did Brent crude fall from February to April 2020?",
        "2020年4月布伦特原油比2月跌了多少美元",
        f"SELECT {price(BRENT, '2020-02')} - {price(BRENT, '2020-04')}",
        ["difference", "period_compare", "month", *CV],
    ),
    (
        "Monthly Brent crude prices in 2020",
        "2020年布伦特原油每个月的价格",
        f"SELECT 月份, 价格 FROM {T} WHERE 商品 = '{BRENT}' AND {Y} = 2020",
        ["trend", "month", "filter", *CV],
        False,
        [1],
    ),
    (
        "Average Dubai crude price per year in the 1970s",
        "上世纪70年代迪拜原油每年的平均价格",
        by_year(DUBAI, 1970, 1979),
        ["trend", "range", "decade", "agg", *CV],
        False,
        [1],
    ),
    (
        "Average price of Brent crude in the first half of 2022",
        "2022年上半年布伦特原油的均价",
        f"SELECT AVG(价格) FROM {T} WHERE 商品 = '{BRENT}' AND 月份 BETWEEN '2022-01' AND '2022-06'",
        ["half_year", "agg", "date", *CV],
    ),
    (
        "How many months between 2015 and 2019 was Brent below 50 dollars?",
        "2015到2019年间布伦特原油低于50美元的月份有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE 商品 = '{BRENT}' AND 价格 < 50 AND {Y} BETWEEN 2015 AND 2019",
        ["count", "filter", "range", "number", *CV],
    ),
    (
        "Which commodity's average price rose the most in percentage terms from 2020 to 2022?",
        "2020年到2022年年均价涨幅最大的是哪种商品",
        f"SELECT a.商品, 100.0 * (b.p - a.p) / a.p FROM (SELECT 商品, AVG(价格) AS p FROM {T} WHERE {Y} = 2020"
        f" GROUP BY 商品) a JOIN (SELECT 商品, AVG(价格) AS p FROM {T} WHERE {Y} = 2022 GROUP BY 商品) b"
        " ON a.商品 = b.商品 ORDER BY 2 DESC LIMIT 1",
        ["growth", "superlative", "period_compare"],
        False,
        [0],
    ),
    (
        "What share of all months had a Brent price above 80 dollars?",
        "布伦特原油价格高于80美元的月份占全部月份的比例",
        f"SELECT 1.0 * SUM(价格 > 80) / COUNT(*) FROM {T} WHERE 商品 = '{BRENT}'",
        ["share", "pct", "filter", "number", *CV],
    ),
    (
        "The 3 cheapest months for Arabica coffee since 2010",
        "2010年以来阿拉比卡咖啡价格最低的3个月",
        f"SELECT 月份, 价格 FROM {T} WHERE 商品 = '{ARABICA}' AND {Y} >= 2010 ORDER BY 价格 ASC LIMIT 3",
        ["bottom_n", "top_n", "range", *CV],
        False,
        [0],
    ),
    (
        "In 2022, how many times as expensive as world sugar was US sugar on average?",
        "2022年美国糖的均价是国际糖的几倍",
        f"SELECT {year_avg('美国糖', 2022)} / {year_avg('国际糖', 2022)}",
        ["ratio", "compare_two", "date", *CV],
    ),
    (
        "Average Brent crude price over 2010-2019",
        "2010至2019年布伦特原油的平均价格",
        f"SELECT AVG(价格) FROM {T} WHERE 商品 = '{BRENT}' AND {Y} BETWEEN 2010 AND 2019",
        ["agg", "range", *CV],
    ),
    (
        "Top 3 commodities priced per kilogram by average price in 2022",
        "2022年按公斤计价的商品中均价最高的三个",
        f"SELECT 商品, AVG(价格) FROM {T} WHERE 单位 = '美元/公斤' AND {Y} = 2022 GROUP BY 商品"
        " ORDER BY AVG(价格) DESC LIMIT 3",
        ["top_n", "group_by", "filter", "date"],
        False,
        [0],
    ),
    (
        "Highest price of each commodity in 2022",
        "2022年各商品的最高价",
        f"SELECT 商品, MAX(价格) FROM {T} WHERE {Y} = 2022 GROUP BY 商品",
        ["group_by", "max", "date"],
    ),
    (
        "Which month of 2022 had the highest Brent crude price?",
        "2022年布伦特原油哪个月最贵",
        f"SELECT 月份, 价格 FROM {T} WHERE 商品 = '{BRENT}' AND {Y} = 2022 ORDER BY 价格 DESC LIMIT 1",
        ["superlative", "month", "date", *CV],
        False,
        [0],
    ),
    (
        "Price of Mombasa tea in December 2022",
        "2022年12月蒙巴萨茶叶的价格",
        f"SELECT 价格 FROM {T} WHERE 商品 = '蒙巴萨茶叶' AND 月份 = '2022-12'",
        ["lookup", "filter", "month", *CV],
    ),
    (
        "Average Brent crude price by quarter in 2022",
        "2022年各季度布伦特原油的均价",
        f"SELECT {Q}, AVG(价格) FROM {T} WHERE 商品 = '{BRENT}' AND {Y} = 2022 GROUP BY {Q}",
        ["quarter", "group_by", "agg", *CV],
        False,
        [1],
    ),
    (
        "By what percentage did Robusta coffee's price change in January 2022 compared with January 2021?",
        "2022年1月罗布斯塔咖啡价格同比涨了百分之多少",
        f"SELECT 100.0 * ({price(ROBUSTA, '2022-01')} - {price(ROBUSTA, '2021-01')}) / {price(ROBUSTA, '2021-01')}",
        ["yoy", "month", "growth", "pct", *CV],
    ),
    (
        "Average Brent crude price in 2008 and in 2013",
        "布伦特原油2008年和2013年的年均价分别是多少",
        f"SELECT {Y}, AVG(价格) FROM {T} WHERE 商品 = '{BRENT}' AND {Y} IN (2008, 2013) GROUP BY {Y}",
        ["compare_two", "period_compare", "agg", *CV],
        False,
        [1],
    ),
    (
        "How many months of data are there for each commodity?",
        "每种商品各有多少个月的数据",
        f"SELECT 商品, COUNT(*) FROM {T} GROUP BY 商品",
        ["count", "group_by"],
    ),
    (
        "Average price of the energy commodities in 2022",
        "2022年能源类商品的平均价格",
        f"SELECT AVG(价格) FROM {T} WHERE 类别 = '能源' AND {Y} = 2022",
        ["agg", "filter", "date", *CV],
    ),
    (
        "Which beverage had the lowest average price in 2000?",
        "2000年饮料类中均价最低的是哪种商品",
        f"SELECT 商品, AVG(价格) FROM {T} WHERE 类别 = '饮料' AND {Y} = 2000 GROUP BY 商品"
        " ORDER BY AVG(价格) ASC LIMIT 1",
        ["superlative", "bottom_n", "filter", "date", *CV],
        False,
        [0],
    ),
    (
        "How many commodities averaged more than 1 dollar per kilogram in 2022?",
        "2022年均价超过每公斤1美元的商品有几种",
        f"SELECT COUNT(*) FROM (SELECT 商品 FROM {T} WHERE 单位 = '美元/公斤' AND {Y} = 2022 GROUP BY 商品"
        " HAVING AVG(价格) > 1)",
        ["count", "having", "number", "date"],
    ),
    (
        "Since 2000, which year had the lowest average world sugar price?",
        "2000年以来国际糖年均价最低的是哪一年",
        f"SELECT {Y}, AVG(价格) FROM {T} WHERE 商品 = '国际糖' AND {Y} >= 2000 GROUP BY {Y}"
        " ORDER BY AVG(价格) ASC LIMIT 1",
        ["superlative", "year_grain", "range", *CV],
        False,
        [0],
    ),
    (
        "What was the highest Dubai crude price in 2008?",
        "迪拜原油2008年的最高价是多少",
        f"SELECT MAX(价格) FROM {T} WHERE 商品 = '{DUBAI}' AND {Y} = 2008",
        ["agg", "max", "date", *CV],
    ),
    (
        "What was the spread between Brent and Dubai crude in April 2020?",
        "2020年4月布伦特原油和迪拜原油的价差",
        f"SELECT {price(BRENT, '2020-04')} - {price(DUBAI, '2020-04')}",
        ["difference", "compare_two", "month", *CV],
    ),
    (
        "List the months of 2022 in which Arabica coffee cost more than 6 dollars per kilogram",
        "列出2022年阿拉比卡咖啡价格高于每公斤6美元的月份",
        f"SELECT 月份 FROM {T} WHERE 商品 = '{ARABICA}' AND {Y} = 2022 AND 价格 > 6",
        ["list", "filter", "number", "date", *CV],
    ),
    (
        "Percentage change in Kolkata tea's average price from 2010 to 2020",
        "加尔各答茶叶2020年均价较2010年变化了百分之多少",
        f"SELECT 100.0 * ({year_avg('加尔各答茶叶', 2020)} - {year_avg('加尔各答茶叶', 2010)})"
        f" / {year_avg('加尔各答茶叶', 2010)}",
        ["growth", "period_compare", "pct", *CV],
    ),
    (
        "Average yearly price of each coffee from 2019 to 2022",
        "2019到2022年两种咖啡每年的均价",
        f"SELECT 商品, {Y}, AVG(价格) FROM {T} WHERE 商品 LIKE '%咖啡' AND {Y} BETWEEN 2019 AND 2022"
        f" GROUP BY 商品, {Y}",
        ["group_by", "trend", "range", *CV],
        False,
        [0, 2],
    ),
    (
        "Rank the three sugars by average price in 2022, highest first",
        "2022年三种糖按均价从高到低排序",
        f"SELECT 商品, AVG(价格) FROM {T} WHERE 类别 = '食品' AND {Y} = 2022 GROUP BY 商品 ORDER BY AVG(价格) DESC",
        ["order_by", "group_by", "filter", "date", *CV],
        True,
        [0],
    ),
    (
        "What was the average price of US sugar across 2000-2009?",
        "2000年至2009年美国糖的平均价格",
        f"SELECT AVG(价格) FROM {T} WHERE 商品 = '美国糖' AND {Y} BETWEEN 2000 AND 2009",
        ["agg", "range", *CV],
    ),
    (
        "In 2022, in how many months was Brent above 100 dollars?",
        "2022年有几个月布伦特原油价格在100美元以上",
        f"SELECT COUNT(*) FROM {T} WHERE 商品 = '{BRENT}' AND {Y} = 2022 AND 价格 > 100",
        ["count", "filter", "number", "date", *CV],
    ),
    (
        "Which commodity had the largest gap between its highest and lowest price in 2022?",
        "2022年哪种商品的最高价和最低价相差最大",
        f"SELECT 商品, MAX(价格) - MIN(价格) FROM {T} WHERE {Y} = 2022 GROUP BY 商品"
        " ORDER BY MAX(价格) - MIN(价格) DESC LIMIT 1",
        ["superlative", "group_by", "difference", "date"],
        False,
        [0],
    ),
    (
        "Average Arabica coffee price in Q4 2021",
        "2021年四季度阿拉比卡咖啡均价",
        f"SELECT AVG(价格) FROM {T} WHERE 商品 = '{ARABICA}' AND 月份 BETWEEN '2021-10' AND '2021-12'",
        ["quarter", "agg", "date", *CV],
    ),
]

BRENT_15 = by_year(BRENT, 2015, 2022)
DUBAI_15 = by_year(DUBAI, 2015, 2022)
DUBAI_20 = by_year(DUBAI, 2020, 2022)
TOP3_A = f"SELECT 月份, 价格 FROM {T} WHERE 商品 = '{ARABICA}' ORDER BY 价格 DESC LIMIT 3"
TOP3_R = f"SELECT 月份, 价格 FROM {T} WHERE 商品 = '{ROBUSTA}' ORDER BY 价格 DESC LIMIT 3"
FU = ["follow_up", *CV]

CONVERSATIONS = [
    turn("Average Brent crude price per year since 2015", "en", BRENT_15, ["trend", "range", *CV], "c1-en", 0, False, [1]),
    turn("what about Dubai crude?", "en", DUBAI_15, FU, "c1-en", 1, False, [1]),
    turn("only from 2020 on", "en", DUBAI_20, [*FU, "range"], "c1-en", 2, False, [1]),
    turn("2015年以来布伦特原油每年的均价", "zh", BRENT_15, ["trend", "range", *CV], "c1-zh", 0, False, [1]),
    turn("迪拜原油呢？", "zh", DUBAI_15, FU, "c1-zh", 1, False, [1]),
    turn("只看2020年以后的", "zh", DUBAI_20, [*FU, "range"], "c1-zh", 2, False, [1]),
    turn("The 3 months with the highest Arabica coffee price", "en", TOP3_A, ["top_n", *CV], "c2-en", 0, False, [0]),
    turn("and for Robusta?", "en", TOP3_R, [*FU, "top_n"], "c2-en", 1, False, [0]),
    turn("阿拉比卡咖啡价格最高的三个月", "zh", TOP3_A, ["top_n", *CV], "c2-zh", 0, False, [0]),
    turn("换成罗布斯塔咖啡呢", "zh", TOP3_R, [*FU, "top_n"], "c2-zh", 1, False, [0]),
]  # fmt: skip

UNANSWERABLE = [
    ("What was the price of gold in 2022?", "2022年黄金的价格是多少"),
    ("How many barrels of Brent crude were traded in 2022?", "2022年布伦特原油成交了多少桶"),
    ("Average cocoa price in 2021", "2021年可可的平均价格"),
    ("How much coffee did China import in 2020?", "2020年中国进口了多少咖啡"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "commod", questions(), source=SRC)
