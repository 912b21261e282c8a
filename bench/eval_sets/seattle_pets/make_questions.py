"""Write questions.jsonl of the seattle_pets question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: seattle_pets.sqlite (make_data.py): 52,519 pet licence records of the City of Seattle, issued
2003-04..2018-12 (almost all 2016-2018), as the 宠物登记 fact (Chinese headers, species in Chinese) with the
breeds and calendar dimensions (English headers and values), declared foreign keys.
Readings: a pet / 宠物 / licence / 登记 is one fact row; dog / 狗 is 物种 = '狗', cat / 猫 '猫', goat / 山羊
'山羊', pig / 猪 '猪'; a breed is the primary breed (breeds.breed_name, as the source spells it, e.g.
'Retriever, Labrador'); a kind of breed "of any kind" / 各种X is breeds.breed_family (the name before the
comma); weekend / weekday / quarter / month name come from calendar; a year is the licence issue date's year;
names are counted over pets that have a name (宠物名字 IS NOT NULL) when the most common name is asked.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "seattle_pets.sqlite"
P = "宠物登记"
PB = "宠物登记 p JOIN breeds b ON p.品种编号 = b.breed_id"
PC = "宠物登记 p JOIN calendar c ON p.登记日期 = c.date"
PBC = PB + " JOIN calendar c ON p.登记日期 = c.date"
LAB = "b.breed_name = 'Retriever, Labrador'"
GOLD = "b.breed_name = 'Retriever, Golden'"
J = ["join"]

PAIRS = [
    ("How many pets are licensed in total?", "一共登记了多少只宠物", f"SELECT COUNT(*) FROM {P}", ["count"]),
    (
        "How many dogs are registered?",
        "登记的狗有多少只",
        f"SELECT COUNT(*) FROM {P} WHERE 物种 = '狗'",
        ["count", "filter"],
    ),
    (
        "Number of licences by species",
        "各物种分别登记了多少只",
        f"SELECT 物种, COUNT(*) FROM {P} GROUP BY 物种",
        ["group_by", "count"],
    ),
    (
        "What percentage of licensed pets are cats?",
        "猫占所有登记宠物的百分之几",
        f"SELECT 100.0 * SUM(物种 = '猫') / COUNT(*) FROM {P}",
        ["pct", "share"],
    ),
    (
        "how many goats have a licence",
        "有几只山羊办了登记",
        f"SELECT COUNT(*) FROM {P} WHERE 物种 = '山羊'",
        ["count", "filter"],
    ),
    (
        "How many different pet names are there?",
        "宠物名字一共有多少种",
        f"SELECT COUNT(DISTINCT 宠物名字) FROM {P}",
        ["count", "distinct"],
    ),
    (
        "What are the 5 most popular pet names?",
        "最受欢迎的5个宠物名字是哪些",
        f"SELECT 宠物名字, COUNT(*) FROM {P} WHERE 宠物名字 IS NOT NULL GROUP BY 宠物名字 ORDER BY COUNT(*) DESC LIMIT 5",
        ["top_n"],
        True,
    ),
    (
        "What's the most common name for a dog?",
        "狗最常用的名字是什么",
        f"SELECT 宠物名字 FROM {P} WHERE 物种 = '狗' AND 宠物名字 IS NOT NULL GROUP BY 宠物名字 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "filter"],
    ),
    (
        "Which name do cat owners pick most often?",
        "猫主人最爱给猫起什么名字",
        f"SELECT 宠物名字 FROM {P} WHERE 物种 = '猫' AND 宠物名字 IS NOT NULL GROUP BY 宠物名字 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "filter"],
    ),
    (
        "How many pets are called Luna?",
        "叫Luna的宠物有几只",
        f"SELECT COUNT(*) FROM {P} WHERE 宠物名字 = 'Luna'",
        ["count", "filter"],
    ),
    (
        "How many zip codes do the licensed pets come from?",
        "登记的宠物分布在多少个邮编区",
        f"SELECT COUNT(DISTINCT 邮编) FROM {P}",
        ["count", "distinct"],
    ),
    (
        "Which zip code has the most licensed pets?",
        "哪个邮编区登记的宠物最多",
        f"SELECT 邮编 FROM {P} WHERE 邮编 IS NOT NULL GROUP BY 邮编 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative"],
    ),
    (
        "Top 3 zip codes for cats",
        "猫最多的前三个邮编",
        f"SELECT 邮编, COUNT(*) FROM {P} WHERE 物种 = '猫' AND 邮编 IS NOT NULL GROUP BY 邮编 ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "filter"],
        True,
    ),
    (
        "How many pets are registered in 98103?",
        "邮编98103有多少只宠物",
        f"SELECT COUNT(*) FROM {P} WHERE 邮编 = '98103'",
        ["count", "filter"],
    ),
    (
        "How many pet licences were issued in 2017?",
        "2017年发了多少张宠物许可证",
        f"SELECT COUNT(*) FROM {P} WHERE 登记日期 BETWEEN '2017-01-01' AND '2017-12-31'",
        ["count", "time"],
    ),
    (
        "How many pets were licensed each year?",
        "每年登记的宠物数量",
        f"SELECT substr(登记日期, 1, 4), COUNT(*) FROM {P} GROUP BY substr(登记日期, 1, 4)",
        ["group_by", "time"],
    ),
    (
        "Which month of 2018 had the most new licences?",
        "2018年哪个月登记的宠物最多",
        f"SELECT substr(登记日期, 1, 7) FROM {P} WHERE 登记日期 LIKE '2018-%' GROUP BY substr(登记日期, 1, 7) ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time"],
    ),
    (
        "Show the monthly trend of registrations in 2018",
        "2018年每个月的登记量走势",
        f"SELECT substr(登记日期, 1, 7), COUNT(*) FROM {P} WHERE 登记日期 LIKE '2018-%' GROUP BY substr(登记日期, 1, 7) ORDER BY 1",
        ["group_by", "time", "trend"],
        True,
    ),
    (
        "How many pets were registered from June to August 2018?",
        "2018年6月到8月登记了多少只宠物",
        f"SELECT COUNT(*) FROM {P} WHERE 登记日期 BETWEEN '2018-06-01' AND '2018-08-31'",
        ["count", "time", "range"],
    ),
    (
        "When was the earliest licence issued?",
        "最早的一条登记是哪天",
        f"SELECT MIN(登记日期) FROM {P}",
        ["min", "time"],
    ),
    (
        "What is the most recent licence date in the data?",
        "数据截止到哪一天",
        f"SELECT MAX(登记日期) FROM {P}",
        ["max", "time"],
    ),
    (
        "How many pets have a secondary breed listed?",
        "有副品种的宠物有多少只",
        f"SELECT COUNT(*) FROM {P} WHERE 是否有副品种 = '是'",
        ["count", "filter"],
    ),
    (
        "What share of dogs have a secondary breed recorded?",
        "狗里面登记了副品种的比例是多少",
        f"SELECT 100.0 * SUM(是否有副品种 = '是') / COUNT(*) FROM {P} WHERE 物种 = '狗'",
        ["pct", "share", "filter"],
    ),
    (
        "How many more pets were licensed in 2018 than in 2017?",
        "2018年比2017年多登记了多少只宠物",
        f"SELECT SUM(登记日期 LIKE '2018-%') - SUM(登记日期 LIKE '2017-%') FROM {P}",
        ["compare", "time"],
    ),
    (
        "How many times as many dogs as cats are there?",
        "狗的数量是猫的几倍",
        f"SELECT 1.0 * SUM(物种 = '狗') / SUM(物种 = '猫') FROM {P}",
        ["ratio", "compare"],
    ),
    (
        "How many pets have no name on file?",
        "有多少只宠物没有登记名字",
        f"SELECT COUNT(*) FROM {P} WHERE 宠物名字 IS NULL",
        ["count", "null"],
    ),
    (
        "Dogs licensed per month in 2017",
        "2017年每月登记了多少只狗",
        f"SELECT substr(登记日期, 1, 7), COUNT(*) FROM {P} WHERE 物种 = '狗' AND 登记日期 LIKE '2017-%' GROUP BY substr(登记日期, 1, 7) ORDER BY 1",
        ["group_by", "time", "filter", "trend"],
        True,
    ),
    (
        "Which zip codes have more than 2,000 licensed pets?",
        "宠物登记数超过2000只的邮编有哪些",
        f"SELECT 邮编 FROM {P} WHERE 邮编 IS NOT NULL GROUP BY 邮编 HAVING COUNT(*) > 2000",
        ["having"],
    ),
    (
        "How many cats were licensed in December 2018?",
        "2018年12月登记了多少只猫",
        f"SELECT COUNT(*) FROM {P} WHERE 物种 = '猫' AND 登记日期 LIKE '2018-12-%'",
        ["count", "time", "filter"],
    ),
    (
        "How many primary breeds have more than 500 licensed pets?",
        "登记数量超过500只的主品种有几个",
        f"SELECT COUNT(*) FROM (SELECT 品种编号 FROM {P} GROUP BY 品种编号 HAVING COUNT(*) > 500)",
        ["having", "count"],
    ),
    # joins: breeds
    (
        "What is the most common dog breed?",
        "最常见的狗品种是什么",
        f"SELECT b.breed_name FROM {PB} WHERE p.物种 = '狗' GROUP BY b.breed_name ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", *J],
    ),
    (
        "Top 5 cat breeds by number of licences",
        "登记最多的5个猫品种",
        f"SELECT b.breed_name, COUNT(*) FROM {PB} WHERE p.物种 = '猫' GROUP BY b.breed_name ORDER BY COUNT(*) DESC LIMIT 5",
        ["top_n", *J],
        True,
    ),
    (
        "How many labradors are registered?",
        "拉布拉多有多少只",
        f"SELECT COUNT(*) FROM {PB} WHERE {LAB}",
        ["count", "filter", *J],
    ),
    (
        "how many golden retrievers",
        "金毛寻回犬登记了几只",
        f"SELECT COUNT(*) FROM {PB} WHERE {GOLD}",
        ["count", "filter", *J],
    ),
    (
        "How many terriers of any kind are licensed?",
        "各种梗犬加起来一共有多少只",
        f"SELECT COUNT(*) FROM {PB} WHERE b.breed_family = 'Terrier'",
        ["count", "filter", *J],
    ),
    (
        "Which breed family has the most dogs?",
        "哪个犬种大类的狗最多",
        f"SELECT b.breed_family FROM {PB} WHERE p.物种 = '狗' GROUP BY b.breed_family ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", *J],
    ),
    (
        "How many German Shepherds were licensed in 2018?",
        "2018年登记的德国牧羊犬有多少只",
        f"SELECT COUNT(*) FROM {PB} WHERE b.breed_name = 'German Shepherd' AND p.登记日期 LIKE '2018-%'",
        ["count", "filter", "time", *J],
    ),
    (
        "What's the most popular name among golden retrievers?",
        "金毛里最常见的名字是什么",
        f"SELECT p.宠物名字 FROM {PB} WHERE {GOLD} AND p.宠物名字 IS NOT NULL GROUP BY p.宠物名字 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "filter", *J],
    ),
    (
        "How many Siamese cats are there?",
        "暹罗猫有多少只",
        f"SELECT COUNT(*) FROM {PB} WHERE b.breed_name = 'Siamese'",
        ["count", "filter", *J],
    ),
    (
        "What breeds are the licensed pigs?",
        "登记的猪都是什么品种",
        f"SELECT DISTINCT b.breed_name FROM {PB} WHERE p.物种 = '猪'",
        ["list", "filter", *J],
    ),
    (
        "What percentage of dogs are Labradors?",
        "拉布拉多占所有狗的百分之多少",
        f"SELECT 100.0 * SUM({LAB}) / COUNT(*) FROM {PB} WHERE p.物种 = '狗'",
        ["pct", "share", *J],
    ),
    (
        "How many chihuahuas are there, counting both coat types?",
        "吉娃娃（长毛短毛都算）一共多少只",
        f"SELECT COUNT(*) FROM {PB} WHERE b.breed_family = 'Chihuahua'",
        ["count", "filter", *J],
    ),
    (
        "Top 3 dog breeds in zip code 98115",
        "98115邮编区最多的三个狗品种",
        f"SELECT b.breed_name, COUNT(*) FROM {PB} WHERE p.物种 = '狗' AND p.邮编 = '98115' GROUP BY b.breed_name ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "filter", *J],
        True,
    ),
    (
        "Which zip code has the most Labs?",
        "哪个邮编的拉布拉多最多",
        f"SELECT p.邮编 FROM {PB} WHERE {LAB} AND p.邮编 IS NOT NULL GROUP BY p.邮编 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "filter", *J],
    ),
    (
        "How many Domestic Shorthair cats were licensed in 2017?",
        "2017年登记的家养短毛猫有多少只",
        f"SELECT COUNT(*) FROM {PB} WHERE b.breed_name = 'Domestic Shorthair' AND p.登记日期 LIKE '2017-%'",
        ["count", "filter", "time", *J],
    ),
    (
        "How many poodles of all sizes are registered?",
        "各种体型的贵宾犬一共多少只",
        f"SELECT COUNT(*) FROM {PB} WHERE b.breed_family = 'Poodle'",
        ["count", "filter", *J],
    ),
    (
        "Compare the number of Labradors and Golden Retrievers",
        "拉布拉多和金毛各有多少只，对比一下",
        f"SELECT b.breed_name, COUNT(*) FROM {PB} WHERE b.breed_name IN ('Retriever, Labrador', 'Retriever, Golden') GROUP BY b.breed_name",
        ["compare", "filter", *J],
    ),
    (
        "Which cat breed had the most licences in 2018?",
        "2018年登记最多的猫品种是哪个",
        f"SELECT b.breed_name FROM {PB} WHERE p.物种 = '猫' AND p.登记日期 LIKE '2018-%' GROUP BY b.breed_name ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time", *J],
    ),
    # joins: calendar
    (
        "How many pets were registered on weekends?",
        "周末登记的宠物有多少只",
        f"SELECT COUNT(*) FROM {PC} WHERE c.is_weekend = 'Yes'",
        ["count", "filter", *J],
    ),
    (
        "Which day of the week sees the most registrations?",
        "星期几登记的宠物最多",
        f"SELECT c.weekday FROM {PC} GROUP BY c.weekday ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", *J],
    ),
    (
        "Registrations by day of week",
        "按星期几统计登记数量",
        f"SELECT c.weekday, COUNT(*) FROM {PC} GROUP BY c.weekday",
        ["group_by", *J],
    ),
    (
        "What share of licences were issued on a weekend?",
        "周末办的登记占总数的比例",
        f"SELECT 100.0 * SUM(c.is_weekend = 'Yes') / COUNT(*) FROM {PC}",
        ["pct", "share", *J],
    ),
    (
        "Licences issued per quarter in 2018",
        "2018年各季度的登记量",
        f"SELECT c.quarter, COUNT(*) FROM {PC} WHERE c.year = 2018 GROUP BY c.quarter ORDER BY c.quarter",
        ["group_by", "time", *J],
        True,
    ),
    (
        "Across all years, which calendar month gets the most licences?",
        "不分年份的话，哪个月份登记的宠物最多",
        f"SELECT c.month_name FROM {PC} GROUP BY c.month_name ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time", *J],
    ),
    (
        "How many dogs were licensed on a Sunday?",
        "周日登记的狗有多少只",
        f"SELECT COUNT(*) FROM {PC} WHERE p.物种 = '狗' AND c.weekday = 'Sunday'",
        ["count", "filter", *J],
    ),
    (
        "How many Labradors were licensed on a weekend?",
        "周末登记的拉布拉多有几只",
        f"SELECT COUNT(*) FROM {PBC} WHERE {LAB} AND c.is_weekend = 'Yes'",
        ["count", "filter", *J],
    ),
    (
        "How many licences were issued in the first quarter of 2018?",
        "2018年一季度登记了多少只宠物",
        f"SELECT COUNT(*) FROM {PC} WHERE c.year = 2018 AND c.quarter = 1",
        ["count", "time", *J],
    ),
    (
        "Cats vs dogs registered on weekdays versus weekends",
        "猫和狗分别在工作日和周末登记了多少只",
        f"SELECT p.物种, c.is_weekend, COUNT(*) FROM {PC} WHERE p.物种 IN ('猫', '狗') GROUP BY p.物种, c.is_weekend",
        ["group_by", "compare", *J],
    ),
    (
        "On how many different days were licences issued in 2018?",
        "2018年有多少天办理过宠物登记",
        "SELECT COUNT(*) FROM calendar WHERE year = 2018",
        ["count", "time"],
    ),
    (
        "Average number of licences per registration day in 2018",
        "2018年有登记的日子里平均每天登记多少只",
        f"SELECT 1.0 * COUNT(*) / COUNT(DISTINCT 登记日期) FROM {P} WHERE 登记日期 LIKE '2018-%'",
        ["avg", "time"],
    ),
]

C1 = [
    f"SELECT COUNT(*) FROM {P} WHERE 物种 = '猫' AND 登记日期 LIKE '2018-%'",
    f"SELECT COUNT(*) FROM {P} WHERE 物种 = '狗' AND 登记日期 LIKE '2018-%'",
    f"SELECT COUNT(*) FROM {P} WHERE 物种 = '狗' AND 登记日期 LIKE '2017-%'",
]
T1 = [["count", "filter", "time"], ["count", "filter", "followup"], ["count", "time", "followup"]]
C2 = [
    f"SELECT COUNT(*) FROM {PB} WHERE {GOLD}",
    f"SELECT p.邮编 FROM {PB} WHERE {GOLD} AND p.邮编 IS NOT NULL GROUP BY p.邮编 ORDER BY COUNT(*) DESC LIMIT 1",
    f"SELECT p.宠物名字 FROM {PB} WHERE {GOLD} AND p.宠物名字 IS NOT NULL GROUP BY p.宠物名字 ORDER BY COUNT(*) DESC LIMIT 1",
]
T2 = [["count", "filter", *J], ["superlative", "followup", *J], ["superlative", "followup", *J]]
C3 = [
    f"SELECT c.weekday, COUNT(*) FROM {PC} GROUP BY c.weekday",
    f"SELECT c.weekday, COUNT(*) FROM {PC} WHERE p.物种 = '猫' GROUP BY c.weekday",
    f"SELECT c.weekday FROM {PC} WHERE p.物种 = '猫' GROUP BY c.weekday ORDER BY COUNT(*) LIMIT 1",
]
T3 = [["group_by", *J], ["group_by", "filter", "followup", *J], ["superlative", "followup", *J]]


def conv(name, lang, questions, golds, tags):
    return [
        (q, lang, gold, tg, False, None, name, n)
        for n, (q, gold, tg) in enumerate(zip(questions, golds, tags, strict=True))
    ]


CONVERSATIONS = [
    *conv(
        "p1-en", "en", ["How many cats were licensed in 2018?", "And dogs?", "What about in 2017?"], C1, T1
    ),
    *conv("p1-zh", "zh", ["2018年登记了多少只猫", "狗呢", "那2017年呢"], C1, T1),
    *conv(
        "p2-en",
        "en",
        [
            "How many golden retrievers are licensed?",
            "Which zip code has the most of them?",
            "And what do people usually name them?",
        ],
        C2,
        T2,
    ),
    *conv("p2-zh", "zh", ["金毛一共登记了多少只", "哪个邮编区的最多", "它们最常叫什么名字"], C2, T2),
    *conv(
        "p3-en",
        "en",
        ["Registrations by weekday", "Just cats", "Which day is the quietest?"],
        C3,
        T3,
    ),
    *conv("p3-zh", "zh", ["按星期几看登记量", "只看猫", "哪天最少"], C3, T3),
]

UNANSWERABLE = [
    ("What is the average age of the licensed dogs?", "登记的狗平均几岁"),
    ("How much licence fee revenue did the city collect?", "市政府收了多少宠物登记费"),
    ("How many pets were licensed in 2020?", "2020年登记了多少只宠物"),
    ("What share of the cats are vaccinated against rabies?", "打过狂犬疫苗的猫占多少"),
    ("Which owner has the most pets?", "哪个主人养的宠物最多"),
]

ONE_LANGUAGE = [
    (
        "汪星人和喵星人哪个登记得多",
        "zh",
        f"SELECT 物种 FROM {P} WHERE 物种 IN ('狗', '猫') GROUP BY 物种 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "compare"],
    ),
    (
        "养拉布拉多的人最多的是哪个邮编，有多少只",
        "zh",
        f"SELECT p.邮编, COUNT(*) FROM {PB} WHERE {LAB} AND p.邮编 IS NOT NULL GROUP BY p.邮编 ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "filter", *J],
    ),
    (
        "What fraction of pets in the data are goats or pigs?",
        "en",
        f"SELECT 100.0 * SUM(物种 IN ('山羊', '猪')) / COUNT(*) FROM {P}",
        ["pct", "share"],
    ),
    (
        "list the goat breeds",
        "en",
        f"SELECT DISTINCT b.breed_name FROM {PB} WHERE p.物种 = '山羊'",
        ["list", "filter", *J],
    ),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    questions.extend(ONE_LANGUAGE)
    write_questions(HERE, "pets", questions, source=SRC)


if __name__ == "__main__":
    main()
