"""Write questions.jsonl of the penguins question set (hand-written, blind: the engine was not run on them
before they were committed).

Real data: penguins.csv, 344 penguins of three species on three islands near Palmer Station, Antarctica,
2007-2009 (palmerpenguins, CC0; see README.md). python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "penguins.csv"
T = "penguins"
MASS = "body_mass_g"
FLIP = "flipper_length_mm"
BILL = "bill_length_mm"
DEPTH = "bill_depth_mm"


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


# (english, chinese, gold_sql, tags[, ordered, compare])
PAIRS = [
    (
        "How many penguins were measured in total?",
        "总共测量了多少只企鹅？",
        f"SELECT COUNT(*) FROM {T}",
        ["count"],
    ),
    (
        "Break down the penguin count by species",
        "每个物种各有几只企鹅",
        f"SELECT species, COUNT(*) FROM {T} GROUP BY species",
        ["group_by", "count"],
    ),
    (
        "What's the mean body mass of Gentoo penguins?",
        "巴布亚企鹅的平均体重是多少克",
        f"SELECT AVG({MASS}) FROM {T} WHERE species = 'Gentoo'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "Which island has the largest number of penguins?",
        "哪个岛上的企鹅数量最多",
        f"SELECT island, COUNT(*) FROM {T} GROUP BY island ORDER BY COUNT(*) DESC LIMIT 1",
        ["top_n", "group_by", "count"],
        False,
        [0],
    ),
    (
        "Mean flipper length for each species",
        "各物种鳍状肢的平均长度",
        f"SELECT species, AVG({FLIP}) FROM {T} GROUP BY species",
        ["group_by", "agg", "synonym"],
    ),
    (
        "Which penguin is the heaviest? Give its species and island",
        "体重最大的那只企鹅是什么物种、在哪个岛上",
        f"SELECT species, island, {MASS} FROM {T} ORDER BY {MASS} DESC LIMIT 1",
        ["top_n"],
        False,
        [0, 1],
    ),
    (
        "How many of the penguins are female?",
        "雌性企鹅有多少只",
        f"SELECT COUNT(*) FROM {T} WHERE sex = 'female'",
        ["filter", "count", "cross_lingual_value"],
    ),
    (
        "For how many penguins is the sex unknown?",
        "有多少只企鹅没有记录性别",
        f"SELECT COUNT(*) FROM {T} WHERE sex IS NULL",
        ["null", "count"],
    ),
    (
        "Compare the average bill length of males and females",
        "雄性和雌性企鹅的平均喙长分别是多少",
        f"SELECT sex, AVG({BILL}) FROM {T} WHERE sex IN ('male', 'female') GROUP BY sex",
        ["compare_two", "group_by", "cross_lingual_value"],
    ),
    (
        "How many penguins were sampled in each study year?",
        "每年采样了多少只企鹅",
        f"SELECT year, COUNT(*) FROM {T} GROUP BY year",
        ["group_by", "count", "date"],
        False,
        [1],
    ),
    (
        "Adelie penguins per island",
        "阿德利企鹅在各个岛上分别有多少只",
        f"SELECT island, COUNT(*) FROM {T} WHERE species = 'Adelie' GROUP BY island",
        ["group_by", "filter", "count", "cross_lingual_value"],
    ),
    (
        "Which species were found on Dream island?",
        "Dream岛上有哪几种企鹅",
        f"SELECT DISTINCT species FROM {T} WHERE island = 'Dream'",
        ["distinct", "filter"],
    ),
    (
        "What is the longest flipper on record?",
        "记录到的最长鳍状肢是多少毫米",
        f"SELECT MAX({FLIP}) FROM {T}",
        ["agg"],
    ),
    (
        "Lightest Chinstrap penguin's body mass",
        "帽带企鹅里体重最轻的是多少克",
        f"SELECT MIN({MASS}) FROM {T} WHERE species = 'Chinstrap'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "How many penguins weigh more than 5 kg?",
        "体重超过5公斤的企鹅有几只",
        f"SELECT COUNT(*) FROM {T} WHERE {MASS} > 5000",
        ["filter", "count", "compare", "unit"],
    ),
    (
        "Count the penguins whose bill is longer than 50 mm",
        "喙长超过50毫米的企鹅有多少只",
        f"SELECT COUNT(*) FROM {T} WHERE {BILL} > 50",
        ["filter", "count", "compare"],
    ),
    (
        "How many penguins have a flipper length from 190 to 200 mm?",
        "鳍状肢长度在190到200毫米之间的企鹅有多少只",
        f"SELECT COUNT(*) FROM {T} WHERE {FLIP} BETWEEN 190 AND 200",
        ["filter", "count", "range"],
    ),
    (
        "Average body mass broken down by species and sex",
        "按物种和性别统计平均体重",
        f"SELECT species, sex, AVG({MASS}) FROM {T} GROUP BY species, sex",
        ["group_by", "two_keys"],
    ),
    (
        "Which species has the deepest bill on average?",
        "平均喙深最大的是哪个物种",
        f"SELECT species, AVG({DEPTH}) FROM {T} GROUP BY species ORDER BY AVG({DEPTH}) DESC LIMIT 1",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "What share of the penguins come from Torgersen?",
        "托格森岛（Torgersen）的企鹅占全部的比例是多少",
        f"SELECT 100.0 * SUM(CASE WHEN island = 'Torgersen' THEN 1 ELSE 0 END) / COUNT(*) FROM {T}",
        ["share", "pct", "cross_lingual_value"],
    ),
    (
        "What percentage of nests had a completed clutch?",
        "窝卵完成（clutch completion 为 Yes）的比例是百分之多少",
        f"SELECT 100.0 * SUM(CASE WHEN clutch_completion = 'Yes' THEN 1 ELSE 0 END) / COUNT(*) FROM {T}",
        ["share", "pct"],
    ),
    (
        "How many distinct individual IDs appear in the data?",
        "数据里一共有多少个不同的个体编号",
        f"SELECT COUNT(DISTINCT individual_id) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "On which egg date were the most penguins recorded?",
        "哪一天记录的产卵企鹅最多",
        f"SELECT date_egg, COUNT(*) FROM {T} GROUP BY date_egg ORDER BY COUNT(*) DESC LIMIT 1",
        ["top_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "How many penguins had an egg date in November 2008?",
        "2008年11月产卵的企鹅有多少只",
        f"SELECT COUNT(*) FROM {T} WHERE date_egg BETWEEN '2008-11-01' AND '2008-11-30'",
        ["filter", "count", "date"],
    ),
    (
        "What was the earliest egg date in 2009?",
        "2009年最早的产卵日期是哪天",
        f"SELECT MIN(date_egg) FROM {T} WHERE year = 2009",
        ["agg", "date", "filter"],
    ),
    (
        "How did the average body mass change from year to year?",
        "历年企鹅的平均体重变化情况",
        f"SELECT year, AVG({MASS}) FROM {T} GROUP BY year",
        ["group_by", "date"],
        False,
        [1],
    ),
    (
        "Gentoo average mass in 2007 versus 2009",
        "巴布亚企鹅2007年和2009年的平均体重对比",
        f"SELECT year, AVG({MASS}) FROM {T} WHERE species = 'Gentoo' AND year IN (2007, 2009) GROUP BY year",
        ["compare_two", "date", "filter", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "By how many grams do Gentoos outweigh Adelies on average?",
        "巴布亚企鹅平均比阿德利企鹅重多少克",
        f"SELECT AVG(CASE WHEN species = 'Gentoo' THEN {MASS} END)"
        f" - AVG(CASE WHEN species = 'Adelie' THEN {MASS} END) FROM {T}",
        ["compare_two", "derived", "cross_lingual_value"],
    ),
    (
        "Which species average more than 4000 grams?",
        "平均体重超过4000克的是哪些物种",
        f"SELECT species, AVG({MASS}) FROM {T} GROUP BY species HAVING AVG({MASS}) > 4000",
        ["having", "group_by"],
        False,
        [0],
    ),
    (
        "How many penguins are not Adelies?",
        "除了阿德利企鹅以外的企鹅一共有多少只",
        f"SELECT COUNT(*) FROM {T} WHERE species <> 'Adelie'",
        ["filter", "negation", "count", "cross_lingual_value"],
    ),
    (
        "Which islands were studied?",
        "研究涉及哪些岛屿",
        f"SELECT DISTINCT island FROM {T}",
        ["distinct"],
    ),
    (
        "Which penguins are missing a bill length? Show their IDs",
        "哪些企鹅缺少喙长数据？列出个体编号",
        f"SELECT individual_id FROM {T} WHERE {BILL} IS NULL",
        ["null", "list"],
    ),
    (
        "Average ratio of bill length to bill depth per species",
        "各物种喙长与喙深之比的平均值",
        f"SELECT species, AVG({BILL} / {DEPTH}) FROM {T} GROUP BY species",
        ["group_by", "derived"],
    ),
    (
        "Average flipper length of female Chinstraps",
        "雌性帽带企鹅的平均鳍状肢长度",
        f"SELECT AVG({FLIP}) FROM {T} WHERE species = 'Chinstrap' AND sex = 'female'",
        ["filter", "agg", "cross_lingual_value"],
    ),
    (
        "Penguins counted per island and year",
        "按岛屿和年份统计企鹅数量",
        f"SELECT island, year, COUNT(*) FROM {T} GROUP BY island, year",
        ["group_by", "two_keys", "date"],
    ),
    (
        "Which two islands have the heaviest penguins on average?",
        "平均体重最高的两个岛是哪两个",
        f"SELECT island, AVG({MASS}) FROM {T} GROUP BY island ORDER BY AVG({MASS}) DESC LIMIT 2",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "How much did penguin N1A1 weigh in 2007?",
        "个体编号N1A1的企鹅在2007年的体重是多少",
        f"SELECT {MASS} FROM {T} WHERE individual_id = 'N1A1' AND year = 2007",
        ["lookup", "filter", "date"],
    ),
    (
        "How many penguins on Biscoe weigh under 4 kilograms?",
        "比斯科岛上体重不到4千克的企鹅有几只",
        f"SELECT COUNT(*) FROM {T} WHERE island = 'Biscoe' AND {MASS} < 4000",
        ["filter", "count", "compare", "unit", "cross_lingual_value"],
    ),
    (
        "What is the combined body mass of all penguins, in kilograms?",
        "所有企鹅的总体重是多少公斤",
        f"SELECT SUM({MASS}) / 1000.0 FROM {T}",
        ["agg", "unit"],
    ),
    (
        "The 3 Gentoo penguins with the longest bills",
        "喙最长的3只巴布亚企鹅",
        f"SELECT individual_id, {BILL} FROM {T} WHERE species = 'Gentoo' ORDER BY {BILL} DESC LIMIT 3",
        ["top_n", "filter", "cross_lingual_value"],
        True,
        [1],
    ),
    (
        "How many incomplete clutches were there on Dream?",
        "Dream岛上有几窝没有完成产卵（clutch completion 为 No）",
        f"SELECT COUNT(*) FROM {T} WHERE island = 'Dream' AND clutch_completion = 'No'",
        ["filter", "count"],
    ),
    (
        "Shortest and longest flipper of Adelie penguins",
        "阿德利企鹅鳍状肢的最短和最长长度",
        f"SELECT MIN({FLIP}), MAX({FLIP}) FROM {T} WHERE species = 'Adelie'",
        ["agg", "filter", "cross_lingual_value"],
    ),
    (
        "How many male Gentoos were measured in 2008?",
        "2008年测量了多少只雄性巴布亚企鹅",
        f"SELECT COUNT(*) FROM {T} WHERE species = 'Gentoo' AND sex = 'male' AND year = 2008",
        ["filter", "count", "date", "cross_lingual_value"],
    ),
    (
        "Which year had the fewest penguins in the sample?",
        "哪一年采样的企鹅最少",
        f"SELECT year, COUNT(*) FROM {T} GROUP BY year ORDER BY COUNT(*) ASC LIMIT 1",
        ["bottom_n", "group_by", "date"],
        False,
        [0],
    ),
    (
        "Mean flipper length of penguins heavier than 4500 g",
        "体重超过4500克的企鹅平均鳍状肢有多长",
        f"SELECT AVG({FLIP}) FROM {T} WHERE {MASS} > 4500",
        ["filter", "agg", "compare"],
    ),
    (
        "Island breakdown of the 2009 sample",
        "2009年各岛的采样数量",
        f"SELECT island, COUNT(*) FROM {T} WHERE year = 2009 GROUP BY island",
        ["group_by", "filter", "date"],
    ),
    (
        "Which species is least represented in the data?",
        "数据里数量最少的是哪种企鹅",
        f"SELECT species, COUNT(*) FROM {T} GROUP BY species ORDER BY COUNT(*) ASC LIMIT 1",
        ["bottom_n", "group_by"],
        False,
        [0],
    ),
    (
        "How many penguins have an egg date in December?",
        "有多少只企鹅的产卵日期在12月",
        f"SELECT COUNT(*) FROM {T} WHERE strftime('%m', date_egg) = '12'",
        ["filter", "count", "date"],
    ),
    (
        "Average bill depth of penguins sampled from 2008 on",
        "2008年及以后采样的企鹅平均喙深",
        f"SELECT AVG({DEPTH}) FROM {T} WHERE year >= 2008",
        ["filter", "agg", "date"],
    ),
    (
        "Total number of Chinstrap and Gentoo penguins together",
        "帽带企鹅和巴布亚企鹅加起来一共有多少只",
        f"SELECT COUNT(*) FROM {T} WHERE species IN ('Chinstrap', 'Gentoo')",
        ["filter", "count", "cross_lingual_value"],
    ),
    (
        "Average body mass of penguins on each island, heaviest first",
        "各岛企鹅的平均体重，从高到低排列",
        f"SELECT island, AVG({MASS}) FROM {T} GROUP BY island ORDER BY AVG({MASS}) DESC",
        ["group_by", "order"],
        True,
        [0, 1],
    ),
    (
        "How many Adelies on Torgersen had a bill deeper than 19 mm?",
        "托格森岛的阿德利企鹅中喙深超过19毫米的有几只",
        f"SELECT COUNT(*) FROM {T} WHERE species = 'Adelie' AND island = 'Torgersen' AND {DEPTH} > 19",
        ["filter", "count", "compare", "cross_lingual_value"],
    ),
]

MASS_BY_SPECIES = f"SELECT species, AVG({MASS}) FROM {T} GROUP BY species"
MASS_BY_SPECIES_F = f"SELECT species, AVG({MASS}) FROM {T} WHERE sex = 'female' GROUP BY species"
COUNT_BISCOE = f"SELECT COUNT(*) FROM {T} WHERE island = 'Biscoe'"
COUNT_DREAM = f"SELECT COUNT(*) FROM {T} WHERE island = 'Dream'"
FLIP_BY_YEAR = f"SELECT year, AVG({FLIP}) FROM {T} GROUP BY year"
FLIP_BY_YEAR_CH = f"SELECT year, AVG({FLIP}) FROM {T} WHERE species = 'Chinstrap' GROUP BY year"

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Average body mass by species", "en", MASS_BY_SPECIES, ["group_by", "agg"], "c1-en", 0),
    turn("what about just the females?", "en", MASS_BY_SPECIES_F, ["follow_up", "filter"], "c1-en", 1),
    turn("各物种的平均体重", "zh", MASS_BY_SPECIES, ["group_by", "agg"], "c1-zh", 0),
    turn("只看雌性的呢？", "zh", MASS_BY_SPECIES_F, ["follow_up", "filter"], "c1-zh", 1),
    turn("How many penguins live on Biscoe?", "en", COUNT_BISCOE, ["count", "filter"], "c2-en", 0),
    turn("And on Dream?", "en", COUNT_DREAM, ["follow_up", "count", "filter"], "c2-en", 1),
    turn("Biscoe岛上有多少只企鹅", "zh", COUNT_BISCOE, ["count", "filter"], "c2-zh", 0),
    turn("那Dream岛呢", "zh", COUNT_DREAM, ["follow_up", "count", "filter"], "c2-zh", 1),
    turn("Average flipper length per year", "en", FLIP_BY_YEAR, ["group_by", "date"], "c3-en", 0, False, [1]),
    turn("only Chinstrap penguins", "en", FLIP_BY_YEAR_CH, ["follow_up", "filter"], "c3-en", 1, False, [1]),
    turn("每年的平均鳍状肢长度", "zh", FLIP_BY_YEAR, ["group_by", "date"], "c3-zh", 0, False, [1]),
    turn("换成只看帽带企鹅", "zh", FLIP_BY_YEAR_CH, ["follow_up", "filter"], "c3-zh", 1, False, [1]),
]

UNANSWERABLE = [
    ("What is the average age of the Gentoo penguins?", "巴布亚企鹅的平均年龄是多少岁"),
    ("How much krill does an Adelie eat per day?", "阿德利企鹅每天吃多少磷虾"),
    ("How deep can Chinstrap penguins dive?", "帽带企鹅最深能潜到多少米"),
    ("What was the average air temperature on Biscoe in 2008?", "2008年比斯科岛的平均气温是多少"),
    ("How many chicks survived to fledging on each island?", "各岛有多少只雏鸟成功离巢"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "pen", questions(), source=SRC)
