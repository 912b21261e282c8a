"""Write questions.jsonl of the us_births question set (hand-written, blind: the engine was not run on them
before they were committed).

Real data: us_births.csv (make_data.py): births in the United States per day, 1969-01-01..1988-12-31, Chinese
headers 日期 / 年份 / 月份 / 星期 / 是否周末 / 节日 / 出生人数, Chinese values (星期一.., 是/否, 圣诞节..).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)) + "/..")
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "us_births.csv"
T = "us_births"
Q = "(月份 + 2) / 3"
HOLIDAYS = "节日 IN ('元旦', '独立日', '劳工节', '感恩节', '圣诞节')"
NON_HOLIDAY = "COALESCE(节日, '') NOT IN ('元旦', '独立日', '劳工节', '感恩节', '圣诞节')"
WEEKEND, WORKDAY = "是否周末 = '是'", "是否周末 = '否'"
CV = ["cross_lingual_value"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def year_total(year: int) -> str:
    return f"(SELECT SUM(出生人数) FROM {T} WHERE 年份 = {year})"


def avg_where(condition: str) -> str:
    return f"(SELECT AVG(出生人数) FROM {T} WHERE {condition})"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many babies were born in the US in 1988?",
        "1988年全美一共出生了多少人",
        f"SELECT SUM(出生人数) FROM {T} WHERE 年份 = 1988",
        ["agg", "filter", "date"],
    ),
    (
        "How many births were there on July 4, 1977?",
        "1977年7月4日出生了多少人",
        f"SELECT 出生人数 FROM {T} WHERE 日期 = '1977-07-04'",
        ["lookup", "date"],
    ),
    (
        "Total births per year",
        "每年的出生总数",
        f"SELECT 年份, SUM(出生人数) FROM {T} GROUP BY 年份",
        ["group_by", "agg", "year_grain"],
    ),
    (
        "Which year had the most births?",
        "哪一年出生人数最多",
        f"SELECT 年份, SUM(出生人数) FROM {T} GROUP BY 年份 ORDER BY SUM(出生人数) DESC LIMIT 1",
        ["superlative", "year_grain"],
        False,
        [0],
    ),
    (
        "In which year were the fewest babies born?",
        "出生人数最少的是哪一年",
        f"SELECT 年份, SUM(出生人数) FROM {T} GROUP BY 年份 ORDER BY SUM(出生人数) ASC LIMIT 1",
        ["superlative", "year_grain"],
        False,
        [0],
    ),
    (
        "Average number of births per day in 1980",
        "1980年平均每天出生多少人",
        f"SELECT AVG(出生人数) FROM {T} WHERE 年份 = 1980",
        ["agg", "avg", "date"],
    ),
    (
        "Average daily births for each day of the week",
        "按星期几统计平均每天的出生人数",
        f"SELECT 星期, AVG(出生人数) FROM {T} GROUP BY 星期",
        ["group_by", "avg"],
    ),
    (
        "On which day of the week are the fewest babies born on average?",
        "平均来看星期几出生的人最少",
        f"SELECT 星期, AVG(出生人数) FROM {T} GROUP BY 星期 ORDER BY AVG(出生人数) ASC LIMIT 1",
        ["superlative", "group_by", "avg"],
        False,
        [0],
    ),
    (
        "Top 5 days with the most births",
        "出生人数最多的5天",
        f"SELECT 日期, 出生人数 FROM {T} ORDER BY 出生人数 DESC LIMIT 5",
        ["top_n"],
        False,
        [0],
    ),
    (
        "Which single day had the fewest births?",
        "出生人数最少的一天是哪天",
        f"SELECT 日期, 出生人数 FROM {T} ORDER BY 出生人数 ASC LIMIT 1",
        ["superlative"],
        False,
        [0],
    ),
    (
        "Average births per day on weekends versus weekdays",
        "周末和工作日平均每天出生人数分别是多少",
        f"SELECT 是否周末, AVG(出生人数) FROM {T} GROUP BY 是否周末",
        ["compare_two", "group_by", "avg", *CV],
        False,
        [1],
    ),
    (
        "How many days had more than 12,000 births?",
        "单日出生人数超过12000的有多少天",
        f"SELECT COUNT(*) FROM {T} WHERE 出生人数 > 12000",
        ["count", "filter", "number"],
    ),
    (
        "Births in each month of 1985",
        "1985年每个月的出生人数",
        f"SELECT 月份, SUM(出生人数) FROM {T} WHERE 年份 = 1985 GROUP BY 月份",
        ["group_by", "month_grain", "date"],
    ),
    (
        "Which month of 1985 had the most births?",
        "1985年哪个月出生的人最多",
        f"SELECT 月份, SUM(出生人数) FROM {T} WHERE 年份 = 1985 GROUP BY 月份 ORDER BY SUM(出生人数) DESC LIMIT 1",
        ["superlative", "month_grain", "date"],
        False,
        [0],
    ),
    (
        "Average births per day in each calendar month, over all years",
        "所有年份合起来，各月份平均每天出生多少人",
        f"SELECT 月份, AVG(出生人数) FROM {T} GROUP BY 月份",
        ["group_by", "avg", "month_grain"],
    ),
    (
        "Which calendar month has the highest average daily births?",
        "日均出生人数最高的是几月份",
        f"SELECT 月份, AVG(出生人数) FROM {T} GROUP BY 月份 ORDER BY AVG(出生人数) DESC LIMIT 1",
        ["superlative", "avg", "month_grain"],
        False,
        [0],
    ),
    (
        "Total births on Christmas Day across all years",
        "历年圣诞节当天的出生总人数",
        f"SELECT SUM(出生人数) FROM {T} WHERE 节日 = '圣诞节'",
        ["agg", "filter", *CV],
    ),
    (
        "Average births on each public holiday",
        "各个节日的平均出生人数",
        f"SELECT 节日, AVG(出生人数) FROM {T} WHERE {HOLIDAYS} GROUP BY 节日",
        ["group_by", "avg", "filter"],
    ),
    (
        "Which holiday has the lowest average number of births?",
        "哪个节日的平均出生人数最低",
        f"SELECT 节日, AVG(出生人数) FROM {T} WHERE {HOLIDAYS} GROUP BY 节日 ORDER BY AVG(出生人数) ASC LIMIT 1",
        ["superlative", "group_by", "avg"],
        False,
        [0],
    ),
    (
        "How many babies were born on Thanksgiving 1980?",
        "1980年感恩节那天出生了多少人",
        f"SELECT 出生人数 FROM {T} WHERE 节日 = '感恩节' AND 年份 = 1980",
        ["lookup", "filter", "date", *CV],
    ),
    (
        "Total births in the first quarter of 1975",
        "1975年第一季度出生总数",
        f"SELECT SUM(出生人数) FROM {T} WHERE 年份 = 1975 AND 月份 BETWEEN 1 AND 3",
        ["quarter", "agg", "date"],
    ),
    (
        "How many births in the first half of 1970?",
        "1970年上半年出生了多少人",
        f"SELECT SUM(出生人数) FROM {T} WHERE 年份 = 1970 AND 月份 <= 6",
        ["half_year", "agg", "date"],
    ),
    (
        "What period does the data cover?",
        "数据覆盖的时间范围是什么",
        f"SELECT MIN(日期), MAX(日期) FROM {T}",
        ["time_range"],
    ),
    (
        "How many days are in the data?",
        "数据里一共有多少天",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "By what percentage did births grow in 1988 compared with 1987?",
        "1988年出生人数同比增长了百分之几",
        f"SELECT 100.0 * ({year_total(1988)} - {year_total(1987)}) / {year_total(1987)}",
        ["yoy", "growth", "pct"],
    ),
    (
        "How much did annual births grow from 1975 to 1988, in percent?",
        "1988年的出生人数比1975年增长了多少百分比",
        f"SELECT 100.0 * ({year_total(1988)} - {year_total(1975)}) / {year_total(1975)}",
        ["growth", "period_compare", "pct"],
    ),
    (
        "How many more babies were born in 1970 than in 1975?",
        "1970年比1975年多出生了多少人",
        f"SELECT {year_total(1970)} - {year_total(1975)}",
        ["difference", "compare_two", "date"],
    ),
    (
        "Compare total births in 1970 and 1980",
        "对比一下1970年和1980年的出生总数",
        f"SELECT 年份, SUM(出生人数) FROM {T} WHERE 年份 IN (1970, 1980) GROUP BY 年份",
        ["compare_two", "agg", "date"],
    ),
    (
        "Total births in the 1970s",
        "上世纪70年代一共出生了多少人",
        f"SELECT SUM(出生人数) FROM {T} WHERE 年份 BETWEEN 1970 AND 1979",
        ["range", "agg", "decade"],
    ),
    (
        "Births per year from 1969 to 1975",
        "1969年到1975年每年的出生人数",
        f"SELECT 年份, SUM(出生人数) FROM {T} WHERE 年份 BETWEEN 1969 AND 1975 GROUP BY 年份",
        ["trend", "range", "year_grain"],
    ),
    (
        "What was the highest number of births on a single day in 1988?",
        "1988年单日最高出生人数是多少",
        f"SELECT MAX(出生人数) FROM {T} WHERE 年份 = 1988",
        ["agg", "max", "date"],
    ),
    (
        "Lowest daily birth count in 1970",
        "1970年单日出生人数的最低值",
        f"SELECT MIN(出生人数) FROM {T} WHERE 年份 = 1970",
        ["agg", "min", "date"],
    ),
    (
        "What share of all births happened on weekends?",
        "周末出生的人数占全部出生人数的百分比是多少",
        f"SELECT 100.0 * SUM(CASE WHEN 是否周末 = '是' THEN 出生人数 ELSE 0 END) / SUM(出生人数) FROM {T}",
        ["pct", "share", *CV],
    ),
    (
        "How many days in 1980 had fewer than 9,000 births?",
        "1980年出生人数不到9000的天数有多少",
        f"SELECT COUNT(*) FROM {T} WHERE 年份 = 1980 AND 出生人数 < 9000",
        ["count", "filter", "number", "date"],
    ),
    (
        "Average births on Saturdays in 1988",
        "1988年星期六平均出生人数",
        f"SELECT AVG(出生人数) FROM {T} WHERE 星期 = '星期六' AND 年份 = 1988",
        ["avg", "filter", "date", *CV],
    ),
    (
        "Total births in December 1985",
        "1985年12月的出生总数",
        f"SELECT SUM(出生人数) FROM {T} WHERE 年份 = 1985 AND 月份 = 12",
        ["agg", "date", "month_grain"],
    ),
    (
        "Average daily births on Mondays compared with Tuesdays",
        "星期一和星期二的日均出生人数对比",
        f"SELECT 星期, AVG(出生人数) FROM {T} WHERE 星期 IN ('星期一', '星期二') GROUP BY 星期",
        ["compare_two", "avg", *CV],
    ),
    (
        "How many times higher are average daily births on weekdays than on weekends?",
        "工作日的日均出生人数是周末的多少倍",
        f"SELECT {avg_where(WORKDAY)} / {avg_where(WEEKEND)}",
        ["ratio", "avg", *CV],
    ),
    (
        "Which years had more than 3.7 million births?",
        "哪些年份的出生总数超过了370万",
        f"SELECT 年份, SUM(出生人数) FROM {T} GROUP BY 年份 HAVING SUM(出生人数) > 3700000",
        ["having", "filter", "number", "year_grain"],
        False,
        [0],
    ),
    (
        "Which month, of which year, had the most births?",
        "出生人数最多的是哪年哪个月",
        f"SELECT 年份, 月份, SUM(出生人数) FROM {T} GROUP BY 年份, 月份 ORDER BY SUM(出生人数) DESC LIMIT 1",
        ["superlative", "month_grain"],
        False,
        [0, 1],
    ),
    (
        "The 3 years with the highest average births per day",
        "日均出生人数最高的3个年份",
        f"SELECT 年份, AVG(出生人数) FROM {T} GROUP BY 年份 ORDER BY AVG(出生人数) DESC LIMIT 3",
        ["top_n", "avg", "year_grain"],
        False,
        [0],
    ),
    (
        "Rank the years from the most births to the fewest",
        "按出生总数从高到低给年份排个序",
        f"SELECT 年份, SUM(出生人数) FROM {T} GROUP BY 年份 ORDER BY SUM(出生人数) DESC",
        ["ranking", "year_grain"],
        True,
        [0],
    ),
    (
        "In how many years did Christmas fall on a weekend?",
        "有几年的圣诞节正好赶上周末",
        f"SELECT COUNT(*) FROM {T} WHERE 节日 = '圣诞节' AND 是否周末 = '是'",
        ["count", "filter", *CV],
    ),
    (
        "On which dates was Thanksgiving from 1985 to 1988?",
        "1985到1988年的感恩节分别是哪天",
        f"SELECT 日期 FROM {T} WHERE 节日 = '感恩节' AND 年份 BETWEEN 1985 AND 1988",
        ["list", "filter", "range", *CV],
    ),
    (
        "Births on New Year's Day 1980",
        "1980年元旦的出生人数",
        f"SELECT 出生人数 FROM {T} WHERE 日期 = '1980-01-01'",
        ["lookup", "date"],
    ),
    (
        "Total births in summer 1987 (June to August)",
        "1987年夏天（6到8月）一共出生了多少人",
        f"SELECT SUM(出生人数) FROM {T} WHERE 年份 = 1987 AND 月份 BETWEEN 6 AND 8",
        ["range", "agg", "date"],
    ),
    (
        "Average daily births in each quarter of 1988",
        "1988年各季度的日均出生人数",
        f"SELECT {Q}, AVG(出生人数) FROM {T} WHERE 年份 = 1988 GROUP BY {Q}",
        ["quarter", "group_by", "avg", "date"],
    ),
    (
        "Which day of the week had the most births in total in 1988?",
        "1988年出生总数最多的是星期几",
        f"SELECT 星期, SUM(出生人数) FROM {T} WHERE 年份 = 1988 GROUP BY 星期 ORDER BY SUM(出生人数) DESC LIMIT 1",
        ["superlative", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Average daily births in 1988 on days that were not holidays",
        "1988年非节假日的日均出生人数",
        f"SELECT AVG(出生人数) FROM {T} WHERE 年份 = 1988 AND {NON_HOLIDAY}",
        ["avg", "filter", "negation", "date"],
    ),
    (
        "For each year, how many days had more than 11,000 births?",
        "每年单日出生超过11000人的天数",
        f"SELECT 年份, COUNT(*) FROM {T} WHERE 出生人数 > 11000 GROUP BY 年份",
        ["count", "group_by", "filter", "number"],
    ),
    (
        "How many babies were born on Friday the 13th, all years together?",
        "所有13号又是星期五的日子一共出生了多少人",
        f"SELECT SUM(出生人数) FROM {T} WHERE 星期 = '星期五' AND substr(日期, 9, 2) = '13'",
        ["agg", "filter", "date", *CV],
    ),
    (
        "Which year saw the biggest increase in births over the year before?",
        "哪一年的出生人数比上一年增加得最多",
        f"SELECT 年份, total - LAG(total) OVER (ORDER BY 年份) AS increase FROM (SELECT 年份, SUM(出生人数) AS total"
        f" FROM {T} GROUP BY 年份) ORDER BY increase DESC LIMIT 1",
        ["superlative", "yoy", "year_grain"],
        False,
        [0],
    ),
    (
        "The 3 months of 1988 with the fewest births",
        "1988年出生人数最少的3个月",
        f"SELECT 月份, SUM(出生人数) FROM {T} WHERE 年份 = 1988 GROUP BY 月份 ORDER BY SUM(出生人数) ASC LIMIT 3",
        ["top_n", "month_grain", "date"],
        False,
        [0],
    ),
    (
        "How many babies were born on February 29 in all?",
        "历年2月29日一共出生了多少人",
        f"SELECT SUM(出生人数) FROM {T} WHERE 月份 = 2 AND substr(日期, 9, 2) = '29'",
        ["agg", "filter", "date"],
    ),
    (
        "What was the average number of births per day over the whole period?",
        "整个期间平均每天出生多少人",
        f"SELECT AVG(出生人数) FROM {T}",
        ["agg", "avg"],
    ),
    (
        "How many years does the data span?",
        "数据一共涵盖了多少个年份",
        f"SELECT COUNT(DISTINCT 年份) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "Total births in September, summed over all years",
        "所有年份9月份的出生总数",
        f"SELECT SUM(出生人数) FROM {T} WHERE 月份 = 9",
        ["agg", "filter", "month_grain"],
    ),
    (
        "Average births on Sundays in each year",
        "每年星期日的平均出生人数",
        f"SELECT 年份, AVG(出生人数) FROM {T} WHERE 星期 = '星期日' GROUP BY 年份",
        ["group_by", "avg", "filter", "year_grain", *CV],
    ),
    (
        "How many weekend days in 1988 had more than 10,000 births?",
        "1988年有多少个周末日的出生人数超过一万",
        f"SELECT COUNT(*) FROM {T} WHERE 年份 = 1988 AND 是否周末 = '是' AND 出生人数 > 10000",
        ["count", "filter", "number", "date", *CV],
    ),
]

YEARS_80S = f"SELECT 年份, SUM(出生人数) FROM {T} WHERE 年份 BETWEEN 1980 AND 1988 GROUP BY 年份"
YEARS_80S_WE = (
    f"SELECT 年份, SUM(出生人数) FROM {T} WHERE 年份 BETWEEN 1980 AND 1988 AND 是否周末 = '是' GROUP BY 年份"
)
TOP_88 = (
    f"SELECT 月份, SUM(出生人数) FROM {T} WHERE 年份 = 1988 GROUP BY 月份 ORDER BY SUM(出生人数) DESC LIMIT 1"
)
TOP_78 = (
    f"SELECT 月份, SUM(出生人数) FROM {T} WHERE 年份 = 1978 GROUP BY 月份 ORDER BY SUM(出生人数) DESC LIMIT 1"
)
XMAS = f"SELECT AVG(出生人数) FROM {T} WHERE 节日 = '圣诞节'"
THANKS = f"SELECT AVG(出生人数) FROM {T} WHERE 节日 = '感恩节'"
THANKS_Y = f"SELECT 年份, 出生人数 FROM {T} WHERE 节日 = '感恩节'"
FU = ["follow_up"]

CONVERSATIONS = [
    turn("Total births per year from 1980 to 1988", "en", YEARS_80S, ["trend", "range"], "c1-en", 0),
    turn("only counting weekends", "en", YEARS_80S_WE, [*FU, "filter", *CV], "c1-en", 1),
    turn("1980到1988年每年出生了多少人", "zh", YEARS_80S, ["trend", "range"], "c1-zh", 0),
    turn("只算周末呢", "zh", YEARS_80S_WE, [*FU, "filter"], "c1-zh", 1),
    turn("Which month of 1988 had the most births?", "en", TOP_88, ["superlative", "month_grain"], "c2-en", 0, False, [0]),
    turn("and in 1978?", "en", TOP_78, [*FU, "superlative"], "c2-en", 1, False, [0]),
    turn("1988年哪个月出生人数最多", "zh", TOP_88, ["superlative", "month_grain"], "c2-zh", 0, False, [0]),
    turn("那1978年呢", "zh", TOP_78, [*FU, "superlative"], "c2-zh", 1, False, [0]),
    turn("Average births on Christmas Day", "en", XMAS, ["avg", "filter", *CV], "c3-en", 0),
    turn("what about Thanksgiving?", "en", THANKS, [*FU, *CV], "c3-en", 1),
    turn("show it for each year", "en", THANKS_Y, [*FU, "year_grain"], "c3-en", 2),
    turn("圣诞节当天平均出生多少人", "zh", XMAS, ["avg", "filter"], "c3-zh", 0),
    turn("感恩节呢？", "zh", THANKS, FU, "c3-zh", 1),
    turn("按年份列出来", "zh", THANKS_Y, [*FU, "year_grain"], "c3-zh", 2),
]  # fmt: skip

UNANSWERABLE = [
    ("How many babies were born in California in 1980?", "1980年加州出生了多少人"),
    ("How many boys and how many girls were born in 1985?", "1985年出生的男孩和女孩各有多少"),
    ("What was the average birth weight in 1988?", "1988年新生儿的平均出生体重是多少"),
    ("How many twins were born in 1975?", "1975年一共出生了多少对双胞胎"),
    ("What was the infant mortality rate in 1980?", "1980年的婴儿死亡率是多少"),
    ("How many births were by caesarean section in 1987?", "1987年剖腹产的数量是多少"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "births", questions(), source=SRC)
