"""Write questions.jsonl of the election_polls question set (hand-written, blind: the engine was not run on them
before they were committed, and its code was not read).

Real data: election_polls.sqlite (make_data.py): 4,208 polls of the 2016 US presidential election (dslabs'
`polls_us_election_2016`, from FiveThirtyEight) as the `polls` fact (English headers), with the 民调机构
(pollsters, grade) and 州 (states with their 2016 results and electoral votes; also Maine / Nebraska
congressional districts and 'U.S.' for national polls) dimensions with Chinese headers, declared foreign keys.
Readings: a poll "in" a month is the month of its end_date (the last field day); "support" / 支持率 without
"adjusted" / 调整后 is the raw share (rawpoll_*); a "state" excludes 'U.S.' (national polls) and, where the
results are involved, is a 类别 = '州' row (50 states + DC); "won a state" compares the state's results.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "election_polls.sqlite"
PS = "polls p JOIN 州 s ON p.state_id = s.州编号"
PM = "polls p JOIN 民调机构 m ON p.pollster_id = m.机构编号"
J = ["join"]
CV = ["cross_lingual_value"]
OCT = "p.end_date BETWEEN '2016-10-01' AND '2016-10-31'"
NAT = "s.州名 = 'U.S.'"
TRUMP_WON = "s.特朗普得票率 > s.希拉里得票率"
CLINTON_WON = "s.希拉里得票率 > s.特朗普得票率"

PAIRS = [
    ("How many polls are in the dataset?", "数据里一共有多少次民调", "SELECT COUNT(*) FROM polls", ["count"]),
    ("How many pollsters are there?", "一共有多少家民调机构", "SELECT COUNT(*) FROM 民调机构", ["count"]),
    (
        "How many national polls were there?",
        "全国性的民调一共做了多少次",
        f"SELECT COUNT(*) FROM {PS} WHERE {NAT}",
        [*J, "count", "filter"],
    ),
    (
        "Number of polls per month (by end date)",
        "按结束日期看，每个月各有多少次民调",
        "SELECT substr(end_date, 1, 7) AS month, COUNT(*) FROM polls GROUP BY month",
        ["group_by", "time", "count"],
        False,
        [1],
    ),
    (
        "What was Clinton's average share in polls from October 2016?",
        "2016年10月的民调里希拉里的平均支持率是多少",
        f"SELECT AVG(p.rawpoll_clinton) FROM polls p WHERE {OCT}",
        ["avg", "time"],
    ),
    (
        "Average adjusted Trump share in national polls that ended in November 2016",
        "2016年11月结束的全国民调中，特朗普调整后的平均支持率",
        f"SELECT AVG(p.adjpoll_trump) FROM {PS} WHERE {NAT} AND p.end_date LIKE '2016-11-%'",
        [*J, "avg", "time"],
    ),
    (
        "Which pollsters have an A+ grade?",
        "评级为A+的民调机构有哪些",
        "SELECT 机构名称 FROM 民调机构 WHERE 评级 = 'A+'",
        ["list", "filter"],
    ),
    (
        "Top 5 states by number of polls, not counting national polls",
        "不算全国性民调，民调次数最多的前5个州",
        f"SELECT s.州名, COUNT(*) AS n FROM {PS} WHERE s.州名 <> 'U.S.' GROUP BY s.州名 ORDER BY n DESC LIMIT 5",
        [*J, "top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Average sample size by pollster grade",
        "按民调机构评级统计平均样本量",
        f"SELECT m.评级, AVG(p.sample_size) FROM {PM} WHERE m.评级 IS NOT NULL GROUP BY m.评级",
        [*J, "group_by", "avg"],
    ),
    (
        "Which states did Trump win?",
        "特朗普赢了哪些州",
        "SELECT 州名 FROM 州 WHERE 特朗普得票率 > 希拉里得票率",
        ["list", "filter"],
    ),
    (
        "How many electoral votes are in the states Clinton won?",
        "希拉里赢下的州一共有多少张选举人票",
        "SELECT SUM(选举人票) FROM 州 WHERE 希拉里得票率 > 特朗普得票率",
        ["sum", "filter"],
    ),
    (
        "Total electoral votes of the states where Clinton led Trump in the average of the polls",
        "民调平均值里希拉里领先特朗普的那些州，合计有多少张选举人票",
        "SELECT SUM(选举人票) FROM 州 WHERE 州编号 IN (SELECT p.state_id FROM polls p GROUP BY p.state_id"
        " HAVING AVG(p.rawpoll_clinton) > AVG(p.rawpoll_trump))",
        [*J, "sum", "having"],
    ),
    (
        "Which 5 pollsters ran the most polls?",
        "做民调次数最多的5家机构",
        f"SELECT m.机构名称, COUNT(*) AS n FROM {PM} GROUP BY m.机构名称 ORDER BY n DESC LIMIT 5",
        [*J, "top_n", "group_by"],
        True,
        [0],
    ),
    (
        "Which pollster ran the poll with the largest sample?",
        "样本量最大的那次民调是哪家机构做的",
        f"SELECT m.机构名称 FROM {PM} ORDER BY p.sample_size DESC LIMIT 1",
        [*J, "superlative"],
    ),
    (
        "What is the average sample size of a poll?",
        "民调的平均样本量是多少",
        "SELECT AVG(sample_size) FROM polls",
        ["avg"],
    ),
    (
        "How many respondents were surveyed across all polls in total?",
        "所有民调加起来一共调查了多少人",
        "SELECT SUM(sample_size) FROM polls",
        ["sum"],
    ),
    (
        "How many polls surveyed likely voters (lv)?",
        "调查对象是可能投票选民（lv）的民调有多少次",
        "SELECT COUNT(*) FROM polls WHERE population = 'lv'",
        ["count", "filter"],
    ),
    (
        "What share of polls surveyed likely voters?",
        "针对可能投票选民（lv）的民调占全部民调的比例",
        "SELECT AVG(population = 'lv') FROM polls",
        ["pct"],
    ),
    (
        "Average Johnson share in national polls",
        "全国民调中约翰逊的平均支持率",
        f"SELECT AVG(p.rawpoll_johnson) FROM {PS} WHERE {NAT}",
        [*J, "avg", "filter", *CV],
    ),
    (
        "How many polls included McMullin?",
        "有多少次民调包含了麦克马林",
        "SELECT COUNT(*) FROM polls WHERE rawpoll_mcmullin IS NOT NULL",
        ["count", "filter", *CV],
    ),
    (
        "In which states were the polls that included McMullin taken?",
        "包含麦克马林的民调是在哪些州做的",
        f"SELECT DISTINCT s.州名 FROM {PS} WHERE p.rawpoll_mcmullin IS NOT NULL",
        [*J, "list", *CV],
    ),
    (
        "Clinton's average share in Florida polls",
        "佛罗里达州的民调里希拉里平均支持率多少",
        f"SELECT AVG(p.rawpoll_clinton) FROM {PS} WHERE s.州名 = 'Florida'",
        [*J, "avg", *CV],
    ),
    (
        "Trump's average adjusted share in Pennsylvania polls since September 1, 2016",
        "2016年9月1日以来宾夕法尼亚州民调中特朗普调整后的平均支持率",
        f"SELECT AVG(p.adjpoll_trump) FROM {PS} WHERE s.州名 = 'Pennsylvania' AND p.end_date >= '2016-09-01'",
        [*J, "avg", "time", *CV],
    ),
    (
        "Number of polls by pollster grade",
        "各个评级的机构分别做了多少次民调",
        f"SELECT m.评级, COUNT(*) FROM {PM} WHERE m.评级 IS NOT NULL GROUP BY m.评级",
        [*J, "group_by", "count"],
    ),
    (
        "How many polls did Ipsos run?",
        "益普索一共做了多少次民调",
        f"SELECT COUNT(*) FROM {PM} WHERE m.机构名称 = 'Ipsos'",
        [*J, "count", *CV],
    ),
    (
        "Compare the average sample size of Ipsos and YouGov polls",
        "益普索和YouGov的民调平均样本量对比",
        f"SELECT m.机构名称, AVG(p.sample_size) FROM {PM} WHERE m.机构名称 IN ('Ipsos', 'YouGov') GROUP BY m.机构名称",
        [*J, "compare", "avg", *CV],
    ),
    (
        "How many polls ended in the third quarter of 2016?",
        "2016年第三季度结束的民调有多少次",
        "SELECT COUNT(*) FROM polls WHERE end_date BETWEEN '2016-07-01' AND '2016-09-30'",
        ["count", "time"],
    ),
    (
        "By how much did the number of polls grow from September to October 2016?",
        "2016年10月的民调数量比9月增长了百分之多少",
        "SELECT (SUM(end_date LIKE '2016-10-%') - SUM(end_date LIKE '2016-09-%')) * 1.0"
        " / SUM(end_date LIKE '2016-09-%') FROM polls",
        ["pct", "time", "period_over_period"],
    ),
    (
        "Which month had the most polls?",
        "哪个月的民调最多",
        "SELECT substr(end_date, 1, 7) AS month, COUNT(*) AS n FROM polls GROUP BY month ORDER BY n DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [0],
    ),
    (
        "In which states did Trump get more than 60% of the vote?",
        "特朗普得票率超过60%的州有哪些",
        "SELECT 州名 FROM 州 WHERE 特朗普得票率 > 60",
        ["list", "filter"],
    ),
    (
        "Where did Clinton get her highest vote share?",
        "希拉里得票率最高的是哪个州",
        "SELECT 州名 FROM 州 ORDER BY 希拉里得票率 DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "What is Trump's average vote share across the states (each state counted once)?",
        "各州特朗普得票率的平均值是多少（每个州算一次）",
        "SELECT AVG(特朗普得票率) FROM 州",
        ["avg"],
    ),
    (
        "Which state has the most electoral votes?",
        "选举人票最多的是哪个州",
        "SELECT 州名 FROM 州 ORDER BY 选举人票 DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "How many electoral votes are there in total?",
        "选举人票一共有多少张",
        "SELECT SUM(选举人票) FROM 州",
        ["sum"],
    ),
    (
        "How many polls were taken in Ohio, Florida and Pennsylvania combined?",
        "俄亥俄、佛罗里达和宾夕法尼亚三个州加起来一共做了多少次民调",
        f"SELECT COUNT(*) FROM {PS} WHERE s.州名 IN ('Ohio', 'Florida', 'Pennsylvania')",
        [*J, "count", "filter", *CV],
    ),
    (
        "In national polls from October 2016, by how many points did Clinton lead Trump on average?",
        "2016年10月的全国民调里，希拉里平均领先特朗普几个百分点",
        f"SELECT AVG(p.rawpoll_clinton - p.rawpoll_trump) FROM {PS} WHERE {NAT} AND {OCT}",
        [*J, "avg", "time"],
    ),
    (
        "How many polls had Trump ahead of Clinton?",
        "有多少次民调特朗普的支持率高于希拉里",
        "SELECT COUNT(*) FROM polls WHERE rawpoll_trump > rawpoll_clinton",
        ["count", "filter"],
    ),
    (
        "What share of national polls had Clinton ahead?",
        "全国民调中希拉里领先的比例是多少",
        f"SELECT AVG(p.rawpoll_clinton > p.rawpoll_trump) FROM {PS} WHERE {NAT}",
        [*J, "pct"],
    ),
    (
        "Which states were polled at least 100 times?",
        "民调次数达到100次及以上的州有哪些",
        f"SELECT s.州名 FROM {PS} WHERE s.州名 <> 'U.S.' GROUP BY s.州名 HAVING COUNT(*) >= 100",
        [*J, "having"],
    ),
    (
        "Which pollsters ran more than 100 polls?",
        "做了超过100次民调的机构",
        f"SELECT m.机构名称 FROM {PM} GROUP BY m.机构名称 HAVING COUNT(*) > 100",
        [*J, "having"],
    ),
    (
        "Clinton's average share by surveyed population (lv, rv, a, v)",
        "按调查人群（lv、rv、a、v）统计希拉里的平均支持率",
        "SELECT population, AVG(rawpoll_clinton) FROM polls GROUP BY population",
        ["group_by", "avg"],
    ),
    (
        "When did the earliest poll start?",
        "最早的一次民调是哪天开始的",
        "SELECT MIN(start_date) FROM polls",
        ["min", "time"],
    ),
    (
        "How many polls ended between November 1 and November 7, 2016?",
        "2016年11月1日到11月7日之间结束的民调有多少次",
        "SELECT COUNT(*) FROM polls WHERE end_date BETWEEN '2016-11-01' AND '2016-11-07'",
        ["count", "time", "range"],
    ),
    (
        "Clinton's average adjusted share in polls by A+ pollsters",
        "A+评级机构的民调中希拉里调整后的平均支持率",
        f"SELECT AVG(p.adjpoll_clinton) FROM {PM} WHERE m.评级 = 'A+'",
        [*J, "avg", "filter"],
    ),
    (
        "How many polls were run by A-range pollsters (A+, A or A-)?",
        "A档（A+、A、A-）评级的机构一共做了多少次民调",
        f"SELECT COUNT(*) FROM {PM} WHERE m.评级 IN ('A+', 'A', 'A-')",
        [*J, "count", "filter"],
    ),
    (
        "How many pollsters have no grade?",
        "没有评级的民调机构有几家",
        "SELECT COUNT(*) FROM 民调机构 WHERE 评级 IS NULL",
        ["count", "filter"],
    ),
    (
        "In the states Trump won, what was his average share in the polls?",
        "在特朗普最终赢下的州，民调里他的平均支持率是多少",
        f"SELECT AVG(p.rawpoll_trump) FROM {PS} WHERE {TRUMP_WON}",
        [*J, "avg", "filter"],
    ),
    (
        "How many polls were taken in the states Clinton won?",
        "希拉里赢下的州一共做了多少次民调",
        f"SELECT COUNT(*) FROM {PS} WHERE {CLINTON_WON}",
        [*J, "count", "filter"],
    ),
    (
        "Florida: Trump's average share in the polls versus his actual result",
        "佛罗里达州民调中特朗普的平均支持率和他的实际得票率分别是多少",
        f"SELECT AVG(p.rawpoll_trump), MAX(s.特朗普得票率) FROM {PS} WHERE s.州名 = 'Florida'",
        [*J, "compare", *CV],
    ),
    (
        "Top 3 states by electoral votes among those Trump won",
        "特朗普赢下的州里选举人票最多的前3个",
        "SELECT 州名, 选举人票 FROM 州 WHERE 特朗普得票率 > 希拉里得票率 ORDER BY 选举人票 DESC LIMIT 3",
        ["top_n", "filter"],
        True,
        [0],
    ),
    (
        "How many Wisconsin polls ended in 2016?",
        "威斯康星州2016年结束的民调有多少次",
        f"SELECT COUNT(*) FROM {PS} WHERE s.州名 = 'Wisconsin' AND p.end_date LIKE '2016-%'",
        [*J, "count", "time", *CV],
    ),
    (
        "Which pollsters polled in Utah?",
        "在犹他州做过民调的机构有哪些",
        "SELECT DISTINCT m.机构名称 FROM polls p JOIN 民调机构 m ON p.pollster_id = m.机构编号"
        " JOIN 州 s ON p.state_id = s.州编号 WHERE s.州名 = 'Utah'",
        [*J, "list", *CV],
    ),
    (
        "How many different pollsters polled Ohio?",
        "有多少家不同的机构在俄亥俄州做过民调",
        f"SELECT COUNT(DISTINCT p.pollster_id) FROM {PS} WHERE s.州名 = 'Ohio'",
        [*J, "count_distinct", *CV],
    ),
    (
        "Clinton's average share in national polls for each month of 2016",
        "2016年每个月全国民调中希拉里的平均支持率",
        f"SELECT substr(p.end_date, 1, 7) AS month, AVG(p.rawpoll_clinton) FROM {PS}"
        f" WHERE {NAT} AND p.end_date LIKE '2016-%' GROUP BY month",
        [*J, "group_by", "time", "avg"],
        False,
        [1],
    ),
    (
        "What was Clinton's biggest lead over Trump in a single national poll?",
        "单次全国民调中希拉里领先特朗普最多是多少个百分点",
        f"SELECT MAX(p.rawpoll_clinton - p.rawpoll_trump) FROM {PS} WHERE {NAT}",
        [*J, "max"],
    ),
    (
        "Which states did Trump win even though Clinton led there in the average of the polls?",
        "有哪些州民调平均是希拉里领先、最后却是特朗普赢了",
        f"SELECT s.州名 FROM {PS} WHERE {TRUMP_WON} GROUP BY s.州名"
        " HAVING AVG(p.rawpoll_clinton) > AVG(p.rawpoll_trump)",
        [*J, "having", "list"],
    ),
    (
        "Average sample size of national polls versus state polls",
        "全国民调和州级民调的平均样本量分别是多少",
        f"SELECT s.州名 = 'U.S.' AS national, AVG(p.sample_size) FROM {PS} GROUP BY national",
        [*J, "compare", "avg"],
        False,
        [1],
    ),
    (
        "How many polls did pollsters graded C- or lower run?",
        "评级为C-及以下的机构做了多少次民调",
        f"SELECT COUNT(*) FROM {PM} WHERE m.评级 IN ('C-', 'D')",
        [*J, "count", "filter"],
    ),
    (
        "List Monmouth University's polls in Pennsylvania with their end dates and Clinton and Trump shares",
        "列出蒙莫斯大学在宾夕法尼亚州做的民调：结束日期、希拉里和特朗普的支持率",
        "SELECT p.end_date, p.rawpoll_clinton, p.rawpoll_trump FROM polls p JOIN 民调机构 m"
        " ON p.pollster_id = m.机构编号 JOIN 州 s ON p.state_id = s.州编号"
        " WHERE m.机构名称 = 'Monmouth University' AND s.州名 = 'Pennsylvania'",
        [*J, "list", *CV],
    ),
    (
        "How many polls were there in the summer of 2016 (June to August)?",
        "2016年夏天（6月到8月）一共有多少次民调",
        "SELECT COUNT(*) FROM polls WHERE end_date BETWEEN '2016-06-01' AND '2016-08-31'",
        ["count", "time", "range"],
    ),
    (
        "Which state did Trump win by the widest margin?",
        "特朗普赢得优势最大的是哪个州",
        "SELECT 州名 FROM 州 ORDER BY 特朗普得票率 - 希拉里得票率 DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "How many polls were there in each of the four swing states Florida, Ohio, North Carolina and Nevada?",
        "佛罗里达、俄亥俄、北卡罗来纳和内华达这四个摇摆州各有多少次民调",
        f"SELECT s.州名, COUNT(*) FROM {PS} WHERE s.州名 IN ('Florida', 'Ohio', 'North Carolina', 'Nevada')"
        " GROUP BY s.州名",
        [*J, "group_by", "count", *CV],
    ),
]

CONVERSATIONS = [
    (
        "How many polls were taken in Ohio?",
        "en",
        f"SELECT COUNT(*) FROM {PS} WHERE s.州名 = 'Ohio'",
        [*J, "count", *CV],
        False,
        None,
        "c1-en",
        0,
    ),
    (
        "And in Michigan?",
        "en",
        f"SELECT COUNT(*) FROM {PS} WHERE s.州名 = 'Michigan'",
        [*J, "count", "follow_up"],
        False,
        None,
        "c1-en",
        1,
    ),
    (
        "Only those that ended in October 2016?",
        "en",
        f"SELECT COUNT(*) FROM {PS} WHERE s.州名 = 'Michigan' AND {OCT}",
        [*J, "count", "follow_up", "time"],
        False,
        None,
        "c1-en",
        2,
    ),
    (
        "Top 3 pollsters by number of polls",
        "en",
        f"SELECT m.机构名称, COUNT(*) AS n FROM {PM} GROUP BY m.机构名称 ORDER BY n DESC LIMIT 3",
        [*J, "top_n"],
        True,
        [0],
        "c2-en",
        0,
    ),
    (
        "What grades do those three have?",
        "en",
        "SELECT 机构名称, 评级 FROM 民调机构 WHERE 机构名称 IN ('Ipsos', 'Google Consumer Surveys', 'SurveyMonkey')",
        ["follow_up", "list"],
        False,
        [1],
        "c2-en",
        1,
    ),
    (
        "Clinton's average share in national polls in September 2016",
        "en",
        f"SELECT AVG(p.rawpoll_clinton) FROM {PS} WHERE {NAT} AND p.end_date LIKE '2016-09-%'",
        [*J, "avg", "time"],
        False,
        None,
        "c3-en",
        0,
    ),
    (
        "And in October?",
        "en",
        f"SELECT AVG(p.rawpoll_clinton) FROM {PS} WHERE {NAT} AND {OCT}",
        [*J, "avg", "time", "follow_up"],
        False,
        None,
        "c3-en",
        1,
    ),
    (
        "What about Trump in October?",
        "en",
        f"SELECT AVG(p.rawpoll_trump) FROM {PS} WHERE {NAT} AND {OCT}",
        [*J, "avg", "time", "follow_up"],
        False,
        None,
        "c3-en",
        2,
    ),
    (
        "俄亥俄州一共做了多少次民调",
        "zh",
        f"SELECT COUNT(*) FROM {PS} WHERE s.州名 = 'Ohio'",
        [*J, "count", *CV],
        False,
        None,
        "c1-zh",
        0,
    ),
    (
        "密歇根州呢？",
        "zh",
        f"SELECT COUNT(*) FROM {PS} WHERE s.州名 = 'Michigan'",
        [*J, "count", "follow_up", *CV],
        False,
        None,
        "c1-zh",
        1,
    ),
    (
        "只看2016年10月结束的呢",
        "zh",
        f"SELECT COUNT(*) FROM {PS} WHERE s.州名 = 'Michigan' AND {OCT}",
        [*J, "count", "follow_up", "time"],
        False,
        None,
        "c1-zh",
        2,
    ),
    (
        "民调次数最多的前三家机构",
        "zh",
        f"SELECT m.机构名称, COUNT(*) AS n FROM {PM} GROUP BY m.机构名称 ORDER BY n DESC LIMIT 3",
        [*J, "top_n"],
        True,
        [0],
        "c2-zh",
        0,
    ),
    (
        "这三家的评级分别是什么",
        "zh",
        "SELECT 机构名称, 评级 FROM 民调机构 WHERE 机构名称 IN ('Ipsos', 'Google Consumer Surveys', 'SurveyMonkey')",
        ["follow_up", "list"],
        False,
        [1],
        "c2-zh",
        1,
    ),
    (
        "2016年9月全国民调里希拉里的平均支持率",
        "zh",
        f"SELECT AVG(p.rawpoll_clinton) FROM {PS} WHERE {NAT} AND p.end_date LIKE '2016-09-%'",
        [*J, "avg", "time"],
        False,
        None,
        "c3-zh",
        0,
    ),
    (
        "10月呢？",
        "zh",
        f"SELECT AVG(p.rawpoll_clinton) FROM {PS} WHERE {NAT} AND {OCT}",
        [*J, "avg", "time", "follow_up"],
        False,
        None,
        "c3-zh",
        1,
    ),
    (
        "那10月特朗普是多少",
        "zh",
        f"SELECT AVG(p.rawpoll_trump) FROM {PS} WHERE {NAT} AND {OCT}",
        [*J, "avg", "time", "follow_up"],
        False,
        None,
        "c3-zh",
        2,
    ),
]

UNANSWERABLE = [
    ("What was the margin of error of each Ipsos poll?", "益普索每次民调的误差范围是多少"),
    ("How many polls were done by phone and how many online?", "电话民调和网络民调各做了多少次"),
    ("What was the voter turnout in each state?", "各州的投票率是多少"),
    (
        "How did voters aged 18 to 29 split between Clinton and Trump?",
        "18到29岁的选民里希拉里和特朗普的支持率各是多少",
    ),
    ("Which counties in Pennsylvania did Clinton win?", "宾夕法尼亚州希拉里赢了哪些县"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "poll", questions, source=SRC)


if __name__ == "__main__":
    main()
