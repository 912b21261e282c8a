"""Write questions.jsonl of the atlantic_storms question set (hand-written, blind: the engine was not run on
them before they were committed, and its code and tests were not read).

Real data: atlantic_storms.csv (make_data.py): 19,537 six-hourly observations of Atlantic storms, 1975-2022
(NOAA HURDAT2 via dplyr's `storms`; see README.md). One table, Chinese headers. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "atlantic_storms.csv"
T = "atlantic_storms"
M = "strftime('%m', 观测时间)"
YM = "strftime('%Y-%m', 观测时间)"
Q = "(CAST(strftime('%m', 观测时间) AS INTEGER) + 2) / 3"
HUR = "风暴状态 = 'hurricane'"
STORM = "风暴名称 || '-' || 年份"
CV = ["cross_lingual_value"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def storms_in(year: int, where: str = "") -> str:
    return f"(SELECT COUNT(DISTINCT 风暴名称) FROM {T} WHERE 年份 = {year}{where})"


def obs_in(year: int) -> str:
    return f"(SELECT COUNT(*) FROM {T} WHERE 年份 = {year})"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many observations are in the table?",
        "表里一共有多少条观测记录",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "How many different storms are recorded? Count the same name in different years as separate storms",
        "一共记录了多少个风暴？同名但不同年份的算作不同风暴",
        f"SELECT COUNT(DISTINCT {STORM}) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "How many distinct storm names appear?",
        "出现过多少个不同的风暴名字",
        f"SELECT COUNT(DISTINCT 风暴名称) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "What's the average max wind speed over all observations?",
        "所有观测的平均风速是多少节",
        f"SELECT AVG(最大风速_节) FROM {T}",
        ["agg"],
    ),
    (
        "Lowest central pressure ever recorded",
        "有记录以来最低的中心气压是多少",
        f"SELECT MIN(中心气压_百帕) FROM {T}",
        ["agg"],
    ),
    (
        "What is the highest wind speed in the data?",
        "数据中风速的最高值是多少",
        f"SELECT MAX(最大风速_节) FROM {T}",
        ["agg"],
    ),
    (
        "Which storm had the lowest central pressure, and in what year?",
        "中心气压最低的是哪个风暴，发生在哪一年",
        f"SELECT 风暴名称, 年份, 中心气压_百帕 FROM {T} ORDER BY 中心气压_百帕 ASC LIMIT 1",
        ["superlative"],
        False,
        [0, 1],
    ),
    (
        "Number of observations for each storm status",
        "各风暴状态分别有多少条观测",
        f"SELECT 风暴状态, COUNT(*) FROM {T} GROUP BY 风暴状态",
        ["count", "group_by"],
    ),
    (
        "Average wind speed by status",
        "按风暴状态看平均风速",
        f"SELECT 风暴状态, AVG(最大风速_节) FROM {T} GROUP BY 风暴状态",
        ["agg", "group_by"],
    ),
    (
        "Break down hurricane observations by category",
        "飓风观测按等级分别有多少条",
        f"SELECT 飓风等级, COUNT(*) FROM {T} WHERE {HUR} GROUP BY 飓风等级",
        ["count", "group_by", *CV],
    ),
    (
        "How many observations were at category 5?",
        "五级飓风的观测记录有几条",
        f"SELECT COUNT(*) FROM {T} WHERE {HUR} AND 飓风等级 = 5",
        ["count", "filter"],
    ),
    (
        "Number of storms per year",
        "每年出现了多少个风暴",
        f"SELECT 年份, COUNT(DISTINCT 风暴名称) FROM {T} GROUP BY 年份",
        ["count", "distinct", "group_by", "time"],
        False,
        [1],
    ),
    (
        "How many named storms were there in 2005?",
        "2005年一共有多少个风暴",
        f"SELECT COUNT(DISTINCT 风暴名称) FROM {T} WHERE 年份 = 2005",
        ["count", "distinct", "time"],
    ),
    (
        "Which year had the most storms?",
        "哪一年的风暴数量最多",
        f"SELECT 年份, COUNT(DISTINCT 风暴名称) FROM {T} GROUP BY 年份 ORDER BY COUNT(DISTINCT 风暴名称) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [0],
    ),
    (
        "Top 5 years by number of hurricane observations",
        "飓风状态观测记录最多的5个年份",
        f"SELECT 年份, COUNT(*) FROM {T} WHERE {HUR} GROUP BY 年份 ORDER BY COUNT(*) DESC LIMIT 5",
        ["top_n", "time", *CV],
        False,
        [0],
    ),
    (
        "The 5 storms with the lowest minimum pressure, deepest first",
        "最低气压最低的5个风暴，从低到高排",
        f"SELECT 风暴名称, 年份, MIN(中心气压_百帕) FROM {T} GROUP BY 风暴名称, 年份 ORDER BY MIN(中心气压_百帕) ASC LIMIT 5",
        ["top_n", "group_by"],
        True,
        [0, 2],
    ),
    (
        "Which calendar month has the most observations?",
        "不分年份，哪个月的观测记录最多",
        f"SELECT {M}, COUNT(*) FROM {T} GROUP BY {M} ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [1],
    ),
    (
        "Observations per month in 2020",
        "2020年各月的观测条数",
        f"SELECT {M}, COUNT(*) FROM {T} WHERE 年份 = 2020 GROUP BY {M}",
        ["count", "group_by", "time"],
        False,
        [1],
    ),
    (
        "How many observations were logged in September 2017?",
        "2017年9月记录了多少条观测",
        f"SELECT COUNT(*) FROM {T} WHERE {YM} = '2017-09'",
        ["count", "time"],
    ),
    (
        "How many observations in Q3 2005?",
        "2005年三季度有多少条观测记录",
        f"SELECT COUNT(*) FROM {T} WHERE 年份 = 2005 AND {Q} = 3",
        ["count", "time"],
    ),
    (
        "Average central pressure of hurricane observations in 2017",
        "2017年飓风的平均中心气压",
        f"SELECT AVG(中心气压_百帕) FROM {T} WHERE {HUR} AND 年份 = 2017",
        ["agg", "filter", "time", *CV],
    ),
    (
        "How many observations had winds of 100 knots or more?",
        "风速达到100节及以上的观测有多少条",
        f"SELECT COUNT(*) FROM {T} WHERE 最大风速_节 >= 100",
        ["count", "filter"],
    ),
    (
        "Count the readings with pressure under 920 hPa",
        "中心气压低于920百帕的记录有几条",
        f"SELECT COUNT(*) FROM {T} WHERE 中心气压_百帕 < 920",
        ["count", "filter"],
    ),
    (
        "Which storms reached category 5? Give name and year",
        "哪些风暴达到过五级？列出名字和年份",
        f"SELECT DISTINCT 风暴名称, 年份 FROM {T} WHERE {HUR} AND 飓风等级 = 5",
        ["listing", "filter"],
    ),
    (
        "How many storms reached hurricane strength in 2010?",
        "2010年有几个风暴发展成了飓风",
        f"SELECT COUNT(DISTINCT 风暴名称) FROM {T} WHERE {HUR} AND 年份 = 2010",
        ["count", "distinct", "filter", "time", *CV],
    ),
    (
        "What share of all observations are at hurricane status?",
        "飓风状态的观测占全部观测的比例",
        f"SELECT SUM(CASE WHEN {HUR} THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
        ["share", "pct", *CV],
    ),
    (
        "In 2005, what percentage of observations were hurricanes?",
        "2005年的观测里飓风占百分之多少",
        f"SELECT SUM(CASE WHEN {HUR} THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T} WHERE 年份 = 2005",
        ["share", "pct", "time", *CV],
    ),
    (
        "What was Hurricane Katrina's peak wind in 2005?",
        "2005年卡特里娜飓风的最大风速是多少",
        f"SELECT MAX(最大风速_节) FROM {T} WHERE 风暴名称 = 'Katrina' AND 年份 = 2005",
        ["agg", "filter", *CV],
    ),
    (
        "Lowest pressure reached by Wilma",
        "威尔玛的最低气压是多少",
        f"SELECT MIN(中心气压_百帕) FROM {T} WHERE 风暴名称 = 'Wilma'",
        ["agg", "filter", *CV],
    ),
    (
        "How many observations are there for Sandy?",
        "桑迪一共有多少条观测记录",
        f"SELECT COUNT(*) FROM {T} WHERE 风暴名称 = 'Sandy'",
        ["count", "filter", *CV],
    ),
    (
        "Compare the top wind speeds of Irma and Maria in 2017",
        "对比一下2017年艾尔玛和玛丽亚的最高风速",
        f"SELECT 风暴名称, MAX(最大风速_节) FROM {T} WHERE 风暴名称 IN ('Irma', 'Maria') AND 年份 = 2017 GROUP BY 风暴名称",
        ["agg", "compare", *CV],
    ),
    (
        "Observation count per year since 2015",
        "2015年以来每年的观测条数",
        f"SELECT 年份, COUNT(*) FROM {T} WHERE 年份 >= 2015 GROUP BY 年份",
        ["count", "group_by", "time"],
        False,
        [1],
    ),
    (
        "Average wind per year from 2000 to 2009",
        "2000年到2009年每年的平均风速",
        f"SELECT 年份, AVG(最大风速_节) FROM {T} WHERE 年份 BETWEEN 2000 AND 2009 GROUP BY 年份",
        ["agg", "group_by", "time"],
        False,
        [1],
    ),
    (
        "By what percent did the number of observations grow from 2019 to 2020?",
        "2020年的观测条数比2019年同比增长了多少",
        f"SELECT ({obs_in(2020)} - {obs_in(2019)}) * 1.0 / {obs_in(2019)}",
        ["growth", "pct", "time"],
    ),
    (
        "How many more storms were there in 2005 than in 2004?",
        "2005年比2004年多了几个风暴",
        f"SELECT {storms_in(2005)} - {storms_in(2004)}",
        ["compare", "time"],
    ),
    (
        "Which storm has the most observations?",
        "观测次数最多的是哪个风暴",
        f"SELECT 风暴名称, 年份, COUNT(*) FROM {T} GROUP BY 风暴名称, 年份 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "Top 3 storms of 2004 by number of observations",
        "2004年观测记录最多的前三个风暴",
        f"SELECT 风暴名称, COUNT(*) FROM {T} WHERE 年份 = 2004 GROUP BY 风暴名称 ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "time"],
        False,
        [0],
    ),
    (
        "Which years had more than 20 storms?",
        "风暴数超过20个的年份有哪些",
        f"SELECT 年份 FROM {T} GROUP BY 年份 HAVING COUNT(DISTINCT 风暴名称) > 20",
        ["having", "time"],
    ),
    (
        "List storms whose peak wind topped 150 knots",
        "峰值风速超过150节的风暴有哪些",
        f"SELECT 风暴名称, 年份 FROM {T} GROUP BY 风暴名称, 年份 HAVING MAX(最大风速_节) > 150",
        ["having", "listing"],
    ),
    (
        "How many tropical depression readings had pressure above 1010 hPa?",
        "热带低压里中心气压高于1010百帕的有几条",
        f"SELECT COUNT(*) FROM {T} WHERE 风暴状态 = 'tropical depression' AND 中心气压_百帕 > 1010",
        ["count", "filter", *CV],
    ),
    (
        "Average latitude of hurricane observations",
        "飓风观测点的平均纬度",
        f"SELECT AVG(纬度) FROM {T} WHERE {HUR}",
        ["agg", "filter", *CV],
    ),
    (
        "How many observations were north of 40 degrees latitude?",
        "北纬40度以北的观测有多少条",
        f"SELECT COUNT(*) FROM {T} WHERE 纬度 > 40",
        ["count", "filter"],
    ),
    (
        "What is the most recent year in the data?",
        "数据最新到哪一年",
        f"SELECT MAX(年份) FROM {T}",
        ["agg", "time"],
    ),
    (
        "How many storms were there in the latest year?",
        "最近一年有多少个风暴",
        f"SELECT COUNT(DISTINCT 风暴名称) FROM {T} WHERE 年份 = (SELECT MAX(年份) FROM {T})",
        ["count", "distinct", "time"],
    ),
    (
        "Mean wind speed of category 4 hurricane readings",
        "四级飓风的平均风速是多少",
        f"SELECT AVG(最大风速_节) FROM {T} WHERE {HUR} AND 飓风等级 = 4",
        ["agg", "filter"],
    ),
    (
        "Minimum pressure for each hurricane category",
        "每个飓风等级的最低气压",
        f"SELECT 飓风等级, MIN(中心气压_百帕) FROM {T} WHERE {HUR} GROUP BY 飓风等级",
        ["agg", "group_by"],
    ),
    (
        "Which status has the highest average pressure?",
        "哪种风暴状态的平均气压最高",
        f"SELECT 风暴状态, AVG(中心气压_百帕) FROM {T} GROUP BY 风暴状态 ORDER BY AVG(中心气压_百帕) DESC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "How many tropical storm observations were there in 2021?",
        "2021年热带风暴状态的观测有多少条",
        f"SELECT COUNT(*) FROM {T} WHERE 风暴状态 = 'tropical storm' AND 年份 = 2021",
        ["count", "filter", "time", *CV],
    ),
    (
        "Which 2017 storm had the strongest winds?",
        "2017年风力最强的是哪个风暴",
        f"SELECT 风暴名称, MAX(最大风速_节) FROM {T} WHERE 年份 = 2017 GROUP BY 风暴名称 ORDER BY MAX(最大风速_节) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [0],
    ),
    (
        "Compare average wind speed in August and September",
        "8月和9月的平均风速对比",
        f"SELECT {M}, AVG(最大风速_节) FROM {T} WHERE {M} IN ('08', '09') GROUP BY {M}",
        ["agg", "compare", "time"],
        False,
        [1],
    ),
    (
        "How many extratropical observations were there in 2012?",
        "2012年温带气旋状态的记录有几条",
        f"SELECT COUNT(*) FROM {T} WHERE 风暴状态 = 'extratropical' AND 年份 = 2012",
        ["count", "filter", "time", *CV],
    ),
    (
        "Total observations in the 1990s",
        "整个90年代一共有多少条观测",
        f"SELECT COUNT(*) FROM {T} WHERE 年份 BETWEEN 1990 AND 1999",
        ["count", "time"],
    ),
    (
        "How many storms became hurricanes each year since 2015?",
        "2015年以来每年有几个风暴达到飓风级别",
        f"SELECT 年份, COUNT(DISTINCT 风暴名称) FROM {T} WHERE {HUR} AND 年份 >= 2015 GROUP BY 年份",
        ["count", "distinct", "group_by", "time", *CV],
        False,
        [1],
    ),
    (
        "Show Katrina's 2005 readings with winds of at least 140 knots: time, wind and pressure",
        "列出2005年卡特里娜风速在140节及以上的记录，要观测时间、风速和气压",
        f"SELECT 观测时间, 最大风速_节, 中心气压_百帕 FROM {T} WHERE 风暴名称 = 'Katrina' AND 年份 = 2005 AND 最大风速_节 >= 140",
        ["listing", "filter", *CV],
    ),
]


def hurricanes_in(year: int) -> str:
    return f"SELECT COUNT(DISTINCT 风暴名称) FROM {T} WHERE {HUR} AND 年份 = {year}"


def storms_year(year: int) -> str:
    return f"SELECT COUNT(DISTINCT 风暴名称) FROM {T} WHERE 年份 = {year}"


def wind_by_cat(where: str = "") -> str:
    return f"SELECT 飓风等级, AVG(最大风速_节) FROM {T} WHERE {HUR}{where} GROUP BY 飓风等级"


def low_pressure(year: int) -> str:
    return f"SELECT MIN(中心气压_百帕) FROM {T} WHERE 年份 = {year}"


CONVERSATIONS = [
    turn("How many storms were there in 2004?", "en", storms_year(2004), ["count", "time"], "st-c1-en", 0),
    turn("And 2005?", "en", storms_year(2005), ["count", "time", "follow_up"], "st-c1-en", 1),
    turn(
        "How many of them became hurricanes?",
        "en",
        hurricanes_in(2005),
        ["count", "follow_up"],
        "st-c1-en",
        2,
    ),
    turn("2004年有多少个风暴", "zh", storms_year(2004), ["count", "time"], "st-c1-zh", 0),
    turn("2005年呢？", "zh", storms_year(2005), ["count", "time", "follow_up"], "st-c1-zh", 1),
    turn("其中有几个达到了飓风级别", "zh", hurricanes_in(2005), ["count", "follow_up", *CV], "st-c1-zh", 2),
    turn(
        "Average wind speed of hurricanes by category",
        "en",
        wind_by_cat(),
        ["agg", "group_by"],
        "st-c2-en",
        0,
    ),
    turn(
        "only for 2005?", "en", wind_by_cat(" AND 年份 = 2005"), ["agg", "follow_up", "time"], "st-c2-en", 1
    ),
    turn("各等级飓风的平均风速", "zh", wind_by_cat(), ["agg", "group_by", *CV], "st-c2-zh", 0),
    turn("只看2005年的", "zh", wind_by_cat(" AND 年份 = 2005"), ["agg", "follow_up", "time"], "st-c2-zh", 1),
    turn("Lowest pressure recorded in 2017", "en", low_pressure(2017), ["agg", "time"], "st-c3-en", 0),
    turn("what about 2018?", "en", low_pressure(2018), ["agg", "time", "follow_up"], "st-c3-en", 1),
    turn("2017年记录到的最低气压是多少", "zh", low_pressure(2017), ["agg", "time"], "st-c3-zh", 0),
    turn("那2018年呢", "zh", low_pressure(2018), ["agg", "time", "follow_up"], "st-c3-zh", 1),
]

UNANSWERABLE = [
    ("How much damage in dollars did the 2005 hurricanes cause?", "2005年的飓风一共造成了多少经济损失"),
    ("How many people died in Hurricane Katrina?", "卡特里娜飓风造成了多少人死亡"),
    ("What was the total rainfall of Harvey?", "哈维带来的总降雨量是多少"),
    ("Which US state had the most hurricane landfalls?", "哪个州遭遇飓风登陆的次数最多"),
]

if __name__ == "__main__":
    write_questions(HERE, "storm", bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE), source=SRC)
