"""Write questions.jsonl of the aus_accommodation question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: aus_accommodation.csv, takings and room occupancy of Australian tourist accommodation by state and
quarter, 1998 Q1..2016 Q2, with the CPI (ABS via the R package fpp3, CC BY 4.0; see README.md).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "aus_accommodation.csv"
T = "aus_accommodation"
YEAR = "CAST(substr(Quarter, 1, 4) AS INTEGER)"
NSW, VIC, QLD, WA = "New South Wales", "Victoria", "Queensland", "Western Australia"
SA, TAS, NT, ACT = "South Australia", "Tasmania", "Northern Territory", "Australian Capital Territory"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def takings(where: str) -> str:
    return f"(SELECT SUM(Takings) FROM {T} WHERE {where})"


def growth(new: str, old: str) -> str:
    return f"SELECT 100.0 * ({takings(new)} - {takings(old)}) / {takings(old)}"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "What were total accommodation takings across Australia in 2015?",
        "2015年全澳住宿业总收入是多少（百万澳元）",
        f"SELECT SUM(Takings) FROM {T} WHERE Quarter LIKE '2015%'",
        ["agg", "filter", "date"],
    ),
    (
        "How much did New South Wales take in 2015?",
        "新南威尔士州2015年的住宿收入一共多少",
        f"SELECT SUM(Takings) FROM {T} WHERE State = '{NSW}' AND Quarter LIKE '2015%'",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Average room occupancy in Victoria during 2014",
        "维多利亚州2014年的平均入住率",
        f"SELECT AVG(Occupancy) FROM {T} WHERE State = '{VIC}' AND Quarter LIKE '2014%'",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Takings by state for 2015",
        "2015年各州的住宿收入",
        f"SELECT State, SUM(Takings) FROM {T} WHERE Quarter LIKE '2015%' GROUP BY State",
        ["group_by", "date"],
    ),
    (
        "Which three states earned the most from accommodation in 2015?",
        "2015年住宿收入最高的三个州是哪几个",
        f"SELECT State, SUM(Takings) FROM {T} WHERE Quarter LIKE '2015%' GROUP BY State"
        " ORDER BY SUM(Takings) DESC LIMIT 3",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Which state had the highest occupancy rate in the June quarter of 2016?",
        "2016年第二季度入住率最高的是哪个州",
        f"SELECT State, Occupancy FROM {T} WHERE Quarter = '2016 Q2' ORDER BY Occupancy DESC LIMIT 1",
        ["top_n", "filter", "date", "quarter"],
        False,
        [0],
    ),
    (
        "Over the whole period, which state has the lowest average occupancy?",
        "整个统计期内平均入住率最低的是哪个州",
        f"SELECT State, AVG(Occupancy) FROM {T} GROUP BY State ORDER BY AVG(Occupancy) ASC LIMIT 1",
        ["bottom_n", "group_by"],
        False,
        [0],
    ),
    (
        "National accommodation takings for each year",
        "每年全国的住宿总收入",
        f"SELECT {YEAR} AS year, SUM(Takings) FROM {T} GROUP BY {YEAR}",
        ["group_by", "date"],
        False,
        [1],
    ),
    (
        "Queensland's takings in each quarter of 2015",
        "昆州2015年每个季度的住宿收入",
        f"SELECT Quarter, Takings FROM {T} WHERE State = '{QLD}' AND Quarter LIKE '2015%'",
        ["filter", "date", "quarter", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "In which quarter of the year are Tasmania's takings highest on average?",
        "塔斯马尼亚一年里哪个季度的收入平均最高",
        f"SELECT substr(Quarter, 6) AS q, AVG(Takings) FROM {T} WHERE State = '{TAS}' GROUP BY substr(Quarter, 6)"
        " ORDER BY AVG(Takings) DESC LIMIT 1",
        ["top_n", "group_by", "quarter", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "What share of national takings did NSW account for in 2015?",
        "2015年新州的住宿收入占全国的百分之几",
        f"SELECT 100.0 * SUM(CASE WHEN State = '{NSW}' THEN Takings ELSE 0 END) / SUM(Takings) FROM {T}"
        " WHERE Quarter LIKE '2015%'",
        ["share", "pct", "date", "cross_lingual_value"],
    ),
    (
        "Compare 2015 takings in New South Wales and Victoria",
        "对比一下2015年新南威尔士和维多利亚的住宿收入",
        f"SELECT State, SUM(Takings) FROM {T} WHERE State IN ('{NSW}', '{VIC}') AND Quarter LIKE '2015%'"
        " GROUP BY State",
        ["compare_two", "group_by", "date", "cross_lingual_value"],
    ),
    (
        "By what percentage did national takings grow in 2015 compared with 2014?",
        "2015年全国住宿收入同比增长了百分之多少",
        growth("Quarter LIKE '2015%'", "Quarter LIKE '2014%'"),
        ["period_over_period", "pct", "date"],
    ),
    (
        "Year-on-year growth of Queensland's takings in Q4 2015, in percent",
        "昆士兰2015年第四季度的收入同比增长了百分之几",
        growth(f"State = '{QLD}' AND Quarter = '2015 Q4'", f"State = '{QLD}' AND Quarter = '2014 Q4'"),
        ["period_over_period", "pct", "date", "quarter", "cross_lingual_value"],
    ),
    (
        "What were the Northern Territory's takings in the September quarter of 2015?",
        "北领地2015年第三季度的收入是多少",
        f"SELECT Takings FROM {T} WHERE State = '{NT}' AND Quarter = '2015 Q3'",
        ["filter", "lookup", "date", "quarter", "cross_lingual_value"],
    ),
    (
        "Highest quarterly occupancy rate on record: which state and which quarter?",
        "历史上单季度入住率最高的是哪个州、哪个季度",
        f"SELECT State, Quarter, Occupancy FROM {T} ORDER BY Occupancy DESC LIMIT 1",
        ["top_n"],
        False,
        [0, 1],
    ),
    (
        "In how many quarters was occupancy in the ACT above 70%?",
        "首都领地入住率超过70%的季度有几个",
        f"SELECT COUNT(*) FROM {T} WHERE State = '{ACT}' AND Occupancy > 70",
        ["count", "filter", "compare", "cross_lingual_value"],
    ),
    (
        "Which states averaged more than 65% occupancy from 2010 to 2015?",
        "2010年到2015年间，平均入住率高于65%的州有哪些",
        f"SELECT State, AVG(Occupancy) FROM {T} WHERE {YEAR} BETWEEN 2010 AND 2015 GROUP BY State"
        " HAVING AVG(Occupancy) > 65",
        ["having", "group_by", "date", "range"],
        False,
        [0],
    ),
    (
        "Average quarterly takings of each state",
        "各州平均每个季度的收入是多少",
        f"SELECT State, AVG(Takings) FROM {T} GROUP BY State",
        ["group_by", "agg"],
    ),
    (
        "Total takings of Western Australia from 2010 to 2014",
        "西澳2010年至2014年累计的住宿收入",
        f"SELECT SUM(Takings) FROM {T} WHERE State = '{WA}' AND {YEAR} BETWEEN 2010 AND 2014",
        ["agg", "filter", "date", "range", "cross_lingual_value"],
    ),
    (
        "Takings of each state in the first half of 2016",
        "2016年上半年各州的住宿收入",
        f"SELECT State, SUM(Takings) FROM {T} WHERE Quarter IN ('2016 Q1', '2016 Q2') GROUP BY State",
        ["group_by", "date", "half_year"],
    ),
    (
        "What was the CPI in the June quarter of 2016?",
        "2016年第二季度的CPI是多少",
        f"SELECT DISTINCT CPI FROM {T} WHERE Quarter = '2016 Q2'",
        ["lookup", "filter", "date", "quarter"],
    ),
    (
        "NSW takings in 2015 in real terms, i.e. deflated by the CPI to 2012 Q1 prices",
        "按CPI折算成2012年一季度的价格，新州2015年的实际住宿收入是多少",
        f"SELECT SUM(Takings * 100.0 / CPI) FROM {T} WHERE State = '{NSW}' AND Quarter LIKE '2015%'",
        ["agg", "derived", "filter", "date", "cross_lingual_value"],
    ),
    (
        "How many percentage points higher was Victoria's average occupancy in 2015 than in 2005?",
        "维州2015年的平均入住率比2005年高了几个百分点",
        f"SELECT (SELECT AVG(Occupancy) FROM {T} WHERE State = '{VIC}' AND Quarter LIKE '2015%')"
        f" - (SELECT AVG(Occupancy) FROM {T} WHERE State = '{VIC}' AND Quarter LIKE '2005%')",
        ["difference", "date", "cross_lingual_value"],
    ),
    (
        "Which state's takings grew the most in percentage terms between 2005 and 2015?",
        "2005年到2015年，哪个州的住宿收入增幅（百分比）最大",
        f"SELECT State, SUM(CASE WHEN Quarter LIKE '2015%' THEN Takings END)"
        f" / SUM(CASE WHEN Quarter LIKE '2005%' THEN Takings END) FROM {T} GROUP BY State"
        " ORDER BY SUM(CASE WHEN Quarter LIKE '2015%' THEN Takings END)"
        " / SUM(CASE WHEN Quarter LIKE '2005%' THEN Takings END) DESC LIMIT 1",
        ["top_n", "period_over_period", "group_by", "date"],
        False,
        [0],
    ),
    (
        "How many states and territories are in the data?",
        "数据里一共有几个州和领地",
        f"SELECT COUNT(DISTINCT State) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "What period does the data cover? Give the first and last quarter",
        "数据覆盖的时间范围是从哪个季度到哪个季度",
        f"SELECT MIN(Quarter), MAX(Quarter) FROM {T}",
        ["agg", "date"],
    ),
    (
        "Which quarters saw national takings above 2.5 billion dollars?",
        "全国单季度住宿收入超过25亿澳元的是哪几个季度",
        f"SELECT Quarter, SUM(Takings) FROM {T} GROUP BY Quarter HAVING SUM(Takings) > 2500",
        ["having", "group_by", "date", "unit"],
        False,
        [0],
    ),
    (
        "Rank the states by average occupancy in 2015, highest first",
        "把各州2015年的平均入住率从高到低排一下",
        f"SELECT State, AVG(Occupancy) FROM {T} WHERE Quarter LIKE '2015%' GROUP BY State"
        " ORDER BY AVG(Occupancy) DESC",
        ["sort", "group_by", "date"],
        True,
        [0],
    ),
    (
        "Which two states had the smallest takings in 2015?",
        "2015年收入最少的两个州",
        f"SELECT State, SUM(Takings) FROM {T} WHERE Quarter LIKE '2015%' GROUP BY State"
        " ORDER BY SUM(Takings) ASC LIMIT 2",
        ["bottom_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "South Australia's takings in 2008 and in 2009",
        "南澳2008年和2009年的住宿收入分别是多少",
        f"SELECT {YEAR} AS year, SUM(Takings) FROM {T} WHERE State = '{SA}' AND {YEAR} IN (2008, 2009)"
        f" GROUP BY {YEAR}",
        ["compare_two", "group_by", "date", "cross_lingual_value"],
    ),
    (
        "In how many quarters did occupancy in the Northern Territory fall below 55%?",
        "北领地有多少个季度的入住率低于55%",
        f"SELECT COUNT(*) FROM {T} WHERE State = '{NT}' AND Occupancy < 55",
        ["count", "filter", "compare", "cross_lingual_value"],
    ),
    (
        "In which year was average occupancy in NSW highest?",
        "新州哪一年的平均入住率最高",
        f"SELECT {YEAR} AS year, AVG(Occupancy) FROM {T} WHERE State = '{NSW}' GROUP BY {YEAR}"
        " ORDER BY AVG(Occupancy) DESC LIMIT 1",
        ["top_n", "group_by", "date", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "Share of Queensland in Australia's accommodation takings over the whole period",
        "整个统计期内昆士兰占全国住宿收入的比重",
        f"SELECT 100.0 * SUM(CASE WHEN State = '{QLD}' THEN Takings ELSE 0 END) / SUM(Takings) FROM {T}",
        ["share", "pct", "cross_lingual_value"],
    ),
    (
        "Which states have ever taken more than 500 million dollars in a single quarter?",
        "哪些州出现过单季度收入超过5亿澳元",
        f"SELECT DISTINCT State FROM {T} WHERE Takings > 500",
        ["distinct", "filter", "compare", "unit"],
    ),
    (
        "Total takings across all states in Q4 2015",
        "2015年第四季度全国的住宿收入合计",
        f"SELECT SUM(Takings) FROM {T} WHERE Quarter = '2015 Q4'",
        ["agg", "filter", "date", "quarter"],
    ),
    (
        "How did Western Australia's takings change from the March to the June quarter of 2016, in percent?",
        "西澳2016年第二季度的收入环比变化了百分之多少",
        growth(f"State = '{WA}' AND Quarter = '2016 Q2'", f"State = '{WA}' AND Quarter = '2016 Q1'"),
        ["period_over_period", "pct", "date", "quarter", "cross_lingual_value"],
    ),
    (
        "What is the average occupancy rate across all states and quarters?",
        "所有州、所有季度的平均入住率是多少",
        f"SELECT AVG(Occupancy) FROM {T}",
        ["agg"],
    ),
    (
        "Combined 2015 takings of all states other than NSW and Victoria",
        "2015年除了新州和维州以外，其他州的住宿收入加起来是多少",
        f"SELECT SUM(Takings) FROM {T} WHERE State NOT IN ('{NSW}', '{VIC}') AND Quarter LIKE '2015%'",
        ["agg", "negation", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Victoria's takings per year from 2000 to 2005",
        "维州2000到2005年每年的住宿收入",
        f"SELECT {YEAR} AS year, SUM(Takings) FROM {T} WHERE State = '{VIC}' AND {YEAR} BETWEEN 2000 AND 2005"
        f" GROUP BY {YEAR}",
        ["group_by", "date", "range", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "When was Queensland's occupancy at its highest, and what was it?",
        "昆士兰入住率最高的是哪个季度，是多少",
        f"SELECT Quarter, Occupancy FROM {T} WHERE State = '{QLD}' ORDER BY Occupancy DESC LIMIT 1",
        ["top_n", "filter", "date", "cross_lingual_value"],
        False,
        [0, 1],
    ),
    (
        "ACT takings per year since 2010",
        "首都领地从2010年起每年的住宿收入",
        f"SELECT {YEAR} AS year, SUM(Takings) FROM {T} WHERE State = '{ACT}' AND {YEAR} >= 2010 GROUP BY {YEAR}",
        ["group_by", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "How much more did NSW take than Victoria in 2015?",
        "2015年新州的住宿收入比维州多多少",
        f"SELECT {takings(f'State = {NSW!r} AND Quarter LIKE {chr(39)}2015%{chr(39)}')}"
        f" - {takings(f'State = {VIC!r} AND Quarter LIKE {chr(39)}2015%{chr(39)}')}",
        ["difference", "date", "cross_lingual_value"],
    ),
    (
        "What is Tasmania's best quarter ever for takings, in millions?",
        "塔州单季度最高的住宿收入是多少百万澳元",
        f"SELECT MAX(Takings) FROM {T} WHERE State = '{TAS}'",
        ["agg", "filter", "cross_lingual_value"],
    ),
    (
        "How many quarters of data are there?",
        "一共有多少个季度的数据",
        f"SELECT COUNT(DISTINCT Quarter) FROM {T}",
        ["count", "distinct", "date"],
    ),
    (
        "Average occupancy by state in 2010",
        "2010年各州的平均入住率",
        f"SELECT State, AVG(Occupancy) FROM {T} WHERE Quarter LIKE '2010%' GROUP BY State",
        ["group_by", "date"],
    ),
    (
        "What was the average CPI in 2008?",
        "2008年CPI的平均值是多少",
        f"SELECT AVG(CPI) FROM {T} WHERE Quarter LIKE '2008%'",
        ["agg", "filter", "date"],
    ),
    (
        "Top 5 quarters by national takings",
        "全国住宿收入最高的5个季度",
        f"SELECT Quarter, SUM(Takings) FROM {T} GROUP BY Quarter ORDER BY SUM(Takings) DESC LIMIT 5",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Average Victorian occupancy in the December quarters from 2010 to 2015",
        "维州2010到2015年这六个第四季度的平均入住率是多少",
        f"SELECT AVG(Occupancy) FROM {T} WHERE State = '{VIC}' AND Quarter LIKE '% Q4'"
        f" AND {YEAR} BETWEEN 2010 AND 2015",
        ["agg", "filter", "date", "quarter", "range", "cross_lingual_value"],
    ),
    (
        "How many quarters did South Australia's takings exceed 100 million dollars?",
        "南澳单季度收入超过1亿澳元的季度有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE State = '{SA}' AND Takings > 100",
        ["count", "filter", "compare", "unit", "cross_lingual_value"],
    ),
]

BY_STATE_2014 = f"SELECT State, SUM(Takings) FROM {T} WHERE Quarter LIKE '2014%' GROUP BY State"
TOP3_2014 = BY_STATE_2014 + " ORDER BY SUM(Takings) DESC LIMIT 3"
TOP3_2015 = f"SELECT State, SUM(Takings) FROM {T} WHERE Quarter LIKE '2015%' GROUP BY State ORDER BY SUM(Takings) DESC LIMIT 3"
QLD_OCC = f"SELECT {YEAR} AS year, AVG(Occupancy) FROM {T} WHERE State = '{QLD}' GROUP BY {YEAR}"
VIC_OCC = f"SELECT {YEAR} AS year, AVG(Occupancy) FROM {T} WHERE State = '{VIC}' GROUP BY {YEAR}"
VIC_OCC_2010 = (
    f"SELECT {YEAR} AS year, AVG(Occupancy) FROM {T} WHERE State = '{VIC}' AND {YEAR} >= 2010 GROUP BY {YEAR}"
)
TAS_TAKINGS = f"SELECT Quarter, Takings FROM {T} WHERE State = '{TAS}' AND Quarter LIKE '2015%'"
TAS_OCC = f"SELECT Quarter, Occupancy FROM {T} WHERE State = '{TAS}' AND Quarter LIKE '2015%'"
FU = ["follow_up"]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Total takings by state in 2014", "en", BY_STATE_2014, ["group_by", "date"], "c1-en", 0),
    turn("just the top 3", "en", TOP3_2014, [*FU, "top_n"], "c1-en", 1, False, [0]),
    turn("what about 2015?", "en", TOP3_2015, [*FU, "top_n", "date"], "c1-en", 2, False, [0]),
    turn("2014年各州的住宿总收入", "zh", BY_STATE_2014, ["group_by", "date"], "c1-zh", 0),
    turn("只要前三名", "zh", TOP3_2014, [*FU, "top_n"], "c1-zh", 1, False, [0]),
    turn("2015年呢？", "zh", TOP3_2015, [*FU, "top_n", "date"], "c1-zh", 2, False, [0]),
    turn(
        "Queensland's average occupancy per year", "en", QLD_OCC, ["group_by", "date"], "c2-en", 0, False, [1]
    ),
    turn("what about Victoria?", "en", VIC_OCC, [*FU, "group_by"], "c2-en", 1, False, [1]),
    turn("only from 2010 onwards", "en", VIC_OCC_2010, [*FU, "filter", "date"], "c2-en", 2, False, [1]),
    turn("昆士兰每年的平均入住率", "zh", QLD_OCC, ["group_by", "date"], "c2-zh", 0, False, [1]),
    turn("维多利亚呢", "zh", VIC_OCC, [*FU, "group_by"], "c2-zh", 1, False, [1]),
    turn("只看2010年及以后的呢？", "zh", VIC_OCC_2010, [*FU, "filter", "date"], "c2-zh", 2, False, [1]),
    turn(
        "Tasmania's takings in each quarter of 2015",
        "en",
        TAS_TAKINGS,
        ["filter", "date"],
        "c3-en",
        0,
        False,
        [1],
    ),
    turn("and the occupancy?", "en", TAS_OCC, [*FU, "filter"], "c3-en", 1, False, [1]),
    turn("塔斯马尼亚2015年每个季度的收入", "zh", TAS_TAKINGS, ["filter", "date"], "c3-zh", 0, False, [1]),
    turn("入住率呢？", "zh", TAS_OCC, [*FU, "filter"], "c3-zh", 1, False, [1]),
]

UNANSWERABLE = [
    ("How many hotel rooms are there in Queensland?", "昆士兰一共有多少间酒店客房"),
    ("What was the average nightly room rate in Sydney in 2015?", "2015年悉尼酒店每晚的平均房价是多少"),
    ("How many international visitors stayed in Victoria in 2014?", "2014年维州接待了多少国际游客"),
    ("Which hotel chain earned the most in 2015?", "2015年哪家连锁酒店赚得最多"),
    ("How many people work in accommodation in Tasmania?", "塔斯马尼亚住宿业有多少从业人员"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "aacc", questions(), source=SRC)
