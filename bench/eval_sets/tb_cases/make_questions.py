"""Write questions.jsonl of the tb_cases question set (hand-written, blind: the engine was not run on them
before they were committed, and its code was not read).

Real data: tb_cases.sqlite (make_data.py): new tuberculosis cases notified to the WHO by country, year, case
type, sex and age group, 2000-2012 (tidyr's `who`; see README.md): tb_cases (fact, English headers),
countries and age_groups (English headers) and 病例类型 (Chinese headers) dimensions with declared foreign
keys. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "tb_cases.sqlite"
TC = "tb_cases t JOIN countries c ON t.iso3 = c.iso3"
TK = "tb_cases t JOIN 病例类型 k ON t.type_code = k.类型代码"
TA = "tb_cases t JOIN age_groups a ON t.age_group = a.age_group"
TCK = TC + " JOIN 病例类型 k ON t.type_code = k.类型代码"
TCA = TC + " JOIN age_groups a ON t.age_group = a.age_group"
JOIN = ["join"]
CV = ["cross_lingual_value"]


def country_year(country: str, year: int) -> str:
    return f"SELECT SUM(t.cases) FROM {TC} WHERE c.country = '{country}' AND t.year = {year}"


def continent_year(continent: str, year: int) -> str:
    return f"(SELECT SUM(t.cases) FROM {TC} WHERE c.continent = '{continent}' AND t.year = {year})"


def top_countries(year: int, n: int) -> str:
    return (
        f"SELECT c.country, SUM(t.cases) FROM {TC} WHERE t.year = {year} GROUP BY c.country"
        f" ORDER BY SUM(t.cases) DESC LIMIT {n}"
    )


def type_by_continent(code: str) -> str:
    return (
        f"SELECT c.continent, SUM(t.cases) FROM {TCK} WHERE t.year = 2012 AND k.类型代码 = '{code}'"
        " GROUP BY c.continent"
    )


# (english, chinese, gold_sql, tags[, ordered, compare[, gold_sql of the Chinese question]]);
# the questions that need a join come first
JOINED = [
    (
        "How many new TB cases did India report in 2012?",
        "2012年印度报告了多少新发结核病例",
        country_year("India", 2012),
        [*JOIN, "agg", "filter", "year", *CV],
    ),
    (
        "Total cases by continent",
        "各大洲的病例总数",
        f"SELECT c.continent, SUM(t.cases) FROM {TC} GROUP BY c.continent",
        [*JOIN, "agg", "group_by"],
    ),
    (
        "Top 5 countries by total number of cases",
        "病例总数最多的前5个国家",
        f"SELECT c.country, SUM(t.cases) FROM {TC} GROUP BY c.country ORDER BY SUM(t.cases) DESC LIMIT 5",
        [*JOIN, "top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Which country had the most tuberculosis cases in 2010?",
        "2010年哪个国家的结核病例最多",
        top_countries(2010, 1),
        [*JOIN, "superlative", "year"],
        False,
        [0],
    ),
    (
        "Number of cases in Africa in 2012",
        "2012年非洲的病例数",
        continent_year("Africa", 2012)[1:-1],
        [*JOIN, "agg", "filter", "year", *CV],
    ),
    (
        "Total cases for each case type",
        "按病例类型统计病例总数",
        f"SELECT k.英文名称, SUM(t.cases) FROM {TK} GROUP BY k.英文名称",
        [*JOIN, "agg", "group_by"],
        False,
        None,
        f"SELECT k.类型名称, SUM(t.cases) FROM {TK} GROUP BY k.类型名称",
    ),
    (
        "What share of all cases are smear-positive pulmonary TB?",
        "涂阳肺结核占全部病例的比例是多少",
        f"SELECT 1.0 * SUM(CASE WHEN k.英文名称 = 'smear-positive pulmonary' THEN t.cases ELSE 0 END)"
        f" / SUM(t.cases) FROM {TK}",
        [*JOIN, "share", "pct"],
    ),
    (
        "How many extrapulmonary cases were notified in China in 2012?",
        "2012年中国的肺外结核病例有多少",
        f"SELECT SUM(t.cases) FROM {TCK} WHERE c.country = 'China' AND t.year = 2012 AND k.类型代码 = 'ep'",
        [*JOIN, "three_tables", "agg", "filter", "year", *CV],
    ),
    (
        "On average, how many cases per year did South Africa report?",
        "南非平均每年报告多少病例",
        f"SELECT 1.0 * SUM(t.cases) / COUNT(DISTINCT t.year) FROM {TC} WHERE c.country = 'South Africa'",
        [*JOIN, "avg", "filter", *CV],
    ),
    (
        "How many countries in each continent reported cases in 2012?",
        "2012年各大洲分别有多少个国家报告了病例",
        f"SELECT c.continent, COUNT(DISTINCT t.iso3) FROM {TC} WHERE t.year = 2012 GROUP BY c.continent",
        [*JOIN, "count_distinct", "group_by", "year"],
    ),
    (
        "Cases in each country of South-Eastern Asia in 2012",
        "2012年东南亚各国的病例数",
        f"SELECT c.country, SUM(t.cases) FROM {TC} WHERE c.region = 'South-Eastern Asia' AND t.year = 2012"
        " GROUP BY c.country",
        [*JOIN, "group_by", "filter", "year", *CV],
    ),
    (
        "Compare India and China: total cases in 2012",
        "2012年印度和中国的病例数对比",
        f"SELECT c.country, SUM(t.cases) FROM {TC} WHERE c.country IN ('India', 'China') AND t.year = 2012"
        " GROUP BY c.country",
        [*JOIN, "compare_two", "year", *CV],
    ),
    (
        "By what percentage did cases in Africa grow from 2005 to 2012?",
        "非洲2012年的病例数比2005年增长了百分之多少",
        f"SELECT 100.0 * ({continent_year('Africa', 2012)} - {continent_year('Africa', 2005)})"
        f" / {continent_year('Africa', 2005)}",
        [*JOIN, "growth", "pct", *CV],
    ),
    (
        "Total cases among children aged 0-14 in Africa",
        "非洲0-14岁儿童的病例总数",
        f"SELECT SUM(t.cases) FROM {TC} WHERE c.continent = 'Africa' AND t.age_group = '0-14'",
        [*JOIN, "agg", "filter", *CV],
    ),
    (
        "What proportion of cases in Europe were women?",
        "欧洲的病例中女性占多少比例",
        f"SELECT 1.0 * SUM(CASE WHEN t.sex = 'female' THEN t.cases ELSE 0 END) / SUM(t.cases) FROM {TC}"
        " WHERE c.continent = 'Europe'",
        [*JOIN, "share", "pct", *CV],
    ),
    (
        "Which sub-regions have more than 2 million cases in total?",
        "病例总数超过200万的次区域有哪些",
        f"SELECT c.region, SUM(t.cases) FROM {TC} GROUP BY c.region HAVING SUM(t.cases) > 2000000",
        [*JOIN, "having", "group_by"],
        False,
        [0],
    ),
    (
        "Which countries had more than 100,000 cases in 2012?",
        "2012年病例数超过10万的国家",
        f"SELECT c.country, SUM(t.cases) FROM {TC} WHERE t.year = 2012 GROUP BY c.country"
        " HAVING SUM(t.cases) > 100000",
        [*JOIN, "having", "year"],
        False,
        [0],
    ),
    (
        "Which countries have no case counts at all in the data?",
        "哪些国家在数据里没有任何病例记录",
        "SELECT c.country FROM countries c WHERE NOT EXISTS (SELECT 1 FROM tb_cases t WHERE t.iso3 = c.iso3)",
        [*JOIN, "anti_join", "list"],
    ),
    (
        "How many cases among people 65 and older did Japan report in 2012?",
        "2012年日本65岁及以上人群的病例数",
        f"SELECT SUM(t.cases) FROM {TC} WHERE c.country = 'Japan' AND t.year = 2012 AND t.age_group = '65+'",
        [*JOIN, "agg", "filter", "year", *CV],
    ),
    (
        "Smear-negative cases by continent in 2012",
        "2012年各大洲的涂阴肺结核病例数",
        type_by_continent("sn"),
        [*JOIN, "three_tables", "group_by", "filter", "year"],
    ),
    (
        "Cases reported by the United States each year",
        "美国每年的病例数",
        f"SELECT t.year, SUM(t.cases) FROM {TC} WHERE c.country = 'United States of America' GROUP BY t.year",
        [*JOIN, "group_by", "year", *CV],
    ),
    (
        "Which sub-region had the most cases in 2012?",
        "2012年病例最多的是哪个次区域",
        f"SELECT c.region, SUM(t.cases) FROM {TC} WHERE t.year = 2012 GROUP BY c.region"
        " ORDER BY SUM(t.cases) DESC LIMIT 1",
        [*JOIN, "superlative", "year"],
        False,
        [0],
    ),
    (
        "Which continent has the fewest cases?",
        "病例最少的大洲是哪个",
        f"SELECT c.continent, SUM(t.cases) FROM {TC} GROUP BY c.continent ORDER BY SUM(t.cases) ASC LIMIT 1",
        [*JOIN, "superlative", "bottom"],
        False,
        [0],
    ),
    (
        "Top 3 African countries by cases in 2012",
        "2012年非洲病例数排名前三的国家",
        f"SELECT c.country, SUM(t.cases) FROM {TC} WHERE c.continent = 'Africa' AND t.year = 2012"
        " GROUP BY c.country ORDER BY SUM(t.cases) DESC LIMIT 3",
        [*JOIN, "top_n", "filter", "year", *CV],
        False,
        [0],
    ),
    (
        "How many times more male cases than female cases were there in Asia?",
        "亚洲男性病例数是女性的多少倍",
        f"SELECT 1.0 * SUM(CASE WHEN t.sex = 'male' THEN t.cases ELSE 0 END)"
        f" / SUM(CASE WHEN t.sex = 'female' THEN t.cases ELSE 0 END) FROM {TC} WHERE c.continent = 'Asia'",
        [*JOIN, "ratio", *CV],
    ),
    (
        "How many cases among people aged 45 and over did India report in 2012?",
        "2012年印度45岁及以上人群的病例数是多少",
        f"SELECT SUM(t.cases) FROM {TCA} WHERE c.country = 'India' AND t.year = 2012 AND a.min_age >= 45",
        [*JOIN, "three_tables", "agg", "filter", "year", *CV],
    ),
    (
        "What share of the world's cases in 2012 were in Asia?",
        "2012年亚洲的病例占全球的比例",
        f"SELECT 1.0 * SUM(CASE WHEN c.continent = 'Asia' THEN t.cases ELSE 0 END) / SUM(t.cases) FROM {TC}"
        " WHERE t.year = 2012",
        [*JOIN, "share", "pct", "year", *CV],
    ),
    (
        "Did Brazil or Mexico report more cases in 2011?",
        "2011年巴西和墨西哥哪个国家报告的病例更多",
        f"SELECT c.country, SUM(t.cases) FROM {TC} WHERE c.country IN ('Brazil', 'Mexico') AND t.year = 2011"
        " GROUP BY c.country ORDER BY SUM(t.cases) DESC LIMIT 1",
        [*JOIN, "compare_two", "superlative", *CV],
        False,
        [0],
    ),
    (
        "How many countries reported smear-positive cases in 2000?",
        "2000年有多少个国家报告了涂阳肺结核病例",
        f"SELECT COUNT(DISTINCT t.iso3) FROM {TK} WHERE k.英文名称 = 'smear-positive pulmonary' AND t.year = 2000",
        [*JOIN, "count_distinct", "filter", "year"],
    ),
    (
        "Male and female cases in each continent in 2012",
        "2012年各大洲男性和女性的病例数",
        f"SELECT c.continent, t.sex, SUM(t.cases) FROM {TC} WHERE t.year = 2012 GROUP BY c.continent, t.sex",
        [*JOIN, "group_by", "two_keys", "year"],
    ),
    (
        "Rank the sub-regions of Africa by total cases, highest first",
        "非洲各次区域按病例总数从高到低排序",
        f"SELECT c.region, SUM(t.cases) FROM {TC} WHERE c.continent = 'Africa' GROUP BY c.region"
        " ORDER BY SUM(t.cases) DESC",
        [*JOIN, "order", "group_by", *CV],
        True,
        [0],
    ),
    (
        "Which European country had the most cases in 2012?",
        "2012年欧洲病例最多的国家是哪个",
        f"SELECT c.country, SUM(t.cases) FROM {TC} WHERE c.continent = 'Europe' AND t.year = 2012"
        " GROUP BY c.country ORDER BY SUM(t.cases) DESC LIMIT 1",
        [*JOIN, "superlative", "filter", "year", *CV],
        False,
        [0],
    ),
    (
        "How many more cases did Kenya report in 2012 than in 2005?",
        "肯尼亚2012年的病例比2005年多了多少",
        f"SELECT ({country_year('Kenya', 2012)}) - ({country_year('Kenya', 2005)})",
        [*JOIN, "difference", "year", *CV],
    ),
    (
        "Total cases for each country in Oceania",
        "大洋洲各国的病例总数",
        f"SELECT c.country, SUM(t.cases) FROM {TC} WHERE c.continent = 'Oceania' GROUP BY c.country",
        [*JOIN, "group_by", "filter", *CV],
    ),
    (
        "What percentage of Europe's cases were extrapulmonary?",
        "欧洲的病例中肺外结核占百分之几",
        f"SELECT 100.0 * SUM(CASE WHEN k.类型代码 = 'ep' THEN t.cases ELSE 0 END) / SUM(t.cases) FROM {TCK}"
        " WHERE c.continent = 'Europe'",
        [*JOIN, "three_tables", "share", "pct", *CV],
    ),
    (
        "Which case type is most common among children aged 0-14?",
        "0-14岁儿童中哪种类型的病例最多",
        f"SELECT k.英文名称, SUM(t.cases) FROM {TK} WHERE t.age_group = '0-14' GROUP BY k.英文名称"
        " ORDER BY SUM(t.cases) DESC LIMIT 1",
        [*JOIN, "superlative", "filter"],
        False,
        [0],
        f"SELECT k.类型名称, SUM(t.cases) FROM {TK} WHERE t.age_group = '0-14' GROUP BY k.类型名称"
        " ORDER BY SUM(t.cases) DESC LIMIT 1",
    ),
    (
        "How many 25 to 34 year olds were notified with TB in the United States in 2012?",
        "2012年美国25到34岁的结核病例有多少",
        f"SELECT SUM(t.cases) FROM {TC} WHERE c.country = 'United States of America' AND t.year = 2012"
        " AND t.age_group = '25-34'",
        [*JOIN, "agg", "filter", "year", *CV],
    ),
    (
        "Smear-positive cases in Southern Africa in 2012",
        "2012年南部非洲的涂阳肺结核病例数",
        f"SELECT SUM(t.cases) FROM {TCK} WHERE c.region = 'Southern Africa' AND t.year = 2012"
        " AND k.类型代码 = 'sp'",
        [*JOIN, "three_tables", "agg", "filter", "year", *CV],
    ),
    (
        "Cases among people under 25 in Asia",
        "亚洲25岁以下人群的病例总数",
        f"SELECT SUM(t.cases) FROM {TCA} WHERE c.continent = 'Asia' AND a.max_age < 25",
        [*JOIN, "three_tables", "agg", "filter", *CV],
    ),
    (
        "Number of cases in Russia in 2008",
        "俄罗斯2008年的病例数",
        country_year("Russian Federation", 2008),
        [*JOIN, "agg", "filter", "year", *CV],
    ),
]

SINGLE = [
    (
        "Total number of new TB cases in the data",
        "数据中新发结核病例的总数",
        "SELECT SUM(cases) FROM tb_cases",
        ["agg"],
    ),
    ("Cases per year", "每年的病例数", "SELECT year, SUM(cases) FROM tb_cases GROUP BY year", ["group_by", "year"]),
    ("Cases by sex", "男女病例数分别是多少", "SELECT sex, SUM(cases) FROM tb_cases GROUP BY sex", ["group_by"]),
    (
        "Total cases in each age group",
        "各年龄组的病例总数",
        "SELECT age_group, SUM(cases) FROM tb_cases GROUP BY age_group",
        ["group_by"],
    ),
    (
        "Which age group has the most cases?",
        "病例最多的是哪个年龄组",
        "SELECT age_group, SUM(cases) FROM tb_cases GROUP BY age_group ORDER BY SUM(cases) DESC LIMIT 1",
        ["superlative"],
        False,
        [0],
    ),
    (
        "What percentage of cases are male?",
        "男性病例占百分之多少",
        "SELECT 100.0 * SUM(CASE WHEN sex = 'male' THEN cases ELSE 0 END) / SUM(cases) FROM tb_cases",
        ["share", "pct"],
    ),
    ("How many cases were notified in 2012?", "2012年一共报告了多少病例", "SELECT SUM(cases) FROM tb_cases WHERE year = 2012", ["agg", "year"]),  # fmt: skip
    (
        "How much did the number of cases change from 2011 to 2012, in percent?",
        "2012年的病例数比2011年变化了百分之多少",
        "SELECT 100.0 * ((SELECT SUM(cases) FROM tb_cases WHERE year = 2012)"
        " - (SELECT SUM(cases) FROM tb_cases WHERE year = 2011)) / (SELECT SUM(cases) FROM tb_cases WHERE year = 2011)",
        ["growth", "pct"],
    ),
    (
        "Which years had more than 3.9 million cases?",
        "哪些年份的病例数超过了390万",
        "SELECT year, SUM(cases) FROM tb_cases GROUP BY year HAVING SUM(cases) > 3900000",
        ["having", "year"],
        False,
        [0],
    ),
    (
        "How many countries and territories are listed?",
        "一共列出了多少个国家和地区",
        "SELECT COUNT(*) FROM countries",
        ["count", "dimension_only"],
    ),
    (
        "Number of countries in each continent",
        "每个大洲有几个国家",
        "SELECT continent, COUNT(*) FROM countries GROUP BY continent",
        ["count", "group_by", "dimension_only"],
    ),
    (
        "In which year were the most cases notified?",
        "哪一年报告的病例最多",
        "SELECT year, SUM(cases) FROM tb_cases GROUP BY year ORDER BY SUM(cases) DESC LIMIT 1",
        ["superlative", "year"],
        False,
        [0],
    ),
    (
        "How many countries reported cases in 2000?",
        "2000年有多少个国家报告了病例",
        "SELECT COUNT(DISTINCT iso3) FROM tb_cases WHERE year = 2000",
        ["count_distinct", "year"],
    ),
    (
        "Average number of cases per year",
        "平均每年有多少病例",
        "SELECT 1.0 * SUM(cases) / COUNT(DISTINCT year) FROM tb_cases",
        ["avg", "year"],
    ),
    (
        "How many women aged 65+ were notified in 2012?",
        "2012年65岁以上女性的病例数",
        "SELECT SUM(cases) FROM tb_cases WHERE sex = 'female' AND age_group = '65+' AND year = 2012",
        ["agg", "filter", "year"],
    ),
    (
        "Total cases from 2005 to 2008",
        "2005年到2008年的病例总数",
        "SELECT SUM(cases) FROM tb_cases WHERE year BETWEEN 2005 AND 2008",
        ["agg", "year_range"],
    ),
    (
        "What share of cases are children aged 0-14?",
        "0-14岁儿童病例占总病例的比例",
        "SELECT 1.0 * SUM(CASE WHEN age_group = '0-14' THEN cases ELSE 0 END) / SUM(cases) FROM tb_cases",
        ["share", "pct"],
    ),
]  # fmt: skip

BY_CONTINENT_2012 = f"SELECT c.continent, SUM(t.cases) FROM {TC} WHERE t.year = 2012 GROUP BY c.continent"
SP = type_by_continent("sp")
EP = type_by_continent("ep")
INDONESIA = country_year("Indonesia", 2012)
PHILIPPINES = country_year("Philippines", 2012)
TOP_2011 = top_countries(2011, 5)
TOP_2012 = top_countries(2012, 5)
FU = [*JOIN, "follow_up"]
CONVERSATIONS = [
    ("Total cases by continent in 2012", "en", BY_CONTINENT_2012, [*JOIN, "group_by", "year"], False, None, "c1-en", 0),
    ("only smear-positive ones", "en", SP, [*FU, "three_tables", "filter"], False, None, "c1-en", 1),
    ("and extrapulmonary?", "en", EP, [*FU, "three_tables", "filter"], False, None, "c1-en", 2),
    ("2012年各大洲的病例总数", "zh", BY_CONTINENT_2012, [*JOIN, "group_by", "year"], False, None, "c1-zh", 0),
    ("只看涂阳肺结核", "zh", SP, [*FU, "three_tables", "filter"], False, None, "c1-zh", 1),
    ("肺外结核呢？", "zh", EP, [*FU, "three_tables", "filter"], False, None, "c1-zh", 2),
    ("How many cases did Indonesia report in 2012?", "en", INDONESIA, [*JOIN, "agg", "filter", *CV], False, None, "c2-en", 0),
    ("what about the Philippines?", "en", PHILIPPINES, [*FU, "agg", *CV], False, None, "c2-en", 1),
    ("2012年印度尼西亚报告了多少病例", "zh", INDONESIA, [*JOIN, "agg", "filter", *CV], False, None, "c2-zh", 0),
    ("菲律宾呢", "zh", PHILIPPINES, [*FU, "agg", *CV], False, None, "c2-zh", 1),
    ("Top 5 countries by cases in 2011", "en", TOP_2011, [*JOIN, "top_n", "year"], False, [0], "c3-en", 0),
    ("and in 2012?", "en", TOP_2012, [*FU, "top_n", "year"], False, [0], "c3-en", 1),
    ("2011年病例数最多的5个国家", "zh", TOP_2011, [*JOIN, "top_n", "year"], False, [0], "c3-zh", 0),
    ("2012年呢？", "zh", TOP_2012, [*FU, "top_n", "year"], False, [0], "c3-zh", 1),
]  # fmt: skip

UNANSWERABLE = [
    ("How many people died of tuberculosis in India in 2012?", "2012年印度有多少人死于结核病"),
    ("What was the treatment success rate in Africa?", "非洲的结核病治疗成功率是多少"),
    ("How many TB cases were HIV-positive in 2010?", "2010年有多少结核病例合并HIV感染"),
    (
        "Which country has the highest TB incidence per 100,000 population?",
        "每十万人口结核发病率最高的国家是哪个",
    ),
]


def questions():
    out = []
    for en, zh, gold, tags, *rest in JOINED + SINGLE:
        ordered, compare, zh_gold = (list(rest) + [False, None, None][len(rest) :])[:3]
        out.append((en, "en", gold, tags, ordered, compare))
        out.append((zh, "zh", zh_gold or gold, [*tags, "cross_lingual"], ordered, compare))
    out.extend(CONVERSATIONS)
    for en, zh in UNANSWERABLE:
        out.append((en, "en", None, ["unanswerable"]))
        out.append((zh, "zh", None, ["unanswerable"]))
    return out


if __name__ == "__main__":
    write_questions(HERE, "tbcases", questions(), source=SRC)
