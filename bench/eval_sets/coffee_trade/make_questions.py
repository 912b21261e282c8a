"""Write questions.jsonl of the coffee_trade question set (hand-written, blind: the engine was not run on them
before they were committed, and its code was not read).

Real data: coffee_trade.sqlite (make_data.py): yearly coffee imports of 144 importing countries and
territories, 1990-2019 (International Coffee Organization figures via stevedata's `coffee_imports`):
imports (fact, English headers), 国家 and 区域 (dimensions, Chinese headers), declared foreign keys.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "coffee_trade.sqlite"
F = "imports i JOIN 国家 c ON i.country_id = c.国家编号"
FR = F + " JOIN 区域 r ON c.区域 = r.区域名称"
CR = "国家 c JOIN 区域 r ON c.区域 = r.区域名称"
J = ["join"]
J2 = ["join", "three_tables"]
CV = ["cross_lingual_value"]


def country_year(name: str, year: int) -> str:
    return f"SELECT SUM(i.volume) FROM {F} WHERE c.国家名称 = '{name}' AND i.year = {year}"


def top_countries(year: int, n: int) -> str:
    return (
        f"SELECT c.国家名称, SUM(i.volume) FROM {F} WHERE i.year = {year} GROUP BY c.国家名称"
        f" ORDER BY SUM(i.volume) DESC LIMIT {n}"
    )


def by_continent(year: int, members_only: bool = False) -> str:
    member = " AND c.是否ICO成员 = 1" if members_only else ""
    return f"SELECT r.大洲, SUM(i.volume) FROM {FR} WHERE i.year = {year}{member} GROUP BY r.大洲"


PAIRS = [
    (
        "How much coffee did the United States import in 2019?",
        "2019年美国进口了多少咖啡",
        country_year("United States of America", 2019),
        [*J, "agg", "filter", "year", *CV],
    ),
    (
        "Total coffee imports by continent",
        "各大洲的咖啡进口总量",
        f"SELECT r.大洲, SUM(i.volume) FROM {FR} GROUP BY r.大洲",
        [*J2, "agg", "group_by"],
    ),
    (
        "Top 5 importing countries in 2019",
        "2019年进口量最大的5个国家",
        top_countries(2019, 5),
        [*J, "top_n", "year"],
        False,
        [0],
    ),
    (
        "Which country imported the most coffee in 2000?",
        "2000年哪个国家进口咖啡最多",
        top_countries(2000, 1),
        [*J, "superlative", "year"],
        False,
        [0],
    ),
    (
        "What were Europe's total coffee imports in 2019?",
        "2019年欧洲一共进口了多少咖啡",
        f"SELECT SUM(i.volume) FROM {FR} WHERE r.大洲 = 'Europe' AND i.year = 2019",
        [*J2, "agg", "filter", "year", *CV],
    ),
    (
        "How many countries are ICO members?",
        "有多少个国家是国际咖啡组织成员",
        "SELECT COUNT(*) FROM 国家 WHERE 是否ICO成员 = 1",
        ["count", "filter"],
    ),
    (
        "What share of 2019 imports went to ICO member countries?",
        "2019年ICO成员国的进口量占全部进口的比例",
        f"SELECT 1.0 * SUM(CASE WHEN c.是否ICO成员 = 1 THEN i.volume ELSE 0 END) / SUM(i.volume) FROM {F}"
        " WHERE i.year = 2019",
        [*J, "share", "pct", "year"],
    ),
    (
        "On average, how much coffee does Japan import per year?",
        "日本平均每年进口多少咖啡",
        f"SELECT AVG(i.volume) FROM {F} WHERE c.国家名称 = 'Japan'",
        [*J, "avg", "filter", *CV],
    ),
    (
        "Number of countries in each continent",
        "每个大洲有多少个国家和地区",
        f"SELECT r.大洲, COUNT(*) FROM {CR} GROUP BY r.大洲",
        [*J, "count", "group_by", "dimension_only"],
    ),
    (
        "Coffee imports of each country in Eastern Asia in 2019",
        "2019年东亚各国家和地区的咖啡进口量",
        f"SELECT c.国家名称, SUM(i.volume) FROM {F} WHERE c.区域 = 'Eastern Asia' AND i.year = 2019"
        " GROUP BY c.国家名称",
        [*J, "group_by", "filter", "year", *CV],
    ),
    (
        "Germany vs France: coffee imports in 2019",
        "2019年德国和法国的咖啡进口量对比",
        f"SELECT c.国家名称, SUM(i.volume) FROM {F} WHERE c.国家名称 IN ('Germany', 'France') AND i.year = 2019"
        " GROUP BY c.国家名称",
        [*J, "compare", "year", *CV],
    ),
    (
        "By what percentage did Germany's imports grow from 2009 to 2019?",
        "德国2019年的咖啡进口量比2009年增长了百分之多少",
        f"SELECT 1.0 * (SUM(CASE WHEN i.year = 2019 THEN i.volume END) - SUM(CASE WHEN i.year = 2009 THEN i.volume END))"
        f" / SUM(CASE WHEN i.year = 2009 THEN i.volume END) FROM {F} WHERE c.国家名称 = 'Germany'",
        [*J, "growth", "pct", "year", *CV],
    ),
    (
        "Year-over-year growth of total imports in 2019",
        "2019年全球咖啡进口总量同比增长了多少",
        "SELECT 1.0 * (SUM(CASE WHEN year = 2019 THEN volume END) - SUM(CASE WHEN year = 2018 THEN volume END))"
        " / SUM(CASE WHEN year = 2018 THEN volume END) FROM imports",
        ["growth", "pct", "year"],
    ),
    (
        "Total imports per year",
        "每年的咖啡进口总量",
        "SELECT year, SUM(volume) FROM imports GROUP BY year",
        ["agg", "group_by", "year"],
    ),
    (
        "In which year were total coffee imports lowest?",
        "哪一年的咖啡进口总量最低",
        "SELECT year, SUM(volume) FROM imports GROUP BY year ORDER BY SUM(volume) ASC LIMIT 1",
        ["superlative", "year"],
        False,
        [0],
    ),
    (
        "Which regions imported more than 300,000 in total over all years?",
        "累计进口量超过30万的区域有哪些",
        f"SELECT c.区域, SUM(i.volume) FROM {F} GROUP BY c.区域 HAVING SUM(i.volume) > 300000",
        [*J, "having", "threshold"],
        False,
        [0],
    ),
    (
        "Which countries imported more than 5,000 in 2019?",
        "2019年进口量超过5000的国家有哪些",
        f"SELECT c.国家名称 FROM {F} WHERE i.year = 2019 AND i.volume > 5000",
        [*J, "list", "threshold", "year"],
    ),
    (
        "How many countries imported more than 1,000 in 2019?",
        "2019年进口量超过1000的国家有几个",
        "SELECT COUNT(DISTINCT country_id) FROM imports WHERE year = 2019 AND volume > 1000",
        ["count", "threshold", "year"],
    ),
    (
        "Top 3 regions by coffee imports in 2019, largest first",
        "2019年进口量排名前三的区域，从大到小",
        f"SELECT c.区域, SUM(i.volume) FROM {F} WHERE i.year = 2019 GROUP BY c.区域 ORDER BY SUM(i.volume) DESC"
        " LIMIT 3",
        [*J, "top_n", "year"],
        True,
        [0],
    ),
    (
        "Which African country imported the most coffee in 2019?",
        "2019年非洲进口咖啡最多的国家是哪个",
        f"SELECT c.国家名称, i.volume FROM {FR} WHERE r.大洲 = 'Africa' AND i.year = 2019 ORDER BY i.volume DESC"
        " LIMIT 1",
        [*J2, "superlative", "filter", "year", *CV],
        False,
        [0],
    ),
    (
        "Average 2019 imports of a European country",
        "2019年欧洲国家的平均进口量",
        f"SELECT AVG(i.volume) FROM {FR} WHERE r.大洲 = 'Europe' AND i.year = 2019",
        [*J2, "avg", "filter", "year", *CV],
    ),
    (
        "Russia's coffee imports in 2005",
        "俄罗斯2005年的咖啡进口量",
        country_year("Russian Federation", 2005),
        [*J, "filter", "year", *CV],
    ),
    (
        "How much coffee did Japan import in total from 2010 to 2019?",
        "2010到2019年日本累计进口了多少咖啡",
        f"SELECT SUM(i.volume) FROM {F} WHERE c.国家名称 = 'Japan' AND i.year BETWEEN 2010 AND 2019",
        [*J, "agg", "year_range", *CV],
    ),
    (
        "Total imports of countries that are not ICO members in 2019",
        "2019年非ICO成员国一共进口了多少咖啡",
        f"SELECT SUM(i.volume) FROM {F} WHERE c.是否ICO成员 = 0 AND i.year = 2019",
        [*J, "agg", "filter", "negation", "year"],
    ),
    (
        "List the ICO member countries in Western Europe",
        "西欧有哪些国际咖啡组织成员国",
        "SELECT 国家名称 FROM 国家 WHERE 区域 = 'Western Europe' AND 是否ICO成员 = 1",
        ["list", "filter", *CV],
    ),
    (
        "How many countries and territories are in the data?",
        "数据里一共有多少个国家和地区",
        "SELECT COUNT(*) FROM 国家",
        ["count"],
    ),
    (
        "What share of world coffee imports did Europe account for in 2019?",
        "2019年欧洲占全球咖啡进口的份额",
        f"SELECT 1.0 * SUM(CASE WHEN r.大洲 = 'Europe' THEN i.volume ELSE 0 END) / SUM(i.volume) FROM {FR}"
        " WHERE i.year = 2019",
        [*J2, "share", "pct", "year", *CV],
    ),
    (
        "Imports by continent in 2019, from highest to lowest",
        "2019年各大洲进口量从高到低排列",
        by_continent(2019) + " ORDER BY SUM(i.volume) DESC",
        [*J2, "group_by", "sort", "year"],
        True,
    ),
    (
        "What were mainland China's coffee imports in 1990 and in 2019?",
        "中国大陆1990年和2019年的咖啡进口量分别是多少",
        f"SELECT i.year, i.volume FROM {F} WHERE c.国家名称 = 'China (Mainland)' AND i.year IN (1990, 2019)",
        [*J, "compare", "year", *CV],
    ),
    (
        "In 2019, how many times Germany's coffee imports did the US import?",
        "2019年美国的咖啡进口量是德国的几倍",
        f"SELECT 1.0 * SUM(CASE WHEN c.国家名称 = 'United States of America' THEN i.volume END)"
        f" / SUM(CASE WHEN c.国家名称 = 'Germany' THEN i.volume END) FROM {F} WHERE i.year = 2019",
        [*J, "ratio", "year", *CV],
    ),
    (
        "Which countries reported zero coffee imports in 2019?",
        "2019年咖啡进口量为零的国家有哪些",
        f"SELECT c.国家名称 FROM {F} WHERE i.year = 2019 AND i.volume = 0",
        [*J, "list", "filter", "year"],
    ),
    (
        "How many countries reported imports in 1990?",
        "1990年有多少个国家报告了进口数据",
        "SELECT COUNT(DISTINCT country_id) FROM imports WHERE year = 1990",
        ["count_distinct", "year"],
    ),
    (
        "On average, how much did a country import in 2019?",
        "2019年平均每个国家进口多少咖啡",
        "SELECT AVG(volume) FROM imports WHERE year = 2019",
        ["avg", "year"],
    ),
    (
        "What is the largest yearly import by a single country, and which country and year was it?",
        "单个国家单年进口量的最高纪录是哪个国家、哪一年",
        f"SELECT c.国家名称, i.year, i.volume FROM {F} ORDER BY i.volume DESC LIMIT 1",
        [*J, "superlative"],
        False,
        [0, 1],
    ),
    (
        "Top 10 countries by total imports over 1990-2019",
        "1990-2019年累计进口量前十的国家",
        f"SELECT c.国家名称, SUM(i.volume) FROM {F} GROUP BY c.国家名称 ORDER BY SUM(i.volume) DESC LIMIT 10",
        [*J, "top_n", "group_by"],
        False,
        [0],
    ),
    (
        "South Korea's coffee imports in 2019",
        "韩国2019年进口了多少咖啡",
        country_year("Republic of Korea", 2019),
        [*J, "filter", "year", *CV],
    ),
    (
        "UK coffee imports in each year since 2015",
        "英国2015年以来每年的咖啡进口量",
        f"SELECT i.year, SUM(i.volume) FROM {F} WHERE c.国家名称 = 'United Kingdom' AND i.year >= 2015 GROUP BY i.year",
        [*J, "group_by", "year_range", *CV],
    ),
    (
        "Total coffee imports in the 1990s",
        "九十年代的咖啡进口总量",
        "SELECT SUM(volume) FROM imports WHERE year BETWEEN 1990 AND 1999",
        ["agg", "decade"],
    ),
    (
        "Average 2019 imports of the Northern European countries",
        "北欧国家2019年的平均进口量",
        f"SELECT AVG(i.volume) FROM {F} WHERE c.区域 = 'Northern Europe' AND i.year = 2019",
        [*J, "avg", "filter", "year", *CV],
    ),
    (
        "How many ICO members are there on each continent?",
        "各大洲分别有多少个ICO成员国",
        f"SELECT r.大洲, COUNT(*) FROM {CR} WHERE c.是否ICO成员 = 1 GROUP BY r.大洲",
        [*J, "count", "group_by", "dimension_only"],
    ),
    (
        "Oceania's total coffee imports per year",
        "大洋洲每年的咖啡进口总量",
        f"SELECT i.year, SUM(i.volume) FROM {FR} WHERE r.大洲 = 'Oceania' GROUP BY i.year",
        [*J2, "group_by", "filter", "year", *CV],
    ),
    (
        "Who imported more coffee over 2000-2019, Italy or Spain?",
        "2000-2019年意大利和西班牙谁进口的咖啡更多",
        f"SELECT c.国家名称, SUM(i.volume) FROM {F} WHERE c.国家名称 IN ('Italy', 'Spain')"
        " AND i.year BETWEEN 2000 AND 2019 GROUP BY c.国家名称",
        [*J, "compare", "year_range", *CV],
    ),
    (
        "In which year did Canada import the most coffee?",
        "加拿大哪一年的咖啡进口量最高",
        f"SELECT i.year, i.volume FROM {F} WHERE c.国家名称 = 'Canada' ORDER BY i.volume DESC LIMIT 1",
        [*J, "superlative", *CV],
        False,
        [0],
    ),
    (
        "Rank the Southern European countries by 2019 coffee imports",
        "南欧国家2019年咖啡进口量排名",
        f"SELECT c.国家名称, i.volume FROM {F} WHERE c.区域 = 'Southern Europe' AND i.year = 2019"
        " ORDER BY i.volume DESC",
        [*J, "sort", "filter", "year", *CV],
        True,
        [0],
    ),
    (
        "How many regions does each continent have?",
        "每个大洲有几个区域",
        "SELECT 大洲, COUNT(*) FROM 区域 GROUP BY 大洲",
        ["count", "group_by"],
    ),
    (
        "Asian countries that imported more than 1,000 in 2019",
        "2019年进口量超过1000的亚洲国家",
        f"SELECT c.国家名称 FROM {FR} WHERE r.大洲 = 'Asia' AND i.year = 2019 AND i.volume > 1000",
        [*J2, "list", "threshold", "year", *CV],
    ),
    (
        "2019 imports of ICO members versus non-members",
        "2019年ICO成员和非成员各进口了多少咖啡",
        f"SELECT c.是否ICO成员, SUM(i.volume) FROM {F} WHERE i.year = 2019 GROUP BY c.是否ICO成员",
        [*J, "group_by", "year"],
        False,
        [1],
    ),
    (
        "How many countries are in Eastern Europe?",
        "东欧有多少个国家",
        "SELECT COUNT(*) FROM 国家 WHERE 区域 = 'Eastern Europe'",
        ["count", "filter", *CV],
    ),
    (
        "Top 5 importers in 2019 that are not ICO members",
        "2019年非ICO成员里进口量最大的5个国家",
        f"SELECT c.国家名称, i.volume FROM {F} WHERE c.是否ICO成员 = 0 AND i.year = 2019 ORDER BY i.volume DESC"
        " LIMIT 5",
        [*J, "top_n", "negation", "year"],
        False,
        [0],
    ),
    (
        "Average yearly world coffee imports between 2010 and 2019",
        "2010年到2019年全球平均每年进口多少咖啡",
        "SELECT SUM(volume) / COUNT(DISTINCT year) FROM imports WHERE year BETWEEN 2010 AND 2019",
        ["avg", "year_range"],
    ),
    (
        "Total imports of the Americas in 2019",
        "2019年美洲的咖啡进口总量",
        f"SELECT SUM(i.volume) FROM {FR} WHERE r.大洲 = 'Americas' AND i.year = 2019",
        [*J2, "agg", "filter", "year", *CV],
    ),
    (
        "Which country imported the least coffee in 2019 among the ICO members?",
        "2019年ICO成员国中进口量最少的是哪个国家",
        f"SELECT c.国家名称, i.volume FROM {F} WHERE c.是否ICO成员 = 1 AND i.year = 2019 ORDER BY i.volume ASC LIMIT 1",
        [*J, "superlative", "filter", "year"],
        False,
        [0],
    ),
    (
        "What was the Netherlands' coffee import volume in 2015?",
        "荷兰2015年的咖啡进口量是多少",
        country_year("Netherlands", 2015),
        [*J, "filter", "year", *CV],
    ),
]

CONVERSATIONS = [
    (
        "How much coffee did Japan import in 2018?",
        "en",
        country_year("Japan", 2018),
        [*J, "year", *CV],
        False,
        None,
        "c1-en",
        0,
    ),
    ("And in 2019?", "en", country_year("Japan", 2019), [*J, "follow_up", "year"], False, None, "c1-en", 1),
    (
        "What about South Korea?",
        "en",
        country_year("Republic of Korea", 2019),
        [*J, "follow_up", *CV],
        False,
        None,
        "c1-en",
        2,
    ),
    (
        "日本2018年进口了多少咖啡",
        "zh",
        country_year("Japan", 2018),
        [*J, "year", *CV],
        False,
        None,
        "c1-zh",
        0,
    ),
    ("2019年呢？", "zh", country_year("Japan", 2019), [*J, "follow_up", "year"], False, None, "c1-zh", 1),
    (
        "那韩国呢？",
        "zh",
        country_year("Republic of Korea", 2019),
        [*J, "follow_up", *CV],
        False,
        None,
        "c1-zh",
        2,
    ),
    (
        "Coffee imports by continent in 2019",
        "en",
        by_continent(2019),
        [*J2, "group_by", "year"],
        False,
        None,
        "c2-en",
        0,
    ),
    (
        "Only ICO members?",
        "en",
        by_continent(2019, True),
        [*J2, "follow_up", "filter"],
        False,
        None,
        "c2-en",
        1,
    ),
    (
        "2019年各大洲的咖啡进口量",
        "zh",
        by_continent(2019),
        [*J2, "group_by", "year"],
        False,
        None,
        "c2-zh",
        0,
    ),
    (
        "只看ICO成员国呢",
        "zh",
        by_continent(2019, True),
        [*J2, "follow_up", "filter"],
        False,
        None,
        "c2-zh",
        1,
    ),
    (
        "Top 3 coffee importing countries in 2010",
        "en",
        top_countries(2010, 3),
        [*J, "top_n", "year"],
        False,
        [0],
        "c3-en",
        0,
    ),
    (
        "And in 2019?",
        "en",
        top_countries(2019, 3),
        [*J, "follow_up", "top_n", "year"],
        False,
        [0],
        "c3-en",
        1,
    ),
    (
        "2010年进口咖啡最多的前三个国家",
        "zh",
        top_countries(2010, 3),
        [*J, "top_n", "year"],
        False,
        [0],
        "c3-zh",
        0,
    ),
    ("2019年呢？", "zh", top_countries(2019, 3), [*J, "follow_up", "top_n", "year"], False, [0], "c3-zh", 1),
]

UNANSWERABLE = [
    (
        "How much did the United States pay for its coffee imports in 2019, in dollars?",
        "2019年美国进口咖啡花了多少美元",
    ),
    ("How much coffee did Brazil export in 2019?", "2019年巴西出口了多少咖啡"),
    (
        "What share of Germany's imports was Arabica versus Robusta?",
        "德国进口的咖啡里阿拉比卡和罗布斯塔各占多少",
    ),
    ("Which month of 2019 had the highest coffee imports?", "2019年哪个月的咖啡进口量最高"),
    ("What was coffee consumption per person in Japan in 2019?", "2019年日本人均咖啡消费量是多少"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "coffee", questions, source=SRC)


if __name__ == "__main__":
    main()
