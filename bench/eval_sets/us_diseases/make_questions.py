"""Write questions.jsonl of the us_diseases question set (hand-written, blind: the engine was not run on them
before they were committed).

Real data: us_diseases.sqlite (make_data.py): reported cases of seven contagious diseases per US state and
year, 1928-2011 (Project Tycho via dslabs), with the states' Census region / division and 2016 electoral
votes (stevedata, dslabs); fact `cases` and dimension `diseases` with English headers, dimension 州 with
Chinese headers. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "us_diseases.sqlite"
CD = "cases c JOIN diseases d ON c.disease_id = d.disease_id"
CS = "cases c JOIN 州 s ON c.state_code = s.州代码"
CDS = CD + " JOIN 州 s ON c.state_code = s.州代码"
JOIN = ["join"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def sum_cases(where: str, source: str = CDS) -> str:
    return f"SELECT SUM(c.count) FROM {source} WHERE {where}"


# (english, chinese, gold_sql, tags[, ordered, compare]); the questions that need a join come first
JOINED = [
    (
        "Total measles cases reported in 1960",
        "1960年麻疹的报告病例总数",
        sum_cases("d.disease = 'Measles' AND c.year = 1960", CD),
        [*JOIN, "filter", "agg", "cross_lingual_value"],
    ),
    (
        "Total number of cases for each disease",
        "各疾病的病例总数",
        f"SELECT d.disease, SUM(c.count) FROM {CD} GROUP BY d.disease",
        [*JOIN, "group_by", "agg"],
    ),
    (
        "Polio cases by region in 1952",
        "1952年各地区的脊髓灰质炎（Polio）病例数",
        f"SELECT s.地区, SUM(c.count) FROM {CDS} WHERE d.disease = 'Polio' AND c.year = 1952 GROUP BY s.地区",
        [*JOIN, "group_by", "filter", "date"],
    ),
    (
        "Top 5 states by total pertussis cases",
        "百日咳病例总数最多的前5个州",
        f"SELECT s.州名, SUM(c.count) FROM {CDS} WHERE d.disease = 'Pertussis' GROUP BY s.州名 "
        "ORDER BY SUM(c.count) DESC LIMIT 5",
        [*JOIN, "top_n", "group_by", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "Which region had the most measles cases in the 1950s?",
        "50年代麻疹病例最多的是哪个地区",
        f"SELECT s.地区, SUM(c.count) FROM {CDS} WHERE d.disease = 'Measles' AND c.year BETWEEN 1950 AND 1959 "
        "GROUP BY s.地区 ORDER BY SUM(c.count) DESC LIMIT 1",
        [*JOIN, "top_n", "date", "range"],
        False,
        [0],
    ),
    (
        "Average number of weeks reporting for Hepatitis A",
        "甲型肝炎（Hepatitis A）的平均报告周数",
        f"SELECT AVG(c.weeks_reporting) FROM {CD} WHERE d.disease = 'Hepatitis A'",
        [*JOIN, "filter", "agg"],
    ),
    (
        "Measles cases in California in 1990",
        "1990年加利福尼亚州（California）的麻疹病例数",
        sum_cases("d.disease = 'Measles' AND s.州名 = 'California' AND c.year = 1990"),
        [*JOIN, "filter", "agg", "cross_lingual_value"],
    ),
    (
        "What share of all measles cases were reported in the West region?",
        "西部地区（West）的麻疹病例占全国的比例是多少",
        f"SELECT SUM(CASE WHEN s.地区 = 'West' THEN c.count ELSE 0 END) * 1.0 / SUM(c.count) FROM {CDS} "
        "WHERE d.disease = 'Measles'",
        [*JOIN, "pct", "share"],
    ),
    (
        "Smallpox cases per year in Texas",
        "德克萨斯州（Texas）每年的天花病例数",
        f"SELECT c.year, SUM(c.count) FROM {CDS} WHERE d.disease = 'Smallpox' AND s.州名 = 'Texas' GROUP BY c.year",
        [*JOIN, "group_by", "date", "cross_lingual_value"],
    ),
    (
        "Rubella cases in the New England division in 1970",
        "1970年新英格兰分区（New England）的风疹病例数",
        sum_cases("d.disease = 'Rubella' AND s.分区 = 'New England' AND c.year = 1970"),
        [*JOIN, "filter", "agg"],
    ),
    (
        "Which 3 divisions had the most mumps cases in 1970?",
        "1970年腮腺炎病例最多的3个分区",
        f"SELECT s.分区, SUM(c.count) FROM {CDS} WHERE d.disease = 'Mumps' AND c.year = 1970 GROUP BY s.分区 "
        "ORDER BY SUM(c.count) DESC LIMIT 3",
        [*JOIN, "top_n", "group_by", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "Total cases of all diseases reported in New York in 1940",
        "1940年纽约州（New York）所有疾病的报告病例总数",
        sum_cases("s.州名 = 'New York' AND c.year = 1940", CS),
        [*JOIN, "filter", "agg"],
    ),
    (
        "How many states reported more than 500 polio cases in 1955?",
        "1955年脊髓灰质炎病例超过500例的州有多少个",
        f"SELECT COUNT(DISTINCT c.state_code) FROM {CD} WHERE d.disease = 'Polio' AND c.year = 1955 AND c.count > 500",
        [*JOIN, "count", "filter"],
    ),
    (
        "Measles cases each year from 1963 to 1970",
        "1963年到1970年每年的麻疹病例数",
        f"SELECT c.year, SUM(c.count) FROM {CD} WHERE d.disease = 'Measles' AND c.year BETWEEN 1963 AND 1970 "
        "GROUP BY c.year",
        [*JOIN, "group_by", "date", "range"],
    ),
    (
        "Which year had the most pertussis cases?",
        "哪一年的百日咳病例最多",
        f"SELECT c.year, SUM(c.count) FROM {CD} WHERE d.disease = 'Pertussis' GROUP BY c.year "
        "ORDER BY SUM(c.count) DESC LIMIT 1",
        [*JOIN, "top_n", "date"],
        False,
        [0],
    ),
    (
        "Measles cases in Florida and in Georgia in 1980",
        "1980年佛罗里达州和佐治亚州的麻疹病例分别是多少",
        f"SELECT s.州名, SUM(c.count) FROM {CDS} WHERE d.disease = 'Measles' AND c.year = 1980 "
        "AND s.州名 IN ('Florida', 'Georgia') GROUP BY s.州名",
        [*JOIN, "compare_values", "cross_lingual_value"],
    ),
    (
        "Hepatitis A cases by region in 2011",
        "2011年各地区的甲型肝炎病例数",
        f"SELECT s.地区, SUM(c.count) FROM {CDS} WHERE d.disease = 'Hepatitis A' AND c.year = 2011 GROUP BY s.地区",
        [*JOIN, "group_by", "filter", "cross_lingual_value"],
    ),
    (
        "Polio cases in 1950 in states with more than 20 electoral votes",
        "1950年选举人票超过20张的州的脊髓灰质炎病例总数",
        sum_cases("d.disease = 'Polio' AND c.year = 1950 AND s.选举人票 > 20"),
        [*JOIN, "filter", "comparison"],
    ),
    (
        "Measles cases per 100,000 people by region in 1960",
        "1960年各地区每10万人的麻疹病例数",
        f"SELECT s.地区, SUM(c.count) * 100000.0 / SUM(c.population) FROM {CDS} "
        "WHERE d.disease = 'Measles' AND c.year = 1960 GROUP BY s.地区",
        [*JOIN, "group_by", "ratio"],
    ),
    (
        "Total cases of each disease in the Northeast region",
        "东北地区（Northeast）各疾病的病例总数",
        f"SELECT d.disease, SUM(c.count) FROM {CDS} WHERE s.地区 = 'Northeast' GROUP BY d.disease",
        [*JOIN, "group_by", "filter"],
    ),
    (
        "Average yearly rubella cases in Ohio",
        "俄亥俄州（Ohio）风疹的年均病例数",
        f"SELECT AVG(c.count) FROM {CDS} WHERE d.disease = 'Rubella' AND s.州名 = 'Ohio'",
        [*JOIN, "filter", "agg"],
    ),
    (
        "Which state had the fewest measles cases in 1960?",
        "1960年麻疹病例最少的州是哪个",
        f"SELECT s.州名, SUM(c.count) FROM {CDS} WHERE d.disease = 'Measles' AND c.year = 1960 GROUP BY s.州名 "
        "ORDER BY SUM(c.count) ASC LIMIT 1",
        [*JOIN, "top_n", "ascending"],
        False,
        [0],
    ),
    (
        "Polio cases by division in the 1940s",
        "40年代各分区的脊髓灰质炎病例数",
        f"SELECT s.分区, SUM(c.count) FROM {CDS} WHERE d.disease = 'Polio' AND c.year BETWEEN 1940 AND 1949 "
        "GROUP BY s.分区",
        [*JOIN, "group_by", "date", "range"],
    ),
    (
        "How many mumps cases were reported after 1990?",
        "1990年以后一共报告了多少例腮腺炎",
        sum_cases("d.disease = 'Mumps' AND c.year > 1990", CD),
        [*JOIN, "filter", "agg", "date", "comparison"],
    ),
    (
        "How many weeks of measles counts did Texas report in 1970?",
        "1970年德克萨斯州麻疹报告了多少周",
        f"SELECT SUM(c.weeks_reporting) FROM {CDS} WHERE d.disease = 'Measles' AND s.州名 = 'Texas' AND c.year = 1970",
        [*JOIN, "filter", "lookup"],
    ),
]

SINGLE = [
    (
        "How many states are in the South region?",
        "南部地区（South）有多少个州",
        "SELECT COUNT(*) FROM 州 WHERE 地区 = 'South'",
        ["count", "filter"],
    ),
    (
        "Total electoral votes by region",
        "各地区的选举人票总数",
        "SELECT 地区, SUM(选举人票) FROM 州 GROUP BY 地区",
        ["group_by", "agg"],
    ),
    (
        "How many diseases are in the data?",
        "数据里一共有几种疾病",
        "SELECT COUNT(*) FROM diseases",
        ["count"],
    ),
    (
        "Which states are in the Mountain division?",
        "山地分区（Mountain）有哪些州",
        "SELECT 州名 FROM 州 WHERE 分区 = 'Mountain'",
        ["list", "filter"],
    ),
    (
        "How many case records have no population figure?",
        "人口数缺失的病例记录有多少条",
        "SELECT COUNT(*) FROM cases WHERE population IS NULL",
        ["count", "null"],
    ),
]

PAIRS = JOINED + SINGLE

MEASLES_REGION_1965 = (
    f"SELECT s.地区, SUM(c.count) FROM {CDS} WHERE d.disease = 'Measles' AND c.year = 1965 GROUP BY s.地区"
)
MEASLES_REGION_1965_TOP2 = MEASLES_REGION_1965 + " ORDER BY SUM(c.count) DESC LIMIT 2"
PERTUSSIS_OHIO_1950 = sum_cases("d.disease = 'Pertussis' AND s.州名 = 'Ohio' AND c.year = 1950")
PERTUSSIS_OHIO_1955 = sum_cases("d.disease = 'Pertussis' AND s.州名 = 'Ohio' AND c.year = 1955")
HEPA_REGION_2000 = f"SELECT s.地区, SUM(c.count) FROM {CDS} WHERE d.disease = 'Hepatitis A' AND c.year = 2000 GROUP BY s.地区"
HEPA_DIVISION_2000 = f"SELECT s.分区, SUM(c.count) FROM {CDS} WHERE d.disease = 'Hepatitis A' AND c.year = 2000 GROUP BY s.分区"
JT = [*JOIN, "follow_up"]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Measles cases by region in 1965", "en", MEASLES_REGION_1965, [*JOIN, "group_by"], "c1-en", 0),
    turn("only the top 2?", "en", MEASLES_REGION_1965_TOP2, [*JT, "top_n"], "c1-en", 1, False, [0]),
    turn("1965年各地区的麻疹病例数", "zh", MEASLES_REGION_1965, [*JOIN, "group_by"], "c1-zh", 0),
    turn("只要前2名", "zh", MEASLES_REGION_1965_TOP2, [*JT, "top_n"], "c1-zh", 1, False, [0]),
    turn("Total pertussis cases in Ohio in 1950", "en", PERTUSSIS_OHIO_1950, [*JOIN, "agg"], "c2-en", 0),
    turn("and in 1955?", "en", PERTUSSIS_OHIO_1955, [*JT, "agg"], "c2-en", 1),
    turn("1950年俄亥俄州的百日咳病例总数", "zh", PERTUSSIS_OHIO_1950, [*JOIN, "agg"], "c2-zh", 0),
    turn("1955年呢？", "zh", PERTUSSIS_OHIO_1955, [*JT, "agg"], "c2-zh", 1),
    turn("Hepatitis A cases by region in 2000", "en", HEPA_REGION_2000, [*JOIN, "group_by"], "c3-en", 0),
    turn("by division instead", "en", HEPA_DIVISION_2000, [*JT, "group_by"], "c3-en", 1),
    turn("2000年各地区的甲肝病例数", "zh", HEPA_REGION_2000, [*JOIN, "group_by"], "c3-zh", 0),
    turn("按分区看呢", "zh", HEPA_DIVISION_2000, [*JT, "group_by"], "c3-zh", 1),
]

UNANSWERABLE = [
    ("How many people died of measles in 1960?", "1960年有多少人死于麻疹"),
    ("What was the measles vaccination rate in California?", "加利福尼亚州的麻疹疫苗接种率是多少"),
    ("Which hospital reported the most polio cases?", "哪家医院报告的脊髓灰质炎病例最多"),
    ("How much did each state spend on vaccines in 1970?", "1970年各州在疫苗上花了多少钱"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "usd", questions(), source=SRC)
