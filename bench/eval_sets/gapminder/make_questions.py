"""Write questions.jsonl of the gapminder question set (hand-written before the engine saw them).

Real data: countries.csv, Gapminder life expectancy, population and GDP per capita of 142 countries
in 1997, 2002 and 2007 (see README.md).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "countries.csv"
T = "countries"

# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many countries are in the data?",
        "数据里有多少个国家",
        f"SELECT COUNT(DISTINCT country) FROM {T}",
        ["count", "distinct"],
    ),
    ("How many records are there?", "一共有多少条记录", f"SELECT COUNT(*) FROM {T}", ["count"]),
    (
        "What was the total population in 2007?",
        "2007年的总人口是多少",
        f"SELECT SUM(pop) FROM {T} WHERE year = 2007",
        ["agg", "year"],
    ),
    (
        "What was the average life expectancy in 2007?",
        "2007年的平均预期寿命是多少",
        f"SELECT AVG(lifeExp) FROM {T} WHERE year = 2007",
        ["agg", "year"],
    ),
    (
        "Population by continent in 2007",
        "2007年各大洲的人口",
        f"SELECT continent, SUM(pop) FROM {T} WHERE year = 2007 GROUP BY continent",
        ["group_by", "year"],
    ),
    (
        "Average life expectancy by continent in 2007",
        "2007年各大洲的平均预期寿命",
        f"SELECT continent, AVG(lifeExp) FROM {T} WHERE year = 2007 GROUP BY continent",
        ["group_by", "year"],
    ),
    (
        "How many countries are there in each continent?",
        "每个大洲有多少个国家",
        f"SELECT continent, COUNT(DISTINCT country) FROM {T} GROUP BY continent",
        ["group_by", "count", "distinct"],
    ),
    (
        "Top 5 countries by population in 2007",
        "2007年人口最多的5个国家",
        f"SELECT country, pop FROM {T} WHERE year = 2007 ORDER BY pop DESC LIMIT 5",
        ["top_n", "year"],
        True,
        [0],
    ),
    (
        "The 10 countries with the highest GDP per capita in 2007",
        "2007年人均GDP最高的10个国家",
        f"SELECT country, gdpPercap FROM {T} WHERE year = 2007 ORDER BY gdpPercap DESC LIMIT 10",
        ["top_n", "year"],
        True,
        [0],
    ),
    (
        "Which country had the lowest life expectancy in 2007?",
        "2007年预期寿命最低的国家是哪个",
        f"SELECT country, lifeExp FROM {T} WHERE year = 2007 ORDER BY lifeExp ASC LIMIT 1",
        ["bottom_n", "year"],
        False,
        [0],
    ),
    (
        "Which continent had the highest average GDP per capita in 2002?",
        "2002年平均人均GDP最高的大洲是哪个",
        f"SELECT continent, AVG(gdpPercap) AS v FROM {T} WHERE year = 2002 GROUP BY continent ORDER BY v DESC LIMIT 1",
        ["top_n", "group_by", "year"],
        False,
        [0],
    ),
    (
        "Total population of Asia by year",
        "亚洲每年的总人口",
        f"SELECT year, SUM(pop) FROM {T} WHERE continent = 'Asia' GROUP BY year",
        ["trend", "filter", "cross_lingual_value"],
    ),
    (
        "Average life expectancy by year",
        "每年的平均预期寿命",
        f"SELECT year, AVG(lifeExp) FROM {T} GROUP BY year",
        ["trend", "group_by"],
    ),
    (
        "China's population in each year",
        "中国每年的人口",
        f"SELECT year, pop FROM {T} WHERE country = 'China'",
        ["trend", "filter", "cross_lingual_value"],
    ),
    (
        "Life expectancy of Japan in 2007",
        "日本2007年的预期寿命",
        f"SELECT lifeExp FROM {T} WHERE country = 'Japan' AND year = 2007",
        ["lookup", "year", "cross_lingual_value"],
    ),
    (
        "GDP per capita of Germany in 2002",
        "德国2002年的人均GDP",
        f"SELECT gdpPercap FROM {T} WHERE country = 'Germany' AND year = 2002",
        ["lookup", "year", "cross_lingual_value"],
    ),
    (
        "Which European countries had a life expectancy above 80 in 2007?",
        "2007年欧洲预期寿命超过80岁的国家有哪些",
        f"SELECT country FROM {T} WHERE continent = 'Europe' AND year = 2007 AND lifeExp > 80",
        ["filter", "list", "compare", "cross_lingual_value"],
    ),
    (
        "How many African countries had a life expectancy below 50 in 2007?",
        "2007年非洲预期寿命低于50岁的国家有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE continent = 'Africa' AND year = 2007 AND lifeExp < 50",
        ["filter", "count", "compare", "cross_lingual_value"],
    ),
    (
        "Total population of the Americas in 1997",
        "1997年美洲的总人口",
        f"SELECT SUM(pop) FROM {T} WHERE continent = 'Americas' AND year = 1997",
        ["filter", "agg", "year", "cross_lingual_value"],
    ),
    (
        "Average GDP per capita in Oceania",
        "大洋洲的平均人均GDP",
        f"SELECT AVG(gdpPercap) FROM {T} WHERE continent = 'Oceania'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "What is the highest GDP per capita in the data?",
        "人均GDP的最高值是多少",
        f"SELECT MAX(gdpPercap) FROM {T}",
        ["agg"],
    ),
    (
        "Which country had the highest GDP per capita in 1997?",
        "1997年人均GDP最高的国家",
        f"SELECT country, gdpPercap FROM {T} WHERE year = 1997 ORDER BY gdpPercap DESC LIMIT 1",
        ["top_n", "year"],
        False,
        [0],
    ),
    (
        "Which countries had more than 100 million people in 2007?",
        "2007年人口超过1亿的国家有哪些",
        f"SELECT country FROM {T} WHERE year = 2007 AND pop > 100000000",
        ["filter", "list", "compare", "number_words"],
    ),
    (
        "How many countries had a population over 100 million in 2007?",
        "2007年人口超过一亿的国家有几个",
        f"SELECT COUNT(*) FROM {T} WHERE year = 2007 AND pop > 100000000",
        ["filter", "count", "compare", "number_words"],
    ),
    (
        "What share of the 2007 population lived in Asia?",
        "2007年亚洲人口占总人口的比例",
        f"SELECT SUM(CASE WHEN continent = 'Asia' THEN pop ELSE 0 END) * 1.0 / SUM(pop) FROM {T} WHERE year = 2007",
        ["share", "pct", "cross_lingual_value"],
    ),
    (
        "Each continent's share of population in 2007",
        "2007年各大洲的人口占比",
        f"SELECT continent, SUM(pop) * 1.0 / (SELECT SUM(pop) FROM {T} WHERE year = 2007) FROM {T} "
        "WHERE year = 2007 GROUP BY continent",
        ["share", "pct", "group_by"],
    ),
    (
        "Average life expectancy of Europe vs Africa in 2007",
        "2007年欧洲和非洲的平均预期寿命对比",
        f"SELECT continent, AVG(lifeExp) FROM {T} WHERE year = 2007 AND continent IN ('Europe', 'Africa') "
        "GROUP BY continent",
        ["compare_values", "cross_lingual_value"],
    ),
    (
        "The 5 countries with the lowest GDP per capita in 2007",
        "2007年人均GDP最低的5个国家",
        f"SELECT country, gdpPercap FROM {T} WHERE year = 2007 ORDER BY gdpPercap ASC LIMIT 5",
        ["bottom_n", "year"],
        True,
        [0],
    ),
    (
        "Total population by continent and year",
        "各大洲各年份的总人口",
        f"SELECT continent, year, SUM(pop) FROM {T} GROUP BY continent, year",
        ["group_by", "two_dims"],
    ),
    ("List all continents", "列出所有大洲", f"SELECT DISTINCT continent FROM {T}", ["list", "distinct"]),
    (
        "Which years does the data cover?",
        "数据包含哪些年份",
        f"SELECT DISTINCT year FROM {T}",
        ["list", "distinct"],
    ),
    (
        "Population of India in 2007",
        "印度2007年的人口",
        f"SELECT pop FROM {T} WHERE country = 'India' AND year = 2007",
        ["lookup", "year", "cross_lingual_value"],
    ),
    (
        "Which countries are in Oceania?",
        "大洋洲有哪些国家",
        f"SELECT DISTINCT country FROM {T} WHERE continent = 'Oceania'",
        ["list", "filter", "cross_lingual_value"],
    ),
    (
        "Average population of African countries in 2007",
        "2007年非洲国家的平均人口",
        f"SELECT AVG(pop) FROM {T} WHERE continent = 'Africa' AND year = 2007",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "Lowest life expectancy in Asia in 2007",
        "2007年亚洲最低的预期寿命是多少",
        f"SELECT MIN(lifeExp) FROM {T} WHERE continent = 'Asia' AND year = 2007",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "Life expectancy of China and India in 2007",
        "2007年中国和印度的预期寿命分别是多少",
        f"SELECT country, lifeExp FROM {T} WHERE year = 2007 AND country IN ('China', 'India')",
        ["compare_values", "cross_lingual_value"],
    ),
    (
        "Which countries have a name starting with 'United'?",
        "国家名以United开头的有哪些",
        f"SELECT DISTINCT country FROM {T} WHERE country LIKE 'United%'",
        ["contains", "list"],
    ),
    (
        "Total GDP of the United States in 2007 (population times GDP per capita)",
        "2007年美国的GDP总量（人口乘以人均GDP）",
        f"SELECT pop * gdpPercap FROM {T} WHERE country = 'United States' AND year = 2007",
        ["derived", "cross_lingual_value"],
    ),
    (
        "Top 3 continents by total population in 1997",
        "1997年总人口最多的3个大洲",
        f"SELECT continent, SUM(pop) AS v FROM {T} WHERE year = 1997 GROUP BY continent ORDER BY v DESC LIMIT 3",
        ["top_n", "group_by", "year"],
        True,
        [0],
    ),
    (
        "Average life expectancy of countries with GDP per capita above 20000 in 2007",
        "2007年人均GDP超过2万的国家的平均预期寿命",
        f"SELECT AVG(lifeExp) FROM {T} WHERE year = 2007 AND gdpPercap > 20000",
        ["filter", "agg", "number_words"],
    ),
    (
        "How many countries are in Europe?",
        "欧洲有多少个国家",
        f"SELECT COUNT(DISTINCT country) FROM {T} WHERE continent = 'Europe'",
        ["count", "distinct", "cross_lingual_value"],
    ),
    (
        "Which country had the highest life expectancy in 2002?",
        "2002年预期寿命最高的国家",
        f"SELECT country, lifeExp FROM {T} WHERE year = 2002 ORDER BY lifeExp DESC LIMIT 1",
        ["top_n", "year"],
        False,
        [0],
    ),
    (
        "Total population in 2002 outside Asia",
        "2002年除亚洲以外的总人口",
        f"SELECT SUM(pop) FROM {T} WHERE year = 2002 AND continent <> 'Asia'",
        ["negation", "agg", "cross_lingual_value"],
    ),
    (
        "Average GDP per capita in the Americas in 2007",
        "2007年美洲的平均人均GDP",
        f"SELECT AVG(gdpPercap) FROM {T} WHERE continent = 'Americas' AND year = 2007",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "Continents sorted by average life expectancy in 1997, lowest first",
        "1997年各大洲平均预期寿命从低到高排序",
        f"SELECT continent, AVG(lifeExp) AS v FROM {T} WHERE year = 1997 GROUP BY continent ORDER BY v ASC",
        ["group_by", "order"],
        True,
        [0],
    ),
    (
        "Which continents had an average life expectancy above 70 in 2007?",
        "2007年平均预期寿命超过70岁的大洲有哪些",
        f"SELECT continent FROM {T} WHERE year = 2007 GROUP BY continent HAVING AVG(lifeExp) > 70",
        ["having", "group_by"],
    ),
    (
        "Number of countries with a life expectancy above 75 in each continent in 2007",
        "2007年各大洲预期寿命超过75岁的国家数量",
        f"SELECT continent, COUNT(*) FROM {T} WHERE year = 2007 AND lifeExp > 75 GROUP BY continent",
        ["filter", "group_by", "count"],
    ),
    (
        "Population of Brazil in 1997",
        "巴西1997年的人口",
        f"SELECT pop FROM {T} WHERE country = 'Brazil' AND year = 1997",
        ["lookup", "year", "cross_lingual_value"],
    ),
    (
        "Average GDP per capita by continent",
        "各大洲的平均人均GDP",
        f"SELECT continent, AVG(gdpPercap) FROM {T} GROUP BY continent",
        ["group_by"],
    ),
    (
        "Highest population of any country in 1997",
        "1997年单个国家的最大人口是多少",
        f"SELECT MAX(pop) FROM {T} WHERE year = 1997",
        ["agg", "year"],
    ),
    (
        "How many countries had a GDP per capita below 1000 in 2007?",
        "2007年人均GDP低于1000的国家有几个",
        f"SELECT COUNT(*) FROM {T} WHERE year = 2007 AND gdpPercap < 1000",
        ["filter", "count", "compare"],
    ),
    (
        "Average life expectancy in Europe by year",
        "欧洲每年的平均预期寿命",
        f"SELECT year, AVG(lifeExp) FROM {T} WHERE continent = 'Europe' GROUP BY year",
        ["trend", "filter", "cross_lingual_value"],
    ),
]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
POP_2007 = f"SELECT continent, SUM(pop) FROM {T} WHERE year = 2007 GROUP BY continent"
POP_1997 = f"SELECT continent, SUM(pop) FROM {T} WHERE year = 1997 GROUP BY continent"
TOP_GDP = f"SELECT country, gdpPercap FROM {T} WHERE year = 2007 ORDER BY gdpPercap DESC LIMIT 5"
TOP_GDP_ASIA = f"SELECT country, gdpPercap FROM {T} WHERE year = 2007 AND continent = 'Asia' ORDER BY gdpPercap DESC LIMIT 5"
LE_AFRICA = f"SELECT AVG(lifeExp) FROM {T} WHERE continent = 'Africa' AND year = 2007"
LE_EUROPE = f"SELECT AVG(lifeExp) FROM {T} WHERE continent = 'Europe' AND year = 2007"
CONVERSATIONS = [
    ("Total population by continent in 2007", "en", POP_2007, ["group_by"], False, None, "g1-en", 0),
    ("and in 1997?", "en", POP_1997, ["follow_up", "year"], False, None, "g1-en", 1),
    ("2007年各大洲的总人口", "zh", POP_2007, ["group_by"], False, None, "g1-zh", 0),
    ("1997年呢？", "zh", POP_1997, ["follow_up", "year"], False, None, "g1-zh", 1),
    ("Top 5 countries by GDP per capita in 2007", "en", TOP_GDP, ["top_n"], True, [0], "g2-en", 0),
    ("only in Asia", "en", TOP_GDP_ASIA, ["follow_up", "top_n"], True, [0], "g2-en", 1),
    ("2007年人均GDP最高的5个国家", "zh", TOP_GDP, ["top_n"], True, [0], "g2-zh", 0),
    ("只看亚洲呢？", "zh", TOP_GDP_ASIA, ["follow_up", "top_n"], True, [0], "g2-zh", 1),
    (
        "Average life expectancy in Africa in 2007",
        "en",
        LE_AFRICA,
        ["filter", "agg"],
        False,
        None,
        "g3-en",
        0,
    ),
    ("what about Europe?", "en", LE_EUROPE, ["follow_up", "filter"], False, None, "g3-en", 1),
    ("2007年非洲的平均预期寿命", "zh", LE_AFRICA, ["filter", "agg"], False, None, "g3-zh", 0),
    ("欧洲呢？", "zh", LE_EUROPE, ["follow_up", "filter"], False, None, "g3-zh", 1),
]

UNANSWERABLE = [
    ("What is the unemployment rate of France?", "法国的失业率是多少"),
    ("Which country emits the most CO2?", "二氧化碳排放最多的国家是哪个"),
    ("What is the literacy rate in India?", "印度的识字率是多少"),
    ("Which countries are members of the European Union?", "哪些国家是欧盟成员"),
    ("What is the capital of Brazil?", "巴西的首都是哪里"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "gap", questions(), source=SRC)
