"""Write questions.jsonl of the health_breaches question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: health_breaches.csv (make_data.py): 1,055 breaches of unsecured health information affecting 500
or more people, reported to the US Department of Health and Human Services, 1997-2014 (Ecdat's `breaches`;
see README.md). One table, Chinese headers. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "health_breaches.csv"
T = "health_breaches"
Y = "strftime('%Y', 泄露日期)"
M = "strftime('%m', 泄露日期)"
Q = "(CAST(strftime('%m', 泄露日期) AS INTEGER) + 2) / 3"
CV = ["cross_lingual_value"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def year_count(year: str, where: str = "") -> str:
    return f"(SELECT COUNT(*) FROM {T} WHERE {Y} = '{year}'{where})"


def year_people(year: str, where: str = "") -> str:
    return f"(SELECT SUM(受影响人数) FROM {T} WHERE {Y} = '{year}'{where})"


TOTAL_PEOPLE = f"(SELECT SUM(受影响人数) FROM {T})"
TOTAL_COUNT = f"(SELECT COUNT(*) FROM {T})"

# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many breaches are in the data?",
        "一共有多少起泄露事件",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "Total number of individuals affected across all breaches",
        "所有泄露事件的受影响人数合计是多少",
        f"SELECT SUM(受影响人数) FROM {T}",
        ["agg"],
    ),
    (
        "On average, how many people does a breach affect?",
        "平均每起泄露事件影响多少人",
        f"SELECT AVG(受影响人数) FROM {T}",
        ["agg"],
    ),
    (
        "Number of breaches by breach type",
        "各泄露类型的事件数",
        f"SELECT 泄露类型, COUNT(*) FROM {T} GROUP BY 泄露类型",
        ["count", "group_by"],
    ),
    (
        "Total individuals affected in each state",
        "按州统计受影响人数合计",
        f"SELECT 州, SUM(受影响人数) FROM {T} GROUP BY 州",
        ["agg", "group_by"],
    ),
    (
        "How many breaches happened in 2011?",
        "2011年发生了多少起泄露",
        f"SELECT COUNT(*) FROM {T} WHERE {Y} = '2011'",
        ["count", "time"],
    ),
    (
        "How many people were affected by breaches in 2013?",
        "2013年的泄露事件一共影响了多少人",
        f"SELECT SUM(受影响人数) FROM {T} WHERE {Y} = '2013'",
        ["agg", "time"],
    ),
    (
        "Number of breaches per year",
        "每年的泄露事件数量",
        f"SELECT {Y}, COUNT(*) FROM {T} GROUP BY {Y}",
        ["count", "group_by", "time"],
        False,
        [1],
    ),
    (
        "Monthly count of breaches in 2012",
        "2012年每个月发生的泄露事件数",
        f"SELECT {M}, COUNT(*) FROM {T} WHERE {Y} = '2012' GROUP BY {M}",
        ["count", "group_by", "time"],
        False,
        [1],
    ),
    (
        "Top 5 states by number of breaches",
        "泄露事件最多的5个州",
        f"SELECT 州, COUNT(*) FROM {T} GROUP BY 州 ORDER BY COUNT(*) DESC LIMIT 5",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Which 3 states had the most people affected?",
        "受影响人数最多的3个州是哪几个",
        f"SELECT 州, SUM(受影响人数) FROM {T} GROUP BY 州 ORDER BY SUM(受影响人数) DESC LIMIT 3",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Which type of breach affected the most people in total?",
        "哪种泄露类型影响的总人数最多",
        f"SELECT 泄露类型, SUM(受影响人数) FROM {T} GROUP BY 泄露类型 ORDER BY SUM(受影响人数) DESC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "Which organization reported the largest breach?",
        "影响人数最多的那起泄露是哪家机构的",
        f"SELECT 机构名称, 受影响人数 FROM {T} ORDER BY 受影响人数 DESC LIMIT 1",
        ["superlative"],
        False,
        [0],
    ),
    (
        "List the 10 biggest breaches by individuals affected, largest first",
        "按受影响人数从高到低列出最大的10起泄露事件",
        f"SELECT 机构名称, 受影响人数 FROM {T} ORDER BY 受影响人数 DESC LIMIT 10",
        ["top_n"],
        True,
        [0],
    ),
    (
        "How many breaches involved a business associate?",
        "有多少起事件涉及业务伙伴",
        f"SELECT COUNT(*) FROM {T} WHERE 涉及业务伙伴 = '是'",
        ["count", "filter"],
    ),
    (
        "What percentage of breaches involved a business associate?",
        "涉及业务伙伴的事件占全部事件的比例是多少",
        f"SELECT SUM(CASE WHEN 涉及业务伙伴 = '是' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
        ["share", "pct"],
    ),
    (
        "Average individuals affected per breach, with and without a business associate",
        "涉及和不涉及业务伙伴的事件，平均受影响人数分别是多少",
        f"SELECT 涉及业务伙伴, AVG(受影响人数) FROM {T} GROUP BY 涉及业务伙伴",
        ["agg", "group_by"],
        False,
        [1],
    ),
    (
        "Breach count by location of the breached information",
        "按信息载体统计泄露事件数",
        f"SELECT 信息载体, COUNT(*) FROM {T} GROUP BY 信息载体",
        ["count", "group_by"],
    ),
    (
        "How many breaches involved paper records?",
        "纸质记录的泄露有多少起",
        f"SELECT COUNT(*) FROM {T} WHERE 信息载体 = 'Paper'",
        ["count", "filter", *CV],
    ),
    (
        "Total people affected by breaches of laptops",
        "笔记本电脑泄露事件的受影响人数合计",
        f"SELECT SUM(受影响人数) FROM {T} WHERE 信息载体 = 'Laptop'",
        ["agg", "filter", *CV],
    ),
    (
        "How many breaches were reported in CA?",
        "CA有多少起泄露事件",
        f"SELECT COUNT(*) FROM {T} WHERE 州 = 'CA'",
        ["count", "filter"],
    ),
    (
        "Total individuals affected in Texas",
        "得克萨斯州受影响的总人数",
        f"SELECT SUM(受影响人数) FROM {T} WHERE 州 = 'TX'",
        ["agg", "filter", *CV],
    ),
    (
        "Number of breaches in California vs New York",
        "加州和纽约州的泄露事件数分别是多少",
        f"SELECT 州, COUNT(*) FROM {T} WHERE 州 IN ('CA', 'NY') GROUP BY 州",
        ["count", "compare", *CV],
        False,
        [1],
    ),
    (
        "Hacking/IT incidents by year",
        "每年的黑客/IT事件数量",
        f"SELECT {Y}, COUNT(*) FROM {T} WHERE 泄露类型 = 'Hacking/IT Incident' GROUP BY {Y}",
        ["count", "filter", "group_by", "time", *CV],
        False,
        [1],
    ),
    (
        "Which year had the most breaches?",
        "哪一年的泄露事件最多",
        f"SELECT {Y}, COUNT(*) FROM {T} GROUP BY {Y} ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [0],
    ),
    (
        "In which year were the most individuals affected?",
        "受影响人数最多的是哪一年",
        f"SELECT {Y}, SUM(受影响人数) FROM {T} GROUP BY {Y} ORDER BY SUM(受影响人数) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [0],
    ),
    (
        "By what percentage did the number of breaches grow from 2010 to 2011?",
        "2011年的泄露事件数比2010年增长了百分之多少",
        f"SELECT ({year_count('2011')} - {year_count('2010')}) * 1.0 / {year_count('2010')}",
        ["growth", "time", "pct"],
    ),
    (
        "Growth rate of individuals affected from 2012 to 2013",
        "2013年受影响人数相比2012年的增长率",
        f"SELECT ({year_people('2013')} - {year_people('2012')}) * 1.0 / {year_people('2012')}",
        ["growth", "time", "pct"],
    ),
    (
        "How many breaches were there in each quarter of 2013?",
        "2013年每个季度各有多少起泄露",
        f"SELECT {Q}, COUNT(*) FROM {T} WHERE {Y} = '2013' GROUP BY {Q}",
        ["count", "group_by", "time"],
        False,
        [1],
    ),
    (
        "Which quarter of 2013 had the most people affected, and how many?",
        "2013年哪个季度受影响的人数最多，是多少人",
        f"SELECT {Q}, SUM(受影响人数) FROM {T} WHERE {Y} = '2013' GROUP BY {Q} ORDER BY SUM(受影响人数) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [1],
    ),
    (
        "States with more than 50 breaches",
        "泄露事件超过50起的州",
        f"SELECT 州, COUNT(*) FROM {T} GROUP BY 州 HAVING COUNT(*) > 50",
        ["having", "group_by"],
        False,
        [0],
    ),
    (
        "Which breach types affected more than 2 million people in total?",
        "受影响人数合计超过200万的泄露类型有哪些",
        f"SELECT 泄露类型, SUM(受影响人数) FROM {T} GROUP BY 泄露类型 HAVING SUM(受影响人数) > 2000000",
        ["having", "group_by"],
        False,
        [0],
    ),
    (
        "Organizations that reported at least 4 breaches",
        "报告过至少4起泄露的机构",
        f"SELECT 机构名称, COUNT(*) FROM {T} GROUP BY 机构名称 HAVING COUNT(*) >= 4",
        ["having", "group_by"],
        False,
        [0],
    ),
    (
        "What share of all affected individuals came from thefts?",
        "盗窃类事件的受影响人数占总受影响人数的比例",
        f"SELECT SUM(CASE WHEN 泄露类型 = 'Theft' THEN 受影响人数 ELSE 0 END) * 1.0 / SUM(受影响人数) FROM {T}",
        ["share", "pct", *CV],
    ),
    (
        "Percentage of breaches by breach type",
        "各泄露类型的事件数占比",
        f"SELECT 泄露类型, COUNT(*) * 1.0 / {TOTAL_COUNT} FROM {T} GROUP BY 泄露类型",
        ["share", "group_by", "pct"],
    ),
    (
        "What is the largest number of people affected by a single breach?",
        "单起泄露事件最多影响了多少人",
        f"SELECT MAX(受影响人数) FROM {T}",
        ["agg"],
    ),
    (
        "What's the smallest number of individuals affected in one breach?",
        "受影响人数最少的一起事件影响了多少人",
        f"SELECT MIN(受影响人数) FROM {T}",
        ["agg"],
    ),
    (
        "How many breaches affected more than 100,000 people?",
        "受影响人数超过10万的事件有多少起",
        f"SELECT COUNT(*) FROM {T} WHERE 受影响人数 > 100000",
        ["count", "filter"],
    ),
    (
        "Which organizations had a breach affecting 1 million people or more?",
        "哪些机构发生过影响100万人及以上的泄露",
        f"SELECT 机构名称 FROM {T} WHERE 受影响人数 >= 1000000",
        ["filter", "list"],
    ),
    (
        "In how many different states were breaches reported?",
        "有多少个不同的州报告过泄露事件",
        f"SELECT COUNT(DISTINCT 州) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "How many distinct organizations reported a breach?",
        "共有多少家机构报告过泄露",
        f"SELECT COUNT(DISTINCT 机构名称) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "Average number of individuals affected for each breach type",
        "每种泄露类型的平均受影响人数",
        f"SELECT 泄露类型, AVG(受影响人数) FROM {T} GROUP BY 泄露类型",
        ["agg", "group_by"],
    ),
    (
        "Which breach type has the highest average number of people affected?",
        "平均受影响人数最高的泄露类型是哪个",
        f"SELECT 泄露类型, AVG(受影响人数) FROM {T} GROUP BY 泄露类型 ORDER BY AVG(受影响人数) DESC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "What kind of media had the most breaches?",
        "哪种信息载体发生的泄露事件最多",
        f"SELECT 信息载体, COUNT(*) FROM {T} GROUP BY 信息载体 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "When did the earliest breach happen?",
        "最早的一起泄露发生在哪天",
        f"SELECT MIN(泄露日期) FROM {T}",
        ["time", "agg"],
    ),
    (
        "Date of the most recent breach",
        "最近一次泄露事件的日期",
        f"SELECT MAX(泄露日期) FROM {T}",
        ["time", "agg"],
    ),
    (
        "How many breaches occurred in the first half of 2012?",
        "2012年上半年发生了多少起泄露",
        f"SELECT COUNT(*) FROM {T} WHERE 泄露日期 >= '2012-01-01' AND 泄露日期 < '2012-07-01'",
        ["count", "time"],
    ),
    (
        "Number of thefts in 2010",
        "2010年的盗窃事件有几起",
        f"SELECT COUNT(*) FROM {T} WHERE 泄露类型 = 'Theft' AND {Y} = '2010'",
        ["count", "filter", "time", *CV],
    ),
    (
        "Total individuals affected by hacking incidents in 2013",
        "2013年黑客攻击类事件影响的总人数",
        f"SELECT SUM(受影响人数) FROM {T} WHERE 泄露类型 = 'Hacking/IT Incident' AND {Y} = '2013'",
        ["agg", "filter", "time", *CV],
    ),
    (
        "Breach counts by type for 2012",
        "2012年各类型的泄露事件数",
        f"SELECT 泄露类型, COUNT(*) FROM {T} WHERE {Y} = '2012' GROUP BY 泄露类型",
        ["count", "group_by", "time"],
    ),
    (
        "Top 3 information locations by people affected, ranked from highest",
        "受影响人数排前三的信息载体，从高到低排列",
        f"SELECT 信息载体, SUM(受影响人数) FROM {T} GROUP BY 信息载体 ORDER BY SUM(受影响人数) DESC LIMIT 3",
        ["top_n", "group_by"],
        True,
        [0],
    ),
    (
        "Compare the total people affected by theft and by loss",
        "对比盗窃和丢失两类事件各自的受影响人数",
        f"SELECT 泄露类型, SUM(受影响人数) FROM {T} WHERE 泄露类型 IN ('Theft', 'Loss') GROUP BY 泄露类型",
        ["agg", "compare", *CV],
        False,
        [1],
    ),
    (
        "How many more people were affected in 2011 than in 2012?",
        "2011年比2012年多影响了多少人",
        f"SELECT {year_people('2011')} - {year_people('2012')}",
        ["compare", "time"],
    ),
    (
        "Which calendar month has the most breaches, all years together?",
        "不分年份，哪个月份发生的泄露事件最多",
        f"SELECT {M}, COUNT(*) FROM {T} GROUP BY {M} ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [1],
    ),
    (
        "How many breaches were there in December 2013?",
        "2013年12月有多少起泄露事件",
        f"SELECT COUNT(*) FROM {T} WHERE strftime('%Y-%m', 泄露日期) = '2013-12'",
        ["count", "time"],
    ),
    (
        "Average number of people affected per breach in Florida",
        "佛罗里达州平均每起事件影响多少人",
        f"SELECT AVG(受影响人数) FROM {T} WHERE 州 = 'FL'",
        ["agg", "filter", *CV],
    ),
    (
        "Among states with at least 10 breaches, which has the highest average number affected?",
        "在泄露事件不少于10起的州里，平均受影响人数最高的是哪个州",
        f"SELECT 州, AVG(受影响人数) FROM {T} GROUP BY 州 HAVING COUNT(*) >= 10 ORDER BY AVG(受影响人数) DESC LIMIT 1",
        ["having", "superlative"],
        False,
        [0],
    ),
    (
        "How many e-mail breaches were there in 2013?",
        "2013年通过电子邮件泄露的事件有多少起",
        f"SELECT COUNT(*) FROM {T} WHERE 信息载体 = 'E-mail' AND {Y} = '2013'",
        ["count", "filter", "time", *CV],
    ),
    (
        "What share of 2013's breaches involved a business associate?",
        "2013年的泄露事件中涉及业务伙伴的占多少",
        f"SELECT SUM(CASE WHEN 涉及业务伙伴 = '是' THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T} WHERE {Y} = '2013'",
        ["share", "pct", "time"],
    ),
    (
        "Which states reported only one breach?",
        "只发生过一起泄露的州有哪些",
        f"SELECT 州 FROM {T} GROUP BY 州 HAVING COUNT(*) = 1",
        ["having", "group_by"],
    ),
    (
        "How many breaches affected between 1,000 and 5,000 people?",
        "受影响人数在1000到5000人之间的事件有多少起",
        f"SELECT COUNT(*) FROM {T} WHERE 受影响人数 BETWEEN 1000 AND 5000",
        ["count", "filter"],
    ),
    (
        "Individuals affected per year since 2009",
        "2009年以来每年的受影响人数",
        f"SELECT {Y}, SUM(受影响人数) FROM {T} WHERE 泄露日期 >= '2009-01-01' GROUP BY {Y}",
        ["agg", "group_by", "time"],
        False,
        [1],
    ),
]


def state_count(state: str) -> str:
    return f"SELECT COUNT(*) FROM {T} WHERE 州 = '{state}'"


def top_states(year: str) -> str:
    return f"SELECT 州, COUNT(*) FROM {T} WHERE {Y} = '{year}' GROUP BY 州 ORDER BY COUNT(*) DESC LIMIT 3"


def by_year(where: str = "") -> str:
    return f"SELECT {Y}, SUM(受影响人数) FROM {T}{where} GROUP BY {Y}"


THEFT = " WHERE 泄露类型 = 'Theft'"
LOSS = " WHERE 泄露类型 = 'Loss'"
FL_PEOPLE = f"SELECT SUM(受影响人数) FROM {T} WHERE 州 = 'FL'"
CONVERSATIONS = [
    turn(
        "How many breaches were there in Texas?", "en", state_count("TX"), ["count", "filter"], "hb-c1-en", 0
    ),
    turn("And in Florida?", "en", state_count("FL"), ["count", "filter", "follow_up"], "hb-c1-en", 1),
    turn("How many people did they affect?", "en", FL_PEOPLE, ["agg", "filter", "follow_up"], "hb-c1-en", 2),
    turn("得州一共发生了多少起泄露", "zh", state_count("TX"), ["count", "filter", *CV], "hb-c1-zh", 0),
    turn("佛罗里达州呢？", "zh", state_count("FL"), ["count", "filter", "follow_up", *CV], "hb-c1-zh", 1),
    turn("这些事件影响了多少人", "zh", FL_PEOPLE, ["agg", "filter", "follow_up"], "hb-c1-zh", 2),
    turn(
        "Total individuals affected by year",
        "en",
        by_year(),
        ["agg", "group_by", "time"],
        "hb-c2-en",
        0,
        False,
        [1],
    ),
    turn("Only thefts", "en", by_year(THEFT), ["agg", "follow_up"], "hb-c2-en", 1, False, [1]),
    turn("What about losses?", "en", by_year(LOSS), ["agg", "follow_up"], "hb-c2-en", 2, False, [1]),
    turn("每年的受影响人数合计", "zh", by_year(), ["agg", "group_by", "time"], "hb-c2-zh", 0, False, [1]),
    turn("只看盗窃类的", "zh", by_year(THEFT), ["agg", "follow_up", *CV], "hb-c2-zh", 1, False, [1]),
    turn("丢失类的呢？", "zh", by_year(LOSS), ["agg", "follow_up", *CV], "hb-c2-zh", 2, False, [1]),
    turn(
        "Top 3 states by number of breaches in 2013",
        "en",
        top_states("2013"),
        ["top_n", "time"],
        "hb-c3-en",
        0,
        False,
        [0],
    ),
    turn(
        "what about 2012?",
        "en",
        top_states("2012"),
        ["top_n", "time", "follow_up"],
        "hb-c3-en",
        1,
        False,
        [0],
    ),
    turn("2013年泄露事件最多的3个州", "zh", top_states("2013"), ["top_n", "time"], "hb-c3-zh", 0, False, [0]),
    turn("那2012年呢", "zh", top_states("2012"), ["top_n", "time", "follow_up"], "hb-c3-zh", 1, False, [0]),
]

UNANSWERABLE = [
    ("How much were the organizations fined for these breaches in total?", "这些泄露事件一共被罚款多少钱"),
    ("What is the average age of the people affected?", "受影响者的平均年龄是多少"),
    ("Which hospital has the most beds?", "哪家医院的床位数最多"),
    (
        "How many days did it take on average to notify the affected patients?",
        "平均过了多少天才通知到受影响的患者",
    ),
]

if __name__ == "__main__":
    write_questions(HERE, "hbreach", bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE), source=SRC)
