"""Write questions.jsonl of the crash_occupants question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: crash_occupants.sqlite (make_data.py): 26,217 occupants of passenger vehicles in US crashes of
1997-2002 (NASS CDS via DAAG's `nassCDS`) as the 乘员 fact (Chinese headers), with the speed_bands (change of
speed at impact, km/h) and injury_levels dimensions (English headers), declared foreign keys.
Readings: "died" / 死亡 is 生存状态 = '死亡' (the source's `dead`); the injury level (伤情等级) is the
dimension's injury_level; a fatality rate / 死亡率 is the percent of occupants who died; counts are of
occupant records (unweighted) unless the question names the sampling weights; a year is 事故年份, the crash
year; "impact speed" / 碰撞速度 is the speed band.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "crash_occupants.sqlite"
CS = "乘员 c JOIN speed_bands s ON c.速度区间编号 = s.band_id"
CI = "乘员 c JOIN injury_levels i ON c.伤情编码 = i.injury_code"
J = ["join"]
DEAD = "c.生存状态 = '死亡'"
RATE = "100.0 * AVG(c.生存状态 = '死亡')"

PAIRS = [
    (
        "How many occupants are in the data?",
        "数据里一共记录了多少名乘员",
        "SELECT COUNT(*) FROM 乘员",
        ["count"],
    ),
    (
        "How many occupants died?",
        "死亡的乘员一共有多少人",
        "SELECT COUNT(*) FROM 乘员 c WHERE " + DEAD,
        ["count", "filter"],
    ),
    (
        "Number of deaths per crash year",
        "每年的乘员死亡人数",
        f"SELECT c.事故年份, COUNT(*) FROM 乘员 c WHERE {DEAD} GROUP BY c.事故年份",
        ["group_by", "time", "count"],
    ),
    (
        "What was the occupant fatality rate in each year?",
        "各年份乘员的死亡率分别是多少",
        f"SELECT c.事故年份, {RATE} FROM 乘员 c GROUP BY c.事故年份",
        ["group_by", "time", "pct"],
    ),
    (
        "What is the average age of the occupants?",
        "乘员的平均年龄是多少",
        "SELECT AVG(年龄) FROM 乘员",
        ["avg"],
    ),
    (
        "Average age of drivers and of passengers",
        "驾驶员和乘客的平均年龄各是多少",
        "SELECT 乘员角色, AVG(年龄) FROM 乘员 GROUP BY 乘员角色",
        ["group_by", "avg"],
    ),
    (
        "How many occupants were in crashes with an impact speed change of 55 km/h or more?",
        "碰撞速度变化在55公里/小时及以上的乘员有多少人",
        f"SELECT COUNT(*) FROM {CS} WHERE s.band = '55+'",
        [*J, "count", "filter"],
    ),
    (
        "Fatality rate by impact speed band",
        "按碰撞速度区间统计死亡率",
        f"SELECT s.band, {RATE} FROM {CS} GROUP BY s.band",
        [*J, "group_by", "pct"],
    ),
    (
        "How many occupants are there at each injury level?",
        "每个伤情等级各有多少名乘员",
        f"SELECT i.injury_level, COUNT(*) FROM {CI} GROUP BY i.injury_level",
        [*J, "group_by", "count"],
    ),
    (
        "How many occupants have the injury level 'killed'?",
        "伤情等级为killed的乘员有几个",
        f"SELECT COUNT(*) FROM {CI} WHERE i.injury_level = 'killed'",
        [*J, "count", "filter"],
    ),
    (
        "Which injury level is the most common?",
        "最常见的伤情等级是哪一个",
        f"SELECT i.injury_level, COUNT(*) AS n FROM {CI} GROUP BY i.injury_level ORDER BY n DESC LIMIT 1",
        [*J, "top_n"],
        False,
        [0],
    ),
    (
        "What share of occupants wore a seatbelt?",
        "系了安全带的乘员占多大比例",
        "SELECT 100.0 * AVG(是否系安全带 = '是') FROM 乘员",
        ["pct"],
    ),
    (
        "Compare the fatality rate of belted and unbelted occupants",
        "系安全带和没系安全带的乘员，死亡率分别是多少",
        f"SELECT c.是否系安全带, {RATE} FROM 乘员 c GROUP BY c.是否系安全带",
        ["compare", "pct"],
    ),
    (
        "Fatality rate of occupants in vehicles with an airbag versus without one",
        "有安全气囊和没有安全气囊的车里，乘员死亡率对比",
        f"SELECT c.是否有安全气囊, {RATE} FROM 乘员 c GROUP BY c.是否有安全气囊",
        ["compare", "pct"],
    ),
    (
        "For how many occupants did the airbag deploy?",
        "安全气囊弹开了的乘员有多少",
        "SELECT COUNT(*) FROM 乘员 WHERE 气囊状态 = 'deploy'",
        ["count", "filter"],
    ),
    (
        "How many people died in frontal crashes?",
        "正面碰撞里死了多少人",
        f"SELECT COUNT(*) FROM 乘员 c WHERE c.是否正面碰撞 = 1 AND {DEAD}",
        ["count", "filter"],
    ),
    (
        "How many female drivers are there?",
        "女性驾驶员有多少名",
        "SELECT COUNT(*) FROM 乘员 WHERE 性别 = '女' AND 乘员角色 = '驾驶员'",
        ["count", "filter"],
    ),
    (
        "Deaths by sex",
        "男女各死亡了多少人",
        f"SELECT c.性别, COUNT(*) FROM 乘员 c WHERE {DEAD} GROUP BY c.性别",
        ["group_by", "count"],
    ),
    ("How old was the oldest occupant?", "年纪最大的乘员多少岁", "SELECT MAX(年龄) FROM 乘员", ["max"]),
    (
        "Average age of the occupants who died in crashes at 55+ km/h",
        "在55公里/小时以上碰撞中死亡的乘员平均年龄",
        f"SELECT AVG(c.年龄) FROM {CS} WHERE s.band = '55+' AND {DEAD}",
        [*J, "avg", "filter"],
    ),
    (
        "Top 5 vehicle model years by number of occupants",
        "乘员人数最多的前5个车辆年份",
        "SELECT 车辆年份, COUNT(*) AS n FROM 乘员 GROUP BY 车辆年份 ORDER BY n DESC LIMIT 5",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "How many occupants were involved in crashes in 2000?",
        "2000年的事故涉及多少名乘员",
        "SELECT COUNT(*) FROM 乘员 WHERE 事故年份 = 2000",
        ["count", "time"],
    ),
    (
        "How many occupants were in cars built before 1990?",
        "1990年以前生产的车里有多少名乘员",
        "SELECT COUNT(*) FROM 乘员 WHERE 车辆年份 < 1990",
        ["count", "filter"],
    ),
    (
        "Using the sampling weights, estimate the number of occupant deaths in 2002",
        "用抽样权重估算一下2002年全国的乘员死亡人数",
        f"SELECT SUM(c.抽样权重) FROM 乘员 c WHERE {DEAD} AND c.事故年份 = 2002",
        ["sum", "time"],
    ),
    (
        "How many occupants had an incapacitating injury in 2001?",
        "2001年伤情等级为incapacity（失去行动能力）的乘员有多少",
        f"SELECT COUNT(*) FROM {CI} WHERE i.injury_level = 'incapacity' AND c.事故年份 = 2001",
        [*J, "count", "time", "filter"],
    ),
    (
        "Among occupants in the 40-54 km/h band, how many wore a seatbelt?",
        "速度区间40-54的乘员里，系了安全带的有多少",
        f"SELECT COUNT(*) FROM {CS} WHERE s.band = '40-54' AND c.是否系安全带 = '是'",
        [*J, "count", "filter"],
    ),
    (
        "Deaths in each speed band in 2002",
        "2002年各速度区间的死亡人数",
        f"SELECT s.band, COUNT(*) FROM {CS} WHERE {DEAD} AND c.事故年份 = 2002 GROUP BY s.band",
        [*J, "group_by", "time", "count"],
    ),
    (
        "Which speed band has the most occupants?",
        "哪个速度区间的乘员最多",
        f"SELECT s.band, COUNT(*) AS n FROM {CS} GROUP BY s.band ORDER BY n DESC LIMIT 1",
        [*J, "top_n"],
        False,
        [0],
    ),
    (
        "Among occupants with a recorded injury level, what percentage were not injured at all?",
        "在有伤情记录的乘员中，完全没受伤（none）的占百分之几",
        f"SELECT 100.0 * AVG(i.injury_level = 'none') FROM {CI}",
        [*J, "pct"],
    ),
    (
        "Average age at each injury level",
        "不同伤情等级的乘员平均年龄",
        f"SELECT i.injury_level, AVG(c.年龄) FROM {CI} GROUP BY i.injury_level",
        [*J, "group_by", "avg"],
    ),
    (
        "Which injury levels count as fatal?",
        "哪些伤情等级算作致命",
        "SELECT injury_level FROM injury_levels WHERE is_fatal = 1",
        ["list", "filter"],
    ),
    (
        "List the speed bands with their lower and upper km/h limits",
        "列出所有速度区间及其上下限（公里/小时）",
        "SELECT band, min_kmh, max_kmh FROM speed_bands",
        ["list"],
    ),
    (
        "Average age of drivers who died in crashes at 40 km/h or more",
        "在40公里/小时及以上碰撞中死亡的驾驶员平均多大年纪",
        f"SELECT AVG(c.年龄) FROM {CS} WHERE s.min_kmh >= 40 AND c.乘员角色 = '驾驶员' AND {DEAD}",
        [*J, "avg", "filter"],
    ),
    (
        "How many occupants were in crashes with a speed change under 25 km/h?",
        "碰撞速度变化低于25公里/小时的乘员有多少人",
        f"SELECT COUNT(*) FROM {CS} WHERE s.max_kmh < 25",
        [*J, "count", "filter"],
    ),
    (
        "What was the fatality rate of unbelted occupants in 55+ km/h crashes?",
        "55公里/小时以上的碰撞里，没系安全带的乘员死亡率是多少",
        f"SELECT {RATE} FROM {CS} WHERE s.band = '55+' AND c.是否系安全带 = '否'",
        [*J, "pct", "filter"],
    ),
    (
        "Deaths in 1997 compared with 2002",
        "1997年和2002年的死亡人数对比一下",
        f"SELECT c.事故年份, COUNT(*) FROM 乘员 c WHERE {DEAD} AND c.事故年份 IN (1997, 2002) GROUP BY c.事故年份",
        ["compare", "time", "count"],
    ),
    (
        "By how much did the number of occupants change from 2001 to 2002?",
        "2002年的乘员人数比2001年多了多少",
        "SELECT SUM(事故年份 = 2002) - SUM(事故年份 = 2001) FROM 乘员",
        ["compare", "time"],
    ),
    (
        "Number of occupants in frontal crashes per year",
        "每年正面碰撞的乘员人数",
        "SELECT 事故年份, COUNT(*) FROM 乘员 WHERE 是否正面碰撞 = 1 GROUP BY 事故年份",
        ["group_by", "time", "count", "filter"],
    ),
    (
        "Is the fatality rate higher in frontal or in non-frontal crashes?",
        "正面碰撞和非正面碰撞，哪种死亡率更高",
        f"SELECT c.是否正面碰撞, {RATE} FROM 乘员 c GROUP BY c.是否正面碰撞",
        ["compare", "pct"],
    ),
    (
        "How many occupants were 65 or older?",
        "65岁及以上的乘员有多少",
        "SELECT COUNT(*) FROM 乘员 WHERE 年龄 >= 65",
        ["count", "filter"],
    ),
    (
        "Fatality rate of occupants aged 65 and over",
        "65岁以上（含）乘员的死亡率",
        f"SELECT {RATE} FROM 乘员 c WHERE c.年龄 >= 65",
        ["pct", "filter"],
    ),
    (
        "What percentage of drivers are male?",
        "驾驶员里男性占百分之多少",
        "SELECT 100.0 * AVG(性别 = '男') FROM 乘员 WHERE 乘员角色 = '驾驶员'",
        ["pct", "filter"],
    ),
    (
        "How many distinct vehicles are in the 2002 data?",
        "2002年的数据涉及多少辆不同的车",
        "SELECT COUNT(DISTINCT 车辆编号) FROM 乘员 WHERE 事故年份 = 2002",
        ["count", "time"],
    ),
    (
        "For occupants whose airbag deployed, how many died in each speed band?",
        "安全气囊弹开的乘员中，各速度区间分别死了多少人",
        f"SELECT s.band, COUNT(*) FROM {CS} WHERE c.气囊状态 = 'deploy' AND {DEAD} GROUP BY s.band",
        [*J, "group_by", "count", "filter"],
    ),
    (
        "How many occupants in 1999 had a possible injury?",
        "1999年伤情为possible injury（可能受伤）的乘员有几人",
        f"SELECT COUNT(*) FROM {CI} WHERE i.injury_level = 'possible injury' AND c.事故年份 = 1999",
        [*J, "count", "time", "filter"],
    ),
    (
        "In which crash year were the most occupants recorded as killed?",
        "哪一年伤情等级为killed的乘员最多",
        f"SELECT c.事故年份, COUNT(*) AS n FROM {CI} WHERE i.injury_level = 'killed' "
        "GROUP BY c.事故年份 ORDER BY n DESC LIMIT 1",
        [*J, "top_n", "time"],
        False,
        [0],
    ),
    (
        "How many passengers came out with no injury?",
        "有多少乘客毫发无伤（伤情为none）",
        f"SELECT COUNT(*) FROM {CI} WHERE i.injury_level = 'none' AND c.乘员角色 = '乘客'",
        [*J, "count", "filter"],
    ),
    (
        "Which speed band has the highest fatality rate?",
        "死亡率最高的是哪个速度区间",
        f"SELECT s.band, {RATE} AS r FROM {CS} GROUP BY s.band ORDER BY r DESC LIMIT 1",
        [*J, "top_n", "pct"],
        False,
        [0],
    ),
    (
        "Occupants per speed band in 2002",
        "2002年每个速度区间的乘员数",
        f"SELECT s.band, COUNT(*) FROM {CS} WHERE c.事故年份 = 2002 GROUP BY s.band",
        [*J, "group_by", "time", "count"],
    ),
    (
        "What was the average age of the vehicles at the time of the crash?",
        "出事时车辆的平均车龄是几年",
        "SELECT AVG(事故年份 - 车辆年份) FROM 乘员",
        ["avg", "time"],
    ),
    (
        "How many occupants have an unknown injury level?",
        "伤情等级为unknown（未知）的乘员有多少",
        f"SELECT COUNT(*) FROM {CI} WHERE i.injury_level = 'unknown'",
        [*J, "count", "filter"],
    ),
    (
        "How many records have no injury code at all?",
        "伤情编码为空的记录有多少条",
        "SELECT COUNT(*) FROM 乘员 WHERE 伤情编码 IS NULL",
        ["count", "filter"],
    ),
    (
        "How many female passengers died in the 25-39 km/h band?",
        "25-39速度区间里死亡的女性乘客有多少",
        f"SELECT COUNT(*) FROM {CS} WHERE s.band = '25-39' AND c.性别 = '女' AND c.乘员角色 = '乘客' AND {DEAD}",
        [*J, "count", "filter"],
    ),
    (
        "What share of all occupants were in the 10-24 km/h band?",
        "10-24区间的乘员占全部乘员的比例是多少",
        f"SELECT 100.0 * AVG(s.band = '10-24') FROM {CS}",
        [*J, "pct"],
    ),
    (
        "Average occupant age by speed band",
        "各速度区间乘员的平均年龄",
        f"SELECT s.band, AVG(c.年龄) FROM {CS} GROUP BY s.band",
        [*J, "group_by", "avg"],
    ),
    (
        "Number of occupants with a fatal injury level per year",
        "每年伤情属于致命等级的乘员人数",
        f"SELECT c.事故年份, COUNT(*) FROM {CI} WHERE i.is_fatal = 1 GROUP BY c.事故年份",
        [*J, "group_by", "time", "count"],
    ),
    (
        "Break down the injury levels of unbelted drivers",
        "没系安全带的驾驶员，伤情等级分布如何",
        f"SELECT i.injury_level, COUNT(*) FROM {CI} WHERE c.是否系安全带 = '否' AND c.乘员角色 = '驾驶员' "
        "GROUP BY i.injury_level",
        [*J, "group_by", "count", "filter"],
    ),
    (
        "Which vehicle model years have more than 1,500 occupants?",
        "哪些车辆年份的乘员超过1500人",
        "SELECT 车辆年份, COUNT(*) FROM 乘员 GROUP BY 车辆年份 HAVING COUNT(*) > 1500",
        ["having", "group_by"],
        False,
        [0],
    ),
    (
        "Average age of occupants who had an incapacitating injury in crashes of 25 km/h or more",
        "25公里/小时及以上碰撞中，伤情为incapacity的乘员平均年龄",
        "SELECT AVG(c.年龄) FROM 乘员 c JOIN speed_bands s ON c.速度区间编号 = s.band_id "
        "JOIN injury_levels i ON c.伤情编码 = i.injury_code WHERE s.min_kmh >= 25 AND i.injury_level = 'incapacity'",
        [*J, "avg", "filter"],
    ),
    (
        "How many occupants were killed (injury level) in the 55+ band in each year?",
        "每年55+速度区间中伤情为killed的乘员数",
        "SELECT c.事故年份, COUNT(*) FROM 乘员 c JOIN speed_bands s ON c.速度区间编号 = s.band_id "
        "JOIN injury_levels i ON c.伤情编码 = i.injury_code WHERE s.band = '55+' AND i.injury_level = 'killed' "
        "GROUP BY c.事故年份",
        [*J, "group_by", "time", "count"],
    ),
    (
        "How many occupants were in 10-24 km/h crashes in 1998?",
        "1998年碰撞速度在10-24区间的乘员有多少",
        f"SELECT COUNT(*) FROM {CS} WHERE s.band = '10-24' AND c.事故年份 = 1998",
        [*J, "count", "time", "filter"],
    ),
    (
        "In crashes of 40 km/h or more, compare the fatality rate of belted and unbelted occupants",
        "40公里/小时及以上的碰撞中，系安全带和不系安全带的死亡率对比",
        f"SELECT c.是否系安全带, {RATE} FROM {CS} WHERE s.min_kmh >= 40 GROUP BY c.是否系安全带",
        [*J, "compare", "pct", "filter"],
    ),
    (
        "Weighted estimate of the number of occupants at each injury level",
        "按抽样权重加权后，各伤情等级的乘员估计数",
        f"SELECT i.injury_level, SUM(c.抽样权重) FROM {CI} GROUP BY i.injury_level",
        [*J, "group_by", "sum"],
    ),
    (
        "Which injury level has the oldest occupants on average?",
        "哪个伤情等级的乘员平均年龄最大",
        f"SELECT i.injury_level, AVG(c.年龄) AS a FROM {CI} GROUP BY i.injury_level ORDER BY a DESC LIMIT 1",
        [*J, "top_n", "avg"],
        False,
        [0],
    ),
    (
        "How many occupants of frontal crashes at 55+ km/h died?",
        "55+区间的正面碰撞中有多少乘员死亡",
        f"SELECT COUNT(*) FROM {CS} WHERE s.band = '55+' AND c.是否正面碰撞 = 1 AND {DEAD}",
        [*J, "count", "filter"],
    ),
    (
        "Of the occupants with a recorded injury level in 2000, what percentage had 'no incapacity'?",
        "2000年有伤情记录的乘员中，伤情为no incapacity的占百分之几",
        f"SELECT 100.0 * AVG(i.injury_level = 'no incapacity') FROM {CI} WHERE c.事故年份 = 2000",
        [*J, "pct", "time"],
    ),
    (
        "Number of male occupants with an incapacitating injury in each speed band",
        "各速度区间中伤情为incapacity的男性乘员人数",
        "SELECT s.band, COUNT(*) FROM 乘员 c JOIN speed_bands s ON c.速度区间编号 = s.band_id "
        "JOIN injury_levels i ON c.伤情编码 = i.injury_code WHERE c.性别 = '男' AND i.injury_level = 'incapacity' "
        "GROUP BY s.band",
        [*J, "group_by", "count", "filter"],
    ),
]


def turns(conv, lang, specs):
    return [(q, lang, gold, tags, False, None, conv, n) for n, (q, gold, tags) in enumerate(specs)]


C1 = [
    f"SELECT COUNT(*) FROM 乘员 c WHERE {DEAD} AND c.事故年份 = 2000",
    f"SELECT COUNT(*) FROM 乘员 c WHERE {DEAD} AND c.事故年份 = 2001",
    f"SELECT COUNT(*) FROM 乘员 c WHERE {DEAD} AND c.事故年份 = 2001 AND c.乘员角色 = '驾驶员'",
]
C2 = [
    f"SELECT s.band, COUNT(*) FROM {CS} GROUP BY s.band",
    f"SELECT s.band, {RATE} FROM {CS} GROUP BY s.band",
    f"SELECT s.band, {RATE} FROM {CS} WHERE c.是否系安全带 = '是' GROUP BY s.band",
]
C3 = [
    f"SELECT COUNT(*) FROM {CI} WHERE i.injury_level = 'incapacity'",
    f"SELECT COUNT(*) FROM {CI} WHERE i.injury_level = 'incapacity' AND c.性别 = '女'",
    f"SELECT COUNT(*) FROM {CI} WHERE i.injury_level = 'incapacity' AND c.性别 = '女' AND c.事故年份 = 2002",
]
T1 = [["count", "time"], ["count", "time", "follow_up"], ["count", "time", "filter", "follow_up"]]
T2 = [[*J, "group_by", "count"], [*J, "group_by", "pct", "follow_up"], [*J, "group_by", "pct", "follow_up"]]
T3 = [[*J, "count"], [*J, "count", "filter", "follow_up"], [*J, "count", "time", "follow_up"]]

CONVERSATIONS = [
    *turns(
        "c1-en",
        "en",
        zip(["How many occupants died in 2000?", "And in 2001?", "Only the drivers?"], C1, T1, strict=True),
    ),
    *turns("c1-zh", "zh", zip(["2000年死了多少名乘员", "那2001年呢", "只算驾驶员呢"], C1, T1, strict=True)),
    *turns(
        "c2-en",
        "en",
        zip(
            [
                "How many occupants are there in each speed band?",
                "What's the fatality rate in each of them?",
                "Now only for belted occupants",
            ],
            C2,
            T2,
            strict=True,
        ),
    ),
    *turns(
        "c2-zh",
        "zh",
        zip(["各速度区间分别有多少乘员", "每个区间的死亡率是多少", "只看系了安全带的"], C2, T2, strict=True),
    ),
    *turns(
        "c3-en",
        "en",
        zip(
            [
                "How many occupants had an incapacitating injury?",
                "How many of them were women?",
                "And in 2002?",
            ],
            C3,
            T3,
            strict=True,
        ),
    ),
    *turns(
        "c3-zh",
        "zh",
        zip(
            ["伤情等级为incapacity的乘员有多少", "其中女性有多少", "2002年的呢"],
            C3,
            T3,
            strict=True,
        ),
    ),
]

UNANSWERABLE = [
    ("Which car make had the most fatal crashes?", "哪个汽车品牌的致命事故最多"),
    ("How many crashes happened in each state?", "各州分别发生了多少起事故"),
    ("In which month of the year do most crashes happen?", "一年中哪个月份的事故最多"),
    ("What share of the crashes involved a drunk driver?", "有多少比例的事故涉及酒驾"),
    ("What was the average hospital bill of the injured occupants?", "受伤乘员的平均住院费用是多少"),
    ("Do more crashes happen in rain or in dry weather?", "下雨天和晴天，哪种天气事故更多"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "crash", questions, source=SRC)


if __name__ == "__main__":
    main()
