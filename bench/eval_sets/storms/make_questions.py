"""Write questions.jsonl of the storms question set (hand-written, blind: the engine was not run on them
before they were committed, and its code and tests were not read).

Real data: storms.csv (make_data.py): 19,537 six-hourly observations of 655 Atlantic tropical storms and
hurricanes, 1975-2022 (NOAA HURDAT2 via dplyr's `storms`; see README.md). One table, English headers.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "storms.csv"
T = "storms"
Y = "strftime('%Y', date)"
M = "strftime('%m', date)"
Q = "(CAST(strftime('%m', date) AS INTEGER) + 2) / 3"
# A storm is a name in a season: names are reused (Katrina in 1981, 1999 and 2005).
STORM = f"storm || '-' || {Y}"
CV = ["cross_lingual_value"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def storms_in(year: str, where: str = "") -> str:
    return f"SELECT COUNT(DISTINCT storm) FROM {T} WHERE {Y} = '{year}'{where}"


def wind_by_status(where: str = "") -> str:
    return f"SELECT status, AVG(wind_kt) FROM {T}{where} GROUP BY status"


def lowest_pressure(year: str) -> str:
    return (
        f"SELECT storm, MIN(pressure_mb) FROM {T} WHERE {Y} = '{year}' GROUP BY storm "
        "ORDER BY MIN(pressure_mb) LIMIT 3"
    )


def year_obs(year: str, where: str = "") -> str:
    return f"(SELECT COUNT(*) FROM {T} WHERE {Y} = '{year}'{where})"


ALL_OBS = f"(SELECT COUNT(*) FROM {T})"
HU = " AND status = 'hurricane'"

# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many observations does the storm data have?",
        "风暴数据一共有多少条观测记录",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "How many different storm names appear in the data?",
        "数据里出现过多少个不同的风暴名字",
        f"SELECT COUNT(DISTINCT storm) FROM {T}",
        ["count_distinct"],
    ),
    (
        "How many storms were there in 2005?",
        "2005年一共有几个风暴",
        storms_in("2005"),
        ["count_distinct", "time"],
    ),
    (
        "What's the average wind speed over all observations?",
        "所有观测记录的平均风速是多少",
        f"SELECT AVG(wind_kt) FROM {T}",
        ["agg"],
    ),
    (
        "What is the highest wind speed on record?",
        "有记录以来最大的风速是多少节",
        f"SELECT MAX(wind_kt) FROM {T}",
        ["agg"],
    ),
    (
        "Lowest air pressure ever recorded",
        "记录到的最低气压是多少",
        f"SELECT MIN(pressure_mb) FROM {T}",
        ["agg"],
    ),
    (
        "Number of observations by storm status",
        "按风暴状态统计观测条数",
        f"SELECT status, COUNT(*) FROM {T} GROUP BY status",
        ["count", "group_by"],
    ),
    (
        "Average pressure for each status",
        "各个状态下的平均气压分别是多少",
        f"SELECT status, AVG(pressure_mb) FROM {T} GROUP BY status",
        ["agg", "group_by"],
    ),
    (
        "Average wind speed per hurricane category",
        "不同等级飓风的平均风速",
        f"SELECT category, AVG(wind_kt) FROM {T} WHERE category IS NOT NULL GROUP BY category",
        ["agg", "group_by"],
    ),
    (
        "Which storm recorded the lowest pressure?",
        "气压最低的是哪一个风暴",
        f"SELECT storm FROM {T} ORDER BY pressure_mb LIMIT 1",
        ["superlative"],
    ),
    (
        "Which year had the most storms?",
        "哪一年的风暴最多",
        f"SELECT {Y}, COUNT(DISTINCT storm) FROM {T} GROUP BY {Y} ORDER BY COUNT(DISTINCT storm) DESC LIMIT 1",
        ["superlative", "time", "count_distinct"],
    ),
    (
        "Top 5 years by number of storms",
        "风暴个数排前五的年份",
        f"SELECT {Y}, COUNT(DISTINCT storm) FROM {T} GROUP BY {Y} ORDER BY COUNT(DISTINCT storm) DESC LIMIT 5",
        ["top_n", "time", "count_distinct"],
        False,
        [1],
    ),
    (
        "How many storms were there each year?",
        "每年各有多少个风暴",
        f"SELECT {Y}, COUNT(DISTINCT storm) FROM {T} GROUP BY {Y}",
        ["count_distinct", "group_by", "time"],
        False,
        [1],
    ),
    (
        "The 5 storms with the lowest minimum pressure, deepest first",
        "最低气压最低的5个风暴，从低到高排",
        f"SELECT storm, MIN(pressure_mb) FROM {T} GROUP BY storm, {Y} ORDER BY MIN(pressure_mb) LIMIT 5",
        ["top_n"],
        True,
        [0],
    ),
    (
        "Which 4 storms had the strongest peak winds?",
        "峰值风速最大的4个风暴是哪些",
        f"SELECT storm, MAX(wind_kt) FROM {T} GROUP BY storm, {Y} ORDER BY MAX(wind_kt) DESC LIMIT 4",
        ["top_n"],
        False,
        [0],
    ),
    (
        "How many observations were made in September?",
        "9月份一共有多少条观测",
        f"SELECT COUNT(*) FROM {T} WHERE {M} = '09'",
        ["count", "time"],
    ),
    (
        "Which month of the year has the most observations?",
        "哪个月份的观测记录最多",
        f"SELECT {M}, COUNT(*) FROM {T} GROUP BY {M} ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [1],
    ),
    (
        "Hurricane observations by month",
        "每个月的飓风观测条数",
        f"SELECT {M}, COUNT(*) FROM {T} WHERE status = 'hurricane' GROUP BY {M}",
        ["count", "group_by", "time", "filter"],
        False,
        [1],
    ),
    (
        "How many storms reached category 5?",
        "有多少个风暴达到过5级",
        f"SELECT COUNT(DISTINCT {STORM}) FROM {T} WHERE category = 5",
        ["count_distinct", "filter"],
    ),
    (
        "List the storms that reached category 5 in 2005",
        "2005年达到5级的飓风有哪些",
        f"SELECT DISTINCT storm FROM {T} WHERE category = 5 AND {Y} = '2005'",
        ["list", "filter", "time"],
    ),
    (
        "Average wind speed while a storm was at hurricane status",
        "处于飓风状态时的平均风速",
        f"SELECT AVG(wind_kt) FROM {T} WHERE status = 'hurricane'",
        ["agg", "filter"],
    ),
    (
        "How many tropical depression observations are there?",
        "热带低压的观测一共有几条",
        f"SELECT COUNT(*) FROM {T} WHERE status = 'tropical depression'",
        ["count", "filter", *CV],
    ),
    (
        "What's the average pressure of extratropical observations?",
        "温带气旋阶段的平均气压是多少",
        f"SELECT AVG(pressure_mb) FROM {T} WHERE status = 'extratropical'",
        ["agg", "filter", *CV],
    ),
    (
        "How many observations had winds above 100 knots?",
        "风速超过100节的记录有多少条",
        f"SELECT COUNT(*) FROM {T} WHERE wind_kt > 100",
        ["count", "threshold"],
    ),
    (
        "Count the readings with pressure under 950 mb",
        "气压低于950百帕的观测有几条",
        f"SELECT COUNT(*) FROM {T} WHERE pressure_mb < 950",
        ["count", "threshold"],
    ),
    (
        "How many storms formed in the 1990s (1990 to 1999)?",
        "1990年到1999年之间一共出现了多少个风暴",
        f"SELECT COUNT(DISTINCT {STORM}) FROM {T} WHERE {Y} BETWEEN '1990' AND '1999'",
        ["count_distinct", "time"],
    ),
    (
        "Which storms occurred in 2020?",
        "2020年都有哪些风暴",
        f"SELECT DISTINCT storm FROM {T} WHERE {Y} = '2020'",
        ["list", "time"],
    ),
    (
        "What was Katrina's maximum wind speed in 2005?",
        "2005年卡特里娜飓风的最大风速是多少",
        f"SELECT MAX(wind_kt) FROM {T} WHERE storm = 'Katrina' AND {Y} = '2005'",
        ["agg", "filter", "time", *CV],
    ),
    (
        "How low did Katrina's pressure get in 2005?",
        "2005年的卡特里娜最低气压到了多少",
        f"SELECT MIN(pressure_mb) FROM {T} WHERE storm = 'Katrina' AND {Y} = '2005'",
        ["agg", "filter", "time", *CV],
    ),
    (
        "How many observations are there for Sandy in 2012?",
        "2012年桑迪飓风有多少条观测记录",
        f"SELECT COUNT(*) FROM {T} WHERE storm = 'Sandy' AND {Y} = '2012'",
        ["count", "filter", "time", *CV],
    ),
    (
        "Compare the peak wind of Katrina and Rita in 2005",
        "对比一下2005年卡特里娜和丽塔的最大风速",
        f"SELECT storm, MAX(wind_kt) FROM {T} WHERE {Y} = '2005' AND storm IN ('Katrina', 'Rita') GROUP BY storm",
        ["compare", "filter", *CV],
    ),
    (
        "How many more storms were there in 2020 than in 2019?",
        "2020年比2019年多了几个风暴",
        f"SELECT ({storms_in('2020')}) - ({storms_in('2019')})",
        ["compare", "time", "count_distinct"],
    ),
    (
        "By how much did hurricane observations grow from 2004 to 2005?",
        "2005年的飓风观测条数比2004年增长了多少",
        f"SELECT ({year_obs('2005', HU)} - {year_obs('2004', HU)}) * 1.0 / {year_obs('2004', HU)}",
        ["growth", "time", "pct"],
    ),
    (
        "What share of all observations are at hurricane status?",
        "飓风状态的记录占全部观测的比例是多少",
        f"SELECT SUM(status = 'hurricane') * 1.0 / COUNT(*) FROM {T}",
        ["share", "pct"],
    ),
    (
        "Percentage of observations in each status",
        "各状态的观测占比",
        f"SELECT status, COUNT(*) * 1.0 / {ALL_OBS} FROM {T} GROUP BY status",
        ["share", "group_by", "pct"],
    ),
    (
        "Average tropical-storm-force wind diameter per year",
        "每年热带风暴级风圈的平均直径",
        f"SELECT {Y}, AVG(tropical_storm_diameter_nmi) FROM {T} "
        f"WHERE tropical_storm_diameter_nmi IS NOT NULL GROUP BY {Y}",
        ["agg", "group_by", "time"],
        False,
        [1],
    ),
    (
        "What's the largest hurricane-force wind diameter recorded?",
        "飓风级风圈直径最大是多少海里",
        f"SELECT MAX(hurricane_diameter_nmi) FROM {T}",
        ["agg"],
    ),
    (
        "Which storms had a hurricane-force diameter of 300 nautical miles?",
        "哪些风暴的飓风级风圈直径达到了300海里",
        f"SELECT DISTINCT storm FROM {T} WHERE hurricane_diameter_nmi = 300",
        ["list", "filter"],
    ),
    (
        "How many observations were there in Q3 2005?",
        "2005年第三季度有多少条观测",
        f"SELECT COUNT(*) FROM {T} WHERE {Y} = '2005' AND {Q} = 3",
        ["count", "time"],
    ),
    (
        "Observations per quarter in 2020",
        "2020年每个季度分别有多少条观测",
        f"SELECT {Q}, COUNT(*) FROM {T} WHERE {Y} = '2020' GROUP BY {Q}",
        ["count", "group_by", "time"],
        False,
        [1],
    ),
    (
        "How many storms were there in the latest year?",
        "最近一年有几个风暴",
        f"SELECT COUNT(DISTINCT storm) FROM {T} WHERE {Y} = (SELECT MAX({Y}) FROM {T})",
        ["count_distinct", "time", "latest"],
    ),
    (
        "When was the most recent observation?",
        "数据里最晚的一条观测是哪天",
        f"SELECT MAX(date) FROM {T}",
        ["agg", "time"],
    ),
    (
        "What period does the data cover?",
        "这份数据的时间跨度是从哪天到哪天",
        f"SELECT MIN(date), MAX(date) FROM {T}",
        ["agg", "time"],
    ),
    (
        "Number of storms per decade",
        "每个年代（十年）各有多少个风暴",
        f"SELECT CAST({Y} AS INTEGER) / 10 * 10, COUNT(DISTINCT {STORM}) FROM {T} GROUP BY 1",
        ["count_distinct", "group_by", "time"],
        False,
        [1],
    ),
    (
        "Which years had more than 20 storms?",
        "风暴数超过20个的年份有哪些",
        f"SELECT {Y}, COUNT(DISTINCT storm) FROM {T} GROUP BY {Y} HAVING COUNT(DISTINCT storm) > 20",
        ["having", "time"],
        False,
        [1],
    ),
    (
        "Which storm names were used in more than 7 different years?",
        "哪些风暴名字在超过7个不同年份里用过",
        f"SELECT storm FROM {T} GROUP BY storm HAVING COUNT(DISTINCT {Y}) > 7",
        ["having", "count_distinct"],
    ),
    (
        "Which year had the highest average wind speed?",
        "平均风速最高的是哪一年",
        f"SELECT {Y}, AVG(wind_kt) FROM {T} GROUP BY {Y} ORDER BY AVG(wind_kt) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [1],
    ),
    (
        "Average latitude of hurricane observations",
        "飓风观测点的平均纬度",
        f"SELECT AVG(latitude) FROM {T} WHERE status = 'hurricane'",
        ["agg", "filter"],
    ),
    (
        "Which storm got the farthest north?",
        "哪个风暴到过最北边的位置",
        f"SELECT storm, MAX(latitude) FROM {T} GROUP BY storm, {Y} ORDER BY MAX(latitude) DESC LIMIT 1",
        ["superlative"],
        False,
        [0],
    ),
    (
        "How many observations are east of the prime meridian (positive longitude)?",
        "位于本初子午线以东（经度为正）的记录有多少条",
        f"SELECT COUNT(*) FROM {T} WHERE longitude > 0",
        ["count", "threshold"],
    ),
    (
        "How many storms became hurricanes in 2017?",
        "2017年有几个风暴发展成了飓风",
        storms_in("2017", " AND status = 'hurricane'"),
        ["count_distinct", "filter", "time"],
    ),
    (
        "Top 3 months for hurricane observations, ranked",
        "飓风观测最多的3个月份，按多少排序",
        f"SELECT {M}, COUNT(*) FROM {T} WHERE status = 'hurricane' GROUP BY {M} ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "time", "filter"],
        True,
        [1],
    ),
    (
        "In 2010, how many tropical storm readings had winds of at least 50 knots?",
        "2010年风速不低于50节的热带风暴记录有几条",
        f"SELECT COUNT(*) FROM {T} WHERE {Y} = '2010' AND status = 'tropical storm' AND wind_kt >= 50",
        ["count", "filter", "threshold", "time", *CV],
    ),
    (
        "Average pressure of major hurricanes (category 3 and above)",
        "3级及以上强飓风的平均气压",
        f"SELECT AVG(pressure_mb) FROM {T} WHERE category >= 3",
        ["agg", "threshold"],
    ),
    (
        "How many storms were active in August 2005?",
        "2005年8月有几个风暴活跃",
        f"SELECT COUNT(DISTINCT storm) FROM {T} WHERE {Y} = '2005' AND {M} = '08'",
        ["count_distinct", "time"],
    ),
    (
        "Average wind speed by month in 2005",
        "2005年各月的平均风速",
        f"SELECT {M}, AVG(wind_kt) FROM {T} WHERE {Y} = '2005' GROUP BY {M}",
        ["agg", "group_by", "time"],
        False,
        [1],
    ),
    (
        "Which storm has the most observations?",
        "观测次数最多的是哪个风暴",
        f"SELECT storm FROM {T} GROUP BY storm, {Y} ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "count"],
    ),
    (
        "Which status has the lowest average pressure?",
        "平均气压最低的是哪种状态",
        f"SELECT status FROM {T} GROUP BY status ORDER BY AVG(pressure_mb) LIMIT 1",
        ["superlative"],
    ),
    (
        "Was the average wind speed higher in 2005 or in 2015?",
        "2005年和2015年哪年的平均风速更高",
        f"SELECT {Y}, AVG(wind_kt) FROM {T} WHERE {Y} IN ('2005', '2015') GROUP BY {Y}",
        ["compare", "time"],
        False,
        [1],
    ),
    (
        "How many subtropical storm observations were there after 2010?",
        "2010年以后副热带风暴的记录有多少条",
        f"SELECT COUNT(*) FROM {T} WHERE status = 'subtropical storm' AND {Y} > '2010'",
        ["count", "filter", "time", *CV],
    ),
]

CONVERSATIONS = [
    turn(
        "How many storms were there in 2005?",
        "en",
        storms_in("2005"),
        ["count_distinct", "time"],
        "st-c1-en",
        0,
    ),
    turn("And in 2010?", "en", storms_in("2010"), ["count_distinct", "time", "follow_up"], "st-c1-en", 1),
    turn(
        "How many of those became hurricanes?",
        "en",
        storms_in("2010", " AND status = 'hurricane'"),
        ["count_distinct", "filter", "follow_up"],
        "st-c1-en",
        2,
    ),
    turn("2005年有多少个风暴", "zh", storms_in("2005"), ["count_distinct", "time"], "st-c1-zh", 0),
    turn("2010年呢？", "zh", storms_in("2010"), ["count_distinct", "time", "follow_up"], "st-c1-zh", 1),
    turn(
        "其中有几个发展成了飓风",
        "zh",
        storms_in("2010", " AND status = 'hurricane'"),
        ["count_distinct", "filter", "follow_up", *CV],
        "st-c1-zh",
        2,
    ),
    turn("Average wind speed by status", "en", wind_by_status(), ["agg", "group_by"], "st-c2-en", 0),
    turn(
        "Only for 2020",
        "en",
        wind_by_status(f" WHERE {Y} = '2020'"),
        ["agg", "group_by", "time", "follow_up"],
        "st-c2-en",
        1,
    ),
    turn("各状态的平均风速", "zh", wind_by_status(), ["agg", "group_by"], "st-c2-zh", 0),
    turn(
        "只看2020年的",
        "zh",
        wind_by_status(f" WHERE {Y} = '2020'"),
        ["agg", "group_by", "time", "follow_up"],
        "st-c2-zh",
        1,
    ),
    turn(
        "Top 3 storms by lowest pressure in 2005",
        "en",
        lowest_pressure("2005"),
        ["top_n", "time"],
        "st-c3-en",
        0,
        True,
        [0],
    ),
    turn(
        "What about 2017?",
        "en",
        lowest_pressure("2017"),
        ["top_n", "time", "follow_up"],
        "st-c3-en",
        1,
        True,
        [0],
    ),
    turn(
        "2005年气压最低的3个风暴", "zh", lowest_pressure("2005"), ["top_n", "time"], "st-c3-zh", 0, True, [0]
    ),
    turn(
        "那2017年呢", "zh", lowest_pressure("2017"), ["top_n", "time", "follow_up"], "st-c3-zh", 1, True, [0]
    ),
]

UNANSWERABLE = [
    ("How much damage in dollars did Katrina cause?", "卡特里娜飓风造成了多少经济损失"),
    ("How many people died in hurricanes in 2005?", "2005年飓风一共造成多少人死亡"),
    ("Which storm brought the most rainfall?", "哪个风暴带来的降雨量最大"),
    ("In which US state did Hurricane Andrew make landfall?", "安德鲁飓风是在美国哪个州登陆的"),
    ("How many typhoons hit Japan in 2019?", "2019年有几个台风登陆日本"),
]

if __name__ == "__main__":
    write_questions(HERE, "storms", bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE), source=SRC)
