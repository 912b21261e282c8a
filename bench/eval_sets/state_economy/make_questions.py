"""Write questions.jsonl of the state_economy question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: state_economy.sqlite (make_data.py): gross state product, private and public capital, non-farm
employment and unemployment of the 48 contiguous US states, 1970-1986 (Munnell 1990, via the R package plm;
see README.md): output (English headers) and 就业 (Chinese headers) facts, 州 (Chinese headers) and regions
(English headers) dimensions. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "state_economy.sqlite"
OS = "output o JOIN 州 s ON o.state_id = s.州编号"
JS = "就业 j JOIN 州 s ON j.州编号 = s.州编号"
SR = "州 s JOIN regions r ON s.地区编号 = r.region_id"
OSR = OS + " JOIN regions r ON s.地区编号 = r.region_id"
JSR = JS + " JOIN regions r ON s.地区编号 = r.region_id"
OJS = OS + " JOIN 就业 j ON o.state_id = j.州编号 AND o.year = j.年份"
JOIN = ["join"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def gsp(state: str, year: int) -> str:
    return f"(SELECT o.gsp FROM {OS} WHERE s.州名称 = '{state}' AND o.year = {year})"


def rate(state: str, year: int) -> str:
    return f"(SELECT j.失业率 FROM {JS} WHERE s.州名称 = '{state}' AND j.年份 = {year})"


def total_gsp(year: int) -> str:
    return f"(SELECT SUM(gsp) FROM output WHERE year = {year})"


# (english, chinese, gold_sql, tags[, ordered, compare]); the questions that need a join come first
JOINED = [
    (
        "What was California's gross state product in 1986?",
        "1986年加州的州生产总值（GSP）是多少",
        f"SELECT o.gsp FROM {OS} WHERE s.州名称 = 'California' AND o.year = 1986",
        [*JOIN, "lookup", "filter", "cross_lingual_value"],
    ),
    (
        "Unemployment rate in Michigan in 1982",
        "密歇根州1982年的失业率",
        f"SELECT j.失业率 FROM {JS} WHERE s.州名称 = 'Michigan' AND j.年份 = 1982",
        [*JOIN, "lookup", "filter", "cross_lingual_value"],
    ),
    (
        "Top 5 states by GSP in 1986",
        "1986年州生产总值最高的5个州",
        f"SELECT s.州名称, o.gsp FROM {OS} WHERE o.year = 1986 ORDER BY o.gsp DESC LIMIT 5",
        [*JOIN, "top_n", "date"],
        False,
        [0],
    ),
    (
        "Which state had the highest unemployment rate in 1983?",
        "1983年失业率最高的是哪个州",
        f"SELECT s.州名称, j.失业率 FROM {JS} WHERE j.年份 = 1983 ORDER BY j.失业率 DESC LIMIT 1",
        [*JOIN, "superlative", "date"],
        False,
        [0],
    ),
    (
        "Which 3 states had the lowest unemployment rates in 1984?",
        "1984年失业率最低的三个州",
        f"SELECT s.州名称, j.失业率 FROM {JS} WHERE j.年份 = 1984 ORDER BY j.失业率 ASC LIMIT 3",
        [*JOIN, "top_n", "bottom_n", "date"],
        False,
        [0],
    ),
    (
        "Total GSP by census region in 1986",
        "1986年四大区各自的GSP合计",
        f"SELECT r.census_region, SUM(o.gsp) FROM {OSR} WHERE o.year = 1986 GROUP BY r.census_region",
        [*JOIN, "three_tables", "group_by", "agg", "date"],
    ),
    (
        "Average unemployment rate by division in 1982",
        "1982年各地理分区的平均失业率",
        f"SELECT r.division, AVG(j.失业率) FROM {JSR} WHERE j.年份 = 1982 GROUP BY r.division",
        [*JOIN, "three_tables", "group_by", "agg", "date"],
    ),
    (
        "How many states are in the South region?",
        "南部大区有多少个州",
        f"SELECT COUNT(*) FROM {SR} WHERE r.census_region = 'South'",
        [*JOIN, "count", "filter", "cross_lingual_value"],
    ),
    (
        "List the states in the Pacific division",
        "太平洋分区包括哪些州",
        f"SELECT s.州名称 FROM {SR} WHERE r.division = 'Pacific'",
        [*JOIN, "list", "filter", "cross_lingual_value"],
    ),
    (
        "Texas's non-farm employment in each year from 1980 to 1986",
        "得克萨斯州1980到1986年每年的非农就业人数",
        f"SELECT j.年份, j.非农就业_千人 FROM {JS} WHERE s.州名称 = 'Texas' AND j.年份 BETWEEN 1980 AND 1986",
        [*JOIN, "filter", "range", "trend", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "By what percentage did Texas's GSP grow from 1970 to 1986?",
        "得州1986年的州生产总值比1970年增长了百分之多少",
        f"SELECT 100.0 * ({gsp('Texas', 1986)} - {gsp('Texas', 1970)}) / {gsp('Texas', 1970)}",
        [*JOIN, "growth", "period_compare", "pct", "cross_lingual_value"],
    ),
    (
        "Which state's GSP grew the fastest between 1970 and 1986?",
        "1970到1986年GSP增长最快的是哪个州",
        "SELECT s.州名称, 100.0 * (b.gsp - a.gsp) / a.gsp FROM output a JOIN output b"
        " ON a.state_id = b.state_id AND a.year = 1970 AND b.year = 1986 JOIN 州 s ON a.state_id = s.州编号"
        " ORDER BY 2 DESC LIMIT 1",
        [*JOIN, "growth", "superlative", "period_compare"],
        False,
        [0],
    ),
    (
        "Total public capital stock of the New England states in 1985",
        "1985年新英格兰分区各州的公共资本存量合计",
        f"SELECT SUM(o.public_capital) FROM {OSR} WHERE r.division = 'New England' AND o.year = 1985",
        [*JOIN, "three_tables", "agg", "filter", "cross_lingual_value"],
    ),
    (
        "Compare the GSP of New York and California in 1980",
        "1980年纽约州和加州的GSP对比",
        f"SELECT s.州名称, o.gsp FROM {OS} WHERE s.州名称 IN ('New York', 'California') AND o.year = 1980",
        [*JOIN, "compare_two", "filter", "cross_lingual_value"],
    ),
    (
        "Average unemployment rate of the Midwest states in 1982",
        "1982年中西部各州的平均失业率",
        f"SELECT AVG(j.失业率) FROM {JSR} WHERE r.census_region = 'Midwest' AND j.年份 = 1982",
        [*JOIN, "three_tables", "agg", "filter", "cross_lingual_value"],
    ),
    (
        "Which division had the largest total GSP in 1986?",
        "1986年GSP总量最大的是哪个分区",
        f"SELECT r.division, SUM(o.gsp) FROM {OSR} WHERE o.year = 1986 GROUP BY r.division"
        " ORDER BY SUM(o.gsp) DESC LIMIT 1",
        [*JOIN, "three_tables", "superlative", "group_by"],
        False,
        [0],
    ),
    (
        "What was New York's GSP per thousand non-farm employees in 1986?",
        "1986年纽约州每千名非农就业人员对应多少GSP",
        f"SELECT o.gsp / j.非农就业_千人 FROM {OJS} WHERE s.州名称 = 'New York' AND o.year = 1986",
        [*JOIN, "three_tables", "ratio", "filter", "cross_lingual_value"],
    ),
    (
        "Which 5 states had the highest GSP per thousand non-farm employees in 1986?",
        "1986年每千名非农就业人员GSP最高的5个州",
        f"SELECT s.州名称, o.gsp / j.非农就业_千人 FROM {OJS} WHERE o.year = 1986"
        " ORDER BY o.gsp / j.非农就业_千人 DESC LIMIT 5",
        [*JOIN, "three_tables", "ratio", "top_n"],
        False,
        [0],
    ),
    (
        "Total non-farm employment by census region in 1986",
        "1986年四大区各自的非农就业总人数",
        f"SELECT r.census_region, SUM(j.非农就业_千人) FROM {JSR} WHERE j.年份 = 1986 GROUP BY r.census_region",
        [*JOIN, "three_tables", "group_by", "agg"],
    ),
    (
        "What share of total GSP did the West region produce in 1986?",
        "1986年西部大区的GSP占全部州的比重",
        f"SELECT 100.0 * SUM(CASE WHEN r.census_region = 'West' THEN o.gsp ELSE 0 END) / SUM(o.gsp) FROM {OSR}"
        " WHERE o.year = 1986",
        [*JOIN, "three_tables", "share", "pct", "cross_lingual_value"],
    ),
    (
        "Each census region's share of total non-farm employment in 1970",
        "1970年各大区非农就业分别占全部的百分之几",
        f"SELECT r.census_region, 100.0 * SUM(j.非农就业_千人) / (SELECT SUM(非农就业_千人) FROM 就业 WHERE 年份 = 1970)"
        f" FROM {JSR} WHERE j.年份 = 1970 GROUP BY r.census_region",
        [*JOIN, "three_tables", "share", "pct", "group_by"],
    ),
    (
        "Which states had an unemployment rate above 10% in 1982?",
        "1982年失业率超过10%的州有哪些",
        f"SELECT s.州名称 FROM {JS} WHERE j.年份 = 1982 AND j.失业率 > 10",
        [*JOIN, "list", "filter", "number_unit"],
    ),
    (
        "How many states had an unemployment rate above 10% in 1983?",
        "1983年有几个州的失业率超过10%",
        f"SELECT COUNT(*) FROM {JS} WHERE j.年份 = 1983 AND j.失业率 > 10",
        [*JOIN, "count", "filter", "number_unit"],
    ),
    (
        "Average highway capital of the Mountain division states in 1986",
        "1986年山地分区各州公路资本的平均值",
        f"SELECT AVG(o.highways) FROM {OSR} WHERE r.division = 'Mountain' AND o.year = 1986",
        [*JOIN, "three_tables", "agg", "filter", "cross_lingual_value"],
    ),
    (
        "Pennsylvania's unemployment rate in 1980 and in 1985",
        "宾夕法尼亚州1980年和1985年的失业率分别是多少",
        f"SELECT j.年份, j.失业率 FROM {JS} WHERE s.州名称 = 'Pennsylvania' AND j.年份 IN (1980, 1985)",
        [*JOIN, "compare_two", "period_compare", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "By how many percentage points did Ohio's unemployment rate change from 1981 to 1982?",
        "俄亥俄州1982年的失业率比1981年上升了几个百分点",
        f"SELECT {rate('Ohio', 1982)} - {rate('Ohio', 1981)}",
        [*JOIN, "yoy", "difference", "cross_lingual_value"],
    ),
    (
        "Florida's GSP in each year",
        "佛罗里达州每年的州生产总值",
        f"SELECT o.year, o.gsp FROM {OS} WHERE s.州名称 = 'Florida'",
        [*JOIN, "filter", "trend", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "Which South Atlantic state had the largest private capital stock in 1986?",
        "1986年南大西洋分区里私人资本存量最大的是哪个州",
        f"SELECT s.州名称, o.private_capital FROM {OSR} WHERE r.division = 'South Atlantic' AND o.year = 1986"
        " ORDER BY o.private_capital DESC LIMIT 1",
        [*JOIN, "three_tables", "superlative", "filter", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "Rank the census regions by average unemployment rate over 1970-1986, highest first",
        "按1970-1986年的平均失业率给四个大区从高到低排个序",
        f"SELECT r.census_region, AVG(j.失业率) FROM {JSR} GROUP BY r.census_region ORDER BY AVG(j.失业率) DESC",
        [*JOIN, "three_tables", "order_by", "group_by"],
        True,
        [0],
    ),
    (
        "What was the unemployment rate in WV in 1983?",
        "WV这个州1983年的失业率是多少",
        f"SELECT j.失业率 FROM {JS} WHERE s.州缩写 = 'WV' AND j.年份 = 1983",
        [*JOIN, "lookup", "filter", "code"],
    ),
    (
        "Total water and sewer capital of the Middle Atlantic states in 1986",
        "1986年中大西洋分区各州供水和污水设施资本的合计",
        f"SELECT SUM(o.water_sewer) FROM {OSR} WHERE r.division = 'Middle Atlantic' AND o.year = 1986",
        [*JOIN, "three_tables", "agg", "filter", "cross_lingual_value"],
    ),
    (
        "Which states had a GSP of more than 200 billion dollars in 1986?",
        "1986年GSP超过2000亿美元的州有哪些",
        f"SELECT s.州名称 FROM {OS} WHERE o.year = 1986 AND o.gsp > 200000",
        [*JOIN, "list", "filter", "number_unit"],
    ),
    (
        "Average non-farm employment per state in the Pacific division in 1975",
        "1975年太平洋分区平均每个州的非农就业人数",
        f"SELECT AVG(j.非农就业_千人) FROM {JSR} WHERE r.division = 'Pacific' AND j.年份 = 1975",
        [*JOIN, "three_tables", "agg", "filter", "cross_lingual_value"],
    ),
    (
        "Which division had the lowest average unemployment rate in 1986?",
        "1986年平均失业率最低的分区是哪个",
        f"SELECT r.division, AVG(j.失业率) FROM {JSR} WHERE j.年份 = 1986 GROUP BY r.division"
        " ORDER BY AVG(j.失业率) ASC LIMIT 1",
        [*JOIN, "three_tables", "superlative", "group_by"],
        False,
        [0],
    ),
    (
        "In which year was Michigan's unemployment rate the highest?",
        "密歇根州失业率最高的是哪一年",
        f"SELECT j.年份, j.失业率 FROM {JS} WHERE s.州名称 = 'Michigan' ORDER BY j.失业率 DESC LIMIT 1",
        [*JOIN, "superlative", "date", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "Illinois's public capital in 1986 split into highways, water and sewer, and other public buildings",
        "伊利诺伊州1986年的公共资本里，公路、供水排污和其他公共建筑各是多少",
        f"SELECT o.highways, o.water_sewer, o.other_public FROM {OS} WHERE s.州名称 = 'Illinois' AND o.year = 1986",
        [*JOIN, "lookup", "filter", "cross_lingual_value"],
    ),
    (
        "What share of Wyoming's public capital was highways in 1986?",
        "1986年怀俄明州的公共资本中公路占多大比例",
        f"SELECT 100.0 * o.highways / o.public_capital FROM {OS} WHERE s.州名称 = 'Wyoming' AND o.year = 1986",
        [*JOIN, "share", "pct", "cross_lingual_value"],
    ),
    (
        "Average GSP per state in each division in 1986",
        "1986年各分区的州均GSP",
        f"SELECT r.division, AVG(o.gsp) FROM {OSR} WHERE o.year = 1986 GROUP BY r.division",
        [*JOIN, "three_tables", "group_by", "agg"],
    ),
    (
        "How many Southern states had a lower unemployment rate in 1986 than in 1976?",
        "南部的州里，1986年失业率比1976年低的有几个",
        "SELECT COUNT(*) FROM 就业 a JOIN 就业 b ON a.州编号 = b.州编号 AND a.年份 = 1976 AND b.年份 = 1986"
        " JOIN 州 s ON a.州编号 = s.州编号 JOIN regions r ON s.地区编号 = r.region_id"
        " WHERE r.census_region = 'South' AND b.失业率 < a.失业率",
        [*JOIN, "three_tables", "count", "period_compare", "cross_lingual_value"],
    ),
]

SINGLE = [
    (
        "How many years does the data cover?",
        "数据一共覆盖了多少年",
        "SELECT COUNT(DISTINCT year) FROM output",
        ["count", "distinct", "date"],
    ),
    (
        "Total GSP of all states per year",
        "每年所有州的GSP合计",
        "SELECT year, SUM(gsp) FROM output GROUP BY year",
        ["group_by", "agg", "trend"],
        False,
        [1],
    ),
    (
        "Average state unemployment rate in each year",
        "各年份各州失业率的平均值",
        "SELECT 年份, AVG(失业率) FROM 就业 GROUP BY 年份",
        ["group_by", "agg", "trend"],
        False,
        [1],
    ),
    (
        "What is the highest unemployment rate in the data?",
        "数据里出现过的最高失业率是多少",
        "SELECT MAX(失业率) FROM 就业",
        ["agg", "superlative"],
    ),
    (
        "Year-over-year growth of total GSP in 1984, in percent",
        "1984年全部州GSP合计的同比增长率是多少",
        f"SELECT 100.0 * ({total_gsp(1984)} - {total_gsp(1983)}) / {total_gsp(1983)}",
        ["growth", "yoy", "pct"],
    ),
    (
        "In which year was the average state unemployment rate lowest?",
        "哪一年各州平均失业率最低",
        "SELECT 年份, AVG(失业率) FROM 就业 GROUP BY 年份 ORDER BY AVG(失业率) ASC LIMIT 1",
        ["superlative", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Total non-farm employment in 1986, in thousands",
        "1986年全部州的非农就业总数（千人）",
        "SELECT SUM(非农就业_千人) FROM 就业 WHERE 年份 = 1986",
        ["agg", "filter", "date"],
    ),
    (
        "How many state-year records have an unemployment rate below 4%?",
        "失业率低于4%的州-年份记录有多少条",
        "SELECT COUNT(*) FROM 就业 WHERE 失业率 < 4",
        ["count", "filter", "number_unit"],
    ),
    (
        "By how much did total highway capital grow from 1970 to 1986?",
        "1970年到1986年所有州的公路资本总额增加了多少",
        "SELECT (SELECT SUM(highways) FROM output WHERE year = 1986) - (SELECT SUM(highways) FROM output"
        " WHERE year = 1970)",
        ["period_compare", "difference"],
    ),
    (
        "Total non-farm employment in each year from 1980 to 1984",
        "1980-1984年每年的非农就业总数",
        "SELECT 年份, SUM(非农就业_千人) FROM 就业 WHERE 年份 BETWEEN 1980 AND 1984 GROUP BY 年份",
        ["group_by", "range", "trend"],
        False,
        [1],
    ),
    (
        "Total private and total public capital of all states in 1986",
        "1986年所有州的私人资本和公共资本总额分别是多少",
        "SELECT SUM(private_capital), SUM(public_capital) FROM output WHERE year = 1986",
        ["agg", "compare_two", "date"],
    ),
]

BY_STATE_86 = f"SELECT s.州名称, o.gsp FROM {OS} WHERE o.year = 1986"
TOP3_86 = BY_STATE_86 + " ORDER BY o.gsp DESC LIMIT 3"
TOP3_70 = f"SELECT s.州名称, o.gsp FROM {OS} WHERE o.year = 1970 ORDER BY o.gsp DESC LIMIT 3"
TX_RATE = f"SELECT j.年份, j.失业率 FROM {JS} WHERE s.州名称 = 'Texas'"
LA_RATE = f"SELECT j.年份, j.失业率 FROM {JS} WHERE s.州名称 = 'Louisiana'"
LA_RATE_80 = LA_RATE + " AND j.年份 >= 1980"
NE_JOBS = f"SELECT SUM(j.非农就业_千人) FROM {JSR} WHERE r.division = 'New England' AND j.年份 = 1986"
PAC_JOBS = f"SELECT SUM(j.非农就业_千人) FROM {JSR} WHERE r.division = 'Pacific' AND j.年份 = 1986"
FU = ["follow_up", *JOIN]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("GSP of each state in 1986", "en", BY_STATE_86, [*JOIN, "date"], "c1-en", 0),
    turn("just the top 3", "en", TOP3_86, [*FU, "top_n"], "c1-en", 1, False, [0]),
    turn("and in 1970?", "en", TOP3_70, [*FU, "top_n", "date"], "c1-en", 2, False, [0]),
    turn("1986年各州的GSP", "zh", BY_STATE_86, [*JOIN, "date"], "c1-zh", 0),
    turn("只要前三", "zh", TOP3_86, [*FU, "top_n"], "c1-zh", 1, False, [0]),
    turn("1970年呢？", "zh", TOP3_70, [*FU, "top_n", "date"], "c1-zh", 2, False, [0]),
    turn("Texas's unemployment rate by year", "en", TX_RATE, [*JOIN, "trend"], "c2-en", 0, False, [1]),
    turn("what about Louisiana?", "en", LA_RATE, FU, "c2-en", 1, False, [1]),
    turn("only from 1980 on", "en", LA_RATE_80, [*FU, "range"], "c2-en", 2, False, [1]),
    turn("得州历年的失业率", "zh", TX_RATE, [*JOIN, "trend"], "c2-zh", 0, False, [1]),
    turn("路易斯安那州呢", "zh", LA_RATE, FU, "c2-zh", 1, False, [1]),
    turn("只看1980年以后的", "zh", LA_RATE_80, [*FU, "range"], "c2-zh", 2, False, [1]),
    turn("Total non-farm employment in the New England division in 1986", "en", NE_JOBS,
         [*JOIN, "three_tables", "agg"], "c3-en", 0),
    turn("and the Pacific division?", "en", PAC_JOBS, [*FU, "three_tables"], "c3-en", 1),
    turn("1986年新英格兰分区的非农就业合计", "zh", NE_JOBS, [*JOIN, "three_tables", "agg"], "c3-zh", 0),
    turn("太平洋分区呢？", "zh", PAC_JOBS, [*FU, "three_tables"], "c3-zh", 1),
]  # fmt: skip

UNANSWERABLE = [
    ("What was Alaska's gross state product in 1980?", "1980年阿拉斯加州的GSP是多少"),
    ("What was the population of each state in 1986?", "1986年各州的人口是多少"),
    ("How many manufacturing jobs did Ohio have in 1980?", "1980年俄亥俄州制造业有多少个工作岗位"),
    ("How much tax revenue did California collect in 1985?", "加州1985年的税收收入是多少"),
    ("What was the median household income in Texas in 1986?", "1986年得州家庭收入中位数是多少"),
]


def questions():
    return bilingual_questions(JOINED + SINGLE, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "stecon", questions(), source=SRC)
