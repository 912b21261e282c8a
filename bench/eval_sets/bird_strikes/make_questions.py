"""Write questions.jsonl of the bird_strikes question set (hand-written, blind: the engine was not run on them
before they were committed, and its code was not read).

Real data: bird_strikes.csv (make_data.py): 19,302 wildlife strikes on aircraft reported to the FAA,
1990-01..1999-10, one row per strike, English headers, values as in the source (upper-case operator and
species names such as `AMERICAN AIRLINES`, `GULLS`, `UNKNOWN BIRD - SMALL`; flight phases `Approach`,
`Take-off run`, ...). Readings: a "strike" / 鸟击 is a row; "operator" / "airline" / 航空公司 / 运营商 is
`operator` taken as it is (it also holds `BUSINESS`, `PRIVATELY OWNED` and `UNKNOWN`); height is feet above
ground, speed knots; "unknown birds" are the species starting with `UNKNOWN`. Time keys are compared
leniently (`compare` keeps only the measure) because a year can come back as 1996 or '1996'.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "bird_strikes.csv"
T = "bird_strikes"
CV = ["cross_lingual_value"]
YEAR = "strftime('%Y', strike_date)"
MONTH = "CAST(strftime('%m', strike_date) AS INTEGER)"
KNOWN = "species NOT LIKE 'UNKNOWN%'"


def count_where(condition: str) -> str:
    return f"SELECT COUNT(*) FROM {T} WHERE {condition}"


def share_where(condition: str) -> str:
    return f"SELECT SUM(CASE WHEN {condition} THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}"


PAIRS = [
    (
        "How many bird strikes are in the data?",
        "数据里一共记录了多少起鸟击",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "How many bird strikes were reported in 1996?",
        "1996年报告了多少起鸟击事件",
        count_where(f"{YEAR} = '1996'"),
        ["count", "filter", "time", "year"],
    ),
    (
        "Number of strikes per year",
        "每年的鸟击次数",
        f"SELECT {YEAR}, COUNT(*) FROM {T} GROUP BY {YEAR}",
        ["count", "group_by", "time", "year"],
        False,
        [1],
    ),
    (
        "Which year had the most bird strikes?",
        "哪一年发生的鸟击最多？",
        f"SELECT {YEAR}, COUNT(*) FROM {T} GROUP BY {YEAR} ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time", "year"],
        False,
        [1],
    ),
    (
        "Show the monthly number of strikes in 1995",
        "1995年每个月分别有多少起鸟击",
        f"SELECT {MONTH}, COUNT(*) FROM {T} WHERE {YEAR} = '1995' GROUP BY {MONTH}",
        ["count", "group_by", "time", "month", "filter"],
        False,
        [1],
    ),
    (
        "How many strikes happened in July 1996?",
        "1996年7月发生了几起鸟击",
        count_where("strike_date >= '1996-07-01' AND strike_date < '1996-08-01'"),
        ["count", "filter", "time", "month"],
    ),
    (
        "Top 5 operators by number of bird strikes",
        "鸟击次数最多的前5个运营商",
        f"SELECT operator, COUNT(*) FROM {T} GROUP BY operator ORDER BY COUNT(*) DESC LIMIT 5",
        ["top_n", "count", "group_by"],
        True,
        [0],
    ),
    (
        "How many strikes did Southwest Airlines report?",
        "西南航空报告过多少次鸟击",
        count_where("operator = 'SOUTHWEST AIRLINES'"),
        ["count", "filter", *CV],
    ),
    (
        "What is the average height of strikes during approach?",
        "进近阶段发生鸟击时的平均高度是多少",
        f"SELECT AVG(height_ft) FROM {T} WHERE flight_phase = 'Approach'",
        ["avg", "filter", *CV],
    ),
    (
        "Average speed by flight phase",
        "各个飞行阶段的平均速度",
        f"SELECT flight_phase, AVG(speed_kt) FROM {T} GROUP BY flight_phase",
        ["avg", "group_by"],
    ),
    (
        "Break down the strikes by time of day",
        "按一天中的时段统计鸟击数量",
        f"SELECT time_of_day, COUNT(*) FROM {T} GROUP BY time_of_day",
        ["count", "group_by"],
    ),
    (
        "What share of bird strikes happened at night?",
        "夜间发生的鸟击占全部的比例是多少",
        share_where("time_of_day = 'Night'"),
        ["share", "pct", *CV],
    ),
    (
        "Which 3 states had the most strikes?",
        "鸟击最多的3个州是哪些",
        f"SELECT state, COUNT(*) FROM {T} GROUP BY state ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "count", "group_by"],
        True,
        [0],
    ),
    (
        "How many strikes were reported in TX?",
        "德州（TX）一共有多少起鸟击",
        count_where("state = 'TX'"),
        ["count", "filter"],
    ),
    (
        "Leaving out unknown birds, which species was struck most often?",
        "不算未知鸟类的话，被撞最多的是哪种鸟",
        f"SELECT species, COUNT(*) FROM {T} WHERE {KNOWN} GROUP BY species ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "filter", "negation"],
        False,
        [0],
    ),
    (
        "How many strikes involved gulls?",
        "涉及海鸥（GULLS）的鸟击有多少起",
        count_where("species = 'GULLS'"),
        ["count", "filter", *CV],
    ),
    (
        "How many times was a Canada goose hit?",
        "加拿大雁（CANADA GOOSE）被撞了多少次",
        count_where("species = 'CANADA GOOSE'"),
        ["count", "filter", *CV],
    ),
    (
        "Count of strikes for each sky condition",
        "不同天空状况下的鸟击次数",
        f"SELECT sky, COUNT(*) FROM {T} GROUP BY sky",
        ["count", "group_by"],
    ),
    (
        "How many strikes led to an aborted take-off?",
        "有多少次鸟击导致了中止起飞",
        count_where("effect = 'Aborted Take-off'"),
        ["count", "filter", *CV],
    ),
    (
        "For strikes that had an effect on the flight, how many were there of each effect?",
        "对航班造成影响的鸟击中，每种影响各有多少次",
        f"SELECT effect, COUNT(*) FROM {T} WHERE effect IS NOT NULL GROUP BY effect",
        ["count", "group_by", "filter"],
    ),
    (
        "Which operator had the most engine shutdowns caused by strikes?",
        "哪个运营商因鸟击导致发动机停车的次数最多",
        f"SELECT operator, COUNT(*) FROM {T} WHERE effect = 'Engine Shut Down' GROUP BY operator "
        "ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "filter", *CV],
        False,
        [0],
    ),
    (
        "What percentage of strikes ended in a precautionary landing?",
        "预防性着陆占所有鸟击的百分之多少",
        share_where("effect = 'Precautionary Landing'"),
        ["share", "pct", *CV],
    ),
    (
        "What's the average height at which birds were hit?",
        "鸟击发生时飞机的平均高度",
        f"SELECT AVG(height_ft) FROM {T}",
        ["avg"],
    ),
    (
        "What was the highest altitude of any strike?",
        "最高的一次鸟击发生在多少英尺",
        f"SELECT MAX(height_ft) FROM {T}",
        ["max"],
    ),
    (
        "Average speed at impact for four-engine aircraft",
        "四发飞机遭遇鸟击时的平均速度",
        f"SELECT AVG(speed_kt) FROM {T} WHERE engines = 4",
        ["avg", "filter"],
    ),
    (
        "Strikes by number of engines",
        "按发动机数量统计鸟击次数",
        f"SELECT engines, COUNT(*) FROM {T} GROUP BY engines",
        ["count", "group_by"],
    ),
    (
        "How many strikes hit more than 100 birds?",
        "有多少次鸟击一次撞上了100只以上的鸟",
        count_where("birds_struck = 'Over 100'"),
        ["count", "filter", *CV],
    ),
    (
        "How many strikes occurred above 10,000 feet?",
        "高度超过1万英尺的鸟击有多少起",
        count_where("height_ft > 10000"),
        ["count", "filter", "threshold"],
    ),
    (
        "How many strikes happened at ground level, with height 0?",
        "高度为0英尺（在地面）的鸟击有几起",
        count_where("height_ft = 0"),
        ["count", "filter"],
    ),
    (
        "Excluding unknown aircraft, what are the 5 aircraft types with the most strikes?",
        "除去未知机型，鸟击次数最多的5种机型",
        f"SELECT aircraft_type, COUNT(*) FROM {T} WHERE aircraft_type <> 'UNKNOWN' GROUP BY aircraft_type "
        "ORDER BY COUNT(*) DESC LIMIT 5",
        ["top_n", "count", "group_by", "negation"],
        True,
        [0],
    ),
    (
        "How many strikes involved a B-737-300?",
        "B-737-300 机型遭遇过多少次鸟击",
        count_where("aircraft_type = 'B-737-300'"),
        ["count", "filter"],
    ),
    (
        "American Airlines strikes by year",
        "美国航空每年的鸟击次数",
        f"SELECT {YEAR}, COUNT(*) FROM {T} WHERE operator = 'AMERICAN AIRLINES' GROUP BY {YEAR}",
        ["count", "group_by", "time", "year", "filter", *CV],
        False,
        [1],
    ),
    (
        "Compare the number of strikes of United Airlines and Delta Air Lines",
        "对比一下美联航和达美航空的鸟击次数",
        f"SELECT operator, COUNT(*) FROM {T} WHERE operator IN ('UNITED AIRLINES', 'DELTA AIR LINES') "
        "GROUP BY operator",
        ["count", "group_by", "compare_two", *CV],
    ),
    (
        "How many strikes were there in California in 1998?",
        "1998年加州（CA）发生了多少起鸟击",
        count_where(f"state = 'CA' AND {YEAR} = '1998'"),
        ["count", "filter", "time", "year"],
    ),
    (
        "How many strikes in the first half of 1997?",
        "1997年上半年的鸟击次数",
        count_where("strike_date >= '1997-01-01' AND strike_date < '1997-07-01'"),
        ["count", "filter", "time", "range"],
    ),
    (
        "Quarterly number of strikes in 1994",
        "1994年各季度的鸟击数量",
        f"SELECT ({MONTH} + 2) / 3, COUNT(*) FROM {T} WHERE {YEAR} = '1994' GROUP BY ({MONTH} + 2) / 3",
        ["count", "group_by", "time", "quarter", "filter"],
        False,
        [1],
    ),
    (
        "How many different operators are there?",
        "一共有多少个不同的运营商",
        f"SELECT COUNT(DISTINCT operator) FROM {T}",
        ["count_distinct"],
    ),
    (
        "How many distinct species appear in the reports?",
        "报告里出现了多少种不同的物种",
        f"SELECT COUNT(DISTINCT species) FROM {T}",
        ["count_distinct"],
    ),
    (
        "Across all years, which calendar month has the most strikes?",
        "把所有年份合起来看，哪个月份的鸟击最多",
        f"SELECT {MONTH}, COUNT(*) FROM {T} GROUP BY {MONTH} ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time", "month"],
        False,
        [1],
    ),
    (
        "What fraction of strikes happened during approach?",
        "进近阶段的鸟击占总数的比例",
        share_where("flight_phase = 'Approach'"),
        ["share", "pct", *CV],
    ),
    (
        "Average speed during the take-off run",
        "起飞滑跑阶段的平均速度是多少",
        f"SELECT AVG(speed_kt) FROM {T} WHERE flight_phase = 'Take-off run'",
        ["avg", "filter", *CV],
    ),
    (
        "Average height of strikes for each time of day",
        "不同时段鸟击的平均高度",
        f"SELECT time_of_day, AVG(height_ft) FROM {T} GROUP BY time_of_day",
        ["avg", "group_by"],
    ),
    (
        "How many strikes per aircraft mass class?",
        "各飞机重量等级的鸟击次数",
        f"SELECT aircraft_mass_class, COUNT(*) FROM {T} GROUP BY aircraft_mass_class",
        ["count", "group_by"],
    ),
    (
        "Which states had more than 1,000 strikes?",
        "鸟击超过1000起的州有哪些",
        f"SELECT state FROM {T} GROUP BY state HAVING COUNT(*) > 1000",
        ["having", "list"],
    ),
    (
        "List the operators with over 500 bird strikes",
        "列出鸟击次数超过500次的运营商",
        f"SELECT operator FROM {T} GROUP BY operator HAVING COUNT(*) > 500",
        ["having", "list"],
    ),
    (
        "How many more strikes were there in 1997 than in 1990?",
        "1997年的鸟击比1990年多了多少起",
        f"SELECT (SELECT COUNT(*) FROM {T} WHERE {YEAR} = '1997') - (SELECT COUNT(*) FROM {T} WHERE {YEAR} = '1990')",
        ["difference", "period_compare", "time", "year"],
    ),
    (
        "Which flight phase has the highest average speed?",
        "哪个飞行阶段的平均速度最快",
        f"SELECT flight_phase, AVG(speed_kt) FROM {T} GROUP BY flight_phase ORDER BY AVG(speed_kt) DESC LIMIT 1",
        ["superlative", "avg"],
        False,
        [0],
    ),
    (
        "How many strikes happened at night under an overcast sky?",
        "夜间且阴天时发生的鸟击有多少起",
        count_where("time_of_day = 'Night' AND sky = 'Overcast'"),
        ["count", "filter", *CV],
    ),
    (
        "How many strikes involved white-tailed deer?",
        "撞上白尾鹿（WHITE-TAILED DEER）的事故有多少起",
        count_where("species = 'WHITE-TAILED DEER'"),
        ["count", "filter", *CV],
    ),
    (
        "What was the average speed of Southwest Airlines planes when they hit birds?",
        "西南航空的飞机发生鸟击时平均速度是多少",
        f"SELECT AVG(speed_kt) FROM {T} WHERE operator = 'SOUTHWEST AIRLINES'",
        ["avg", "filter", *CV],
    ),
    (
        "Gull strikes per year",
        "每年撞到海鸥的次数",
        f"SELECT {YEAR}, COUNT(*) FROM {T} WHERE species = 'GULLS' GROUP BY {YEAR}",
        ["count", "group_by", "time", "year", "filter", *CV],
        False,
        [1],
    ),
    (
        "Which state had the most strikes in 1997?",
        "1997年哪个州的鸟击最多",
        f"SELECT state, COUNT(*) FROM {T} WHERE {YEAR} = '1997' GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "filter", "time", "year"],
        False,
        [0],
    ),
    (
        "What share of strikes hit two or more birds?",
        "一次撞上两只及以上鸟的鸟击占多大比例",
        share_where("birds_struck IN ('2-10', '11-100', 'Over 100')"),
        ["share", "pct"],
    ),
    (
        "In 1996, which month had the fewest strikes?",
        "1996年哪个月的鸟击最少",
        f"SELECT {MONTH}, COUNT(*) FROM {T} WHERE {YEAR} = '1996' GROUP BY {MONTH} ORDER BY COUNT(*) LIMIT 1",
        ["superlative", "time", "month", "filter"],
        False,
        [1],
    ),
    (
        "How many strikes did UPS Airlines have in 1995?",
        "UPS航空1995年遭遇了几次鸟击",
        count_where(f"operator = 'UPS AIRLINES' AND {YEAR} = '1995'"),
        ["count", "filter", "time", "year", *CV],
    ),
    (
        "Average height of strikes in Florida",
        "佛罗里达州（FL）鸟击的平均高度",
        f"SELECT AVG(height_ft) FROM {T} WHERE state = 'FL'",
        ["avg", "filter"],
    ),
    (
        "Top 3 known species struck in New York state (NY)",
        "纽约州（NY）被撞最多的3种已知鸟类",
        f"SELECT species, COUNT(*) FROM {T} WHERE state = 'NY' AND {KNOWN} GROUP BY species "
        "ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "filter", "negation"],
        True,
        [0],
    ),
]

LAND = "flight_phase = 'Landing Roll'"
DAL = "operator = 'DELTA AIR LINES'"
CONVERSATIONS = [
    (
        "How many strikes happened during the landing roll?",
        "en",
        count_where(LAND),
        ["count", "filter"],
        False,
        None,
        "c1-en",
        0,
    ),
    (
        "And how many of those were at night?",
        "en",
        count_where(f"{LAND} AND time_of_day = 'Night'"),
        ["follow_up", "count", "filter"],
        False,
        None,
        "c1-en",
        1,
    ),
    (
        "着陆滑跑阶段发生了多少起鸟击",
        "zh",
        count_where(LAND),
        ["count", "filter", *CV],
        False,
        None,
        "c1-zh",
        0,
    ),
    (
        "其中夜间的有多少起？",
        "zh",
        count_where(f"{LAND} AND time_of_day = 'Night'"),
        ["follow_up", "count", "filter", *CV],
        False,
        None,
        "c1-zh",
        1,
    ),
    (
        "Number of strikes per year for Delta Air Lines",
        "en",
        f"SELECT {YEAR}, COUNT(*) FROM {T} WHERE {DAL} GROUP BY {YEAR}",
        ["count", "group_by", "time", "year", "filter"],
        False,
        [1],
        "c2-en",
        0,
    ),
    (
        "Which year was the worst?",
        "en",
        f"SELECT {YEAR}, COUNT(*) FROM {T} WHERE {DAL} GROUP BY {YEAR} ORDER BY COUNT(*) DESC LIMIT 1",
        ["follow_up", "superlative", "time", "year", "filter"],
        False,
        [1],
        "c2-en",
        1,
    ),
    (
        "达美航空每年的鸟击次数",
        "zh",
        f"SELECT {YEAR}, COUNT(*) FROM {T} WHERE {DAL} GROUP BY {YEAR}",
        ["count", "group_by", "time", "year", "filter", *CV],
        False,
        [1],
        "c2-zh",
        0,
    ),
    (
        "哪一年最多？",
        "zh",
        f"SELECT {YEAR}, COUNT(*) FROM {T} WHERE {DAL} GROUP BY {YEAR} ORDER BY COUNT(*) DESC LIMIT 1",
        ["follow_up", "superlative", "time", "year", "filter", *CV],
        False,
        [1],
        "c2-zh",
        1,
    ),
    (
        "What was the average speed of strikes in 1995?",
        "en",
        f"SELECT AVG(speed_kt) FROM {T} WHERE {YEAR} = '1995'",
        ["avg", "filter", "time", "year"],
        False,
        None,
        "c3-en",
        0,
    ),
    (
        "What about 1996?",
        "en",
        f"SELECT AVG(speed_kt) FROM {T} WHERE {YEAR} = '1996'",
        ["follow_up", "avg", "filter", "time", "year"],
        False,
        None,
        "c3-en",
        1,
    ),
    (
        "1995年鸟击时的平均速度是多少",
        "zh",
        f"SELECT AVG(speed_kt) FROM {T} WHERE {YEAR} = '1995'",
        ["avg", "filter", "time", "year"],
        False,
        None,
        "c3-zh",
        0,
    ),
    (
        "那1996年呢？",
        "zh",
        f"SELECT AVG(speed_kt) FROM {T} WHERE {YEAR} = '1996'",
        ["follow_up", "avg", "filter", "time", "year"],
        False,
        None,
        "c3-zh",
        1,
    ),
]

UNANSWERABLE = [
    ("What was the total repair cost of strike damage in 1997?", "1997年鸟击造成的维修费用总共是多少"),
    ("How many people were injured in bird strikes?", "鸟击事件中一共有多少人受伤"),
    ("Which airport had the most bird strikes?", "哪个机场发生的鸟击最多"),
    ("How many passengers were on board the flights that hit birds?", "发生鸟击的航班上一共载了多少名乘客"),
    ("What was the average flight delay caused by a strike?", "鸟击导致航班平均延误了多长时间"),
    ("Which pilots reported the most strikes?", "哪些机长报告的鸟击次数最多"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "bird", questions, source=SRC)


if __name__ == "__main__":
    main()
