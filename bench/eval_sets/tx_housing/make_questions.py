"""Write questions.jsonl of the tx_housing question set (hand-written, blind: the engine was not run on them
before they were committed).

Real data: txhousing.csv, the Texas housing market by city (MLS area) and month, 2000-01..2015-07 (ggplot2's
txhousing, Texas A&M Real Estate Center; see README.md). python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "txhousing.csv"
T = "txhousing"
QUARTER = "(month + 2) / 3"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def city_year_sales(city: str, year: int) -> str:
    return f"(SELECT SUM(sales) FROM {T} WHERE city = '{city}' AND year = {year})"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many homes were sold in Texas in 2014 in total?",
        "2014年全州一共卖出了多少套房子",
        f"SELECT SUM(sales) FROM {T} WHERE year = 2014",
        ["agg", "filter", "date"],
    ),
    (
        "Total dollar volume of home sales in Houston in 2014",
        "休斯顿2014年的房屋成交总额是多少",
        f"SELECT SUM(volume) FROM {T} WHERE city = 'Houston' AND year = 2014",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "What was Austin's average monthly median sale price in 2015?",
        "奥斯汀2015年各月房价中位数的平均值是多少",
        f"SELECT AVG(median) FROM {T} WHERE city = 'Austin' AND year = 2015",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "How many cities are covered by the data?",
        "数据里一共有多少个城市",
        f"SELECT COUNT(DISTINCT city) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "Total homes sold per year",
        "每年的房屋总销量",
        f"SELECT year, SUM(sales) FROM {T} GROUP BY year",
        ["group_by", "date"],
        False,
        [1],
    ),
    (
        "Top 5 cities by number of homes sold in 2014",
        "2014年销量最多的前5个城市",
        f"SELECT city, SUM(sales) FROM {T} WHERE year = 2014 GROUP BY city ORDER BY SUM(sales) DESC LIMIT 5",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Which city had the highest median sale price in June 2015?",
        "2015年6月房价中位数最高的是哪个城市",
        f"SELECT city, median FROM {T} WHERE year = 2015 AND month = 6 ORDER BY median DESC LIMIT 1",
        ["top_n", "filter", "date"],
        False,
        [0],
    ),
    (
        "Monthly home sales in Dallas during 2014",
        "达拉斯2014年每个月的销量",
        f"SELECT month, sales FROM {T} WHERE city = 'Dallas' AND year = 2014",
        ["filter", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "Austin's home sales by quarter in 2014",
        "奥斯汀2014年各季度的销量",
        f"SELECT {QUARTER} AS quarter, SUM(sales) FROM {T} WHERE city = 'Austin' AND year = 2014"
        f" GROUP BY {QUARTER}",
        ["group_by", "date", "quarter", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "What share of all Texas home sales in 2014 were in Houston?",
        "2014年休斯顿的销量占全州的比例是多少",
        f"SELECT 100.0 * SUM(CASE WHEN city = 'Houston' THEN sales ELSE 0 END) / SUM(sales) FROM {T}"
        " WHERE year = 2014",
        ["share", "pct", "date", "cross_lingual_value"],
    ),
    (
        "Compare the total 2014 sales of Dallas and Fort Worth",
        "2014年达拉斯和沃斯堡的总销量对比",
        f"SELECT city, SUM(sales) FROM {T} WHERE city IN ('Dallas', 'Fort Worth') AND year = 2014 GROUP BY city",
        ["compare_two", "group_by", "date", "cross_lingual_value"],
    ),
    (
        "By what percentage did San Antonio's home sales grow in 2014 compared with 2013?",
        "圣安东尼奥2014年的销量同比增长率是多少",
        f"SELECT 100.0 * ({city_year_sales('San Antonio', 2014)} - {city_year_sales('San Antonio', 2013)})"
        f" / {city_year_sales('San Antonio', 2013)}",
        ["period_over_period", "pct", "date", "cross_lingual_value"],
    ),
    (
        "Which city and month had the largest dollar volume of sales on record?",
        "单月成交总额的历史最高纪录出现在哪个城市、哪一年哪个月",
        f"SELECT city, year, month, volume FROM {T} ORDER BY volume DESC LIMIT 1",
        ["top_n", "date"],
        False,
        [0, 1, 2],
    ),
    (
        "Lowest median sale price ever recorded in El Paso",
        "埃尔帕索有记录以来最低的房价中位数是多少",
        f"SELECT MIN(median) FROM {T} WHERE city = 'El Paso'",
        ["agg", "filter", "cross_lingual_value"],
    ),
    (
        "Average months of inventory across all cities in July 2015",
        "2015年7月所有城市库存月数的平均值",
        f"SELECT AVG(inventory) FROM {T} WHERE year = 2015 AND month = 7",
        ["agg", "filter", "date"],
    ),
    (
        "How many active listings did Houston have in December 2014?",
        "2014年12月休斯顿在售房源有多少套",
        f"SELECT listings FROM {T} WHERE city = 'Houston' AND year = 2014 AND month = 12",
        ["lookup", "filter", "date", "cross_lingual_value"],
    ),
    (
        "How many cities sold more than 1,000 homes in May 2015?",
        "2015年5月销量超过1000套的城市有几个",
        f"SELECT COUNT(*) FROM {T} WHERE year = 2015 AND month = 5 AND sales > 1000",
        ["count", "filter", "compare", "date"],
    ),
    (
        "List the cities whose median price was above $200,000 in July 2015",
        "2015年7月房价中位数超过20万美元的城市有哪些",
        f"SELECT city FROM {T} WHERE year = 2015 AND month = 7 AND median > 200000",
        ["list", "filter", "compare", "date"],
    ),
    (
        "Average median price per city in 2014, highest first",
        "2014年各城市的平均房价中位数，从高到低排列",
        f"SELECT city, AVG(median) FROM {T} WHERE year = 2014 GROUP BY city ORDER BY AVG(median) DESC",
        ["group_by", "order", "date"],
        True,
        [0, 1],
    ),
    (
        "Which year saw the most home sales across Texas?",
        "哪一年全州的房屋销量最高",
        f"SELECT year, SUM(sales) FROM {T} GROUP BY year ORDER BY SUM(sales) DESC LIMIT 1",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Total homes sold statewide in the first half of 2015",
        "2015年上半年全州一共卖了多少套房",
        f"SELECT SUM(sales) FROM {T} WHERE year = 2015 AND month BETWEEN 1 AND 6",
        ["agg", "filter", "date"],
    ),
    (
        "What was the average price per home sold in Austin in 2014 (dollar volume divided by sales)?",
        "2014年奥斯汀平均每套房的成交价是多少（成交额除以销量）",
        f"SELECT SUM(volume) / SUM(sales) FROM {T} WHERE city = 'Austin' AND year = 2014",
        ["derived", "filter", "date", "cross_lingual_value"],
    ),
    (
        "The 3 cities with the fewest home sales in 2014",
        "2014年销量最少的3个城市",
        f"SELECT city, SUM(sales) FROM {T} WHERE year = 2014 GROUP BY city ORDER BY SUM(sales) ASC LIMIT 3",
        ["bottom_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "In how many months did Austin sell more than 3,000 homes?",
        "奥斯汀有多少个月的销量超过了3000套",
        f"SELECT COUNT(*) FROM {T} WHERE city = 'Austin' AND sales > 3000",
        ["count", "filter", "compare", "cross_lingual_value"],
    ),
    (
        "Houston's median sale price for each month of 2015",
        "休斯顿2015年各月的房价中位数",
        f"SELECT month, median FROM {T} WHERE city = 'Houston' AND year = 2015",
        ["filter", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "Yearly home sales in Collin County",
        "Collin County每年的房屋销量",
        f"SELECT year, SUM(sales) FROM {T} WHERE city = 'Collin County' GROUP BY year",
        ["group_by", "filter", "date"],
        False,
        [1],
    ),
    (
        "Which three cities had the biggest dollar volume of sales in 2015?",
        "2015年成交额最高的三个城市",
        f"SELECT city, SUM(volume) FROM {T} WHERE year = 2015 GROUP BY city ORDER BY SUM(volume) DESC LIMIT 3",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "How many fewer homes did Houston sell in 2009 than in 2006?",
        "休斯顿2009年的销量比2006年少了多少套",
        f"SELECT {city_year_sales('Houston', 2006)} - {city_year_sales('Houston', 2009)}",
        ["period_over_period", "derived", "date", "cross_lingual_value"],
    ),
    (
        "Which calendar month has the highest average sales, over 2010-2014?",
        "2010到2014年间，一年中哪个月份的平均销量最高",
        f"SELECT month, AVG(sales) FROM {T} WHERE year BETWEEN 2010 AND 2014 GROUP BY month"
        " ORDER BY AVG(sales) DESC LIMIT 1",
        ["top_n", "group_by", "date", "range"],
        False,
        [0],
    ),
    (
        "How many records have no sales figure?",
        "有多少条记录缺少销量数据",
        f"SELECT COUNT(*) FROM {T} WHERE sales IS NULL",
        ["null", "count"],
    ),
    (
        "Which cities are missing a sales figure for some month of 2015?",
        "2015年哪些城市有销量缺失的月份",
        f"SELECT DISTINCT city FROM {T} WHERE year = 2015 AND sales IS NULL",
        ["null", "distinct", "date"],
    ),
    (
        "Average months of inventory in Dallas, year by year",
        "达拉斯历年的平均库存月数",
        f"SELECT year, AVG(inventory) FROM {T} WHERE city = 'Dallas' GROUP BY year",
        ["group_by", "filter", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "Median price in Dallas versus Houston in July 2015",
        "2015年7月达拉斯和休斯顿的房价中位数分别是多少",
        f"SELECT city, median FROM {T} WHERE city IN ('Dallas', 'Houston') AND year = 2015 AND month = 7",
        ["compare_two", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Total homes sold statewide in Q4 2014",
        "2014年第四季度全州的房屋销量",
        f"SELECT SUM(sales) FROM {T} WHERE year = 2014 AND month BETWEEN 10 AND 12",
        ["agg", "filter", "date", "quarter"],
    ),
    (
        "In which months of 2015 was Austin's inventory below 2.5 months?",
        "2015年奥斯汀库存月数低于2.5个月的是哪几个月",
        f"SELECT date, inventory FROM {T} WHERE city = 'Austin' AND year = 2015 AND inventory < 2.5",
        ["list", "filter", "compare", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "Year-over-year growth of statewide sales in March 2015, in percent",
        "2015年3月全州销量同比增长了百分之多少",
        f"SELECT 100.0 * (SUM(CASE WHEN year = 2015 THEN sales END) - SUM(CASE WHEN year = 2014 THEN sales END))"
        f" / SUM(CASE WHEN year = 2014 THEN sales END) FROM {T} WHERE month = 3 AND year IN (2014, 2015)",
        ["period_over_period", "pct", "date"],
    ),
    (
        "Which cities averaged a median price above $250,000 in 2014?",
        "2014年平均房价中位数超过25万美元的有哪些城市",
        f"SELECT city, AVG(median) FROM {T} WHERE year = 2014 GROUP BY city HAVING AVG(median) > 250000",
        ["having", "group_by", "date"],
        False,
        [0],
    ),
    (
        "How many homes were sold over the whole period covered?",
        "整个统计期间一共卖出了多少套房",
        f"SELECT SUM(sales) FROM {T}",
        ["agg"],
    ),
    (
        "What is the first and the last month in the data?",
        "数据的时间范围是从哪个月到哪个月",
        f"SELECT MIN(date), MAX(date) FROM {T}",
        ["agg", "date"],
    ),
    (
        "On average, how many homes did Houston sell per month in 2014?",
        "2014年休斯顿平均每月卖出多少套房",
        f"SELECT AVG(sales) FROM {T} WHERE city = 'Houston' AND year = 2014",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Combined 2014 sales of Dallas, Fort Worth and Arlington",
        "2014年达拉斯、沃斯堡和阿灵顿三地合计卖了多少套房",
        f"SELECT SUM(sales) FROM {T} WHERE city IN ('Dallas', 'Fort Worth', 'Arlington') AND year = 2014",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Which city had the most active listings in January 2015?",
        "2015年1月在售房源最多的是哪个城市",
        f"SELECT city, listings FROM {T} WHERE year = 2015 AND month = 1 ORDER BY listings DESC LIMIT 1",
        ["top_n", "filter", "date"],
        False,
        [0],
    ),
    (
        "Highest monthly median price in Austin for each year",
        "奥斯汀每年月度房价中位数的最高值",
        f"SELECT year, MAX(median) FROM {T} WHERE city = 'Austin' GROUP BY year",
        ["group_by", "agg", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "By how many homes did Austin's sales change from June to July 2015?",
        "奥斯汀2015年7月的销量环比6月增加了多少套",
        f"SELECT SUM(CASE WHEN month = 7 THEN sales END) - SUM(CASE WHEN month = 6 THEN sales END) FROM {T}"
        " WHERE city = 'Austin' AND year = 2015",
        ["period_over_period", "derived", "date", "cross_lingual_value"],
    ),
    (
        "The 10 cities with the most sales in July 2015, ranked",
        "2015年7月销量排名前10的城市，按销量从高到低",
        f"SELECT city, sales FROM {T} WHERE year = 2015 AND month = 7 ORDER BY sales DESC LIMIT 10",
        ["top_n", "order", "filter", "date"],
        True,
        [0, 1],
    ),
    (
        "Total homes sold in 2014 outside Houston",
        "2014年除休斯顿以外其他城市的总销量",
        f"SELECT SUM(sales) FROM {T} WHERE city <> 'Houston' AND year = 2014",
        ["agg", "filter", "negation", "date", "cross_lingual_value"],
    ),
    (
        "Austin's median price in January 2000 versus January 2015",
        "奥斯汀2000年1月和2015年1月的房价中位数对比",
        f"SELECT year, median FROM {T} WHERE city = 'Austin' AND month = 1 AND year IN (2000, 2015)",
        ["compare_two", "filter", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "Which city had the lowest average median price in 2014?",
        "2014年平均房价中位数最低的是哪个城市",
        f"SELECT city, AVG(median) FROM {T} WHERE year = 2014 GROUP BY city ORDER BY AVG(median) ASC LIMIT 1",
        ["bottom_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "How many cities have ever had a monthly median price above $250,000?",
        "房价中位数曾经超过25万美元的城市有几个",
        f"SELECT COUNT(DISTINCT city) FROM {T} WHERE median > 250000",
        ["count", "distinct", "filter", "compare"],
    ),
    (
        "The 3 cities with the highest average months of inventory in 2014",
        "2014年平均库存月数最高的3个城市",
        f"SELECT city, AVG(inventory) FROM {T} WHERE year = 2014 GROUP BY city"
        " ORDER BY AVG(inventory) DESC LIMIT 3",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "What was the total dollar volume of home sales statewide in 2014?",
        "2014年全州房屋成交总额是多少",
        f"SELECT SUM(volume) FROM {T} WHERE year = 2014",
        ["agg", "filter", "date"],
    ),
    (
        "In which month of 2014 did Dallas sell the most homes?",
        "达拉斯2014年哪个月卖得最多",
        f"SELECT month, sales FROM {T} WHERE city = 'Dallas' AND year = 2014 ORDER BY sales DESC LIMIT 1",
        ["top_n", "filter", "date", "cross_lingual_value"],
        False,
        [0],
    ),
]

SALES_BY_CITY_2014 = f"SELECT city, SUM(sales) FROM {T} WHERE year = 2014 GROUP BY city"
TOP3_CITY_2014 = SALES_BY_CITY_2014 + " ORDER BY SUM(sales) DESC LIMIT 3"
HOUSTON_MONTHS_2014 = f"SELECT month, sales FROM {T} WHERE city = 'Houston' AND year = 2014"
HOUSTON_QUARTERS_2014 = f"SELECT {QUARTER} AS quarter, SUM(sales) FROM {T} WHERE city = 'Houston' AND year = 2014 GROUP BY {QUARTER}"
DALLAS_MEDIAN_BY_YEAR = f"SELECT year, AVG(median) FROM {T} WHERE city = 'Dallas' GROUP BY year"
DALLAS_MEDIAN_2015 = f"SELECT year, AVG(median) FROM {T} WHERE city = 'Dallas' AND year = 2015 GROUP BY year"
FU = ["follow_up"]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Home sales by city in 2014", "en", SALES_BY_CITY_2014, ["group_by", "date"], "c1-en", 0),
    turn("just the top 3?", "en", TOP3_CITY_2014, [*FU, "top_n"], "c1-en", 1, False, [0]),
    turn("2014年各城市的销量", "zh", SALES_BY_CITY_2014, ["group_by", "date"], "c1-zh", 0),
    turn("前3名呢？", "zh", TOP3_CITY_2014, [*FU, "top_n"], "c1-zh", 1, False, [0]),
    turn(
        "Houston's sales for each month of 2014", "en", HOUSTON_MONTHS_2014, ["date"], "c2-en", 0, False, [1]
    ),
    turn("and by quarter?", "en", HOUSTON_QUARTERS_2014, [*FU, "quarter"], "c2-en", 1, False, [1]),
    turn("休斯顿2014年每个月的销量", "zh", HOUSTON_MONTHS_2014, ["date"], "c2-zh", 0, False, [1]),
    turn("按季度呢", "zh", HOUSTON_QUARTERS_2014, [*FU, "quarter"], "c2-zh", 1, False, [1]),
    turn(
        "Average median price in Dallas by year",
        "en",
        DALLAS_MEDIAN_BY_YEAR,
        ["group_by"],
        "c3-en",
        0,
        False,
        [1],
    ),
    turn("only 2015?", "en", DALLAS_MEDIAN_2015, [*FU, "filter", "date"], "c3-en", 1, False, [1]),
    turn("达拉斯每年的平均房价中位数", "zh", DALLAS_MEDIAN_BY_YEAR, ["group_by"], "c3-zh", 0, False, [1]),
    turn("只看2015年呢？", "zh", DALLAS_MEDIAN_2015, [*FU, "filter", "date"], "c3-zh", 1, False, [1]),
]

UNANSWERABLE = [
    ("What was the average 30-year mortgage rate in Texas in 2014?", "2014年德州30年期房贷的平均利率是多少"),
    ("How many foreclosures were there in Houston in 2009?", "2009年休斯顿有多少套房子被法拍"),
    ("What is the average square footage of homes sold in Austin?", "奥斯汀卖出的房子平均面积是多少平方英尺"),
    (
        "Which real estate agent closed the most deals in Dallas in 2015?",
        "2015年达拉斯成交最多的房产经纪人是谁",
    ),
    ("What was the average monthly rent in San Antonio in 2015?", "2015年圣安东尼奥的平均月租金是多少"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "txh", questions(), source=SRC)
