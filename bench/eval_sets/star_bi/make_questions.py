"""Write questions.jsonl of the star_bi question set (hand-written before the engine saw them).

star_bi.sqlite (make_data.py): 订单 and order_items facts; 客户, products, regions dimensions.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "star_bi.sqlite"

OC = "订单 o JOIN 客户 c ON o.客户编号 = c.客户编号"
OCR = OC + " JOIN regions r ON c.区域编号 = r.region_id"
IP = "order_items oi JOIN products p ON oi.product_id = p.product_id"
IPO = IP + " JOIN 订单 o ON oi.order_id = o.订单号"
IPOC = IPO + " JOIN 客户 c ON o.客户编号 = c.客户编号"
IPOCR = IPOC + " JOIN regions r ON c.区域编号 = r.region_id"
CR = "客户 c JOIN regions r ON c.区域编号 = r.region_id"
Y2024 = "o.下单日期 >= '2024-01-01' AND o.下单日期 < '2025-01-01'"
Y2023 = "o.下单日期 >= '2023-01-01' AND o.下单日期 < '2024-01-01'"


def orders_with(category):
    return f"SELECT oi.order_id FROM {IP} WHERE p.category = '{category}'"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "Total order amount by customer level",
        "各客户等级的订单金额合计",
        f"SELECT c.客户等级, SUM(o.金额) FROM {OC} GROUP BY c.客户等级",
        ["join", "group_by"],
    ),
    (
        "How many orders did VIP customers place?",
        "VIP客户下了多少单",
        f"SELECT COUNT(*) FROM {OC} WHERE c.客户等级 = 'VIP'",
        ["join", "count", "filter"],
    ),
    (
        "Top 5 cities by order amount",
        "订单金额最高的5个城市",
        f"SELECT c.城市, SUM(o.金额) AS v FROM {OC} GROUP BY c.城市 ORDER BY v DESC LIMIT 5",
        ["join", "top_n", "cross_lingual_value"],
        True,
        [0],
    ),
    (
        "Order amount by region",
        "各区域的订单金额",
        f"SELECT r.region_name, SUM(o.金额) FROM {OCR} GROUP BY r.region_name",
        ["join", "three_tables", "group_by"],
    ),
    (
        "How many customers are there in each region?",
        "每个区域有多少客户",
        f"SELECT r.region_name, COUNT(*) FROM {CR} GROUP BY r.region_name",
        ["join", "count", "group_by"],
    ),
    (
        "Quantity sold by product category",
        "各品类的销量",
        f"SELECT p.category, SUM(oi.quantity) FROM {IP} GROUP BY p.category",
        ["join", "group_by"],
    ),
    (
        "Sales amount by product category",
        "各品类的销售额",
        f"SELECT p.category, SUM(oi.amount) FROM {IP} GROUP BY p.category",
        ["join", "group_by"],
    ),
    (
        "Top 3 products by sales amount",
        "销售额最高的3个产品",
        f"SELECT p.product_name, SUM(oi.amount) AS v FROM {IP} GROUP BY p.product_name ORDER BY v DESC LIMIT 3",
        ["join", "top_n"],
        True,
        [0],
    ),
    (
        "Total amount of the orders that include an Electronics product",
        "包含电子产品的订单总金额",
        f"SELECT SUM(金额) FROM 订单 WHERE 订单号 IN ({orders_with('Electronics')})",
        ["join", "fanout", "cross_lingual_value"],
    ),
    (
        "How many orders include an Electronics product?",
        "有多少个订单包含电子产品",
        f"SELECT COUNT(DISTINCT oi.order_id) FROM {IP} WHERE p.category = 'Electronics'",
        ["join", "fanout", "count", "cross_lingual_value"],
    ),
    (
        "How many customers bought Apparel products?",
        "有多少客户买过服装类产品",
        f"SELECT COUNT(DISTINCT o.客户编号) FROM {IPO} WHERE p.category = 'Apparel'",
        ["join", "fanout", "count", "cross_lingual_value"],
    ),
    (
        "Amount of completed orders by region",
        "各区域已完成订单的金额",
        f"SELECT r.region_name, SUM(o.金额) FROM {OCR} WHERE o.状态 = '已完成' GROUP BY r.region_name",
        ["join", "three_tables", "filter", "cross_lingual_value"],
    ),
    (
        "Number of cancelled orders by customer level",
        "各客户等级的已取消订单数",
        f"SELECT c.客户等级, COUNT(*) FROM {OC} WHERE o.状态 = '已取消' GROUP BY c.客户等级",
        ["join", "count", "filter", "status_word"],
    ),
    (
        "Monthly order amount of VIP customers in 2024",
        "2024年VIP客户每月的订单金额",
        f"SELECT strftime('%Y-%m', o.下单日期) AS m, SUM(o.金额) FROM {OC} WHERE c.客户等级 = 'VIP' AND {Y2024} "
        "GROUP BY m",
        ["join", "trend", "filter"],
        False,
        [1],
    ),
    (
        "Total 2024 order amount of 金卡 customers",
        "2024年金卡客户的订单金额",
        f"SELECT SUM(o.金额) FROM {OC} WHERE c.客户等级 = '金卡' AND {Y2024}",
        ["join", "filter", "year"],
    ),
    (
        "Average order amount by customer level",
        "各客户等级的平均订单金额",
        f"SELECT c.客户等级, AVG(o.金额) FROM {OC} GROUP BY c.客户等级",
        ["join", "group_by", "agg"],
    ),
    (
        "Top 5 customers by order amount",
        "订单金额最高的5个客户",
        f"SELECT c.客户名称, SUM(o.金额) AS v FROM {OC} GROUP BY c.客户编号 ORDER BY v DESC LIMIT 5",
        ["join", "top_n", "label"],
        True,
        [0],
    ),
    (
        "Which region has the highest order amount?",
        "订单金额最高的区域是哪个",
        f"SELECT r.region_name, SUM(o.金额) AS v FROM {OCR} GROUP BY r.region_name ORDER BY v DESC LIMIT 1",
        ["join", "three_tables", "top_n"],
        False,
        [0],
    ),
    (
        "Who manages the region with the highest order amount?",
        "订单金额最高的区域的负责人是谁",
        f"SELECT r.manager, SUM(o.金额) AS v FROM {OCR} GROUP BY r.region_id ORDER BY v DESC LIMIT 1",
        ["join", "three_tables", "top_n"],
        False,
        [0],
    ),
    (
        "How many customers in each city placed orders in 2024?",
        "2024年每个城市有多少客户下过单",
        f"SELECT c.城市, COUNT(DISTINCT o.客户编号) FROM {OC} WHERE {Y2024} GROUP BY c.城市",
        ["join", "fanout", "count", "year"],
    ),
    (
        "How many customers have never placed an order?",
        "没有下过单的客户有多少个",
        "SELECT COUNT(*) FROM 客户 WHERE 客户编号 NOT IN (SELECT 客户编号 FROM 订单)",
        ["anti_join", "count"],
    ),
    (
        "Number of orders per product category",
        "每个品类有多少个订单",
        f"SELECT p.category, COUNT(DISTINCT oi.order_id) FROM {IP} GROUP BY p.category",
        ["join", "fanout", "count", "group_by"],
    ),
    (
        "Gross profit by product category",
        "各品类的毛利",
        f"SELECT p.category, SUM(oi.amount - oi.quantity * p.unit_cost) FROM {IP} GROUP BY p.category",
        ["join", "derived", "group_by"],
    ),
    (
        "Average unit price of products by category",
        "各品类产品的平均单价",
        "SELECT category, AVG(unit_price) FROM products GROUP BY category",
        ["single_table", "group_by"],
    ),
    (
        "How many products are in each category?",
        "每个品类有多少种产品",
        "SELECT category, COUNT(*) FROM products GROUP BY category",
        ["single_table", "count"],
    ),
    (
        "What is the total order amount?",
        "订单总金额是多少",
        "SELECT SUM(金额) FROM 订单",
        ["single_table", "agg"],
    ),
    (
        "How many customers are there?",
        "一共有多少客户",
        "SELECT COUNT(*) FROM 客户",
        ["single_table", "count"],
    ),
    (
        "Total order amount of customers in Shanghai",
        "上海客户的订单总额",
        f"SELECT SUM(o.金额) FROM {OC} WHERE c.城市 = '上海'",
        ["join", "filter", "cross_lingual_value"],
    ),
    (
        "Order amount of customers who registered in 2023",
        "2023年注册的客户的订单金额",
        f"SELECT SUM(o.金额) FROM {OC} WHERE c.注册日期 >= '2023-01-01' AND c.注册日期 < '2024-01-01'",
        ["join", "filter", "year", "dimension_date"],
    ),
    (
        "Number of orders by region and customer level",
        "各区域各客户等级的订单数",
        f"SELECT r.region_name, c.客户等级, COUNT(*) FROM {OCR} GROUP BY r.region_name, c.客户等级",
        ["join", "three_tables", "two_dims", "count"],
    ),
    (
        "What share of the total order amount comes from VIP customers?",
        "VIP客户的订单金额占总金额的比例",
        f"SELECT SUM(CASE WHEN c.客户等级 = 'VIP' THEN o.金额 ELSE 0 END) * 1.0 / SUM(o.金额) FROM {OC}",
        ["join", "share", "pct"],
    ),
    (
        "Electronics sales in the 华南 region",
        "华南区域的电子产品销售额",
        f"SELECT SUM(oi.amount) FROM {IPOCR} WHERE p.category = 'Electronics' AND r.region_name = '华南'",
        ["join", "five_tables", "filter", "cross_lingual_value"],
    ),
    (
        "Sales amount of each product in 2024",
        "2024年每个产品的销售额",
        f"SELECT p.product_name, SUM(oi.amount) FROM {IPO} WHERE {Y2024} GROUP BY p.product_name",
        ["join", "three_tables", "year", "group_by"],
    ),
    (
        "How many different products have VIP customers bought?",
        "VIP客户买过多少种产品",
        f"SELECT COUNT(DISTINCT oi.product_id) FROM {IPOC} WHERE c.客户等级 = 'VIP'",
        ["join", "four_tables", "count", "distinct"],
    ),
    (
        "Which customer level placed the most orders?",
        "下单最多的客户等级是哪个",
        f"SELECT c.客户等级, COUNT(*) AS n FROM {OC} GROUP BY c.客户等级 ORDER BY n DESC LIMIT 1",
        ["join", "top_n", "count"],
        False,
        [0],
    ),
    (
        "How many Laptops were sold to customers in 华东?",
        "华东客户买了多少台Laptop",
        f"SELECT SUM(oi.quantity) FROM {IPOCR} WHERE p.product_name = 'Laptop' AND r.region_name = '华东'",
        ["join", "five_tables", "quantity"],
    ),
    (
        "Number of orders by status",
        "各状态的订单数",
        "SELECT 状态, COUNT(*) FROM 订单 GROUP BY 状态",
        ["single_table", "count", "group_by"],
    ),
    (
        "Average amount of the orders that include a Sports product",
        "包含运动类产品的订单的平均金额",
        f"SELECT AVG(金额) FROM 订单 WHERE 订单号 IN ({orders_with('Sports')})",
        ["join", "fanout", "agg", "cross_lingual_value"],
    ),
    (
        "Top 3 regions by number of orders",
        "订单数最多的3个区域",
        f"SELECT r.region_name, COUNT(*) AS n FROM {OCR} GROUP BY r.region_name ORDER BY n DESC LIMIT 3",
        ["join", "three_tables", "top_n", "count"],
        True,
        [0],
    ),
    (
        "Average order amount of customers in Beijing",
        "北京客户的平均订单金额",
        f"SELECT AVG(o.金额) FROM {OC} WHERE c.城市 = '北京'",
        ["join", "filter", "agg", "cross_lingual_value"],
    ),
    (
        "Order amount by city for 金卡 customers",
        "金卡客户各城市的订单金额",
        f"SELECT c.城市, SUM(o.金额) FROM {OC} WHERE c.客户等级 = '金卡' GROUP BY c.城市",
        ["join", "filter", "group_by"],
    ),
    (
        "Which customers have a total order amount above 20000?",
        "订单总额超过2万的客户有哪些",
        f"SELECT c.客户名称 FROM {OC} GROUP BY c.客户编号 HAVING SUM(o.金额) > 20000",
        ["join", "having", "label", "number_words"],
    ),
    (
        "Which product category has the highest sales in 西南?",
        "西南区域销售额最高的品类是哪个",
        f"SELECT p.category, SUM(oi.amount) AS v FROM {IPOCR} WHERE r.region_name = '西南' GROUP BY p.category "
        "ORDER BY v DESC LIMIT 1",
        ["join", "five_tables", "top_n"],
        False,
        [0],
    ),
    (
        "2024 order amount by region",
        "2024年各区域的订单金额",
        f"SELECT r.region_name, SUM(o.金额) FROM {OCR} WHERE {Y2024} GROUP BY r.region_name",
        ["join", "three_tables", "year"],
    ),
    (
        "Number of orders per customer level in 2023",
        "2023年各客户等级的订单数",
        f"SELECT c.客户等级, COUNT(*) FROM {OC} WHERE {Y2023} GROUP BY c.客户等级",
        ["join", "count", "year"],
    ),
    (
        "How many customers are in each level?",
        "各等级的客户数量",
        "SELECT 客户等级, COUNT(*) FROM 客户 GROUP BY 客户等级",
        ["single_table", "count"],
    ),
    (
        "Total quantity of items bought by VIP customers",
        "VIP客户购买的商品总件数",
        f"SELECT SUM(oi.quantity) FROM {IPOC} WHERE c.客户等级 = 'VIP'",
        ["join", "four_tables", "quantity"],
    ),
    (
        "Order amount by customer level, excluding cancelled orders",
        "不含已取消订单，各客户等级的订单金额",
        f"SELECT c.客户等级, SUM(o.金额) FROM {OC} WHERE o.状态 <> '已取消' GROUP BY c.客户等级",
        ["join", "negation", "group_by", "status_word"],
    ),
    (
        "Which region has the most VIP customers?",
        "VIP客户最多的区域是哪个",
        f"SELECT r.region_name, COUNT(*) AS n FROM {CR} WHERE c.客户等级 = 'VIP' GROUP BY r.region_name "
        "ORDER BY n DESC LIMIT 1",
        ["join", "top_n", "count"],
        False,
        [0],
    ),
    (
        "Cost of goods sold by region",
        "各区域的销售成本",
        f"SELECT r.region_name, SUM(oi.quantity * p.unit_cost) FROM {IPOCR} GROUP BY r.region_name",
        ["join", "five_tables", "derived"],
    ),
]

LEVEL_SUM = f"SELECT c.客户等级, SUM(o.金额) FROM {OC} GROUP BY c.客户等级"
GOLD_SUM = f"SELECT SUM(o.金额) FROM {OC} WHERE c.客户等级 = '金卡'"
TOP_CITIES = f"SELECT c.城市, SUM(o.金额) AS v FROM {OC} GROUP BY c.城市 ORDER BY v DESC LIMIT 5"
TOP_CITIES_VIP = f"SELECT c.城市, SUM(o.金额) AS v FROM {OC} WHERE c.客户等级 = 'VIP' GROUP BY c.城市 ORDER BY v DESC LIMIT 5"
VIP_ORDERS = f"SELECT COUNT(*) FROM {OC} WHERE c.客户等级 = 'VIP'"
VIP_ORDERS_2024 = f"SELECT COUNT(*) FROM {OC} WHERE c.客户等级 = 'VIP' AND {Y2024}"
REGION_SUM = f"SELECT r.region_name, SUM(o.金额) FROM {OCR} GROUP BY r.region_name"
REGION_SUM_NOT_CANCELLED = (
    f"SELECT r.region_name, SUM(o.金额) FROM {OCR} WHERE o.状态 <> '已取消' GROUP BY r.region_name"
)
# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    ("Total order amount by customer level", "en", LEVEL_SUM, ["join", "group_by"], False, None, "s1-en", 0),
    ("only 金卡 customers", "en", GOLD_SUM, ["join", "follow_up", "filter"], False, None, "s1-en", 1),
    ("各客户等级的订单金额合计", "zh", LEVEL_SUM, ["join", "group_by"], False, None, "s1-zh", 0),
    ("只看金卡客户呢？", "zh", GOLD_SUM, ["join", "follow_up", "filter"], False, None, "s1-zh", 1),
    ("Top 5 cities by order amount", "en", TOP_CITIES, ["join", "top_n"], True, [0], "s2-en", 0),
    ("only for VIP customers", "en", TOP_CITIES_VIP, ["join", "follow_up", "top_n"], True, [0], "s2-en", 1),
    ("订单金额最高的5个城市", "zh", TOP_CITIES, ["join", "top_n"], True, [0], "s2-zh", 0),
    ("只看VIP客户呢？", "zh", TOP_CITIES_VIP, ["join", "follow_up", "top_n"], True, [0], "s2-zh", 1),
    (
        "How many orders did VIP customers place?",
        "en",
        VIP_ORDERS,
        ["join", "count"],
        False,
        None,
        "s3-en",
        0,
    ),
    ("and in 2024?", "en", VIP_ORDERS_2024, ["join", "follow_up", "year"], False, None, "s3-en", 1),
    ("VIP客户下了多少单", "zh", VIP_ORDERS, ["join", "count"], False, None, "s3-zh", 0),
    ("2024年呢？", "zh", VIP_ORDERS_2024, ["join", "follow_up", "year"], False, None, "s3-zh", 1),
    ("Order amount by region", "en", REGION_SUM, ["join", "group_by"], False, None, "s4-en", 0),
    (
        "excluding cancelled orders",
        "en",
        REGION_SUM_NOT_CANCELLED,
        ["join", "follow_up", "negation"],
        False,
        None,
        "s4-en",
        1,
    ),
    ("各区域的订单金额", "zh", REGION_SUM, ["join", "group_by"], False, None, "s4-zh", 0),
    (
        "去掉已取消的订单",
        "zh",
        REGION_SUM_NOT_CANCELLED,
        ["join", "follow_up", "negation"],
        False,
        None,
        "s4-zh",
        1,
    ),
]

UNANSWERABLE = [
    ("What is each customer's credit limit?", "各客户的信用额度是多少"),
    ("Which salesperson sold the most?", "哪个销售员业绩最好"),
    ("What are the tracking numbers of the orders?", "订单的物流单号是什么"),
    ("Average product rating by category", "各品类产品的平均用户评分"),
    ("Age distribution of customers", "客户的年龄分布"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "star", questions(), source=SRC)
    # The same questions over the same tables uploaded as a multi-sheet workbook.
    write_questions(os.path.join(HERE, "..", "star_bi_xlsx"), "starx", questions(), source="star_bi.xlsx")
