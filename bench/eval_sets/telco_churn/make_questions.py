"""Write questions.jsonl of the telco_churn question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: telco_churn.sqlite (make_data.py): 7,043 customers of IBM's Watson telco churn sample (modeldata's
wa_churn; see README.md): customers (fact, English headers) with 合同, 支付方式 and 互联网服务 dimensions
(Chinese headers), declared foreign keys. No dates: tenure is in months; time questions are unanswerable.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "telco_churn.sqlite"
C = "customers c"
CH = "customers c JOIN 合同 h ON c.contract_id = h.合同编号"
CP = "customers c JOIN 支付方式 p ON c.payment_method_id = p.编号"
CI = "customers c JOIN 互联网服务 i ON c.internet_service_id = i.编号"
CHP = CH + " JOIN 支付方式 p ON c.payment_method_id = p.编号"
CHI = CH + " JOIN 互联网服务 i ON c.internet_service_id = i.编号"
RATE = "AVG(CASE WHEN c.churn = 'Yes' THEN 1.0 ELSE 0 END)"
JOIN = ["join"]
CV = ["cross_lingual_value"]
FU = ["follow_up", "join"]
PCT = ["pct"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


# (english, chinese, gold_sql, tags[, ordered, compare]); the questions that need a join come first
JOINED = [
    ("What is the churn rate by contract type?", "各合同类型的流失率是多少",
     f"SELECT h.合同类型, {RATE} FROM {CH} GROUP BY h.合同类型", [*JOIN, *PCT, "group_by"]),
    ("Average monthly charges by payment method", "不同支付方式的客户平均月费",
     f"SELECT p.支付方式, AVG(c.monthly_charges) FROM {CP} GROUP BY p.支付方式", [*JOIN, "agg", "group_by"]),
    ("How many fiber optic customers churned?", "光纤用户里有多少人流失了",
     f"SELECT COUNT(*) FROM {CI} WHERE i.服务类型 = 'Fiber optic' AND c.churn = 'Yes'",
     [*JOIN, "count", "filter", *CV]),
    ("Which payment method brings in the most monthly revenue?", "哪种支付方式贡献的月收入最多",
     f"SELECT p.支付方式, SUM(c.monthly_charges) FROM {CP} GROUP BY p.支付方式 ORDER BY SUM(c.monthly_charges) DESC"
     " LIMIT 1", [*JOIN, "superlative", "group_by"], False, [0]),
    ("Number of customers per internet service type", "每种互联网服务类型有多少客户",
     f"SELECT i.服务类型, COUNT(*) FROM {CI} GROUP BY i.服务类型", [*JOIN, "count", "group_by"]),
    ("Top 2 payment methods by total charges billed", "累计收费总额排名前二的支付方式",
     f"SELECT p.支付方式, SUM(c.total_charges) FROM {CP} GROUP BY p.支付方式 ORDER BY SUM(c.total_charges) DESC"
     " LIMIT 2", [*JOIN, "top_n", "group_by"], False, [0]),
    ("Churn rate for customers on automatic payment versus those who are not",
     "自动扣款的客户和非自动扣款的客户流失率各是多少",
     f"SELECT p.是否自动扣款, {RATE} FROM {CP} GROUP BY p.是否自动扣款", [*JOIN, *PCT, "group_by", "compare"]),
    ("What is the average tenure of customers on two-year contracts?", "两年期合同客户平均在网多少个月",
     f"SELECT AVG(c.tenure_months) FROM {CH} WHERE h.合同类型 = 'Two year'", [*JOIN, "agg", "filter", *CV]),
    ("How many month-to-month customers pay by electronic check?", "按月合同里用电子支票付费的客户有多少",
     f"SELECT COUNT(*) FROM {CHP} WHERE h.合同类型 = 'Month-to-month' AND p.支付方式 = 'Electronic check'",
     [*JOIN, "three_tables", "count", "filter", *CV]),
    ("Which contract type has the highest churn rate?", "流失率最高的是哪种合同",
     f"SELECT h.合同类型, {RATE} FROM {CH} GROUP BY h.合同类型 ORDER BY {RATE} DESC LIMIT 1",
     [*JOIN, "superlative", "group_by"], False, [0]),
    ("Total monthly charges of churned customers by internet service", "按互联网服务类型汇总流失客户的月费",
     f"SELECT i.服务类型, SUM(c.monthly_charges) FROM {CI} WHERE c.churn = 'Yes' GROUP BY i.服务类型",
     [*JOIN, "agg", "group_by", "filter"]),
    ("Compare the average monthly bill of fiber optic and DSL customers", "光纤用户和DSL用户的平均月费对比一下",
     f"SELECT i.服务类型, AVG(c.monthly_charges) FROM {CI} WHERE i.服务类型 IN ('Fiber optic', 'DSL')"
     " GROUP BY i.服务类型", [*JOIN, "compare", "agg", *CV]),
    ("What share of customers are on month-to-month contracts?", "按月合同的客户占全部客户的比例是多少",
     f"SELECT AVG(CASE WHEN h.合同类型 = 'Month-to-month' THEN 1.0 ELSE 0 END) FROM {CH}", [*JOIN, *PCT, *CV]),
    ("Which payment methods have more than 1,600 customers?", "客户数超过1600的支付方式有哪些",
     f"SELECT p.支付方式, COUNT(*) FROM {CP} GROUP BY p.支付方式 HAVING COUNT(*) > 1600",
     [*JOIN, "having", "group_by"], False, [0]),
    ("Churned customers by payment method", "各支付方式下流失的客户数",
     f"SELECT p.支付方式, COUNT(*) FROM {CP} WHERE c.churn = 'Yes' GROUP BY p.支付方式",
     [*JOIN, "count", "group_by", "filter"]),
    ("Average tenure in months for each contract type", "每种合同的平均在网月数",
     f"SELECT h.合同类型, AVG(c.tenure_months) FROM {CH} GROUP BY h.合同类型", [*JOIN, "agg", "group_by"]),
    ("What is the churn rate among customers paying by electronic check?", "用电子支票付款的客户流失率是多少",
     f"SELECT {RATE} FROM {CP} WHERE p.支付方式 = 'Electronic check'", [*JOIN, *PCT, "filter", *CV]),
    ("How many senior citizens does each internet service type have?", "各互联网服务类型的老年客户各有多少",
     f"SELECT i.服务类型, COUNT(*) FROM {CI} WHERE c.senior_citizen = 1 GROUP BY i.服务类型",
     [*JOIN, "count", "group_by", "filter"]),
    ("Which internet service type has the lowest average monthly charge?", "平均月费最低的是哪类互联网服务",
     f"SELECT i.服务类型, AVG(c.monthly_charges) FROM {CI} GROUP BY i.服务类型 ORDER BY AVG(c.monthly_charges)"
     " LIMIT 1", [*JOIN, "superlative", "group_by"], False, [0]),
    ("Break down customers by contract type and churn status", "按合同类型和是否流失统计客户数",
     f"SELECT h.合同类型, c.churn, COUNT(*) FROM {CH} GROUP BY h.合同类型, c.churn",
     [*JOIN, "count", "group_by", "two_keys"]),
    ("Average total charges of customers on two-year contracts who pay by credit card",
     "签两年期合同、用信用卡自动付款的客户平均累计费用是多少",
     f"SELECT AVG(c.total_charges) FROM {CHP} WHERE h.合同类型 = 'Two year'"
     " AND p.支付方式 = 'Credit card (automatic)'", [*JOIN, "three_tables", "agg", "filter", *CV]),
    ("What percentage of fiber optic customers have tech support?", "光纤用户中开通了技术支持的占多少",
     f"SELECT AVG(CASE WHEN c.tech_support = 'Yes' THEN 1.0 ELSE 0 END) FROM {CI} WHERE i.服务类型 = 'Fiber optic'",
     [*JOIN, *PCT, "filter", *CV]),
    ("Monthly revenue by contract type, highest first", "按合同类型统计月收入，从高到低排",
     f"SELECT h.合同类型, SUM(c.monthly_charges) FROM {CH} GROUP BY h.合同类型 ORDER BY SUM(c.monthly_charges) DESC",
     [*JOIN, "agg", "group_by", "sorted"], True),
    ("How many customers have no internet service?", "没有开通互联网服务的客户有多少",
     f"SELECT COUNT(*) FROM {CI} WHERE i.服务类型 = 'No'", [*JOIN, "count", "filter"]),
    ("Average monthly charges of churned month-to-month customers", "按月合同的流失客户平均每月交多少钱",
     f"SELECT AVG(c.monthly_charges) FROM {CH} WHERE h.合同类型 = 'Month-to-month' AND c.churn = 'Yes'",
     [*JOIN, "agg", "filter", *CV]),
    ("Churn rate by internet service", "各互联网服务类型的流失率",
     f"SELECT i.服务类型, {RATE} FROM {CI} GROUP BY i.服务类型", [*JOIN, *PCT, "group_by"]),
    ("Of the customers who churned, what share were on month-to-month contracts?", "流失客户中按月合同的占比多少",
     f"SELECT AVG(CASE WHEN h.合同类型 = 'Month-to-month' THEN 1.0 ELSE 0 END) FROM {CH} WHERE c.churn = 'Yes'",
     [*JOIN, *PCT, "filter", *CV]),
    ("Among customers with paperless billing, how many use each payment method?",
     "使用无纸化账单的客户中，各支付方式分别有多少人",
     f"SELECT p.支付方式, COUNT(*) FROM {CP} WHERE c.paperless_billing = 1 GROUP BY p.支付方式",
     [*JOIN, "count", "group_by", "filter"]),
    ("Which contract type has the longest average tenure?", "平均在网时间最长的合同类型是哪个",
     f"SELECT h.合同类型, AVG(c.tenure_months) FROM {CH} GROUP BY h.合同类型 ORDER BY AVG(c.tenure_months) DESC"
     " LIMIT 1", [*JOIN, "superlative", "group_by"], False, [0]),
    ("Average monthly charges of DSL customers who stream movies", "看流媒体电影的DSL用户平均月费",
     f"SELECT AVG(c.monthly_charges) FROM {CI} WHERE i.服务类型 = 'DSL' AND c.streaming_movies = 'Yes'",
     [*JOIN, "agg", "filter"]),
    ("How much monthly revenue did we lose from fiber optic customers who churned?", "流失的光纤用户原来每月的月费加起来有多少",
     f"SELECT SUM(c.monthly_charges) FROM {CI} WHERE i.服务类型 = 'Fiber optic' AND c.churn = 'Yes'",
     [*JOIN, "agg", "filter", *CV]),
    ("Internet service types with a churn rate above 20%", "流失率超过20%的互联网服务类型",
     f"SELECT i.服务类型, {RATE} FROM {CI} GROUP BY i.服务类型 HAVING {RATE} > 0.2",
     [*JOIN, "having", "pct"], False, [0]),
    ("Highest monthly charge on each contract type", "每种合同里最高的月费是多少",
     f"SELECT h.合同类型, MAX(c.monthly_charges) FROM {CH} GROUP BY h.合同类型", [*JOIN, "agg", "group_by"]),
    ("Customer count by payment method, largest first", "各支付方式的客户数，从多到少排列",
     f"SELECT p.支付方式, COUNT(*) FROM {CP} GROUP BY p.支付方式 ORDER BY COUNT(*) DESC",
     [*JOIN, "count", "group_by", "sorted"], True),
    ("How many customers on one-year contracts churned?", "一年期合同的客户流失了多少个",
     f"SELECT COUNT(*) FROM {CH} WHERE h.合同类型 = 'One year' AND c.churn = 'Yes'", [*JOIN, "count", "filter", *CV]),
    ("Churn rate of fiber optic customers on month-to-month contracts", "按月合同的光纤用户流失率",
     f"SELECT {RATE} FROM {CHI} WHERE h.合同类型 = 'Month-to-month' AND i.服务类型 = 'Fiber optic'",
     [*JOIN, "three_tables", *PCT, "filter", *CV]),
]  # fmt: skip

SINGLE = [
    ("What is the overall churn rate?", "整体客户流失率是多少",
     f"SELECT {RATE} FROM {C}", [*PCT]),
    ("How many customers churned?", "一共流失了多少客户",
     "SELECT COUNT(*) FROM customers WHERE churn = 'Yes'", ["count", "filter"]),
    ("What is the average monthly charge?", "客户的平均月费是多少",
     "SELECT AVG(monthly_charges) FROM customers", ["agg"]),
    ("What share of customers are senior citizens?", "老年客户占多大比例",
     "SELECT AVG(senior_citizen * 1.0) FROM customers", [*PCT]),
    ("Average tenure of churned vs retained customers", "流失客户和留存客户的平均在网时长分别是多少",
     "SELECT churn, AVG(tenure_months) FROM customers GROUP BY churn", ["agg", "group_by", "compare"]),
    ("Total monthly revenue across all customers", "全部客户的月费总和",
     "SELECT SUM(monthly_charges) FROM customers", ["agg"]),
    ("How many customers have been with us for more than 60 months?", "在网超过60个月的客户有多少",
     "SELECT COUNT(*) FROM customers WHERE tenure_months > 60", ["count", "filter", "range"]),
    ("How many customers pay between 70 and 90 a month?", "月费在70到90之间的客户有几个",
     "SELECT COUNT(*) FROM customers WHERE monthly_charges BETWEEN 70 AND 90", ["count", "range"]),
    ("Churn rate among senior citizens", "老年客户的流失率",
     f"SELECT {RATE} FROM {C} WHERE c.senior_citizen = 1", [*PCT, "filter"]),
    ("How many customers have both a partner and dependents?", "既有伴侣又有家属的客户有多少",
     "SELECT COUNT(*) FROM customers WHERE partner = 1 AND dependents = 1", ["count", "filter"]),
    ("Top 5 customers by total charges", "累计费用最高的5个客户",
     "SELECT customer_id, total_charges FROM customers ORDER BY total_charges DESC LIMIT 5", ["top_n"], False, [0]),
    ("What is the highest monthly charge?", "最高的月费是多少",
     "SELECT MAX(monthly_charges) FROM customers", ["agg", "superlative"]),
    ("Number of customers by multiple lines status", "按多线路开通情况统计客户数",
     "SELECT multiple_lines, COUNT(*) FROM customers GROUP BY multiple_lines", ["count", "group_by"]),
    ("Average monthly charges with and without paperless billing", "无纸化账单和纸质账单客户的平均月费对比",
     "SELECT paperless_billing, AVG(monthly_charges) FROM customers GROUP BY paperless_billing",
     ["agg", "group_by", "compare"]),
    ("How many customers have no phone service?", "没有电话服务的客户有多少",
     "SELECT COUNT(*) FROM customers WHERE phone_service = 0", ["count", "filter"]),
    ("What share of churned customers are women?", "流失客户中女性占多少比例",
     "SELECT AVG(female * 1.0) FROM customers WHERE churn = 'Yes'", [*PCT, "filter"]),
    ("Which payment methods are automatic?", "哪些支付方式是自动扣款的",
     "SELECT 支付方式 FROM 支付方式 WHERE 是否自动扣款 = 1", ["listing", "filter", "dimension"]),
    ("How many customers stream both TV and movies?", "同时开通流媒体电视和流媒体电影的客户数",
     "SELECT COUNT(*) FROM customers WHERE streaming_tv = 'Yes' AND streaming_movies = 'Yes'", ["count", "filter"]),
    ("List the customers who have no total charges yet", "列出还没有累计费用记录的客户",
     "SELECT customer_id FROM customers WHERE total_charges IS NULL", ["listing", "null"]),
    ("Average total charges of customers who churned", "流失客户的平均累计费用",
     "SELECT AVG(total_charges) FROM customers WHERE churn = 'Yes'", ["agg", "filter"]),
    ("Churn rate for customers with a tenure of 12 months or less", "在网12个月及以内的客户流失率",
     f"SELECT {RATE} FROM {C} WHERE c.tenure_months <= 12", [*PCT, "range"]),
    ("How many customers have online security?", "开通了在线安全服务的客户有多少",
     "SELECT COUNT(*) FROM customers WHERE online_security = 'Yes'", ["count", "filter"]),
]  # fmt: skip

BY_CONTRACT = f"SELECT h.合同类型, {RATE} FROM {CH} GROUP BY h.合同类型"
BY_CONTRACT_FIBER = (
    f"SELECT h.合同类型, {RATE} FROM {CHI} WHERE i.服务类型 = 'Fiber optic' GROUP BY h.合同类型"
)
BY_CONTRACT_DSL = f"SELECT h.合同类型, {RATE} FROM {CHI} WHERE i.服务类型 = 'DSL' GROUP BY h.合同类型"
MAILED = f"SELECT COUNT(*) FROM {CP} WHERE p.支付方式 = 'Mailed check'"
ECHECK = f"SELECT COUNT(*) FROM {CP} WHERE p.支付方式 = 'Electronic check'"
ECHECK_CHURN = f"SELECT COUNT(*) FROM {CP} WHERE p.支付方式 = 'Electronic check' AND c.churn = 'Yes'"
BY_NET = f"SELECT i.服务类型, AVG(c.monthly_charges) FROM {CI} GROUP BY i.服务类型"
BY_NET_SENIOR = (
    f"SELECT i.服务类型, AVG(c.monthly_charges) FROM {CI} WHERE c.senior_citizen = 1 GROUP BY i.服务类型"
)

CONVERSATIONS = [
    turn("Churn rate by contract type", "en", BY_CONTRACT, [*JOIN, *PCT, "group_by"], "c1-en", 0),
    turn("only fiber optic customers", "en", BY_CONTRACT_FIBER, [*FU, *PCT, "three_tables"], "c1-en", 1),
    turn("and for DSL?", "en", BY_CONTRACT_DSL, [*FU, *PCT, "three_tables"], "c1-en", 2),
    turn("按合同类型看流失率", "zh", BY_CONTRACT, [*JOIN, *PCT, "group_by"], "c1-zh", 0),
    turn("只看光纤用户", "zh", BY_CONTRACT_FIBER, [*FU, *PCT, "three_tables", *CV], "c1-zh", 1),
    turn("DSL用户呢", "zh", BY_CONTRACT_DSL, [*FU, *PCT, "three_tables"], "c1-zh", 2),
    turn("How many customers pay by mailed check?", "en", MAILED, [*JOIN, "count", "filter"], "c2-en", 0),
    turn("and by electronic check?", "en", ECHECK, [*FU, "count", "filter"], "c2-en", 1),
    turn("how many of them churned?", "en", ECHECK_CHURN, [*FU, "count", "filter"], "c2-en", 2),
    turn("用邮寄支票付款的客户有多少", "zh", MAILED, [*JOIN, "count", "filter", *CV], "c2-zh", 0),
    turn("电子支票呢", "zh", ECHECK, [*FU, "count", "filter", *CV], "c2-zh", 1),
    turn("其中流失了多少", "zh", ECHECK_CHURN, [*FU, "count", "filter"], "c2-zh", 2),
    turn("Average monthly charges by internet service", "en", BY_NET, [*JOIN, "agg", "group_by"], "c3-en", 0),
    turn("just senior citizens", "en", BY_NET_SENIOR, [*FU, "agg", "filter"], "c3-en", 1),
    turn("各互联网服务类型的平均月费", "zh", BY_NET, [*JOIN, "agg", "group_by"], "c3-zh", 0),
    turn("只看老年客户", "zh", BY_NET_SENIOR, [*FU, "agg", "filter"], "c3-zh", 1),
]  # fmt: skip

UNANSWERABLE = [
    ("How many customers churned in 2020?", "2020年流失了多少客户"),
    ("What is the average age of our customers?", "客户的平均年龄是多少"),
    ("Which city has the highest churn rate?", "哪个城市的流失率最高"),
    ("How much mobile data do fiber optic customers use per month on average?", "光纤用户平均每月用多少流量"),
    ("Show the monthly churn trend over the last year", "过去一年每个月的流失趋势"),
]


def questions():
    return bilingual_questions(JOINED + SINGLE, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "telco", questions(), source=SRC)
