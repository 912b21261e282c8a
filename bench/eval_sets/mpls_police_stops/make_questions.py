"""Write questions.jsonl of the mpls_police_stops question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: mpls_police_stops.sqlite (make_data.py): 51,920 stops made by the Minneapolis Police Department in
2017 (carData's `MplsStops`) as the `stops` fact (English headers), with the 社区 (87 neighborhoods and their
demographics, carData's `MplsDemo`) and 警区 (5 police precincts) dimensions with Chinese headers, declared
foreign keys. Readings: times are local (stop_time); a "search" / 搜身 is person_searched = 'YES', a vehicle
search / 搜车 is vehicle_searched = 'YES', a citation / 罚单 is citation_issued = 'YES'; a rate or share is
over all the stops in question (NULL, not recorded, counts as no; citations were recorded only from
2017-07); "race" is the race recorded after the stop (race), breakdowns leave out NULL; the population of
several neighborhoods is summed over the distinct neighborhoods (no fan-out through the stops); "night" is
22:00-05:59.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "mpls_police_stops.sqlite"
TH = "stops t JOIN 社区 h ON t.neighborhood_id = h.社区编号"
TP = "stops t JOIN 警区 p ON t.precinct_id = p.警区编号"
J = ["join"]
CV = ["cross_lingual_value"]
MONTH = "substr(t.stop_time, 1, 7)"

PAIRS = [
    (
        "How many stops did Minneapolis police make in 2017?",
        "2017年明尼阿波利斯警察一共拦截盘查了多少次",
        "SELECT COUNT(*) FROM stops",
        ["count"],
    ),
    ("How many neighborhoods are there?", "一共有多少个社区", "SELECT COUNT(*) FROM 社区", ["count"]),
    (
        "Number of stops in each precinct",
        "各个警区分别盘查了多少次",
        f"SELECT p.警区名称, COUNT(*) FROM {TP} GROUP BY p.警区名称",
        [*J, "group_by", "count"],
    ),
    (
        "How many stops did the 3rd Precinct make?",
        "第三警区一共有多少次盘查",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第三警区'",
        [*J, "count", "filter"],
    ),
    (
        "How many traffic stops were there, and how many stops for suspicious activity?",
        "交通拦截和可疑情况盘查各有多少次",
        "SELECT problem, COUNT(*) FROM stops GROUP BY problem",
        ["group_by", "count"],
    ),
    (
        "Show the number of stops per month",
        "每个月的盘查次数是多少",
        f"SELECT {MONTH} AS month, COUNT(*) FROM stops t GROUP BY month",
        ["group_by", "time", "count"],
    ),
    (
        "Which month had the most stops?",
        "哪个月的盘查次数最多",
        f"SELECT {MONTH} AS month, COUNT(*) AS n FROM stops t GROUP BY month ORDER BY n DESC LIMIT 1",
        ["top_n", "time"],
        False,
        [0],
    ),
    (
        "Top 5 neighborhoods by number of stops",
        "盘查次数最多的前5个社区",
        f"SELECT h.社区名称, COUNT(*) AS n FROM {TH} GROUP BY h.社区名称 ORDER BY n DESC LIMIT 5",
        [*J, "top_n", "group_by"],
        True,
        [0],
    ),
    (
        "How many stops took place in Whittier?",
        "Whittier社区发生了多少次盘查",
        f"SELECT COUNT(*) FROM {TH} WHERE h.社区名称 = 'Whittier'",
        [*J, "count", "filter"],
    ),
    (
        "How many traffic stops were made in Downtown West?",
        "Downtown West有多少次交通拦截",
        f"SELECT COUNT(*) FROM {TH} WHERE h.社区名称 = 'Downtown West' AND t.problem = 'traffic'",
        [*J, "count", "filter"],
    ),
    (
        "How many stops happened in neighborhoods whose median household income is above $100,000?",
        "家庭收入中位数超过10万美元的社区一共发生了多少次盘查",
        f"SELECT COUNT(*) FROM {TH} WHERE h.家庭收入中位数 > 100000",
        [*J, "count", "filter"],
    ),
    (
        "Count the stops in neighborhoods where more than 30% of residents are Black",
        "黑人居民占比超过30%的社区，盘查总次数是多少",
        f"SELECT COUNT(*) FROM {TH} WHERE h.黑人占比 > 0.3",
        [*J, "count", "filter"],
    ),
    (
        "What is the total population of all neighborhoods?",
        "所有社区加起来总人口是多少",
        "SELECT SUM(人口) FROM 社区",
        ["sum"],
    ),
    (
        "What is the average median household income across neighborhoods?",
        "各社区家庭收入中位数的平均值是多少",
        "SELECT AVG(家庭收入中位数) FROM 社区",
        ["avg"],
    ),
    (
        "Which 3 neighborhoods have the highest median household income?",
        "家庭收入中位数最高的3个社区是哪几个",
        "SELECT 社区名称, 家庭收入中位数 FROM 社区 ORDER BY 家庭收入中位数 DESC LIMIT 3",
        ["top_n"],
        False,
        [0],
    ),
    (
        "Which neighborhood has the highest poverty rate?",
        "贫困率最高的是哪个社区",
        "SELECT 社区名称, 贫困率 FROM 社区 ORDER BY 贫困率 DESC LIMIT 1",
        ["top_n"],
        False,
        [0],
    ),
    (
        "Which 5 neighborhoods had the most stops per 1,000 residents?",
        "按每千名居民的盘查次数算，排前5的社区是哪些",
        f"SELECT h.社区名称, 1000.0 * COUNT(*) / h.人口 AS r FROM {TH} WHERE h.人口 > 0 "
        "GROUP BY h.社区编号, h.社区名称, h.人口 ORDER BY r DESC LIMIT 5",
        [*J, "top_n", "rate"],
        True,
        [0],
    ),
    (
        "What is the combined population of the neighborhoods where the 5th Precinct made stops?",
        "第五警区有盘查记录的那些社区，加起来一共有多少人口",
        "SELECT SUM(人口) FROM 社区 WHERE 社区编号 IN (SELECT t.neighborhood_id FROM "
        f"{TP} WHERE p.警区名称 = '第五警区')",
        [*J, "sum", "fan_out"],
    ),
    (
        "How many neighborhoods had more than 1,000 stops?",
        "盘查次数超过1000次的社区有几个",
        "SELECT COUNT(*) FROM (SELECT neighborhood_id FROM stops GROUP BY neighborhood_id HAVING COUNT(*) > 1000)",
        ["count", "having"],
    ),
    (
        "Total population of the neighborhoods with more than 1,000 stops",
        "盘查超过1000次的那些社区总人口是多少",
        "SELECT SUM(人口) FROM 社区 WHERE 社区编号 IN "
        "(SELECT neighborhood_id FROM stops GROUP BY neighborhood_id HAVING COUNT(*) > 1000)",
        [*J, "sum", "fan_out", "having"],
    ),
    (
        "Break down the stops by race",
        "按种族统计盘查次数",
        "SELECT race, COUNT(*) FROM stops WHERE race IS NOT NULL GROUP BY race",
        ["group_by", "count"],
    ),
    (
        "In how many stops of Black people was the person searched?",
        "被拦下的黑人中有多少次被搜身",
        "SELECT COUNT(*) FROM stops WHERE race = 'Black' AND person_searched = 'YES'",
        ["count", "filter", *CV],
    ),
    (
        "Since July 2017, what percentage of stops ended with a citation?",
        "2017年7月以来，开出罚单的盘查占多少比例",
        "SELECT 100.0 * SUM(citation_issued = 'YES') / COUNT(*) FROM stops WHERE stop_time >= '2017-07-01'",
        ["rate", "pct", "time"],
    ),
    (
        "What share of traffic stops involved a vehicle search?",
        "交通拦截中有多大比例搜查了车辆",
        "SELECT 100.0 * SUM(vehicle_searched = 'YES') / COUNT(*) FROM stops WHERE problem = 'traffic'",
        ["rate", "pct", "filter"],
    ),
    (
        "Person search rate by precinct",
        "各警区的搜身比例",
        f"SELECT p.警区名称, 100.0 * SUM(t.person_searched = 'YES') / COUNT(*) FROM {TP} GROUP BY p.警区名称",
        [*J, "rate", "pct", "group_by"],
    ),
    (
        "Which precinct issued the most citations?",
        "哪个警区开出的罚单最多",
        f"SELECT p.警区名称, SUM(t.citation_issued = 'YES') AS n FROM {TP} GROUP BY p.警区名称 ORDER BY n DESC LIMIT 1",
        [*J, "top_n"],
        False,
        [0],
    ),
    (
        "How many women were stopped in the 2nd Precinct?",
        "第二警区拦下的女性有多少人次",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第二警区' AND t.gender = 'Female'",
        [*J, "count", "filter"],
    ),
    (
        "Stops in Whittier by gender",
        "Whittier社区按性别统计的盘查次数",
        f"SELECT t.gender, COUNT(*) FROM {TH} WHERE h.社区名称 = 'Whittier' AND t.gender IS NOT NULL GROUP BY t.gender",
        [*J, "group_by", "filter"],
    ),
    (
        "Compare the number of stops in Jordan and Hawthorne",
        "对比一下Jordan和Hawthorne两个社区的盘查次数",
        f"SELECT h.社区名称, COUNT(*) FROM {TH} WHERE h.社区名称 IN ('Jordan', 'Hawthorne') GROUP BY h.社区名称",
        [*J, "compare"],
    ),
    (
        "January versus December: how many stops in each?",
        "1月和12月的盘查次数分别是多少",
        f"SELECT {MONTH} AS month, COUNT(*) FROM stops t WHERE {MONTH} IN ('2017-01', '2017-12') GROUP BY month",
        ["compare", "time"],
    ),
    (
        "How many stops happened at night, between 10 pm and 6 am?",
        "晚上10点到早上6点之间有多少次盘查",
        "SELECT COUNT(*) FROM stops WHERE substr(stop_time, 12, 2) >= '22' OR substr(stop_time, 12, 2) < '06'",
        ["count", "time"],
    ),
    (
        "At what hour of the day are the most stops made?",
        "一天里哪个钟点盘查最多",
        "SELECT substr(stop_time, 12, 2) AS hour, COUNT(*) AS n FROM stops GROUP BY hour ORDER BY n DESC LIMIT 1",
        ["top_n", "time"],
        False,
        [0],
    ),
    (
        "How many stops were made on weekends?",
        "周末一共有多少次盘查",
        "SELECT COUNT(*) FROM stops WHERE strftime('%w', stop_time) IN ('0', '6')",
        ["count", "time"],
    ),
    (
        "How many stops were there in the first quarter of 2017?",
        "2017年第一季度有多少次盘查",
        "SELECT COUNT(*) FROM stops WHERE stop_time >= '2017-01-01' AND stop_time < '2017-04-01'",
        ["count", "time"],
    ),
    (
        "On average, how many stops were made per day?",
        "平均每天盘查多少次",
        "SELECT COUNT(*) * 1.0 / COUNT(DISTINCT substr(stop_time, 1, 10)) FROM stops",
        ["avg", "time"],
    ),
    (
        "Which single day had the most stops?",
        "哪一天的盘查次数最多",
        "SELECT substr(stop_time, 1, 10) AS day, COUNT(*) AS n FROM stops GROUP BY day ORDER BY n DESC LIMIT 1",
        ["top_n", "time"],
        False,
        [0],
    ),
    (
        "In neighborhoods where over a quarter of residents were born abroad, how many stops were of East African people?",
        "外国出生居民占比超过25%的社区里，东非裔被盘查了多少次",
        f"SELECT COUNT(*) FROM {TH} WHERE h.外国出生占比 > 0.25 AND t.race = 'East African'",
        [*J, "count", "filter", *CV],
    ),
    (
        "What is the average poverty rate of the neighborhoods where the 4th Precinct made stops?",
        "第四警区有盘查的那些社区，平均贫困率是多少",
        "SELECT AVG(贫困率) FROM 社区 WHERE 社区编号 IN (SELECT t.neighborhood_id FROM "
        f"{TP} WHERE p.警区名称 = '第四警区')",
        [*J, "avg", "fan_out"],
    ),
    (
        "List the neighborhoods with a median household income below $30,000",
        "家庭收入中位数低于3万美元的社区有哪些",
        "SELECT 社区名称 FROM 社区 WHERE 家庭收入中位数 < 30000",
        ["list", "filter"],
    ),
    (
        "Stops per precinct in July",
        "7月份各警区的盘查次数",
        f"SELECT p.警区名称, COUNT(*) FROM {TP} WHERE {MONTH} = '2017-07' GROUP BY p.警区名称",
        [*J, "group_by", "time"],
    ),
    (
        "How many stops in the 1st Precinct were not recorded on the mobile data computer?",
        "第一警区有多少次盘查不是用车载电脑记录的",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第一警区' AND t.data_source = 'other'",
        [*J, "count", "filter"],
    ),
    (
        "Which neighborhood had the most person searches?",
        "哪个社区的搜身次数最多",
        f"SELECT h.社区名称, COUNT(*) AS n FROM {TH} WHERE t.person_searched = 'YES' "
        "GROUP BY h.社区名称 ORDER BY n DESC LIMIT 1",
        [*J, "top_n", "filter"],
        False,
        [0],
    ),
    (
        "How many citations were issued in neighborhoods where more than 60% of adults are college graduates?",
        "大学学历占比超过60%的社区一共开了多少张罚单",
        f"SELECT COUNT(*) FROM {TH} WHERE h.大学学历占比 > 0.6 AND t.citation_issued = 'YES'",
        [*J, "count", "filter"],
    ),
    (
        "How many stops had the person's race down as Unknown before the stop?",
        "拦截前警员判断种族为Unknown的盘查有多少次",
        "SELECT COUNT(*) FROM stops WHERE perceived_race = 'Unknown'",
        ["count", "filter"],
    ),
    (
        "Top 3 precincts by the share of stops involving Black people",
        "被拦下的人是黑人的比例最高的3个警区",
        f"SELECT p.警区名称, 100.0 * SUM(t.race = 'Black') / COUNT(*) AS r FROM {TP} "
        "GROUP BY p.警区名称 ORDER BY r DESC LIMIT 3",
        [*J, "top_n", "rate", "pct"],
        True,
        [0],
    ),
    (
        "What is the average population of a neighborhood?",
        "社区的平均人口是多少",
        "SELECT AVG(人口) FROM 社区",
        ["avg"],
    ),
    (
        "Within the 3rd Precinct's stops, which neighborhoods account for more than 1,000?",
        "第三警区的盘查里，哪些社区超过了1000次",
        "SELECT h.社区名称, COUNT(*) FROM stops t JOIN 警区 p ON t.precinct_id = p.警区编号 "
        "JOIN 社区 h ON t.neighborhood_id = h.社区编号 WHERE p.警区名称 = '第三警区' "
        "GROUP BY h.社区名称 HAVING COUNT(*) > 1000",
        [*J, "having", "filter"],
    ),
    (
        "Traffic stops of men versus women",
        "交通拦截中男性和女性各有多少次",
        "SELECT gender, COUNT(*) FROM stops WHERE problem = 'traffic' AND gender IN ('Male', 'Female') GROUP BY gender",
        ["compare", "filter"],
    ),
    (
        "How many Latino people were stopped in the 5th Precinct?",
        "第五警区拦下的拉丁裔有多少人次",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第五警区' AND t.race = 'Latino'",
        [*J, "count", "filter", *CV],
    ),
    (
        "Monthly stops in Downtown West",
        "Downtown West社区每月的盘查次数",
        f"SELECT {MONTH} AS month, COUNT(*) FROM {TH} WHERE h.社区名称 = 'Downtown West' GROUP BY month",
        [*J, "group_by", "time"],
    ),
    (
        "What share of all stops took place in Downtown West?",
        "Downtown West的盘查占全部盘查的百分之多少",
        f"SELECT 100.0 * SUM(h.社区名称 = 'Downtown West') / COUNT(*) FROM {TH}",
        [*J, "rate", "pct"],
    ),
    (
        "Number of stops by precinct and type of problem",
        "按警区和盘查事由统计次数",
        f"SELECT p.警区名称, t.problem, COUNT(*) FROM {TP} GROUP BY p.警区名称, t.problem",
        [*J, "group_by"],
    ),
    (
        "What is the median household income of the neighborhood with the most stops?",
        "盘查次数最多的那个社区，家庭收入中位数是多少",
        f"SELECT h.社区名称, h.家庭收入中位数 FROM {TH} GROUP BY h.社区编号, h.社区名称, h.家庭收入中位数 "
        "ORDER BY COUNT(*) DESC LIMIT 1",
        [*J, "top_n"],
        False,
        [1],
    ),
    (
        "In how many different neighborhoods did the 2nd Precinct make stops?",
        "第二警区在多少个不同的社区做过盘查",
        f"SELECT COUNT(DISTINCT t.neighborhood_id) FROM {TP} WHERE p.警区名称 = '第二警区'",
        [*J, "count", "distinct"],
    ),
    (
        "How many stops were there per 1,000 residents across the whole city?",
        "全市平均每千名居民被盘查多少次",
        "SELECT 1000.0 * (SELECT COUNT(*) FROM stops) / (SELECT SUM(人口) FROM 社区)",
        [*J, "rate", "fan_out"],
    ),
    (
        "Average poverty rate of neighborhoods that had at least 2,000 stops",
        "盘查次数不少于2000次的社区平均贫困率是多少",
        "SELECT AVG(贫困率) FROM 社区 WHERE 社区编号 IN "
        "(SELECT neighborhood_id FROM stops GROUP BY neighborhood_id HAVING COUNT(*) >= 2000)",
        [*J, "avg", "fan_out", "having"],
    ),
    (
        "How many vehicle searches happened in neighborhoods with a poverty rate above 10%?",
        "贫困率高于10%的社区里一共搜了多少次车",
        f"SELECT COUNT(*) FROM {TH} WHERE h.贫困率 > 0.1 AND t.vehicle_searched = 'YES'",
        [*J, "count", "filter"],
    ),
    (
        "Citations issued per month in the 4th Precinct",
        "第四警区每个月开出多少张罚单",
        f"SELECT {MONTH} AS month, COUNT(*) FROM {TP} WHERE p.警区名称 = '第四警区' AND t.citation_issued = 'YES' "
        "GROUP BY month",
        [*J, "group_by", "time"],
    ),
    (
        "Which precinct made the most stops for suspicious activity in the second half of the year?",
        "下半年哪个警区因可疑情况盘查的次数最多",
        f"SELECT p.警区名称, COUNT(*) AS n FROM {TP} WHERE t.problem = 'suspicious' AND t.stop_time >= '2017-07-01' "
        "GROUP BY p.警区名称 ORDER BY n DESC LIMIT 1",
        [*J, "top_n", "time", "filter"],
        False,
        [0],
    ),
]

CONVERSATIONS = [
    (
        "How many stops were there in the 4th Precinct?",
        "en",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第四警区'",
        [*J, "count"],
        False,
        None,
        "c1-en",
        0,
    ),
    (
        "And the 1st Precinct?",
        "en",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第一警区'",
        [*J, "count", "follow_up"],
        False,
        None,
        "c1-en",
        1,
    ),
    (
        "Only the traffic stops?",
        "en",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第一警区' AND t.problem = 'traffic'",
        [*J, "count", "follow_up", "filter"],
        False,
        None,
        "c1-en",
        2,
    ),
    (
        "第四警区一共盘查了多少次",
        "zh",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第四警区'",
        [*J, "count"],
        False,
        None,
        "c1-zh",
        0,
    ),
    (
        "那第一警区呢",
        "zh",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第一警区'",
        [*J, "count", "follow_up"],
        False,
        None,
        "c1-zh",
        1,
    ),
    (
        "只算交通拦截的话呢",
        "zh",
        f"SELECT COUNT(*) FROM {TP} WHERE p.警区名称 = '第一警区' AND t.problem = 'traffic'",
        [*J, "count", "follow_up", "filter"],
        False,
        None,
        "c1-zh",
        2,
    ),
    (
        "How many citations were issued in Lyndale?",
        "en",
        f"SELECT COUNT(*) FROM {TH} WHERE h.社区名称 = 'Lyndale' AND t.citation_issued = 'YES'",
        [*J, "count", "filter"],
        False,
        None,
        "c2-en",
        0,
    ),
    (
        "What about Marcy Holmes?",
        "en",
        f"SELECT COUNT(*) FROM {TH} WHERE h.社区名称 = 'Marcy Holmes' AND t.citation_issued = 'YES'",
        [*J, "count", "follow_up"],
        False,
        None,
        "c2-en",
        1,
    ),
    (
        "Break that down by month",
        "en",
        f"SELECT {MONTH} AS month, COUNT(*) FROM {TH} WHERE h.社区名称 = 'Marcy Holmes' AND t.citation_issued = 'YES' GROUP BY month",
        [*J, "group_by", "time", "follow_up"],
        False,
        None,
        "c2-en",
        2,
    ),
    (
        "Lyndale社区开了多少张罚单",
        "zh",
        f"SELECT COUNT(*) FROM {TH} WHERE h.社区名称 = 'Lyndale' AND t.citation_issued = 'YES'",
        [*J, "count", "filter"],
        False,
        None,
        "c2-zh",
        0,
    ),
    (
        "Marcy Holmes呢",
        "zh",
        f"SELECT COUNT(*) FROM {TH} WHERE h.社区名称 = 'Marcy Holmes' AND t.citation_issued = 'YES'",
        [*J, "count", "follow_up"],
        False,
        None,
        "c2-zh",
        1,
    ),
    (
        "按月份拆开看看",
        "zh",
        f"SELECT {MONTH} AS month, COUNT(*) FROM {TH} WHERE h.社区名称 = 'Marcy Holmes' AND t.citation_issued = 'YES' GROUP BY month",
        [*J, "group_by", "time", "follow_up"],
        False,
        None,
        "c2-zh",
        2,
    ),
]

UNANSWERABLE = [
    ("Which officers made the most stops?", "哪些警员盘查的次数最多"),
    ("How many of the stops ended in an arrest?", "有多少次盘查最后实施了逮捕"),
    ("What was the average age of the people stopped?", "被拦下的人平均年龄是多少"),
    ("How did the number of stops change compared with 2016?", "和2016年相比盘查次数变化了多少"),
    ("Which car makes were stopped most often?", "被拦次数最多的是哪些汽车品牌"),
    ("What is the violent crime rate of each neighborhood?", "各社区的暴力犯罪率是多少"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "mpls", questions, source=SRC)


if __name__ == "__main__":
    main()
