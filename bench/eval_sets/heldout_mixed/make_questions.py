"""Write questions.jsonl of the heldout_mixed question set (hand-written questions, gold SQL over the two CSVs).

Written before the engine was run on them, to measure generalisation of the rule engine.

    python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
S, V = "shipments.csv", "visits.csv"
SMONTH = "strftime('%Y-%m', ship_date)"
VMONTH = "strftime('%Y-%m', 就诊日期)"

# (source, question, lang, gold_sql, tags, ordered, compare, conversation, turn)
QUESTIONS = [
    # ---- en, shipments
    (S, "How many shipments are there?", "en", "SELECT COUNT(*) FROM shipments", ["count"]),
    (S, "total freight cost", "en", "SELECT SUM(freight_cost) FROM shipments", ["agg"]),
    (
        S,
        "average weight per carrier",
        "en",
        "SELECT carrier, AVG(weight_kg) FROM shipments GROUP BY carrier",
        ["group_by", "agg"],
    ),
    (
        S,
        "Top 3 carriers by freight cost",
        "en",
        "SELECT carrier, SUM(freight_cost) AS v FROM shipments GROUP BY carrier ORDER BY v DESC LIMIT 3",
        ["top_n"],
        True,
        [0],
    ),
    (
        S,
        "bottom 2 destination cities by number of shipments",
        "en",
        "SELECT destination_city, COUNT(*) AS v FROM shipments GROUP BY destination_city ORDER BY v ASC LIMIT 2",
        ["top_n", "count"],
        True,
        [0],
    ),
    (
        S,
        "the 3 clients with the highest total freight cost",
        "en",
        "SELECT client, SUM(freight_cost) AS v FROM shipments GROUP BY client ORDER BY v DESC LIMIT 3",
        ["top_n"],
        True,
        [0],
    ),
    (
        S,
        "which 2 origin cities shipped the most packages",
        "en",
        "SELECT origin_city, SUM(packages) AS v FROM shipments GROUP BY origin_city ORDER BY v DESC LIMIT 2",
        ["top_n"],
        False,
        [0],
    ),
    (
        S,
        "How many lost shipments were there?",
        "en",
        "SELECT COUNT(*) FROM shipments WHERE status = 'lost'",
        ["filter", "count"],
    ),
    (
        S,
        "freight cost by service level in 2024",
        "en",
        "SELECT service_level, SUM(freight_cost) FROM shipments WHERE strftime('%Y', ship_date) = '2024' "
        "GROUP BY service_level",
        ["group_by", "date"],
    ),
    (
        S,
        "monthly number of shipments in 2023",
        "en",
        f"SELECT {SMONTH} AS m, COUNT(*) FROM shipments WHERE strftime('%Y', ship_date) = '2023' "
        "GROUP BY m ORDER BY m",
        ["trend"],
        True,
        [1],
    ),
    (
        S,
        "shipments per carrier excluding RedRoad",
        "en",
        "SELECT carrier, COUNT(*) FROM shipments WHERE carrier <> 'RedRoad' GROUP BY carrier",
        ["negation", "group_by", "count"],
    ),
    (
        S,
        "total freight cost on the 2023 Standard rate card",
        "en",
        "SELECT SUM(freight_cost) FROM shipments WHERE rate_card = '2023 Standard'",
        ["filter", "quoted_year"],
    ),
    (
        S,
        "how many shipments used the 2024 Peak rate card",
        "en",
        "SELECT COUNT(*) FROM shipments WHERE rate_card = '2024 Peak'",
        ["filter", "quoted_year", "count"],
    ),
    (
        S,
        "the 5 heaviest shipments",
        "en",
        "SELECT shipment_id, weight_kg FROM shipments ORDER BY weight_kg DESC LIMIT 5",
        ["top_n", "list"],
        True,
        [0],
    ),
    (
        S,
        "the 4 shipments with the highest freight cost",
        "en",
        "SELECT shipment_id, freight_cost FROM shipments ORDER BY freight_cost DESC LIMIT 4",
        ["top_n", "list"],
        True,
        [0],
    ),
    (
        S,
        "How many shipments were delivered in under 2 days?",
        "en",
        "SELECT COUNT(*) FROM shipments WHERE transit_days < 2",
        ["compare", "count"],
    ),
    (
        S,
        "list the shipments that weighed more than 150 kg",
        "en",
        "SELECT shipment_id FROM shipments WHERE weight_kg > 150",
        ["compare", "list"],
    ),
    (
        S,
        "What is the highest freight cost ever recorded?",
        "en",
        "SELECT MAX(freight_cost) FROM shipments",
        ["agg"],
    ),
    (
        S,
        "number of distinct clients",
        "en",
        "SELECT COUNT(DISTINCT client) FROM shipments",
        ["distinct", "count"],
    ),
    (
        S,
        "average freight cost of express shipments from Shanghai",
        "en",
        "SELECT AVG(freight_cost) FROM shipments WHERE service_level = 'express' AND origin_city = 'Shanghai'",
        ["filter", "agg"],
    ),
    (
        S,
        "How many shipments went out last month?",
        "en",
        "SELECT COUNT(*) FROM shipments WHERE ship_date >= '2024-11-01' AND ship_date < '2024-12-01'",
        ["date", "relative", "count"],
    ),
    (
        S,
        "total packages shipped in Q2 2024",
        "en",
        "SELECT SUM(packages) FROM shipments WHERE ship_date >= '2024-04-01' AND ship_date < '2024-07-01'",
        ["date", "agg"],
    ),
    (
        S,
        "freight cost by carrier and service level",
        "en",
        "SELECT carrier, service_level, SUM(freight_cost) FROM shipments GROUP BY carrier, service_level",
        ["group_by"],
    ),
    (
        S,
        "total freight cost for clients whose name contains Pharma",
        "en",
        "SELECT SUM(freight_cost) FROM shipments WHERE client LIKE '%Pharma%'",
        ["contains", "agg"],
    ),
    (
        S,
        "freight cost by origin city in 2024",
        "en",
        "SELECT origin_city, SUM(freight_cost) FROM shipments WHERE strftime('%Y', ship_date) = '2024' "
        "GROUP BY origin_city",
        ["group_by", "date"],
        False,
        None,
        "h-1",
        0,
    ),
    (
        S,
        "what about 2023?",
        "en",
        "SELECT origin_city, SUM(freight_cost) FROM shipments WHERE strftime('%Y', ship_date) = '2023' "
        "GROUP BY origin_city",
        ["follow_up", "date"],
        False,
        None,
        "h-1",
        1,
    ),
    (S, "What is the average fuel consumption per truck?", "en", "", ["unanswerable"]),
    (S, "How many customer complaints were filed per carrier?", "en", "", ["unanswerable"]),
    # ---- zh, shipments (English headers)
    (
        S,
        "各承运商的运费合计",
        "zh",
        "SELECT carrier, SUM(freight_cost) FROM shipments GROUP BY carrier",
        ["group_by", "cross_lingual"],
    ),
    (
        S,
        "运费最高的前5个客户",
        "zh",
        "SELECT client, SUM(freight_cost) AS v FROM shipments GROUP BY client ORDER BY v DESC LIMIT 5",
        ["top_n", "cross_lingual"],
        True,
        [0],
    ),
    (
        S,
        "有多少个目的城市",
        "zh",
        "SELECT COUNT(DISTINCT destination_city) FROM shipments",
        ["distinct", "count", "cross_lingual"],
    ),
    (
        S,
        "express服务的平均运费",
        "zh",
        "SELECT AVG(freight_cost) FROM shipments WHERE service_level = 'express'",
        ["filter", "agg", "cross_lingual"],
    ),
    (S, "每个司机的平均驾驶时长", "zh", "", ["unanswerable", "cross_lingual"]),
    # ---- zh, visits
    (V, "一共有多少次就诊", "zh", "SELECT COUNT(*) FROM visits", ["count"]),
    (V, "各科室的就诊人次", "zh", "SELECT 科室, COUNT(*) FROM visits GROUP BY 科室", ["group_by", "count"]),
    (V, "诊疗费总额", "zh", "SELECT SUM(诊疗费) FROM visits", ["agg"]),
    (
        V,
        "各院区的平均诊疗费",
        "zh",
        "SELECT 院区, AVG(诊疗费) FROM visits GROUP BY 院区",
        ["group_by", "agg"],
    ),
    (V, "患者的平均年龄", "zh", "SELECT AVG(年龄) FROM visits", ["agg"]),
    (
        V,
        "儿科患者平均年龄是多少",
        "zh",
        "SELECT AVG(年龄) FROM visits WHERE 科室 = '儿科'",
        ["filter", "agg"],
    ),
    (
        V,
        "女性患者有多少人次",
        "zh",
        "SELECT COUNT(*) FROM visits WHERE 性别 = 'F'",
        ["filter", "gender", "count"],
    ),
    (
        V,
        "男性患者的平均诊疗费",
        "zh",
        "SELECT AVG(诊疗费) FROM visits WHERE 性别 = 'M'",
        ["filter", "gender", "agg"],
    ),
    (V, "医院有几个科室", "zh", "SELECT COUNT(DISTINCT 科室) FROM visits", ["distinct", "count"]),
    (V, "一共开出了多少件药品", "zh", "SELECT SUM(药品数量) FROM visits", ["agg", "quantity"]),
    (
        V,
        "诊疗费最高的前三个医生",
        "zh",
        "SELECT 医生, SUM(诊疗费) AS v FROM visits GROUP BY 医生 ORDER BY v DESC LIMIT 3",
        ["top_n"],
        True,
        [0],
    ),
    (
        V,
        "就诊人次排名前二的院区",
        "zh",
        "SELECT 院区, COUNT(*) AS v FROM visits GROUP BY 院区 ORDER BY v DESC LIMIT 2",
        ["top_n", "count"],
        True,
        [0],
    ),
    (
        V,
        "满意度评分排名后三的医生",
        "zh",
        "SELECT 医生, AVG(满意度评分) AS v FROM visits GROUP BY 医生 ORDER BY v ASC LIMIT 3",
        ["top_n", "agg"],
        True,
        [0],
    ),
    (
        V,
        "诊疗费最高的5次就诊",
        "zh",
        "SELECT 就诊编号, 诊疗费 FROM visits ORDER BY 诊疗费 DESC LIMIT 5",
        ["top_n", "list"],
        True,
        [0],
    ),
    (
        V,
        "候诊超过90分钟的就诊有多少次",
        "zh",
        "SELECT COUNT(*) FROM visits WHERE 候诊分钟 > 90",
        ["compare", "count"],
    ),
    (
        V,
        "列出候诊超过94分钟的就诊",
        "zh",
        "SELECT 就诊编号 FROM visits WHERE 候诊分钟 > 94",
        ["compare", "list"],
    ),
    (V, "有记录以来最高的诊疗费是多少", "zh", "SELECT MAX(诊疗费) FROM visits", ["agg"]),
    (
        V,
        "2024年第三季度各科室的药品费",
        "zh",
        "SELECT 科室, SUM(药品费) FROM visits WHERE 就诊日期 >= '2024-07-01' AND 就诊日期 < '2024-10-01' "
        "GROUP BY 科室",
        ["group_by", "date"],
    ),
    (
        V,
        "除了自费以外各医保类型的就诊人次",
        "zh",
        "SELECT 医保类型, COUNT(*) FROM visits WHERE 医保类型 <> '自费' GROUP BY 医保类型",
        ["negation", "group_by", "count"],
    ),
    (
        V,
        "诊断包含炎的就诊有多少",
        "zh",
        "SELECT COUNT(*) FROM visits WHERE 诊断 LIKE '%炎%'",
        ["contains", "count"],
    ),
    (
        V,
        "复诊的比例",
        "zh",
        "SELECT AVG(CASE WHEN 是否复诊 = '是' THEN 1.0 ELSE 0 END) FROM visits",
        ["share", "boolean"],
    ),
    (
        V,
        "每月就诊人次的趋势",
        "zh",
        f"SELECT {VMONTH} AS m, COUNT(*) FROM visits GROUP BY m ORDER BY m",
        ["trend"],
        True,
        [1],
    ),
    (
        V,
        "上个月各科室的就诊人次",
        "zh",
        "SELECT 科室, COUNT(*) FROM visits WHERE 就诊日期 >= '2024-11-01' AND 就诊日期 < '2024-12-01' GROUP BY 科室",
        ["group_by", "date", "relative"],
    ),
    (
        V,
        "各科室的平均诊疗费",
        "zh",
        "SELECT 科室, AVG(诊疗费) FROM visits GROUP BY 科室",
        ["group_by", "agg"],
        False,
        None,
        "h-2",
        0,
    ),
    (
        V,
        "只看城西院区",
        "zh",
        "SELECT 科室, AVG(诊疗费) FROM visits WHERE 院区 = '城西院区' GROUP BY 科室",
        ["follow_up", "filter"],
        False,
        None,
        "h-2",
        1,
    ),
    (V, "各科室的床位使用率", "zh", "", ["unanswerable"]),
    # ---- en, visits (Chinese headers)
    (
        V,
        "number of visits by gender",
        "en",
        "SELECT 性别, COUNT(*) FROM visits GROUP BY 性别",
        ["group_by", "cross_lingual"],
    ),
    (
        V,
        "What is the average age of the men?",
        "en",
        "SELECT AVG(年龄) FROM visits WHERE 性别 = 'M'",
        ["filter", "gender", "agg", "cross_lingual"],
    ),
    (
        V,
        "How many visits by women had a satisfaction score of 5?",
        "en",
        "SELECT COUNT(*) FROM visits WHERE 性别 = 'F' AND 满意度评分 = 5",
        ["filter", "gender", "count", "cross_lingual"],
    ),
    (V, "average length of hospital stay", "en", "", ["unanswerable", "cross_lingual"]),
]


def main():
    write_questions(HERE, "hm", QUESTIONS)


if __name__ == "__main__":
    main()
