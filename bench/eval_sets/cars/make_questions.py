"""Write questions.jsonl of the cars question set (hand-written; the engine was not run on them before
they were committed).

Real data: cars.csv, 406 car models of model years 1970-1982 (the ASA 1983 Data Expo "auto-mpg" data, via
the `vega_datasets` package; see README.md). python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "cars.csv"
T = "cars"
MPG = "Miles_per_Gallon"
HP = "Horsepower"
WT = "Weight_in_lbs"
ACC = "Acceleration"
DISP = "Displacement"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many car models are in the data?",
        "数据里一共有多少款车型？",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "Which model years does the data cover?",
        "数据覆盖的车型年份范围是多少",
        f"SELECT MIN(Year), MAX(Year) FROM {T}",
        ["agg", "date"],
    ),
    (
        "How many cars come from each origin?",
        "各个产地分别有多少款车",
        f"SELECT Origin, COUNT(*) FROM {T} GROUP BY Origin",
        ["group_by", "count", "synonym"],
    ),
    (
        "Average miles per gallon by origin",
        "不同产地的平均油耗（每加仑英里数）",
        f"SELECT Origin, AVG({MPG}) FROM {T} GROUP BY Origin",
        ["group_by", "agg"],
    ),
    (
        "What is the average horsepower of all cars?",
        "所有车的平均马力是多少",
        f"SELECT AVG({HP}) FROM {T}",
        ["agg"],
    ),
    (
        "What is the heaviest car?",
        "最重的车是哪一款",
        f"SELECT Name, {WT} FROM {T} ORDER BY {WT} DESC LIMIT 1",
        ["top_n", "synonym"],
        False,
        [0],
    ),
    (
        "Which car is the lightest?",
        "车重最轻的是哪款车",
        f"SELECT Name, {WT} FROM {T} ORDER BY {WT} ASC LIMIT 1",
        ["bottom_n"],
        False,
        [0],
    ),
    (
        "Top 5 cars by horsepower",
        "马力最大的5款车",
        f"SELECT Name, {HP} FROM {T} WHERE {HP} IS NOT NULL ORDER BY {HP} DESC LIMIT 5",
        ["top_n"],
        False,
        [0],
    ),
    (
        "Which 3 cars have the best fuel economy?",
        "最省油的3款车是哪些",
        f"SELECT Name, {MPG} FROM {T} WHERE {MPG} IS NOT NULL ORDER BY {MPG} DESC LIMIT 3",
        ["top_n", "synonym"],
        False,
        [0],
    ),
    (
        "How many cars have 8 cylinders?",
        "8缸的车有多少款",
        f"SELECT COUNT(*) FROM {T} WHERE Cylinders = 8",
        ["filter", "count"],
    ),
    (
        "Number of cars by cylinder count",
        "按气缸数统计车型数量",
        f"SELECT Cylinders, COUNT(*) FROM {T} GROUP BY Cylinders",
        ["group_by", "count"],
    ),
    (
        "How many Japanese cars are there?",
        "日本产的车有多少款",
        f"SELECT COUNT(*) FROM {T} WHERE Origin = 'Japan'",
        ["filter", "count", "cross_lingual_value"],
    ),
    (
        "How many European cars are from 1980 or later?",
        "1980年及以后的欧洲车有多少款",
        f"SELECT COUNT(*) FROM {T} WHERE Origin = 'Europe' AND Year >= 1980",
        ["filter", "count", "date", "cross_lingual_value"],
    ),
    (
        "Average mpg per model year",
        "每个年份的平均每加仑英里数",
        f"SELECT Year, AVG({MPG}) FROM {T} GROUP BY Year",
        ["group_by", "date"],
        False,
        [1],
    ),
    (
        "How many models were there in each year?",
        "每年各有多少款车型",
        f"SELECT Year, COUNT(*) FROM {T} GROUP BY Year",
        ["group_by", "count", "date"],
        False,
        [1],
    ),
    (
        "Which model year has the most cars?",
        "哪一年的车型数量最多",
        f"SELECT Year, COUNT(*) FROM {T} GROUP BY Year ORDER BY COUNT(*) DESC LIMIT 1",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "How many cars get more than 30 miles per gallon?",
        "每加仑能跑30英里以上的车有多少款",
        f"SELECT COUNT(*) FROM {T} WHERE {MPG} > 30",
        ["filter", "count", "compare"],
    ),
    (
        "How many cars weigh less than 2000 lbs?",
        "车重低于2000磅的车有几款",
        f"SELECT COUNT(*) FROM {T} WHERE {WT} < 2000",
        ["filter", "count", "compare", "unit"],
    ),
    (
        "List the cars with more than 200 horsepower",
        "列出马力超过200的车",
        f"SELECT Name, {HP} FROM {T} WHERE {HP} > 200",
        ["filter", "list"],
    ),
    (
        "What is the average weight of 4-cylinder cars?",
        "四缸车的平均重量是多少",
        f"SELECT AVG({WT}) FROM {T} WHERE Cylinders = 4",
        ["filter", "agg", "zh_number"],
    ),
    (
        "Maximum horsepower for each origin",
        "各产地车型的最大马力",
        f"SELECT Origin, MAX({HP}) FROM {T} GROUP BY Origin",
        ["group_by", "agg"],
    ),
    (
        "Lowest mpg among US cars",
        "美国车里最低的每加仑英里数是多少",
        f"SELECT MIN({MPG}) FROM {T} WHERE Origin = 'USA'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "Average acceleration by number of cylinders",
        "按气缸数看平均加速时间",
        f"SELECT Cylinders, AVG({ACC}) FROM {T} GROUP BY Cylinders",
        ["group_by", "agg"],
    ),
    (
        "What is the average displacement of cars from 1970 to 1974?",
        "1970到1974年车型的平均排量是多少",
        f"SELECT AVG({DISP}) FROM {T} WHERE Year BETWEEN 1970 AND 1974",
        ["filter", "agg", "date", "range"],
    ),
    (
        "What share of the cars are from the USA?",
        "美国车占全部车型的比例是多少",
        f"SELECT 100.0 * SUM(CASE WHEN Origin = 'USA' THEN 1 ELSE 0 END) / COUNT(*) FROM {T}",
        ["share", "pct"],
    ),
    (
        "Percentage of 4-cylinder cars among 1982 models",
        "1982年的车型中四缸车占百分之几",
        f"SELECT 100.0 * SUM(CASE WHEN Cylinders = 4 THEN 1 ELSE 0 END) / COUNT(*) FROM {T} WHERE Year = 1982",
        ["share", "pct", "date", "zh_number"],
    ),
    (
        "Which origins are there?",
        "有哪些产地",
        f"SELECT DISTINCT Origin FROM {T}",
        ["distinct"],
    ),
    (
        "What distinct cylinder counts appear in the data?",
        "数据里出现过哪几种气缸数",
        f"SELECT DISTINCT Cylinders FROM {T}",
        ["distinct"],
    ),
    (
        "List the cars with 3 cylinders",
        "列出所有三缸车",
        f"SELECT Name FROM {T} WHERE Cylinders = 3",
        ["filter", "list", "zh_number"],
    ),
    (
        "Which cars have a missing mpg value?",
        "哪些车没有油耗（每加仑英里数）数据",
        f"SELECT Name FROM {T} WHERE {MPG} IS NULL",
        ["filter", "null"],
    ),
    (
        "Average mpg of Japanese cars versus European cars",
        "日本车和欧洲车的平均每加仑英里数分别是多少",
        f"SELECT Origin, AVG({MPG}) FROM {T} WHERE Origin IN ('Japan', 'Europe') GROUP BY Origin",
        ["compare_two", "group_by", "cross_lingual_value"],
    ),
    (
        "How many more cars are from the USA than from Japan?",
        "美国车比日本车多多少款",
        f"SELECT SUM(CASE WHEN Origin = 'USA' THEN 1 ELSE 0 END) - SUM(CASE WHEN Origin = 'Japan' THEN 1 ELSE 0 END)"
        f" FROM {T}",
        ["compare_two", "derived"],
    ),
    (
        "Average mpg in 1970 compared with 1982",
        "1970年和1982年车型的平均每加仑英里数对比",
        f"SELECT Year, AVG({MPG}) FROM {T} WHERE Year IN (1970, 1982) GROUP BY Year",
        ["compare_two", "date"],
        False,
        [1],
    ),
    (
        "Which origin has the highest average horsepower?",
        "平均马力最高的是哪个产地",
        f"SELECT Origin, AVG({HP}) FROM {T} GROUP BY Origin ORDER BY AVG({HP}) DESC LIMIT 1",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Cylinder counts with an average mpg above 25",
        "平均每加仑英里数超过25的是哪些气缸数",
        f"SELECT Cylinders, AVG({MPG}) FROM {T} GROUP BY Cylinders HAVING AVG({MPG}) > 25",
        ["having", "group_by"],
    ),
    (
        "How many cars are not from the USA?",
        "非美国产的车有多少款",
        f"SELECT COUNT(*) FROM {T} WHERE Origin <> 'USA'",
        ["filter", "negation", "count"],
    ),
    (
        "How many Ford models are there?",
        "福特（ford）一共有多少款车型",
        f"SELECT COUNT(*) FROM {T} WHERE Name LIKE 'ford %'",
        ["filter", "count", "like", "cross_lingual_value"],
    ),
    (
        "Average weight by origin and number of cylinders",
        "按产地和气缸数统计平均车重",
        f"SELECT Origin, Cylinders, AVG({WT}) FROM {T} GROUP BY Origin, Cylinders",
        ["group_by", "two_keys"],
    ),
    (
        "What is the total weight of all 1975 models?",
        "1975年所有车型的总重量是多少磅",
        f"SELECT SUM({WT}) FROM {T} WHERE Year = 1975",
        ["agg", "date", "unit"],
    ),
    (
        "Which car takes the longest to accelerate?",
        "加速时间最长（加速最慢）的是哪款车",
        f"SELECT Name, {ACC} FROM {T} ORDER BY {ACC} DESC LIMIT 1",
        ["top_n", "synonym"],
        False,
        [0],
    ),
    (
        "Top 3 model years by average mpg",
        "平均每加仑英里数最高的3个年份",
        f"SELECT Year, AVG({MPG}) FROM {T} GROUP BY Year ORDER BY AVG({MPG}) DESC LIMIT 3",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "The 5 Japanese cars with the best mpg",
        "每加仑英里数最高的5款日本车",
        f"SELECT Name, {MPG} FROM {T} WHERE Origin = 'Japan' ORDER BY {MPG} DESC LIMIT 5",
        ["top_n", "filter", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "How many cars have between 100 and 150 horsepower?",
        "马力在100到150之间的车有多少款",
        f"SELECT COUNT(*) FROM {T} WHERE {HP} BETWEEN 100 AND 150",
        ["filter", "count", "range"],
    ),
    (
        "What is the largest displacement among 6-cylinder cars?",
        "六缸车的最大排量是多少",
        f"SELECT MAX({DISP}) FROM {T} WHERE Cylinders = 6",
        ["filter", "agg", "zh_number"],
    ),
    (
        "Average power-to-weight ratio (horsepower per 1000 lbs) by origin",
        "各产地每千磅车重的平均马力",
        f"SELECT Origin, AVG(1000.0 * {HP} / {WT}) FROM {T} GROUP BY Origin",
        ["group_by", "derived"],
    ),
    (
        "How many 8-cylinder cars were made after 1979?",
        "1979年以后的8缸车有多少款",
        f"SELECT COUNT(*) FROM {T} WHERE Cylinders = 8 AND Year > 1979",
        ["filter", "count", "date"],
    ),
    (
        "Number of European cars per year",
        "每年欧洲车型的数量",
        f"SELECT Year, COUNT(*) FROM {T} WHERE Origin = 'Europe' GROUP BY Year",
        ["group_by", "filter", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "What is the mpg of the honda civic 1500 gl?",
        "honda civic 1500 gl 的每加仑英里数是多少",
        f"SELECT {MPG} FROM {T} WHERE Name = 'honda civic 1500 gl'",
        ["lookup"],
    ),
    (
        "Average horsepower of cars made in the 1980s",
        "80年代车型的平均马力",
        f"SELECT AVG({HP}) FROM {T} WHERE Year >= 1980",
        ["filter", "agg", "date"],
    ),
    (
        "Which origin has the fewest car models?",
        "车型数量最少的是哪个产地",
        f"SELECT Origin, COUNT(*) FROM {T} GROUP BY Origin ORDER BY COUNT(*) ASC LIMIT 1",
        ["bottom_n", "group_by"],
        False,
        [0],
    ),
    (
        "Average weight of cars with more than 25 mpg",
        "每加仑超过25英里的车平均重多少",
        f"SELECT AVG({WT}) FROM {T} WHERE {MPG} > 25",
        ["filter", "agg"],
    ),
    (
        "Difference between the average mpg of 4-cylinder and 8-cylinder cars",
        "四缸车与八缸车平均每加仑英里数相差多少",
        f"SELECT AVG(CASE WHEN Cylinders = 4 THEN {MPG} END) - AVG(CASE WHEN Cylinders = 8 THEN {MPG} END) FROM {T}",
        ["compare_two", "derived", "zh_number"],
    ),
]

COUNT_JP = f"SELECT COUNT(*) FROM {T} WHERE Origin = 'Japan'"
COUNT_EU = f"SELECT COUNT(*) FROM {T} WHERE Origin = 'Europe'"
MPG_BY_YEAR = f"SELECT Year, AVG({MPG}) FROM {T} GROUP BY Year"
MPG_BY_YEAR_USA = f"SELECT Year, AVG({MPG}) FROM {T} WHERE Origin = 'USA' GROUP BY Year"
MPG5 = f"SELECT Name, {MPG} FROM {T} WHERE {MPG} IS NOT NULL ORDER BY {MPG} DESC LIMIT 5"
MPG5_EU = f"SELECT Name, {MPG} FROM {T} WHERE Origin = 'Europe' ORDER BY {MPG} DESC LIMIT 5"

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Average mpg by model year", "en", MPG_BY_YEAR, ["group_by", "date"], "c1-en", 0, False, [1]),
    turn("only American cars", "en", MPG_BY_YEAR_USA, ["follow_up", "filter"], "c1-en", 1, False, [1]),
    turn("每年车型的平均每加仑英里数", "zh", MPG_BY_YEAR, ["group_by", "date"], "c1-zh", 0, False, [1]),
    turn("只看美国车呢？", "zh", MPG_BY_YEAR_USA, ["follow_up", "filter"], "c1-zh", 1, False, [1]),
    turn("How many cars are from Japan?", "en", COUNT_JP, ["count", "filter"], "c2-en", 0),
    turn("and from Europe?", "en", COUNT_EU, ["follow_up", "count", "filter"], "c2-en", 1),
    turn("日本产的车有几款", "zh", COUNT_JP, ["count", "filter"], "c2-zh", 0),
    turn("欧洲的呢？", "zh", COUNT_EU, ["follow_up", "count", "filter"], "c2-zh", 1),
    turn("Show the 5 most fuel-efficient cars", "en", MPG5, ["top_n"], "c3-en", 0, False, [0]),
    turn("just European ones", "en", MPG5_EU, ["follow_up", "top_n", "filter"], "c3-en", 1, True, [0]),
    turn("油耗最低（每加仑英里数最高）的前5款车", "zh", MPG5, ["top_n"], "c3-zh", 0, False, [0]),
    turn("只看欧洲车", "zh", MPG5_EU, ["follow_up", "top_n", "filter"], "c3-zh", 1, True, [0]),
]

UNANSWERABLE = [
    ("What is the average price of Japanese cars?", "日本车的平均售价是多少"),
    ("How many units of the ford pinto were sold?", "福特 pinto 卖出了多少辆"),
    ("Which cars have a top speed above 120 mph?", "最高时速超过120英里的车有哪些"),
    ("How many electric cars are in the data?", "数据里有多少款电动车"),
    ("What is the average CO2 emission by origin?", "各产地车型的平均二氧化碳排放量是多少"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "car", questions(), source=SRC)
