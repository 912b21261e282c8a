"""Write questions.jsonl of the us_migration question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: us_migration.csv (make_data.py): UN migrant stock estimates for the United States, 1990..2017,
one row per year x direction x country, English headers year / direction / country / migrants, English values
(Inbound = people born in that country living in the US; Outbound = US-born people living in that country).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)) + "/..")
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "us_migration.csv"
T = "us_migration"
IN = "direction = 'Inbound'"
OUT = "direction = 'Outbound'"


def one(country, direction, year):
    return f"(SELECT migrants FROM {T} WHERE country = '{country}' AND direction = '{direction}' AND year = {year})"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many immigrants lived in the US in 2017 in total?",
        "2017年在美国的移民总共有多少人",
        f"SELECT SUM(migrants) FROM {T} WHERE {IN} AND year = 2017",
        ["agg", "filter", "date"],
    ),
    (
        "Total number of Americans living abroad in 2017",
        "2017年旅居海外的美国人一共多少",
        f"SELECT SUM(migrants) FROM {T} WHERE {OUT} AND year = 2017",
        ["agg", "filter", "date"],
    ),
    (
        "How many Mexican-born people lived in the United States in 2010?",
        "2010年在美国生活的墨西哥出生的人有多少",
        f"SELECT migrants FROM {T} WHERE country = 'Mexico' AND {IN} AND year = 2010",
        ["filter", "date"],
    ),
    (
        "How many US-born migrants were living in Canada in 2015?",
        "2015年住在加拿大的美国移民有多少人",
        f"SELECT migrants FROM {T} WHERE country = 'Canada' AND {OUT} AND year = 2015",
        ["filter", "date"],
    ),
    (
        "How many rows are in the migration table?",
        "这张迁移表一共有多少行数据",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "How many distinct countries appear in the data?",
        "数据里一共涉及多少个不同的国家和地区",
        f"SELECT COUNT(DISTINCT country) FROM {T}",
        ["count_distinct"],
    ),
    (
        "How many countries sent migrants to the US according to the 2017 figures?",
        "2017年有多少个国家或地区有人移民到美国",
        f"SELECT COUNT(DISTINCT country) FROM {T} WHERE {IN} AND year = 2017",
        ["count_distinct", "filter", "date"],
    ),
    (
        "In how many countries were there American expats in 2017?",
        "2017年美国侨民分布在多少个国家",
        f"SELECT COUNT(DISTINCT country) FROM {T} WHERE {OUT} AND year = 2017",
        ["count_distinct", "filter", "date"],
    ),
    (
        "Which country was the biggest source of immigrants to the US in 2017?",
        "2017年美国移民最大的来源国是哪个",
        f"SELECT country, migrants FROM {T} WHERE {IN} AND year = 2017 ORDER BY migrants DESC LIMIT 1",
        ["superlative", "filter", "date"],
        False,
        [0],
    ),
    (
        "Where did the most Americans abroad live in 2017?",
        "2017年海外美国人最多的是哪个国家",
        f"SELECT country, migrants FROM {T} WHERE {OUT} AND year = 2017 ORDER BY migrants DESC LIMIT 1",
        ["superlative", "filter", "date"],
        False,
        [0],
    ),
    (
        "Top 5 countries of origin of US immigrants in 2017",
        "2017年美国移民来源地前五名",
        f"SELECT country, migrants FROM {T} WHERE {IN} AND year = 2017 ORDER BY migrants DESC LIMIT 5",
        ["top_n", "filter", "date"],
        True,
        [0],
    ),
    (
        "Top 10 destinations for US emigrants in 2017",
        "2017年美国人移居国外的前十大目的地",
        f"SELECT country, migrants FROM {T} WHERE {OUT} AND year = 2017 ORDER BY migrants DESC LIMIT 10",
        ["top_n", "filter", "date"],
        True,
        [0],
    ),
    (
        "Which 3 countries had the fewest immigrants in the US in 2017?",
        "2017年在美移民人数最少的三个来源国",
        f"SELECT country, migrants FROM {T} WHERE {IN} AND year = 2017 ORDER BY migrants ASC LIMIT 3",
        ["top_n", "filter", "date"],
        True,
        [0],
    ),
    (
        "Total inbound migrants by year",
        "每年的入境移民总数",
        f"SELECT year, SUM(migrants) FROM {T} WHERE {IN} GROUP BY year",
        ["group_by", "date"],
    ),
    (
        "How has the number of Americans living abroad changed over the years?",
        "历年海外美国人数量的变化趋势",
        f"SELECT year, SUM(migrants) FROM {T} WHERE {OUT} GROUP BY year ORDER BY year",
        ["group_by", "date", "trend"],
        True,
    ),
    (
        "Total migrants by direction in 2017",
        "2017年按迁移方向统计的移民总数",
        f"SELECT direction, SUM(migrants) FROM {T} WHERE year = 2017 GROUP BY direction",
        ["group_by", "date"],
    ),
    (
        "Mexican-born population in the US in each year",
        "每一年在美国的墨西哥移民人数",
        f"SELECT year, migrants FROM {T} WHERE country = 'Mexico' AND {IN}",
        ["filter", "date"],
    ),
    (
        "What was the average number of immigrants per origin country in 2017?",
        "2017年平均每个来源国有多少人移民美国",
        f"SELECT AVG(migrants) FROM {T} WHERE {IN} AND year = 2017",
        ["avg", "filter", "date"],
    ),
    (
        "Average number of US expats per host country in 2000",
        "2000年平均每个国家有多少美国侨民",
        f"SELECT AVG(migrants) FROM {T} WHERE {OUT} AND year = 2000",
        ["avg", "filter", "date"],
    ),
    (
        "What is the largest single inbound figure in the whole data set?",
        "整个数据里入境移民人数的最大值是多少",
        f"SELECT MAX(migrants) FROM {T} WHERE {IN}",
        ["agg", "filter"],
    ),
    (
        "What was the smallest outbound count recorded in 2017?",
        "2017年出境方向记录的最小人数是多少",
        f"SELECT MIN(migrants) FROM {T} WHERE {OUT} AND year = 2017",
        ["agg", "filter", "date"],
    ),
    (
        "How many immigrants from India were in the US in 2000 and in 2017?",
        "印度裔移民在2000年和2017年分别有多少人",
        f"SELECT year, migrants FROM {T} WHERE country = 'India' AND {IN} AND year IN (2000, 2017)",
        ["filter", "date", "comparison"],
    ),
    (
        "Were there more immigrants from China or from India in 2017?",
        "2017年来自中国和印度的移民哪个更多",
        f"SELECT country, migrants FROM {T} WHERE {IN} AND year = 2017 AND country IN ('China', 'India')",
        ["comparison", "filter", "date"],
    ),
    (
        "By how much did the number of immigrants from the Philippines grow between 1990 and 2017?",
        "1990年到2017年菲律宾移民增加了多少人",
        f"SELECT {one('Philippines', 'Inbound', 2017)} - {one('Philippines', 'Inbound', 1990)}",
        ["comparison", "date"],
    ),
    (
        "How many times larger was the inbound total in 2017 than in 1990?",
        "2017年入境移民总数是1990年的几倍",
        f"SELECT (SELECT SUM(migrants) FROM {T} WHERE {IN} AND year = 2017) * 1.0 / "
        f"(SELECT SUM(migrants) FROM {T} WHERE {IN} AND year = 1990)",
        ["ratio", "date"],
    ),
    (
        "What share of all immigrants in the US in 2017 were born in Mexico?",
        "2017年墨西哥移民占在美移民总数的百分之多少",
        f"SELECT 1.0 * SUM(CASE WHEN country = 'Mexico' THEN migrants ELSE 0 END) / SUM(migrants) FROM {T} "
        f"WHERE {IN} AND year = 2017",
        ["pct", "filter", "date"],
    ),
    (
        "What percentage of Americans abroad lived in Canada in 2017?",
        "2017年海外美国人中住在加拿大的占多大比例",
        f"SELECT 1.0 * SUM(CASE WHEN country = 'Canada' THEN migrants ELSE 0 END) / SUM(migrants) FROM {T} "
        f"WHERE {OUT} AND year = 2017",
        ["pct", "filter", "date"],
    ),
    (
        "For each year, how many immigrants came for every American living abroad?",
        "每年入境移民人数是出境美国人的多少倍",
        f"SELECT year, 1.0 * SUM(CASE WHEN {IN} THEN migrants END) / SUM(CASE WHEN {OUT} THEN migrants END) "
        f"FROM {T} GROUP BY year",
        ["ratio", "group_by", "date"],
    ),
    (
        "How many origin countries had more than one million immigrants in the US in 2017?",
        "2017年有几个来源国在美移民超过一百万",
        f"SELECT COUNT(*) FROM {T} WHERE {IN} AND year = 2017 AND migrants > 1000000",
        ["count", "filter", "date"],
    ),
    (
        "List the countries with over 100,000 American expats in 2017",
        "2017年美国侨民超过10万人的国家有哪些",
        f"SELECT country FROM {T} WHERE {OUT} AND year = 2017 AND migrants > 100000",
        ["filter", "date"],
    ),
    (
        "Which countries sent between 500k and 1 million immigrants to the US as of 2015?",
        "2015年在美移民人数在50万到100万之间的来源国",
        f"SELECT country FROM {T} WHERE {IN} AND year = 2015 AND migrants BETWEEN 500000 AND 1000000",
        ["filter", "date"],
    ),
    (
        "Immigrants from germany in 2005",
        "2005年来自德国的移民",
        f"SELECT migrants FROM {T} WHERE country = 'Germany' AND {IN} AND year = 2005",
        ["filter", "date", "value_case"],
    ),
    (
        "How many Americans lived in the UK in 1990?",
        "1990年有多少美国人住在英国",
        f"SELECT migrants FROM {T} WHERE country = 'United Kingdom' AND {OUT} AND year = 1990",
        ["filter", "date", "value_synonym"],
    ),
    (
        "How many Vietnamese immigrants were in the US in 2017?",
        "2017年在美国的越南移民有多少",
        f"SELECT migrants FROM {T} WHERE country = 'Viet Nam' AND {IN} AND year = 2017",
        ["filter", "date", "value_synonym"],
    ),
    (
        "South Korean-born residents of the US in 2017",
        "2017年在美国的韩国出生人口",
        f"SELECT migrants FROM {T} WHERE country = 'Republic of Korea' AND {IN} AND year = 2017",
        ["filter", "date", "value_synonym"],
    ),
    (
        "Total immigrants from Mexico, Guatemala, El Salvador and Honduras in 2017",
        "2017年墨西哥、危地马拉、萨尔瓦多和洪都拉斯的移民合计多少",
        f"SELECT SUM(migrants) FROM {T} WHERE {IN} AND year = 2017 AND country IN "
        "('Mexico', 'Guatemala', 'El Salvador', 'Honduras')",
        ["agg", "filter", "date"],
    ),
    (
        "Americans living in Germany, France and Italy in 2017, by country",
        "2017年住在德国、法国和意大利的美国人分别有多少",
        f"SELECT country, migrants FROM {T} WHERE {OUT} AND year = 2017 AND country IN ('Germany', 'France', 'Italy')",
        ["filter", "date"],
    ),
    (
        "Which country had the most immigrants in the US back in 1990?",
        "1990年在美移民最多的来源国",
        f"SELECT country, migrants FROM {T} WHERE {IN} AND year = 1990 ORDER BY migrants DESC LIMIT 1",
        ["superlative", "date"],
        False,
        [0],
    ),
    (
        "Second-largest origin country of US immigrants in 2017",
        "2017年美国移民第二大来源国是哪里",
        f"SELECT country, migrants FROM {T} WHERE {IN} AND year = 2017 ORDER BY migrants DESC LIMIT 1 OFFSET 1",
        ["superlative", "date"],
        False,
        [0],
    ),
    (
        "On average, how many Chinese immigrants were in the US in the years since 2005?",
        "2005年以来中国移民平均每年有多少人",
        f"SELECT AVG(migrants) FROM {T} WHERE country = 'China' AND {IN} AND year >= 2005",
        ["avg", "filter", "date"],
    ),
    (
        "Average yearly count of Cuban immigrants between 1990 and 2005",
        "1990到2005年间古巴移民的年平均人数",
        f"SELECT AVG(migrants) FROM {T} WHERE country = 'Cuba' AND {IN} AND year BETWEEN 1990 AND 2005",
        ["avg", "filter", "date"],
    ),
    (
        "How many records are there for each year?",
        "每个年份各有多少条记录",
        f"SELECT year, COUNT(*) FROM {T} GROUP BY year",
        ["count", "group_by", "date"],
    ),
    (
        "Number of countries covered in each direction",
        "出境和入境各覆盖多少个国家",
        f"SELECT direction, COUNT(DISTINCT country) FROM {T} GROUP BY direction",
        ["count_distinct", "group_by"],
    ),
    (
        "Which years are in the data?",
        "数据包含哪些年份",
        f"SELECT DISTINCT year FROM {T}",
        ["distinct", "date"],
    ),
    (
        "Which country gained the most immigrants in the US between 2010 and 2017?",
        "2010年到2017年在美移民增加最多的是哪个来源国",
        f"SELECT a.country, b.migrants - a.migrants FROM {T} a JOIN {T} b ON a.country = b.country "
        f"AND a.direction = b.direction WHERE a.direction = 'Inbound' AND a.year = 2010 AND b.year = 2017 "
        "ORDER BY b.migrants - a.migrants DESC LIMIT 1",
        ["superlative", "date", "comparison"],
        False,
        [0],
    ),
    (
        "Where did the number of American expats fall the most from 1990 to 2017?",
        "1990到2017年美国侨民减少最多的国家",
        f"SELECT a.country, b.migrants - a.migrants FROM {T} a JOIN {T} b ON a.country = b.country "
        f"AND a.direction = b.direction WHERE a.direction = 'Outbound' AND a.year = 1990 AND b.year = 2017 "
        "ORDER BY b.migrants - a.migrants ASC LIMIT 1",
        ["superlative", "date", "comparison"],
        False,
        [0],
    ),
    (
        "Puerto Rico: people moving to the mainland vs Americans living there, 2017",
        "2017年波多黎各的入境和出境人数各是多少",
        f"SELECT direction, migrants FROM {T} WHERE country = 'Puerto Rico' AND year = 2017",
        ["filter", "date"],
    ),
    (
        "Mean number of migrants per row, by direction",
        "按方向算每条记录的平均移民人数",
        f"SELECT direction, AVG(migrants) FROM {T} GROUP BY direction",
        ["avg", "group_by"],
    ),
    (
        "Show the Japanese-born population in the US across all years, in order",
        "按年份列出在美日本移民人数",
        f"SELECT year, migrants FROM {T} WHERE country = 'Japan' AND {IN} ORDER BY year",
        ["filter", "date", "trend"],
        True,
    ),
    (
        "What did the top 3 origin countries together account for in 2017, as a share of all immigrants?",
        "2017年前三大来源国合计占全部在美移民的比例",
        f"SELECT 1.0 * (SELECT SUM(migrants) FROM (SELECT migrants FROM {T} WHERE {IN} AND year = 2017 "
        f"ORDER BY migrants DESC LIMIT 3)) / (SELECT SUM(migrants) FROM {T} WHERE {IN} AND year = 2017)",
        ["pct", "top_n", "date"],
    ),
    (
        "How many US expats lived in Israel in 2017 compared with 1990?",
        "以色列的美国侨民2017年比1990年多了多少",
        f"SELECT {one('Israel', 'Outbound', 2017)} - {one('Israel', 'Outbound', 1990)}",
        ["comparison", "date"],
    ),
    (
        "Total migrants recorded for Australia across both directions in 2017",
        "2017年澳大利亚出入境两个方向的移民合计",
        f"SELECT SUM(migrants) FROM {T} WHERE country = 'Australia' AND year = 2017",
        ["agg", "filter", "date"],
    ),
]

CONVERSATIONS = [
    # conversation 1
    (
        "How many immigrants from the Philippines lived in the US in 2017?",
        "en",
        f"SELECT migrants FROM {T} WHERE country = 'Philippines' AND {IN} AND year = 2017",
        ["filter", "date"],
        False,
        None,
        "c1-en",
        0,
    ),
    (
        "and in 1990?",
        "en",
        f"SELECT migrants FROM {T} WHERE country = 'Philippines' AND {IN} AND year = 1990",
        ["filter", "date", "follow_up"],
        False,
        None,
        "c1-en",
        1,
    ),
    (
        "what about India in that year?",
        "en",
        f"SELECT migrants FROM {T} WHERE country = 'India' AND {IN} AND year = 1990",
        ["filter", "date", "follow_up"],
        False,
        None,
        "c1-en",
        2,
    ),
    (
        "2017年菲律宾来美国的移民有多少",
        "zh",
        f"SELECT migrants FROM {T} WHERE country = 'Philippines' AND {IN} AND year = 2017",
        ["filter", "date"],
        False,
        None,
        "c1-zh",
        0,
    ),
    (
        "1990年呢",
        "zh",
        f"SELECT migrants FROM {T} WHERE country = 'Philippines' AND {IN} AND year = 1990",
        ["filter", "date", "follow_up"],
        False,
        None,
        "c1-zh",
        1,
    ),
    (
        "那一年印度呢",
        "zh",
        f"SELECT migrants FROM {T} WHERE country = 'India' AND {IN} AND year = 1990",
        ["filter", "date", "follow_up"],
        False,
        None,
        "c1-zh",
        2,
    ),
    # conversation 2
    (
        "Top 5 countries where Americans abroad lived in 2017",
        "en",
        f"SELECT country, migrants FROM {T} WHERE {OUT} AND year = 2017 ORDER BY migrants DESC LIMIT 5",
        ["top_n", "date"],
        True,
        [0],
        "c2-en",
        0,
    ),
    (
        "same for 2000",
        "en",
        f"SELECT country, migrants FROM {T} WHERE {OUT} AND year = 2000 ORDER BY migrants DESC LIMIT 5",
        ["top_n", "date", "follow_up"],
        True,
        [0],
        "c2-en",
        1,
    ),
    (
        "and what was the total that year?",
        "en",
        f"SELECT SUM(migrants) FROM {T} WHERE {OUT} AND year = 2000",
        ["agg", "date", "follow_up"],
        False,
        None,
        "c2-en",
        2,
    ),
    (
        "2017年海外美国人最多的前5个国家",
        "zh",
        f"SELECT country, migrants FROM {T} WHERE {OUT} AND year = 2017 ORDER BY migrants DESC LIMIT 5",
        ["top_n", "date"],
        True,
        [0],
        "c2-zh",
        0,
    ),
    (
        "换成2000年呢",
        "zh",
        f"SELECT country, migrants FROM {T} WHERE {OUT} AND year = 2000 ORDER BY migrants DESC LIMIT 5",
        ["top_n", "date", "follow_up"],
        True,
        [0],
        "c2-zh",
        1,
    ),
    (
        "那年总共多少人",
        "zh",
        f"SELECT SUM(migrants) FROM {T} WHERE {OUT} AND year = 2000",
        ["agg", "date", "follow_up"],
        False,
        None,
        "c2-zh",
        2,
    ),
    # conversation 3
    (
        "Total immigrants in the US per year",
        "en",
        f"SELECT year, SUM(migrants) FROM {T} WHERE {IN} GROUP BY year",
        ["group_by", "date"],
        False,
        None,
        "c3-en",
        0,
    ),
    (
        "only from Cuba",
        "en",
        f"SELECT year, SUM(migrants) FROM {T} WHERE {IN} AND country = 'Cuba' GROUP BY year",
        ["group_by", "date", "follow_up"],
        False,
        None,
        "c3-en",
        1,
    ),
    (
        "which year was the highest?",
        "en",
        f"SELECT year, SUM(migrants) FROM {T} WHERE {IN} AND country = 'Cuba' GROUP BY year "
        "ORDER BY SUM(migrants) DESC LIMIT 1",
        ["superlative", "date", "follow_up"],
        False,
        [0],
        "c3-en",
        2,
    ),
    (
        "每年在美国的移民总数",
        "zh",
        f"SELECT year, SUM(migrants) FROM {T} WHERE {IN} GROUP BY year",
        ["group_by", "date"],
        False,
        None,
        "c3-zh",
        0,
    ),
    (
        "只看古巴",
        "zh",
        f"SELECT year, SUM(migrants) FROM {T} WHERE {IN} AND country = 'Cuba' GROUP BY year",
        ["group_by", "date", "follow_up"],
        False,
        None,
        "c3-zh",
        1,
    ),
    (
        "哪一年最多",
        "zh",
        f"SELECT year, SUM(migrants) FROM {T} WHERE {IN} AND country = 'Cuba' GROUP BY year "
        "ORDER BY SUM(migrants) DESC LIMIT 1",
        ["superlative", "date", "follow_up"],
        False,
        [0],
        "c3-zh",
        2,
    ),
]

ONE_LANGUAGE = [
    (
        "What's the total for Canada-born people in the US in 2017?",
        "en",
        f"SELECT migrants FROM {T} WHERE country = 'Canada' AND {IN} AND year = 2017",
        ["filter", "date"],
    ),
    (
        "2017年美国侨民在墨西哥的人数",
        "zh",
        f"SELECT migrants FROM {T} WHERE country = 'Mexico' AND {OUT} AND year = 2017",
        ["filter", "date", "cross_lingual_value"],
    ),
]

UNANSWERABLE = [
    ("How many immigrants lived in the US in 2025?", "2025年在美国的移民有多少"),
    ("What is the average age of Mexican immigrants?", "墨西哥移民的平均年龄是多少"),
    ("How many immigrants settled in California in 2017?", "2017年有多少移民定居在加州"),
    ("How many refugees versus economic migrants came from Syria?", "来自叙利亚的难民和经济移民各有多少"),
    ("What share of the immigrants are women?", "移民中女性占多少比例"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    questions.extend(ONE_LANGUAGE)
    write_questions(HERE, "mig", questions, source=SRC)
    print(len(questions), "questions")


if __name__ == "__main__":
    main()
