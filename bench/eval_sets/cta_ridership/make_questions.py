"""Write questions.jsonl of the cta_ridership question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: cta_ridership.csv (make_data.py): daily entries at 20 Chicago 'L' stations, 2013-01-01..2016-07-31,
one row per station per day, English headers date / year / month / weekday / station / rides / temp_high_f /
temp_low_f / humidity_pct / wind_mph / rain / snow / cubs_home / white_sox_home / bears_home / bulls_home /
blackhawks_home, English values (Monday.., Yes/No, Clark/Lake..).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)) + "/..")
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "cta_ridership.csv"
T = "cta_ridership"
CV = ["cross_lingual_value"]
WEEKEND = "weekday IN ('Saturday', 'Sunday')"
WORKDAY = "weekday NOT IN ('Saturday', 'Sunday')"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def total(where: str) -> str:
    return f"(SELECT SUM(rides) FROM {T} WHERE {where})"


def avg(where: str) -> str:
    return f"(SELECT AVG(rides) FROM {T} WHERE {where})"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "What were the total rides across all stations in 2015?",
        "2015年所有站点的总客流是多少",
        f"SELECT SUM(rides) FROM {T} WHERE year = 2015",
        ["agg", "filter", "date"],
    ),
    (
        "How many rides did Clark/Lake have in 2014?",
        "Clark/Lake站2014年一共有多少人次进站",
        f"SELECT SUM(rides) FROM {T} WHERE station = 'Clark/Lake' AND year = 2014",
        ["agg", "filter", "date"],
    ),
    (
        "What is the average daily ridership at Belmont?",
        "Belmont站平均每天有多少客流",
        f"SELECT AVG(rides) FROM {T} WHERE station = 'Belmont'",
        ["avg", "filter"],
    ),
    (
        "Which station had the most rides in 2015?",
        "2015年客流最多的是哪个站",
        f"SELECT station, SUM(rides) FROM {T} WHERE year = 2015 GROUP BY station ORDER BY SUM(rides) DESC LIMIT 1",
        ["superlative", "date"],
        False,
        [0],
    ),
    (
        "Top 5 stations by total ridership over the whole period",
        "整个期间总客流排名前五的站点",
        f"SELECT station, SUM(rides) FROM {T} GROUP BY station ORDER BY SUM(rides) DESC LIMIT 5",
        ["top_n"],
        True,
        [0],
    ),
    (
        "Which 3 stations were the least used in 2016?",
        "2016年客流最少的三个站是哪些",
        f"SELECT station, SUM(rides) FROM {T} WHERE year = 2016 GROUP BY station ORDER BY SUM(rides) ASC LIMIT 3",
        ["top_n", "date"],
        True,
        [0],
    ),
    (
        "Show total rides by year",
        "按年份统计总客流",
        f"SELECT year, SUM(rides) FROM {T} GROUP BY year",
        ["group_by", "year_grain", "trend"],
    ),
    (
        "Monthly ridership trend for 2015 across all stations",
        "2015年每个月的总客流走势",
        f"SELECT month, SUM(rides) FROM {T} WHERE year = 2015 GROUP BY month ORDER BY month",
        ["group_by", "month_grain", "trend"],
        True,
        [1],
    ),
    (
        "Average daily rides at Clark/Lake by day of the week",
        "Clark/Lake站按星期几统计的日均客流",
        f"SELECT weekday, AVG(rides) FROM {T} WHERE station = 'Clark/Lake' GROUP BY weekday",
        ["group_by", "avg", "weekday"],
    ),
    (
        "Which day of the week has the highest total ridership?",
        "一周里哪一天的总客流最高",
        f"SELECT weekday, SUM(rides) FROM {T} GROUP BY weekday ORDER BY SUM(rides) DESC LIMIT 1",
        ["superlative", "weekday"],
        False,
        [0],
    ),
    (
        "Total weekend ridership in 2015 (Saturdays and Sundays)",
        "2015年周末（周六和周日）的总客流",
        f"SELECT SUM(rides) FROM {T} WHERE year = 2015 AND {WEEKEND}",
        ["agg", "filter", "weekday", *CV],
    ),
    (
        "Average weekday (Monday to Friday) rides at Monroe in 2015",
        "2015年Monroe站工作日（周一到周五）平均每天多少客流",
        f"SELECT AVG(rides) FROM {T} WHERE station = 'Monroe' AND year = 2015 AND {WORKDAY}",
        ["avg", "filter", "weekday", *CV],
    ),
    (
        "How many people entered Clark/Lake on July 4, 2015?",
        "2015年7月4日Clark/Lake站进站人数是多少",
        f"SELECT rides FROM {T} WHERE station = 'Clark/Lake' AND date = '2015-07-04'",
        ["lookup", "date"],
    ),
    (
        "Total rides across all 20 stations on Christmas Day 2015",
        "2015年圣诞节当天20个站点一共多少客流",
        f"SELECT SUM(rides) FROM {T} WHERE date = '2015-12-25'",
        ["agg", "date"],
    ),
    (
        "How many stations are covered by the data?",
        "数据里一共有多少个站点",
        f"SELECT COUNT(DISTINCT station) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "What date range does the data cover?",
        "数据的时间范围是从哪天到哪天",
        f"SELECT MIN(date), MAX(date) FROM {T}",
        ["range", "date"],
    ),
    (
        "Which station and day had the highest single-day ridership?",
        "单日客流最高的是哪个站、哪一天",
        f"SELECT station, date, rides FROM {T} ORDER BY rides DESC LIMIT 1",
        ["superlative", "date"],
        False,
        [0, 1],
    ),
    (
        "Total ridership in the first quarter of 2016",
        "2016年第一季度的总客流",
        f"SELECT SUM(rides) FROM {T} WHERE year = 2016 AND month BETWEEN 1 AND 3",
        ["agg", "quarter", "date"],
    ),
    (
        "By what percentage did total rides in January-June 2016 change versus January-June 2015?",
        "2016年上半年的总客流比2015年上半年增长了百分之多少",
        f"SELECT ({total('year = 2016 AND month <= 6')} - {total('year = 2015 AND month <= 6')}) * 1.0 / "
        f"{total('year = 2015 AND month <= 6')}",
        ["ratio", "growth", "pct", "date"],
    ),
    (
        "What was the year-over-year growth in total ridership in 2015?",
        "2015年总客流同比增长了多少",
        f"SELECT ({total('year = 2015')} - {total('year = 2014')}) * 1.0 / {total('year = 2014')}",
        ["ratio", "growth", "pct", "yoy"],
    ),
    (
        "What share of all 2015 rides were at Clark/Lake?",
        "2015年Clark/Lake站的客流占所有站点的比例是多少",
        f"SELECT {total(chr(39).join(['year = 2015 AND station = ', 'Clark/Lake', '']))} * 1.0 / {total('year = 2015')}",
        ["share", "pct"],
    ),
    (
        "How many more rides did Clark/Lake have than Quincy/Wells in 2014?",
        "2014年Clark/Lake比Quincy/Wells多了多少客流",
        f"SELECT {total(chr(39).join(['year = 2014 AND station = ', 'Clark/Lake', '']))} - "
        f"{total(chr(39).join(['year = 2014 AND station = ', 'Quincy/Wells', '']))}",
        ["difference", "compare"],
    ),
    (
        "Average daily rides at Clark/Lake on rainy days versus days without rain",
        "Clark/Lake站下雨天和不下雨天的日均客流分别是多少",
        f"SELECT rain, AVG(rides) FROM {T} WHERE station = 'Clark/Lake' GROUP BY rain",
        ["group_by", "avg", "compare", *CV],
    ),
    (
        "How many days in 2014 had snow?",
        "2014年有多少天下了雪",
        f"SELECT COUNT(DISTINCT date) FROM {T} WHERE year = 2014 AND snow = 'Yes'",
        ["count", "distinct", "filter", *CV],
    ),
    (
        "What was the hottest day of 2014 by daily high temperature?",
        "2014年哪一天最热（按当天最高气温算）",
        f"SELECT date, MAX(temp_high_f) FROM {T} WHERE year = 2014 GROUP BY date ORDER BY MAX(temp_high_f) DESC LIMIT 1",
        ["superlative", "date"],
        False,
        [0],
    ),
    (
        "Average daily high temperature for each month of 2014",
        "2014年每个月的平均最高气温",
        f"SELECT month, AVG(temp_high_f) FROM {T} WHERE year = 2014 GROUP BY month",
        ["group_by", "avg", "month_grain"],
    ),
    (
        "On how many days in 2015 did the high temperature go above 90°F?",
        "2015年最高气温超过90华氏度的有几天",
        f"SELECT COUNT(DISTINCT date) FROM {T} WHERE year = 2015 AND temp_high_f > 90",
        ["count", "distinct", "number"],
    ),
    (
        "Total rides at Addison on Cubs home game days in 2015",
        "2015年小熊队主场比赛日Addison站的总客流",
        f"SELECT SUM(rides) FROM {T} WHERE station = 'Addison' AND year = 2015 AND cubs_home = 'Yes'",
        ["agg", "filter", *CV],
    ),
    (
        "Compare Addison's average daily rides on Cubs home game days with other days",
        "Addison站在小熊队主场比赛日和其他日子的日均客流对比",
        f"SELECT cubs_home, AVG(rides) FROM {T} WHERE station = 'Addison' GROUP BY cubs_home",
        ["group_by", "avg", "compare", *CV],
    ),
    (
        "On how many days did the Cubs play at home in 2016?",
        "2016年小熊队有多少天打主场比赛",
        f"SELECT COUNT(DISTINCT date) FROM {T} WHERE year = 2016 AND cubs_home = 'Yes'",
        ["count", "distinct", "filter", *CV],
    ),
    (
        "Average rides at 35th/Archer on White Sox home game days",
        "白袜队主场比赛日35th/Archer站的平均客流",
        f"SELECT AVG(rides) FROM {T} WHERE station = '35th/Archer' AND white_sox_home = 'Yes'",
        ["avg", "filter", *CV],
    ),
    (
        "Rank the stations by total rides in December 2015",
        "2015年12月各站点客流排名",
        f"SELECT station, SUM(rides) FROM {T} WHERE year = 2015 AND month = 12 GROUP BY station ORDER BY SUM(rides) DESC",
        ["group_by", "order_by", "date"],
        True,
        [0],
    ),
    (
        "Which stations average more than 5,000 rides a day?",
        "日均客流超过5000的站点有哪些",
        f"SELECT station, AVG(rides) FROM {T} GROUP BY station HAVING AVG(rides) > 5000",
        ["having", "avg"],
        False,
        [0],
    ),
    (
        "Average daily rides at Clark/Lake in each month of 2016",
        "2016年Clark/Lake站每个月的日均客流",
        f"SELECT month, AVG(rides) FROM {T} WHERE station = 'Clark/Lake' AND year = 2016 GROUP BY month",
        ["group_by", "avg", "month_grain"],
    ),
    (
        "Which month of 2014 had the highest total ridership?",
        "2014年哪个月的总客流最高",
        f"SELECT month, SUM(rides) FROM {T} WHERE year = 2014 GROUP BY month ORDER BY SUM(rides) DESC LIMIT 1",
        ["superlative", "month_grain"],
        False,
        [0],
    ),
    (
        "On how many days in 2015 did Clark/Lake have fewer than 5,000 rides?",
        "2015年Clark/Lake站单日客流低于5000的有几天",
        f"SELECT COUNT(*) FROM {T} WHERE station = 'Clark/Lake' AND year = 2015 AND rides < 5000",
        ["count", "filter", "number"],
    ),
    (
        "Average daily rides at Jefferson Park in summer 2015 (June to August)",
        "2015年夏天（6到8月）Jefferson Park站的日均客流",
        f"SELECT AVG(rides) FROM {T} WHERE station = 'Jefferson Park' AND year = 2015 AND month BETWEEN 6 AND 8",
        ["avg", "range", "date"],
    ),
    (
        "Total rides from March 10 to March 20, 2016",
        "2016年3月10日到3月20日的总客流",
        f"SELECT SUM(rides) FROM {T} WHERE date BETWEEN '2016-03-10' AND '2016-03-20'",
        ["agg", "range", "date"],
    ),
    (
        "Sunday ridership by station in 2015",
        "2015年各站点星期天的客流总数",
        f"SELECT station, SUM(rides) FROM {T} WHERE year = 2015 AND weekday = 'Sunday' GROUP BY station",
        ["group_by", "filter", "weekday", *CV],
    ),
    (
        "What was the average wind speed on snowy days?",
        "下雪天的平均风速是多少",
        f"SELECT AVG(wind_mph) FROM {T} WHERE snow = 'Yes'",
        ["avg", "filter", *CV],
    ),
    (
        "What is the lowest temperature in the data?",
        "数据中的最低气温是多少",
        f"SELECT MIN(temp_low_f) FROM {T}",
        ["agg", "min"],
    ),
    (
        "How many rides did Clark/Lake have on the coldest day in the data (lowest low temperature)?",
        "最冷的那天（最低气温最低）Clark/Lake站有多少客流",
        f"SELECT rides FROM {T} WHERE station = 'Clark/Lake' AND temp_low_f = (SELECT MIN(temp_low_f) FROM {T})",
        ["subquery", "lookup"],
    ),
    (
        "Which stations had days with zero rides, and how many such days each?",
        "哪些站点出现过客流为0的日子，各有几天",
        f"SELECT station, COUNT(*) FROM {T} WHERE rides = 0 GROUP BY station",
        ["group_by", "count", "filter"],
    ),
    (
        "Average weekend rides per day at Merchandise Mart",
        "Merchandise Mart站周末平均每天多少客流",
        f"SELECT AVG(rides) FROM {T} WHERE station = 'Merchandise Mart' AND {WEEKEND}",
        ["avg", "filter", "weekday", *CV],
    ),
    (
        "How many times higher is Clark/Lake's average weekday ridership than its average weekend ridership?",
        "Clark/Lake站工作日的日均客流是周末的几倍",
        f"SELECT {avg(chr(39).join(['station = ', 'Clark/Lake', ' AND ' + WORKDAY]))} / "
        f"{avg(chr(39).join(['station = ', 'Clark/Lake', ' AND ' + WEEKEND]))}",
        ["ratio", "weekday", *CV],
    ),
    (
        "Yearly ridership at California station",
        "California站每年的客流",
        f"SELECT year, SUM(rides) FROM {T} WHERE station = 'California' GROUP BY year",
        ["group_by", "year_grain", "trend"],
    ),
    (
        "In which year did Belmont have the most rides?",
        "Belmont站哪一年的客流最多",
        f"SELECT year, SUM(rides) FROM {T} WHERE station = 'Belmont' GROUP BY year ORDER BY SUM(rides) DESC LIMIT 1",
        ["superlative", "year_grain"],
        False,
        [0],
    ),
    (
        "Which station's total rides grew the most from 2014 to 2015?",
        "从2014年到2015年总客流增加最多的是哪个站",
        f"SELECT station, SUM(CASE WHEN year = 2015 THEN rides ELSE 0 END) - SUM(CASE WHEN year = 2014 THEN rides "
        f"ELSE 0 END) AS growth FROM {T} GROUP BY station ORDER BY growth DESC LIMIT 1",
        ["superlative", "growth", "yoy"],
        False,
        [0],
    ),
    (
        "What was the average humidity in July 2015?",
        "2015年7月的平均湿度是多少",
        f"SELECT AVG(humidity_pct) FROM {T} WHERE year = 2015 AND month = 7",
        ["avg", "date"],
    ),
    (
        "Total rides across all stations on Bears home game days in 2015",
        "2015年熊队主场比赛日所有站点的总客流",
        f"SELECT SUM(rides) FROM {T} WHERE year = 2015 AND bears_home = 'Yes'",
        ["agg", "filter", *CV],
    ),
    (
        "On average, how many rides per day did the 20 stations have combined in 2015?",
        "2015年这20个站点合计平均每天有多少客流",
        f"SELECT AVG(day_total) FROM (SELECT date, SUM(rides) AS day_total FROM {T} WHERE year = 2015 GROUP BY date)",
        ["avg", "subquery", "day_grain"],
    ),
    (
        "Which day in 2015 had the highest combined ridership over all stations?",
        "2015年所有站点合计客流最高的是哪一天",
        f"SELECT date, SUM(rides) FROM {T} WHERE year = 2015 GROUP BY date ORDER BY SUM(rides) DESC LIMIT 1",
        ["superlative", "day_grain"],
        False,
        [0],
    ),
    (
        "Which calendar month has the lowest average daily ridership at Clark/Lake, over all years?",
        "所有年份合起来看，Clark/Lake站哪个月份的日均客流最低",
        f"SELECT month, AVG(rides) FROM {T} WHERE station = 'Clark/Lake' GROUP BY month ORDER BY AVG(rides) ASC LIMIT 1",
        ["superlative", "avg", "month_grain"],
        False,
        [0],
    ),
    (
        "How many rainy days were there each year?",
        "每年有多少个下雨天",
        f"SELECT year, COUNT(DISTINCT date) FROM {T} WHERE rain = 'Yes' GROUP BY year",
        ["group_by", "count", "distinct", *CV],
    ),
    (
        "Top 3 stations by average Saturday ridership",
        "周六日均客流最高的三个站",
        f"SELECT station, AVG(rides) FROM {T} WHERE weekday = 'Saturday' GROUP BY station ORDER BY AVG(rides) DESC "
        f"LIMIT 3",
        ["top_n", "avg", "weekday", *CV],
        True,
        [0],
    ),
    (
        "Compare total rides at Harlem in January 2015 and January 2016",
        "对比一下Harlem站2015年1月和2016年1月的总客流",
        f"SELECT year, SUM(rides) FROM {T} WHERE station = 'Harlem' AND month = 1 AND year IN (2015, 2016) GROUP BY year",
        ["compare", "date"],
    ),
    (
        "How many days in 2015 did Clark/Lake see more than 20,000 rides?",
        "2015年Clark/Lake站单日客流超过两万的有多少天",
        f"SELECT COUNT(*) FROM {T} WHERE station = 'Clark/Lake' AND year = 2015 AND rides > 20000",
        ["count", "filter", "number"],
    ),
    (
        "What was the average low temperature on days with snow?",
        "下雪天的平均最低气温是多少",
        f"SELECT AVG(temp_low_f) FROM {T} WHERE snow = 'Yes'",
        ["avg", "filter", *CV],
    ),
    (
        "Total rides per station in 2016 so far, highest first",
        "2016年到目前为止各站点的总客流，从高到低排",
        f"SELECT station, SUM(rides) FROM {T} WHERE year = 2016 GROUP BY station ORDER BY SUM(rides) DESC",
        ["group_by", "order_by", "date"],
        True,
        [0],
    ),
    (
        "Average daily rides at Kedzie on days when the high was below 32°F",
        "最高气温低于32华氏度的日子里Kedzie站平均每天多少客流",
        f"SELECT AVG(rides) FROM {T} WHERE station = 'Kedzie' AND temp_high_f < 32",
        ["avg", "filter", "number"],
    ),
    (
        "Total rides in each quarter of 2015",
        "2015年每个季度的总客流",
        f"SELECT (month + 2) / 3, SUM(rides) FROM {T} WHERE year = 2015 GROUP BY (month + 2) / 3",
        ["group_by", "quarter"],
    ),
]

CJ = "station = 'Clark/Lake'"
YEARLY_CJ = f"SELECT year, SUM(rides) FROM {T} WHERE {CJ} GROUP BY year"
YEARLY_MONROE = f"SELECT year, SUM(rides) FROM {T} WHERE station = 'Monroe' GROUP BY year"
YEARLY_MONROE_WE = f"SELECT year, SUM(rides) FROM {T} WHERE station = 'Monroe' AND {WEEKEND} GROUP BY year"
MAR_TOP = (
    f"SELECT station, SUM(rides) FROM {T} WHERE year = 2016 AND month = 3 GROUP BY station "
    f"ORDER BY SUM(rides) DESC LIMIT 1"
)
MAR_LOW = (
    f"SELECT station, SUM(rides) FROM {T} WHERE year = 2016 AND month = 3 GROUP BY station "
    f"ORDER BY SUM(rides) ASC LIMIT 1"
)
BEL_15 = f"SELECT SUM(rides) FROM {T} WHERE station = 'Belmont' AND year = 2015"
BEL_14 = f"SELECT SUM(rides) FROM {T} WHERE station = 'Belmont' AND year = 2014"
BEL_GROWTH = f"SELECT (({BEL_15}) - ({BEL_14})) * 1.0 / ({BEL_14})"
FU = ["follow_up"]

CONVERSATIONS = [
    turn("Total rides per year at Clark/Lake", "en", YEARLY_CJ, ["group_by", "year_grain"], "c1-en", 0),
    turn("what about Monroe?", "en", YEARLY_MONROE, [*FU, "filter"], "c1-en", 1),
    turn("only weekends", "en", YEARLY_MONROE_WE, [*FU, "filter", "weekday", *CV], "c1-en", 2),
    turn("Clark/Lake站每年的总客流", "zh", YEARLY_CJ, ["group_by", "year_grain"], "c1-zh", 0),
    turn("Monroe站呢", "zh", YEARLY_MONROE, [*FU, "filter"], "c1-zh", 1),
    turn("只看周末", "zh", YEARLY_MONROE_WE, [*FU, "filter", "weekday", *CV], "c1-zh", 2),
    turn("Which station had the most rides in March 2016?", "en", MAR_TOP, ["superlative", "date"], "c2-en", 0, False, [0]),
    turn("and the fewest?", "en", MAR_LOW, [*FU, "superlative"], "c2-en", 1, False, [0]),
    turn("2016年3月哪个站客流最多", "zh", MAR_TOP, ["superlative", "date"], "c2-zh", 0, False, [0]),
    turn("最少的呢", "zh", MAR_LOW, [*FU, "superlative"], "c2-zh", 1, False, [0]),
    turn("How many rides did Belmont have in 2015?", "en", BEL_15, ["agg", "filter", "date"], "c3-en", 0),
    turn("and in 2014?", "en", BEL_14, [*FU, "date"], "c3-en", 1),
    turn("so by what percent did it grow?", "en", BEL_GROWTH, [*FU, "growth", "pct"], "c3-en", 2),
    turn("Belmont站2015年的客流是多少", "zh", BEL_15, ["agg", "filter", "date"], "c3-zh", 0),
    turn("2014年呢", "zh", BEL_14, [*FU, "date"], "c3-zh", 1),
    turn("那增长了百分之几", "zh", BEL_GROWTH, [*FU, "growth", "pct"], "c3-zh", 2),
]  # fmt: skip

UNANSWERABLE = [
    ("How much fare revenue did Clark/Lake bring in during 2015?", "2015年Clark/Lake站的票务收入是多少"),
    ("How many rides were taken during the morning rush hour (7-9 am) in 2015?", "2015年早高峰（7点到9点）的客流有多少"),
    ("What was total bus ridership in 2014?", "2014年公交车的总客流是多少"),
    ("Total rides on the Blue Line in 2015", "2015年蓝线的总客流"),
    ("What share of riders paid with a Ventra card versus cash?", "用Ventra卡和现金付费的乘客各占多少"),
    ("What was the average trip length in miles at Belmont?", "Belmont站乘客的平均出行距离是多少英里"),
]  # fmt: skip


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "cta", questions(), source=SRC)
