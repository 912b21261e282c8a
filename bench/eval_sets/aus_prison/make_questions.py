"""Write questions.jsonl of the aus_prison question set (hand-written, blind: the engine was not run on them
before they were committed, and its code was not read).

Real data: prison_population.csv (make_data.py): 1,536 rows, the number of prisoners in Australia by state or
territory, gender and legal status at each quarter 2005-03 .. 2016-12 (ABS, via fpp2's `prisonLF`; see
README.md). `prisoners` is a stock (people held at the quarter), so a year is answered by its December quarter
("the end of 2016") or by a quarterly average, never by summing the quarters. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "prison_population.csv"
T = "prison_population"
CV = ["cross_lingual_value"]
END16 = "date = '2016-12-01'"
NSW16 = "state = 'NSW' AND date = '2016-12-01'"
NSW11 = "state = 'NSW' AND date = '2011-12-01'"
SENTENCED16 = "legal_status = 'Sentenced' AND date = '2016-12-01'"
REMANDED16 = "legal_status = 'Remanded' AND date = '2016-12-01'"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def total(where: str) -> str:
    return f"(SELECT SUM(prisoners) FROM {T} WHERE {where})"


def growth(where_a: str, where_b: str, scale: str = "1.0") -> str:
    return f"SELECT {scale} * ({total(where_b)} - {total(where_a)}) / {total(where_a)}"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many prisoners were there in Australia at the end of 2016?",
        "2016年底全澳大利亚一共有多少名囚犯",
        f"SELECT SUM(prisoners) FROM {T} WHERE {END16}",
        ["agg", "quarter"],
    ),
    (
        "Number of female prisoners in the December quarter of 2016",
        "2016年第四季度女性囚犯有多少人",
        f"SELECT SUM(prisoners) FROM {T} WHERE gender = 'Female' AND {END16}",
        ["agg", "filter", "quarter", *CV],
    ),
    (
        "Prisoners by state in Q4 2016",
        "2016年四季度各州的在押人数",
        f"SELECT state, SUM(prisoners) FROM {T} WHERE {END16} GROUP BY state",
        ["group_by", "agg", "quarter"],
    ),
    (
        "Which state had the most prisoners in December 2016?",
        "2016年12月哪个州的囚犯最多",
        f"SELECT state, SUM(prisoners) FROM {T} WHERE {END16} GROUP BY state ORDER BY SUM(prisoners) DESC LIMIT 1",
        ["superlative", "month"],
        False,
        [0],
    ),
    (
        "Top 3 states by number of prisoners in the March quarter of 2010",
        "2010年一季度在押人数排名前三的州",
        f"SELECT state, SUM(prisoners) FROM {T} WHERE date = '2010-03-01' GROUP BY state"
        " ORDER BY SUM(prisoners) DESC LIMIT 3",
        ["top_n", "quarter"],
        False,
        [0],
    ),
    (
        "How many people were in prison in NSW in March 2005?",
        "2005年3月新南威尔士州有多少名囚犯",
        f"SELECT SUM(prisoners) FROM {T} WHERE state = 'NSW' AND date = '2005-03-01'",
        ["agg", "filter", "month", *CV],
    ),
    (
        "What share of prisoners were women at the end of 2016?",
        "2016年底女性囚犯占全部囚犯的比例是多少",
        f"SELECT 1.0 * SUM(CASE WHEN gender = 'Female' THEN prisoners ELSE 0 END) / SUM(prisoners) FROM {T}"
        f" WHERE {END16}",
        ["share", "pct", "quarter", *CV],
    ),
    (
        "What percentage of prisoners were on remand in Q4 2016?",
        "2016年第四季度还押（未判决）人员占在押总人数的百分比",
        f"SELECT 100.0 * SUM(CASE WHEN legal_status = 'Remanded' THEN prisoners ELSE 0 END) / SUM(prisoners)"
        f" FROM {T} WHERE {END16}",
        ["share", "pct", "quarter", *CV],
    ),
    (
        "By what percentage did the prison population grow from December 2015 to December 2016?",
        "2016年12月的在押人数比2015年12月增长了百分之多少",
        growth("date = '2015-12-01'", END16, "100.0"),
        ["growth", "pct", "month"],
    ),
    (
        "Compare the number of male prisoners in Victoria and Queensland at the end of 2016",
        "2016年底维多利亚州和昆士兰州男性囚犯人数对比",
        f"SELECT state, SUM(prisoners) FROM {T} WHERE gender = 'Male' AND state IN ('VIC', 'QLD') AND {END16}"
        " GROUP BY state",
        ["compare_two", "filter", *CV],
    ),
    (
        "Total prisoners in each quarter of 2016",
        "2016年每个季度的在押总人数",
        f"SELECT date, SUM(prisoners) FROM {T} WHERE date BETWEEN '2016-01-01' AND '2016-12-31' GROUP BY date",
        ["group_by", "year", "quarter"],
        False,
        [1],
    ),
    (
        "On average, how many prisoners did Tasmania hold per quarter over the whole period?",
        "整个期间塔斯马尼亚州平均每个季度关押多少人",
        f"SELECT AVG(n) FROM (SELECT date, SUM(prisoners) AS n FROM {T} WHERE state = 'TAS' GROUP BY date)",
        ["avg_of_totals", "filter", *CV],
    ),
    (
        "In which quarter did the Northern Territory have the fewest prisoners?",
        "北领地囚犯人数最少的是哪个季度",
        f"SELECT date, SUM(prisoners) FROM {T} WHERE state = 'NT' GROUP BY date ORDER BY SUM(prisoners) LIMIT 1",
        ["superlative", "quarter", *CV],
        False,
        [0],
    ),
    (
        "How many states and territories are in the data?",
        "数据里一共有几个州和领地",
        f"SELECT COUNT(DISTINCT state) FROM {T}",
        ["count_distinct"],
    ),
    (
        "Which quarters had more than 35,000 prisoners nationwide?",
        "全国在押人数超过3.5万人的季度有哪些",
        f"SELECT date FROM {T} GROUP BY date HAVING SUM(prisoners) > 35000",
        ["having", "number", "quarter"],
    ),
    (
        "Which states had over 5000 prisoners at the end of 2016?",
        "2016年底囚犯超过5000人的州有哪些",
        f"SELECT state FROM {T} WHERE {END16} GROUP BY state HAVING SUM(prisoners) > 5000",
        ["having", "number"],
    ),
    (
        "How many sentenced women did a state hold on average in December 2016?",
        "2016年12月平均每个州有多少已判刑的女性囚犯",
        f"SELECT AVG(prisoners) FROM {T} WHERE gender = 'Female' AND legal_status = 'Sentenced' AND {END16}",
        ["agg", "filter", *CV],
    ),
    (
        "Male and female prisoners at the end of 2016",
        "2016年底男女囚犯各有多少人",
        f"SELECT gender, SUM(prisoners) FROM {T} WHERE {END16} GROUP BY gender",
        ["group_by", *CV],
    ),
    (
        "Remanded prisoners by state in Q4 2016, from most to fewest",
        "2016年四季度各州还押人数，从多到少排列",
        f"SELECT state, SUM(prisoners) FROM {T} WHERE legal_status = 'Remanded' AND {END16} GROUP BY state"
        " ORDER BY SUM(prisoners) DESC",
        ["group_by", "sort", "filter", *CV],
        True,
    ),
    (
        "Western Australia's prisoner count in the second quarter of 2012",
        "2012年第二季度西澳的囚犯人数",
        f"SELECT SUM(prisoners) FROM {T} WHERE state = 'WA' AND date = '2012-06-01'",
        ["agg", "filter", "quarter", *CV],
    ),
    (
        "How much did the number of female prisoners grow between Q1 2005 and Q4 2016, in percent?",
        "从2005年一季度到2016年四季度，女性囚犯人数增长了百分之几",
        growth("gender = 'Female' AND date = '2005-03-01'", f"gender = 'Female' AND {END16}", "100.0"),
        ["growth", "pct", "quarter", *CV],
    ),
    (
        "How many more prisoners did NSW have in December 2016 than in December 2011?",
        "新州2016年12月比2011年12月多了多少名囚犯",
        f"SELECT {total(NSW16)} - {total(NSW11)}",
        ["difference", "month", *CV],
    ),
    (
        "Which state added the most prisoners between the end of 2015 and the end of 2016?",
        "2015年底到2016年底，哪个州的囚犯人数增加得最多",
        f"SELECT state, SUM(CASE WHEN {END16} THEN prisoners ELSE 0 END)"
        f" - SUM(CASE WHEN date = '2015-12-01' THEN prisoners ELSE 0 END) FROM {T} GROUP BY state"
        f" ORDER BY SUM(CASE WHEN {END16} THEN prisoners ELSE 0 END)"
        " - SUM(CASE WHEN date = '2015-12-01' THEN prisoners ELSE 0 END) DESC LIMIT 1",
        ["superlative", "growth"],
        False,
        [0],
    ),
    (
        "Average number of prisoners per quarter in 2010",
        "2010年平均每个季度的在押人数",
        f"SELECT AVG(n) FROM (SELECT date, SUM(prisoners) AS n FROM {T}"
        " WHERE date BETWEEN '2010-01-01' AND '2010-12-31' GROUP BY date)",
        ["avg_of_totals", "year"],
    ),
    (
        "The two states or territories with the fewest prisoners at the end of 2016",
        "2016年底囚犯人数最少的两个州或领地",
        f"SELECT state, SUM(prisoners) FROM {T} WHERE {END16} GROUP BY state ORDER BY SUM(prisoners) LIMIT 2",
        ["top_n", "bottom"],
        False,
        [0],
    ),
    (
        "What share of the country's prisoners did each state hold at the end of 2016?",
        "2016年底各州囚犯占全国的比例",
        f"SELECT state, 1.0 * SUM(prisoners) / (SELECT SUM(prisoners) FROM {T} WHERE {END16}) FROM {T}"
        f" WHERE {END16} GROUP BY state",
        ["share", "pct", "group_by"],
    ),
    (
        "How many men were on remand in Victoria in September 2014?",
        "2014年9月维多利亚州还押的男性有多少人",
        f"SELECT SUM(prisoners) FROM {T} WHERE state = 'VIC' AND gender = 'Male' AND legal_status = 'Remanded'"
        " AND date = '2014-09-01'",
        ["agg", "filter", "month", *CV],
    ),
    (
        "How many times more sentenced than remanded prisoners were there nationally at the end of 2016?",
        "2016年底全国已判刑人数是还押人数的几倍",
        f"SELECT 1.0 * {total(SENTENCED16)} / {total(REMANDED16)}",
        ["ratio", *CV],
    ),
    (
        "In which quarter did the national prison population first exceed 30,000?",
        "全国在押人数第一次超过3万是在哪个季度",
        f"SELECT date FROM {T} GROUP BY date HAVING SUM(prisoners) > 30000 ORDER BY date LIMIT 1",
        ["having", "first", "number", "quarter"],
    ),
    (
        "What was the highest number of female prisoners Queensland ever held in a quarter?",
        "昆士兰州女性囚犯人数最多的时候有多少人",
        f"SELECT MAX(n) FROM (SELECT date, SUM(prisoners) AS n FROM {T} WHERE state = 'QLD' AND gender = 'Female'"
        " GROUP BY date)",
        ["max_of_totals", "filter", *CV],
    ),
    (
        "ACT prisoner numbers at each year end (December quarter)",
        "首都领地每年年底（12月）的囚犯人数",
        f"SELECT date, SUM(prisoners) FROM {T} WHERE state = 'ACT' AND date LIKE '%-12-01' GROUP BY date",
        ["group_by", "month", *CV],
        False,
        [1],
    ),
    (
        "South Australia and Tasmania combined: how many prisoners at the end of 2016?",
        "2016年底南澳和塔州的囚犯合计多少人",
        f"SELECT SUM(prisoners) FROM {T} WHERE state IN ('SA', 'TAS') AND {END16}",
        ["agg", "filter", *CV],
    ),
    (
        "Female share of prisoners in the Northern Territory in Q4 2016",
        "2016年第四季度北领地女性囚犯的占比",
        f"SELECT 1.0 * SUM(CASE WHEN gender = 'Female' THEN prisoners ELSE 0 END) / SUM(prisoners) FROM {T}"
        f" WHERE state = 'NT' AND {END16}",
        ["share", "pct", "filter", *CV],
    ),
    (
        "Which state had the highest proportion of remand prisoners at the end of 2016?",
        "2016年底哪个州还押人员的比例最高",
        f"SELECT state, 1.0 * SUM(CASE WHEN legal_status = 'Remanded' THEN prisoners ELSE 0 END) / SUM(prisoners)"
        f" FROM {T} WHERE {END16} GROUP BY state ORDER BY 2 DESC LIMIT 1",
        ["superlative", "share", *CV],
        False,
        [0],
    ),
    (
        "Quarter-on-quarter growth of the total prison population in Q4 2016",
        "2016年四季度在押总人数的环比增长率",
        growth("date = '2016-09-01'", END16),
        ["growth", "pct", "quarter"],
    ),
    (
        "Prison population of the whole country every December",
        "每年12月全国的在押人数",
        f"SELECT date, SUM(prisoners) FROM {T} WHERE date LIKE '%-12-01' GROUP BY date",
        ["group_by", "month"],
        False,
        [1],
    ),
    (
        "What is the most recent quarter in the data?",
        "数据最新到哪个季度",
        f"SELECT MAX(date) FROM {T}",
        ["time_range"],
    ),
    (
        "Sentenced men in NSW, December 2016",
        "2016年12月新南威尔士州已判刑的男性囚犯人数",
        f"SELECT SUM(prisoners) FROM {T} WHERE state = 'NSW' AND gender = 'Male' AND legal_status = 'Sentenced'"
        f" AND {END16}",
        ["agg", "filter", *CV],
    ),
    (
        "Which combination of gender and legal status was the largest group at the end of 2016?",
        "2016年底哪一类（性别和法律状态组合）的囚犯最多",
        f"SELECT gender, legal_status, SUM(prisoners) FROM {T} WHERE {END16} GROUP BY gender, legal_status"
        " ORDER BY SUM(prisoners) DESC LIMIT 1",
        ["superlative", "group_by_two"],
        False,
        [0, 1],
    ),
    (
        "Average quarterly prisoner count in Victoria in 2014 versus 2016",
        "维多利亚州2014年和2016年的季度平均在押人数对比",
        f"SELECT substr(date, 1, 4), AVG(n) FROM (SELECT date, SUM(prisoners) AS n FROM {T} WHERE state = 'VIC'"
        " AND (date LIKE '2014%' OR date LIKE '2016%') GROUP BY date) GROUP BY substr(date, 1, 4)",
        ["compare_two", "year", "avg_of_totals", *CV],
        False,
        [1],
    ),
    (
        "How many prisoners were there outside New South Wales at the end of 2016?",
        "除新州以外，2016年底全国还有多少名囚犯",
        f"SELECT SUM(prisoners) FROM {T} WHERE state <> 'NSW' AND {END16}",
        ["agg", "negation", *CV],
    ),
    (
        "List the states where more than 500 women were in prison at the end of 2016",
        "2016年底女性囚犯超过500人的州",
        f"SELECT state FROM {T} WHERE gender = 'Female' AND {END16} GROUP BY state HAVING SUM(prisoners) > 500",
        ["having", "filter", "number", *CV],
    ),
    (
        "Average number of prisoners per state at the end of 2016",
        "2016年底平均每个州有多少名囚犯",
        f"SELECT AVG(n) FROM (SELECT state, SUM(prisoners) AS n FROM {T} WHERE {END16} GROUP BY state)",
        ["avg_of_totals"],
    ),
    (
        "Queensland prisoners by legal status in March 2016",
        "2016年3月昆士兰州按法律状态划分的囚犯人数",
        f"SELECT legal_status, SUM(prisoners) FROM {T} WHERE state = 'QLD' AND date = '2016-03-01'"
        " GROUP BY legal_status",
        ["group_by", "filter", "month", *CV],
    ),
    (
        "How many quarters does the data cover?",
        "数据一共覆盖了多少个季度",
        f"SELECT COUNT(DISTINCT date) FROM {T}",
        ["count_distinct", "quarter"],
    ),
    (
        "Which quarter saw the biggest jump in the national prison population over the previous quarter?",
        "哪个季度全国在押人数环比增加最多",
        f"SELECT date, n - LAG(n) OVER (ORDER BY date) AS change FROM (SELECT date, SUM(prisoners) AS n FROM {T}"
        " GROUP BY date) ORDER BY change DESC LIMIT 1",
        ["superlative", "growth", "quarter"],
        False,
        [0],
    ),
    (
        "Sentenced prisoners in Western Australia each December from 2012 to 2016",
        "2012年到2016年西澳每年12月已判刑的囚犯人数",
        f"SELECT date, SUM(prisoners) FROM {T} WHERE state = 'WA' AND legal_status = 'Sentenced'"
        " AND date LIKE '%-12-01' AND date BETWEEN '2012-01-01' AND '2016-12-31' GROUP BY date",
        ["group_by", "year_range", "filter", *CV],
        False,
        [1],
    ),
    (
        "Female prisoners by state in Q1 2005, largest first",
        "2005年第一季度各州女性囚犯人数，按从多到少排序",
        f"SELECT state, SUM(prisoners) FROM {T} WHERE gender = 'Female' AND date = '2005-03-01' GROUP BY state"
        " ORDER BY SUM(prisoners) DESC",
        ["group_by", "sort", "filter", *CV],
        True,
    ),
    (
        "Did the NT or the ACT have more prisoners in June 2010?",
        "2010年6月北领地和首都领地哪个的囚犯更多",
        f"SELECT state, SUM(prisoners) FROM {T} WHERE state IN ('NT', 'ACT') AND date = '2010-06-01'"
        " GROUP BY state ORDER BY SUM(prisoners) DESC LIMIT 1",
        ["compare_two", "superlative", *CV],
        False,
        [0],
    ),
    (
        "Percentage growth in prisoners for each state from December 2005 to December 2016",
        "各州从2005年12月到2016年12月的囚犯人数增长率",
        f"SELECT state, 100.0 * (SUM(CASE WHEN {END16} THEN prisoners ELSE 0 END)"
        " - SUM(CASE WHEN date = '2005-12-01' THEN prisoners ELSE 0 END))"
        f" / SUM(CASE WHEN date = '2005-12-01' THEN prisoners ELSE 0 END) FROM {T} GROUP BY state",
        ["growth", "pct", "group_by"],
    ),
    (
        "How many female prisoners were on remand nationwide in June 2015?",
        "2015年6月全国还押的女性囚犯有多少",
        f"SELECT SUM(prisoners) FROM {T} WHERE gender = 'Female' AND legal_status = 'Remanded'"
        " AND date = '2015-06-01'",
        ["agg", "filter", "month", *CV],
    ),
    (
        "Average number of prisoners in the ACT per quarter during 2013",
        "2013年首都领地平均每季度有多少囚犯",
        f"SELECT AVG(n) FROM (SELECT date, SUM(prisoners) AS n FROM {T} WHERE state = 'ACT'"
        " AND date LIKE '2013%' GROUP BY date)",
        ["avg_of_totals", "year", *CV],
    ),
    (
        "Top 4 states by female prisoners at the end of 2016",
        "2016年底女性囚犯最多的4个州",
        f"SELECT state, SUM(prisoners) FROM {T} WHERE gender = 'Female' AND {END16} GROUP BY state"
        " ORDER BY SUM(prisoners) DESC LIMIT 4",
        ["top_n", "filter", *CV],
        False,
        [0],
    ),
    (
        "What was the national prison population in the June quarter of 2009 compared with the June quarter of 2014?",
        "2009年二季度和2014年二季度全国在押人数分别是多少",
        f"SELECT date, SUM(prisoners) FROM {T} WHERE date IN ('2009-06-01', '2014-06-01') GROUP BY date",
        ["compare_two", "quarter"],
        False,
        [1],
    ),
    (
        "Men as a share of remanded prisoners in South Australia at the end of 2016",
        "2016年底南澳还押人员中男性占多少比例",
        f"SELECT 1.0 * SUM(CASE WHEN gender = 'Male' THEN prisoners ELSE 0 END) / SUM(prisoners) FROM {T}"
        f" WHERE state = 'SA' AND legal_status = 'Remanded' AND {END16}",
        ["share", "pct", "filter", *CV],
    ),
    (
        "What is the time span covered by the data?",
        "这份数据的时间范围是什么",
        f"SELECT MIN(date), MAX(date) FROM {T}",
        ["time_range"],
    ),
]

BY_STATE = f"SELECT state, SUM(prisoners) FROM {T} WHERE {END16} GROUP BY state"
WOMEN = f"SELECT state, SUM(prisoners) FROM {T} WHERE gender = 'Female' AND {END16} GROUP BY state"
WOMEN_REMAND = (
    f"SELECT state, SUM(prisoners) FROM {T} WHERE gender = 'Female' AND legal_status = 'Remanded' AND {END16}"
    " GROUP BY state"
)
VIC = f"SELECT SUM(prisoners) FROM {T} WHERE state = 'VIC' AND {END16}"
QLD = f"SELECT SUM(prisoners) FROM {T} WHERE state = 'QLD' AND {END16}"
F16 = f"SELECT SUM(prisoners) FROM {T} WHERE gender = 'Female' AND {END16}"
F06 = f"SELECT SUM(prisoners) FROM {T} WHERE gender = 'Female' AND date = '2006-12-01'"
FU = ["follow_up"]

CONVERSATIONS = [
    turn("Prisoners in each state at the end of 2016", "en", BY_STATE, ["group_by"], "c1-en", 0),
    turn("only women", "en", WOMEN, [*FU, "filter", *CV], "c1-en", 1),
    turn("and just those on remand?", "en", WOMEN_REMAND, [*FU, "filter", *CV], "c1-en", 2),
    turn("2016年底各州的囚犯人数", "zh", BY_STATE, ["group_by"], "c1-zh", 0),
    turn("只看女性", "zh", WOMEN, [*FU, "filter", *CV], "c1-zh", 1),
    turn("再只看还押的呢", "zh", WOMEN_REMAND, [*FU, "filter", *CV], "c1-zh", 2),
    turn("How many prisoners did Victoria have in December 2016?", "en", VIC, ["agg", "filter", *CV], "c2-en", 0),
    turn("what about Queensland?", "en", QLD, [*FU, *CV], "c2-en", 1),
    turn("2016年12月维多利亚州有多少囚犯", "zh", VIC, ["agg", "filter", *CV], "c2-zh", 0),
    turn("昆士兰呢？", "zh", QLD, [*FU, *CV], "c2-zh", 1),
    turn("Number of female prisoners in Q4 2016", "en", F16, ["agg", "filter", *CV], "c3-en", 0),
    turn("and in Q4 2006?", "en", F06, [*FU, "quarter"], "c3-en", 1),
    turn("2016年第四季度女性囚犯人数", "zh", F16, ["agg", "filter", *CV], "c3-zh", 0),
    turn("2006年同期呢？", "zh", F06, [*FU, "quarter"], "c3-zh", 1),
]  # fmt: skip

UNANSWERABLE = [
    (
        "How many Aboriginal and Torres Strait Islander prisoners were there in 2016?",
        "2016年原住民囚犯有多少人",
    ),
    ("What is the average sentence length of prisoners in NSW?", "新州囚犯的平均刑期是多久"),
    (
        "What was the imprisonment rate per 100,000 adults in Victoria in 2016?",
        "2016年维州每10万成年人的监禁率是多少",
    ),
    ("How many prisoners were released in 2015?", "2015年有多少囚犯获释"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "ausprison", questions(), source=SRC)
