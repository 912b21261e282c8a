"""Write questions.jsonl of the portal_rodents question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: portal_rodents.sqlite (make_data.py): the Portal Project Teaching Database, 35,549 animals captured
on 24 plots near Portal, Arizona, 1977-2002 (via the R package ratdat, CC0; see README.md): surveys (English
headers), 样地 (plots) and 物种 (species) with Chinese headers. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "portal_rodents.sqlite"
SP = "surveys s JOIN 物种 sp ON s.species_id = sp.物种代码"
SL = "surveys s JOIN 样地 pl ON s.plot_id = pl.样地编号"
SPL = SP + " JOIN 样地 pl ON s.plot_id = pl.样地编号"
QUARTER = "(s.month + 2) / 3"
JOIN = ["join"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def rodents_in(year: int) -> str:
    return f"(SELECT COUNT(*) FROM {SP} WHERE sp.类群 = 'Rodent' AND s.year = {year})"


# (english, chinese, gold_sql, tags[, ordered, compare]); the questions that need a join come first
JOINED = [
    (
        "Number of captures by taxon",
        "各类群的捕获数量",
        f"SELECT sp.类群, COUNT(*) FROM {SP} GROUP BY sp.类群",
        [*JOIN, "group_by", "count"],
    ),
    (
        "How many birds were caught in total?",
        "一共捕获了多少只鸟",
        f"SELECT COUNT(*) FROM {SP} WHERE sp.类群 = 'Bird'",
        [*JOIN, "filter", "count", "cross_lingual_value"],
    ),
    (
        "Top 5 genera by number of captures",
        "捕获数量最多的前5个属",
        f"SELECT sp.属, COUNT(*) FROM {SP} GROUP BY sp.属 ORDER BY COUNT(*) DESC LIMIT 5",
        [*JOIN, "top_n", "group_by", "count"],
        False,
        [0],
    ),
    (
        "Which 3 genera have the highest average body weight?",
        "平均体重最高的3个属",
        f"SELECT sp.属, AVG(s.weight) FROM {SP} GROUP BY sp.属 ORDER BY AVG(s.weight) DESC LIMIT 3",
        [*JOIN, "top_n", "group_by"],
        False,
        [0],
    ),
    (
        "How many animals were captured on each plot type?",
        "各样地类型分别捕获了多少只动物",
        f"SELECT pl.样地类型, COUNT(*) FROM {SL} GROUP BY pl.样地类型",
        [*JOIN, "group_by", "count"],
    ),
    (
        "Average weight of the animals caught on control plots",
        "对照样地（Control）捕获个体的平均体重",
        f"SELECT AVG(s.weight) FROM {SL} WHERE pl.样地类型 = 'Control'",
        [*JOIN, "filter", "agg", "cross_lingual_value"],
    ),
    (
        "What percentage of all captures were made on control plots?",
        "对照样地的捕获数占比是多少",
        f"SELECT 100.0 * SUM(CASE WHEN pl.样地类型 = 'Control' THEN 1 ELSE 0 END) / COUNT(*) FROM {SL}",
        [*JOIN, "share", "pct", "cross_lingual_value"],
    ),
    (
        "How many rodents were captured in 1990?",
        "1990年捕获了多少只啮齿动物",
        f"SELECT COUNT(*) FROM {SP} WHERE sp.类群 = 'Rodent' AND s.year = 1990",
        [*JOIN, "filter", "count", "date", "cross_lingual_value"],
    ),
    (
        "Kangaroo rats (genus Dipodomys) captured per year",
        "更格卢鼠属（Dipodomys）每年的捕获数量",
        f"SELECT s.year, COUNT(*) FROM {SP} WHERE sp.属 = 'Dipodomys' GROUP BY s.year",
        [*JOIN, "group_by", "count", "date"],
        False,
        [1],
    ),
    (
        "Which species was captured most often in 2000? Give genus and species",
        "2000年捕获次数最多的是哪个物种（属名和种名）",
        f"SELECT sp.属, sp.种, COUNT(*) FROM {SP} WHERE s.year = 2000 GROUP BY sp.属, sp.种"
        " ORDER BY COUNT(*) DESC LIMIT 1",
        [*JOIN, "top_n", "group_by", "date"],
        False,
        [0, 1],
    ),
    (
        "Average hindfoot length of Dipodomys merriami",
        "Dipodomys merriami（梅氏更格卢鼠）的平均后足长是多少毫米",
        f"SELECT AVG(s.hindfoot_length) FROM {SP} WHERE sp.属 = 'Dipodomys' AND sp.种 = 'merriami'",
        [*JOIN, "filter", "agg"],
    ),
    (
        "Compare the average weight of Dipodomys ordii and Dipodomys spectabilis",
        "Dipodomys属里ordii和spectabilis两个种的平均体重分别是多少",
        f"SELECT sp.种, AVG(s.weight) FROM {SP} WHERE sp.属 = 'Dipodomys' AND sp.种 IN ('ordii', 'spectabilis')"
        " GROUP BY sp.种",
        [*JOIN, "compare_two", "group_by"],
    ),
    (
        "What was the heaviest animal ever caught? Give its genus, species and weight",
        "有记录以来最重的个体是哪个物种，体重多少",
        f"SELECT sp.属, sp.种, s.weight FROM {SP} ORDER BY s.weight DESC LIMIT 1",
        [*JOIN, "top_n"],
        False,
        [0, 1, 2],
    ),
    (
        "How many different species were caught on each plot type?",
        "每种样地类型上捕获到过多少个不同的物种",
        f"SELECT pl.样地类型, COUNT(DISTINCT s.species_id) FROM {SL} GROUP BY pl.样地类型",
        [*JOIN, "group_by", "count", "distinct"],
    ),
    (
        "How many distinct genera were captured in 2002?",
        "2002年一共捕获到了多少个不同的属",
        f"SELECT COUNT(DISTINCT sp.属) FROM {SP} WHERE s.year = 2002",
        [*JOIN, "count", "distinct", "date"],
    ),
    (
        "In which years were reptiles captured?",
        "哪几年捕获到过爬行动物",
        f"SELECT DISTINCT s.year FROM {SP} WHERE sp.类群 = 'Reptile'",
        [*JOIN, "distinct", "filter", "date", "cross_lingual_value"],
    ),
    (
        "Rodent captures by quarter in 2002",
        "2002年各季度捕获的啮齿动物数量",
        f"SELECT {QUARTER} AS quarter, COUNT(*) FROM {SP} WHERE sp.类群 = 'Rodent' AND s.year = 2002"
        f" GROUP BY {QUARTER}",
        [*JOIN, "group_by", "date", "quarter", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "How many animals were captured on Rodent Exclosure plots in 1997?",
        "1997年Rodent Exclosure（啮齿动物围栏）样地上捕获了多少只动物",
        f"SELECT COUNT(*) FROM {SL} WHERE pl.样地类型 = 'Rodent Exclosure' AND s.year = 1997",
        [*JOIN, "filter", "count", "date"],
    ),
    (
        "Average weight of male versus female Neotoma albigula",
        "白喉林鼠（Neotoma albigula）雄性和雌性的平均体重对比",
        f"SELECT s.sex, AVG(s.weight) FROM {SP} WHERE sp.属 = 'Neotoma' AND sp.种 = 'albigula'"
        " AND s.sex IN ('M', 'F') GROUP BY s.sex",
        [*JOIN, "compare_two", "group_by", "cross_lingual_value"],
    ),
    (
        "Which plot type has the heaviest animals on average?",
        "哪种样地类型上捕获的动物平均体重最高",
        f"SELECT pl.样地类型, AVG(s.weight) FROM {SL} GROUP BY pl.样地类型 ORDER BY AVG(s.weight) DESC LIMIT 1",
        [*JOIN, "top_n", "group_by"],
        False,
        [0],
    ),
    (
        "The 3 plots where the most Dipodomys were caught",
        "捕获更格卢鼠属（Dipodomys）最多的3个样地",
        f"SELECT s.plot_id, COUNT(*) FROM {SP} WHERE sp.属 = 'Dipodomys' GROUP BY s.plot_id"
        " ORDER BY COUNT(*) DESC LIMIT 3",
        [*JOIN, "top_n", "group_by", "count"],
        False,
        [0],
    ),
    (
        "Captures of each taxon on control plots",
        "对照样地上各类群的捕获数量",
        f"SELECT sp.类群, COUNT(*) FROM {SPL} WHERE pl.样地类型 = 'Control' GROUP BY sp.类群",
        [*JOIN, "three_tables", "group_by", "count", "cross_lingual_value"],
    ),
    (
        "Average weight of Chaetodipus for each year from 1995 to 2002",
        "1995到2002年刚毛囊鼠属（Chaetodipus）每年的平均体重",
        f"SELECT s.year, AVG(s.weight) FROM {SP} WHERE sp.属 = 'Chaetodipus' AND s.year BETWEEN 1995 AND 2002"
        " GROUP BY s.year",
        [*JOIN, "group_by", "date", "range"],
        False,
        [1],
    ),
    (
        "Which Onychomys species appear in the captures?",
        "捕获记录里出现过Onychomys属的哪些种",
        f"SELECT DISTINCT sp.种 FROM {SP} WHERE sp.属 = 'Onychomys'",
        [*JOIN, "distinct", "filter"],
    ),
    (
        "What share of the rodents caught in 2002 were Dipodomys?",
        "2002年捕获的啮齿动物中更格卢鼠属占多大比例",
        f"SELECT 100.0 * SUM(CASE WHEN sp.属 = 'Dipodomys' THEN 1 ELSE 0 END) / COUNT(*) FROM {SP}"
        " WHERE sp.类群 = 'Rodent' AND s.year = 2002",
        [*JOIN, "share", "pct", "date", "cross_lingual_value"],
    ),
    (
        "Which genera include an animal weighing more than 200 grams?",
        "哪些属出现过体重超过200克的个体",
        f"SELECT DISTINCT sp.属 FROM {SP} WHERE s.weight > 200",
        [*JOIN, "distinct", "filter", "compare"],
    ),
    (
        "Number of captures of each Perognathus species",
        "Perognathus属各个种的捕获数",
        f"SELECT sp.种, COUNT(*) FROM {SP} WHERE sp.属 = 'Perognathus' GROUP BY sp.种",
        [*JOIN, "group_by", "count", "filter"],
    ),
    (
        "In which month of the year are the most birds caught?",
        "一年里哪个月份捕获的鸟最多",
        f"SELECT s.month, COUNT(*) FROM {SP} WHERE sp.类群 = 'Bird' GROUP BY s.month ORDER BY COUNT(*) DESC LIMIT 1",
        [*JOIN, "top_n", "group_by", "date", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "By what percentage did rodent captures change from 2001 to 2002?",
        "2002年啮齿动物的捕获量同比增长了百分之多少",
        f"SELECT 100.0 * ({rodents_in(2002)} - {rodents_in(2001)}) / {rodents_in(2001)}",
        [*JOIN, "period_over_period", "pct", "date", "cross_lingual_value"],
    ),
    (
        "How many females were captured on Long-term Krat Exclosure plots?",
        "Long-term Krat Exclosure样地上一共捕获了多少只雌性",
        f"SELECT COUNT(*) FROM {SL} WHERE pl.样地类型 = 'Long-term Krat Exclosure' AND s.sex = 'F'",
        [*JOIN, "filter", "count", "cross_lingual_value"],
    ),
    (
        "Average hindfoot length of each Dipodomys species",
        "更格卢鼠属下各个种的平均后足长",
        f"SELECT sp.种, AVG(s.hindfoot_length) FROM {SP} WHERE sp.属 = 'Dipodomys' GROUP BY sp.种",
        [*JOIN, "group_by", "filter"],
    ),
    (
        "For each taxon, how many captures have no weight recorded?",
        "各类群中没有称重记录的捕获有多少条",
        f"SELECT sp.类群, COUNT(*) FROM {SP} WHERE s.weight IS NULL GROUP BY sp.类群",
        [*JOIN, "null", "group_by", "count"],
    ),
    (
        "Which rodent species is the lightest on average?",
        "平均体重最轻的啮齿动物是哪个物种",
        f"SELECT sp.属, sp.种, AVG(s.weight) FROM {SP} WHERE sp.类群 = 'Rodent' AND s.weight IS NOT NULL"
        " GROUP BY sp.属, sp.种 ORDER BY AVG(s.weight) ASC LIMIT 1",
        [*JOIN, "bottom_n", "group_by", "cross_lingual_value"],
        False,
        [0, 1],
    ),
    (
        "Dipodomys merriami captures on Control versus Rodent Exclosure plots",
        "梅氏更格卢鼠（Dipodomys merriami）在对照样地和Rodent Exclosure样地上各捕获了多少只",
        f"SELECT pl.样地类型, COUNT(*) FROM {SPL} WHERE sp.属 = 'Dipodomys' AND sp.种 = 'merriami'"
        " AND pl.样地类型 IN ('Control', 'Rodent Exclosure') GROUP BY pl.样地类型",
        [*JOIN, "three_tables", "compare_two", "count"],
    ),
    (
        "Which species were captured fewer than 5 times?",
        "捕获次数少于5次的物种有哪些",
        f"SELECT sp.属, sp.种, COUNT(*) FROM {SP} GROUP BY sp.属, sp.种 HAVING COUNT(*) < 5",
        [*JOIN, "having", "group_by"],
        False,
        [0, 1],
    ),
    (
        "Average weight of rodents caught on each plot type in 2000",
        "2000年各样地类型上啮齿动物的平均体重",
        f"SELECT pl.样地类型, AVG(s.weight) FROM {SPL} WHERE sp.类群 = 'Rodent' AND s.year = 2000"
        " GROUP BY pl.样地类型",
        [*JOIN, "three_tables", "group_by", "date", "cross_lingual_value"],
    ),
]

SINGLE = [
    (
        "How many capture records are there?",
        "一共有多少条捕获记录",
        "SELECT COUNT(*) FROM surveys",
        ["count"],
    ),
    (
        "Number of captures per year",
        "每年的捕获数量",
        "SELECT year, COUNT(*) FROM surveys GROUP BY year",
        ["group_by", "count", "date"],
        False,
        [1],
    ),
    (
        "Which year had the most captures?",
        "捕获数量最多的是哪一年",
        "SELECT year, COUNT(*) FROM surveys GROUP BY year ORDER BY COUNT(*) DESC LIMIT 1",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "What is the average weight of all captured animals?",
        "所有捕获个体的平均体重是多少",
        "SELECT AVG(weight) FROM surveys",
        ["agg"],
    ),
    (
        "How many females were captured?",
        "捕获的雌性个体有多少只",
        "SELECT COUNT(*) FROM surveys WHERE sex = 'F'",
        ["filter", "count", "cross_lingual_value"],
    ),
    (
        "How many captures have no species code?",
        "有多少条捕获记录没有物种代码",
        "SELECT COUNT(*) FROM surveys WHERE species_id IS NULL",
        ["null", "count"],
    ),
    (
        "How many plots of each type are there?",
        "每种样地类型各有几个样地",
        "SELECT 样地类型, COUNT(*) FROM 样地 GROUP BY 样地类型",
        ["group_by", "count"],
    ),
    (
        "How many animals were captured in July 1997?",
        "1997年7月捕获了多少只动物",
        "SELECT COUNT(*) FROM surveys WHERE year = 1997 AND month = 7",
        ["filter", "count", "date"],
    ),
    (
        "What is the largest weight ever recorded?",
        "记录到的最大体重是多少克",
        "SELECT MAX(weight) FROM surveys",
        ["agg"],
    ),
    (
        "How many captures were made on plot 12?",
        "12号样地一共捕获了多少只",
        "SELECT COUNT(*) FROM surveys WHERE plot_id = 12",
        ["filter", "count"],
    ),
    (
        "Captures per month in 2002",
        "2002年每个月的捕获数",
        "SELECT month, COUNT(*) FROM surveys WHERE year = 2002 GROUP BY month",
        ["group_by", "count", "date"],
        False,
        [1],
    ),
    (
        "What share of the captured animals with a recorded sex are male?",
        "有性别记录的个体里雄性占百分之多少",
        "SELECT 100.0 * SUM(CASE WHEN sex = 'M' THEN 1 ELSE 0 END) / COUNT(*) FROM surveys WHERE sex IS NOT NULL",
        ["share", "pct", "cross_lingual_value"],
    ),
    (
        "Captures by quarter in 2001",
        "2001年各季度的捕获数",
        "SELECT (month + 2) / 3 AS quarter, COUNT(*) FROM surveys WHERE year = 2001 GROUP BY (month + 2) / 3",
        ["group_by", "count", "date", "quarter"],
        False,
        [1],
    ),
    (
        "Average hindfoot length for species code DM",
        "物种代码为DM的个体平均后足长",
        "SELECT AVG(hindfoot_length) FROM surveys WHERE species_id = 'DM'",
        ["filter", "agg"],
    ),
    (
        "How many animals were captured in the 1980s?",
        "80年代一共捕获了多少只动物",
        "SELECT COUNT(*) FROM surveys WHERE year BETWEEN 1980 AND 1989",
        ["filter", "count", "date", "range"],
    ),
    (
        "How many species are in the species list?",
        "物种表里一共列了多少个物种",
        "SELECT COUNT(*) FROM 物种",
        ["count"],
    ),
]

PAIRS = JOINED + SINGLE

GENUS_2002 = f"SELECT sp.属, COUNT(*) FROM {SP} WHERE s.year = 2002 GROUP BY sp.属"
GENUS_2002_TOP3 = GENUS_2002 + " ORDER BY COUNT(*) DESC LIMIT 3"
BIRDS_CONTROL = f"SELECT COUNT(*) FROM {SPL} WHERE sp.类群 = 'Bird' AND pl.样地类型 = 'Control'"
BIRDS_EXCLOSURE = f"SELECT COUNT(*) FROM {SPL} WHERE sp.类群 = 'Bird' AND pl.样地类型 = 'Rodent Exclosure'"
DIPO_MONTHS_2001 = (
    f"SELECT s.month, COUNT(*) FROM {SP} WHERE sp.属 = 'Dipodomys' AND s.year = 2001 GROUP BY s.month"
)
DIPO_QUARTERS_2001 = f"SELECT {QUARTER} AS quarter, COUNT(*) FROM {SP} WHERE sp.属 = 'Dipodomys' AND s.year = 2001 GROUP BY {QUARTER}"
JT = [*JOIN, "follow_up"]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Captures by genus in 2002", "en", GENUS_2002, [*JOIN, "group_by"], "c1-en", 0),
    turn("just the top 3?", "en", GENUS_2002_TOP3, [*JT, "top_n"], "c1-en", 1, False, [0]),
    turn("2002年各属的捕获数量", "zh", GENUS_2002, [*JOIN, "group_by"], "c1-zh", 0),
    turn("前3名呢？", "zh", GENUS_2002_TOP3, [*JT, "top_n"], "c1-zh", 1, False, [0]),
    turn("How many birds were caught on control plots?", "en", BIRDS_CONTROL, [*JOIN, "count"], "c2-en", 0),
    turn("and on Rodent Exclosure plots?", "en", BIRDS_EXCLOSURE, [*JT, "count"], "c2-en", 1),
    turn("对照样地上捕获了多少只鸟", "zh", BIRDS_CONTROL, [*JOIN, "count"], "c2-zh", 0),
    turn("那Rodent Exclosure样地呢", "zh", BIRDS_EXCLOSURE, [*JT, "count"], "c2-zh", 1),
    turn(
        "Dipodomys captures per month in 2001",
        "en",
        DIPO_MONTHS_2001,
        [*JOIN, "date"],
        "c3-en",
        0,
        False,
        [1],
    ),
    turn("by quarter instead", "en", DIPO_QUARTERS_2001, [*JT, "quarter"], "c3-en", 1, False, [1]),
    turn("2001年更格卢鼠属每个月的捕获数", "zh", DIPO_MONTHS_2001, [*JOIN, "date"], "c3-zh", 0, False, [1]),
    turn("按季度呢", "zh", DIPO_QUARTERS_2001, [*JT, "quarter"], "c3-zh", 1, False, [1]),
]

UNANSWERABLE = [
    ("What is the average age of the captured kangaroo rats?", "捕获的更格卢鼠平均年龄是多少"),
    ("How much rain fell on plot 1 in 1990?", "1990年1号样地的降雨量是多少"),
    ("Which researcher caught the most animals?", "哪位研究人员捕获的动物最多"),
    ("How long does Dipodomys merriami live in the wild?", "梅氏更格卢鼠在野外能活多少年"),
    ("What did it cost to build the fences of the exclosure plots?", "围栏样地的围栏花了多少钱建造"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "ptl", questions(), source=SRC)
