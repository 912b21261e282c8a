"""Write questions.jsonl of the ames_home_sales question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: ames_home_sales.sqlite (make_data.py): 2,930 residential property sales in Ames, Iowa, 2006-01 ..
2010-07 (modeldata's `ames`, De Cock 2011) as the `sales` fact (English headers), with the 街区 (28
neighborhoods) and 房屋类型 (5 building types, Chinese and English names) dimensions with Chinese headers,
declared foreign keys. Readings: a "home sold" / 成交 is one row of sales; a price is sale_price in USD;
"new homes" / 新房 are sale_type = 'New'; a "pool" is pool_area_sqft > 0; "living area" / 居住面积 is the
above-grade living_area_sqft; "age at sale" is year_sold - year_built; a quarter is (month_sold + 2) / 3;
a price per square foot is the total price over the total living area; group-bys over a building type
compare only the measure (the type may be named by its code, Chinese or English name).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "ames_home_sales.sqlite"
TN = "sales s JOIN 街区 n ON s.neighborhood_id = n.街区编号"
TB = "sales s JOIN 房屋类型 b ON s.building_type = b.类型代码"
TNB = f"{TN} JOIN 房屋类型 b ON s.building_type = b.类型代码"
J = ["join"]

PAIRS = [
    ("How many homes were sold in total?", "一共卖出了多少套房子", "SELECT COUNT(*) FROM sales", ["count"]),
    ("What is the average sale price?", "平均成交价是多少", "SELECT AVG(sale_price) FROM sales", ["avg"]),
    (
        "What was the total value of all homes sold in 2008?",
        "2008年的成交总额是多少",
        "SELECT SUM(sale_price) FROM sales WHERE year_sold = 2008",
        ["sum", "time", "filter"],
    ),
    (
        "Number of homes sold each year",
        "每年卖了多少套房",
        "SELECT year_sold, COUNT(*) FROM sales GROUP BY year_sold",
        ["group_by", "time", "count"],
    ),
    (
        "Which calendar month has the most sales across all years?",
        "一年里哪个月份成交的房子最多",
        "SELECT month_sold, COUNT(*) AS n FROM sales GROUP BY month_sold ORDER BY n DESC LIMIT 1",
        ["top_n", "time"],
        False,
        [0],
    ),
    (
        "Average sale price by year",
        "各年份的平均房价",
        "SELECT year_sold, AVG(sale_price) FROM sales GROUP BY year_sold",
        ["group_by", "time", "avg"],
    ),
    (
        "What was the highest price paid for a home?",
        "最贵的一套房子卖了多少钱",
        "SELECT MAX(sale_price) FROM sales",
        ["max"],
    ),
    ("How many neighborhoods are there?", "一共有多少个街区", "SELECT COUNT(*) FROM 街区", ["count"]),
    (
        "How many homes were sold in each neighborhood?",
        "每个街区各成交了多少套房子",
        f"SELECT n.街区名称, COUNT(*) FROM {TN} GROUP BY n.街区名称",
        [*J, "group_by", "count"],
    ),
    (
        "Top 5 neighborhoods by average sale price",
        "平均成交价最高的5个街区",
        f"SELECT n.街区名称, AVG(s.sale_price) AS p FROM {TN} GROUP BY n.街区名称 ORDER BY p DESC LIMIT 5",
        [*J, "top_n", "group_by", "avg"],
        True,
        [0],
    ),
    (
        "How many homes were sold in North Ames?",
        "North Ames街区卖出了多少套房子",
        f"SELECT COUNT(*) FROM {TN} WHERE n.街区名称 = 'North Ames'",
        [*J, "count", "filter"],
    ),
    (
        "What do homes in Old Town sell for on average?",
        "Old Town的房子平均卖多少钱",
        f"SELECT AVG(s.sale_price) FROM {TN} WHERE n.街区名称 = 'Old Town'",
        [*J, "avg", "filter"],
    ),
    (
        "Number of sales by building type",
        "各种房屋类型分别成交了多少套",
        f"SELECT b.类型名称, COUNT(*) FROM {TB} GROUP BY b.类型名称",
        [*J, "group_by", "count"],
        False,
        [1],
    ),
    (
        "What is the average sale price of duplexes?",
        "双拼住宅的平均成交价是多少",
        f"SELECT AVG(s.sale_price) FROM {TB} WHERE b.类型名称 = '双拼住宅'",
        [*J, "avg", "filter"],
    ),
    (
        "How many townhouse end units were sold in 2009?",
        "2009年卖出了多少套联排别墅端户",
        f"SELECT COUNT(*) FROM {TB} WHERE b.类型名称 = '联排别墅端户' AND s.year_sold = 2009",
        [*J, "count", "filter", "time"],
    ),
    (
        "What share of the sales were new homes?",
        "新房占全部成交的比例是多少",
        "SELECT AVG(CASE WHEN sale_type = 'New' THEN 1.0 ELSE 0 END) FROM sales",
        ["share", "pct"],
    ),
    (
        "What is the average living area of the homes sold, in square feet?",
        "卖出的房子平均居住面积是多少平方英尺",
        "SELECT AVG(living_area_sqft) FROM sales",
        ["avg"],
    ),
    (
        "Which 3 neighborhoods have the highest price per square foot of living area?",
        "每平方英尺居住面积单价最高的3个街区",
        f"SELECT n.街区名称, SUM(s.sale_price) * 1.0 / SUM(s.living_area_sqft) AS ppsf FROM {TN} "
        "GROUP BY n.街区名称 ORDER BY ppsf DESC LIMIT 3",
        [*J, "top_n", "ratio"],
        True,
        [0],
    ),
    (
        "How many of the homes sold have central air conditioning?",
        "有中央空调的房子卖了多少套",
        "SELECT COUNT(*) FROM sales WHERE central_air = 'Y'",
        ["count", "filter"],
    ),
    (
        "How many homes with a pool were sold?",
        "带游泳池的房子卖出了几套",
        "SELECT COUNT(*) FROM sales WHERE pool_area_sqft > 0",
        ["count", "filter"],
    ),
    (
        "Average sale price by number of bedrooms",
        "按卧室数量看平均成交价",
        "SELECT bedrooms, AVG(sale_price) FROM sales GROUP BY bedrooms",
        ["group_by", "avg"],
    ),
    (
        "How many homes built before 1950 were sold?",
        "1950年以前建成的房子卖出了多少套",
        "SELECT COUNT(*) FROM sales WHERE year_built < 1950",
        ["count", "filter"],
    ),
    (
        "In what year was the oldest home sold built?",
        "卖出的房子里最老的是哪一年建的",
        "SELECT MIN(year_built) FROM sales",
        ["min"],
    ),
    (
        "How many homes were sold from June through August 2007?",
        "2007年6月到8月一共成交了多少套",
        "SELECT COUNT(*) FROM sales WHERE year_sold = 2007 AND month_sold BETWEEN 6 AND 8",
        ["count", "time", "filter"],
    ),
    (
        "Show the number of sales for each month of 2009",
        "2009年每个月的成交量",
        "SELECT month_sold, COUNT(*) FROM sales WHERE year_sold = 2009 GROUP BY month_sold",
        ["group_by", "time", "count"],
    ),
    (
        "How many sales were abnormal sales (sale condition Abnorml)?",
        "交易状况为非正常（Abnorml）的成交有多少笔",
        "SELECT COUNT(*) FROM sales WHERE sale_condition = 'Abnorml'",
        ["count", "filter"],
    ),
    (
        "Average sale price in North Ames in 2010",
        "2010年North Ames的平均成交价",
        f"SELECT AVG(s.sale_price) FROM {TN} WHERE n.街区名称 = 'North Ames' AND s.year_sold = 2010",
        [*J, "avg", "filter", "time"],
    ),
    (
        "Which neighborhood had the most sales in 2007?",
        "2007年哪个街区成交量最大",
        f"SELECT n.街区名称, COUNT(*) AS c FROM {TN} WHERE s.year_sold = 2007 GROUP BY n.街区名称 "
        "ORDER BY c DESC LIMIT 1",
        [*J, "top_n", "time"],
        False,
        [0],
    ),
    (
        "Which neighborhood has the lowest average sale price?",
        "哪个街区的平均房价最低",
        f"SELECT n.街区名称, AVG(s.sale_price) AS p FROM {TN} GROUP BY n.街区名称 ORDER BY p ASC LIMIT 1",
        [*J, "top_n", "avg"],
        False,
        [0],
    ),
    (
        "Which neighborhoods had more than 150 sales?",
        "成交超过150套的街区有哪些",
        f"SELECT n.街区名称 FROM {TN} GROUP BY n.街区名称 HAVING COUNT(*) > 150",
        [*J, "having"],
        False,
        [0],
    ),
    (
        "Top 3 neighborhoods by total sales value",
        "成交总额排前三的街区",
        f"SELECT n.街区名称, SUM(s.sale_price) AS v FROM {TN} GROUP BY n.街区名称 ORDER BY v DESC LIMIT 3",
        [*J, "top_n", "sum"],
        True,
        [0],
    ),
    (
        "Average lot size by building type",
        "不同房屋类型的平均占地面积",
        f"SELECT b.类型名称, AVG(s.lot_area_sqft) FROM {TB} GROUP BY b.类型名称",
        [*J, "group_by", "avg"],
        False,
        [1],
    ),
    (
        "Which building type sells for the most on average?",
        "哪种房屋类型的平均成交价最高",
        f"SELECT b.类型名称, AVG(s.sale_price) AS p FROM {TB} GROUP BY b.类型名称 ORDER BY p DESC LIMIT 1",
        [*J, "top_n", "avg"],
        False,
        [0],
    ),
    (
        "What percentage of all sales were in North Ames?",
        "North Ames的成交量占全部的百分之多少",
        f"SELECT SUM(CASE WHEN n.街区名称 = 'North Ames' THEN 1.0 ELSE 0 END) / COUNT(*) FROM {TN}",
        [*J, "share", "pct"],
    ),
    (
        "Compare the average sale price of Northridge Heights and Edwards",
        "对比一下Northridge Heights和Edwards两个街区的平均房价",
        f"SELECT n.街区名称, AVG(s.sale_price) FROM {TN} WHERE n.街区名称 IN ('Northridge Heights', 'Edwards') "
        "GROUP BY n.街区名称",
        [*J, "compare", "avg"],
    ),
    (
        "How many two-story houses were sold?",
        "两层楼的房子（Two_Story）卖出了多少套",
        "SELECT COUNT(*) FROM sales WHERE house_style = 'Two_Story'",
        ["count", "filter"],
    ),
    (
        "What is the average price of homes whose overall condition is Excellent?",
        "整体状况为Excellent的房子平均卖多少钱",
        "SELECT AVG(sale_price) FROM sales WHERE overall_condition = 'Excellent'",
        ["avg", "filter"],
    ),
    (
        "How many homes sold for more than $300,000?",
        "成交价超过30万美元的房子有多少套",
        "SELECT COUNT(*) FROM sales WHERE sale_price > 300000",
        ["count", "filter"],
    ),
    (
        "How many homes sold for between $100,000 and $200,000?",
        "成交价在10万到20万美元之间的有多少套",
        "SELECT COUNT(*) FROM sales WHERE sale_price BETWEEN 100000 AND 200000",
        ["count", "filter"],
    ),
    (
        "List the 5 most expensive sales with their prices",
        "列出成交价最高的5笔交易和价格",
        "SELECT sale_id, sale_price FROM sales ORDER BY sale_price DESC LIMIT 5",
        ["top_n"],
        True,
        [1],
    ),
    (
        "On average, how old were the homes when they were sold?",
        "房子卖出时平均房龄是多少年",
        "SELECT AVG(year_sold - year_built) FROM sales",
        ["avg", "derived"],
    ),
    (
        "How many homes were sold in Somerset each year?",
        "Somerset街区每年卖出多少套房",
        f"SELECT s.year_sold, COUNT(*) FROM {TN} WHERE n.街区名称 = 'Somerset' GROUP BY s.year_sold",
        [*J, "group_by", "time", "filter"],
    ),
    (
        "Which 3 neighborhoods sold the most new homes?",
        "新房成交最多的3个街区是哪几个",
        f"SELECT n.街区名称, COUNT(*) AS c FROM {TN} WHERE s.sale_type = 'New' GROUP BY n.街区名称 "
        "ORDER BY c DESC LIMIT 3",
        [*J, "top_n", "filter"],
        True,
        [0],
    ),
    (
        "Which neighborhood lies furthest north?",
        "哪个街区的位置最靠北",
        "SELECT 街区名称 FROM 街区 ORDER BY 纬度 DESC LIMIT 1",
        ["top_n"],
        False,
        [0],
    ),
    (
        "Average sale price of homes with a garage for at least 2 cars",
        "车库能停两辆车及以上的房子平均成交价",
        "SELECT AVG(sale_price) FROM sales WHERE garage_cars >= 2",
        ["avg", "filter"],
    ),
    (
        "In how many neighborhoods was at least one duplex sold?",
        "有多少个街区卖出过双拼住宅",
        f"SELECT COUNT(DISTINCT n.街区名称) FROM {TNB} WHERE b.类型名称 = '双拼住宅'",
        [*J, "count_distinct", "filter"],
    ),
    (
        "Average sale price of single-family detached homes in College Creek",
        "College Creek的独栋住宅平均成交价",
        f"SELECT AVG(s.sale_price) FROM {TNB} WHERE n.街区名称 = 'College Creek' AND b.类型名称 = '独栋住宅'",
        [*J, "avg", "filter"],
    ),
    (
        "Number of homes sold per quarter in 2008",
        "2008年每个季度成交了多少套",
        "SELECT (month_sold + 2) / 3 AS q, COUNT(*) FROM sales WHERE year_sold = 2008 GROUP BY q",
        ["group_by", "time", "quarter"],
    ),
    (
        "Total sales value for each year",
        "每年的成交总金额",
        "SELECT year_sold, SUM(sale_price) FROM sales GROUP BY year_sold",
        ["group_by", "time", "sum"],
    ),
    (
        "Average number of bedrooms by building type",
        "各房屋类型平均有几个卧室",
        f"SELECT b.类型名称, AVG(s.bedrooms) FROM {TB} GROUP BY b.类型名称",
        [*J, "group_by", "avg"],
        False,
        [1],
    ),
    (
        "Which neighborhoods have an average sale price above $250,000?",
        "平均成交价在25万美元以上的街区有哪些",
        f"SELECT n.街区名称 FROM {TN} GROUP BY n.街区名称 HAVING AVG(s.sale_price) > 250000",
        [*J, "having"],
        False,
        [0],
    ),
    (
        "Average living area by building type",
        "各类房屋的平均居住面积",
        f"SELECT b.类型名称, AVG(s.living_area_sqft) FROM {TB} GROUP BY b.类型名称",
        [*J, "group_by", "avg"],
        False,
        [1],
    ),
    (
        "How many townhouse inside units were sold in Briardale?",
        "Briardale卖出了几套联排别墅中间户",
        f"SELECT COUNT(*) FROM {TNB} WHERE n.街区名称 = 'Briardale' AND b.类型名称 = '联排别墅中间户'",
        [*J, "count", "filter"],
    ),
    (
        "What is the most common building type sold in Somerset?",
        "Somerset卖得最多的是哪种房屋类型",
        f"SELECT b.类型名称, COUNT(*) AS c FROM {TNB} WHERE n.街区名称 = 'Somerset' GROUP BY b.类型名称 "
        "ORDER BY c DESC LIMIT 1",
        [*J, "top_n", "filter"],
        False,
        [1],
    ),
    (
        "Which neighborhood has the newest homes, by average year built?",
        "哪个街区的房子平均建成年份最晚",
        f"SELECT n.街区名称, AVG(s.year_built) AS y FROM {TN} GROUP BY n.街区名称 ORDER BY y DESC LIMIT 1",
        [*J, "top_n", "avg"],
        False,
        [0],
    ),
    (
        "How many new homes were sold in Northridge Heights in 2007?",
        "2007年Northridge Heights卖出了多少套新房",
        f"SELECT COUNT(*) FROM {TN} WHERE n.街区名称 = 'Northridge Heights' AND s.sale_type = 'New' "
        "AND s.year_sold = 2007",
        [*J, "count", "filter", "time"],
    ),
    (
        "What is the average sale price of the neighborhoods whose name contains Ames?",
        "名字里带Ames的街区，房子平均卖多少钱",
        f"SELECT AVG(s.sale_price) FROM {TN} WHERE n.街区名称 LIKE '%Ames%'",
        [*J, "avg", "like"],
    ),
]


def turn(question, lang, gold, tags, conv, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conv, number)


def gilbert(lang, conv, texts):
    first, second, third = texts
    return [
        turn(first, lang, f"SELECT COUNT(*) FROM {TN} WHERE n.街区名称 = 'Gilbert'", [*J, "count"], conv, 0),
        turn(
            second,
            lang,
            f"SELECT COUNT(*) FROM {TN} WHERE n.街区名称 = 'Timberland'",
            [*J, "count", "follow_up"],
            conv,
            1,
        ),
        turn(
            third,
            lang,
            f"SELECT AVG(s.sale_price) FROM {TN} WHERE n.街区名称 = 'Timberland'",
            [*J, "avg", "follow_up"],
            conv,
            2,
        ),
    ]


def duplex(lang, conv, texts):
    first, second = texts
    base = f"SELECT AVG(s.sale_price) FROM {TB} WHERE b.类型名称 = '双拼住宅'"
    return [
        turn(first, lang, base, [*J, "avg", "filter"], conv, 0),
        turn(second, lang, base + " AND s.year_sold = 2008", [*J, "avg", "follow_up", "time"], conv, 1),
    ]


def top_hoods(lang, conv, texts):
    first, second, third = texts
    top = (
        f"SELECT n.街区名称, COUNT(*) AS c FROM {TN} WHERE s.year_sold = {{year}} GROUP BY n.街区名称 "
        "ORDER BY c DESC LIMIT 3"
    )
    return [
        turn(first, lang, top.format(year=2009), [*J, "top_n", "time"], conv, 0, True, [0]),
        turn(second, lang, top.format(year=2008), [*J, "top_n", "time", "follow_up"], conv, 1, True, [0]),
        turn(
            third,
            lang,
            "SELECT MAX(month_sold) FROM sales WHERE year_sold = 2010",
            ["max", "time", "follow_up"],
            conv,
            2,
        ),
    ]


CONVERSATIONS = [
    *gilbert(
        "en",
        "c1-en",
        ("How many homes were sold in Gilbert?", "And in Timberland?", "What was their average price?"),
    ),
    *gilbert("zh", "c1-zh", ("Gilbert街区卖了多少套房", "那Timberland呢", "那边的平均成交价是多少")),
    *duplex("en", "c2-en", ("What's the average price of a duplex?", "Only the ones sold in 2008?")),
    *duplex("zh", "c2-zh", ("双拼住宅平均卖多少钱", "只看2008年卖的呢")),
    *top_hoods(
        "en",
        "c3-en",
        (
            "Which 3 neighborhoods had the most sales in 2009?",
            "What about 2008?",
            "What is the last month of 2010 with any sales in the data?",
        ),
    ),
    *top_hoods("zh", "c3-zh", ("2009年成交量前三的街区", "2008年的呢", "数据里2010年最晚到几月份")),
]

UNANSWERABLE = [
    ("Which real estate agents sold the most homes?", "哪个房产经纪卖的房子最多"),
    ("How much property tax do homes in each neighborhood pay?", "各街区的房子每年交多少房产税"),
    ("How many days were homes on the market before they sold?", "房子平均挂牌多少天才卖出去"),
    ("How much did prices rise in 2011 compared with 2010?", "2011年房价比2010年涨了多少"),
    ("What is the school district rating of each neighborhood?", "每个街区的学区评分是多少"),
    ("What mortgage interest rate did the buyers pay on average?", "买家的房贷利率平均是多少"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "ames", questions, source=SRC)


if __name__ == "__main__":
    main()
