"""Write questions.jsonl of the fast_food question set (hand-written, blind: the engine was not run on them
before they were committed, and its code was not read).

Real data: fast_food.csv (make_data.py): 515 entrees of 8 US fast-food chains with their nutrition facts
(openintro's `fastfood`), one row per menu item, Chinese headers, English values. Restaurants are stored as
the source spells them: Mcdonalds, Burger King, Subway, Taco Bell, Arbys, Sonic, Dairy Queen, Chick Fil-A.
"calories" / 热量 is 热量_千卡, "fat" / 脂肪 is 脂肪_克 (total fat), "salad" / 沙拉 is 是否沙拉 = '是'.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "fast_food.csv"
T = "fast_food"
CV = ["cross_lingual_value"]
SALAD = "是否沙拉 = '是'"


def avg_of(column: str, restaurant: str) -> str:
    return f"SELECT AVG({column}) FROM {T} WHERE 餐厅 = '{restaurant}'"


def top_items(column: str, n: int, where: str = "") -> str:
    cond = f" WHERE {where}" if where else ""
    return f"SELECT 菜品, {column} FROM {T}{cond} ORDER BY {column} DESC LIMIT {n}"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


PAIRS = [
    (
        "How many menu items are in the data?",
        "数据里一共有多少个菜品",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "How many different restaurant chains are covered?",
        "一共涉及几家连锁餐厅",
        f"SELECT COUNT(DISTINCT 餐厅) FROM {T}",
        ["count_distinct"],
    ),
    (
        "What is the average calorie count of an item?",
        "菜品的平均热量是多少千卡",
        f"SELECT AVG(热量_千卡) FROM {T}",
        ["agg"],
    ),
    (
        "Average calories by restaurant",
        "各家餐厅菜品的平均热量",
        f"SELECT 餐厅, AVG(热量_千卡) FROM {T} GROUP BY 餐厅",
        ["agg", "group_by"],
    ),
    (
        "Which chain has the highest average calories per item?",
        "哪家餐厅菜品的平均热量最高",
        f"SELECT 餐厅, AVG(热量_千卡) FROM {T} GROUP BY 餐厅 ORDER BY AVG(热量_千卡) DESC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "Which restaurant has the lowest average sodium?",
        "平均钠含量最低的是哪家餐厅",
        f"SELECT 餐厅, AVG(钠_毫克) FROM {T} GROUP BY 餐厅 ORDER BY AVG(钠_毫克) ASC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "How many items have more than 1000 calories?",
        "热量超过1000千卡的菜品有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE 热量_千卡 > 1000",
        ["count", "filter"],
    ),
    (
        "List the items over 1,000 calories and the restaurant each comes from",
        "列出热量超过1000千卡的菜品以及所属餐厅",
        f"SELECT 餐厅, 菜品 FROM {T} WHERE 热量_千卡 > 1000",
        ["list", "filter"],
    ),
    (
        "Which item has the most protein?",
        "蛋白质含量最高的是哪个菜品",
        top_items("蛋白质_克", 1),
        ["superlative"],
        False,
        [0],
    ),
    (
        "What is the lowest-calorie item on any menu?",
        "热量最低的菜品是哪个",
        f"SELECT 菜品, 热量_千卡 FROM {T} ORDER BY 热量_千卡 ASC LIMIT 1",
        ["superlative"],
        False,
        [0],
    ),
    (
        "What share of items have more than 50g of fat?",
        "脂肪超过50克的菜品占全部菜品的比例是多少",
        f"SELECT SUM(CASE WHEN 脂肪_克 > 50 THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T}",
        ["pct", "filter"],
    ),
    (
        "Compare the average calories of McDonald's and Burger King",
        "对比一下麦当劳和汉堡王的平均热量",
        f"SELECT 餐厅, AVG(热量_千卡) FROM {T} WHERE 餐厅 IN ('Mcdonalds', 'Burger King') GROUP BY 餐厅",
        ["compare", "group_by", "filter"],
        False,
        [1],
    ),
    (
        "How many salads does each chain have?",
        "每家餐厅各有几道沙拉",
        f"SELECT 餐厅, COUNT(*) FROM {T} WHERE {SALAD} GROUP BY 餐厅",
        ["count", "group_by", "filter"],
    ),
    (
        "Top 5 items by sodium",
        "钠含量最高的前5个菜品",
        top_items("钠_毫克", 5),
        ["top_n"],
        True,
        [0],
    ),
    (
        "Top 5 highest-calorie items",
        "热量最高的5个菜品",
        top_items("热量_千卡", 5),
        ["top_n"],
        True,
        [0],
    ),
    (
        "Number of menu items per restaurant",
        "每家餐厅有多少个菜品",
        f"SELECT 餐厅, COUNT(*) FROM {T} GROUP BY 餐厅",
        ["count", "group_by"],
    ),
    (
        "Which restaurant has the most items in the data?",
        "哪家餐厅的菜品数量最多",
        f"SELECT 餐厅, COUNT(*) FROM {T} GROUP BY 餐厅 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "What is the average sodium of Taco Bell items?",
        "塔可钟菜品的平均钠含量是多少",
        avg_of("钠_毫克", "Taco Bell"),
        ["agg", "filter", *CV],
    ),
    (
        "What is the highest calorie count of any Subway item?",
        "赛百味菜品里热量最高的有多少千卡",
        f"SELECT MAX(热量_千卡) FROM {T} WHERE 餐厅 = 'Subway'",
        ["max", "filter", *CV],
    ),
    (
        "How many items have between 300 and 500 calories?",
        "热量在300到500千卡之间的菜品有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE 热量_千卡 BETWEEN 300 AND 500",
        ["count", "range"],
    ),
    (
        "Which restaurants average more than 1,300 mg of sodium per item?",
        "哪些餐厅菜品的平均钠含量超过1300毫克",
        f"SELECT 餐厅, AVG(钠_毫克) FROM {T} GROUP BY 餐厅 HAVING AVG(钠_毫克) > 1300",
        ["having", "group_by"],
        False,
        [0],
    ),
    (
        "Average protein of salads versus non-salad items",
        "沙拉和非沙拉菜品的平均蛋白质分别是多少",
        f"SELECT 是否沙拉, AVG(蛋白质_克) FROM {T} GROUP BY 是否沙拉",
        ["compare", "group_by"],
        False,
        [1],
    ),
    (
        "How many Chick-fil-A items have more than 40 grams of protein?",
        "Chick-fil-A有几个菜品的蛋白质超过40克",
        f"SELECT COUNT(*) FROM {T} WHERE 餐厅 = 'Chick Fil-A' AND 蛋白质_克 > 40",
        ["count", "filter"],
    ),
    (
        "Rank the restaurants by average sugar, highest first",
        "按平均含糖量从高到低给各餐厅排个序",
        f"SELECT 餐厅, AVG(糖_克) FROM {T} GROUP BY 餐厅 ORDER BY AVG(糖_克) DESC",
        ["sort", "group_by"],
        True,
        [0],
    ),
    (
        "How many items contain no trans fat?",
        "不含反式脂肪的菜品有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE 反式脂肪_克 = 0",
        ["count", "filter"],
    ),
    (
        "What percentage of Subway's items are salads?",
        "赛百味的菜品中沙拉占多大比例",
        f"SELECT SUM(CASE WHEN {SALAD} THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T} WHERE 餐厅 = 'Subway'",
        ["pct", "filter", *CV],
    ),
    (
        "Top 3 chains by average protein per item",
        "平均蛋白质含量最高的3家餐厅",
        f"SELECT 餐厅, AVG(蛋白质_克) FROM {T} GROUP BY 餐厅 ORDER BY AVG(蛋白质_克) DESC LIMIT 3",
        ["top_n", "group_by"],
        True,
        [0],
    ),
    (
        "Which Burger King item has the most sugar?",
        "汉堡王含糖量最高的是哪个菜品",
        top_items("糖_克", 1, "餐厅 = 'Burger King'"),
        ["superlative", "filter", *CV],
        False,
        [0],
    ),
    (
        "Average cholesterol of Dairy Queen items",
        "冰雪皇后菜品的平均胆固醇",
        avg_of("胆固醇_毫克", "Dairy Queen"),
        ["agg", "filter", *CV],
    ),
    (
        "For each restaurant, how many items have more than 2,000 mg of sodium?",
        "各餐厅钠含量超过2000毫克的菜品各有多少个",
        f"SELECT 餐厅, COUNT(*) FROM {T} WHERE 钠_毫克 > 2000 GROUP BY 餐厅",
        ["count", "group_by", "filter"],
    ),
    (
        "Which item has the most fiber?",
        "膳食纤维最多的是哪个菜品",
        top_items("纤维_克", 1),
        ["superlative"],
        False,
        [0],
    ),
    (
        "How many more calories does the average McDonald's item have than the average Taco Bell item?",
        "麦当劳菜品的平均热量比塔可钟高多少",
        f"SELECT ({avg_of('热量_千卡', 'Mcdonalds')}) - ({avg_of('热量_千卡', 'Taco Bell')})",
        ["compare", "difference", *CV],
    ),
    (
        "Across all items, what share of the total calories comes from fat?",
        "所有菜品的总热量中来自脂肪的热量占多少比例",
        f"SELECT SUM(脂肪热量_千卡) * 1.0 / SUM(热量_千卡) FROM {T}",
        ["pct", "agg"],
    ),
    (
        "How many items are above the overall average calorie count?",
        "热量高于全部菜品平均值的菜品有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE 热量_千卡 > (SELECT AVG(热量_千卡) FROM {T})",
        ["count", "subquery"],
    ),
    (
        "List the Sonic items with more than 50 g of fat",
        "列出Sonic脂肪超过50克的菜品",
        f"SELECT 菜品 FROM {T} WHERE 餐厅 = 'Sonic' AND 脂肪_克 > 50",
        ["list", "filter"],
    ),
    (
        "Average saturated fat by restaurant",
        "各餐厅的平均饱和脂肪含量",
        f"SELECT 餐厅, AVG(饱和脂肪_克) FROM {T} GROUP BY 餐厅",
        ["agg", "group_by"],
    ),
    (
        "Which item has the highest cholesterol?",
        "胆固醇最高的菜品是哪个",
        top_items("胆固醇_毫克", 1),
        ["superlative"],
        False,
        [0],
    ),
    (
        "How many items does Arby's have?",
        "Arby's一共有多少个菜品",
        f"SELECT COUNT(*) FROM {T} WHERE 餐厅 = 'Arbys'",
        ["count", "filter"],
    ),
    (
        "Which chains offer at least 10 salads?",
        "沙拉不少于10道的餐厅有哪些",
        f"SELECT 餐厅, COUNT(*) FROM {T} WHERE {SALAD} GROUP BY 餐厅 HAVING COUNT(*) >= 10",
        ["having", "group_by", "filter"],
        False,
        [0],
    ),
    (
        "Average carbs at Taco Bell and at Subway",
        "塔可钟和赛百味的平均碳水化合物各是多少",
        f"SELECT 餐厅, AVG(碳水_克) FROM {T} WHERE 餐厅 IN ('Taco Bell', 'Subway') GROUP BY 餐厅",
        ["compare", "group_by", "filter", *CV],
        False,
        [1],
    ),
    (
        "How many McDonald's items are over 1000 calories?",
        "麦当劳有几个菜品热量超过1000千卡",
        f"SELECT COUNT(*) FROM {T} WHERE 餐厅 = 'Mcdonalds' AND 热量_千卡 > 1000",
        ["count", "filter", *CV],
    ),
    (
        "How many items have under 500 calories but more than 30 g of protein?",
        "热量低于500千卡、蛋白质超过30克的菜品有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE 热量_千卡 < 500 AND 蛋白质_克 > 30",
        ["count", "filter"],
    ),
    (
        "Highest and lowest calories at each restaurant",
        "每家餐厅菜品热量的最高值和最低值",
        f"SELECT 餐厅, MAX(热量_千卡), MIN(热量_千卡) FROM {T} GROUP BY 餐厅",
        ["max", "min", "group_by"],
    ),
    (
        "Which items have more than 30 g of sugar?",
        "含糖量超过30克的菜品有哪些",
        f"SELECT 菜品 FROM {T} WHERE 糖_克 > 30",
        ["list", "filter"],
    ),
    (
        "What share of Taco Bell's items have more than 1,000 mg of sodium?",
        "塔可钟的菜品里钠含量超过1000毫克的占多少",
        f"SELECT SUM(CASE WHEN 钠_毫克 > 1000 THEN 1 ELSE 0 END) * 1.0 / COUNT(*) FROM {T} "
        "WHERE 餐厅 = 'Taco Bell'",
        ["pct", "filter", *CV],
    ),
    (
        "How many items have no fiber figure recorded?",
        "有多少个菜品没有膳食纤维数据",
        f"SELECT COUNT(*) FROM {T} WHERE 纤维_克 IS NULL",
        ["count", "null"],
    ),
    (
        "How many items have chicken in their name?",
        "名字里带Chicken的菜品有多少个",
        f"SELECT COUNT(*) FROM {T} WHERE 菜品 LIKE '%chicken%'",
        ["count", "text_match"],
    ),
    (
        "Which restaurant has the most items over 1,000 calories?",
        "热量超过1000千卡的菜品最多的是哪家餐厅",
        f"SELECT 餐厅, COUNT(*) FROM {T} WHERE 热量_千卡 > 1000 GROUP BY 餐厅 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "group_by", "filter"],
        False,
        [0],
    ),
    (
        "Average calories of the items with more than 40 g of protein",
        "蛋白质超过40克的菜品平均热量是多少",
        f"SELECT AVG(热量_千卡) FROM {T} WHERE 蛋白质_克 > 40",
        ["agg", "filter"],
    ),
    (
        "How much fat is in a Big Mac?",
        "巨无霸的脂肪含量是多少克",
        f"SELECT 脂肪_克 FROM {T} WHERE 菜品 = 'Big Mac'",
        ["lookup", *CV],
    ),
    (
        "How many calories does a Whopper with cheese have?",
        "带芝士的皇堡热量是多少",
        f"SELECT 热量_千卡 FROM {T} WHERE 菜品 = 'WHOPPER w/ Cheese'",
        ["lookup", *CV],
    ),
    (
        "Top 3 Taco Bell items by protein",
        "塔可钟蛋白质最高的3个菜品",
        top_items("蛋白质_克", 3, "餐厅 = 'Taco Bell'"),
        ["top_n", "filter", *CV],
        True,
        [0],
    ),
    (
        "Total sodium of all Sonic items combined",
        "Sonic所有菜品的钠含量加起来一共多少毫克",
        f"SELECT SUM(钠_毫克) FROM {T} WHERE 餐厅 = 'Sonic'",
        ["agg", "filter"],
    ),
    (
        "Which restaurants have an average of more than 10 g of saturated fat per item?",
        "平均饱和脂肪超过10克的餐厅有哪些",
        f"SELECT 餐厅, AVG(饱和脂肪_克) FROM {T} GROUP BY 餐厅 HAVING AVG(饱和脂肪_克) > 10",
        ["having", "group_by"],
        False,
        [0],
    ),
    (
        "What is the average vitamin C (% of daily value) of the salads?",
        "沙拉的维生素C平均占每日推荐量的百分之多少",
        f"SELECT AVG(维生素C_日需百分比) FROM {T} WHERE {SALAD}",
        ["agg", "filter"],
    ),
]

CONVERSATIONS = [
    turn(
        "Average calories of McDonald's items",
        "en",
        avg_of("热量_千卡", "Mcdonalds"),
        ["agg", "filter"],
        "ff-c1-en",
        0,
    ),
    turn(
        "And Burger King?",
        "en",
        avg_of("热量_千卡", "Burger King"),
        ["agg", "filter", "follow_up"],
        "ff-c1-en",
        1,
    ),
    turn(
        "How many of their items are over 1000 calories?",
        "en",
        f"SELECT COUNT(*) FROM {T} WHERE 餐厅 = 'Burger King' AND 热量_千卡 > 1000",
        ["count", "filter", "follow_up"],
        "ff-c1-en",
        2,
    ),
    turn(
        "麦当劳菜品的平均热量", "zh", avg_of("热量_千卡", "Mcdonalds"), ["agg", "filter", *CV], "ff-c1-zh", 0
    ),
    turn(
        "汉堡王呢？",
        "zh",
        avg_of("热量_千卡", "Burger King"),
        ["agg", "filter", "follow_up", *CV],
        "ff-c1-zh",
        1,
    ),
    turn(
        "其中热量超过1000千卡的有几个",
        "zh",
        f"SELECT COUNT(*) FROM {T} WHERE 餐厅 = 'Burger King' AND 热量_千卡 > 1000",
        ["count", "filter", "follow_up"],
        "ff-c1-zh",
        2,
    ),
    turn(
        "Top 3 Subway items by protein",
        "en",
        top_items("蛋白质_克", 3, "餐厅 = 'Subway'"),
        ["top_n", "filter"],
        "ff-c2-en",
        0,
        True,
        [0],
    ),
    turn(
        "What about by sodium?",
        "en",
        top_items("钠_毫克", 3, "餐厅 = 'Subway'"),
        ["top_n", "filter", "follow_up"],
        "ff-c2-en",
        1,
        True,
        [0],
    ),
    turn(
        "赛百味蛋白质最高的3个菜品",
        "zh",
        top_items("蛋白质_克", 3, "餐厅 = 'Subway'"),
        ["top_n", "filter", *CV],
        "ff-c2-zh",
        0,
        True,
        [0],
    ),
    turn(
        "换成按钠含量排呢？",
        "zh",
        top_items("钠_毫克", 3, "餐厅 = 'Subway'"),
        ["top_n", "filter", "follow_up"],
        "ff-c2-zh",
        1,
        True,
        [0],
    ),
    turn(
        "How many salads are there?",
        "en",
        f"SELECT COUNT(*) FROM {T} WHERE {SALAD}",
        ["count", "filter"],
        "ff-c3-en",
        0,
    ),
    turn(
        "What's their average calorie count?",
        "en",
        f"SELECT AVG(热量_千卡) FROM {T} WHERE {SALAD}",
        ["agg", "filter", "follow_up"],
        "ff-c3-en",
        1,
    ),
    turn(
        "Only the ones from Subway",
        "en",
        f"SELECT AVG(热量_千卡) FROM {T} WHERE {SALAD} AND 餐厅 = 'Subway'",
        ["agg", "filter", "follow_up"],
        "ff-c3-en",
        2,
    ),
    turn(
        "一共有多少道沙拉",
        "zh",
        f"SELECT COUNT(*) FROM {T} WHERE {SALAD}",
        ["count", "filter"],
        "ff-c3-zh",
        0,
    ),
    turn(
        "它们的平均热量是多少",
        "zh",
        f"SELECT AVG(热量_千卡) FROM {T} WHERE {SALAD}",
        ["agg", "filter", "follow_up"],
        "ff-c3-zh",
        1,
    ),
    turn(
        "只看赛百味的",
        "zh",
        f"SELECT AVG(热量_千卡) FROM {T} WHERE {SALAD} AND 餐厅 = 'Subway'",
        ["agg", "filter", "follow_up", *CV],
        "ff-c3-zh",
        2,
    ),
]

UNANSWERABLE = [
    ("What is the average price of a Burger King item?", "汉堡王菜品的平均价格是多少"),
    ("Which item sold the most units last year?", "去年哪个菜品卖得最多"),
    (
        "How has the average calorie count of McDonald's menu changed since 2015?",
        "麦当劳菜单的平均热量从2015年以来有什么变化",
    ),
    ("Which chain has the most stores in the US?", "哪家连锁在美国的门店最多"),
    ("What is the average customer rating of Subway's salads?", "赛百味沙拉的顾客平均评分是多少"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "ff", questions, source=SRC)


if __name__ == "__main__":
    main()
