"""Write questions.jsonl of the rice_farms question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: rice_farms.sqlite (make_data.py): 171 Indonesian rice farms in 6 villages of West Java, each over
6 growing seasons (plm's `RiceFarms`), as the 种植记录 fact (Chinese headers, one row per farm and season)
with the villages and varieties dimensions (English headers), declared foreign keys.
Readings: a record / 记录 is one farm in one season; yield / 单产 is total gross output divided by total
area (kg per hectare, a ratio of sums); output / 产量 without "net" is gross output (毛产量_公斤); the value
of output / 产值 is gross output times the rice price; a season / 季 is 季次 (1..6); "high-yielding" /
高产品种 is the varieties row `high`, "traditional" / 传统品种 is `trad`; sharecroppers / 佃农 are
土地权属 = '佃农', owner-operators / 自耕 are '自耕'; BIMAS participants are 是否参加BIMAS = '是' (fully in
the programme; '部分' is part of the land).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "rice_farms.sqlite"
R = "种植记录"
RV = "种植记录 r JOIN villages v ON r.村庄编号 = v.village_id"
RT = "种植记录 r JOIN varieties t ON r.品种编号 = t.variety_id"
RVT = RV + " JOIN varieties t ON r.品种编号 = t.variety_id"
YIELD = "SUM(r.毛产量_公斤) / SUM(r.种植面积_公顷)"
VALUE = "SUM(r.毛产量_公斤 * r.稻谷价格_卢比每公斤)"
J = ["join"]

PAIRS = [
    (
        "How many planting records are there?",
        "数据里一共有多少条种植记录",
        f"SELECT COUNT(*) FROM {R}",
        ["count"],
    ),
    (
        "How many different farms are in the data?",
        "一共涉及多少户农户",
        f"SELECT COUNT(DISTINCT 农户编号) FROM {R}",
        ["count", "distinct"],
    ),
    (
        "What is the total gross rice output in kg?",
        "所有记录的毛产量加起来是多少公斤",
        f"SELECT SUM(毛产量_公斤) FROM {R}",
        ["sum"],
    ),
    (
        "What's the average cultivated area per record, in hectares?",
        "平均每条记录的种植面积是多少公顷",
        f"SELECT AVG(种植面积_公顷) FROM {R}",
        ["avg"],
    ),
    (
        "How many records does each village have?",
        "每个村庄各有多少条记录",
        f"SELECT v.village, COUNT(*) FROM {RV} GROUP BY v.village",
        [*J, "group_by", "count"],
    ),
    (
        "Total gross output by village",
        "各村的毛产量合计",
        f"SELECT v.village, SUM(r.毛产量_公斤) FROM {RV} GROUP BY v.village",
        [*J, "group_by", "sum"],
    ),
    (
        "Which village produced the most rice in total?",
        "哪个村庄的稻谷总产量最高",
        f"SELECT v.village FROM {RV} GROUP BY v.village ORDER BY SUM(r.毛产量_公斤) DESC LIMIT 1",
        [*J, "top_n"],
        True,
    ),
    (
        "What is the yield per hectare (total gross output / total area) in each village?",
        "各村的单产是多少（总毛产量除以总种植面积，公斤每公顷）",
        f"SELECT v.village, {YIELD} FROM {RV} GROUP BY v.village",
        [*J, "group_by", "ratio"],
    ),
    (
        "Which village has the lowest yield per hectare?",
        "单产最低的是哪个村",
        f"SELECT v.village FROM {RV} GROUP BY v.village ORDER BY {YIELD} ASC LIMIT 1",
        [*J, "top_n", "ratio"],
        True,
    ),
    (
        "Average rice price in each season",
        "每一季的稻谷平均价格",
        f"SELECT 季次, AVG(稻谷价格_卢比每公斤) FROM {R} GROUP BY 季次",
        ["group_by", "time", "avg"],
    ),
    (
        "Total gross output per season",
        "各季的毛产量合计分别是多少",
        f"SELECT 季次, SUM(毛产量_公斤) FROM {R} GROUP BY 季次",
        ["group_by", "time", "sum"],
    ),
    (
        "How much rice was harvested in season 5 (gross, kg)?",
        "第5季一共收了多少公斤稻谷（毛产量）",
        f"SELECT SUM(毛产量_公斤) FROM {R} WHERE 季次 = 5",
        ["time", "filter", "sum"],
    ),
    (
        "How many farms are in Ciwangi?",
        "Ciwangi村有多少户农户",
        f"SELECT COUNT(DISTINCT r.农户编号) FROM {RV} WHERE v.village = 'Ciwangi'",
        [*J, "count", "distinct", "filter"],
    ),
    (
        "How many records planted high-yielding varieties?",
        "种植高产品种的记录有多少条",
        f"SELECT COUNT(*) FROM {RT} WHERE t.variety_code = 'high'",
        [*J, "count", "filter"],
    ),
    (
        "Average gross output per record for each variety type",
        "不同品种类型每条记录的平均毛产量",
        f"SELECT t.variety, AVG(r.毛产量_公斤) FROM {RT} GROUP BY t.variety",
        [*J, "group_by", "avg"],
    ),
    (
        "Compare the yield per hectare of traditional and high-yielding varieties",
        "传统品种和高产品种的单产（每公顷毛产量）分别是多少",
        f"SELECT t.variety, {YIELD} FROM {RT} WHERE t.variety_code IN ('trad', 'high') GROUP BY t.variety",
        [*J, "compare", "ratio"],
    ),
    (
        "What share of the records used high-yielding varieties?",
        "使用高产品种的记录占全部记录的百分之几",
        f"SELECT 100.0 * SUM(t.variety_code = 'high') / COUNT(*) FROM {RT}",
        [*J, "pct"],
    ),
    (
        "Number of records by land tenure status",
        "按土地权属统计记录数",
        f"SELECT 土地权属, COUNT(*) FROM {R} GROUP BY 土地权属",
        ["group_by", "count"],
    ),
    (
        "What is the average area farmed by sharecroppers?",
        "佃农的平均种植面积是多少",
        f"SELECT AVG(种植面积_公顷) FROM {R} WHERE 土地权属 = '佃农'",
        ["filter", "avg"],
    ),
    (
        "How many records were fully in the BIMAS programme?",
        "完全参加BIMAS计划的记录有几条",
        f"SELECT COUNT(*) FROM {R} WHERE 是否参加BIMAS = '是'",
        ["filter", "count"],
    ),
    (
        "Urea used per hectare (total urea / total area) by BIMAS participation",
        "按是否参加BIMAS分组，每公顷尿素用量（尿素总量除以总面积）是多少",
        f"SELECT 是否参加BIMAS, SUM(尿素_公斤) / SUM(种植面积_公顷) FROM {R} GROUP BY 是否参加BIMAS",
        ["group_by", "ratio"],
    ),
    (
        "Total hired labour hours and total family labour hours",
        "雇工总工时和家庭劳力总工时各是多少",
        f"SELECT SUM(雇工_小时), SUM(家庭劳力_小时) FROM {R}",
        ["sum"],
    ),
    (
        "What percentage of all labour hours was hired labour?",
        "雇工工时占总劳力工时的百分比",
        f"SELECT 100.0 * SUM(雇工_小时) / SUM(总劳力_小时) FROM {R}",
        ["pct"],
    ),
    (
        "Average hourly wage in each village",
        "各村平均每小时工资",
        f"SELECT v.village, AVG(r.工资_卢比每小时) FROM {RV} GROUP BY v.village",
        [*J, "group_by", "avg"],
    ),
    (
        "Top 3 villages by average rice price",
        "稻谷平均价格最高的3个村",
        f"SELECT v.village FROM {RV} GROUP BY v.village ORDER BY AVG(r.稻谷价格_卢比每公斤) DESC LIMIT 3",
        [*J, "top_n"],
        True,
    ),
    (
        "Which farm cultivated the largest area in a single season, and in which season?",
        "单季种植面积最大的是哪户农户、哪一季",
        f"SELECT 农户编号, 季次 FROM {R} ORDER BY 种植面积_公顷 DESC LIMIT 1",
        ["top_n", "time"],
        True,
    ),
    (
        "The 5 farms with the highest total gross output over all six seasons",
        "六季毛产量合计最高的5户农户",
        f"SELECT 农户编号 FROM {R} GROUP BY 农户编号 ORDER BY SUM(毛产量_公斤) DESC LIMIT 5",
        ["top_n", "group_by"],
        True,
    ),
    (
        "Which villages have more than 30 farms?",
        "农户超过30户的村庄有哪些",
        f"SELECT v.village FROM {RV} GROUP BY v.village HAVING COUNT(DISTINCT r.农户编号) > 30",
        [*J, "having"],
    ),
    (
        "Total pesticide spending by village",
        "各村农药费用合计",
        f"SELECT v.village, SUM(r.农药费用_卢比) FROM {RV} GROUP BY v.village",
        [*J, "group_by", "sum"],
    ),
    (
        "How many records spent nothing on pesticide?",
        "没花农药钱的记录有多少条",
        f"SELECT COUNT(*) FROM {R} WHERE 农药费用_卢比 = 0",
        ["filter", "count"],
    ),
    (
        "Average seed price for each variety type",
        "各品种类型的种子平均价格",
        f"SELECT t.variety, AVG(r.种子价格_卢比每公斤) FROM {RT} GROUP BY t.variety",
        [*J, "group_by", "avg"],
    ),
    (
        "Value of output (gross output times rice price) in each season",
        "每季的产值（毛产量乘以稻谷价格）",
        f"SELECT r.季次, {VALUE} FROM {R} r GROUP BY r.季次",
        ["group_by", "time", "sum"],
    ),
    (
        "What is the total value of output in Malausma (gross output times price)?",
        "Malausma村的总产值是多少（毛产量乘以稻谷价格）",
        f"SELECT {VALUE} FROM {RV} WHERE v.village = 'Malausma'",
        [*J, "filter", "sum"],
    ),
    (
        "Harvesting cost as a share of gross output (1 - net / gross) in each village",
        "各村收割成本占毛产量的比例（1减去净产量除以毛产量）",
        f"SELECT v.village, 1 - SUM(r.净产量_公斤) / SUM(r.毛产量_公斤) FROM {RV} GROUP BY v.village",
        [*J, "group_by", "pct"],
    ),
    (
        "Yield per hectare in season 1 versus season 6",
        "第1季和第6季的单产对比",
        f"SELECT r.季次, {YIELD} FROM {R} r WHERE r.季次 IN (1, 6) GROUP BY r.季次",
        ["time", "compare", "ratio"],
    ),
    (
        "Average gross output per record in Sukaambit in season 3",
        "Sukaambit村第3季平均每条记录的毛产量",
        f"SELECT AVG(r.毛产量_公斤) FROM {RV} WHERE v.village = 'Sukaambit' AND r.季次 = 3",
        [*J, "time", "filter", "avg"],
    ),
    (
        "How many sharecropper records are there in Gunungwangi?",
        "Gunungwangi村的佃农记录有多少条",
        f"SELECT COUNT(*) FROM {RV} WHERE v.village = 'Gunungwangi' AND r.土地权属 = '佃农'",
        [*J, "filter", "count"],
    ),
    (
        "Which village has the highest share of records with high-yielding varieties?",
        "哪个村种高产品种的记录占比最高",
        f"SELECT v.village FROM {RVT} GROUP BY v.village ORDER BY AVG(t.variety_code = 'high') DESC LIMIT 1",
        [*J, "top_n", "pct"],
        True,
    ),
    (
        "Number of records by village and variety type",
        "按村庄和品种类型统计记录数",
        f"SELECT v.village, t.variety, COUNT(*) FROM {RVT} GROUP BY v.village, t.variety",
        [*J, "group_by", "count"],
    ),
    (
        "Average urea use per record: high-yielding vs traditional",
        "高产品种和传统品种平均每条记录用多少尿素",
        f"SELECT t.variety, AVG(r.尿素_公斤) FROM {RT} WHERE t.variety_code IN ('high', 'trad') GROUP BY t.variety",
        [*J, "compare", "avg"],
    ),
    (
        "How many records cultivated at least 1 hectare?",
        "种植面积在1公顷及以上的记录有多少条",
        f"SELECT COUNT(*) FROM {R} WHERE 种植面积_公顷 >= 1",
        ["filter", "count"],
    ),
    (
        "How many farms were owner-operated in all six seasons?",
        "六季都是自耕的农户有多少户",
        f"SELECT COUNT(*) FROM (SELECT 农户编号 FROM {R} GROUP BY 农户编号 HAVING MIN(土地权属 = '自耕') = 1)",
        ["having", "count"],
    ),
    (
        "List the villages by average phosphate use per record, highest first",
        "按平均磷肥用量从高到低列出各村",
        f"SELECT v.village, AVG(r.磷肥_公斤) FROM {RV} GROUP BY v.village ORDER BY AVG(r.磷肥_公斤) DESC",
        [*J, "order_by", "avg"],
        True,
        [0],
    ),
    (
        "Average urea price per season",
        "各季尿素的平均价格",
        f"SELECT 季次, AVG(尿素价格_卢比每公斤) FROM {R} GROUP BY 季次",
        ["group_by", "time", "avg"],
    ),
    (
        "In which season was the average hourly wage highest?",
        "平均小时工资最高的是哪一季",
        f"SELECT 季次 FROM {R} GROUP BY 季次 ORDER BY AVG(工资_卢比每小时) DESC LIMIT 1",
        ["top_n", "time"],
        True,
    ),
    (
        "Total cultivated area per village in season 1",
        "第1季各村的种植面积合计",
        f"SELECT v.village, SUM(r.种植面积_公顷) FROM {RV} WHERE r.季次 = 1 GROUP BY v.village",
        [*J, "group_by", "time", "sum"],
    ),
    (
        "Labour hours per hectare (total labour / total area) for each variety type",
        "各品种类型每公顷用工多少小时（总劳力工时除以总面积）",
        f"SELECT t.variety, SUM(r.总劳力_小时) / SUM(r.种植面积_公顷) FROM {RT} GROUP BY t.variety",
        [*J, "group_by", "ratio"],
    ),
    (
        "What share of total gross output came from Gunungwangi?",
        "Gunungwangi村的毛产量占总毛产量的比例是多少",
        f"SELECT 100.0 * SUM(CASE WHEN v.village = 'Gunungwangi' THEN r.毛产量_公斤 ELSE 0 END)"
        f" / SUM(r.毛产量_公斤) FROM {RV}",
        [*J, "pct"],
    ),
    ("How many villages are there?", "一共有几个村庄", "SELECT COUNT(*) FROM villages", ["count"]),
    (
        "List every village with its number of farms",
        "列出所有村庄和各村的农户数",
        "SELECT village, farm_count FROM villages",
        ["list"],
    ),
    (
        "Total gross output of high-yielding varieties in Ciwangi",
        "Ciwangi村高产品种的毛产量合计",
        f"SELECT SUM(r.毛产量_公斤) FROM {RVT} WHERE v.village = 'Ciwangi' AND t.variety_code = 'high'",
        [*J, "filter", "sum"],
    ),
    (
        "How did total gross output change from each season to the next?",
        "每一季的总毛产量比上一季增加或减少了多少",
        f"SELECT 季次, SUM(毛产量_公斤) - LAG(SUM(毛产量_公斤)) OVER (ORDER BY 季次) FROM {R} GROUP BY 季次",
        ["time", "growth"],
        False,
        [0, 1],
    ),
    (
        "How many records had net output equal to gross output?",
        "净产量和毛产量相等的记录有几条",
        f"SELECT COUNT(*) FROM {R} WHERE 净产量_公斤 = 毛产量_公斤",
        ["filter", "count"],
    ),
    (
        "Net output per hectare for each land tenure status",
        "不同土地权属的每公顷净产量（净产量总和除以面积总和）",
        f"SELECT 土地权属, SUM(净产量_公斤) / SUM(种植面积_公顷) FROM {R} GROUP BY 土地权属",
        ["group_by", "ratio"],
    ),
    (
        "How many farms averaged more than 1 hectare over their six seasons?",
        "六季平均种植面积超过1公顷的农户有几户",
        f"SELECT COUNT(*) FROM (SELECT 农户编号 FROM {R} GROUP BY 农户编号 HAVING AVG(种植面积_公顷) > 1)",
        ["having", "count"],
    ),
    (
        "What was the highest rice price recorded?",
        "记录里最高的稻谷价格是多少",
        f"SELECT MAX(稻谷价格_卢比每公斤) FROM {R}",
        ["max"],
    ),
    (
        "Average family labour hours per record in Langan and in Wargabinangun",
        "Langan村和Wargabinangun村平均每条记录的家庭劳力工时分别是多少",
        f"SELECT v.village, AVG(r.家庭劳力_小时) FROM {RV} WHERE v.village IN ('Langan', 'Wargabinangun')"
        " GROUP BY v.village",
        [*J, "compare", "avg"],
    ),
    (
        "How many BIMAS participants (fully enrolled) were there in each village?",
        "各村完全参加BIMAS计划的记录数",
        f"SELECT v.village, COUNT(*) FROM {RV} WHERE r.是否参加BIMAS = '是' GROUP BY v.village",
        [*J, "group_by", "filter", "count"],
    ),
    (
        "Average seed use per hectare (total seed / total area) in each village",
        "各村每公顷种子用量（种子总量除以总面积）",
        f"SELECT v.village, SUM(r.种子_公斤) / SUM(r.种植面积_公顷) FROM {RV} GROUP BY v.village",
        [*J, "group_by", "ratio"],
    ),
    (
        "Yield per hectare of each variety type in season 6",
        "第6季各品种类型的单产",
        f"SELECT t.variety, {YIELD} FROM {RT} WHERE r.季次 = 6 GROUP BY t.variety",
        [*J, "group_by", "time", "ratio"],
    ),
    (
        "Total value of output of high-yielding varieties in each village",
        "各村高产品种的产值合计（毛产量乘以价格）",
        f"SELECT v.village, {VALUE} FROM {RVT} WHERE t.variety_code = 'high' GROUP BY v.village",
        [*J, "group_by", "filter", "sum"],
    ),
    (
        "Average rice price of high-yielding varieties in each season",
        "高产品种每一季的稻谷平均价格",
        f"SELECT r.季次, AVG(r.稻谷价格_卢比每公斤) FROM {RT} WHERE t.variety_code = 'high' GROUP BY r.季次",
        [*J, "group_by", "time", "filter", "avg"],
    ),
    (
        "Which variety type fetched the highest average rice price?",
        "哪种品种类型的稻谷平均售价最高",
        f"SELECT t.variety FROM {RT} GROUP BY t.variety ORDER BY AVG(r.稻谷价格_卢比每公斤) DESC LIMIT 1",
        [*J, "top_n", "avg"],
        True,
    ),
]


def turns(conv, lang, items):
    return [(q, lang, gold, tags, False, None, conv, n) for n, (q, gold, tags) in enumerate(items)]


C1 = [
    f"SELECT SUM(r.毛产量_公斤) FROM {RV} WHERE v.village = 'Ciwangi'",
    f"SELECT SUM(r.毛产量_公斤) FROM {RV} WHERE v.village = 'Ciwangi' AND r.季次 = 6",
    f"SELECT SUM(r.毛产量_公斤) FROM {RV} WHERE v.village = 'Langan' AND r.季次 = 6",
]
T1 = [[*J, "filter", "sum"], [*J, "filter", "time", "followup"], [*J, "filter", "time", "followup"]]
C2 = [
    f"SELECT COUNT(*) FROM {RT} WHERE t.variety_code = 'high'",
    f"SELECT COUNT(*) FROM {RT} WHERE t.variety_code = 'high' AND r.土地权属 = '佃农'",
    f"SELECT AVG(r.毛产量_公斤) FROM {RT} WHERE t.variety_code = 'high' AND r.土地权属 = '佃农'",
]
T2 = [[*J, "filter", "count"], [*J, "filter", "count", "followup"], [*J, "filter", "avg", "followup"]]
C3 = [
    f"SELECT 季次, AVG(稻谷价格_卢比每公斤) FROM {R} GROUP BY 季次",
    f"SELECT 季次, AVG(稻谷价格_卢比每公斤) FROM {R} WHERE 是否参加BIMAS = '是' GROUP BY 季次",
    f"SELECT 季次 FROM {R} WHERE 是否参加BIMAS = '是' GROUP BY 季次 ORDER BY AVG(稻谷价格_卢比每公斤) DESC LIMIT 1",
]
T3 = [["group_by", "time", "avg"], ["group_by", "time", "filter", "followup"], ["top_n", "time", "followup"]]


def conv(name, lang, questions, golds, tags, ordered_last=False):
    out = turns(name, lang, zip(questions, golds, tags, strict=True))
    if ordered_last:
        q, lg, gold, tg, _, cmp, c, n = out[-1]
        out[-1] = (q, lg, gold, tg, True, cmp, c, n)
    return out


CONVERSATIONS = [
    *conv(
        "r1-en",
        "en",
        ["What was the total gross output in Ciwangi?", "And in season 6 only?", "What about Langan?"],
        C1,
        T1,
    ),
    *conv("r1-zh", "zh", ["Ciwangi村的毛产量一共多少", "只看第6季呢", "那Langan村呢"], C1, T1),
    *conv(
        "r2-en",
        "en",
        [
            "How many records planted high-yielding varieties?",
            "How many of those were sharecroppers?",
            "What was their average gross output?",
        ],
        C2,
        T2,
    ),
    *conv("r2-zh", "zh", ["种高产品种的记录有多少条", "其中佃农有几条", "他们的平均毛产量是多少"], C2, T2),
    *conv(
        "r3-en",
        "en",
        ["Average rice price by season", "Only for farms fully in BIMAS", "Which season was the highest?"],
        C3,
        T3,
        True,
    ),
    *conv("r3-zh", "zh", ["各季稻谷的平均价格", "只看完全参加BIMAS的", "哪一季最高"], C3, T3, True),
]

UNANSWERABLE = [
    ("How much rain fell in each village during the seasons?", "各村每季的降雨量是多少"),
    ("What is the average age of the farmers?", "农户的平均年龄是多少"),
    ("How many of the fields are irrigated?", "有多少块田是有灌溉的"),
    ("In which calendar month was most rice harvested?", "哪个月份收获的稻谷最多"),
    ("How much land rent did the sharecroppers pay?", "佃农交了多少地租"),
    ("Which buyer purchased the most rice from the farms?", "哪个收购商收购的稻谷最多"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "rice", questions, source=SRC)


if __name__ == "__main__":
    main()
