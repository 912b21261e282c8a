"""Write questions.jsonl of the diamonds question set (hand-written, blind: the engine was not run on them
before they were committed, and its code and tests were not read).

Real data: diamonds.csv (make_data.py): 53,940 round-cut diamonds with price, carat, cut, colour, clarity
and measurements (ggplot2's `diamonds`; see README.md). One table, English headers and values.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "diamonds.csv"
T = "diamonds"
ALL = f"(SELECT COUNT(*) FROM {T})"
CV = ["cross_lingual_value"]
COLOR_J = "color = 'J'"
COLOR_D = "color = 'D'"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def count_cut(cut: str, where: str = "") -> str:
    return f"SELECT COUNT(*) FROM {T} WHERE cut = '{cut}'{where}"


def price_by_color(where: str = "") -> str:
    return f"SELECT color, AVG(price_usd) FROM {T}{where} GROUP BY color"


def carat_by_color(where: str = "") -> str:
    return f"SELECT color, AVG(carat) FROM {T}{where} GROUP BY color"


def top_clarity(where: str = "") -> str:
    return f"SELECT clarity, AVG(price_usd) FROM {T}{where} GROUP BY clarity ORDER BY AVG(price_usd) DESC LIMIT 3"


def avg_price(where: str) -> str:
    return f"(SELECT AVG(price_usd) FROM {T} WHERE {where})"


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    ("How many diamonds are in the data?", "数据里一共有多少颗钻石", f"SELECT COUNT(*) FROM {T}", ["count"]),
    (
        "How many clarity grades are there?",
        "净度一共分几个等级",
        f"SELECT COUNT(DISTINCT clarity) FROM {T}",
        ["count_distinct"],
    ),
    (
        "How many different carat weights appear in the data?",
        "数据中一共出现了多少种不同的克拉重量",
        f"SELECT COUNT(DISTINCT carat) FROM {T}",
        ["count_distinct"],
    ),
    ("What's the average diamond price?", "钻石的平均售价是多少", f"SELECT AVG(price_usd) FROM {T}", ["agg"]),
    (
        "What is the highest price paid for a diamond?",
        "最贵的一颗钻石卖了多少钱",
        f"SELECT MAX(price_usd) FROM {T}",
        ["agg", "max"],
    ),
    (
        "What's the smallest carat weight?",
        "最小的钻石只有多少克拉",
        f"SELECT MIN(carat) FROM {T}",
        ["agg", "min"],
    ),
    (
        "Total carats across all diamonds",
        "所有钻石加起来一共多少克拉",
        f"SELECT SUM(carat) FROM {T}",
        ["agg", "sum"],
    ),
    (
        "What's the combined value of all Ideal cut diamonds?",
        "理想切工的钻石总价值是多少",
        f"SELECT SUM(price_usd) FROM {T} WHERE cut = 'Ideal'",
        ["agg", "sum", "filter", *CV],
    ),
    (
        "Number of diamonds for each cut",
        "每种切工各有多少颗钻石",
        f"SELECT cut, COUNT(*) FROM {T} GROUP BY cut",
        ["group_by", "count"],
    ),
    (
        "Average price by colour grade",
        "按颜色等级看平均价格",
        price_by_color(),
        ["group_by", "agg"],
    ),
    (
        "What's the mean carat weight for each clarity grade?",
        "不同净度的钻石平均有多少克拉",
        f"SELECT clarity, AVG(carat) FROM {T} GROUP BY clarity",
        ["group_by", "agg"],
    ),
    (
        "Break down the diamond count by cut and color",
        "按切工和颜色统计钻石数量",
        f"SELECT cut, color, COUNT(*) FROM {T} GROUP BY cut, color",
        ["group_by", "count"],
    ),
    (
        "Show the total sales value per cut, largest first",
        "各切工的总金额，从高到低排列",
        f"SELECT cut, SUM(price_usd) FROM {T} GROUP BY cut ORDER BY SUM(price_usd) DESC",
        ["group_by", "sum", "order"],
        True,
    ),
    (
        "List the clarity grades from most to least common",
        "把净度等级按钻石数量从多到少排一下",
        f"SELECT clarity, COUNT(*) FROM {T} GROUP BY clarity ORDER BY COUNT(*) DESC",
        ["group_by", "count", "order"],
        True,
    ),
    (
        "Which cut has the highest average price?",
        "哪种切工的平均价格最高",
        f"SELECT cut FROM {T} GROUP BY cut ORDER BY AVG(price_usd) DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "Which colour grade is the most common?",
        "哪个颜色等级的钻石最多",
        f"SELECT color FROM {T} GROUP BY color ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "count"],
    ),
    (
        "Which clarity grade is cheapest on average?",
        "平均下来哪个净度等级最便宜",
        f"SELECT clarity FROM {T} GROUP BY clarity ORDER BY AVG(price_usd) LIMIT 1",
        ["superlative"],
    ),
    (
        "Which cut has the heaviest stones on average?",
        "哪种切工的钻石平均最重",
        f"SELECT cut FROM {T} GROUP BY cut ORDER BY AVG(carat) DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "Which color has the largest average carat weight?",
        "平均克拉数最大的是哪个颜色等级",
        f"SELECT color FROM {T} GROUP BY color ORDER BY AVG(carat) DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "Top 5 most expensive diamonds: their carat, cut and price",
        "价格最高的5颗钻石，列出克拉、切工和价格",
        f"SELECT carat, cut, price_usd FROM {T} ORDER BY price_usd DESC LIMIT 5",
        ["top_n"],
        True,
        [2],
    ),
    (
        "What are the three heaviest diamonds and what did they sell for?",
        "最重的三颗钻石分别多重、卖多少钱",
        f"SELECT carat, price_usd FROM {T} ORDER BY carat DESC LIMIT 3",
        ["top_n"],
        True,
    ),
    (
        "Which 3 colour grades fetch the highest average price?",
        "平均价格排前三的颜色等级",
        f"SELECT color, AVG(price_usd) FROM {T} GROUP BY color ORDER BY AVG(price_usd) DESC LIMIT 3",
        ["top_n"],
        True,
        [0],
    ),
    (
        "Among diamonds over 2 carats, which 3 colours are most common?",
        "2克拉以上的钻石里，数量最多的3个颜色等级是哪些",
        f"SELECT color, COUNT(*) FROM {T} WHERE carat > 2 GROUP BY color ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "threshold"],
        True,
        [0],
    ),
    (
        "The 5 most frequent colour-clarity combinations",
        "最常见的5种颜色加净度组合",
        f"SELECT color, clarity, COUNT(*) FROM {T} GROUP BY color, clarity ORDER BY COUNT(*) DESC LIMIT 5",
        ["top_n", "group_by"],
        True,
        [0, 1],
    ),
    (
        "What does the heaviest diamond cost?",
        "最重的那颗钻石价格是多少",
        f"SELECT price_usd FROM {T} ORDER BY carat DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "How heavy is the most expensive diamond?",
        "最贵的那颗钻石有几克拉",
        f"SELECT carat FROM {T} ORDER BY price_usd DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "How many diamonds cost more than $10,000?",
        "价格超过1万美元的钻石有多少颗",
        f"SELECT COUNT(*) FROM {T} WHERE price_usd > 10000",
        ["threshold", "count"],
    ),
    (
        "How many stones are at least one carat?",
        "一克拉及以上的钻石有几颗",
        f"SELECT COUNT(*) FROM {T} WHERE carat >= 1",
        ["threshold", "count"],
    ),
    (
        "Average price of exactly 1 carat diamonds",
        "正好1克拉的钻石平均卖多少钱",
        f"SELECT AVG(price_usd) FROM {T} WHERE carat = 1",
        ["filter", "agg"],
    ),
    (
        "What do diamonds between 0.5 and 1 carat cost on average?",
        "0.5到1克拉之间的钻石平均价格是多少",
        f"SELECT AVG(price_usd) FROM {T} WHERE carat BETWEEN 0.5 AND 1",
        ["threshold", "agg"],
    ),
    (
        "What's the cheapest price for a diamond over 2 carats?",
        "2克拉以上的钻石最便宜多少钱",
        f"SELECT MIN(price_usd) FROM {T} WHERE carat > 2",
        ["threshold", "min"],
    ),
    (
        "How many D colour diamonds have IF clarity?",
        "D色而且净度为IF的钻石有几颗",
        f"SELECT COUNT(*) FROM {T} WHERE color = 'D' AND clarity = 'IF'",
        ["filter", "count"],
    ),
    (
        "How many internally flawless diamonds are there?",
        "内部无瑕（IF）的钻石一共有多少颗",
        f"SELECT COUNT(*) FROM {T} WHERE clarity = 'IF'",
        ["filter", "count", *CV],
    ),
    (
        "What is the price range of Fair cut diamonds?",
        "一般切工（Fair）钻石的价格区间是多少",
        f"SELECT MIN(price_usd), MAX(price_usd) FROM {T} WHERE cut = 'Fair'",
        ["filter", "min", "max", *CV],
    ),
    (
        "Average depth percentage of Premium cut diamonds",
        "优质切工（Premium）钻石的平均深度百分比",
        f"SELECT AVG(depth_pct) FROM {T} WHERE cut = 'Premium'",
        ["filter", "agg", *CV],
    ),
    (
        "Average table percentage for each cut",
        "每种切工的平均台面比例",
        f"SELECT cut, AVG(table_pct) FROM {T} GROUP BY cut",
        ["group_by", "agg"],
    ),
    (
        "How many diamonds are longer than 8 mm?",
        "长度超过8毫米的钻石有多少颗",
        f"SELECT COUNT(*) FROM {T} WHERE length_mm > 8",
        ["threshold", "count"],
    ),
    (
        "What's the greatest width recorded?",
        "记录里钻石最大的宽度是多少毫米",
        f"SELECT MAX(width_mm) FROM {T}",
        ["agg", "max"],
    ),
    (
        "How many diamonds have a zero length, width or depth recorded?",
        "有多少颗钻石的长、宽或深度记录为0",
        f"SELECT COUNT(*) FROM {T} WHERE length_mm = 0 OR width_mm = 0 OR depth_mm = 0",
        ["filter", "count"],
    ),
    (
        "How many diamonds are graded VVS1 or VVS2?",
        "净度是VVS1或VVS2的钻石一共多少颗",
        f"SELECT COUNT(*) FROM {T} WHERE clarity IN ('VVS1', 'VVS2')",
        ["filter", "count"],
    ),
    (
        "Average price of I1 clarity stones",
        "净度为I1的钻石平均多少钱",
        f"SELECT AVG(price_usd) FROM {T} WHERE clarity = 'I1'",
        ["filter", "agg"],
    ),
    (
        "How many Ideal cut diamonds are colourless, i.e. colour D, E or F?",
        "理想切工里无色级（D、E、F色）的钻石有多少颗",
        f"SELECT COUNT(*) FROM {T} WHERE cut = 'Ideal' AND color IN ('D', 'E', 'F')",
        ["filter", "count", *CV],
    ),
    (
        "Average carat weight of J colour diamonds",
        "J色钻石平均多少克拉",
        f"SELECT AVG(carat) FROM {T} WHERE color = 'J'",
        ["filter", "agg"],
    ),
    (
        "How many Premium diamonds sell for under $1,000?",
        "优质切工的钻石中，价格低于1000美元的有多少颗",
        f"SELECT COUNT(*) FROM {T} WHERE cut = 'Premium' AND price_usd < 1000",
        ["filter", "threshold", "count", *CV],
    ),
    (
        "How many diamonds have a depth percentage above 70?",
        "深度百分比超过70的钻石有几颗",
        f"SELECT COUNT(*) FROM {T} WHERE depth_pct > 70",
        ["threshold", "count"],
    ),
    (
        "What's the lowest price of a D colour, IF clarity diamond?",
        "D色IF净度的钻石最低卖多少钱",
        f"SELECT MIN(price_usd) FROM {T} WHERE color = 'D' AND clarity = 'IF'",
        ["filter", "min"],
    ),
    (
        "Average price per cut for diamonds above 1 carat",
        "1克拉以上的钻石，各切工的平均价格",
        f"SELECT cut, AVG(price_usd) FROM {T} WHERE carat > 1 GROUP BY cut",
        ["group_by", "threshold", "agg"],
    ),
    (
        "What share of the diamonds are Ideal cut?",
        "理想切工的钻石占全部的比例是多少",
        f"SELECT SUM(cut = 'Ideal') * 1.0 / COUNT(*) FROM {T}",
        ["share", "pct", *CV],
    ),
    (
        "What percentage of diamonds cost over $5,000?",
        "售价超过5000美元的钻石占百分之几",
        f"SELECT SUM(price_usd > 5000) * 1.0 / COUNT(*) FROM {T}",
        ["share", "pct", "threshold"],
    ),
    (
        "Percentage of diamonds in each cut",
        "各种切工的钻石数量占比",
        f"SELECT cut, COUNT(*) * 1.0 / {ALL} FROM {T} GROUP BY cut",
        ["share", "group_by", "pct"],
    ),
    (
        "What share of total value comes from Premium diamonds?",
        "优质切工的钻石贡献了总金额的多大比例",
        f"SELECT SUM(CASE WHEN cut = 'Premium' THEN price_usd ELSE 0 END) * 1.0 / SUM(price_usd) FROM {T}",
        ["share", "pct", "sum", *CV],
    ),
    (
        "Compare the average price of Ideal and Premium diamonds",
        "理想切工和优质切工的平均价格对比一下",
        f"SELECT cut, AVG(price_usd) FROM {T} WHERE cut IN ('Ideal', 'Premium') GROUP BY cut",
        ["compare", "filter", *CV],
    ),
    (
        "How much more does a J colour diamond cost than a D colour one, on average?",
        "J色钻石的平均价格比D色高多少",
        f"SELECT {avg_price(COLOR_J)} - {avg_price(COLOR_D)}",
        ["compare", "filter"],
    ),
    (
        "Are there more Very Good or Good cut diamonds? Give both counts",
        "Very Good切工和Good切工的钻石各有多少颗，哪个多",
        f"SELECT cut, COUNT(*) FROM {T} WHERE cut IN ('Very Good', 'Good') GROUP BY cut",
        ["compare", "count"],
    ),
    (
        "How many times as many Ideal diamonds as Fair ones are there?",
        "理想切工的钻石数量是一般切工的几倍",
        f"SELECT ({count_cut('Ideal')}) * 1.0 / ({count_cut('Fair')})",
        ["compare", "count", *CV],
    ),
    (
        "Which clarity grades have more than 10,000 diamonds?",
        "哪些净度等级的钻石数量超过一万颗",
        f"SELECT clarity FROM {T} GROUP BY clarity HAVING COUNT(*) > 10000",
        ["having"],
    ),
    (
        "Colour grades whose average price is above $4,000",
        "平均价格高于4000美元的颜色等级有哪些",
        f"SELECT color FROM {T} GROUP BY color HAVING AVG(price_usd) > 4000",
        ["having"],
    ),
    (
        "Which cuts average more than 0.85 carats?",
        "平均克拉数超过0.85的切工有哪些",
        f"SELECT cut FROM {T} GROUP BY cut HAVING AVG(carat) > 0.85",
        ["having"],
    ),
]

CONVERSATIONS = [
    turn(
        "How many Ideal cut diamonds are there?", "en", count_cut("Ideal"), ["count", "filter"], "dm-c1-en", 0
    ),
    turn("And Premium?", "en", count_cut("Premium"), ["count", "filter", "follow_up"], "dm-c1-en", 1),
    turn(
        "Of those, how many cost more than $10,000?",
        "en",
        count_cut("Premium", " AND price_usd > 10000"),
        ["count", "threshold", "follow_up"],
        "dm-c1-en",
        2,
    ),
    turn("理想切工的钻石有多少颗", "zh", count_cut("Ideal"), ["count", "filter", *CV], "dm-c1-zh", 0),
    turn("那优质切工呢", "zh", count_cut("Premium"), ["count", "filter", "follow_up", *CV], "dm-c1-zh", 1),
    turn(
        "其中价格超过1万美元的有多少",
        "zh",
        count_cut("Premium", " AND price_usd > 10000"),
        ["count", "threshold", "follow_up"],
        "dm-c1-zh",
        2,
    ),
    turn("Average carat weight for each colour", "en", carat_by_color(), ["group_by", "agg"], "dm-c2-en", 0),
    turn(
        "Only for Ideal cut stones",
        "en",
        carat_by_color(" WHERE cut = 'Ideal'"),
        ["group_by", "agg", "filter", "follow_up"],
        "dm-c2-en",
        1,
    ),
    turn("各颜色等级的钻石平均多少克拉", "zh", carat_by_color(), ["group_by", "agg"], "dm-c2-zh", 0),
    turn(
        "只看理想切工的",
        "zh",
        carat_by_color(" WHERE cut = 'Ideal'"),
        ["group_by", "agg", "filter", "follow_up", *CV],
        "dm-c2-zh",
        1,
    ),
    turn("Top 3 clarity grades by average price", "en", top_clarity(), ["top_n"], "dm-c3-en", 0, True, [0]),
    turn(
        "What about for diamonds over 1 carat?",
        "en",
        top_clarity(" WHERE carat > 1"),
        ["top_n", "threshold", "follow_up"],
        "dm-c3-en",
        1,
        True,
        [0],
    ),
    turn("平均价格最高的三个净度等级", "zh", top_clarity(), ["top_n"], "dm-c3-zh", 0, True, [0]),
    turn(
        "那1克拉以上的呢",
        "zh",
        top_clarity(" WHERE carat > 1"),
        ["top_n", "threshold", "follow_up"],
        "dm-c3-zh",
        1,
        True,
        [0],
    ),
]

UNANSWERABLE = [
    ("How did average diamond prices change from 2019 to 2020?", "2020年钻石均价比2019年涨了多少"),
    ("Which jeweller sold the most diamonds?", "哪家珠宝店卖出的钻石最多"),
    ("How many diamonds have a GIA certificate?", "有GIA证书的钻石有多少颗"),
    (
        "What's the average polish and symmetry grade of Ideal cut diamonds?",
        "理想切工钻石的抛光和对称等级一般是多少",
    ),
    ("How many diamonds show strong fluorescence?", "有强荧光的钻石有多少颗"),
    ("Which country were the most expensive diamonds mined in?", "最贵的钻石产自哪个国家"),
]

if __name__ == "__main__":
    write_questions(HERE, "diamonds", bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE), source=SRC)
