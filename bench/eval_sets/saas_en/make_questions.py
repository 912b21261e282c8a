"""Write questions.jsonl of the saas_en question set (hand-written questions, gold SQL over the two CSVs).

    python3 make_questions.py
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
C, T = "customers.csv", "tickets.csv"
TMONTH = "strftime('%Y-%m', opened_date)"
CMONTH = "strftime('%Y-%m', signup_date)"

# (source, question, lang, gold_sql, tags, ordered, compare, conversation, turn)
QUESTIONS = [
    # ---- en, customers
    (C, "How many customers do we have?", "en", "SELECT COUNT(*) FROM customers", ["count"]),
    (C, "total MRR", "en", "SELECT SUM(mrr) FROM customers", ["agg"]),
    (C, "What is the average MRR per plan?", "en", "SELECT plan, AVG(mrr) FROM customers GROUP BY plan",
     ["group_by", "agg"]),
    (C, "top 5 customers by mrr", "en",
     "SELECT company_name, mrr FROM customers ORDER BY mrr DESC LIMIT 5", ["top_n", "list"], True, [0]),
    (C, "Which plan has the highest churn rate?", "en",
     "SELECT plan, AVG(churned) AS v FROM customers GROUP BY plan ORDER BY v DESC LIMIT 1", ["top_n", "rate"],
     False, [0]),
    (C, "churn rate by region", "en", "SELECT region, AVG(churned) FROM customers GROUP BY region",
     ["group_by", "rate"]),
    (C, "How many customers have churned?", "en", "SELECT COUNT(*) FROM customers WHERE churned = 1",
     ["boolean", "count"]),
    (C, "number of active (not churned) customers in Europe", "en",
     "SELECT COUNT(*) FROM customers WHERE churned = 0 AND region = 'Europe'", ["boolean", "filter", "count"]),
    (C, "Total MRR of Enterprise customers", "en", "SELECT SUM(mrr) FROM customers WHERE plan = 'Enterprise'",
     ["filter", "agg"]),
    (C, "customers per industry", "en", "SELECT industry, COUNT(*) FROM customers GROUP BY industry",
     ["group_by", "count"]),
    (C, "Which account manager looks after the most MRR?", "en",
     "SELECT account_manager, SUM(mrr) AS v FROM customers GROUP BY account_manager ORDER BY v DESC LIMIT 1",
     ["top_n"], False, [0]),
    (C, "How many new customers signed up in 2024?", "en",
     "SELECT COUNT(*) FROM customers WHERE strftime('%Y', signup_date) = '2024'", ["date", "count"]),
    (C, "monthly signups in 2023", "en",
     f"SELECT {CMONTH} AS m, COUNT(*) FROM customers WHERE strftime('%Y', signup_date) = '2023' "
     "GROUP BY m ORDER BY m", ["trend"], True, [1]),
    (C, "Average number of seats for customers outside North America", "en",
     "SELECT AVG(seats) FROM customers WHERE region <> 'North America'", ["negation", "agg"]),
    (C, "list the Fintech customers with more than 40 seats", "en",
     "SELECT company_name FROM customers WHERE industry = 'Fintech' AND seats > 40", ["list", "filter"]),
    (C, "how many distinct industries are there", "en", "SELECT COUNT(DISTINCT industry) FROM customers",
     ["count", "distinct"]),
    (C, "MRR broken down by plan and region", "en",
     "SELECT plan, region, SUM(mrr) FROM customers GROUP BY plan, region", ["group_by"]),
    (C, "What's the smallest MRR among Growth plan customers?", "en",
     "SELECT MIN(mrr) FROM customers WHERE plan = 'Growth'", ["agg", "filter"]),
    (C, "customers that signed up before March 2022", "en",
     "SELECT company_name FROM customers WHERE signup_date < '2022-03-01'", ["list", "date"]),
    (C, "total mrr by region", "en", "SELECT region, SUM(mrr) FROM customers GROUP BY region",
     ["group_by"], False, None, "s-1", 0),
    (C, "now only the Business plan", "en",
     "SELECT region, SUM(mrr) FROM customers WHERE plan = 'Business' GROUP BY region",
     ["follow_up", "filter"], False, None, "s-1", 1),
    (C, "and the average instead?", "en",
     "SELECT region, AVG(mrr) FROM customers WHERE plan = 'Business' GROUP BY region",
     ["follow_up", "agg"], False, None, "s-1", 2),
    # ---- en, tickets
    (T, "Average resolution time by priority", "en",
     "SELECT priority, AVG(resolution_hours) FROM tickets GROUP BY priority", ["group_by", "agg"]),
    (T, "How many tickets were opened last month?", "en",
     "SELECT COUNT(*) FROM tickets WHERE opened_date >= '2024-11-01' AND opened_date < '2024-12-01'",
     ["date", "relative", "count"]),
    (T, "number of open tickets", "en", "SELECT COUNT(*) FROM tickets WHERE status = 'open'", ["filter", "count"]),
    (T, "tickets by channel", "en", "SELECT channel, COUNT(*) FROM tickets GROUP BY channel",
     ["group_by", "count"]),
    (T, "Which agent has the best average satisfaction score?", "en",
     "SELECT agent, AVG(satisfaction_score) AS v FROM tickets GROUP BY agent ORDER BY v DESC LIMIT 1",
     ["top_n"], False, [0]),
    (T, "How many urgent tickets were escalated?", "en",
     "SELECT COUNT(*) FROM tickets WHERE priority = 'urgent' AND escalated = 'true'", ["filter", "boolean", "count"]),
    (T, "tickets per month", "en", f"SELECT {TMONTH} AS m, COUNT(*) FROM tickets GROUP BY m ORDER BY m",
     ["trend"], True, [1]),
    (T, "What is the longest resolution time for high priority tickets?", "en",
     "SELECT MAX(resolution_hours) FROM tickets WHERE priority = 'high'", ["agg", "filter"]),
    (T, "the 5 tickets with the longest resolution time", "en",
     "SELECT ticket_id, resolution_hours FROM tickets ORDER BY resolution_hours DESC LIMIT 5", ["top_n", "list"],
     True, [0]),
    (T, "average satisfaction score for tickets that came in by phone", "en",
     "SELECT AVG(satisfaction_score) FROM tickets WHERE channel = 'phone'", ["filter", "agg"]),
    (T, "How many tickets did each agent handle in Q3?", "en",
     "SELECT agent, COUNT(*) FROM tickets WHERE opened_date >= '2024-07-01' AND opened_date < '2024-10-01' "
     "GROUP BY agent", ["group_by", "date"]),
    (T, "tickets resolved in under 5 hours", "en",
     "SELECT COUNT(*) FROM tickets WHERE resolution_hours < 5", ["filter", "count"]),
    (T, "ticket count by status and priority", "en",
     "SELECT status, priority, COUNT(*) FROM tickets GROUP BY status, priority", ["group_by", "count"]),
    (T, "How many tickets were opened in the last 30 days?", "en",
     "SELECT COUNT(*) FROM tickets WHERE opened_date > '2024-12-01'", ["date", "relative", "count"]),
    (T, "avg resolution hours for email tickets in 2024", "en",
     "SELECT AVG(resolution_hours) FROM tickets WHERE channel = 'email'", ["filter", "agg", "date"]),
    # ---- en, unanswerable
    (C, "What is the NPS of each plan?", "en", "", ["unanswerable"]),
    (T, "average first response time by agent", "en", "", ["unanswerable"]),
    (C, "How much revenue did we lose to refunds?", "en", "", ["unanswerable"]),
    # ---- zh (cross-lingual: English headers)
    (C, "一共有多少客户", "zh", "SELECT COUNT(*) FROM customers", ["count", "cross_lingual"]),
    (C, "各套餐的平均MRR", "zh", "SELECT plan, AVG(mrr) FROM customers GROUP BY plan", ["group_by", "cross_lingual"]),
    (C, "流失率最高的套餐是哪个", "zh",
     "SELECT plan, AVG(churned) AS v FROM customers GROUP BY plan ORDER BY v DESC LIMIT 1",
     ["top_n", "rate", "cross_lingual"], False, [0]),
    (C, "每个地区的客户数量", "zh", "SELECT region, COUNT(*) FROM customers GROUP BY region",
     ["group_by", "count", "cross_lingual"]),
    (C, "MRR最高的前3个客户", "zh",
     "SELECT company_name, mrr FROM customers ORDER BY mrr DESC LIMIT 3", ["top_n", "cross_lingual"], True, [0]),
    (C, "已流失的客户有多少个", "zh", "SELECT COUNT(*) FROM customers WHERE churned = 1",
     ["boolean", "count", "cross_lingual"]),
    (C, "2023年新签约的客户数", "zh", "SELECT COUNT(*) FROM customers WHERE strftime('%Y', signup_date) = '2023'",
     ["date", "count", "cross_lingual"]),
    (C, "Enterprise套餐客户的总座位数", "zh", "SELECT SUM(seats) FROM customers WHERE plan = 'Enterprise'",
     ["filter", "cross_lingual"]),
    (C, "各行业的MRR总和", "zh", "SELECT industry, SUM(mrr) FROM customers GROUP BY industry",
     ["group_by", "cross_lingual"], False, None, "s-2", 0),
    (C, "只看欧洲的", "zh",
     "SELECT industry, SUM(mrr) FROM customers WHERE region = 'Europe' GROUP BY industry",
     ["follow_up", "filter", "cross_lingual"], False, None, "s-2", 1),
    (T, "各优先级工单的平均解决时长", "zh", "SELECT priority, AVG(resolution_hours) FROM tickets GROUP BY priority",
     ["group_by", "cross_lingual"]),
    (T, "上个月开了多少工单", "zh",
     "SELECT COUNT(*) FROM tickets WHERE opened_date >= '2024-11-01' AND opened_date < '2024-12-01'",
     ["date", "relative", "count", "cross_lingual"]),
    (T, "每个客服处理的工单数", "zh", "SELECT agent, COUNT(*) FROM tickets GROUP BY agent",
     ["group_by", "count", "cross_lingual"]),
    (T, "按月统计工单数量", "zh", f"SELECT {TMONTH} AS m, COUNT(*) FROM tickets GROUP BY m ORDER BY m",
     ["trend", "cross_lingual"], True, [1]),
    (T, "紧急工单有多少", "zh", "SELECT COUNT(*) FROM tickets WHERE priority = 'urgent'",
     ["filter", "count", "cross_lingual"]),
    (T, "各渠道的平均满意度", "zh", "SELECT channel, AVG(satisfaction_score) FROM tickets GROUP BY channel",
     ["group_by", "cross_lingual"]),
    (T, "第四季度各状态的工单数", "zh",
     "SELECT status, COUNT(*) FROM tickets WHERE opened_date >= '2024-10-01' GROUP BY status",
     ["group_by", "date", "cross_lingual"]),
    (T, "被升级的工单数量", "zh", "SELECT COUNT(*) FROM tickets WHERE escalated = 'true'",
     ["boolean", "count", "cross_lingual"]),
    (C, "每个客户经理的续约率", "zh", "", ["unanswerable", "cross_lingual"]),
    (T, "工单的平均首次响应时间", "zh", "", ["unanswerable", "cross_lingual"]),
]


def main():
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as file:
        for number, spec in enumerate(QUESTIONS, 1):
            source, question, lang, gold, tags, *rest = spec
            ordered, compare, conversation, turn = (list(rest) + [False, None, None, 0][len(rest):])[:4]
            line = {
                "id": f"saas-{number:03d}", "source": source, "question": question, "lang": lang, "gold_sql": gold,
                "ordered": ordered, "compare": compare, "conversation": conversation, "turn": turn, "tags": tags,
            }
            file.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
