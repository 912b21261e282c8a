"""Write questions.jsonl of the lending_club question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: lending_club.sqlite (make_data.py): 10,000 Lending Club loans issued January-March 2018 (openintro's
loans_full_schema; see README.md): loans (fact, English headers), states (English headers), 贷款用途 and 信用等级
(Chinese headers) dimensions with declared foreign keys. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "lending_club.sqlite"
LS = "loans l JOIN states s ON l.state_code = s.state_code"
LP = "loans l JOIN 贷款用途 p ON l.purpose_id = p.用途编号"
LG = "loans l JOIN 信用等级 g ON l.sub_grade = g.子等级"
LSP = LS + " JOIN 贷款用途 p ON l.purpose_id = p.用途编号"
JOIN = ["join"]
CV = ["cross_lingual_value"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def florida(month: str) -> str:
    return f"(SELECT COUNT(*) FROM {LS} WHERE s.state_name = 'Florida' AND l.issue_month = '{month}')"


def month_amount(month: str) -> str:
    return f"(SELECT SUM(loan_amount) FROM loans WHERE issue_month = '{month}')"


def grade_rate(grade: str) -> str:
    return f"(SELECT AVG(l.interest_rate) FROM {LG} WHERE g.等级 = '{grade}')"


# (english, chinese, gold_sql, tags[, ordered, compare]); the questions that need a join come first
JOINED = [
    (
        "Total amount of loans issued in California",
        "加州发放的贷款总额是多少",
        f"SELECT SUM(l.loan_amount) FROM {LS} WHERE s.state_name = 'California'",
        [*JOIN, "agg", "filter", *CV],
    ),
    (
        "Number of loans by region",
        "各大区的贷款笔数",
        f"SELECT s.region, COUNT(*) FROM {LS} GROUP BY s.region",
        [*JOIN, "count", "group_by"],
    ),
    (
        "Average interest rate for each grade",
        "各信用等级的平均利率",
        f"SELECT g.等级, AVG(l.interest_rate) FROM {LG} GROUP BY g.等级",
        [*JOIN, "agg", "group_by"],
    ),
    (
        "Total loan amount by loan purpose",
        "按贷款用途统计贷款总额",
        f"SELECT p.用途名称, SUM(l.loan_amount) FROM {LP} GROUP BY p.用途名称",
        [*JOIN, "agg", "group_by"],
    ),
    (
        "Top 5 states by total loan amount",
        "贷款总额最高的5个州",
        f"SELECT s.state_name, SUM(l.loan_amount) FROM {LS} GROUP BY s.state_name ORDER BY SUM(l.loan_amount) DESC"
        " LIMIT 5",
        [*JOIN, "top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Which loan purpose has the highest average loan amount?",
        "平均贷款金额最高的是哪种贷款用途",
        f"SELECT p.用途名称, AVG(l.loan_amount) FROM {LP} GROUP BY p.用途名称 ORDER BY AVG(l.loan_amount) DESC LIMIT 1",
        [*JOIN, "superlative", "group_by"],
        False,
        [0],
    ),
    (
        "How many loans were taken out for medical expenses?",
        "医疗用途的贷款有多少笔",
        f"SELECT COUNT(*) FROM {LP} WHERE p.用途代码 = 'medical'",
        [*JOIN, "count", "filter", *CV],
    ),
    (
        "What is the average interest rate on grade A loans?",
        "A级贷款的平均利率是多少",
        f"SELECT AVG(l.interest_rate) FROM {LG} WHERE g.等级 = 'A'",
        [*JOIN, "agg", "filter"],
    ),
    (
        "How many loans were issued in Texas in March 2018?",
        "2018年3月得州发放了多少笔贷款",
        f"SELECT COUNT(*) FROM {LS} WHERE s.state_name = 'Texas' AND l.issue_month = '2018-03'",
        [*JOIN, "count", "filter", "month", *CV],
    ),
    (
        "Number of loans in each division of the West region",
        "西部大区各分区的贷款笔数",
        f"SELECT s.division, COUNT(*) FROM {LS} WHERE s.region = 'West' GROUP BY s.division",
        [*JOIN, "count", "group_by", "filter", *CV],
    ),
    (
        "What share of all loans are for debt consolidation?",
        "债务整合类贷款占全部贷款笔数的比例是多少",
        f"SELECT 1.0 * SUM(p.用途代码 = 'debt_consolidation') / COUNT(*) FROM {LP}",
        [*JOIN, "share", "pct", *CV],
    ),
    (
        "What percentage of the total loan amount went to borrowers in the South?",
        "南部大区的贷款金额占贷款总额的百分比",
        f"SELECT 100.0 * SUM(CASE WHEN s.region = 'South' THEN l.loan_amount ELSE 0 END) / SUM(l.loan_amount)"
        f" FROM {LS}",
        [*JOIN, "share", "pct", *CV],
    ),
    (
        "Among states with at least 100 loans, which has the highest average interest rate?",
        "贷款笔数不少于100笔的州里，平均利率最高的是哪个州",
        f"SELECT s.state_name, AVG(l.interest_rate) FROM {LS} GROUP BY s.state_name HAVING COUNT(*) >= 100"
        " ORDER BY AVG(l.interest_rate) DESC LIMIT 1",
        [*JOIN, "superlative", "having", "number"],
        False,
        [0],
    ),
    (
        "Which state has no loans at all?",
        "哪个州一笔贷款都没有",
        "SELECT s.state_name FROM states s LEFT JOIN loans l ON l.state_code = s.state_code"
        " WHERE l.loan_id IS NULL",
        [*JOIN, "anti_join", "list"],
    ),
    (
        "Compare the average loan amount in New York and California",
        "纽约州和加州的平均贷款金额对比",
        f"SELECT s.state_name, AVG(l.loan_amount) FROM {LS} WHERE s.state_name IN ('New York', 'California')"
        " GROUP BY s.state_name",
        [*JOIN, "compare_two", "agg", *CV],
    ),
    (
        "Total amount of credit card loans issued in February 2018",
        "2018年2月信用卡还款类贷款的发放总额",
        f"SELECT SUM(l.loan_amount) FROM {LP} WHERE p.用途代码 = 'credit_card' AND l.issue_month = '2018-02'",
        [*JOIN, "agg", "filter", "month", *CV],
    ),
    (
        "How many grade G loans are there?",
        "G级贷款有几笔",
        f"SELECT COUNT(*) FROM {LG} WHERE g.等级 = 'G'",
        [*JOIN, "count", "filter"],
    ),
    (
        "Average annual income of borrowers in each region",
        "各大区借款人的平均年收入",
        f"SELECT s.region, AVG(l.annual_income) FROM {LS} GROUP BY s.region",
        [*JOIN, "agg", "group_by"],
    ),
    (
        "Monthly total loan amount in the Northeast",
        "东北部大区每个月的贷款发放额",
        f"SELECT l.issue_month, SUM(l.loan_amount) FROM {LS} WHERE s.region = 'Northeast' GROUP BY l.issue_month",
        [*JOIN, "trend", "month", "filter", *CV],
        False,
        [1],
    ),
    (
        "By what percentage did the number of loans in Florida grow from January to March 2018?",
        "佛罗里达州3月的贷款笔数比1月增长了百分之多少",
        f"SELECT 100.0 * ({florida('2018-03')} - {florida('2018-01')}) / {florida('2018-01')}",
        [*JOIN, "growth", "period_compare", "pct", *CV],
    ),
    (
        "Top 3 loan purposes by number of loans in Texas",
        "得州贷款笔数最多的3种用途",
        f"SELECT p.用途名称, COUNT(*) FROM {LSP} WHERE s.state_name = 'Texas' GROUP BY p.用途名称"
        " ORDER BY COUNT(*) DESC LIMIT 3",
        [*JOIN, "three_tables", "top_n", "filter", *CV],
        False,
        [0],
    ),
    (
        "Average interest rate on small business loans",
        "小企业贷款的平均利率",
        f"SELECT AVG(l.interest_rate) FROM {LP} WHERE p.用途代码 = 'small_business'",
        [*JOIN, "agg", "filter", *CV],
    ),
    (
        "Rank the grades by average loan amount, highest first",
        "各信用等级按平均贷款金额从高到低排列",
        f"SELECT g.等级, AVG(l.loan_amount) FROM {LG} GROUP BY g.等级 ORDER BY AVG(l.loan_amount) DESC",
        [*JOIN, "order_by", "group_by"],
        True,
        [0],
    ),
    (
        "How many 60-month loans are grade E, F or G?",
        "期限60个月的贷款中E、F、G级的有多少笔",
        f"SELECT COUNT(*) FROM {LG} WHERE l.term = 60 AND g.等级 IN ('E', 'F', 'G')",
        [*JOIN, "count", "filter", "number"],
    ),
    (
        "Total outstanding balance of loans in the Midwest",
        "中西部地区贷款的未偿余额合计",
        f"SELECT SUM(l.balance) FROM {LS} WHERE s.region = 'Midwest'",
        [*JOIN, "agg", "filter", *CV],
    ),
    (
        "Which census division has the most loans?",
        "贷款笔数最多的是哪个分区",
        f"SELECT s.division, COUNT(*) FROM {LS} GROUP BY s.division ORDER BY COUNT(*) DESC LIMIT 1",
        [*JOIN, "superlative", "count"],
        False,
        [0],
    ),
    (
        "Average interest rate of home improvement loans by homeownership",
        "房屋装修贷款按住房状况分的平均利率",
        f"SELECT l.homeownership, AVG(l.interest_rate) FROM {LP} WHERE p.用途代码 = 'home_improvement'"
        " GROUP BY l.homeownership",
        [*JOIN, "agg", "group_by", "filter", *CV],
    ),
    (
        "How many debt consolidation loans were for 40,000 dollars or more?",
        "金额在4万美元及以上的债务整合贷款有多少笔",
        f"SELECT COUNT(*) FROM {LP} WHERE p.用途代码 = 'debt_consolidation' AND l.loan_amount >= 40000",
        [*JOIN, "count", "filter", "number", *CV],
    ),
    (
        "Which 3 census divisions have the fewest loans?",
        "贷款笔数最少的3个分区",
        f"SELECT s.division, COUNT(*) FROM {LS} GROUP BY s.division ORDER BY COUNT(*) ASC LIMIT 3",
        [*JOIN, "bottom_n", "count"],
        False,
        [0],
    ),
    (
        "How many loans in California are late?",
        "加州有多少笔贷款处于逾期状态",
        f"SELECT COUNT(*) FROM {LS} WHERE s.state_name = 'California' AND l.loan_status LIKE 'Late%'",
        [*JOIN, "count", "filter", *CV],
    ),
    (
        "List the charged-off loans with their state and amount",
        "列出已核销（Charged Off）的贷款及其所在州和金额",
        f"SELECT s.state_name, l.loan_amount FROM {LS} WHERE l.loan_status = 'Charged Off'",
        [*JOIN, "list", "filter", *CV],
    ),
    (
        "Average loan amount for each state in the Mountain division",
        "山地分区各州的平均贷款金额",
        f"SELECT s.state_name, AVG(l.loan_amount) FROM {LS} WHERE s.division = 'Mountain' GROUP BY s.state_name",
        [*JOIN, "agg", "group_by", "filter", *CV],
    ),
    (
        "Total loan amount in the Pacific division in January and in March 2018",
        "太平洋分区1月和3月的贷款总额分别是多少",
        f"SELECT l.issue_month, SUM(l.loan_amount) FROM {LS} WHERE s.division = 'Pacific'"
        " AND l.issue_month IN ('2018-01', '2018-03') GROUP BY l.issue_month",
        [*JOIN, "compare_two", "month", "filter", *CV],
        False,
        [1],
    ),
    (
        "How much higher is the average interest rate of grade C loans than grade B loans?",
        "C级贷款的平均利率比B级高多少",
        f"SELECT {grade_rate('C')} - {grade_rate('B')}",
        [*JOIN, "difference", "compare_two"],
    ),
    (
        "Average loan amount of renters in each region",
        "各大区租房借款人的平均贷款额",
        f"SELECT s.region, AVG(l.loan_amount) FROM {LS} WHERE l.homeownership = 'RENT' GROUP BY s.region",
        [*JOIN, "agg", "group_by", "filter", *CV],
    ),
    (
        "Which loan purpose has the lowest average interest rate?",
        "平均利率最低的贷款用途是哪个",
        f"SELECT p.用途名称, AVG(l.interest_rate) FROM {LP} GROUP BY p.用途名称 ORDER BY AVG(l.interest_rate) ASC"
        " LIMIT 1",
        [*JOIN, "superlative", "group_by"],
        False,
        [0],
    ),
    (
        "Total loan amount of grade A loans in the West region",
        "西部大区A级贷款的总金额",
        f"SELECT SUM(l.loan_amount) FROM {LS} JOIN 信用等级 g ON l.sub_grade = g.子等级"
        " WHERE s.region = 'West' AND g.等级 = 'A'",
        [*JOIN, "three_tables", "agg", "filter", *CV],
    ),
]

SINGLE = [
    (
        "How many states are in the South region?",
        "南部大区有几个州",
        "SELECT COUNT(*) FROM states WHERE region = 'South'",
        ["count", "filter", "dimension", *CV],
    ),
    (
        "What is the total amount of all loans?",
        "贷款发放总额是多少",
        "SELECT SUM(loan_amount) FROM loans",
        ["agg"],
    ),
    (
        "How many loans were issued each month?",
        "每个月发放了多少笔贷款",
        "SELECT issue_month, COUNT(*) FROM loans GROUP BY issue_month",
        ["count", "month", "trend"],
        False,
        [1],
    ),
    (
        "What is the average interest rate?",
        "平均利率是多少",
        "SELECT AVG(interest_rate) FROM loans",
        ["agg"],
    ),
    (
        "Average loan amount of 36-month and 60-month loans",
        "36期和60期贷款的平均金额分别是多少",
        "SELECT term, AVG(loan_amount) FROM loans GROUP BY term",
        ["compare_two", "agg", "group_by"],
        False,
        [1],
    ),
    (
        "How many loans have an interest rate above 20%?",
        "利率超过20%的贷款有多少笔",
        "SELECT COUNT(*) FROM loans WHERE interest_rate > 20",
        ["count", "filter", "number"],
    ),
    (
        "What is the largest loan amount?",
        "最大的一笔贷款金额是多少",
        "SELECT MAX(loan_amount) FROM loans",
        ["agg", "max"],
    ),
    (
        "Number of loans by homeownership",
        "按住房状况统计贷款笔数",
        "SELECT homeownership, COUNT(*) FROM loans GROUP BY homeownership",
        ["count", "group_by"],
    ),
    (
        "Total loan amount issued in the first quarter of 2018",
        "2018年一季度贷款发放总额",
        "SELECT SUM(loan_amount) FROM loans WHERE issue_month BETWEEN '2018-01' AND '2018-03'",
        ["agg", "quarter", "date"],
    ),
    (
        "Month-over-month growth of the total loan amount in March 2018",
        "2018年3月贷款发放额的环比增长率",
        f"SELECT 100.0 * ({month_amount('2018-03')} - {month_amount('2018-02')}) / {month_amount('2018-02')}",
        ["growth", "mom", "period_compare", "pct"],
    ),
    (
        "Average annual income of borrowers whose loans exceed 30,000 dollars",
        "贷款金额超过3万美元的借款人平均年收入",
        "SELECT AVG(annual_income) FROM loans WHERE loan_amount > 30000",
        ["agg", "filter", "number"],
    ),
    (
        "What share of loans have a 60-month term?",
        "60期贷款的占比是多少",
        "SELECT 1.0 * SUM(term = 60) / COUNT(*) FROM loans",
        ["share", "pct"],
    ),
    (
        "How much have borrowers paid in total so far?",
        "借款人目前累计还款总额是多少",
        "SELECT SUM(paid_total) FROM loans",
        ["agg"],
    ),
    (
        "Number of loans by loan status",
        "各还款状态的贷款笔数",
        "SELECT loan_status, COUNT(*) FROM loans GROUP BY loan_status",
        ["count", "group_by"],
    ),
    (
        "Average interest rate in January and in March 2018",
        "2018年1月和3月的平均利率",
        "SELECT issue_month, AVG(interest_rate) FROM loans WHERE issue_month IN ('2018-01', '2018-03')"
        " GROUP BY issue_month",
        ["compare_two", "month", "agg"],
        False,
        [1],
    ),
    (
        "How many loans have a balance of zero?",
        "余额为0的贷款有几笔",
        "SELECT COUNT(*) FROM loans WHERE balance = 0",
        ["count", "filter", "number"],
    ),
    (
        "Average loan amount for renters",
        "租房借款人的平均贷款金额",
        "SELECT AVG(loan_amount) FROM loans WHERE homeownership = 'RENT'",
        ["agg", "filter", *CV],
    ),
    (
        "Which month had the largest total loan amount?",
        "哪个月的贷款发放额最高",
        "SELECT issue_month, SUM(loan_amount) FROM loans GROUP BY issue_month ORDER BY SUM(loan_amount) DESC LIMIT 1",
        ["superlative", "month"],
        False,
        [0],
    ),
]

BY_REGION = f"SELECT s.region, SUM(l.loan_amount) FROM {LS} GROUP BY s.region"
DEBT = f"SELECT s.region, SUM(l.loan_amount) FROM {LSP} WHERE p.用途代码 = 'debt_consolidation' GROUP BY s.region"
CARD = f"SELECT s.region, SUM(l.loan_amount) FROM {LSP} WHERE p.用途代码 = 'credit_card' GROUP BY s.region"
FL = f"SELECT COUNT(*) FROM {LS} WHERE s.state_name = 'Florida'"
GA = f"SELECT COUNT(*) FROM {LS} WHERE s.state_name = 'Georgia'"
FU = ["follow_up", *JOIN]

CONVERSATIONS = [
    turn("Total loan amount by region", "en", BY_REGION, [*JOIN, "group_by", "agg"], "c1-en", 0),
    turn("only debt consolidation loans", "en", DEBT, [*FU, "three_tables", "filter", *CV], "c1-en", 1),
    turn("and for credit card?", "en", CARD, [*FU, "three_tables", "filter", *CV], "c1-en", 2),
    turn("各大区的贷款总额", "zh", BY_REGION, [*JOIN, "group_by", "agg"], "c1-zh", 0),
    turn("只看债务整合类的", "zh", DEBT, [*FU, "three_tables", "filter", *CV], "c1-zh", 1),
    turn("信用卡还款的呢？", "zh", CARD, [*FU, "three_tables", "filter", *CV], "c1-zh", 2),
    turn("How many loans were issued in Florida?", "en", FL, [*JOIN, "count", "filter", *CV], "c2-en", 0),
    turn("what about Georgia?", "en", GA, [*FU, "count", *CV], "c2-en", 1),
    turn("佛罗里达州发放了多少笔贷款", "zh", FL, [*JOIN, "count", "filter", *CV], "c2-zh", 0),
    turn("佐治亚州呢", "zh", GA, [*FU, "count", *CV], "c2-zh", 1),
]  # fmt: skip

UNANSWERABLE = [
    ("What is the average FICO credit score of the borrowers?", "借款人的平均FICO信用分是多少"),
    ("What is the average age of borrowers?", "借款人的平均年龄是多少"),
    ("How many loans went to female borrowers?", "女性借款人有多少笔贷款"),
    (
        "What was Lending Club's net profit in the first quarter of 2018?",
        "Lending Club 2018年一季度的净利润是多少",
    ),
]


def questions():
    return bilingual_questions(JOINED + SINGLE, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "lendclub", questions(), source=SRC)
