"""Write questions.jsonl of the covid_testing question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: covid_testing.csv (make_data.py): 15,524 SARS-CoV-2 PCR tests at the Children's Hospital of
Pennsylvania, days 4..107 of the pandemic in 2020, Chinese headers (检测编号, 受检者编号, 疫情第几天, 疫情周次,
采样科室, 性别, 年龄, 人群类别, 检测结果, CT值, 是否免下车采样, 是否使用医嘱套餐, 付费方类别, 患者类型,
采样到接收_小时, 接收到出结果_小时) and Chinese values (阳性/阴性/无效, 男/女, 是/否, 急诊科, 商业保险..).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)) + "/..")
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "covid_testing.csv"
T = "covid_testing"
POS = "检测结果 = '阳性'"
RATE = f"SUM(CASE WHEN {POS} THEN 1 ELSE 0 END) * 1.0 / COUNT(*)"
CV = ["cross_lingual_value"]
FU = ["follow_up"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    ("How many COVID tests were done in total?", "一共做了多少次核酸检测",
     f"SELECT COUNT(*) FROM {T}", ["count"]),
    ("How many different people were tested?", "总共有多少个不同的人做过检测",
     f"SELECT COUNT(DISTINCT 受检者编号) FROM {T}", ["count_distinct"]),
    ("How many tests came back positive?", "阳性结果一共有多少例",
     f"SELECT COUNT(*) FROM {T} WHERE {POS}", ["count", "filter", *CV]),
    ("What is the overall positivity rate?", "总体阳性率是多少",
     f"SELECT {RATE} FROM {T}", ["share", "pct"]),
    ("Break down the tests by result", "各种检测结果分别有多少次",
     f"SELECT 检测结果, COUNT(*) FROM {T} GROUP BY 检测结果", ["group_by", "count"]),
    ("average age of the people tested", "受检者的平均年龄",
     f"SELECT AVG(年龄) FROM {T}", ["avg"]),
    ("Top 5 clinics by number of tests", "检测量最多的前5个采样科室",
     f"SELECT 采样科室, COUNT(*) FROM {T} GROUP BY 采样科室 ORDER BY COUNT(*) DESC LIMIT 5",
     ["top_n", "group_by"], True, [0]),
    ("Weekly test volume", "每周的检测量",
     f"SELECT 疫情周次, COUNT(*) FROM {T} GROUP BY 疫情周次", ["group_by", "trend", "week_grain"]),
    ("Which week of the pandemic had the most positive tests?", "疫情第几周的阳性病例最多",
     f"SELECT 疫情周次, COUNT(*) FROM {T} WHERE {POS} GROUP BY 疫情周次 ORDER BY COUNT(*) DESC LIMIT 1",
     ["superlative", "filter"], False, [0]),
    ("Positivity rate for males vs females", "男性和女性的阳性率分别是多少",
     f"SELECT 性别, {RATE} FROM {T} GROUP BY 性别", ["group_by", "share", "pct", *CV]),
    ("What share of specimens were collected at a drive-thru?", "免下车采样的样本占多大比例",
     f"SELECT SUM(CASE WHEN 是否免下车采样 = '是' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
     ["share", "pct", "flag"]),
    ("Compare the positive rate of drive-thru and non-drive-thru tests", "免下车采样和非免下车采样的阳性率对比一下",
     f"SELECT 是否免下车采样, {RATE} FROM {T} GROUP BY 是否免下车采样", ["group_by", "share", "pct", "flag"]),
    ("On average how many hours does it take from collection to the lab receiving the sample?",
     "样本从采集到实验室接收平均要多少小时",
     f"SELECT AVG(采样到接收_小时) FROM {T}", ["avg"]),
    ("Average time from receipt to verified result for each patient class",
     "不同患者类型从接收样本到出结果的平均时长",
     f"SELECT 患者类型, AVG(接收到出结果_小时) FROM {T} WHERE 患者类型 IS NOT NULL GROUP BY 患者类型",
     ["group_by", "avg", *CV]),
    ("How many tests were self-pay?", "自费的检测有多少",
     f"SELECT COUNT(*) FROM {T} WHERE 付费方类别 = '自费'", ["count", "filter", *CV]),
    ("Which payer covered the most tests?", "哪种付费方承担的检测最多",
     f"SELECT 付费方类别, COUNT(*) FROM {T} WHERE 付费方类别 IS NOT NULL GROUP BY 付费方类别 "
     "ORDER BY COUNT(*) DESC LIMIT 1", ["superlative", "group_by"], False, [0]),
    ("Number of positive tests among emergency patients", "急诊患者里有多少阳性",
     f"SELECT COUNT(*) FROM {T} WHERE 患者类型 = '急诊' AND {POS}", ["count", "filter", *CV]),
    ("What's the average age of inpatients who were tested?", "住院患者做检测的平均年龄是多少",
     f"SELECT AVG(年龄) FROM {T} WHERE 患者类型 = '住院'", ["avg", "filter", *CV]),
    ("How many tests were done in the first 30 days of the pandemic?", "疫情头30天做了多少检测",
     f"SELECT COUNT(*) FROM {T} WHERE 疫情第几天 <= 30", ["count", "range", "date"]),
    ("tests between day 50 and day 60", "第50天到第60天之间的检测数",
     f"SELECT COUNT(*) FROM {T} WHERE 疫情第几天 BETWEEN 50 AND 60", ["count", "range", "date"]),
    ("Which day had the highest number of tests?", "哪一天的检测量最大",
     f"SELECT 疫情第几天, COUNT(*) FROM {T} GROUP BY 疫情第几天 ORDER BY COUNT(*) DESC LIMIT 1",
     ["superlative", "day_grain"], False, [0]),
    ("On average, how many tests per day?", "平均每天做多少次检测",
     f"SELECT COUNT(*) * 1.0 / COUNT(DISTINCT 疫情第几天) FROM {T}", ["avg", "ratio", "day_grain"]),
    ("Trend of positive cases week by week", "每周阳性病例数的走势",
     f"SELECT 疫情周次, COUNT(*) FROM {T} WHERE {POS} GROUP BY 疫情周次 ORDER BY 疫情周次",
     ["trend", "filter", "week_grain"], True),
    ("What percentage of results were invalid?", "无效结果占百分之多少",
     f"SELECT SUM(CASE WHEN 检测结果 = '无效' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
     ["share", "pct", *CV]),
    ("Average Ct value of the positive samples", "阳性样本的平均CT值",
     f"SELECT AVG(CT值) FROM {T} WHERE {POS}", ["avg", "filter"]),
    ("What's the lowest Ct value recorded?", "记录到的最低CT值是多少",
     f"SELECT MIN(CT值) FROM {T}", ["min"]),
    ("How old was the oldest person tested?", "受检者里年龄最大的多少岁",
     f"SELECT MAX(年龄) FROM {T}", ["max"]),
    ("How many tests were on babies under one year old?", "1岁以下的婴儿做了多少次检测",
     f"SELECT COUNT(*) FROM {T} WHERE 年龄 < 1", ["count", "filter"]),
    ("Positivity rate among adults (18 and over)", "18岁及以上成年人的阳性率",
     f"SELECT {RATE} FROM {T} WHERE 年龄 >= 18", ["share", "pct", "filter"]),
    ("tests by demographic group", "按人群类别统计检测次数",
     f"SELECT 人群类别, COUNT(*) FROM {T} GROUP BY 人群类别", ["group_by", "count"]),
    ("How many clinics or wards collected specimens?", "一共有多少个科室采过样",
     f"SELECT COUNT(DISTINCT 采样科室) FROM {T}", ["count_distinct"]),
    ("How many positives did the emergency department find?", "急诊科查出了多少阳性",
     f"SELECT COUNT(*) FROM {T} WHERE 采样科室 = '急诊科' AND {POS}", ["count", "filter", *CV]),
    ("How many tests came from the NICU?", "新生儿重症监护室送检了多少次",
     f"SELECT COUNT(*) FROM {T} WHERE 采样科室 = '新生儿重症监护室'", ["count", "filter", *CV]),
    ("Among clinics with at least 100 tests, which 3 have the highest positivity rate?",
     "检测量不少于100次的科室里，阳性率最高的3个是哪些",
     f"SELECT 采样科室, {RATE} FROM {T} GROUP BY 采样科室 HAVING COUNT(*) >= 100 ORDER BY {RATE} DESC LIMIT 3",
     ["top_n", "share", "having"], True, [0]),
    ("What proportion of tests were ordered through an order set?", "通过医嘱套餐开单的检测占比",
     f"SELECT SUM(CASE WHEN 是否使用医嘱套餐 = '是' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
     ["share", "pct", "flag"]),
    ("number of tests for males and females", "男女各做了多少次检测",
     f"SELECT 性别, COUNT(*) FROM {T} GROUP BY 性别", ["group_by", "count", *CV]),
    ("How many people were tested more than once?", "检测过不止一次的有多少人",
     f"SELECT COUNT(*) FROM (SELECT 受检者编号 FROM {T} GROUP BY 受检者编号 HAVING COUNT(*) > 1)",
     ["count", "having"]),
    ("What is the largest number of tests a single person had?", "同一个人最多做过几次检测",
     f"SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM {T} GROUP BY 受检者编号)", ["max", "nested"]),
    ("Average number of tests per person", "人均检测次数是多少",
     f"SELECT COUNT(*) * 1.0 / COUNT(DISTINCT 受检者编号) FROM {T}", ["ratio"]),
    ("positive cases by patient class", "各患者类型的阳性例数",
     f"SELECT 患者类型, COUNT(*) FROM {T} WHERE {POS} AND 患者类型 IS NOT NULL GROUP BY 患者类型",
     ["group_by", "filter"]),
    ("Which patient class had the highest positive rate?", "哪类患者的阳性率最高",
     f"SELECT 患者类型, {RATE} FROM {T} WHERE 患者类型 IS NOT NULL GROUP BY 患者类型 ORDER BY {RATE} DESC LIMIT 1",
     ["superlative", "share"], False, [0]),
    ("How many more tests were done in week 13 than in week 5?", "第13周比第5周多做了多少次检测",
     f"SELECT (SELECT COUNT(*) FROM {T} WHERE 疫情周次 = 13) - (SELECT COUNT(*) FROM {T} WHERE 疫情周次 = 5)",
     ["compare", "week_grain"]),
    ("What's the ratio of positive to negative results?", "阳性和阴性结果的比值是多少",
     f"SELECT SUM(CASE WHEN {POS} THEN 1 ELSE 0 END) * 1.0 / SUM(CASE WHEN 检测结果 = '阴性' THEN 1 ELSE 0 END) "
     f"FROM {T}", ["ratio", *CV]),
    ("Average receipt-to-result time for positive versus negative samples", "阳性和阴性样本从接收到出结果平均各要多久",
     f"SELECT 检测结果, AVG(接收到出结果_小时) FROM {T} WHERE 检测结果 IN ('阳性', '阴性') GROUP BY 检测结果",
     ["group_by", "avg", "compare", *CV]),
    ("How many samples took more than 24 hours to reach the lab after collection?", "采样后超过24小时才送到实验室的样本有多少",
     f"SELECT COUNT(*) FROM {T} WHERE 采样到接收_小时 > 24", ["count", "filter"]),
    ("positives with government insurance", "政府医保的阳性例数",
     f"SELECT COUNT(*) FROM {T} WHERE 付费方类别 = '政府医保' AND {POS}", ["count", "filter", *CV]),
    ("The 3 weeks with the fewest tests", "检测量最少的3周",
     f"SELECT 疫情周次, COUNT(*) FROM {T} GROUP BY 疫情周次 ORDER BY COUNT(*) ASC LIMIT 3",
     ["bottom_n", "week_grain"], True, [0]),
    ("How many tests did all the inpatient wards do combined?", "所有住院病区加起来做了多少检测",
     f"SELECT COUNT(*) FROM {T} WHERE 采样科室 LIKE '住院病区%'", ["count", "filter", "like"]),
    ("How many positive results after day 90?", "第90天以后查出多少阳性",
     f"SELECT COUNT(*) FROM {T} WHERE 疫情第几天 > 90 AND {POS}", ["count", "filter", "range"]),
    ("Average age of positive vs negative people", "阳性和阴性受检者的平均年龄分别是多少",
     f"SELECT 检测结果, AVG(年龄) FROM {T} WHERE 检测结果 IN ('阳性', '阴性') GROUP BY 检测结果",
     ["group_by", "avg", *CV]),
    ("What share of all tests came from the clinical lab?", "临床检验科的检测量占全部的比例",
     f"SELECT SUM(CASE WHEN 采样科室 = '临床检验科' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
     ["share", "pct", *CV]),
    ("weekly positivity rate", "每周的阳性率",
     f"SELECT 疫情周次, {RATE} FROM {T} GROUP BY 疫情周次", ["group_by", "share", "pct", "week_grain"]),
    ("How many positives were picked up at drive-thru sites?", "免下车采样点查出了多少阳性",
     f"SELECT COUNT(*) FROM {T} WHERE 是否免下车采样 = '是' AND {POS}", ["count", "filter", "flag"]),
    ("Age of the oldest person who tested positive", "阳性的人里年纪最大的是多少岁",
     f"SELECT MAX(年龄) FROM {T} WHERE {POS}", ["max", "filter"]),
    ("How many tests on teenagers aged 13 to 19?", "13到19岁的青少年做了多少次检测",
     f"SELECT COUNT(*) FROM {T} WHERE 年龄 BETWEEN 13 AND 19", ["count", "range"]),
    ("For each payer type, how many tests and what average age?", "按付费方类别看检测次数和平均年龄",
     f"SELECT 付费方类别, COUNT(*), AVG(年龄) FROM {T} WHERE 付费方类别 IS NOT NULL GROUP BY 付费方类别",
     ["group_by", "count", "avg"]),
    ("Total tests in weeks 12 through 15", "第12周到第15周一共检测了多少次",
     f"SELECT COUNT(*) FROM {T} WHERE 疫情周次 BETWEEN 12 AND 15", ["count", "range", "week_grain"]),
]  # fmt: skip

PICU = "采样科室 = '儿科重症监护室'"
ED = "采样科室 = '急诊科'"
WEEKLY = f"SELECT 疫情周次, COUNT(*) FROM {T} GROUP BY 疫情周次"
WEEKLY_POS = f"SELECT 疫情周次, COUNT(*) FROM {T} WHERE {POS} GROUP BY 疫情周次"
TOP_POS_WEEK = f"{WEEKLY_POS} ORDER BY COUNT(*) DESC LIMIT 1"
DT_AGE = f"SELECT AVG(年龄) FROM {T} WHERE 是否免下车采样 = '是'"
NDT_AGE = f"SELECT AVG(年龄) FROM {T} WHERE 是否免下车采样 = '否'"
NDT_POS = f"SELECT COUNT(*) FROM {T} WHERE 是否免下车采样 = '否' AND {POS}"

CONVERSATIONS = [
    turn("How many positive tests were there in the emergency department?", "en",
         f"SELECT COUNT(*) FROM {T} WHERE {ED} AND {POS}", ["count", "filter", *CV], "c1-en", 0),
    turn("and in the PICU?", "en", f"SELECT COUNT(*) FROM {T} WHERE {PICU} AND {POS}", [*FU, *CV], "c1-en", 1),
    turn("what's the positivity rate there?", "en", f"SELECT {RATE} FROM {T} WHERE {PICU}",
         [*FU, "share", "pct"], "c1-en", 2),
    turn("急诊科有多少阳性检测", "zh", f"SELECT COUNT(*) FROM {T} WHERE {ED} AND {POS}", ["count", "filter"], "c1-zh", 0),
    turn("儿科ICU呢", "zh", f"SELECT COUNT(*) FROM {T} WHERE {PICU} AND {POS}", FU, "c1-zh", 1),
    turn("那里的阳性率是多少", "zh", f"SELECT {RATE} FROM {T} WHERE {PICU}", [*FU, "share", "pct"], "c1-zh", 2),
    turn("Show the number of tests per week", "en", WEEKLY, ["group_by", "week_grain"], "c2-en", 0),
    turn("only the positive ones", "en", WEEKLY_POS, [*FU, "filter"], "c2-en", 1),
    turn("which week was the peak?", "en", TOP_POS_WEEK, [*FU, "superlative"], "c2-en", 2, False, [0]),
    turn("看一下每周的检测数", "zh", WEEKLY, ["group_by", "week_grain"], "c2-zh", 0),
    turn("只看阳性的", "zh", WEEKLY_POS, [*FU, "filter"], "c2-zh", 1),
    turn("哪一周是高峰", "zh", TOP_POS_WEEK, [*FU, "superlative"], "c2-zh", 2, False, [0]),
    turn("Average age of people tested at the drive-thru", "en", DT_AGE, ["avg", "filter", "flag"], "c3-en", 0),
    turn("and for those not at the drive-thru?", "en", NDT_AGE, [*FU, "flag"], "c3-en", 1),
    turn("how many of them were positive?", "en", NDT_POS, [*FU, "count"], "c3-en", 2),
    turn("免下车采样的人平均多大年纪", "zh", DT_AGE, ["avg", "filter", "flag"], "c3-zh", 0),
    turn("不是免下车采样的呢", "zh", NDT_AGE, [*FU, "flag"], "c3-zh", 1),
    turn("其中阳性有多少", "zh", NDT_POS, [*FU, "count"], "c3-zh", 2),
]  # fmt: skip

ONE_LANGUAGE = [
    ("How many invalid results were there?", "en",
     f"SELECT COUNT(*) FROM {T} WHERE 检测结果 = '无效'", ["count", "filter", *CV]),
    ("Positive count in the oncology day hospital", "en",
     f"SELECT COUNT(*) FROM {T} WHERE 采样科室 = '肿瘤日间病房' AND {POS}", ["count", "filter", *CV]),
    ("阳了的一共几个", "zh", f"SELECT COUNT(*) FROM {T} WHERE {POS}", ["count", "filter", "colloquial"]),
    ("商保的检测有多少单", "zh", f"SELECT COUNT(*) FROM {T} WHERE 付费方类别 = '商业保险'",
     ["count", "filter", "colloquial"]),
]  # fmt: skip

UNANSWERABLE = [
    ("How many of the people tested were vaccinated?", "受检者里有多少人打过疫苗"),
    ("Positivity rate by race or ethnicity", "按种族统计的阳性率"),
    ("How much did each test cost in dollars?", "每次检测花了多少钱"),
    ("How many positive patients had a fever?", "阳性患者中有多少人发烧"),
    ("Which ZIP code had the most positive cases?", "哪个邮编区域的阳性病例最多"),
    ("How many tested patients died?", "做过检测的患者里有多少人死亡"),
]


def questions():
    return [*bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE), *ONE_LANGUAGE]


if __name__ == "__main__":
    write_questions(HERE, "covid", questions(), source=SRC)
