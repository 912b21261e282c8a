"""Write questions.jsonl of the us_employment question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: us_employment.csv (make_data.py): monthly US employment (thousands, not seasonally adjusted) of the
11 BLS supersectors, 2000-01 to 2019-09 (US Bureau of Labor Statistics via the R package fpp3; see README.md).
Employment is a level, so a year's figure is the average of its months, never their sum.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "us_employment.csv"
T = "us_employment"
YEAR = "CAST(substr(Month, 1, 4) AS INTEGER)"
MON = "CAST(substr(Month, 6, 2) AS INTEGER)"
CON, MAN, GOV = "Construction", "Manufacturing", "Government"
LEI, INF, FIN = "Leisure and Hospitality", "Information", "Financial Activities"
EDU, PRO, MIN = "Education and Health Services", "Professional and Business Services", "Mining and Logging"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def avg(industry: str, year: int) -> str:
    return f"(SELECT AVG(Employed) FROM {T} WHERE Industry = '{industry}' AND Month LIKE '{year}-%')"


def total(month: str) -> str:
    return f"(SELECT SUM(Employed) FROM {T} WHERE Month = '{month}')"


GROWTH_00_18 = (
    f"SELECT a.Industry, 100.0 * (b.e - a.e) / a.e FROM"
    f" (SELECT Industry, AVG(Employed) AS e FROM {T} WHERE Month LIKE '2000-%' GROUP BY Industry) a JOIN"
    f" (SELECT Industry, AVG(Employed) AS e FROM {T} WHERE Month LIKE '2018-%' GROUP BY Industry) b"
    " ON a.Industry = b.Industry"
)

# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many people were employed in construction in September 2019?",
        "2019年9月建筑业就业人数是多少",
        f"SELECT Employed FROM {T} WHERE Industry = '{CON}' AND Month = '2019-09'",
        ["lookup", "filter", "date"],
    ),
    (
        "Total employment across all industries in September 2019",
        "2019年9月所有行业加起来一共有多少人就业",
        f"SELECT SUM(Employed) FROM {T} WHERE Month = '2019-09'",
        ["agg", "date"],
    ),
    (
        "Employment by industry in September 2019",
        "2019年9月各行业的就业人数",
        f"SELECT Industry, Employed FROM {T} WHERE Month = '2019-09'",
        ["group_by", "date"],
    ),
    (
        "What was average monthly employment in manufacturing in 2018?",
        "制造业2018年的月均就业人数",
        f"SELECT AVG(Employed) FROM {T} WHERE Industry = '{MAN}' AND Month LIKE '2018-%'",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Which industry employed the most people in January 2019?",
        "2019年1月哪个行业的就业人数最多",
        f"SELECT Industry, Employed FROM {T} WHERE Month = '2019-01' ORDER BY Employed DESC LIMIT 1",
        ["superlative", "date"],
        False,
        [0],
    ),
    (
        "Which industry had the fewest employees in June 2019?",
        "2019年6月就业人数最少的是哪个行业",
        f"SELECT Industry, Employed FROM {T} WHERE Month = '2019-06' ORDER BY Employed ASC LIMIT 1",
        ["superlative", "date"],
        False,
        [0],
    ),
    (
        "Top 3 industries by average employment in 2018",
        "2018年平均就业人数排前三的行业",
        f"SELECT Industry, AVG(Employed) FROM {T} WHERE Month LIKE '2018-%' GROUP BY Industry"
        " ORDER BY AVG(Employed) DESC LIMIT 3",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Which 3 industries had the lowest employment in December 2018?",
        "2018年12月就业人数最少的三个行业",
        f"SELECT Industry, Employed FROM {T} WHERE Month = '2018-12' ORDER BY Employed ASC LIMIT 3",
        ["top_n", "bottom_n", "date"],
        False,
        [0],
    ),
    (
        "Employment by sector in September 2019",
        "2019年9月按部门大类汇总的就业人数",
        f"SELECT Sector, SUM(Employed) FROM {T} WHERE Month = '2019-09' GROUP BY Sector",
        ["group_by", "agg", "date"],
    ),
    (
        "Average monthly government employment in 2010",
        "2010年政府部门平均每月有多少人就业",
        f"SELECT AVG(Employed) FROM {T} WHERE Industry = '{GOV}' AND Month LIKE '2010-%'",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "How many industries does the data cover?",
        "数据里一共有几个行业",
        f"SELECT COUNT(DISTINCT Industry) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "Which industries make up the goods-producing sector?",
        "商品生产部门包括哪些行业",
        f"SELECT DISTINCT Industry FROM {T} WHERE Sector = 'Goods-Producing'",
        ["list", "filter", "distinct", "cross_lingual_value"],
    ),
    (
        "What period does the data cover?",
        "这份数据的时间范围是从哪个月到哪个月",
        f"SELECT MIN(Month), MAX(Month) FROM {T}",
        ["date", "range"],
    ),
    (
        "Construction employment in each month of 2019",
        "2019年建筑业每个月的就业人数",
        f"SELECT Month, Employed FROM {T} WHERE Industry = '{CON}' AND Month LIKE '2019-%'",
        ["filter", "date", "trend"],
        False,
        [1],
    ),
    (
        "Average construction employment per year from 2005 to 2012",
        "2005年到2012年建筑业每年的平均就业人数",
        f"SELECT {YEAR}, AVG(Employed) FROM {T} WHERE Industry = '{CON}' AND {YEAR} BETWEEN 2005 AND 2012"
        f" GROUP BY {YEAR}",
        ["group_by", "date", "range", "trend"],
        False,
        [1],
    ),
    (
        "In which month was manufacturing employment at its lowest?",
        "制造业就业人数最低的是哪个月",
        f"SELECT Month, Employed FROM {T} WHERE Industry = '{MAN}' ORDER BY Employed ASC LIMIT 1",
        ["superlative", "date"],
        False,
        [0],
    ),
    (
        "When did leisure and hospitality employment peak?",
        "休闲和酒店业的就业人数在哪个月达到最高",
        f"SELECT Month, Employed FROM {T} WHERE Industry = '{LEI}' ORDER BY Employed DESC LIMIT 1",
        ["superlative", "date"],
        False,
        [0],
    ),
    (
        "By what percentage did average manufacturing employment fall between 2000 and 2010?",
        "制造业2010年的年均就业人数比2000年下降了百分之多少",
        f"SELECT 100.0 * ({avg(MAN, 2000)} - {avg(MAN, 2010)}) / {avg(MAN, 2000)}",
        ["growth", "period_compare", "pct"],
    ),
    (
        "Year-over-year growth of total employment in September 2019, in percent",
        "2019年9月全部行业就业总人数的同比增长率是多少",
        f"SELECT 100.0 * ({total('2019-09')} - {total('2018-09')}) / {total('2018-09')}",
        ["growth", "yoy", "pct"],
    ),
    (
        "Compare average employment in information and in financial activities in 2018",
        "2018年信息业和金融业的平均就业人数对比一下",
        f"SELECT Industry, AVG(Employed) FROM {T} WHERE Industry IN ('{INF}', '{FIN}') AND Month LIKE '2018-%'"
        " GROUP BY Industry",
        ["compare_two", "group_by", "date", "cross_lingual_value"],
    ),
    (
        "What share of total employment was in government in September 2019?",
        "2019年9月政府部门就业占全部就业的比例是多少",
        f"SELECT 100.0 * SUM(CASE WHEN Industry = '{GOV}' THEN Employed ELSE 0 END) / SUM(Employed) FROM {T}"
        " WHERE Month = '2019-09'",
        ["share", "pct", "date"],
    ),
    (
        "Each sector's share of total employment in September 2019",
        "2019年9月三大部门各占就业总数的百分之几",
        f"SELECT Sector, 100.0 * SUM(Employed) / {total('2019-09')} FROM {T} WHERE Month = '2019-09'"
        " GROUP BY Sector",
        ["share", "pct", "group_by", "date"],
    ),
    (
        "Average monthly employment in education and health services for each year",
        "教育和医疗服务业每年的月均就业人数",
        f"SELECT {YEAR}, AVG(Employed) FROM {T} WHERE Industry = '{EDU}' GROUP BY {YEAR}",
        ["group_by", "date", "trend", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "In how many months was construction employment above 7.5 million?",
        "建筑业就业人数超过750万的月份有几个",
        f"SELECT COUNT(*) FROM {T} WHERE Industry = '{CON}' AND Employed > 7500",
        ["count", "filter", "number_unit"],
    ),
    (
        "Which industries averaged more than 10 million employees in 2018?",
        "2018年月均就业人数超过1000万的行业有哪些",
        f"SELECT Industry FROM {T} WHERE Month LIKE '2018-%' GROUP BY Industry HAVING AVG(Employed) > 10000",
        ["having", "group_by", "number_unit", "date"],
    ),
    (
        "Average employment in mining and logging in the first quarter of 2015",
        "2015年一季度采矿和伐木业的平均就业人数",
        f"SELECT AVG(Employed) FROM {T} WHERE Industry = '{MIN}' AND Month IN ('2015-01', '2015-02', '2015-03')",
        ["agg", "filter", "quarter", "cross_lingual_value"],
    ),
    (
        "Average leisure and hospitality employment in each quarter of 2018",
        "2018年休闲酒店业每个季度的平均就业人数",
        f"SELECT ({MON} + 2) / 3, AVG(Employed) FROM {T} WHERE Industry = '{LEI}' AND Month LIKE '2018-%'"
        f" GROUP BY ({MON} + 2) / 3",
        ["group_by", "quarter", "date"],
        False,
        [1],
    ),
    (
        "Averaged over 2000-2018, which calendar month has the highest leisure and hospitality employment?",
        "按2000到2018年的平均水平看，休闲酒店业一年中哪个月的就业人数最高",
        f"SELECT {MON}, AVG(Employed) FROM {T} WHERE Industry = '{LEI}' AND {YEAR} <= 2018 GROUP BY {MON}"
        " ORDER BY AVG(Employed) DESC LIMIT 1",
        ["superlative", "seasonal", "range"],
        False,
        [0],
    ),
    (
        "How many more people did professional and business services employ than manufacturing in 2018, on average?",
        "2018年专业和商业服务业比制造业月均多多少就业人数",
        f"SELECT {avg(PRO, 2018)} - {avg(MAN, 2018)}",
        ["compare_two", "difference", "date"],
    ),
    (
        "How much lower was average construction employment in 2010 than in 2006?",
        "建筑业2010年的月均就业人数比2006年少了多少",
        f"SELECT {avg(CON, 2006)} - {avg(CON, 2010)}",
        ["period_compare", "difference"],
    ),
    (
        "Which industry grew the most in percentage terms between 2000 and 2018, comparing annual averages?",
        "按年均就业人数算，2000年到2018年增幅最大的是哪个行业",
        GROWTH_00_18 + " ORDER BY 2 DESC LIMIT 1",
        ["growth", "superlative", "period_compare", "subquery"],
        False,
        [0],
    ),
    (
        "Which industries had lower average employment in 2018 than in 2000?",
        "哪些行业2018年的月均就业人数比2000年还低",
        GROWTH_00_18 + " WHERE b.e < a.e",
        ["period_compare", "filter", "subquery"],
        False,
        [0],
    ),
    (
        "Total private service-providing employment in September 2019",
        "2019年9月私营服务业的就业总数",
        f"SELECT SUM(Employed) FROM {T} WHERE Sector = 'Private Service-Providing' AND Month = '2019-09'",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Total employment outside government in September 2019",
        "2019年9月除政府以外所有行业的就业人数合计",
        f"SELECT SUM(Employed) FROM {T} WHERE Industry <> '{GOV}' AND Month = '2019-09'",
        ["agg", "negation", "date"],
    ),
    (
        "In how many months did total employment exceed 150 million?",
        "全部行业合计就业超过1.5亿的月份有多少个",
        f"SELECT COUNT(*) FROM (SELECT Month FROM {T} GROUP BY Month HAVING SUM(Employed) > 150000)",
        ["count", "having", "number_unit"],
    ),
    (
        "Which month had the highest total employment?",
        "就业总人数最高的是哪个月",
        f"SELECT Month, SUM(Employed) FROM {T} GROUP BY Month ORDER BY SUM(Employed) DESC LIMIT 1",
        ["superlative", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Total employment in June 2008 versus June 2009",
        "2008年6月和2009年6月的就业总人数分别是多少",
        f"SELECT Month, SUM(Employed) FROM {T} WHERE Month IN ('2008-06', '2009-06') GROUP BY Month",
        ["compare_two", "date", "period_compare"],
        False,
        [1],
    ),
    (
        "Average monthly employment in financial activities from 2015 through 2017",
        "2015年至2017年金融业的月均就业人数",
        f"SELECT AVG(Employed) FROM {T} WHERE Industry = '{FIN}' AND {YEAR} BETWEEN 2015 AND 2017",
        ["agg", "filter", "range", "cross_lingual_value"],
    ),
    (
        "How many industries had more than 20 million employees in September 2019?",
        "2019年9月就业人数超过2000万的行业有几个",
        f"SELECT COUNT(*) FROM {T} WHERE Month = '2019-09' AND Employed > 20000",
        ["count", "filter", "number_unit", "date"],
    ),
    (
        "Rank all industries by employment in September 2019, largest first",
        "把2019年9月各行业按就业人数从高到低排一下",
        f"SELECT Industry, Employed FROM {T} WHERE Month = '2019-09' ORDER BY Employed DESC",
        ["order_by", "date"],
        True,
        [0],
    ),
    (
        "Average monthly employment of each industry in 2019 so far",
        "今年（2019年）以来各行业的月均就业人数",
        f"SELECT Industry, AVG(Employed) FROM {T} WHERE Month >= '2019-01' GROUP BY Industry",
        ["group_by", "agg", "date"],
    ),
    (
        "Total employment in January of each year from 2010 to 2019",
        "2010到2019年每年1月的就业总人数",
        f"SELECT Month, SUM(Employed) FROM {T} WHERE Month LIKE '%-01' AND {YEAR} >= 2010 GROUP BY Month",
        ["group_by", "date", "range", "trend"],
        False,
        [1],
    ),
    (
        "Average construction employment in the first half of 2019",
        "2019年上半年建筑业的平均就业人数",
        f"SELECT AVG(Employed) FROM {T} WHERE Industry = '{CON}' AND Month BETWEEN '2019-01' AND '2019-06'",
        ["agg", "filter", "date", "half_year"],
    ),
    (
        "Which sector had the highest average employment in 2018?",
        "2018年平均就业人数最多的是哪个部门大类",
        f"SELECT Sector, SUM(Employed) / 12.0 FROM {T} WHERE Month LIKE '2018-%' GROUP BY Sector"
        " ORDER BY SUM(Employed) DESC LIMIT 1",
        ["superlative", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Lowest and highest monthly employment in information since 2010",
        "2010年以来信息业月度就业人数的最低值和最高值",
        f"SELECT MIN(Employed), MAX(Employed) FROM {T} WHERE Industry = '{INF}' AND Month >= '2010-01'",
        ["agg", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Average monthly employment in other services over the whole period",
        "其他服务业整个时期的平均月就业人数",
        f"SELECT AVG(Employed) FROM {T} WHERE Industry = 'Other Services'",
        ["agg", "filter", "cross_lingual_value"],
    ),
    (
        "Within the goods-producing sector, which industry had the highest average employment in 2018?",
        "商品生产部门里，2018年月均就业人数最多的是哪个行业",
        f"SELECT Industry, AVG(Employed) FROM {T} WHERE Sector = 'Goods-Producing' AND Month LIKE '2018-%'"
        " GROUP BY Industry ORDER BY AVG(Employed) DESC LIMIT 1",
        ["superlative", "filter", "group_by", "date"],
        False,
        [0],
    ),
    (
        "How much did total employment change from August to September 2019?",
        "2019年9月就业总人数环比8月变化了多少",
        f"SELECT {total('2019-09')} - {total('2019-08')}",
        ["mom", "period_compare", "difference"],
    ),
    (
        "What share of goods-producing employment was in manufacturing in 2018?",
        "2018年制造业就业占商品生产部门就业的比重",
        f"SELECT 100.0 * SUM(CASE WHEN Industry = '{MAN}' THEN Employed ELSE 0 END) / SUM(Employed) FROM {T}"
        " WHERE Sector = 'Goods-Producing' AND Month LIKE '2018-%'",
        ["share", "pct", "filter", "date"],
    ),
    (
        "In which year between 2000 and 2018 was average construction employment highest?",
        "2000到2018年间，建筑业年均就业人数最高的是哪一年",
        f"SELECT {YEAR}, AVG(Employed) FROM {T} WHERE Industry = '{CON}' AND {YEAR} <= 2018 GROUP BY {YEAR}"
        " ORDER BY AVG(Employed) DESC LIMIT 1",
        ["superlative", "group_by", "date", "range"],
        False,
        [0],
    ),
    (
        "Average monthly employment in education and health services versus professional and business services"
        " in 2019",
        "2019年教育医疗服务业和专业商业服务业的月均就业人数分别是多少，哪个更多",
        f"SELECT Industry, AVG(Employed) FROM {T} WHERE Industry IN ('{EDU}', '{PRO}') AND Month LIKE '2019-%'"
        " GROUP BY Industry",
        ["compare_two", "group_by", "date", "cross_lingual_value"],
    ),
]

BY_IND_2018 = f"SELECT Industry, AVG(Employed) FROM {T} WHERE Month LIKE '2018-%' GROUP BY Industry"
TOP5_2018 = BY_IND_2018 + " ORDER BY AVG(Employed) DESC LIMIT 5"
TOP5_2010 = (
    f"SELECT Industry, AVG(Employed) FROM {T} WHERE Month LIKE '2010-%' GROUP BY Industry"
    " ORDER BY AVG(Employed) DESC LIMIT 5"
)
MAN_2018 = f"SELECT Month, Employed FROM {T} WHERE Industry = '{MAN}' AND Month LIKE '2018-%'"
CON_2018 = f"SELECT Month, Employed FROM {T} WHERE Industry = '{CON}' AND Month LIKE '2018-%'"
CON_2019 = f"SELECT Month, Employed FROM {T} WHERE Industry = '{CON}' AND Month LIKE '2019-%'"
GOODS_0919 = f"SELECT SUM(Employed) FROM {T} WHERE Sector = 'Goods-Producing' AND Month = '2019-09'"
GOV_0919 = f"SELECT SUM(Employed) FROM {T} WHERE Sector = 'Government' AND Month = '2019-09'"
FU = ["follow_up"]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Average employment by industry in 2018", "en", BY_IND_2018, ["group_by", "date"], "c1-en", 0),
    turn("only the top 5", "en", TOP5_2018, [*FU, "top_n"], "c1-en", 1, False, [0]),
    turn("and in 2010?", "en", TOP5_2010, [*FU, "top_n", "date"], "c1-en", 2, False, [0]),
    turn("2018年各行业的平均就业人数", "zh", BY_IND_2018, ["group_by", "date"], "c1-zh", 0),
    turn("只看前五名", "zh", TOP5_2018, [*FU, "top_n"], "c1-zh", 1, False, [0]),
    turn("换成2010年呢？", "zh", TOP5_2010, [*FU, "top_n", "date"], "c1-zh", 2, False, [0]),
    turn("Manufacturing employment in each month of 2018", "en", MAN_2018, ["filter", "date"], "c2-en", 0,
         False, [1]),
    turn("what about construction?", "en", CON_2018, [*FU, "filter"], "c2-en", 1, False, [1]),
    turn("and for 2019?", "en", CON_2019, [*FU, "filter", "date"], "c2-en", 2, False, [1]),
    turn("2018年制造业每个月的就业人数", "zh", MAN_2018, ["filter", "date"], "c2-zh", 0, False, [1]),
    turn("建筑业呢", "zh", CON_2018, [*FU, "filter"], "c2-zh", 1, False, [1]),
    turn("那2019年的呢？", "zh", CON_2019, [*FU, "filter", "date"], "c2-zh", 2, False, [1]),
    turn("Total employment in the goods-producing sector in September 2019", "en", GOODS_0919,
         ["agg", "filter", "date"], "c3-en", 0),
    turn("and in government?", "en", GOV_0919, [*FU, "filter"], "c3-en", 1),
    turn("2019年9月商品生产部门的就业总数", "zh", GOODS_0919, ["agg", "filter", "date"], "c3-zh", 0),
    turn("政府部门呢？", "zh", GOV_0919, [*FU, "filter"], "c3-zh", 1),
]  # fmt: skip

UNANSWERABLE = [
    ("What were average hourly earnings in manufacturing in 2018?", "2018年制造业的平均时薪是多少"),
    ("How many construction workers were employed in Texas in 2019?", "2019年德克萨斯州建筑业有多少人就业"),
    ("What was the unemployment rate in September 2019?", "2019年9月的失业率是多少"),
    ("How many job openings did leisure and hospitality have in 2018?", "2018年休闲酒店业有多少职位空缺"),
    ("How many women worked in financial activities in 2015?", "2015年金融业有多少女性员工"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "usemp", questions(), source=SRC)
