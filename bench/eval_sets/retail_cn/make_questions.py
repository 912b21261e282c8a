"""Write questions.jsonl of the retail_cn question set (hand-written questions, gold SQL over sales.csv).

python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "sales.csv"
MONTH = "strftime('%Y-%m', 销售日期)"

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
QUESTIONS = [
    # ---- zh: totals and counts
    ("总销售额是多少？", "zh", "SELECT SUM(销售金额) FROM sales", ["agg"]),
    ("一共有多少笔销售记录", "zh", "SELECT COUNT(*) FROM sales", ["count"]),
    ("平均每单的销售金额", "zh", "SELECT AVG(销售金额) FROM sales", ["agg"]),
    ("我们有几家门店？", "zh", "SELECT COUNT(DISTINCT 门店) FROM sales", ["count", "distinct"]),
    ("列出所有的区域", "zh", "SELECT DISTINCT 区域 FROM sales", ["list", "distinct"]),
    # ---- zh: group by
    ("各区域的销售额", "zh", "SELECT 区域, SUM(销售金额) FROM sales GROUP BY 区域", ["group_by"]),
    ("每个门店的毛利合计是多少", "zh", "SELECT 门店, SUM(毛利) FROM sales GROUP BY 门店", ["group_by"]),
    (
        "按商品类别统计平均单价",
        "zh",
        "SELECT 商品类别, AVG(单价) FROM sales GROUP BY 商品类别",
        ["group_by", "agg"],
    ),
    (
        "不同支付方式分别有多少订单",
        "zh",
        "SELECT 支付方式, COUNT(*) FROM sales GROUP BY 支付方式",
        ["group_by", "count"],
    ),
    (
        "各区域各商品类别的销售额",
        "zh",
        "SELECT 区域, 商品类别, SUM(销售金额) FROM sales GROUP BY 区域, 商品类别",
        ["group_by"],
    ),
    ("各门店的毛力", "zh", "SELECT 门店, SUM(毛利) FROM sales GROUP BY 门店", ["group_by", "typo"]),
    ("每个销售员的成本总和", "zh", "SELECT 销售员, SUM(成本) FROM sales GROUP BY 销售员", ["group_by"]),
    # ---- zh: ranking
    (
        "销售额最高的前5个门店",
        "zh",
        "SELECT 门店, SUM(销售金额) AS v FROM sales GROUP BY 门店 ORDER BY v DESC LIMIT 5",
        ["top_n"],
        True,
        [0],
    ),
    (
        "哪个销售员的销售额最高？",
        "zh",
        "SELECT 销售员, SUM(销售金额) AS v FROM sales GROUP BY 销售员 ORDER BY v DESC LIMIT 1",
        ["top_n"],
        False,
        [0],
    ),
    (
        "毛利最低的3个商品",
        "zh",
        "SELECT 商品名称, SUM(毛利) AS v FROM sales GROUP BY 商品名称 ORDER BY v ASC LIMIT 3",
        ["bottom_n"],
        True,
        [0],
    ),
    (
        "销量最好的商品类别是哪个",
        "zh",
        "SELECT 商品类别, SUM(销售数量) AS v FROM sales GROUP BY 商品类别 ORDER BY v DESC LIMIT 1",
        ["top_n"],
        False,
        [0],
    ),
    (
        "日用品类销量前三的商品",
        "zh",
        "SELECT 商品名称, SUM(销售数量) AS v FROM sales WHERE 商品类别 = '日用品' GROUP BY 商品名称 ORDER BY v DESC LIMIT 3",
        ["top_n", "filter"],
        True,
        [0],
    ),
    # ---- zh: filters
    ("华东区的总销售额", "zh", "SELECT SUM(销售金额) FROM sales WHERE 区域 = '华东'", ["filter"]),
    (
        "除了华北以外，各区域的销售数量",
        "zh",
        "SELECT 区域, SUM(销售数量) FROM sales WHERE 区域 <> '华北' GROUP BY 区域",
        ["negation", "group_by"],
    ),
    (
        "用微信支付的订单有多少",
        "zh",
        "SELECT COUNT(*) FROM sales WHERE 支付方式 = '微信'",
        ["filter", "count"],
    ),
    (
        "销售金额超过1000元的订单数",
        "zh",
        "SELECT COUNT(*) FROM sales WHERE 销售金额 > 1000",
        ["filter", "count"],
    ),
    ("非会员的平均毛利", "zh", "SELECT AVG(毛利) FROM sales WHERE 是否会员 = '否'", ["boolean", "agg"]),
    (
        "饮料和零食一共卖了多少件",
        "zh",
        "SELECT SUM(销售数量) FROM sales WHERE 商品类别 IN ('饮料', '零食')",
        ["filter", "list_values"],
    ),
    (
        "张伟2024年的销售额",
        "zh",
        "SELECT SUM(销售金额) FROM sales WHERE 销售员 = '张伟' AND strftime('%Y', 销售日期) = '2024'",
        ["filter", "date"],
    ),
    (
        "会员订单占比是多少",
        "zh",
        "SELECT AVG(CASE WHEN 是否会员 = '是' THEN 1.0 ELSE 0 END) FROM sales",
        ["share"],
    ),
    # ---- zh: dates
    (
        "2024年3月的销售额",
        "zh",
        "SELECT SUM(销售金额) FROM sales WHERE 销售日期 >= '2024-03-01' AND 销售日期 < '2024-04-01'",
        ["date"],
    ),
    (
        "2024年第二季度各区域的毛利",
        "zh",
        "SELECT 区域, SUM(毛利) FROM sales WHERE 销售日期 >= '2024-04-01' AND 销售日期 < '2024-07-01' GROUP BY 区域",
        ["date", "group_by"],
    ),
    (
        "2024年上半年的销售数量是多少",
        "zh",
        "SELECT SUM(销售数量) FROM sales WHERE 销售日期 >= '2024-01-01' AND 销售日期 < '2024-07-01'",
        ["date"],
    ),
    (
        "去年下半年的毛利总额",
        "zh",
        "SELECT SUM(毛利) FROM sales WHERE 销售日期 >= '2023-07-01' AND 销售日期 < '2024-01-01'",
        ["date", "relative"],
    ),
    (
        "最近三个月的销售额",
        "zh",
        "SELECT SUM(销售金额) FROM sales WHERE 销售日期 >= '2024-10-01'",
        ["date", "relative"],
    ),
    (
        "每月销售额的趋势",
        "zh",
        f"SELECT {MONTH} AS m, SUM(销售金额) FROM sales GROUP BY m ORDER BY m",
        ["trend"],
        True,
        [1],
    ),
    (
        "成都春熙路店2024年每个月的销售额",
        "zh",
        f"SELECT {MONTH} AS m, SUM(销售金额) FROM sales WHERE 门店 = '成都春熙路店' "
        "AND strftime('%Y', 销售日期) = '2024' GROUP BY m ORDER BY m",
        ["trend", "filter"],
        True,
        [1],
    ),
    # ---- zh: follow-ups
    (
        "2024年第三季度各区域的销售额",
        "zh",
        "SELECT 区域, SUM(销售金额) FROM sales WHERE 销售日期 >= '2024-07-01' AND 销售日期 < '2024-10-01' GROUP BY 区域",
        ["date", "group_by"],
        False,
        None,
        "r-1",
        0,
    ),
    (
        "那上个季度呢？",
        "zh",
        "SELECT 区域, SUM(销售金额) FROM sales WHERE 销售日期 >= '2024-04-01' AND 销售日期 < '2024-07-01' GROUP BY 区域",
        ["follow_up", "date"],
        False,
        None,
        "r-1",
        1,
    ),
    (
        "换成毛利",
        "zh",
        "SELECT 区域, SUM(毛利) FROM sales WHERE 销售日期 >= '2024-04-01' AND 销售日期 < '2024-07-01' GROUP BY 区域",
        ["follow_up"],
        False,
        None,
        "r-1",
        2,
    ),
    (
        "各商品类别的销售数量",
        "zh",
        "SELECT 商品类别, SUM(销售数量) FROM sales GROUP BY 商品类别",
        ["group_by"],
        False,
        None,
        "r-2",
        0,
    ),
    (
        "只看华东区",
        "zh",
        "SELECT 商品类别, SUM(销售数量) FROM sales WHERE 区域 = '华东' GROUP BY 商品类别",
        ["follow_up", "filter"],
        False,
        None,
        "r-2",
        1,
    ),
    # ---- zh: unanswerable
    ("各门店的客流量", "zh", "", ["unanswerable"]),
    ("各区域的退货率是多少", "zh", "", ["unanswerable"]),
    ("销售员的平均年龄", "zh", "", ["unanswerable"]),
    ("明天会下雨吗", "zh", "", ["unanswerable"]),
    # ---- en (cross-lingual: Chinese headers)
    ("What is the total sales amount?", "en", "SELECT SUM(销售金额) FROM sales", ["agg", "cross_lingual"]),
    (
        "gross profit by region",
        "en",
        "SELECT 区域, SUM(毛利) FROM sales GROUP BY 区域",
        ["group_by", "cross_lingual"],
    ),
    (
        "Top 3 stores by revenue",
        "en",
        "SELECT 门店, SUM(销售金额) AS v FROM sales GROUP BY 门店 ORDER BY v DESC LIMIT 3",
        ["top_n", "cross_lingual"],
        True,
        [0],
    ),
    (
        "How many transactions were there in March 2024?",
        "en",
        "SELECT COUNT(*) FROM sales WHERE 销售日期 >= '2024-03-01' AND 销售日期 < '2024-04-01'",
        ["count", "date", "cross_lingual"],
    ),
    (
        "Which product category has the lowest gross profit?",
        "en",
        "SELECT 商品类别, SUM(毛利) AS v FROM sales GROUP BY 商品类别 ORDER BY v ASC LIMIT 1",
        ["bottom_n", "cross_lingual"],
        False,
        [0],
    ),
    (
        "number of distinct salespeople",
        "en",
        "SELECT COUNT(DISTINCT 销售员) FROM sales",
        ["count", "distinct", "cross_lingual"],
    ),
    (
        "Average quantity per transaction for members",
        "en",
        "SELECT AVG(销售数量) FROM sales WHERE 是否会员 = '是'",
        ["agg", "boolean", "cross_lingual"],
    ),
    (
        "Show me monthly sales for 2024",
        "en",
        f"SELECT {MONTH} AS m, SUM(销售金额) FROM sales WHERE strftime('%Y', 销售日期) = '2024' GROUP BY m ORDER BY m",
        ["trend", "cross_lingual"],
        True,
        [1],
    ),
    (
        "how many orders had a sales amount above 2000",
        "en",
        "SELECT COUNT(*) FROM sales WHERE 销售金额 > 2000",
        ["filter", "count", "cross_lingual"],
    ),
    (
        "What was the total cost in Q2 2024?",
        "en",
        "SELECT SUM(成本) FROM sales WHERE 销售日期 >= '2024-04-01' AND 销售日期 < '2024-07-01'",
        ["date", "cross_lingual"],
    ),
    (
        "sales amount per payment method",
        "en",
        "SELECT 支付方式, SUM(销售金额) FROM sales GROUP BY 支付方式",
        ["group_by", "cross_lingual"],
    ),
    (
        "Which salesperson sold the most units?",
        "en",
        "SELECT 销售员, SUM(销售数量) AS v FROM sales GROUP BY 销售员 ORDER BY v DESC LIMIT 1",
        ["top_n", "cross_lingual"],
        False,
        [0],
    ),
    (
        "Total gross profit last year",
        "en",
        "SELECT SUM(毛利) FROM sales WHERE strftime('%Y', 销售日期) = '2023'",
        ["date", "relative", "cross_lingual"],
    ),
    (
        "What's the average unit price of each product category, highest first?",
        "en",
        "SELECT 商品类别, AVG(单价) AS v FROM sales GROUP BY 商品类别 ORDER BY v DESC",
        ["group_by", "cross_lingual"],
        True,
        [0],
    ),
    (
        "revenue by store for non-members",
        "en",
        "SELECT 门店, SUM(销售金额) FROM sales WHERE 是否会员 = '否' GROUP BY 门店",
        ["group_by", "boolean", "cross_lingual"],
    ),
    (
        "Quarterly gross profit in 2024",
        "en",
        "SELECT (CAST(strftime('%m', 销售日期) AS INTEGER) + 2) / 3 AS q, SUM(毛利) FROM sales "
        "WHERE strftime('%Y', 销售日期) = '2024' GROUP BY q ORDER BY q",
        ["trend", "cross_lingual"],
        True,
        [1],
    ),
    (
        "Sales amount by product category in 2023",
        "en",
        "SELECT 商品类别, SUM(销售金额) FROM sales WHERE strftime('%Y', 销售日期) = '2023' GROUP BY 商品类别",
        ["group_by", "date", "cross_lingual"],
        False,
        None,
        "r-3",
        0,
    ),
    (
        "what about 2024?",
        "en",
        "SELECT 商品类别, SUM(销售金额) FROM sales WHERE strftime('%Y', 销售日期) = '2024' GROUP BY 商品类别",
        ["follow_up", "date", "cross_lingual"],
        False,
        None,
        "r-3",
        1,
    ),
    ("What is the customer satisfaction score of each store?", "en", "", ["unanswerable", "cross_lingual"]),
    ("How much inventory is left for each product?", "en", "", ["unanswerable", "cross_lingual"]),
]


def main():
    write_questions(HERE, "rc", QUESTIONS, source=SRC)


if __name__ == "__main__":
    main()
