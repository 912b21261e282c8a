"""Write questions.jsonl of the job_applications question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: job_applications.csv (make_data.py): the 4,870 résumés of Bertrand & Mullainathan's callback field
experiment (Boston and Chicago, 2001-2002), one row per résumé sent, Chinese headers and Chinese values
(芝加哥/波士顿, 白人/黑人, 男/女, 秘书.., 是/否, 高/低); first names stay in English.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)) + "/..")
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "job_applications.csv"
T = "job_applications"
CB = "是否收到回电 = '是'"
RATE = f"AVG(CASE WHEN {CB} THEN 1.0 ELSE 0 END)"
CALLS = f"SUM(CASE WHEN {CB} THEN 1 ELSE 0 END)"
CV = ["cross_lingual_value"]
PCT = ["pct"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    ("How many résumés were sent in total?", "一共投了多少份简历", f"SELECT COUNT(*) FROM {T}", ["count"]),
    (
        "How many applications got a callback?",
        "收到回电的简历有多少份",
        f"SELECT COUNT(*) FROM {T} WHERE {CB}",
        ["count", "filter"],
    ),
    ("What's the overall callback rate?", "整体回电率是多少", f"SELECT {RATE} FROM {T}", ["ratio", *PCT]),
    (
        "Callback rate by race",
        "不同种族的回电率",
        f"SELECT 种族, {RATE} FROM {T} GROUP BY 种族",
        ["group_by", "ratio", *PCT],
    ),
    (
        "What's the callback rate for applicants with Black-sounding names?",
        "黑人求职者的回电率是多少",
        f"SELECT {RATE} FROM {T} WHERE 种族 = '黑人'",
        ["filter", "ratio", *PCT, *CV],
    ),
    (
        "Number of callbacks in each city",
        "各城市收到的回电数",
        f"SELECT 城市, COUNT(*) FROM {T} WHERE {CB} GROUP BY 城市",
        ["group_by", "count", *CV],
    ),
    (
        "How many résumés went to jobs in Boston?",
        "投往波士顿的简历有多少份",
        f"SELECT COUNT(*) FROM {T} WHERE 城市 = '波士顿'",
        ["count", "filter", *CV],
    ),
    (
        "Callback rates for men and women",
        "男性和女性的回电率分别是多少",
        f"SELECT 性别, {RATE} FROM {T} GROUP BY 性别",
        ["group_by", "ratio", *PCT, *CV],
    ),
    (
        "Break down the callback rate by race and gender",
        "按种族和性别看一下回电率",
        f"SELECT 种族, 性别, {RATE} FROM {T} GROUP BY 种族, 性别",
        ["group_by", "ratio", *PCT],
    ),
    (
        "Which job type had the highest callback rate?",
        "哪种职位的回电率最高",
        f"SELECT 职位类型, {RATE} FROM {T} GROUP BY 职位类型 ORDER BY {RATE} DESC LIMIT 1",
        ["superlative", "ratio"],
        False,
        [0],
    ),
    (
        "Number of applications per industry, sorted from most to least",
        "各行业的简历数量，从多到少排",
        f"SELECT 行业, COUNT(*) FROM {T} GROUP BY 行业 ORDER BY COUNT(*) DESC",
        ["group_by", "count", "order"],
        True,
    ),
    (
        "Top 3 industries by number of callbacks",
        "回电数最多的前三个行业",
        f"SELECT 行业, COUNT(*) FROM {T} WHERE {CB} GROUP BY 行业 ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "count"],
        True,
        [0],
    ),
    (
        "Average years of experience on the résumés",
        "简历上的平均工作年限是多少",
        f"SELECT AVG(工作年限) FROM {T}",
        ["agg", "avg"],
    ),
    (
        "Average years of experience for résumés that got a callback vs. those that didn't",
        "收到回电和没收到回电的简历，平均工作年限分别是多少",
        f"SELECT 是否收到回电, AVG(工作年限) FROM {T} GROUP BY 是否收到回电",
        ["group_by", "avg", "comparison"],
        False,
        [1],
    ),
    (
        "What's the most years of experience on any résumé?",
        "工作年限最长的简历写了多少年",
        f"SELECT MAX(工作年限) FROM {T}",
        ["agg", "max"],
    ),
    (
        "How many résumés list more than 10 years of experience?",
        "工作年限超过10年的简历有多少份",
        f"SELECT COUNT(*) FROM {T} WHERE 工作年限 > 10",
        ["count", "filter", "numeric_filter"],
    ),
    (
        "Callback rate for résumés with at least 10 years of experience",
        "工作年限在10年及以上的简历回电率",
        f"SELECT {RATE} FROM {T} WHERE 工作年限 >= 10",
        ["ratio", "numeric_filter", *PCT],
    ),
    (
        "How many applicants had a college degree?",
        "有大学学历的简历有多少份",
        f"SELECT COUNT(*) FROM {T} WHERE 大学学历 = '是'",
        ["count", "filter", "flag"],
    ),
    (
        "Compare the callback rate of high-quality and low-quality résumés",
        "高质量简历和低质量简历的回电率对比",
        f"SELECT 简历质量, {RATE} FROM {T} GROUP BY 简历质量",
        ["group_by", "ratio", "comparison", *PCT, *CV],
    ),
    (
        "Among high-quality résumés, what was the callback rate for Black applicants?",
        "高质量简历中，黑人的回电率是多少",
        f"SELECT {RATE} FROM {T} WHERE 简历质量 = '高' AND 种族 = '黑人'",
        ["filter", "ratio", *PCT, *CV],
    ),
    (
        "What share of the résumés were sent to Chicago jobs?",
        "投往芝加哥的简历占比多少",
        f"SELECT AVG(CASE WHEN 城市 = '芝加哥' THEN 1.0 ELSE 0 END) FROM {T}",
        ["share", *PCT, *CV],
    ),
    (
        "What percentage of résumés had a female name?",
        "女性简历占多大比例",
        f"SELECT AVG(CASE WHEN 性别 = '女' THEN 1.0 ELSE 0 END) FROM {T}",
        ["share", *PCT, *CV],
    ),
    (
        "How many different job ads did the study respond to?",
        "一共涉及多少个招聘职位",
        f"SELECT COUNT(DISTINCT 职位编号) FROM {T}",
        ["count_distinct"],
    ),
    (
        "Which first name got the most callbacks?",
        "哪个名字收到的回电最多",
        f"SELECT 名字, COUNT(*) FROM {T} WHERE {CB} GROUP BY 名字 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "count"],
        False,
        [0],
    ),
    (
        "Top 5 first names by callback rate",
        "回电率最高的5个名字",
        f"SELECT 名字, {RATE} FROM {T} GROUP BY 名字 ORDER BY {RATE} DESC LIMIT 5",
        ["top_n", "ratio"],
        True,
        [0],
    ),
    (
        "How many callbacks did Lakisha get?",
        "Lakisha 收到了几次回电",
        f"SELECT COUNT(*) FROM {T} WHERE 名字 = 'Lakisha' AND {CB}",
        ["count", "filter"],
    ),
    (
        "How many résumés went out under the name Greg, and how many of them got a call back?",
        "用Greg这个名字投了多少份简历，收到了几次回电",
        f"SELECT COUNT(*), {CALLS} FROM {T} WHERE 名字 = 'Greg'",
        ["count", "filter", "multi_measure"],
    ),
    (
        "Callbacks by city and industry",
        "各城市各行业的回电数",
        f"SELECT 城市, 行业, COUNT(*) FROM {T} WHERE {CB} GROUP BY 城市, 行业",
        ["group_by", "count"],
    ),
    (
        "Callback rate by type of employer ownership",
        "不同雇主性质的回电率",
        f"SELECT 雇主性质, {RATE} FROM {T} GROUP BY 雇主性质",
        ["group_by", "ratio", *PCT],
    ),
    (
        "What was the callback rate at federal contractors?",
        "联邦承包商的回电率是多少",
        f"SELECT {RATE} FROM {T} WHERE 是否联邦承包商 = '是'",
        ["filter", "ratio", "flag", *PCT],
    ),
    (
        "For equal opportunity employers, what was the callback rate by race?",
        "平等机会雇主里，各种族的回电率",
        f"SELECT 种族, {RATE} FROM {T} WHERE 是否平等机会雇主 = '是' GROUP BY 种族",
        ["group_by", "filter", "ratio", "flag", *PCT],
    ),
    (
        "How many résumés mentioned military experience?",
        "有从军经历的简历有多少份",
        f"SELECT COUNT(*) FROM {T} WHERE 从军经历 = '是'",
        ["count", "filter", "flag"],
    ),
    (
        "Callback rate for résumés with employment gaps vs. without",
        "有工作空档期和没有空档期的简历，回电率各是多少",
        f"SELECT 工作空档期, {RATE} FROM {T} GROUP BY 工作空档期",
        ["group_by", "ratio", "flag", *PCT],
        False,
        [1],
    ),
    (
        "Callback rate by years of college",
        "按上大学的年数统计回电率",
        f"SELECT 大学年数, {RATE} FROM {T} GROUP BY 大学年数",
        ["group_by", "ratio", *PCT],
    ),
    (
        "How many résumés included an email address?",
        "留了电子邮箱的简历有多少份",
        f"SELECT COUNT(*) FROM {T} WHERE 有电子邮箱 = '是'",
        ["count", "filter", "flag"],
    ),
    (
        "Callback rate for résumés listing honors",
        "获得过荣誉的简历回电率是多少",
        f"SELECT {RATE} FROM {T} WHERE 获得荣誉 = '是'",
        ["filter", "ratio", "flag", *PCT],
    ),
    (
        "How many résumés were sent to secretary jobs in Chicago?",
        "芝加哥的秘书职位一共投了多少份简历",
        f"SELECT COUNT(*) FROM {T} WHERE 城市 = '芝加哥' AND 职位类型 = '秘书'",
        ["count", "filter", *CV],
    ),
    (
        "For sales rep jobs, how many callbacks did white and Black applicants each get?",
        "销售代表职位里，白人和黑人各收到多少回电",
        f"SELECT 种族, COUNT(*) FROM {T} WHERE 职位类型 = '销售代表' AND {CB} GROUP BY 种族",
        ["group_by", "filter", "count", *CV],
    ),
    (
        "How many callbacks came from manager positions in Boston?",
        "波士顿的经理职位收到了多少回电",
        f"SELECT COUNT(*) FROM {T} WHERE 城市 = '波士顿' AND 职位类型 = '经理' AND {CB}",
        ["count", "filter", *CV],
    ),
    (
        "Average years of experience by job type",
        "各职位类型的简历平均工作年限",
        f"SELECT 职位类型, AVG(工作年限) FROM {T} GROUP BY 职位类型",
        ["group_by", "avg"],
    ),
    (
        "What's the gap in callback rate between white and Black applicants?",
        "白人和黑人的回电率相差多少",
        f"SELECT (SELECT {RATE} FROM {T} WHERE 种族 = '白人') - (SELECT {RATE} FROM {T} WHERE 种族 = '黑人')",
        ["difference", "ratio", *PCT, *CV],
    ),
    (
        "How many times more callbacks did white names get than Black names?",
        "白人收到的回电数是黑人的几倍",
        f"SELECT (SELECT COUNT(*) * 1.0 FROM {T} WHERE 种族 = '白人' AND {CB}) / "
        f"(SELECT COUNT(*) FROM {T} WHERE 种族 = '黑人' AND {CB})",
        ["ratio", "comparison", *CV],
    ),
    (
        "Which industries had a callback rate above 8%?",
        "回电率超过8%的行业有哪些",
        f"SELECT 行业, {RATE} FROM {T} GROUP BY 行业 HAVING {RATE} > 0.08",
        ["having", "ratio"],
        False,
        [0],
    ),
    (
        "Which job types received more than 700 résumés?",
        "哪些职位类型收到的简历超过700份",
        f"SELECT 职位类型, COUNT(*) FROM {T} GROUP BY 职位类型 HAVING COUNT(*) > 700",
        ["having", "count"],
        False,
        [0],
    ),
    (
        "What was the callback rate for jobs that required computer skills?",
        "要求电脑技能的职位回电率是多少",
        f"SELECT {RATE} FROM {T} WHERE 要求电脑技能 = '是'",
        ["filter", "ratio", "flag", *PCT],
    ),
    (
        "Do résumés with computer skills get called back more? Show the callback rate with and without",
        "有电脑技能和没有电脑技能的简历，回电率分别是多少",
        f"SELECT 电脑技能, {RATE} FROM {T} GROUP BY 电脑技能",
        ["group_by", "ratio", "flag", *PCT],
        False,
        [1],
    ),
    (
        "How many applications were sent to jobs requiring a college degree?",
        "要求大学毕业的职位收到了多少份简历",
        f"SELECT COUNT(*) FROM {T} WHERE 学历要求 = '大学毕业'",
        ["count", "filter", *CV],
    ),
    (
        "Number of callbacks by education requirement",
        "按学历要求统计回电数",
        f"SELECT 学历要求, {CALLS} FROM {T} GROUP BY 学历要求",
        ["group_by", "count"],
    ),
    (
        "What's the fewest years of experience among résumés that got a callback?",
        "收到回电的简历里，工作年限最短的是几年",
        f"SELECT MIN(工作年限) FROM {T} WHERE {CB}",
        ["agg", "min", "filter"],
    ),
    (
        "Callback rate for Black women applying to Boston jobs",
        "波士顿职位中黑人女性的回电率",
        f"SELECT {RATE} FROM {T} WHERE 城市 = '波士顿' AND 种族 = '黑人' AND 性别 = '女'",
        ["filter", "ratio", *PCT, *CV],
    ),
    (
        "Number of résumés by city and race",
        "各城市分种族的简历数",
        f"SELECT 城市, 种族, COUNT(*) FROM {T} GROUP BY 城市, 种族",
        ["group_by", "count"],
    ),
    (
        "How many callbacks did white men get in total?",
        "白人男性一共收到多少回电",
        f"SELECT COUNT(*) FROM {T} WHERE 种族 = '白人' AND 性别 = '男' AND {CB}",
        ["count", "filter", *CV],
    ),
    (
        "Average years of experience on male vs female résumés",
        "男性和女性简历的平均工作年限",
        f"SELECT 性别, AVG(工作年限) FROM {T} GROUP BY 性别",
        ["group_by", "avg", *CV],
    ),
    (
        "Which first names were used for Black female applicants?",
        "黑人女性求职者用了哪些名字",
        f"SELECT DISTINCT 名字 FROM {T} WHERE 种族 = '黑人' AND 性别 = '女'",
        ["list", "filter", *CV],
    ),
    (
        "Which city had the higher callback rate, Boston or Chicago?",
        "波士顿和芝加哥哪个城市的回电率更高",
        f"SELECT 城市, {RATE} FROM {T} GROUP BY 城市 ORDER BY {RATE} DESC LIMIT 1",
        ["superlative", "ratio", "comparison", *CV],
        False,
        [0],
    ),
    (
        "What's the callback rate for résumés with volunteer experience?",
        "有志愿者经历的简历回电率是多少",
        f"SELECT {RATE} FROM {T} WHERE 志愿者经历 = '是'",
        ["filter", "ratio", "flag", *PCT],
    ),
    (
        "Average number of résumés per job ad",
        "平均每个招聘职位收到几份简历",
        f"SELECT COUNT(*) * 1.0 / COUNT(DISTINCT 职位编号) FROM {T}",
        ["ratio", "count_distinct"],
    ),
]

FU = ["follow_up"]
BY_TYPE = f"SELECT 职位类型, COUNT(*) FROM {T} WHERE {CB} GROUP BY 职位类型"
BY_TYPE_B = f"SELECT 职位类型, COUNT(*) FROM {T} WHERE {CB} AND 种族 = '黑人' GROUP BY 职位类型"
BY_TYPE_B_SORTED = BY_TYPE_B + " ORDER BY COUNT(*) DESC"
CHI = f"SELECT {RATE} FROM {T} WHERE 城市 = '芝加哥'"
BOS = f"SELECT {RATE} FROM {T} WHERE 城市 = '波士顿'"
MFG = f"SELECT COUNT(*) FROM {T} WHERE 行业 = '制造业'"
MFG_CB = f"SELECT COUNT(*) FROM {T} WHERE 行业 = '制造业' AND {CB}"
MFG_CB_RACE = f"SELECT 种族, COUNT(*) FROM {T} WHERE 行业 = '制造业' AND {CB} GROUP BY 种族"

CONVERSATIONS = [
    turn("How many callbacks did each job type get?", "en", BY_TYPE, ["group_by", "count"], "c1-en", 0),
    turn("only for Black applicants", "en", BY_TYPE_B, [*FU, "filter", *CV], "c1-en", 1),
    turn("sort them from most to least", "en", BY_TYPE_B_SORTED, [*FU, "order"], "c1-en", 2, True),
    turn("各职位类型分别收到多少回电", "zh", BY_TYPE, ["group_by", "count"], "c1-zh", 0),
    turn("只看黑人呢", "zh", BY_TYPE_B, [*FU, "filter"], "c1-zh", 1),
    turn("从多到少排一下", "zh", BY_TYPE_B_SORTED, [*FU, "order"], "c1-zh", 2, True),
    turn("What was the callback rate in Chicago?", "en", CHI, ["filter", "ratio", *PCT, *CV], "c2-en", 0),
    turn("what about Boston?", "en", BOS, [*FU, *PCT, *CV], "c2-en", 1),
    turn("芝加哥的回电率是多少", "zh", CHI, ["filter", "ratio", *PCT], "c2-zh", 0),
    turn("波士顿呢", "zh", BOS, [*FU, *PCT], "c2-zh", 1),
    turn("How many résumés went to manufacturing jobs?", "en", MFG, ["count", "filter", *CV], "c3-en", 0),
    turn("how many of those got a callback?", "en", MFG_CB, [*FU, "count"], "c3-en", 1),
    turn("break that down by race", "en", MFG_CB_RACE, [*FU, "group_by"], "c3-en", 2),
    turn("制造业的职位投了多少份简历", "zh", MFG, ["count", "filter"], "c3-zh", 0),
    turn("其中收到回电的有几份", "zh", MFG_CB, [*FU, "count"], "c3-zh", 1),
    turn("按种族分一下", "zh", MFG_CB_RACE, [*FU, "group_by"], "c3-zh", 2),
]  # fmt: skip

UNANSWERABLE = [
    ("What was the average salary offered for these jobs?", "这些职位给的平均薪资是多少"),
    ("How many applicants were eventually hired?", "最后有多少人被录用了"),
    ("What's the average age of the applicants?", "求职者的平均年龄是多少"),
    ("How many callbacks came in each month of 2001?", "2001年每个月收到多少回电"),
    ("Which company posted the most job ads?", "哪家公司发布的招聘广告最多"),
    ("On average, how many days did employers take to call back?", "雇主平均隔几天回电"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "jobs", questions(), source=SRC)
