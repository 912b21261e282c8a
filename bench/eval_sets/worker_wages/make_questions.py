"""Write questions.jsonl of the worker_wages question set (hand-written, blind: the engine was not run on
them before they were committed, and its code and tests were not read).

Real data: worker_wages.csv (make_data.py): 534 US workers of the May 1985 Current Population Survey (AER's
`CPS1985`; see README.md). One table, Chinese headers, category values in English.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "worker_wages.csv"
T = "worker_wages"
ALL = f"(SELECT COUNT(*) FROM {T})"
CV = ["cross_lingual_value"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def avg_wage(where: str = "") -> str:
    return f"SELECT AVG(时薪_美元) FROM {T}{where}"


def count(where: str = "") -> str:
    return f"SELECT COUNT(*) FROM {T}{where}"


def wage_by(column: str, where: str = "") -> str:
    return f"SELECT {column}, AVG(时薪_美元) FROM {T}{where} GROUP BY {column}"


def share(where: str) -> str:
    return f"SELECT 100.0 * COUNT(*) / {ALL} FROM {T} WHERE {where}"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    ("How many workers are in the survey?", "这份调查一共有多少名员工", count(), ["count"]),
    ("What's the average hourly wage?", "平均时薪是多少", avg_wage(), ["agg"]),
    (
        "What is the highest hourly wage in the data?",
        "最高时薪是多少美元",
        f"SELECT MAX(时薪_美元) FROM {T}",
        ["agg"],
    ),
    ("Lowest hourly pay", "时薪最低是多少", f"SELECT MIN(时薪_美元) FROM {T}", ["agg"]),
    (
        "How many different occupations are there?",
        "一共有几种职业",
        f"SELECT COUNT(DISTINCT 职业) FROM {T}",
        ["count_distinct"],
    ),
    (
        "How many distinct ages appear among the workers?",
        "员工的年龄有多少种不同取值",
        f"SELECT COUNT(DISTINCT 年龄) FROM {T}",
        ["count_distinct"],
    ),
    (
        "How many different occupations do Hispanic workers hold?",
        "西班牙裔员工分布在几种职业里",
        f"SELECT COUNT(DISTINCT 职业) FROM {T} WHERE 族裔 = 'hispanic'",
        ["count_distinct", "filter", *CV],
    ),
    (
        "Which ethnic group has the lowest average hourly wage?",
        "哪个族裔的平均时薪最低",
        f"SELECT 族裔 FROM {T} GROUP BY 族裔 ORDER BY AVG(时薪_美元) LIMIT 1",
        ["superlative"],
    ),
    ("Average years of schooling", "员工平均受过几年教育", f"SELECT AVG(受教育年限) FROM {T}", ["agg"]),
    ("What is the average age of the workers?", "员工的平均年龄", f"SELECT AVG(年龄) FROM {T}", ["agg"]),
    (
        "Total years of work experience across all workers",
        "所有员工的工作年限加起来一共多少年",
        f"SELECT SUM(工作年限) FROM {T}",
        ["agg"],
    ),
    (
        "How many union members are there?",
        "工会会员有多少人",
        count(" WHERE 是否工会会员 = 'yes'"),
        ["count", "filter"],
    ),
    (
        "Average hourly wage of union members",
        "工会会员的平均时薪",
        avg_wage(" WHERE 是否工会会员 = 'yes'"),
        ["agg", "filter"],
    ),
    (
        "How many women are in the sample?",
        "样本里有多少女性",
        count(" WHERE 性别 = 'female'"),
        ["count", "filter", *CV],
    ),
    (
        "What do women earn per hour on average?",
        "女性平均每小时挣多少钱",
        avg_wage(" WHERE 性别 = 'female'"),
        ["agg", "filter", *CV],
    ),
    (
        "How many women work in sales?",
        "做销售的女性有几个",
        count(" WHERE 性别 = 'female' AND 职业 = 'sales'"),
        ["count", "filter", *CV],
    ),
    (
        "Average wage of workers in the South",
        "南方员工的平均时薪",
        avg_wage(" WHERE 地区 = 'south'"),
        ["agg", "filter", *CV],
    ),
    (
        "How many Hispanic workers are there?",
        "西班牙裔员工有多少人",
        count(" WHERE 族裔 = 'hispanic'"),
        ["count", "filter", *CV],
    ),
    (
        "Highest hourly wage among managers",
        "管理岗位的最高时薪",
        f"SELECT MAX(时薪_美元) FROM {T} WHERE 职业 = 'management'",
        ["agg", "filter", *CV],
    ),
    (
        "How many people work in construction?",
        "建筑业有多少人",
        count(" WHERE 行业 = 'construction'"),
        ["count", "filter", *CV],
    ),
    (
        "Average pay in manufacturing",
        "制造业的平均时薪",
        avg_wage(" WHERE 行业 = 'manufacturing'"),
        ["agg", "filter", *CV],
    ),
    (
        "How many married men are there?",
        "已婚男性有多少",
        count(" WHERE 婚否 = 'yes' AND 性别 = 'male'"),
        ["count", "filter", *CV],
    ),
    (
        "Average hourly wage of unmarried workers",
        "未婚员工的平均时薪",
        avg_wage(" WHERE 婚否 = 'no'"),
        ["agg", "filter", *CV],
    ),
    (
        "Youngest age among office workers",
        "办公室文员里年龄最小的是几岁",
        f"SELECT MIN(年龄) FROM {T} WHERE 职业 = 'office'",
        ["agg", "filter", *CV],
    ),
    ("Average hourly wage by gender", "按性别看平均时薪", wage_by("性别"), ["agg", "group_by"]),
    (
        "Number of workers in each occupation",
        "每种职业各有多少人",
        f"SELECT 职业, COUNT(*) FROM {T} GROUP BY 职业",
        ["count", "group_by"],
    ),
    ("Average wage per sector", "各行业的平均时薪", wage_by("行业"), ["agg", "group_by"]),
    (
        "Union members vs non-members: average hourly wage",
        "工会会员和非会员的平均时薪分别是多少",
        wage_by("是否工会会员"),
        ["agg", "group_by"],
    ),
    (
        "Headcount by ethnicity",
        "各族裔的人数",
        f"SELECT 族裔, COUNT(*) FROM {T} GROUP BY 族裔",
        ["count", "group_by"],
    ),
    (
        "Average years of education for each occupation",
        "每个职业的平均受教育年限",
        f"SELECT 职业, AVG(受教育年限) FROM {T} GROUP BY 职业",
        ["agg", "group_by"],
    ),
    (
        "Average wage by region and gender",
        "分地区、分性别的平均时薪",
        f"SELECT 地区, 性别, AVG(时薪_美元) FROM {T} GROUP BY 地区, 性别",
        ["agg", "group_by"],
    ),
    (
        "Which occupation pays the most on average?",
        "哪个职业的平均时薪最高",
        f"SELECT 职业 FROM {T} GROUP BY 职业 ORDER BY AVG(时薪_美元) DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "Which occupation has the fewest workers?",
        "人数最少的职业是哪个",
        f"SELECT 职业 FROM {T} GROUP BY 职业 ORDER BY COUNT(*) LIMIT 1",
        ["superlative"],
    ),
    (
        "Which sector has the lowest average wage?",
        "平均时薪最低的行业",
        f"SELECT 行业 FROM {T} GROUP BY 行业 ORDER BY AVG(时薪_美元) LIMIT 1",
        ["superlative"],
    ),
    (
        "How old is the highest-paid worker?",
        "时薪最高的那个人多大年纪",
        f"SELECT 年龄 FROM {T} ORDER BY 时薪_美元 DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "Top 3 occupations by average hourly wage",
        "平均时薪排前三的职业",
        f"SELECT 职业, AVG(时薪_美元) FROM {T} GROUP BY 职业 ORDER BY AVG(时薪_美元) DESC LIMIT 3",
        ["top_n"],
        True,
        [0],
    ),
    (
        "Show the occupation and wage of the 4 best-paid workers, highest first",
        "时薪最高的4个人是做什么职业的，时薪多少，从高到低列出",
        f"SELECT 职业, 时薪_美元 FROM {T} ORDER BY 时薪_美元 DESC LIMIT 4",
        ["top_n"],
        True,
    ),
    (
        "Rank occupations by headcount, largest first",
        "按人数从多到少给职业排个序",
        f"SELECT 职业, COUNT(*) FROM {T} GROUP BY 职业 ORDER BY COUNT(*) DESC",
        ["top_n", "group_by"],
        True,
        [0],
    ),
    (
        "How many workers earn more than $20 an hour?",
        "时薪超过20美元的有多少人",
        count(" WHERE 时薪_美元 > 20"),
        ["count", "threshold"],
    ),
    (
        "How many people make under 5 dollars per hour?",
        "时薪低于5美元的人数",
        count(" WHERE 时薪_美元 < 5"),
        ["count", "threshold"],
    ),
    (
        "Average wage of workers with at least 16 years of education",
        "受教育16年及以上的人平均时薪多少",
        avg_wage(" WHERE 受教育年限 >= 16"),
        ["agg", "threshold"],
    ),
    (
        "How many workers have more than 30 years of experience?",
        "工作年限超过30年的员工有几个",
        count(" WHERE 工作年限 > 30"),
        ["count", "threshold"],
    ),
    (
        "Average wage of workers aged 50 or older",
        "50岁及以上员工的平均时薪",
        avg_wage(" WHERE 年龄 >= 50"),
        ["agg", "threshold"],
    ),
    (
        "How many workers are between 25 and 34 years old?",
        "25到34岁之间的员工有多少",
        count(" WHERE 年龄 BETWEEN 25 AND 34"),
        ["count", "threshold", "age_band"],
    ),
    (
        "Average hourly wage of workers in their twenties",
        "二十几岁的员工平均时薪多少",
        avg_wage(" WHERE 年龄 BETWEEN 20 AND 29"),
        ["agg", "threshold", "age_band"],
    ),
    (
        "Headcount by age decade (teens, 20s, 30s, ...)",
        "按年龄段（每10岁一段）统计人数",
        f"SELECT 年龄 / 10 * 10, COUNT(*) FROM {T} GROUP BY 年龄 / 10",
        ["count", "group_by", "age_band"],
        False,
        [1],
    ),
    (
        "How many workers are over 60?",
        "60岁以上的员工有几个",
        count(" WHERE 年龄 > 60"),
        ["count", "threshold"],
    ),
    (
        "Average years of experience of married workers",
        "已婚员工平均工作了多少年",
        f"SELECT AVG(工作年限) FROM {T} WHERE 婚否 = 'yes'",
        ["agg", "filter", *CV],
    ),
    (
        "By what percent does the average wage of workers with 16+ years of schooling exceed that of workers with exactly 12?",
        "受教育16年及以上的人，平均时薪比只受过12年教育的人高出百分之多少",
        f"SELECT 100.0 * (AVG(CASE WHEN 受教育年限 >= 16 THEN 时薪_美元 END) - AVG(CASE WHEN 受教育年限 = 12 THEN 时薪_美元 END)) / AVG(CASE WHEN 受教育年限 = 12 THEN 时薪_美元 END) FROM {T}",
        ["growth", "pct", "compare_two"],
    ),
    (
        "What share of workers are union members?",
        "工会会员占全部员工的比例",
        share("是否工会会员 = 'yes'"),
        ["share", "pct"],
    ),
    (
        "What percentage of the workers are women?",
        "女性员工占多大比例",
        share("性别 = 'female'"),
        ["share", "pct", *CV],
    ),
    (
        "Share of workers living in the South",
        "住在南方的员工占百分之几",
        share("地区 = 'south'"),
        ["share", "pct", *CV],
    ),
    (
        "Among women, what percent are union members?",
        "女性中工会会员占比多少",
        f"SELECT 100.0 * SUM(是否工会会员 = 'yes') / COUNT(*) FROM {T} WHERE 性别 = 'female'",
        ["share", "pct", "filter", *CV],
    ),
    (
        "How much more do men earn per hour than women on average?",
        "男性平均时薪比女性高多少",
        f"SELECT AVG(CASE WHEN 性别 = 'male' THEN 时薪_美元 END) - AVG(CASE WHEN 性别 = 'female' THEN 时薪_美元 END) FROM {T}",
        ["compare_two", *CV],
    ),
    (
        "Compare the average wage of managers and salespeople",
        "管理人员和销售人员的平均时薪对比",
        f"SELECT 职业, AVG(时薪_美元) FROM {T} WHERE 职业 IN ('management', 'sales') GROUP BY 职业",
        ["compare_two", *CV],
    ),
    (
        "Are there more union members in manufacturing or in construction?",
        "制造业和建筑业，哪个行业的工会会员更多",
        f"SELECT 行业, COUNT(*) FROM {T} WHERE 是否工会会员 = 'yes' AND 行业 IN ('manufacturing', 'construction') GROUP BY 行业",
        ["compare_two", *CV],
    ),
    (
        "Union wage premium: union average minus non-union average",
        "工会会员比非会员平均时薪多多少",
        f"SELECT AVG(CASE WHEN 是否工会会员 = 'yes' THEN 时薪_美元 END) - AVG(CASE WHEN 是否工会会员 = 'no' THEN 时薪_美元 END) FROM {T}",
        ["compare_two"],
    ),
    (
        "Which occupations have more than 90 workers?",
        "人数超过90人的职业有哪些",
        f"SELECT 职业 FROM {T} GROUP BY 职业 HAVING COUNT(*) > 90",
        ["having"],
    ),
    (
        "Occupations whose average hourly wage is above $10",
        "平均时薪高于10美元的职业",
        f"SELECT 职业, AVG(时薪_美元) FROM {T} GROUP BY 职业 HAVING AVG(时薪_美元) > 10",
        ["having"],
    ),
    (
        "Years of education with at least 50 workers",
        "哪些受教育年限的人数不少于50",
        f"SELECT 受教育年限, COUNT(*) FROM {T} GROUP BY 受教育年限 HAVING COUNT(*) >= 50",
        ["having"],
    ),
    (
        "List the ages and wages of Hispanic managers",
        "列出西班牙裔管理人员的年龄和时薪",
        f"SELECT 年龄, 时薪_美元 FROM {T} WHERE 族裔 = 'hispanic' AND 职业 = 'management'",
        ["listing", "filter", *CV],
    ),
    (
        "How many workers earn exactly $10 an hour?",
        "时薪正好10美元的有几个人",
        count(" WHERE 时薪_美元 = 10"),
        ["count", "filter"],
    ),
]

CONVERSATIONS = [
    turn("Average hourly wage by occupation", "en", wage_by("职业"), ["agg", "group_by"], "ww-c1-en", 0),
    turn(
        "Only for women",
        "en",
        wage_by("职业", " WHERE 性别 = 'female'"),
        ["agg", "group_by", "follow_up"],
        "ww-c1-en",
        1,
    ),
    turn("各职业的平均时薪", "zh", wage_by("职业"), ["agg", "group_by"], "ww-c1-zh", 0),
    turn(
        "只看女性的呢",
        "zh",
        wage_by("职业", " WHERE 性别 = 'female'"),
        ["agg", "group_by", "follow_up"],
        "ww-c1-zh",
        1,
    ),
    turn(
        "How many union members work in manufacturing?",
        "en",
        count(" WHERE 是否工会会员 = 'yes' AND 行业 = 'manufacturing'"),
        ["count", "filter"],
        "ww-c2-en",
        0,
    ),
    turn(
        "And in construction?",
        "en",
        count(" WHERE 是否工会会员 = 'yes' AND 行业 = 'construction'"),
        ["count", "filter", "follow_up"],
        "ww-c2-en",
        1,
    ),
    turn(
        "What is their average wage?",
        "en",
        avg_wage(" WHERE 是否工会会员 = 'yes' AND 行业 = 'construction'"),
        ["agg", "filter", "follow_up"],
        "ww-c2-en",
        2,
    ),
    turn(
        "制造业的工会会员有多少人",
        "zh",
        count(" WHERE 是否工会会员 = 'yes' AND 行业 = 'manufacturing'"),
        ["count", "filter"],
        "ww-c2-zh",
        0,
    ),
    turn(
        "建筑业呢",
        "zh",
        count(" WHERE 是否工会会员 = 'yes' AND 行业 = 'construction'"),
        ["count", "filter", "follow_up"],
        "ww-c2-zh",
        1,
    ),
    turn(
        "他们的平均时薪是多少",
        "zh",
        avg_wage(" WHERE 是否工会会员 = 'yes' AND 行业 = 'construction'"),
        ["agg", "filter", "follow_up"],
        "ww-c2-zh",
        2,
    ),
    turn(
        "Average wage of workers in the South",
        "en",
        avg_wage(" WHERE 地区 = 'south'"),
        ["agg", "filter"],
        "ww-c3-en",
        0,
    ),
    turn(
        "What about everywhere else?",
        "en",
        avg_wage(" WHERE 地区 = 'other'"),
        ["agg", "filter", "follow_up"],
        "ww-c3-en",
        1,
    ),
    turn("南方地区员工的平均时薪", "zh", avg_wage(" WHERE 地区 = 'south'"), ["agg", "filter"], "ww-c3-zh", 0),
    turn(
        "那其他地区呢", "zh", avg_wage(" WHERE 地区 = 'other'"), ["agg", "filter", "follow_up"], "ww-c3-zh", 1
    ),
]

UNANSWERABLE = [
    ("What was the average hourly wage in 1995?", "1995年的平均时薪是多少"),
    ("Which state has the highest wages?", "哪个州的工资最高"),
    ("How many hours a week do union members work?", "工会会员每周工作多少小时"),
    ("What is the average annual bonus?", "平均年终奖是多少"),
    ("Which company pays its workers the most?", "哪家公司给员工的工资最高"),
]

if __name__ == "__main__":
    write_questions(HERE, "ww", bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE), source=SRC)
