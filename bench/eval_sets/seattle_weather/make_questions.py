"""Write questions.jsonl of the seattle_weather question set (hand-written; the engine was not run on them
before they were committed).

Real data: seattle_weather.csv, daily weather of Seattle 2012-2015 (NOAA, public domain; see README.md).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "seattle_weather.csv"
T = "seattle_weather"
YEAR = "strftime('%Y', date)"
MONTH = "CAST(strftime('%m', date) AS INTEGER)"


def year_is(year: int) -> str:
    return f"date >= '{year}-01-01' AND date < '{year + 1}-01-01'"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many days of records are there?",
        "数据里一共有多少天的记录？",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "What date range does the data cover?",
        "数据覆盖的日期范围是从哪天到哪天",
        f"SELECT MIN(date), MAX(date) FROM {T}",
        ["agg", "date"],
    ),
    (
        "How many days of each weather type are there?",
        "各种天气类型分别有多少天",
        f"SELECT weather, COUNT(*) FROM {T} GROUP BY weather",
        ["group_by", "count"],
    ),
    (
        "What was the total precipitation in 2015?",
        "2015年的总降水量是多少",
        f"SELECT SUM(precipitation) FROM {T} WHERE {year_is(2015)}",
        ["agg", "date"],
    ),
    (
        "Total rainfall by year",
        "每年的降雨量合计",
        f"SELECT {YEAR}, SUM(precipitation) FROM {T} GROUP BY {YEAR}",
        ["group_by", "date", "synonym"],
        False,
        [1],
    ),
    (
        "Average high temperature for each month of the year, all years together",
        "按1到12月统计平均最高气温（各年合并）",
        f"SELECT {MONTH}, AVG(temp_max) FROM {T} GROUP BY {MONTH}",
        ["group_by", "date"],
        False,
        [1],
    ),
    (
        "Monthly precipitation totals for 2014",
        "2014年每个月的降水量",
        f"SELECT strftime('%Y-%m', date), SUM(precipitation) FROM {T} WHERE {year_is(2014)} "
        "GROUP BY strftime('%Y-%m', date)",
        ["group_by", "date"],
        False,
        [1],
    ),
    (
        "Which day had the highest maximum temperature?",
        "哪一天的最高气温最高",
        f"SELECT date, temp_max FROM {T} ORDER BY temp_max DESC LIMIT 1",
        ["top_n", "date"],
        False,
        [0],
    ),
    (
        "On which date was the lowest minimum temperature recorded?",
        "最低气温最低的是哪一天",
        f"SELECT date, temp_min FROM {T} ORDER BY temp_min ASC LIMIT 1",
        ["bottom_n", "date"],
        False,
        [0],
    ),
    (
        "Top 5 wettest days",
        "降水量最多的5天",
        f"SELECT date, precipitation FROM {T} ORDER BY precipitation DESC LIMIT 5",
        ["top_n", "synonym"],
        False,
        [0],
    ),
    (
        "How many days had more than 20 mm of precipitation?",
        "降水量超过20毫米的有多少天",
        f"SELECT COUNT(*) FROM {T} WHERE precipitation > 20",
        ["filter", "count", "compare", "unit"],
    ),
    (
        "How many days did it snow?",
        "下雪的天数有多少",
        f"SELECT COUNT(*) FROM {T} WHERE weather = 'snow'",
        ["filter", "count", "cross_lingual_value"],
    ),
    (
        "How many foggy days were there in 2013?",
        "2013年有多少个雾天",
        f"SELECT COUNT(*) FROM {T} WHERE weather = 'fog' AND {year_is(2013)}",
        ["filter", "count", "date", "cross_lingual_value"],
    ),
    (
        "Average wind speed by weather type",
        "不同天气类型的平均风速",
        f"SELECT weather, AVG(wind) FROM {T} GROUP BY weather",
        ["group_by", "agg"],
    ),
    (
        "What is the highest wind speed recorded?",
        "记录到的最大风速是多少",
        f"SELECT MAX(wind) FROM {T}",
        ["agg"],
    ),
    (
        "What is the average daily temperature range (high minus low)?",
        "平均日温差（最高气温减最低气温）是多少",
        f"SELECT AVG(temp_max - temp_min) FROM {T}",
        ["agg", "derived"],
    ),
    (
        "Which year had the most days with weather type rain, and how many?",
        "哪一年天气类型为雨的天数最多，有多少天",
        f"SELECT {YEAR} AS y, COUNT(*) AS n FROM {T} WHERE weather = 'rain' GROUP BY y ORDER BY n DESC LIMIT 1",
        ["top_n", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "What was the average high temperature of the warmest month of 2015?",
        "2015年平均最高气温最高的那个月，平均最高气温是多少",
        f"SELECT strftime('%Y-%m', date) AS m, AVG(temp_max) AS v FROM {T} WHERE {year_is(2015)} "
        "GROUP BY m ORDER BY v DESC LIMIT 1",
        ["top_n", "date"],
        False,
        [1],
    ),
    (
        "How many days had a low below freezing (under 0°C)?",
        "最低气温低于0度的有多少天",
        f"SELECT COUNT(*) FROM {T} WHERE temp_min < 0",
        ["filter", "count", "compare"],
    ),
    (
        "Average precipitation on days whose weather type is rain",
        "天气类型是雨的那些天的平均降水量",
        f"SELECT AVG(precipitation) FROM {T} WHERE weather = 'rain'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "What share of days were sunny?",
        "晴天占全部天数的比例是多少",
        f"SELECT SUM(CASE WHEN weather = 'sun' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
        ["share", "pct", "cross_lingual_value"],
    ),
    (
        "Percentage of days for each weather type",
        "各天气类型的天数占比",
        f"SELECT weather, COUNT(*) * 1.0 / (SELECT COUNT(*) FROM {T}) FROM {T} GROUP BY weather",
        ["share", "pct", "group_by"],
    ),
    (
        "List the days in July 2014 with a high above 30 degrees",
        "2014年7月最高气温超过30度的日子有哪些",
        f"SELECT date FROM {T} WHERE date >= '2014-07-01' AND date < '2014-08-01' AND temp_max > 30",
        ["filter", "list", "date"],
    ),
    (
        "Average low temperature in December, across all years",
        "历年12月份的平均最低气温",
        f"SELECT AVG(temp_min) FROM {T} WHERE {MONTH} = 12",
        ["filter", "agg", "date"],
    ),
    (
        "Total precipitation for each weather type",
        "各天气类型的降水总量",
        f"SELECT weather, SUM(precipitation) FROM {T} GROUP BY weather",
        ["group_by", "agg"],
    ),
    (
        "Precipitation in 2012 vs 2013",
        "2012年和2013年的降水量分别是多少",
        f"SELECT {YEAR}, SUM(precipitation) FROM {T} WHERE date >= '2012-01-01' AND date < '2014-01-01' "
        f"GROUP BY {YEAR}",
        ["compare_values", "date"],
        False,
        [1],
    ),
    (
        "How many dry days (no precipitation at all) were there?",
        "完全没有降水的天数是多少",
        f"SELECT COUNT(*) FROM {T} WHERE precipitation = 0",
        ["filter", "count"],
    ),
    (
        "Average high temperature in summer 2015 (June to August)",
        "2015年夏天（6到8月）的平均最高气温",
        f"SELECT AVG(temp_max) FROM {T} WHERE date >= '2015-06-01' AND date < '2015-09-01'",
        ["filter", "agg", "date", "range"],
    ),
    (
        "The 3 windiest days",
        "风最大的3天",
        f"SELECT date, wind FROM {T} ORDER BY wind DESC LIMIT 3",
        ["top_n"],
        False,
        [0],
    ),
    (
        "What was the weather on 2014-12-25?",
        "2014年12月25日是什么天气",
        f"SELECT weather FROM {T} WHERE date = '2014-12-25'",
        ["filter", "lookup", "date"],
    ),
    (
        "What was the high temperature on July 4, 2015?",
        "2015年7月4日的最高气温是多少",
        f"SELECT temp_max FROM {T} WHERE date = '2015-07-04'",
        ["filter", "lookup", "date"],
    ),
    (
        "Number of days above 30 degrees in each year",
        "每年最高气温超过30度的天数",
        f"SELECT {YEAR}, COUNT(*) FROM {T} WHERE temp_max > 30 GROUP BY {YEAR}",
        ["filter", "group_by", "count", "date"],
        False,
        [1],
    ),
    (
        "Average high temperature per year, in year order",
        "按年份顺序列出每年的平均最高气温",
        f"SELECT {YEAR} AS y, AVG(temp_max) FROM {T} GROUP BY y ORDER BY y",
        ["group_by", "order", "date"],
        True,
        [1],
    ),
    (
        "Which weather type has the highest average high temperature?",
        "哪种天气类型的平均最高气温最高",
        f"SELECT weather, AVG(temp_max) AS v FROM {T} GROUP BY weather ORDER BY v DESC LIMIT 1",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "What weather types are there?",
        "数据中有哪些天气类型",
        f"SELECT DISTINCT weather FROM {T}",
        ["list", "distinct"],
    ),
    (
        "How many days in 2012 had rain or drizzle?",
        "2012年下雨或者下毛毛雨的天数",
        f"SELECT COUNT(*) FROM {T} WHERE weather IN ('rain', 'drizzle') AND {year_is(2012)}",
        ["filter", "count", "date", "cross_lingual_value"],
    ),
    (
        "Average wind speed on snowy days",
        "下雪天的平均风速",
        f"SELECT AVG(wind) FROM {T} WHERE weather = 'snow'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "Total precipitation in Q1 2013",
        "2013年第一季度的总降水量",
        f"SELECT SUM(precipitation) FROM {T} WHERE date >= '2013-01-01' AND date < '2013-04-01'",
        ["filter", "agg", "date", "range"],
    ),
    (
        "On how many days did the temperature stay below 0°C all day (high below 0)?",
        "全天气温都在0度以下（最高气温低于0度）的天数",
        f"SELECT COUNT(*) FROM {T} WHERE temp_max < 0",
        ["filter", "count", "compare"],
    ),
    (
        "What was the highest temperature of 2013?",
        "2013年的最高温是多少度",
        f"SELECT MAX(temp_max) FROM {T} WHERE {year_is(2013)}",
        ["filter", "agg", "date"],
    ),
    (
        "Lowest temperature of each year",
        "每年的最低气温",
        f"SELECT {YEAR}, MIN(temp_min) FROM {T} GROUP BY {YEAR}",
        ["group_by", "agg", "date"],
        False,
        [1],
    ),
    (
        "Which months had more than 150 mm of precipitation in total?",
        "月降水量超过150毫米的月份有哪些",
        f"SELECT strftime('%Y-%m', date) AS m FROM {T} GROUP BY m HAVING SUM(precipitation) > 150",
        ["having", "date"],
    ),
    (
        "Average daily precipitation in November",
        "11月份平均每天的降水量",
        f"SELECT AVG(precipitation) FROM {T} WHERE {MONTH} = 11",
        ["filter", "agg", "date"],
    ),
    (
        "How many days had wind speeds over 7?",
        "风速超过7的天数有多少",
        f"SELECT COUNT(*) FROM {T} WHERE wind > 7",
        ["filter", "count", "compare"],
    ),
    (
        "The 5 coldest nights of 2014 (lowest minimum temperature)",
        "2014年最低气温最低的5天",
        f"SELECT date, temp_min FROM {T} WHERE {year_is(2014)} ORDER BY temp_min ASC LIMIT 5",
        ["bottom_n", "date"],
        False,
        [0],
    ),
    (
        "How many sunny days had a high above 25?",
        "最高气温超过25度的晴天有多少天",
        f"SELECT COUNT(*) FROM {T} WHERE weather = 'sun' AND temp_max > 25",
        ["filter", "count", "cross_lingual_value"],
    ),
    (
        "Average high temperature on days that were not sunny",
        "非晴天的平均最高气温",
        f"SELECT AVG(temp_max) FROM {T} WHERE weather <> 'sun'",
        ["negation", "agg", "cross_lingual_value"],
    ),
    (
        "How many days in March 2015 had more than 10 mm of rain?",
        "2015年3月降水量超过10毫米的天数",
        f"SELECT COUNT(*) FROM {T} WHERE date >= '2015-03-01' AND date < '2015-04-01' AND precipitation > 10",
        ["filter", "count", "date"],
    ),
    (
        "Days per weather type in 2015, most common first",
        "2015年各天气类型的天数，从多到少排列",
        f"SELECT weather, COUNT(*) AS n FROM {T} WHERE {year_is(2015)} GROUP BY weather ORDER BY n DESC",
        ["group_by", "order", "date"],
        True,
        [0, 1],
    ),
    (
        "What is the average precipitation per day?",
        "平均每天的降水量是多少",
        f"SELECT AVG(precipitation) FROM {T}",
        ["agg"],
    ),
    (
        "How much warmer is July than January on average (average high temperature)?",
        "7月的平均最高气温比1月高多少",
        f"SELECT AVG(CASE WHEN {MONTH} = 7 THEN temp_max END) - AVG(CASE WHEN {MONTH} = 1 THEN temp_max END) "
        f"FROM {T}",
        ["compare_values", "derived", "date"],
    ),
    (
        "Number of drizzle days in each year",
        "每年毛毛雨的天数",
        f"SELECT {YEAR}, COUNT(*) FROM {T} WHERE weather = 'drizzle' GROUP BY {YEAR}",
        ["filter", "group_by", "count", "date", "cross_lingual_value"],
        False,
        [1],
    ),
]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


BY_YEAR = f"SELECT {YEAR}, SUM(precipitation) FROM {T} GROUP BY {YEAR}"
BY_YEAR_RAIN = f"SELECT {YEAR}, SUM(precipitation) FROM {T} WHERE weather = 'rain' GROUP BY {YEAR}"
SNOW_2012 = f"SELECT COUNT(*) FROM {T} WHERE weather = 'snow' AND {year_is(2012)}"
SNOW_2013 = f"SELECT COUNT(*) FROM {T} WHERE weather = 'snow' AND {year_is(2013)}"
WET5 = f"SELECT date, precipitation FROM {T} ORDER BY precipitation DESC LIMIT 5"
WET5_2013 = f"SELECT date, precipitation FROM {T} WHERE {year_is(2013)} ORDER BY precipitation DESC LIMIT 5"

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Total precipitation by year", "en", BY_YEAR, ["group_by", "date"], "c1-en", 0, False, [1]),
    turn(
        "only days where the weather was rain",
        "en",
        BY_YEAR_RAIN,
        ["follow_up", "filter"],
        "c1-en",
        1,
        False,
        [1],
    ),
    turn("每年的降水总量", "zh", BY_YEAR, ["group_by", "date"], "c1-zh", 0, False, [1]),
    turn("只看天气类型是雨的呢？", "zh", BY_YEAR_RAIN, ["follow_up", "filter"], "c1-zh", 1, False, [1]),
    turn("How many snow days were there in 2012?", "en", SNOW_2012, ["count", "date"], "c2-en", 0),
    turn("and in 2013?", "en", SNOW_2013, ["follow_up", "count", "date"], "c2-en", 1),
    turn("2012年有几天下雪", "zh", SNOW_2012, ["count", "date"], "c2-zh", 0),
    turn("2013年呢？", "zh", SNOW_2013, ["follow_up", "count", "date"], "c2-zh", 1),
    turn("Which 5 days had the most rain?", "en", WET5, ["top_n"], "c3-en", 0, False, [0]),
    turn("just 2013", "en", WET5_2013, ["follow_up", "top_n", "date"], "c3-en", 1, True, [0]),
    turn("雨量最大的5天是哪几天", "zh", WET5, ["top_n"], "c3-zh", 0, False, [0]),
    turn("只看2013年", "zh", WET5_2013, ["follow_up", "top_n", "date"], "c3-zh", 1, True, [0]),
]

UNANSWERABLE = [
    ("What was the average humidity in 2014?", "2014年的平均湿度是多少"),
    ("How much did it rain in Portland in 2013?", "2013年波特兰下了多少雨"),
    ("What was the air quality index on the hottest day?", "最热那天的空气质量指数是多少"),
    ("At what time of day is it usually hottest?", "一天中通常几点最热"),
    ("How many hours of sunshine were there in July 2015?", "2015年7月的日照时数是多少"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "sea", questions(), source=SRC)
