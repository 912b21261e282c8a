"""Write questions.jsonl of the hotel_bookings question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: hotel_bookings.sqlite (make_data.py): 15,402 bookings of a resort hotel in the Algarve arriving
2016-07-02 .. 2017-08-31 (modeldata's hotel_rates; see README.md): bookings (fact, English headers), agents
(English headers), 国家 and 渠道 (Chinese headers) dimensions with declared foreign keys.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "hotel_bookings.sqlite"
BC = "bookings b JOIN 国家 c ON b.country_code = c.国家代码"
BA = "bookings b JOIN agents a ON b.agent_id = a.agent_id"
BH = "bookings b JOIN 渠道 h ON b.channel_id = h.渠道编号"
BAH = BA + " JOIN 渠道 h ON b.channel_id = h.渠道编号"
NIGHTS = "(b.weekend_nights + b.week_nights)"
JOIN = ["join"]
CV = ["cross_lingual_value"]
FU = ["follow_up", "join"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def uk_revenue(month: str) -> str:
    return f"(SELECT SUM(b.room_revenue) FROM {BC} WHERE c.国家名称 = 'United Kingdom' AND b.arrival_date LIKE '{month}-%')"


def month_revenue(month: str) -> str:
    return f"(SELECT SUM(room_revenue) FROM bookings WHERE arrival_date LIKE '{month}-%')"


# (english, chinese, gold_sql, tags[, ordered, compare]); the questions that need a join come first
JOINED = [
    (
        "What was the total room revenue from guests from the United Kingdom?",
        "英国客人带来的客房收入总共是多少",
        f"SELECT SUM(b.room_revenue) FROM {BC} WHERE c.国家名称 = 'United Kingdom'",
        [*JOIN, "agg", "filter", *CV],
    ),
    (
        "Number of bookings by continent",
        "各大洲的预订数量",
        f"SELECT c.大洲, COUNT(*) FROM {BC} GROUP BY c.大洲",
        [*JOIN, "count", "group_by"],
    ),
    (
        "What is the average daily rate for each market segment?",
        "每个细分市场的平均房价是多少",
        f"SELECT h.细分市场, AVG(b.adr) FROM {BH} GROUP BY h.细分市场",
        [*JOIN, "agg", "group_by"],
    ),
    (
        "Top 5 countries by number of bookings",
        "预订量最多的前5个国家",
        f"SELECT c.国家名称, COUNT(*) FROM {BC} GROUP BY c.国家名称 ORDER BY COUNT(*) DESC LIMIT 5",
        [*JOIN, "top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Which travel agent brought in the most room revenue?",
        "哪个旅行代理带来的客房收入最多",
        f"SELECT a.agent_name, SUM(b.room_revenue) FROM {BA} GROUP BY a.agent_name ORDER BY SUM(b.room_revenue) DESC"
        " LIMIT 1",
        [*JOIN, "superlative", "group_by"],
        False,
        [0],
    ),
    (
        "Room revenue by distribution channel",
        "按分销渠道汇总客房收入",
        f"SELECT h.分销渠道, SUM(b.room_revenue) FROM {BH} GROUP BY h.分销渠道",
        [*JOIN, "agg", "group_by"],
    ),
    (
        "How many bookings came from China?",
        "来自中国的预订有多少笔",
        f"SELECT COUNT(*) FROM {BC} WHERE c.国家名称 = 'China'",
        [*JOIN, "count", "filter", *CV],
    ),
    (
        "On average, how many days in advance did German guests book?",
        "德国客人平均提前多少天预订",
        f"SELECT AVG(b.lead_time) FROM {BC} WHERE c.国家名称 = 'Germany'",
        [*JOIN, "agg", "filter", *CV],
    ),
    (
        "What share of all bookings came from Portugal?",
        "葡萄牙客人的预订占全部预订的比例是多少",
        f"SELECT 1.0 * SUM(CASE WHEN c.国家名称 = 'Portugal' THEN 1 ELSE 0 END) / (SELECT COUNT(*) FROM bookings)"
        f" FROM {BC}",
        [*JOIN, "share", "pct", *CV],
    ),
    (
        "What percentage of room revenue came from the Online TA segment?",
        "线上旅行社（Online TA）细分市场贡献了多少比例的客房收入",
        f"SELECT SUM(CASE WHEN h.细分市场 = 'Online TA' THEN b.room_revenue ELSE 0 END) / SUM(b.room_revenue) FROM {BH}",
        [*JOIN, "share", "pct"],
    ),
    (
        "Which countries have more than 200 bookings?",
        "哪些国家的预订超过200笔",
        f"SELECT c.国家名称, COUNT(*) FROM {BC} GROUP BY c.国家名称 HAVING COUNT(*) > 200",
        [*JOIN, "having", "group_by"],
        False,
        [0],
    ),
    (
        "List the travel agents with at least 500 bookings",
        "列出预订量不少于500笔的旅行代理",
        f"SELECT a.agent_name, COUNT(*) FROM {BA} GROUP BY a.agent_name HAVING COUNT(*) >= 500",
        [*JOIN, "having", "group_by"],
        False,
        [0],
    ),
    (
        "How many different Asian countries did guests come from?",
        "客人来自多少个不同的亚洲国家",
        f"SELECT COUNT(DISTINCT c.国家代码) FROM {BC} WHERE c.大洲 = '亚洲'",
        [*JOIN, "count_distinct", "filter", *CV],
    ),
    (
        "Which travel agents had no bookings at all in 2017?",
        "哪些旅行代理在2017年一笔预订都没有",
        "SELECT agent_name FROM agents WHERE agent_id NOT IN"
        " (SELECT agent_id FROM bookings WHERE arrival_date LIKE '2017-%' AND agent_id IS NOT NULL)",
        [*JOIN, "anti_join", "year"],
    ),
    (
        "Spain or France: which brought more room revenue?",
        "西班牙和法国的客人相比，哪边的客房收入更高",
        f"SELECT c.国家名称, SUM(b.room_revenue) FROM {BC} WHERE c.国家名称 IN ('Spain', 'France') GROUP BY c.国家名称",
        [*JOIN, "compare_two", *CV],
        False,
        [1],
    ),
    (
        "Monthly bookings from the United States in 2017",
        "2017年美国客人每个月的预订量",
        f"SELECT substr(b.arrival_date, 1, 7), COUNT(*) FROM {BC} WHERE c.国家名称 = 'United States'"
        " AND b.arrival_date LIKE '2017-%' GROUP BY substr(b.arrival_date, 1, 7)",
        [*JOIN, "time_grain", "year", "filter", *CV],
        False,
        [1],
    ),
    (
        "Room revenue by continent for arrivals in 2016",
        "2016年到店的客人按大洲统计的客房收入",
        f"SELECT c.大洲, SUM(b.room_revenue) FROM {BC} WHERE b.arrival_date LIKE '2016-%' GROUP BY c.大洲",
        [*JOIN, "group_by", "year"],
    ),
    (
        "By how much did room revenue from UK guests grow from August 2016 to August 2017?",
        "英国客人的客房收入，2017年8月比2016年8月同比增长了多少",
        f"SELECT ({uk_revenue('2017-08')} - {uk_revenue('2016-08')}) / {uk_revenue('2016-08')}",
        [*JOIN, "growth", "pct", *CV],
    ),
    (
        "Among countries with at least 100 bookings, which one has the highest average daily rate?",
        "在预订不少于100笔的国家里，平均房价最高的是哪个国家",
        f"SELECT c.国家名称, AVG(b.adr) FROM {BC} GROUP BY c.国家名称 HAVING COUNT(*) >= 100"
        " ORDER BY AVG(b.adr) DESC LIMIT 1",
        [*JOIN, "superlative", "having"],
        False,
        [0],
    ),
    (
        "Guests of which market segment stay the most nights on average?",
        "哪个细分市场的客人平均住的晚数最多",
        f"SELECT h.细分市场, AVG({NIGHTS}) FROM {BH} GROUP BY h.细分市场 ORDER BY AVG({NIGHTS}) DESC LIMIT 1",
        [*JOIN, "superlative", "derived"],
        False,
        [0],
    ),
    (
        "Which market segment has the lowest average daily rate?",
        "平均房价最低的是哪个细分市场",
        f"SELECT h.细分市场, AVG(b.adr) FROM {BH} GROUP BY h.细分市场 ORDER BY AVG(b.adr) ASC LIMIT 1",
        [*JOIN, "superlative", "group_by"],
        False,
        [0],
    ),
    (
        "How many room nights were booked through the Direct distribution channel?",
        "通过直销渠道（Direct）预订的间夜总数是多少",
        f"SELECT SUM({NIGHTS}) FROM {BH} WHERE h.分销渠道 = 'Direct'",
        [*JOIN, "agg", "filter", "derived"],
    ),
    (
        "How many bookings from Portugal were made by repeat guests?",
        "葡萄牙的回头客有多少笔预订",
        f"SELECT COUNT(*) FROM {BC} WHERE c.国家名称 = 'Portugal' AND b.is_repeated_guest = 1",
        [*JOIN, "count", "filter", *CV],
    ),
    (
        "Average number of special requests per booking in each market segment",
        "各细分市场每笔预订平均提了几个特殊要求",
        f"SELECT h.细分市场, AVG(b.special_requests) FROM {BH} GROUP BY h.细分市场",
        [*JOIN, "agg", "group_by"],
    ),
    (
        "Which 3 travel agents had the most bookings arriving between June and August 2017?",
        "2017年6月到8月到店的预订中，预订量最多的3个旅行代理是谁",
        f"SELECT a.agent_name, COUNT(*) FROM {BA} WHERE b.arrival_date BETWEEN '2017-06-01' AND '2017-08-31'"
        " GROUP BY a.agent_name ORDER BY COUNT(*) DESC LIMIT 3",
        [*JOIN, "top_n", "time_range"],
        False,
        [0],
    ),
    (
        "In the Corporate market segment, how many bookings were there of each customer type?",
        "企业（Corporate）细分市场里，各客户类型分别有多少笔预订",
        f"SELECT b.customer_type, COUNT(*) FROM {BH} WHERE h.细分市场 = 'Corporate' GROUP BY b.customer_type",
        [*JOIN, "count", "group_by", "filter"],
    ),
    (
        "Quarterly room revenue from German guests",
        "德国客人每个季度的客房收入",
        "SELECT substr(b.arrival_date, 1, 4) || '-Q' || ((CAST(substr(b.arrival_date, 6, 2) AS INTEGER) + 2) / 3),"
        f" SUM(b.room_revenue) FROM {BC} WHERE c.国家名称 = 'Germany' GROUP BY 1",
        [*JOIN, "time_grain", "quarter", *CV],
        False,
        [1],
    ),
    (
        "Apart from Portugal, which European country sent the most bookings?",
        "除了葡萄牙，哪个欧洲国家的预订最多",
        f"SELECT c.国家名称, COUNT(*) FROM {BC} WHERE c.大洲 = '欧洲' AND c.国家名称 <> 'Portugal'"
        " GROUP BY c.国家名称 ORDER BY COUNT(*) DESC LIMIT 1",
        [*JOIN, "superlative", "filter", "negation", *CV],
        False,
        [0],
    ),
    (
        "How many bookings came from African countries?",
        "来自非洲国家的预订一共多少笔",
        f"SELECT COUNT(*) FROM {BC} WHERE c.大洲 = '非洲'",
        [*JOIN, "count", "filter", *CV],
    ),
    (
        "Rank the top 10 countries by room revenue, highest first",
        "按客房收入从高到低列出前10名国家",
        f"SELECT c.国家名称, SUM(b.room_revenue) FROM {BC} GROUP BY c.国家名称 ORDER BY SUM(b.room_revenue) DESC LIMIT 10",
        [*JOIN, "top_n", "ordered"],
        True,
        [0],
    ),
    (
        "How many bookings did the agent Alexander Drake bring?",
        "代理 Alexander Drake 带来了多少笔预订",
        f"SELECT COUNT(*) FROM {BA} WHERE a.agent_name = 'Alexander Drake'",
        [*JOIN, "count", "filter"],
    ),
    (
        "What share of bookings came through the TA/TO distribution channel?",
        "通过旅行社/旅游经营商（TA/TO）渠道来的预订占多少比例",
        f"SELECT 1.0 * SUM(CASE WHEN h.分销渠道 = 'TA/TO' THEN 1 ELSE 0 END) / COUNT(*) FROM {BH}",
        [*JOIN, "share", "pct"],
    ),
    (
        "What was the average daily rate of Groups bookings arriving in December 2016?",
        "2016年12月到店的团体（Groups）预订平均房价是多少",
        f"SELECT AVG(b.adr) FROM {BH} WHERE h.细分市场 = 'Groups' AND b.arrival_date LIKE '2016-12-%'",
        [*JOIN, "agg", "filter", "month"],
    ),
    (
        "How many countries on each continent sent at least one guest?",
        "每个大洲有多少个国家有客人来",
        f"SELECT c.大洲, COUNT(DISTINCT b.country_code) FROM {BC} GROUP BY c.大洲",
        [*JOIN, "count_distinct", "group_by"],
    ),
    (
        "In which month did guests from Spain make the most bookings?",
        "西班牙客人预订最多的是哪个月",
        f"SELECT substr(b.arrival_date, 1, 7), COUNT(*) FROM {BC} WHERE c.国家名称 = 'Spain'"
        " GROUP BY substr(b.arrival_date, 1, 7) ORDER BY COUNT(*) DESC LIMIT 1",
        [*JOIN, "superlative", "time_grain", *CV],
        False,
        [1],
    ),
    (
        "Total number of adults in bookings from South America",
        "南美洲客人的预订里成人一共有多少位",
        f"SELECT SUM(b.adults) FROM {BC} WHERE c.大洲 = '南美洲'",
        [*JOIN, "agg", "filter", *CV],
    ),
    (
        "Average room revenue per booking for guests from Ireland",
        "爱尔兰客人每笔预订的平均客房收入",
        f"SELECT AVG(b.room_revenue) FROM {BC} WHERE c.国家名称 = 'Ireland'",
        [*JOIN, "agg", "filter", *CV],
    ),
    (
        "How many bookings did the Online TA segment bring in the first quarter of 2017?",
        "2017年一季度线上旅行社（Online TA）细分市场有多少笔预订",
        f"SELECT COUNT(*) FROM {BH} WHERE h.细分市场 = 'Online TA' AND b.arrival_date BETWEEN '2017-01-01' AND '2017-03-31'",
        [*JOIN, "count", "filter", "quarter"],
    ),
]

SINGLE = [
    ("How many bookings are there in total?", "总共有多少笔预订", "SELECT COUNT(*) FROM bookings", ["count"]),
    (
        "What is the total room revenue?",
        "客房总收入是多少",
        "SELECT SUM(room_revenue) FROM bookings",
        ["agg"],
    ),
    (
        "What is the average daily rate across all bookings?",
        "所有预订的平均每晚房价是多少",
        "SELECT AVG(adr) FROM bookings",
        ["agg"],
    ),
    (
        "Number of bookings for each meal plan",
        "各种餐食套餐分别有多少预订",
        "SELECT meal, COUNT(*) FROM bookings GROUP BY meal",
        ["count", "group_by"],
    ),
    (
        "Show room revenue by month",
        "按月看客房收入",
        "SELECT substr(arrival_date, 1, 7), SUM(room_revenue) FROM bookings GROUP BY substr(arrival_date, 1, 7)",
        ["time_grain", "agg"],
        False,
        [1],
    ),
    (
        "How much did room revenue grow in July 2017 compared with June 2017?",
        "2017年7月的客房收入环比6月增长了多少",
        f"SELECT ({month_revenue('2017-07')} - {month_revenue('2017-06')}) / {month_revenue('2017-06')}",
        ["growth", "pct"],
    ),
    (
        "How many bookings arrived in the first quarter of 2017?",
        "2017年第一季度到店的预订有多少",
        "SELECT COUNT(*) FROM bookings WHERE arrival_date BETWEEN '2017-01-01' AND '2017-03-31'",
        ["count", "quarter"],
    ),
    (
        "What percentage of bookings are from repeat guests?",
        "回头客的预订占比是多少",
        "SELECT 1.0 * SUM(is_repeated_guest) / COUNT(*) FROM bookings",
        ["share", "pct"],
    ),
    (
        "How many bookings were given a different room type from the one reserved?",
        "有多少预订实际分配的房型和预订的房型不一样",
        "SELECT COUNT(*) FROM bookings WHERE assigned_room_type <> reserved_room_type",
        ["count", "column_compare"],
    ),
    (
        "Guests came from how many different countries?",
        "客人来自多少个不同的国家",
        "SELECT COUNT(DISTINCT country_code) FROM bookings",
        ["count_distinct"],
    ),
    (
        "How many distinct travel agents had bookings arriving in 2017?",
        "2017年有预订的旅行代理有几个",
        "SELECT COUNT(DISTINCT agent_id) FROM bookings WHERE arrival_date LIKE '2017-%'",
        ["count_distinct", "year"],
    ),
    (
        "What is the average length of stay in nights?",
        "平均每笔预订住几晚",
        "SELECT AVG(weekend_nights + week_nights) FROM bookings",
        ["agg", "derived"],
    ),
]

BY_CONTINENT = f"SELECT c.大洲, SUM(b.room_revenue) FROM {BC} GROUP BY c.大洲"
CONT_2017 = f"SELECT c.大洲, SUM(b.room_revenue) FROM {BC} WHERE b.arrival_date LIKE '2017-%' GROUP BY c.大洲"
CONT_2016 = f"SELECT c.大洲, SUM(b.room_revenue) FROM {BC} WHERE b.arrival_date LIKE '2016-%' GROUP BY c.大洲"
FRANCE = f"SELECT COUNT(*) FROM {BC} WHERE c.国家名称 = 'France'"
ITALY = f"SELECT COUNT(*) FROM {BC} WHERE c.国家名称 = 'Italy'"
ITALY_ADR = f"SELECT AVG(b.adr) FROM {BC} WHERE c.国家名称 = 'Italy'"
TOP_AGENTS = f"SELECT a.agent_name, SUM(b.room_revenue) FROM {BA} GROUP BY a.agent_name ORDER BY SUM(b.room_revenue) DESC LIMIT 5"
TOP_AGENTS_GROUPS = (
    f"SELECT a.agent_name, SUM(b.room_revenue) FROM {BAH} WHERE h.细分市场 = 'Groups'"
    " GROUP BY a.agent_name ORDER BY SUM(b.room_revenue) DESC LIMIT 5"
)
MEALS = "SELECT meal, COUNT(*) FROM bookings GROUP BY meal"
MEALS_REPEAT = "SELECT meal, COUNT(*) FROM bookings WHERE is_repeated_guest = 1 GROUP BY meal"

CONVERSATIONS = [
    turn("Room revenue by continent", "en", BY_CONTINENT, [*JOIN, "group_by", "agg"], "c1-en", 0),
    turn("just for 2017", "en", CONT_2017, [*FU, "year"], "c1-en", 1),
    turn("and 2016?", "en", CONT_2016, [*FU, "year"], "c1-en", 2),
    turn("各大洲的客房收入", "zh", BY_CONTINENT, [*JOIN, "group_by", "agg"], "c1-zh", 0),
    turn("只看2017年", "zh", CONT_2017, [*FU, "year"], "c1-zh", 1),
    turn("那2016年呢", "zh", CONT_2016, [*FU, "year"], "c1-zh", 2),
    turn("How many bookings came from France?", "en", FRANCE, [*JOIN, "count", "filter", *CV], "c2-en", 0),
    turn("and from Italy?", "en", ITALY, [*FU, "count", *CV], "c2-en", 1),
    turn("what was their average daily rate?", "en", ITALY_ADR, [*FU, "agg"], "c2-en", 2),
    turn("法国来的预订有多少笔", "zh", FRANCE, [*JOIN, "count", "filter", *CV], "c2-zh", 0),
    turn("意大利呢", "zh", ITALY, [*FU, "count", *CV], "c2-zh", 1),
    turn("他们的平均房价是多少", "zh", ITALY_ADR, [*FU, "agg"], "c2-zh", 2),
    turn("Top 5 travel agents by room revenue", "en", TOP_AGENTS, [*JOIN, "top_n"], "c3-en", 0, False, [0]),
    turn("only Groups bookings", "en", TOP_AGENTS_GROUPS, [*FU, "three_tables", "top_n"], "c3-en", 1, False, [0]),
    turn("客房收入最高的5个旅行代理", "zh", TOP_AGENTS, [*JOIN, "top_n"], "c3-zh", 0, False, [0]),
    turn("只看团体预订的", "zh", TOP_AGENTS_GROUPS, [*FU, "three_tables", "top_n", *CV], "c3-zh", 1, False, [0]),
    turn("Bookings by meal plan", "en", MEALS, ["count", "group_by"], "c4-en", 0),
    turn("only repeat guests", "en", MEALS_REPEAT, ["follow_up", "count", "filter"], "c4-en", 1),
    turn("各餐食类型的预订数", "zh", MEALS, ["count", "group_by"], "c4-zh", 0),
    turn("只看回头客", "zh", MEALS_REPEAT, ["follow_up", "count", "filter"], "c4-zh", 1),
]  # fmt: skip

UNANSWERABLE = [
    ("What was the hotel's occupancy rate in August 2017?", "2017年8月酒店的入住率是多少"),
    ("What is the average age of the guests?", "客人的平均年龄是多少"),
    ("What rating did guests give the hotel on average?", "客人给酒店的平均评分是多少"),
    ("How much did the hotel spend on staff in 2017?", "酒店2017年的人工成本是多少"),
]


def questions():
    return bilingual_questions(JOINED + SINGLE, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "hotel", questions(), source=SRC)
