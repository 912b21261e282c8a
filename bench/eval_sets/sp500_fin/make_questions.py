"""Write questions.jsonl of the sp500_fin question set (hand-written before the engine saw them).

Real data: companies.csv, S&P 500 constituents with financial figures (see README.md).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "companies.csv"
T = "companies"
MC = '"Market Cap"'
PE = '"Price/Earnings"'
DY = '"Dividend Yield"'
EPS = '"Earnings/Share"'

# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    ("How many companies are there?", "一共有多少家公司？", f"SELECT COUNT(*) FROM {T}", ["count"]),
    (
        "What is the total market cap of all companies?",
        "所有公司的总市值是多少",
        f"SELECT SUM({MC}) FROM {T}",
        ["agg"],
    ),
    ("What is the average stock price?", "股票的平均价格是多少", f"SELECT AVG(Price) FROM {T}", ["agg"]),
    (
        "How many companies are in each sector?",
        "每个行业有多少家公司",
        f"SELECT Sector, COUNT(*) FROM {T} GROUP BY Sector",
        ["group_by", "count"],
    ),
    (
        "Total market cap by sector",
        "各行业的总市值",
        f"SELECT Sector, SUM({MC}) FROM {T} GROUP BY Sector",
        ["group_by"],
    ),
    (
        "Average P/E ratio by sector",
        "各行业的平均市盈率",
        f"SELECT Sector, AVG({PE}) FROM {T} GROUP BY Sector",
        ["group_by", "synonym"],
    ),
    (
        "Average dividend yield per sector",
        "各行业的平均股息率",
        f"SELECT Sector, AVG({DY}) FROM {T} GROUP BY Sector",
        ["group_by"],
    ),
    (
        "Top 5 companies by market cap",
        "市值最高的5家公司",
        f"SELECT Name, {MC} FROM {T} ORDER BY {MC} DESC LIMIT 5",
        ["top_n"],
        True,
        [0],
    ),
    (
        "Which 3 companies have the highest share price?",
        "股价最高的3家公司是哪些",
        f"SELECT Name, Price FROM {T} ORDER BY Price DESC LIMIT 3",
        ["top_n"],
        True,
        [0],
    ),
    (
        "Which company has the highest dividend yield?",
        "股息率最高的公司是哪家",
        f"SELECT Name, {DY} FROM {T} ORDER BY {DY} DESC LIMIT 1",
        ["top_n"],
        False,
        [0],
    ),
    (
        "Which sector has the largest total market cap?",
        "总市值最大的行业是哪个",
        f"SELECT Sector, SUM({MC}) AS v FROM {T} GROUP BY Sector ORDER BY v DESC LIMIT 1",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Which sector has the most companies?",
        "公司数量最多的行业是哪个",
        f"SELECT Sector, COUNT(*) AS n FROM {T} GROUP BY Sector ORDER BY n DESC LIMIT 1",
        ["top_n", "count"],
        False,
        [0],
    ),
    (
        "Which company has the lowest P/E ratio?",
        "市盈率最低的公司是哪家",
        f"SELECT Name, {PE} FROM {T} WHERE {PE} IS NOT NULL ORDER BY {PE} ASC LIMIT 1",
        ["bottom_n", "nulls"],
        False,
        [0],
    ),
    (
        "Total EBITDA of Information Technology companies",
        "信息技术行业公司的EBITDA总和",
        f"SELECT SUM(EBITDA) FROM {T} WHERE Sector = 'Information Technology'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "How many Health Care companies are there?",
        "医疗保健行业有多少家公司",
        f"SELECT COUNT(*) FROM {T} WHERE Sector = 'Health Care'",
        ["filter", "count", "cross_lingual_value"],
    ),
    (
        "Average share price of Energy companies",
        "能源行业的平均股价",
        f"SELECT AVG(Price) FROM {T} WHERE Sector = 'Energy'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "List the companies with a price above 500",
        "股价超过500的公司有哪些",
        f"SELECT Name FROM {T} WHERE Price > 500",
        ["filter", "list", "compare"],
    ),
    (
        "How many companies have negative earnings per share?",
        "每股收益为负的公司有多少家",
        f"SELECT COUNT(*) FROM {T} WHERE {EPS} < 0",
        ["filter", "count", "compare"],
    ),
    (
        "How many companies have a dividend yield above 4%?",
        "股息率高于4%的公司有多少家",
        f"SELECT COUNT(*) FROM {T} WHERE {DY} > 4",
        ["filter", "count", "compare", "unit"],
    ),
    (
        "Which Utilities companies have a market cap over 30?",
        "市值超过30的公用事业公司有哪些",
        f"SELECT Name FROM {T} WHERE Sector = 'Utilities' AND {MC} > 30",
        ["filter", "list", "cross_lingual_value"],
    ),
    (
        "What is the market cap of Apple Inc.?",
        "苹果公司的市值是多少",
        f"SELECT {MC} FROM {T} WHERE Name = 'Apple Inc.'",
        ["filter", "lookup", "cross_lingual_value"],
    ),
    (
        "What is the P/E ratio of Microsoft Corp.?",
        "MSFT的市盈率是多少",
        f"SELECT {PE} FROM {T} WHERE Symbol = 'MSFT'",
        ["filter", "lookup"],
    ),
    (
        "What is the price of the stock with symbol NVDA?",
        "代码为NVDA的股票价格是多少",
        f"SELECT Price FROM {T} WHERE Symbol = 'NVDA'",
        ["filter", "lookup"],
    ),
    (
        "Sectors sorted by average earnings per share from high to low",
        "按平均每股收益从高到低排列各行业",
        f"SELECT Sector, AVG({EPS}) AS v FROM {T} GROUP BY Sector ORDER BY v DESC",
        ["group_by", "order"],
        True,
        [0],
    ),
    (
        "What share of the total market cap is Information Technology?",
        "信息技术行业的市值占总市值的比例是多少",
        f"SELECT SUM(CASE WHEN Sector = 'Information Technology' THEN {MC} ELSE 0 END) * 1.0 / SUM({MC}) FROM {T}",
        ["share", "pct", "cross_lingual_value"],
    ),
    (
        "Each sector's share of total market cap",
        "各行业市值占比",
        f"SELECT Sector, SUM({MC}) * 1.0 / (SELECT SUM({MC}) FROM {T}) FROM {T} GROUP BY Sector",
        ["share", "pct", "group_by"],
    ),
    (
        "What is the largest market cap among Financials companies?",
        "金融行业中最大的市值是多少",
        f"SELECT MAX({MC}) FROM {T} WHERE Sector = 'Financials'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    ("What is the lowest share price?", "最低的股价是多少", f"SELECT MIN(Price) FROM {T}", ["agg"]),
    (
        "How many sectors are there?",
        "一共有多少个行业",
        f"SELECT COUNT(DISTINCT Sector) FROM {T}",
        ["count", "distinct"],
    ),
    ("List all sectors", "列出所有行业", f"SELECT DISTINCT Sector FROM {T}", ["list", "distinct"]),
    (
        "How many companies have 'Bank' in their name?",
        "名称中包含Bank的公司有几家",
        f"SELECT COUNT(*) FROM {T} WHERE Name LIKE '%Bank%'",
        ["filter", "count", "contains"],
    ),
    (
        "Average market cap of companies with a P/E above 30",
        "市盈率高于30的公司的平均市值",
        f"SELECT AVG({MC}) FROM {T} WHERE {PE} > 30",
        ["filter", "agg", "compare"],
    ),
    (
        "Top 3 sectors by average dividend yield",
        "平均股息率最高的3个行业",
        f"SELECT Sector, AVG({DY}) AS v FROM {T} GROUP BY Sector ORDER BY v DESC LIMIT 3",
        ["top_n", "group_by"],
        True,
        [0],
    ),
    (
        "Companies with EBITDA above 26, sorted by EBITDA from highest",
        "EBITDA超过26的公司，按EBITDA从高到低排序",
        f"SELECT Name, EBITDA FROM {T} WHERE EBITDA > 26 ORDER BY EBITDA DESC",
        ["filter", "order", "list"],
        True,
        [0],
    ),
    (
        "The 5 smallest companies by market cap",
        "市值最小的5家公司",
        f"SELECT Name, {MC} FROM {T} WHERE {MC} IS NOT NULL ORDER BY {MC} ASC LIMIT 5",
        ["bottom_n", "nulls"],
        False,
        [0],
    ),
    (
        "Market cap of Consumer Staples vs Consumer Discretionary",
        "日常消费和可选消费两个行业的总市值分别是多少",
        f"SELECT Sector, SUM({MC}) FROM {T} WHERE Sector IN ('Consumer Staples', 'Consumer Discretionary') "
        "GROUP BY Sector",
        ["compare_values", "cross_lingual_value"],
    ),
    (
        "Average share price of companies with a market cap above 100",
        "市值超过100的公司的平均股价",
        f"SELECT AVG(Price) FROM {T} WHERE {MC} > 100",
        ["filter", "agg", "compare"],
    ),
    (
        "Number of companies priced above 100 in each sector",
        "各行业股价超过100的公司数量",
        f"SELECT Sector, COUNT(*) FROM {T} WHERE Price > 100 GROUP BY Sector",
        ["filter", "group_by", "count"],
    ),
    (
        "Which Energy company has the highest EBITDA?",
        "能源行业EBITDA最高的公司是哪家",
        f"SELECT Name, EBITDA FROM {T} WHERE Sector = 'Energy' ORDER BY EBITDA DESC LIMIT 1",
        ["filter", "top_n", "cross_lingual_value"],
        False,
        [0],
    ),
    (
        "Total EBITDA of all sectors except Financials",
        "除金融行业以外的EBITDA总和",
        f"SELECT SUM(EBITDA) FROM {T} WHERE Sector <> 'Financials'",
        ["negation", "agg", "cross_lingual_value"],
    ),
    ("What is the average P/E ratio?", "平均市盈率是多少", f"SELECT AVG({PE}) FROM {T}", ["agg", "synonym"]),
    (
        "How many companies have a share price between 50 and 100?",
        "股价在50到100之间的公司有多少家",
        f"SELECT COUNT(*) FROM {T} WHERE Price BETWEEN 50 AND 100",
        ["filter", "count", "range"],
    ),
    (
        "Which company has the highest earnings per share?",
        "每股收益最高的公司是哪家",
        f"SELECT Name, {EPS} FROM {T} ORDER BY {EPS} DESC LIMIT 1",
        ["top_n"],
        False,
        [0],
    ),
    (
        "Which sectors have an average P/E above 30?",
        "平均市盈率超过30的行业有哪些",
        f"SELECT Sector FROM {T} GROUP BY Sector HAVING AVG({PE}) > 30",
        ["having", "group_by"],
    ),
    (
        "Which sectors have more than 50 companies?",
        "公司数量超过50家的行业有哪些",
        f"SELECT Sector FROM {T} GROUP BY Sector HAVING COUNT(*) > 50",
        ["having", "count"],
    ),
    (
        "Average market cap of a Utilities company",
        "公用事业行业平均每家公司的市值",
        f"SELECT AVG({MC}) FROM {T} WHERE Sector = 'Utilities'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "How many companies have no dividend yield recorded?",
        "没有股息率数据的公司有多少家",
        f"SELECT COUNT(*) FROM {T} WHERE {DY} IS NULL",
        ["nulls", "count"],
    ),
    (
        "Total market cap of Telecommunications Services companies",
        "电信服务行业的总市值",
        f"SELECT SUM({MC}) FROM {T} WHERE Sector = 'Telecommunications Services'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "Highest P/E ratio in the Materials sector",
        "原材料行业最高的市盈率",
        f"SELECT MAX({PE}) FROM {T} WHERE Sector = 'Materials'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "Average EBITDA by sector, highest first",
        "各行业平均EBITDA，从高到低",
        f"SELECT Sector, AVG(EBITDA) AS v FROM {T} GROUP BY Sector ORDER BY v DESC",
        ["group_by", "order"],
        True,
        [0],
    ),
    (
        "How many Industrials companies have a P/E below 15?",
        "市盈率低于15的工业公司有多少家",
        f"SELECT COUNT(*) FROM {T} WHERE Sector = 'Industrials' AND {PE} < 15",
        ["filter", "count", "compare", "cross_lingual_value"],
    ),
    (
        "List the symbols of companies with a market cap above 300",
        "市值超过300的公司代码",
        f"SELECT Symbol FROM {T} WHERE {MC} > 300",
        ["filter", "list"],
    ),
]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    (
        "Total market cap by sector",
        "en",
        f"SELECT Sector, SUM({MC}) FROM {T} GROUP BY Sector",
        ["group_by"],
        False,
        None,
        "c1-en",
        0,
    ),
    (
        "only for companies priced above 100",
        "en",
        f"SELECT Sector, SUM({MC}) FROM {T} WHERE Price > 100 GROUP BY Sector",
        ["follow_up", "filter"],
        False,
        None,
        "c1-en",
        1,
    ),
    (
        "各行业的总市值",
        "zh",
        f"SELECT Sector, SUM({MC}) FROM {T} GROUP BY Sector",
        ["group_by"],
        False,
        None,
        "c1-zh",
        0,
    ),
    (
        "只看股价超过100的呢？",
        "zh",
        f"SELECT Sector, SUM({MC}) FROM {T} WHERE Price > 100 GROUP BY Sector",
        ["follow_up", "filter"],
        False,
        None,
        "c1-zh",
        1,
    ),
    (
        "How many Energy companies are there?",
        "en",
        f"SELECT COUNT(*) FROM {T} WHERE Sector = 'Energy'",
        ["count"],
        False,
        None,
        "c2-en",
        0,
    ),
    (
        "and in Utilities?",
        "en",
        f"SELECT COUNT(*) FROM {T} WHERE Sector = 'Utilities'",
        ["follow_up", "count"],
        False,
        None,
        "c2-en",
        1,
    ),
    (
        "能源行业有多少家公司",
        "zh",
        f"SELECT COUNT(*) FROM {T} WHERE Sector = 'Energy'",
        ["count"],
        False,
        None,
        "c2-zh",
        0,
    ),
    (
        "公用事业呢？",
        "zh",
        f"SELECT COUNT(*) FROM {T} WHERE Sector = 'Utilities'",
        ["follow_up", "count"],
        False,
        None,
        "c2-zh",
        1,
    ),
    (
        "Top 5 companies by market cap",
        "en",
        f"SELECT Name, {MC} FROM {T} ORDER BY {MC} DESC LIMIT 5",
        ["top_n"],
        True,
        [0],
        "c3-en",
        0,
    ),
    (
        "only in Health Care",
        "en",
        f"SELECT Name, {MC} FROM {T} WHERE Sector = 'Health Care' ORDER BY {MC} DESC LIMIT 5",
        ["follow_up", "top_n"],
        True,
        [0],
        "c3-en",
        1,
    ),
    (
        "市值最高的5家公司",
        "zh",
        f"SELECT Name, {MC} FROM {T} ORDER BY {MC} DESC LIMIT 5",
        ["top_n"],
        True,
        [0],
        "c3-zh",
        0,
    ),
    (
        "只看医疗保健行业",
        "zh",
        f"SELECT Name, {MC} FROM {T} WHERE Sector = 'Health Care' ORDER BY {MC} DESC LIMIT 5",
        ["follow_up", "top_n"],
        True,
        [0],
        "c3-zh",
        1,
    ),
]

UNANSWERABLE = [
    ("What was Apple's revenue in 2015?", "苹果公司2015年的营收是多少"),
    ("Who is the CEO of the largest company?", "市值最大的公司的CEO是谁"),
    ("How many employees does Microsoft have?", "微软有多少员工"),
    ("How did share prices change over the last year?", "过去一年股价走势如何"),
    ("Which companies are headquartered in California?", "总部在加州的公司有哪些"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "sp5", questions(), source=SRC)
