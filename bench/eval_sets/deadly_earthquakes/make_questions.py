"""Write questions.jsonl of the deadly_earthquakes question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: earthquakes.csv (make_data.py): 123 deadly earthquakes of 1902-1999 (openintro's `earthquakes`, from
the World Almanac), one row each, English headers and values: quake_id, date, year, month (English month name),
magnitude (Richter), location (area), country (the source's region: a country, a border pair such as
India-Nepal, or Asia), continent (added), deaths (empty for two quakes).
Readings: "deaths" / 死亡人数 is the deaths column, summed over the quakes asked about; "a country" is the country
column as written; a decade is year / 10 * 10; "since 1990" / "1990年及以后" includes 1990.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "earthquakes.csv"
T = "earthquakes"
CV = ["cross_lingual_value"]

PAIRS = [
    (
        "How many deadly earthquakes are in the data?",
        "数据里一共记录了多少次地震",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "What is the total death toll of all these earthquakes?",
        "所有地震加起来一共造成多少人死亡",
        f"SELECT SUM(deaths) FROM {T}",
        ["sum"],
    ),
    ("What's the average magnitude?", "这些地震的平均震级是多少", f"SELECT AVG(magnitude) FROM {T}", ["avg"]),
    (
        "Which was the strongest earthquake?",
        "震级最高的是哪一次地震",
        f"SELECT country, location, year, magnitude FROM {T} ORDER BY magnitude DESC LIMIT 1",
        ["superlative"],
        False,
        [0],
    ),
    (
        "Which earthquake killed the most people?",
        "死亡人数最多的是哪次地震",
        f"SELECT country, location, year, deaths FROM {T} ORDER BY deaths DESC LIMIT 1",
        ["superlative"],
        False,
        [0],
    ),
    (
        "How many earthquakes hit Turkey?",
        "土耳其发生了多少次地震",
        f"SELECT COUNT(*) FROM {T} WHERE country = 'Turkey'",
        ["count", "filter", *CV],
    ),
    (
        "Total deaths from earthquakes in China",
        "中国的地震一共死了多少人",
        f"SELECT SUM(deaths) FROM {T} WHERE country = 'China'",
        ["sum", "filter", *CV],
    ),
    (
        "Number of earthquakes by continent",
        "各大洲分别发生了多少次地震",
        f"SELECT continent, COUNT(*) FROM {T} GROUP BY continent",
        ["group_by", "count"],
    ),
    (
        "Break down the death toll by continent",
        "按大洲统计地震死亡人数",
        f"SELECT continent, SUM(deaths) FROM {T} GROUP BY continent",
        ["group_by", "sum"],
    ),
    (
        "Top 5 countries by number of earthquakes",
        "地震次数最多的5个国家",
        f"SELECT country, COUNT(*) AS n FROM {T} GROUP BY country ORDER BY n DESC LIMIT 5",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Which three countries lost the most people to earthquakes?",
        "地震死亡人数最多的前三个国家是哪些",
        f"SELECT country, SUM(deaths) AS d FROM {T} GROUP BY country ORDER BY d DESC LIMIT 3",
        ["top_n", "group_by", "sum"],
        True,
        [0],
    ),
    (
        "On average, how many people died per earthquake in Iran?",
        "伊朗平均每次地震死多少人",
        f"SELECT AVG(deaths) FROM {T} WHERE country = 'Iran'",
        ["avg", "filter", *CV],
    ),
    (
        "How many quakes were magnitude 8 or higher?",
        "震级在8级及以上的地震有几次",
        f"SELECT COUNT(*) FROM {T} WHERE magnitude >= 8",
        ["count", "filter"],
    ),
    (
        "List the earthquakes that killed more than 100,000 people",
        "死亡人数超过10万的地震有哪些",
        f"SELECT country, location, year, deaths FROM {T} WHERE deaths > 100000",
        ["list", "filter"],
        False,
        [3],
    ),
    (
        "How many earthquakes were there in each decade?",
        "每个年代各发生了多少次地震",
        f"SELECT year / 10 * 10 AS decade, COUNT(*) FROM {T} GROUP BY decade",
        ["group_by", "time", "count"],
    ),
    (
        "Which year had the highest death toll from earthquakes?",
        "哪一年地震死的人最多",
        f"SELECT year, SUM(deaths) AS d FROM {T} GROUP BY year ORDER BY d DESC LIMIT 1",
        ["superlative", "time", "group_by"],
        False,
        [0],
    ),
    (
        "How many people died in earthquakes in 1976?",
        "1976年地震一共死了多少人",
        f"SELECT SUM(deaths) FROM {T} WHERE year = 1976",
        ["sum", "time"],
    ),
    (
        "How many earthquakes happened in March?",
        "三月份发生过多少次地震",
        f"SELECT COUNT(*) FROM {T} WHERE month = 'March'",
        ["count", "time", *CV],
    ),
    (
        "Earthquake count by month of the year",
        "按月份统计地震次数",
        f"SELECT month, COUNT(*) FROM {T} GROUP BY month",
        ["group_by", "time", "count"],
    ),
    (
        "Average magnitude of earthquakes in Japan",
        "日本地震的平均震级",
        f"SELECT AVG(magnitude) FROM {T} WHERE country = 'Japan'",
        ["avg", "filter", *CV],
    ),
    (
        "What is the average magnitude on each continent?",
        "各大洲地震的平均震级分别是多少",
        f"SELECT continent, AVG(magnitude) FROM {T} GROUP BY continent",
        ["group_by", "avg"],
    ),
    (
        "What percentage of all earthquake deaths occurred in Asia?",
        "亚洲的地震死亡人数占全部的百分之多少",
        f"SELECT 100.0 * SUM(CASE WHEN continent = 'Asia' THEN deaths ELSE 0 END) / SUM(deaths) FROM {T}",
        ["share", "pct", *CV],
    ),
    (
        "Compare total earthquake deaths in Italy and Japan",
        "对比一下意大利和日本的地震死亡总人数",
        f"SELECT country, SUM(deaths) FROM {T} WHERE country IN ('Italy', 'Japan') GROUP BY country",
        ["compare", "sum", *CV],
    ),
    (
        "How many more people died in earthquakes in China than in Iran?",
        "中国地震死亡人数比伊朗多多少",
        f"SELECT SUM(CASE WHEN country = 'China' THEN deaths ELSE 0 END)"
        f" - SUM(CASE WHEN country = 'Iran' THEN deaths ELSE 0 END) FROM {T}",
        ["compare", "difference", *CV],
    ),
    (
        "Show the earthquakes in the United States with their location and year",
        "列出美国发生的地震，要地点和年份",
        f"SELECT location, year, magnitude, deaths FROM {T} WHERE country = 'United States'",
        ["list", "filter", *CV],
        False,
        [0, 1],
    ),
    (
        "What was the deadliest earthquake in Japan?",
        "日本死亡人数最多的一次地震发生在哪里",
        f"SELECT location, year, deaths FROM {T} WHERE country = 'Japan' ORDER BY deaths DESC LIMIT 1",
        ["superlative", "filter", *CV],
        False,
        [0],
    ),
    (
        "Total deaths from earthquakes between 1950 and 1979",
        "1950年到1979年之间地震共造成多少人死亡",
        f"SELECT SUM(deaths) FROM {T} WHERE year BETWEEN 1950 AND 1979",
        ["sum", "time", "range"],
    ),
    (
        "Average magnitude of the quakes before 1950",
        "1950年以前地震的平均震级",
        f"SELECT AVG(magnitude) FROM {T} WHERE year < 1950",
        ["avg", "time"],
    ),
    (
        "How many earthquakes were recorded in South America?",
        "南美洲记录了几次地震",
        f"SELECT COUNT(*) FROM {T} WHERE continent = 'South America'",
        ["count", "filter", *CV],
    ),
    (
        "Which European countries had deadly earthquakes?",
        "欧洲有哪些国家发生过致命地震",
        f"SELECT DISTINCT country FROM {T} WHERE continent = 'Europe'",
        ["list", "filter", *CV],
    ),
    (
        "How many deaths did the quakes below magnitude 6 cause in total?",
        "震级低于6级的地震一共造成多少人死亡",
        f"SELECT SUM(deaths) FROM {T} WHERE magnitude < 6",
        ["sum", "filter"],
    ),
    (
        "What's the highest death toll of a single earthquake in Turkey?",
        "土耳其单次地震最多死了多少人",
        f"SELECT MAX(deaths) FROM {T} WHERE country = 'Turkey'",
        ["max", "filter", *CV],
    ),
    (
        "Where was the weakest earthquake in the list?",
        "震级最低的那次地震发生在哪个国家",
        f"SELECT country, location, year, magnitude FROM {T} ORDER BY magnitude ASC LIMIT 1",
        ["superlative"],
        False,
        [0],
    ),
    (
        "How many people died in earthquakes in Africa?",
        "非洲的地震一共死了多少人",
        f"SELECT SUM(deaths) FROM {T} WHERE continent = 'Africa'",
        ["sum", "filter", *CV],
    ),
    (
        "Which continent has the highest average death toll per earthquake?",
        "哪个大洲平均每次地震的死亡人数最高",
        f"SELECT continent, AVG(deaths) AS a FROM {T} GROUP BY continent ORDER BY a DESC LIMIT 1",
        ["superlative", "group_by", "avg"],
        False,
        [0],
    ),
    (
        "In which month of the year did earthquakes kill the most people overall?",
        "哪个月份的地震死亡总人数最多",
        f"SELECT month, SUM(deaths) AS d FROM {T} GROUP BY month ORDER BY d DESC LIMIT 1",
        ["superlative", "group_by", "time"],
        False,
        [0],
    ),
    (
        "Top 5 deadliest earthquakes",
        "死亡人数最多的5次地震",
        f"SELECT country, location, year, deaths FROM {T} ORDER BY deaths DESC LIMIT 5",
        ["top_n"],
        True,
        [3],
    ),
    (
        "How many earthquakes have there been since 1990?",
        "1990年及以后发生了多少次地震",
        f"SELECT COUNT(*) FROM {T} WHERE year >= 1990",
        ["count", "time"],
    ),
    (
        "Deaths per year in the 1990s",
        "90年代每年的地震死亡人数",
        f"SELECT year, SUM(deaths) FROM {T} WHERE year BETWEEN 1990 AND 1999 GROUP BY year",
        ["group_by", "time", "sum"],
    ),
    (
        "What was the average magnitude of earthquakes that killed more than 10,000 people?",
        "死亡超过一万人的地震，平均震级是多少",
        f"SELECT AVG(magnitude) FROM {T} WHERE deaths > 10000",
        ["avg", "filter"],
    ),
    (
        "How many earthquakes were there in Taiwan?",
        "台湾发生过几次地震",
        f"SELECT COUNT(*) FROM {T} WHERE country = 'Taiwan'",
        ["count", "filter", *CV],
    ),
    (
        "Peru versus Chile: total earthquake deaths",
        "秘鲁和智利的地震死亡人数分别是多少",
        f"SELECT country, SUM(deaths) FROM {T} WHERE country IN ('Peru', 'Chile') GROUP BY country",
        ["compare", "sum", *CV],
    ),
    (
        "In what year did the Tangshan earthquake happen?",
        "唐山大地震是哪一年发生的",
        f"SELECT year FROM {T} WHERE location = 'Tangshan'",
        ["lookup", *CV],
    ),
    (
        "How many people died in the Kobe earthquake?",
        "神户地震死了多少人",
        f"SELECT deaths FROM {T} WHERE location = 'Kobe'",
        ["lookup", *CV],
    ),
    (
        "Total deaths from the San Francisco earthquakes",
        "旧金山的几次地震一共死了多少人",
        f"SELECT SUM(deaths) FROM {T} WHERE location = 'San Francisco'",
        ["sum", "filter", *CV],
    ),
    (
        "How many times has Yunnan had a deadly earthquake?",
        "云南发生过几次致命地震",
        f"SELECT COUNT(*) FROM {T} WHERE location = 'Yunnan'",
        ["count", "filter", *CV],
    ),
    (
        "What share of the earthquakes happened in Asia?",
        "亚洲的地震次数占全部地震的比例是多少",
        f"SELECT 100.0 * SUM(CASE WHEN continent = 'Asia' THEN 1 ELSE 0 END) / COUNT(*) FROM {T}",
        ["share", "pct", *CV],
    ),
    (
        "How many earthquakes did Iran have in the 1990s?",
        "上世纪90年代伊朗发生了几次地震",
        f"SELECT COUNT(*) FROM {T} WHERE country = 'Iran' AND year BETWEEN 1990 AND 1999",
        ["count", "time", "filter", *CV],
    ),
    (
        "Which country has the highest average deaths per earthquake?",
        "平均每次地震死亡人数最高的是哪个国家",
        f"SELECT country, AVG(deaths) AS a FROM {T} GROUP BY country ORDER BY a DESC LIMIT 1",
        ["superlative", "group_by", "avg"],
        False,
        [0],
    ),
    (
        "Which earthquakes have no death toll recorded?",
        "哪些地震没有记录死亡人数",
        f"SELECT country, location, date FROM {T} WHERE deaths IS NULL",
        ["list", "null"],
        False,
        [1],
    ),
    (
        "What was the strongest earthquake in China?",
        "中国震级最高的一次地震是哪次",
        f"SELECT location, year, magnitude FROM {T} WHERE country = 'China' ORDER BY magnitude DESC LIMIT 1",
        ["superlative", "filter", *CV],
        False,
        [0],
    ),
    (
        "Number of earthquakes per country in North America",
        "北美洲各个国家分别发生了几次地震",
        f"SELECT country, COUNT(*) FROM {T} WHERE continent = 'North America' GROUP BY country",
        ["group_by", "count", "filter", *CV],
    ),
    (
        "Total deaths from earthquakes of magnitude 7.0 to 7.9",
        "7级到7.9级之间的地震一共死了多少人",
        f"SELECT SUM(deaths) FROM {T} WHERE magnitude BETWEEN 7 AND 7.9",
        ["sum", "range"],
    ),
    (
        "When and where was the most recent earthquake in the data?",
        "数据里最近的一次地震是什么时候、在哪里",
        f"SELECT location, country, date FROM {T} ORDER BY date DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [0],
    ),
    (
        "Did Europe or South America lose more people to earthquakes?",
        "欧洲和南美洲比，哪边地震死的人更多",
        f"SELECT continent, SUM(deaths) FROM {T} WHERE continent IN ('Europe', 'South America') GROUP BY continent",
        ["compare", "sum", *CV],
    ),
    (
        "How many earthquakes struck in the summer months, June through August?",
        "夏天（6到8月）一共发生了几次地震",
        f"SELECT COUNT(*) FROM {T} WHERE month IN ('June', 'July', 'August')",
        ["count", "time", *CV],
    ),
    (
        "How many died in Mexico's earthquake?",
        "墨西哥那次地震死了多少人",
        f"SELECT SUM(deaths) FROM {T} WHERE country = 'Mexico'",
        ["lookup", "filter", *CV],
    ),
    (
        "Top 3 years by earthquake deaths",
        "地震死亡人数最多的三个年份",
        f"SELECT year, SUM(deaths) AS d FROM {T} GROUP BY year ORDER BY d DESC LIMIT 3",
        ["top_n", "time", "group_by"],
        True,
        [0],
    ),
    (
        "How many earthquakes in Turkey had a magnitude above 7?",
        "土耳其震级超过7级的地震有几次",
        f"SELECT COUNT(*) FROM {T} WHERE country = 'Turkey' AND magnitude > 7",
        ["count", "filter", *CV],
    ),
]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


JAPAN = f"SELECT COUNT(*) FROM {T} WHERE country = 'Japan'"
ITALY = f"SELECT COUNT(*) FROM {T} WHERE country = 'Italy'"
ITALY_DEATHS = f"SELECT SUM(deaths) FROM {T} WHERE country = 'Italy'"
BY_CONT = f"SELECT continent, SUM(deaths) FROM {T} GROUP BY continent"
BY_CONT_1950 = f"SELECT continent, SUM(deaths) FROM {T} WHERE year >= 1950 GROUP BY continent"
TOP_CONT_1950 = f"SELECT continent, SUM(deaths) AS d FROM {T} WHERE year >= 1950 GROUP BY continent ORDER BY d DESC LIMIT 1"
TUR_AVG = f"SELECT AVG(magnitude) FROM {T} WHERE country = 'Turkey'"
TUR_MAX = (
    f"SELECT location, year, magnitude FROM {T} WHERE country = 'Turkey' ORDER BY magnitude DESC LIMIT 1"
)
TUR_MAX_DEATHS = f"SELECT deaths FROM {T} WHERE country = 'Turkey' ORDER BY magnitude DESC LIMIT 1"

CONVERSATIONS = [
    turn("How many earthquakes were there in Japan?", "en", JAPAN, ["count", *CV], "c1-en", 0),
    turn("And in Italy?", "en", ITALY, ["count", "follow_up"], "c1-en", 1),
    turn("How many people did they kill in total?", "en", ITALY_DEATHS, ["sum", "follow_up"], "c1-en", 2),
    turn("日本一共发生过几次地震", "zh", JAPAN, ["count", *CV, "cross_lingual"], "c1-zh", 0),
    turn("意大利呢？", "zh", ITALY, ["count", "follow_up", "cross_lingual"], "c1-zh", 1),
    turn("那一共死了多少人", "zh", ITALY_DEATHS, ["sum", "follow_up", "cross_lingual"], "c1-zh", 2),
    turn("Earthquake deaths by continent", "en", BY_CONT, ["group_by", "sum"], "c2-en", 0),
    turn("Only from 1950 on?", "en", BY_CONT_1950, ["group_by", "follow_up", "time"], "c2-en", 1),
    turn(
        "Which continent is highest there?",
        "en",
        TOP_CONT_1950,
        ["superlative", "follow_up"],
        "c2-en",
        2,
        False,
        [0],
    ),
    turn("各大洲的地震死亡人数", "zh", BY_CONT, ["group_by", "sum", "cross_lingual"], "c2-zh", 0),
    turn(
        "只看1950年及以后的呢",
        "zh",
        BY_CONT_1950,
        ["group_by", "follow_up", "time", "cross_lingual"],
        "c2-zh",
        1,
    ),
    turn(
        "其中哪个大洲最多",
        "zh",
        TOP_CONT_1950,
        ["superlative", "follow_up", "cross_lingual"],
        "c2-zh",
        2,
        False,
        [0],
    ),
    turn("What's the average magnitude of Turkey's earthquakes?", "en", TUR_AVG, ["avg", *CV], "c3-en", 0),
    turn(
        "And which one there was the strongest?",
        "en",
        TUR_MAX,
        ["superlative", "follow_up"],
        "c3-en",
        1,
        False,
        [0],
    ),
    turn("How many died in that one?", "en", TUR_MAX_DEATHS, ["lookup", "follow_up"], "c3-en", 2),
    turn("土耳其地震的平均震级是多少", "zh", TUR_AVG, ["avg", *CV, "cross_lingual"], "c3-zh", 0),
    turn(
        "那里震级最高的是哪一次",
        "zh",
        TUR_MAX,
        ["superlative", "follow_up", "cross_lingual"],
        "c3-zh",
        1,
        False,
        [0],
    ),
    turn("那次死了多少人", "zh", TUR_MAX_DEATHS, ["lookup", "follow_up", "cross_lingual"], "c3-zh", 2),
]

UNANSWERABLE = [
    ("How many people were injured in the Tangshan earthquake?", "唐山大地震有多少人受伤"),
    ("What was the total economic loss from earthquakes in Japan?", "日本地震造成的经济损失一共多少"),
    ("What was the average depth of the earthquakes?", "这些地震的平均震源深度是多少公里"),
    ("Which earthquakes caused a tsunami?", "哪些地震引发了海啸"),
    (
        "How many buildings were destroyed in the 1906 San Francisco earthquake?",
        "1906年旧金山地震毁坏了多少栋房屋",
    ),
    ("Deaths per million inhabitants by country", "各国每百万人口的地震死亡人数"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "quake", questions, source=SRC)


if __name__ == "__main__":
    main()
