"""Write questions.jsonl of the food_inspections question set (hand-written, blind: the engine was not run
on them before they were committed, and its code was not read).

Real data: food_inspections.sqlite (make_data.py): 27,178 health inspections of 1,618 food businesses in
Anchorage, Alaska (causaldata's `restaurant_inspections`), as the inspections fact (English headers and
values) with the 餐馆 and 评分等级 dimensions (Chinese headers), declared foreign keys.
Readings: an inspection / 检查 is one row of inspections; a restaurant / 餐馆 is a 餐馆 row (names are the
source's upper-case English names: 麦当劳 is MCDONALD'S, 披萨店 / pizza places have PIZZA in the name);
weekends / 周末 are day_type 'Weekend'; a perfect score / 满分 is score = 100; excellent / 优秀, good / 良好,
fair / 合格, poor / 较差 are 评分等级.等级名称 (grades A..D); a large chain / 大型连锁 is 规模 = '大型连锁'.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "food_inspections.sqlite"
INSP = "inspections"
IR = "inspections i JOIN 餐馆 r ON i.restaurant_id = r.餐馆编号"
IG = "inspections i JOIN 评分等级 g ON i.grade = g.等级代码"
IRG = IR + " JOIN 评分等级 g ON i.grade = g.等级代码"
MCD = "r.餐馆名称 = 'MCDONALD''S'"
J = ["join"]

PAIRS = [
    (
        "How many inspections are there in total?",
        "一共做了多少次检查",
        f"SELECT COUNT(*) FROM {INSP}",
        ["count"],
    ),
    (
        "How many different restaurants got inspected?",
        "被检查过的餐馆一共有几家",
        f"SELECT COUNT(DISTINCT restaurant_id) FROM {INSP}",
        ["count", "distinct"],
    ),
    (
        "What's the average inspection score?",
        "检查的平均得分是多少",
        f"SELECT AVG(score) FROM {INSP}",
        ["avg"],
    ),
    (
        "how many inspections happened on weekends",
        "周末做过几次检查？",
        f"SELECT COUNT(*) FROM {INSP} WHERE day_type = 'Weekend'",
        ["count", "filter"],
    ),
    (
        "Average score on weekdays vs weekends",
        "工作日和周末检查的平均分分别是多少",
        f"SELECT day_type, AVG(score) FROM {INSP} GROUP BY day_type",
        ["avg", "group_by", "compare"],
    ),
    (
        "Number of inspections per year",
        "每年检查了多少次",
        f"SELECT year, COUNT(*) FROM {INSP} GROUP BY year",
        ["count", "group_by", "time"],
    ),
    (
        "Which year had the most inspections?",
        "哪一年的检查次数最多",
        f"SELECT year, COUNT(*) FROM {INSP} GROUP BY year ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time"],
        True,
        [0],
    ),
    (
        "Show the trend of the average inspection score by year",
        "历年平均分的变化趋势",
        f"SELECT year, AVG(score) FROM {INSP} GROUP BY year ORDER BY year",
        ["avg", "trend", "time"],
        True,
    ),
    (
        "How many perfect scores of 100 were given?",
        "拿到满分100分的检查有多少次",
        f"SELECT COUNT(*) FROM {INSP} WHERE score = 100",
        ["count", "filter"],
    ),
    (
        "What is the lowest inspection score on record?",
        "最低的检查分数是多少",
        f"SELECT MIN(score) FROM {INSP}",
        ["min"],
    ),
    (
        "How many inspections scored below 80?",
        "低于80分的检查有几次",
        f"SELECT COUNT(*) FROM {INSP} WHERE score < 80",
        ["count", "filter"],
    ),
    (
        "What percentage of inspections ended with a perfect score?",
        "满分的检查占全部检查的百分之多少",
        f"SELECT 1.0 * SUM(score = 100) / COUNT(*) FROM {INSP}",
        ["pct", "share"],
    ),
    (
        "How many inspections were carried out from 2015 through 2019?",
        "2015到2019年之间一共检查了多少次",
        f"SELECT COUNT(*) FROM {INSP} WHERE year BETWEEN 2015 AND 2019",
        ["count", "time", "range"],
    ),
    (
        "average score in 2008",
        "2008年的平均分",
        f"SELECT AVG(score) FROM {INSP} WHERE year = 2008",
        ["avg", "time"],
    ),
    (
        "Compare the average score of 2005 with 2018",
        "对比一下2005年和2018年的平均得分",
        f"SELECT year, AVG(score) FROM {INSP} WHERE year IN (2005, 2018) GROUP BY year",
        ["avg", "compare", "time"],
    ),
    (
        "How many inspections took place before 2010?",
        "2010年以前做了多少次检查",
        f"SELECT COUNT(*) FROM {INSP} WHERE year < 2010",
        ["count", "time"],
    ),
    (
        "How many distinct restaurants were inspected in 2019?",
        "2019年有多少家不同的餐馆接受了检查",
        f"SELECT COUNT(DISTINCT restaurant_id) FROM {INSP} WHERE year = 2019",
        ["count", "distinct", "time"],
    ),
    (
        "How many inspections got an A grade?",
        "评为A级的检查有多少次",
        f"SELECT COUNT(*) FROM {INSP} WHERE grade = 'A'",
        ["count", "filter"],
    ),
    (
        "How many inspections scored between 90 and 94?",
        "分数在90到94分之间的检查有多少次",
        f"SELECT COUNT(*) FROM {INSP} WHERE score BETWEEN 90 AND 94",
        ["count", "range"],
    ),
    (
        "Which year had the lowest average score?",
        "哪一年的平均分最低",
        f"SELECT year, AVG(score) FROM {INSP} GROUP BY year ORDER BY AVG(score) LIMIT 1",
        ["superlative", "time"],
        True,
        [0],
    ),
    (
        "What share of the 2016 inspections were perfect 100s?",
        "2016年的检查里满分的比例是多少",
        f"SELECT 1.0 * SUM(score = 100) / COUNT(*) FROM {INSP} WHERE year = 2016",
        ["pct", "share", "time"],
    ),
    (
        "How many times as many inspections were there in 2016 as in 2000?",
        "2016年的检查次数是2000年的几倍",
        f"SELECT 1.0 * SUM(year = 2016) / SUM(year = 2000) FROM {INSP}",
        ["ratio", "time"],
    ),
    (
        "What was the average score of weekend inspections since 2015?",
        "2015年以来周末检查的平均分是多少",
        f"SELECT AVG(score) FROM {INSP} WHERE day_type = 'Weekend' AND year >= 2015",
        ["avg", "filter", "time"],
    ),
    (
        "Which years does the data cover?",
        "数据覆盖了哪些年份",
        f"SELECT DISTINCT year FROM {INSP}",
        ["distinct", "time"],
    ),
    # the dimensions alone
    (
        "What score range does grade C cover?",
        "C级对应的分数区间是多少",
        "SELECT 最低分, 最高分 FROM 评分等级 WHERE 等级代码 = 'C'",
        ["lookup"],
    ),
    (
        "How many restaurants are large chains?",
        "属于大型连锁的餐馆有几家",
        "SELECT COUNT(*) FROM 餐馆 WHERE 规模 = '大型连锁'",
        ["count", "filter"],
    ),
    (
        "Which restaurant chain has the most locations?",
        "门店数最多的是哪家连锁",
        "SELECT 餐馆名称, 连锁门店数 FROM 餐馆 ORDER BY 连锁门店数 DESC LIMIT 1",
        ["superlative"],
        True,
        [0],
    ),
    (
        "List the restaurants with more than 300 locations",
        "门店数超过300家的餐馆有哪些",
        "SELECT 餐馆名称 FROM 餐馆 WHERE 连锁门店数 > 300",
        ["filter", "list"],
    ),
    (
        "On average how many locations does a restaurant have?",
        "餐馆平均有多少家门店",
        "SELECT AVG(连锁门店数) FROM 餐馆",
        ["avg"],
    ),
    (
        "How many restaurants have PIZZA in their name?",
        "名字里带PIZZA的餐馆有几家",
        "SELECT COUNT(*) FROM 餐馆 WHERE 餐馆名称 LIKE '%PIZZA%'",
        ["count", "like"],
    ),
    # joins
    (
        "How many inspections were rated excellent?",
        "评级为优秀的检查有几次",
        f"SELECT COUNT(*) FROM {IG} WHERE g.等级名称 = '优秀'",
        ["count", "filter", *J],
    ),
    (
        "Number of inspections in each rating level",
        "各评分等级的检查次数",
        f"SELECT g.等级名称, COUNT(*) FROM {IG} GROUP BY g.等级名称",
        ["count", "group_by", *J],
    ),
    (
        "What share of inspections were rated poor?",
        "被评为较差的检查占多大比例",
        f"SELECT 1.0 * SUM(g.等级名称 = '较差') / COUNT(*) FROM {IG}",
        ["pct", "share", *J],
    ),
    (
        "Which rating level has the most inspections?",
        "哪个评分等级的检查最多",
        f"SELECT g.等级名称, COUNT(*) FROM {IG} GROUP BY g.等级名称 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", *J],
        True,
        [0],
    ),
    (
        "In 2009, how many inspections were rated good?",
        "2009年被评为良好的检查有多少次",
        f"SELECT COUNT(*) FROM {IG} WHERE g.等级名称 = '良好' AND i.year = 2009",
        ["count", "filter", "time", *J],
    ),
    (
        "Inspections per rating level in 2018",
        "2018年各个评分等级分别有多少次检查",
        f"SELECT g.等级名称, COUNT(*) FROM {IG} WHERE i.year = 2018 GROUP BY g.等级名称",
        ["count", "group_by", "time", *J],
    ),
    (
        "Which restaurant was inspected the most?",
        "被检查次数最多的餐馆是哪家",
        f"SELECT r.餐馆名称, COUNT(*) FROM {IR} GROUP BY r.餐馆名称 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", *J],
        True,
        [0],
    ),
    (
        "Top 5 restaurants by number of inspections",
        "检查次数排名前五的餐馆",
        f"SELECT r.餐馆名称, COUNT(*) FROM {IR} GROUP BY r.餐馆名称 ORDER BY COUNT(*) DESC LIMIT 5",
        ["top_n", *J],
        True,
        [0],
    ),
    (
        "How many times was McDonald's inspected?",
        "麦当劳一共被检查了多少次",
        f"SELECT COUNT(*) FROM {IR} WHERE {MCD}",
        ["count", "filter", *J],
    ),
    (
        "what's mcdonalds' average inspection score",
        "麦当劳的平均分多少",
        f"SELECT AVG(i.score) FROM {IR} WHERE {MCD}",
        ["avg", "filter", *J],
    ),
    (
        "How many times was McDonald's inspected each year?",
        "麦当劳每年被检查几次",
        f"SELECT i.year, COUNT(*) FROM {IR} WHERE {MCD} GROUP BY i.year",
        ["count", "group_by", "time", *J],
    ),
    (
        "What share of McDonald's inspections got an A?",
        "麦当劳的检查中A级占多少比例",
        f"SELECT 1.0 * SUM(i.grade = 'A') / COUNT(*) FROM {IR} WHERE {MCD}",
        ["pct", "share", *J],
    ),
    (
        "Average inspection score by chain size category",
        "不同规模的餐馆平均得分各是多少",
        f"SELECT r.规模, AVG(i.score) FROM {IR} GROUP BY r.规模",
        ["avg", "group_by", *J],
    ),
    (
        "How many inspections did the large chains get in total?",
        "大型连锁餐馆一共被检查了多少次",
        f"SELECT COUNT(*) FROM {IR} WHERE r.规模 = '大型连锁'",
        ["count", "filter", *J],
    ),
    (
        "Average score of restaurants with more than 200 locations",
        "门店数超过200家的餐馆，检查平均分是多少",
        f"SELECT AVG(i.score) FROM {IR} WHERE r.连锁门店数 > 200",
        ["avg", "filter", *J],
    ),
    (
        "Among restaurants inspected at least 50 times, which 5 have the highest average score?",
        "被检查过至少50次的餐馆里，平均分最高的5家是哪些",
        f"SELECT r.餐馆名称, AVG(i.score) FROM {IR} GROUP BY r.餐馆名称 HAVING COUNT(*) >= 50 "
        "ORDER BY AVG(i.score) DESC LIMIT 5",
        ["top_n", "having", *J],
        True,
        [0],
    ),
    (
        "Of the restaurants with 20 or more inspections, which one has the worst average score?",
        "检查次数不少于20次的餐馆中，平均分最低的是哪家",
        f"SELECT r.餐馆名称, AVG(i.score) FROM {IR} GROUP BY r.餐馆名称 HAVING COUNT(*) >= 20 "
        "ORDER BY AVG(i.score) LIMIT 1",
        ["superlative", "having", *J],
        True,
        [0],
    ),
    (
        "How many restaurants were rated poor at least once?",
        "至少被评过一次较差的餐馆有多少家",
        f"SELECT COUNT(DISTINCT i.restaurant_id) FROM {IG} WHERE g.等级名称 = '较差'",
        ["count", "distinct", *J],
    ),
    (
        "What's the average score of pizza places?",
        "披萨店的平均分是多少",
        f"SELECT AVG(i.score) FROM {IR} WHERE r.餐馆名称 LIKE '%PIZZA%'",
        ["avg", "like", *J],
    ),
    (
        "How many weekend inspections were at large chains?",
        "大型连锁在周末被检查了几次",
        f"SELECT COUNT(*) FROM {IR} WHERE r.规模 = '大型连锁' AND i.day_type = 'Weekend'",
        ["count", "filter", *J],
    ),
    (
        "What's the gap between the average score of large chains and medium chains?",
        "大型连锁和中型连锁的平均分相差多少",
        f"SELECT AVG(CASE WHEN r.规模 = '大型连锁' THEN i.score END) - "
        f"AVG(CASE WHEN r.规模 = '中型连锁' THEN i.score END) FROM {IR}",
        ["compare", "difference", *J],
    ),
    (
        "For each chain size, how many distinct restaurants were inspected in 2017?",
        "2017年各规模分别有多少家餐馆被检查",
        f"SELECT r.规模, COUNT(DISTINCT i.restaurant_id) FROM {IR} WHERE i.year = 2017 GROUP BY r.规模",
        ["count", "distinct", "group_by", "time", *J],
    ),
    (
        "Top 3 large chains by number of inspections",
        "大型连锁里被检查次数最多的3家",
        f"SELECT r.餐馆名称, COUNT(*) FROM {IR} WHERE r.规模 = '大型连锁' GROUP BY r.餐馆名称 "
        "ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "filter", *J],
        True,
        [0],
    ),
    (
        "How many excellent ratings did single-location restaurants get?",
        "单店餐馆拿到优秀评级的次数",
        f"SELECT COUNT(*) FROM {IRG} WHERE r.规模 = '单店' AND g.等级名称 = '优秀'",
        ["count", "filter", *J],
    ),
]


def conv(name, lang, questions, golds, tags, ordered_last=False):
    n = len(questions)
    return [
        (
            q,
            lang,
            gold,
            tag,
            ordered_last and k == n - 1,
            [0] if ordered_last and k == n - 1 else None,
            name,
            k,
        )
        for k, (q, gold, tag) in enumerate(zip(questions, golds, tags, strict=True))
    ]


C1 = [
    f"SELECT COUNT(*) FROM {INSP} WHERE year = 2016",
    f"SELECT COUNT(*) FROM {INSP} WHERE year = 2017",
    f"SELECT AVG(score) FROM {INSP} WHERE year = 2017",
]
T1 = [["count", "time"], ["count", "time", "follow_up"], ["avg", "time", "follow_up"]]
C2 = [
    f"SELECT AVG(i.score) FROM {IR} WHERE {MCD}",
    f"SELECT AVG(i.score) FROM {IR} WHERE {MCD} AND i.year >= 2015",
    f"SELECT AVG(i.score) FROM {IR} WHERE r.餐馆名称 = 'PEKING WOK' AND i.year >= 2015",
]
T2 = [["avg", *J], ["avg", "time", "follow_up", *J], ["avg", "time", "follow_up", *J]]
C3 = [
    f"SELECT r.规模, COUNT(*) FROM {IR} GROUP BY r.规模",
    f"SELECT r.规模, COUNT(*) FROM {IRG} WHERE g.等级名称 = '较差' GROUP BY r.规模",
    f"SELECT r.规模, COUNT(*) FROM {IRG} WHERE g.等级名称 = '较差' GROUP BY r.规模 ORDER BY COUNT(*) DESC LIMIT 1",
]
T3 = [["count", "group_by", *J], ["count", "filter", "follow_up", *J], ["superlative", "follow_up", *J]]

CONVERSATIONS = [
    *conv(
        "f1-en",
        "en",
        ["How many inspections were done in 2016?", "and in 2017?", "what was the average score that year?"],
        C1,
        T1,
    ),
    *conv("f1-zh", "zh", ["2016年做了多少次检查", "2017年呢", "那一年的平均分是多少"], C1, T1),
    *conv("f2-en", "en", ["McDonald's average score", "only since 2015", "what about Peking Wok?"], C2, T2),
    *conv("f2-zh", "zh", ["麦当劳的平均得分", "只看2015年以后的", "那PEKING WOK呢"], C2, T2),
    *conv(
        "f3-en",
        "en",
        ["Inspections by chain size", "only the ones rated poor", "which size has the most?"],
        C3,
        T3,
        True,
    ),
    *conv("f3-zh", "zh", ["按餐馆规模统计检查次数", "只看评为较差的", "哪个规模最多"], C3, T3, True),
]

UNANSWERABLE = [
    ("Which month has the most inspections?", "哪个月份的检查最多"),
    ("Which inspector gave the lowest scores?", "哪位检查员打分最低"),
    ("What are the most common violations found?", "最常见的违规项是什么"),
    ("What will the average score be in 2023?", "2023年的平均分会是多少"),
    ("Which Anchorage neighborhood has the best-scoring restaurants?", "安克雷奇哪个街区的餐馆得分最高"),
]

ONE_LANGUAGE = [
    ("麦当劳得过的最低分是多少", "zh", f"SELECT MIN(i.score) FROM {IR} WHERE {MCD}", ["min", *J]),
    ("有几次检查拿了D", "zh", f"SELECT COUNT(*) FROM {INSP} WHERE grade = 'D'", ["count", "filter"]),
    (
        "lowest score Sicily's Pizza ever got",
        "en",
        f"SELECT MIN(i.score) FROM {IR} WHERE r.餐馆名称 = 'SICILY''S PIZZA'",
        ["min", *J],
    ),
    (
        "perfect scores per year since 2015",
        "en",
        f"SELECT year, COUNT(*) FROM {INSP} WHERE score = 100 AND year >= 2015 GROUP BY year",
        ["count", "group_by", "time"],
    ),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE) + ONE_LANGUAGE
    write_questions(HERE, "food", questions, source=SRC)


if __name__ == "__main__":
    main()
