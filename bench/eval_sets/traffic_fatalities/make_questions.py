"""Write questions.jsonl of the traffic_fatalities question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: traffic_fatalities.csv (make_data.py): US traffic deaths, drunk-driving laws, beer tax and economy of
the 48 contiguous states, one row per state and year, 1982-1988 (AER's `Fatalities`; see README.md). One table,
English headers. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "traffic_fatalities.csv"
T = "traffic_fatalities"
CV = ["cross_lingual_value"]
NE = " AND region = 'Northeast'"


def year_sum(column: str, year: int, where: str = "") -> str:
    return f"(SELECT SUM({column}) FROM {T} WHERE year = {year}{where})"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "What is the total number of traffic fatalities across all states and years?",
        "所有州所有年份的交通事故死亡人数加起来是多少",
        f"SELECT SUM(fatalities) FROM {T}",
        ["agg"],
    ),
    (
        "How many states does the data cover?",
        "数据里一共有几个州",
        f"SELECT COUNT(DISTINCT state) FROM {T}",
        ["count_distinct"],
    ),
    (
        "average unemployment rate across states in 1985",
        "1985年各州的平均失业率是多少",
        f"SELECT AVG(unemployment_rate) FROM {T} WHERE year = 1985",
        ["agg", "time"],
    ),
    (
        "Traffic deaths per year",
        "每年的交通死亡人数分别是多少",
        f"SELECT year, SUM(fatalities) FROM {T} GROUP BY year",
        ["agg", "group_by", "time"],
    ),
    (
        "Total fatalities by region",
        "按地区汇总死亡人数",
        f"SELECT region, SUM(fatalities) FROM {T} GROUP BY region",
        ["agg", "group_by"],
    ),
    (
        "Which state had the most traffic deaths in 1988?",
        "1988年哪个州交通死亡人数最多",
        f"SELECT state FROM {T} WHERE year = 1988 ORDER BY fatalities DESC LIMIT 1",
        ["superlative", "time"],
    ),
    (
        "Top 5 states by total fatalities over 1982-1988",
        "1982到1988年累计死亡人数排名前五的州",
        f"SELECT state, SUM(fatalities) AS total FROM {T} GROUP BY state ORDER BY total DESC LIMIT 5",
        ["top_n", "group_by"],
        True,
        [0],
    ),
    (
        "How many people died on the roads in California in 1986?",
        "加州1986年交通事故死了多少人",
        f"SELECT fatalities FROM {T} WHERE state = 'California' AND year = 1986",
        ["filter", "time", *CV],
    ),
    (
        "total alcohol-involved fatalities in Texas",
        "得州涉酒交通死亡人数总共多少",
        f"SELECT SUM(alcohol_fatalities) FROM {T} WHERE state = 'Texas'",
        ["agg", "filter", *CV],
    ),
    (
        "What share of 1982 traffic deaths involved alcohol?",
        "1982年涉酒死亡占全部交通死亡的比例是多少",
        f"SELECT SUM(alcohol_fatalities) * 1.0 / SUM(fatalities) FROM {T} WHERE year = 1982",
        ["ratio", "pct", "time"],
    ),
    (
        "By how much did total fatalities grow from 1987 to 1988, in percent?",
        "1988年交通死亡人数同比1987年增长了多少",
        f"SELECT ({year_sum('fatalities', 1988)} - {year_sum('fatalities', 1987)}) * 1.0 / "
        f"{year_sum('fatalities', 1987)}",
        ["growth", "pct", "time"],
    ),
    (
        "How many states had a preliminary breath test law in 1988?",
        "1988年有多少个州实行了初步呼气检测法",
        f"SELECT COUNT(*) FROM {T} WHERE year = 1988 AND breath_test_law = 'yes'",
        ["count", "filter", "time", *CV],
    ),
    (
        "List the states that had a mandatory jail sentence for drunk driving in 1984",
        "1984年对酒驾实行强制监禁的州有哪些",
        f"SELECT state FROM {T} WHERE year = 1984 AND mandatory_jail = 'yes'",
        ["listing", "filter", "time", *CV],
    ),
    (
        "Average beer tax by region in 1988",
        "1988年各地区的平均啤酒税",
        f"SELECT region, AVG(beer_tax) FROM {T} WHERE year = 1988 GROUP BY region",
        ["agg", "group_by", "time"],
    ),
    (
        "Which state taxed beer the most in 1988?",
        "1988年啤酒税最高的是哪个州",
        f"SELECT state FROM {T} WHERE year = 1988 ORDER BY beer_tax DESC LIMIT 1",
        ["superlative", "time"],
    ),
    (
        "Which state had the lowest unemployment rate in 1988?",
        "1988年失业率最低的州是哪个",
        f"SELECT state FROM {T} WHERE year = 1988 ORDER BY unemployment_rate ASC LIMIT 1",
        ["superlative", "time"],
    ),
    (
        "the 3 states with the highest deaths per 10,000 residents in 1988",
        "1988年每万人交通死亡率最高的三个州",
        f"SELECT state, fatalities * 10000.0 / population AS rate FROM {T} WHERE year = 1988 "
        "ORDER BY rate DESC LIMIT 3",
        ["top_n", "ratio", "time"],
        True,
        [0],
    ),
    (
        "Nationwide, how many deaths were there per 100 million vehicle miles in 1988?",
        "1988年全国每亿车英里的死亡人数是多少",
        f"SELECT SUM(fatalities) * 100.0 / SUM(vehicle_miles_millions) FROM {T} WHERE year = 1988",
        ["ratio", "time"],
    ),
    (
        "In 1982 how many states had a minimum drinking age of 21?",
        "1982年最低饮酒年龄是21岁的州有几个",
        f"SELECT COUNT(*) FROM {T} WHERE year = 1982 AND min_drinking_age = 21",
        ["count", "filter", "time"],
    ),
    (
        "Which year saw the fewest road deaths?",
        "哪一年交通死亡人数最少",
        f"SELECT year FROM {T} GROUP BY year ORDER BY SUM(fatalities) ASC LIMIT 1",
        ["superlative", "time"],
    ),
    (
        "night-time fatalities in 1987",
        "1987年夜间交通事故死亡人数",
        f"SELECT SUM(night_fatalities) FROM {T} WHERE year = 1987",
        ["agg", "time"],
    ),
    (
        "How many 18 to 20 year olds were killed each year?",
        "18到20岁年轻人每年的交通死亡人数",
        f"SELECT year, SUM(fatalities_18_20) FROM {T} GROUP BY year",
        ["agg", "group_by", "time"],
    ),
    (
        "Compare fatalities in California and Texas in 1985",
        "对比一下1985年加州和得州的死亡人数",
        f"SELECT state, fatalities FROM {T} WHERE year = 1985 AND state IN ('California', 'Texas')",
        ["compare", "filter", "time", *CV],
    ),
    (
        "How many more traffic deaths did Florida have than New York in 1988?",
        "1988年佛罗里达州比纽约州多死了多少人",
        f"SELECT (SELECT fatalities FROM {T} WHERE year = 1988 AND state = 'Florida') - "
        f"(SELECT fatalities FROM {T} WHERE year = 1988 AND state = 'New York')",
        ["compare", "time", *CV],
    ),
    (
        "Which states and years had more than 3,000 fatalities?",
        "哪些州在哪些年份死亡人数超过了3000",
        f"SELECT state, year FROM {T} WHERE fatalities > 3000",
        ["listing", "threshold"],
    ),
    (
        "Which states averaged an unemployment rate above 10% over the period?",
        "整个期间平均失业率超过10%的州",
        f"SELECT state FROM {T} GROUP BY state HAVING AVG(unemployment_rate) > 10",
        ["having", "threshold"],
    ),
    (
        "What was the combined population of these states in 1988?",
        "1988年这些州的总人口是多少",
        f"SELECT SUM(population) FROM {T} WHERE year = 1988",
        ["agg", "time"],
    ),
    (
        "average income per capita by census division in 1988",
        "1988年各个分区的平均人均收入",
        f"SELECT division, AVG(income_per_capita) FROM {T} WHERE year = 1988 GROUP BY division",
        ["agg", "group_by", "time"],
    ),
    (
        "Which state was richest per person in 1988?",
        "1988年人均收入最高的州",
        f"SELECT state FROM {T} WHERE year = 1988 ORDER BY income_per_capita DESC LIMIT 1",
        ["superlative", "time"],
    ),
    (
        "Total vehicle miles driven in 1988 (millions)",
        "1988年的总行驶里程是多少百万英里",
        f"SELECT SUM(vehicle_miles_millions) FROM {T} WHERE year = 1988",
        ["agg", "time"],
    ),
    (
        "How many traffic deaths in the South in 1988?",
        "1988年南方各州一共死了多少人",
        f"SELECT SUM(fatalities) FROM {T} WHERE year = 1988 AND region = 'South'",
        ["agg", "filter", "time", *CV],
    ),
    (
        "Percent change in Northeast fatalities between 1982 and 1988",
        "东北部地区1988年的死亡人数相比1982年变化了百分之多少",
        f"SELECT ({year_sum('fatalities', 1988, NE)} - "
        f"{year_sum('fatalities', 1982, NE)}) * 1.0 / "
        f"{year_sum('fatalities', 1982, NE)}",
        ["growth", "pct", "filter", *CV],
    ),
    (
        "total fatalities from 1984 through 1986",
        "1984年到1986年死亡人数合计",
        f"SELECT SUM(fatalities) FROM {T} WHERE year BETWEEN 1984 AND 1986",
        ["agg", "time_range"],
    ),
    (
        "How many road deaths were there in the most recent year?",
        "最近一年全国交通死亡人数是多少",
        f"SELECT SUM(fatalities) FROM {T} WHERE year = (SELECT MAX(year) FROM {T})",
        ["agg", "latest"],
    ),
    (
        "How many states required community service for drunk drivers in 1986?",
        "1986年要求酒驾者做社区服务的州有几个",
        f"SELECT COUNT(*) FROM {T} WHERE year = 1986 AND community_service = 'yes'",
        ["count", "filter", "time", *CV],
    ),
    (
        "On average how many traffic deaths did a state have in 1988?",
        "1988年平均每个州死多少人",
        f"SELECT AVG(fatalities) FROM {T} WHERE year = 1988",
        ["agg", "time"],
    ),
    (
        "What is the highest number of fatalities any state recorded in a single year?",
        "单个州单一年份的最高死亡人数是多少",
        f"SELECT MAX(fatalities) FROM {T}",
        ["agg"],
    ),
    (
        "Which state had the fewest traffic deaths in 1988?",
        "1988年交通死亡人数最少的是哪个州",
        f"SELECT state FROM {T} WHERE year = 1988 ORDER BY fatalities ASC LIMIT 1",
        ["superlative", "time"],
    ),
    (
        "What share of the country's 1988 traffic deaths happened in California?",
        "1988年加州的死亡人数占全国的比重",
        f"SELECT SUM(CASE WHEN state = 'California' THEN fatalities ELSE 0 END) * 1.0 / SUM(fatalities) "
        f"FROM {T} WHERE year = 1988",
        ["ratio", "pct", "time", *CV],
    ),
    (
        "each region's share of all fatalities",
        "各地区死亡人数占总数的百分比",
        f"SELECT region, SUM(fatalities) * 1.0 / (SELECT SUM(fatalities) FROM {T}) FROM {T} GROUP BY region",
        ["ratio", "pct", "group_by"],
    ),
    (
        "Top 5 states by the share of deaths involving alcohol in 1988",
        "1988年涉酒死亡占比最高的5个州",
        f"SELECT state, alcohol_fatalities * 1.0 / fatalities AS share FROM {T} WHERE year = 1988 "
        "ORDER BY share DESC LIMIT 5",
        ["top_n", "ratio", "time"],
        True,
        [0],
    ),
    (
        "Average minimum legal drinking age by year",
        "每年各州最低法定饮酒年龄的平均值",
        f"SELECT year, AVG(min_drinking_age) FROM {T} GROUP BY year",
        ["agg", "group_by", "time"],
    ),
    (
        "Which states had both a breath test law and mandatory jail in 1988?",
        "1988年既有呼气检测法又有强制监禁的州",
        f"SELECT state FROM {T} WHERE year = 1988 AND breath_test_law = 'yes' AND mandatory_jail = 'yes'",
        ["listing", "filter", "time", *CV],
    ),
    (
        "How many census divisions are there in the data?",
        "数据中有几个人口普查分区",
        f"SELECT COUNT(DISTINCT division) FROM {T}",
        ["count_distinct"],
    ),
    (
        "How many 15-17 year olds died in traffic in 1988?",
        "1988年15到17岁青少年交通死亡人数",
        f"SELECT SUM(fatalities_15_17) FROM {T} WHERE year = 1988",
        ["agg", "time"],
    ),
    (
        "Single-vehicle fatalities in Ohio, all years combined",
        "俄亥俄州历年单车事故死亡人数合计",
        f"SELECT SUM(single_vehicle_fatalities) FROM {T} WHERE state = 'Ohio'",
        ["agg", "filter", *CV],
    ),
    (
        "Which region had the highest fatality rate per 10,000 people in 1988?",
        "1988年哪个地区的每万人死亡率最高",
        f"SELECT region FROM {T} WHERE year = 1988 GROUP BY region "
        "ORDER BY SUM(fatalities) * 1.0 / SUM(population) DESC LIMIT 1",
        ["superlative", "ratio", "time"],
    ),
    (
        "states with over 10 million residents in 1988",
        "1988年人口超过1000万的州",
        f"SELECT state FROM {T} WHERE year = 1988 AND population > 10000000",
        ["listing", "threshold", "time"],
    ),
    (
        "Average yearly fatalities in Texas",
        "得州平均每年交通死亡多少人",
        f"SELECT AVG(fatalities) FROM {T} WHERE state = 'Texas'",
        ["agg", "filter", *CV],
    ),
    (
        "How many states had fewer traffic deaths in 1988 than in 1982?",
        "1988年死亡人数比1982年少的州有几个",
        f"SELECT COUNT(*) FROM {T} a JOIN {T} b ON a.state = b.state "
        "WHERE a.year = 1988 AND b.year = 1982 AND a.fatalities < b.fatalities",
        ["count", "compare", "time"],
    ),
    (
        "Which state's fatalities increased the most from 1982 to 1988?",
        "从1982年到1988年死亡人数增加最多的州",
        f"SELECT a.state FROM {T} a JOIN {T} b ON a.state = b.state "
        "WHERE a.year = 1988 AND b.year = 1982 ORDER BY a.fatalities - b.fatalities DESC LIMIT 1",
        ["superlative", "growth", "time"],
    ),
    (
        "Top 3 census divisions by traffic deaths in 1988",
        "1988年死亡人数最多的三个分区，按从高到低排",
        f"SELECT division, SUM(fatalities) AS total FROM {T} WHERE year = 1988 GROUP BY division "
        "ORDER BY total DESC LIMIT 3",
        ["top_n", "group_by", "time"],
        True,
        [0],
    ),
    (
        "What was Michigan's unemployment rate in 1982?",
        "密歇根州1982年的失业率",
        f"SELECT unemployment_rate FROM {T} WHERE state = 'Michigan' AND year = 1982",
        ["filter", "time", *CV],
    ),
    (
        "Pennsylvania fatalities by year, in chronological order",
        "宾夕法尼亚州每年的死亡人数，按年份排列",
        f"SELECT year, fatalities FROM {T} WHERE state = 'Pennsylvania' ORDER BY year",
        ["filter", "time", *CV],
        True,
        [1],
    ),
    (
        "average beer tax in Washington state",
        "华盛顿州的平均啤酒税是多少",
        f"SELECT AVG(beer_tax) FROM {T} WHERE state = 'Washington'",
        ["agg", "filter", *CV],
    ),
    (
        "How many states are in the Mountain division?",
        "山地分区有几个州",
        f"SELECT COUNT(DISTINCT state) FROM {T} WHERE division = 'Mountain'",
        ["count_distinct", "filter", *CV],
    ),
    (
        "1988 fatalities in states with a breath test law versus without",
        "1988年有呼气检测法和没有的州，死亡人数分别是多少",
        f"SELECT breath_test_law, SUM(fatalities) FROM {T} WHERE year = 1988 GROUP BY breath_test_law",
        ["agg", "group_by", "time", *CV],
    ),
    (
        "What was the average state unemployment rate in each year?",
        "各年份的平均失业率",
        f"SELECT year, AVG(unemployment_rate) FROM {T} GROUP BY year",
        ["agg", "group_by", "time"],
    ),
    (
        "How many states had between 500 and 1,000 traffic deaths in 1988?",
        "1988年死亡人数在500到1000之间的州有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE year = 1988 AND fatalities BETWEEN 500 AND 1000",
        ["count", "threshold", "time"],
    ),
    (
        "Show fatalities for each New England state in 1988",
        "1988年新英格兰地区各州的死亡人数",
        f"SELECT state, fatalities FROM {T} WHERE year = 1988 AND division = 'New England'",
        ["listing", "filter", "time", *CV],
    ),
    (
        "Total alcohol-related deaths in the West region in 1986",
        "1986年西部地区涉酒死亡人数",
        f"SELECT SUM(alcohol_fatalities) FROM {T} WHERE year = 1986 AND region = 'West'",
        ["agg", "filter", "time", *CV],
    ),
    (
        "Which division had the highest average beer tax over the whole period?",
        "整个期间平均啤酒税最高的分区是哪个",
        f"SELECT division FROM {T} GROUP BY division ORDER BY AVG(beer_tax) DESC LIMIT 1",
        ["superlative", "group_by"],
    ),
]

CONVERSATIONS = [
    (
        "How many traffic deaths were there in Texas in 1988?",
        "en",
        f"SELECT fatalities FROM {T} WHERE state = 'Texas' AND year = 1988",
        ["filter", "time"],
        False,
        None,
        "tf-c1-en",
        0,
    ),
    (
        "And in 1987?",
        "en",
        f"SELECT fatalities FROM {T} WHERE state = 'Texas' AND year = 1987",
        ["followup", "time"],
        False,
        None,
        "tf-c1-en",
        1,
    ),
    (
        "What about California?",
        "en",
        f"SELECT fatalities FROM {T} WHERE state = 'California' AND year = 1987",
        ["followup", "filter"],
        False,
        None,
        "tf-c1-en",
        2,
    ),
    (
        "得州1988年交通事故死了多少人",
        "zh",
        f"SELECT fatalities FROM {T} WHERE state = 'Texas' AND year = 1988",
        ["filter", "time", *CV],
        False,
        None,
        "tf-c1-zh",
        0,
    ),
    (
        "1987年呢？",
        "zh",
        f"SELECT fatalities FROM {T} WHERE state = 'Texas' AND year = 1987",
        ["followup", "time"],
        False,
        None,
        "tf-c1-zh",
        1,
    ),
    (
        "那加州呢",
        "zh",
        f"SELECT fatalities FROM {T} WHERE state = 'California' AND year = 1987",
        ["followup", "filter", *CV],
        False,
        None,
        "tf-c1-zh",
        2,
    ),
    (
        "Total fatalities by region in 1988",
        "en",
        f"SELECT region, SUM(fatalities) FROM {T} WHERE year = 1988 GROUP BY region",
        ["agg", "group_by", "time"],
        False,
        None,
        "tf-c2-en",
        0,
    ),
    (
        "only the alcohol-involved ones?",
        "en",
        f"SELECT region, SUM(alcohol_fatalities) FROM {T} WHERE year = 1988 GROUP BY region",
        ["followup", "agg", "group_by"],
        False,
        None,
        "tf-c2-en",
        1,
    ),
    (
        "1988年各地区的交通死亡人数",
        "zh",
        f"SELECT region, SUM(fatalities) FROM {T} WHERE year = 1988 GROUP BY region",
        ["agg", "group_by", "time"],
        False,
        None,
        "tf-c2-zh",
        0,
    ),
    (
        "只看涉酒的呢？",
        "zh",
        f"SELECT region, SUM(alcohol_fatalities) FROM {T} WHERE year = 1988 GROUP BY region",
        ["followup", "agg", "group_by"],
        False,
        None,
        "tf-c2-zh",
        1,
    ),
    (
        "Top 3 states by fatalities in 1985",
        "en",
        f"SELECT state, fatalities FROM {T} WHERE year = 1985 ORDER BY fatalities DESC LIMIT 3",
        ["top_n", "time"],
        True,
        [0],
        "tf-c3-en",
        0,
    ),
    (
        "and in 1982?",
        "en",
        f"SELECT state, fatalities FROM {T} WHERE year = 1982 ORDER BY fatalities DESC LIMIT 3",
        ["followup", "top_n", "time"],
        True,
        [0],
        "tf-c3-en",
        1,
    ),
    (
        "1985年死亡人数最多的前三个州",
        "zh",
        f"SELECT state, fatalities FROM {T} WHERE year = 1985 ORDER BY fatalities DESC LIMIT 3",
        ["top_n", "time"],
        True,
        [0],
        "tf-c3-zh",
        0,
    ),
    (
        "换成1982年呢",
        "zh",
        f"SELECT state, fatalities FROM {T} WHERE year = 1982 ORDER BY fatalities DESC LIMIT 3",
        ["followup", "top_n", "time"],
        True,
        [0],
        "tf-c3-zh",
        1,
    ),
]

UNANSWERABLE = [
    ("How many people were injured in traffic accidents in 1988?", "1988年交通事故受伤人数有多少"),
    ("How many motorcyclists died in Florida in 1986?", "1986年佛罗里达州有多少摩托车手死亡"),
    ("Which month of 1987 had the most road deaths?", "1987年哪个月交通死亡最多"),
    ("Which states had a seat belt law in 1985?", "1985年哪些州有安全带法"),
    ("What was the average speed limit on highways in Texas?", "得州高速公路的平均限速是多少"),
]


def main() -> None:
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "tf", questions, source=SRC)


if __name__ == "__main__":
    main()
