"""Write questions.jsonl of the bake_off question set (hand-written, blind: the engine was not run on them
before they were committed).

Real data: bake_off.sqlite (make_data.py): The Great British Bake Off, series 1-10 (2010-2019), via the R
package bakeoff (MIT; compiled from Wikipedia, CC BY-SA; see README.md): results and 收视 (viewing figures)
facts, bakers and 季 (series) dimensions. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "bake_off.sqlite"
RB = "results r JOIN bakers b ON r.baker_id = b.baker_id"
RS = "results r JOIN 季 s ON r.series = s.季号"
BS = "bakers b JOIN 季 s ON b.series = s.季号"
VS = "收视 v JOIN 季 s ON v.季号 = s.季号"
RBS = RB + " JOIN 季 s ON r.series = s.季号"
RBV = RB + " JOIN 收视 v ON r.series = v.季号 AND r.episode = v.集"
STAR = "r.result = 'STAR BAKER'"
JOIN = ["join"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


def series_avg_7day(series: int) -> str:
    return f"(SELECT AVG(七日观众_百万) FROM 收视 WHERE 季号 = {series})"


# (english, chinese, gold_sql, tags[, ordered, compare]); the questions that need a join come first
JOINED = [
    (
        "Which baker won star baker the most times?",
        "哪位选手拿“本周最佳烘焙师”（Star Baker）的次数最多",
        f"SELECT b.full_name, COUNT(*) FROM {RB} WHERE {STAR} GROUP BY b.full_name ORDER BY COUNT(*) DESC LIMIT 1",
        [*JOIN, "top_n", "group_by", "count"],
        False,
        [0],
    ),
    (
        "Who are the two bakers with the most technical challenge wins?",
        "技术挑战拿第一次数最多的两位选手是谁",
        f"SELECT b.full_name, COUNT(*) FROM {RB} WHERE r.technical = 1 GROUP BY b.full_name"
        " ORDER BY COUNT(*) DESC LIMIT 2",
        [*JOIN, "top_n", "group_by", "count"],
        False,
        [0],
    ),
    (
        "What was the average age of the series winners?",
        "历届冠军的平均年龄是多少",
        f"SELECT AVG(b.age) FROM {RB} WHERE r.result = 'WINNER'",
        [*JOIN, "agg", "filter"],
    ),
    (
        "How old was the series 6 winner, and what was her job?",
        "第6季冠军当时多大，做什么工作的",
        f"SELECT b.full_name, b.age, b.occupation FROM {RB} WHERE r.series = 6 AND r.result = 'WINNER'",
        [*JOIN, "filter", "lookup"],
        False,
        [1, 2],
    ),
    (
        "How many different bakers aged 40 or over were named star baker at least once?",
        "40岁及以上的选手里，有几个人至少拿过一次Star Baker",
        f"SELECT COUNT(DISTINCT b.baker_id) FROM {RB} WHERE {STAR} AND b.age >= 40",
        [*JOIN, "count", "distinct", "filter", "compare"],
    ),
    (
        "Who got sent home in series 7?",
        "第七季被淘汰的都有谁",
        f"SELECT b.full_name FROM {RB} WHERE r.series = 7 AND r.result = 'OUT'",
        [*JOIN, "filter", "list"],
    ),
    (
        "Average 7-day audience by channel",
        "各频道的平均7日观众数（百万）",
        f"SELECT s.频道, AVG(v.七日观众_百万) FROM {VS} GROUP BY s.频道",
        [*JOIN, "group_by", "agg"],
    ),
    (
        "How many episodes went out on BBC One?",
        "BBC One一共播了多少集",
        f"SELECT COUNT(*) FROM {VS} WHERE s.频道 = 'BBC One'",
        [*JOIN, "count", "filter"],
    ),
    (
        "Number of star baker awards handed out in the series of each channel",
        "每个频道播出的那几季里，各评出过多少次Star Baker",
        f"SELECT s.频道, COUNT(*) FROM {RS} WHERE {STAR} GROUP BY s.频道",
        [*JOIN, "group_by", "count"],
    ),
    (
        "Compare the average age of the contestants on Channel 4 with those on BBC One",
        "Channel 4和BBC One的参赛选手平均年龄对比一下",
        f"SELECT s.频道, AVG(b.age) FROM {BS} WHERE s.频道 IN ('Channel 4', 'BBC One') GROUP BY s.频道",
        [*JOIN, "compare_two", "group_by"],
    ),
    (
        "What was the average 7-day audience of the episodes in which Richard Burr was star baker?",
        "Richard Burr拿到Star Baker的那几集，平均7日观众是多少",
        f"SELECT AVG(v.七日观众_百万) FROM {RBV} WHERE {STAR} AND b.full_name = 'Richard Burr'",
        [*JOIN, "three_tables", "agg", "filter"],
    ),
    (
        "Who was star baker in each episode of series 5?",
        "第5季每一集的Star Baker分别是谁",
        f"SELECT r.episode, b.full_name FROM {RB} WHERE r.series = 5 AND {STAR}",
        [*JOIN, "filter", "list"],
        False,
        [1],
    ),
    (
        "Which bakers were star baker at least three times?",
        "哪些选手拿过三次或以上Star Baker",
        f"SELECT b.full_name, COUNT(*) FROM {RB} WHERE {STAR} GROUP BY b.full_name HAVING COUNT(*) >= 3",
        [*JOIN, "having", "group_by"],
        False,
        [0],
    ),
    (
        "For each series winner, what was their average placing in the technical challenge?",
        "每位冠军在技术挑战里的平均名次是多少",
        f"SELECT b.full_name, AVG(r.technical) FROM {RB}"
        " WHERE r.baker_id IN (SELECT baker_id FROM results WHERE result = 'WINNER') GROUP BY b.full_name",
        [*JOIN, "group_by", "agg", "subquery"],
    ),
    (
        "What share of all star baker awards went to bakers under 30?",
        "所有Star Baker里，30岁以下的选手拿了百分之多少",
        f"SELECT 100.0 * SUM(CASE WHEN b.age < 30 THEN 1 ELSE 0 END) / COUNT(*) FROM {RB} WHERE {STAR}",
        [*JOIN, "share", "pct"],
    ),
    (
        "How many bakers competed in the series that aired on Tuesdays?",
        "周二播出的那几季，一共有多少位参赛选手",
        f"SELECT COUNT(*) FROM {BS} WHERE s.播出日 = 'Tuesday'",
        [*JOIN, "count", "filter", "cross_lingual_value"],
    ),
    (
        "How many star baker awards were given in the series that premiered in 2015 or later?",
        "2015年及以后首播的几季一共评了多少次Star Baker",
        f"SELECT COUNT(*) FROM {RS} WHERE {STAR} AND s.首播日期 >= '2015-01-01'",
        [*JOIN, "count", "filter", "date"],
    ),
    (
        "How many eliminations were there while the show was on BBC Two?",
        "节目还在BBC Two播出的那几年，一共淘汰了多少人次",
        f"SELECT COUNT(*) FROM {RS} WHERE r.result = 'OUT' AND s.频道 = 'BBC Two'",
        [*JOIN, "count", "filter"],
    ),
    (
        "How many episodes did each baker of series 4 appear in?",
        "第4季每位选手各参加了几集",
        f"SELECT b.full_name, COUNT(*) FROM {RB} WHERE r.series = 4 GROUP BY b.full_name",
        [*JOIN, "group_by", "count"],
    ),
    (
        "What did each of the winners do for a living?",
        "历届冠军都是做什么职业的",
        f"SELECT r.series, b.full_name, b.occupation FROM {RB} WHERE r.result = 'WINNER'",
        [*JOIN, "filter", "list"],
        False,
        [2],
    ),
    (
        "Average age of the runners-up",
        "亚军们的平均年龄",
        f"SELECT AVG(b.age) FROM {RB} WHERE r.result = 'Runner-up'",
        [*JOIN, "agg", "filter", "cross_lingual_value"],
    ),
    (
        "How do contestants aged 50 and over place on average in the technical challenge?",
        "50岁及以上的选手，技术挑战平均排第几",
        f"SELECT AVG(r.technical) FROM {RB} WHERE b.age >= 50",
        [*JOIN, "agg", "filter", "compare"],
    ),
    (
        "Steph Blackwell vs Ruby Tandoh: how many star baker awards each?",
        "Steph Blackwell和Ruby Tandoh各拿了几次Star Baker",
        f"SELECT b.full_name, COUNT(*) FROM {RB} WHERE {STAR} AND b.full_name IN ('Steph Blackwell', 'Ruby Tandoh')"
        " GROUP BY b.full_name",
        [*JOIN, "compare_two", "count"],
    ),
    (
        "7-day viewers of each series finale",
        "每一季决赛那一集的7日观众数",
        f"SELECT v.季号, v.七日观众_百万 FROM {VS} WHERE v.集 = s.集数",
        [*JOIN, "filter", "list"],
        False,
        [1],
    ),
    (
        "Which series had the most-watched final?",
        "哪一季的决赛收视最高",
        f"SELECT v.季号, v.七日观众_百万 FROM {VS} WHERE v.集 = s.集数 ORDER BY v.七日观众_百万 DESC LIMIT 1",
        [*JOIN, "top_n", "filter"],
        False,
        [0],
    ),
    (
        "How many of the students who took part were star baker at least once?",
        "学生选手里有几位拿过Star Baker",
        f"SELECT COUNT(DISTINCT b.baker_id) FROM {RB} WHERE {STAR} AND LOWER(b.occupation) LIKE '%student'",
        [*JOIN, "count", "distinct", "filter", "cross_lingual_value"],
    ),
    (
        "List Nadiya Hussain's signature bakes",
        "Nadiya Hussain在招牌挑战（signature）里都做了什么",
        f"SELECT r.signature FROM {RB} WHERE b.full_name = 'Nadiya Hussain'",
        [*JOIN, "filter", "list"],
    ),
    (
        "What was Frances Quinn's showstopper in the final?",
        "Frances Quinn决赛那集的展示挑战（showstopper）做的是什么",
        f"SELECT r.showstopper FROM {RBS} WHERE b.full_name = 'Frances Quinn' AND r.episode = s.集数",
        [*JOIN, "three_tables", "filter", "lookup"],
    ),
    (
        "How many contestants has each channel had?",
        "每个频道一共有过多少位参赛选手",
        f"SELECT s.频道, COUNT(*) FROM {BS} GROUP BY s.频道",
        [*JOIN, "group_by", "count"],
    ),
    (
        "What jobs did the series 10 star bakers have?",
        "第10季拿过Star Baker的选手都是什么职业",
        f"SELECT DISTINCT b.occupation FROM {RB} WHERE r.series = 10 AND {STAR}",
        [*JOIN, "distinct", "filter"],
    ),
    (
        "How many technical challenges were won by bakers in their twenties?",
        "20多岁（20到29岁）的选手一共拿了多少次技术挑战第一",
        f"SELECT COUNT(*) FROM {RB} WHERE r.technical = 1 AND b.age BETWEEN 20 AND 29",
        [*JOIN, "count", "filter", "range"],
    ),
    (
        "Who is the oldest person to have won the competition?",
        "年纪最大的冠军是谁",
        f"SELECT b.full_name, b.age FROM {RB} WHERE r.result = 'WINNER' ORDER BY b.age DESC LIMIT 1",
        [*JOIN, "top_n", "filter"],
        False,
        [0],
    ),
    (
        "Top 3 series by average 7-day audience, with the channel each was on",
        "平均7日观众最多的3季，分别是哪个频道播的",
        f"SELECT v.季号, s.频道, AVG(v.七日观众_百万) FROM {VS} GROUP BY v.季号, s.频道"
        " ORDER BY AVG(v.七日观众_百万) DESC LIMIT 3",
        [*JOIN, "top_n", "group_by"],
        False,
        [0, 1],
    ),
    (
        "Total 7-day viewers of the Channel 4 episodes shown in 2018",
        "2018年Channel 4播出的各集，7日观众加起来一共多少",
        f"SELECT SUM(v.七日观众_百万) FROM {VS} WHERE s.频道 = 'Channel 4' AND v.英国首播日期 LIKE '2018%'",
        [*JOIN, "agg", "filter", "date"],
    ),
    (
        "Who were the runners-up in the BBC One years?",
        "在BBC One播出的几季里，亚军都有谁",
        f"SELECT b.full_name FROM {RBS} WHERE r.result = 'Runner-up' AND s.频道 = 'BBC One'",
        [*JOIN, "three_tables", "filter", "list", "cross_lingual_value"],
    ),
    (
        "Which baker from series 9 won the most technicals?",
        "第9季技术挑战拿第一最多的是谁",
        f"SELECT b.full_name, COUNT(*) FROM {RB} WHERE r.series = 9 AND r.technical = 1 GROUP BY b.full_name"
        " ORDER BY COUNT(*) DESC LIMIT 1",
        [*JOIN, "top_n", "group_by", "filter"],
        False,
        [0],
    ),
    (
        "How many times was a baker from London named star baker?",
        "来自伦敦的选手一共拿过多少次Star Baker",
        f"SELECT COUNT(*) FROM {RB} WHERE {STAR} AND b.hometown LIKE '%London%'",
        [*JOIN, "count", "filter", "cross_lingual_value"],
    ),
]

SINGLE = [
    (
        "How many bakers have taken part in total?",
        "一共有多少位选手参加过比赛",
        "SELECT COUNT(*) FROM bakers",
        ["count"],
    ),
    (
        "Who was the oldest contestant ever?",
        "年龄最大的参赛选手是谁",
        "SELECT full_name, age FROM bakers ORDER BY age DESC LIMIT 1",
        ["top_n"],
        False,
        [0],
    ),
    (
        "How many contestants were students?",
        "职业是学生的选手有几位",
        "SELECT COUNT(*) FROM bakers WHERE LOWER(occupation) LIKE '%student'",
        ["count", "filter", "cross_lingual_value"],
    ),
    (
        "Which series had the highest average 7-day audience?",
        "哪一季的平均7日观众最多",
        "SELECT 季号, AVG(七日观众_百万) FROM 收视 GROUP BY 季号 ORDER BY AVG(七日观众_百万) DESC LIMIT 1",
        ["top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Which episode drew the biggest 7-day audience?",
        "7日观众最多的是哪一季的第几集",
        "SELECT 季号, 集, 七日观众_百万 FROM 收视 ORDER BY 七日观众_百万 DESC LIMIT 1",
        ["top_n"],
        False,
        [0, 1],
    ),
    (
        "How many episodes were shown in 2016?",
        "2016年一共播出了多少集",
        "SELECT COUNT(*) FROM 收视 WHERE 英国首播日期 LIKE '2016%'",
        ["count", "filter", "date"],
    ),
    (
        "Average 7-day viewers of the episodes broadcast in September 2018",
        "2018年9月播出的那几集，平均7日观众是多少",
        "SELECT AVG(七日观众_百万) FROM 收视 WHERE 英国首播日期 LIKE '2018-09%'",
        ["agg", "filter", "date"],
    ),
    (
        "Number of eliminations in each series",
        "每一季各淘汰了多少人",
        "SELECT series, COUNT(*) FROM results WHERE result = 'OUT' GROUP BY series",
        ["group_by", "count", "filter"],
    ),
    (
        "Who won series 3?",
        "第三季冠军是谁",
        "SELECT 冠军 FROM 季 WHERE 季号 = 3",
        ["lookup", "filter"],
    ),
    (
        "Total 28-day viewers over all the episodes of series 8",
        "第8季所有集的28日观众加起来是多少（百万）",
        "SELECT SUM(二十八日观众_百万) FROM 收视 WHERE 季号 = 8",
        ["agg", "filter"],
    ),
    (
        "By what percentage did the average 7-day audience per episode change from series 7 to series 8?",
        "从第7季到第8季，每集平均7日观众变化了百分之多少",
        f"SELECT 100.0 * ({series_avg_7day(8)} - {series_avg_7day(7)}) / {series_avg_7day(7)}",
        ["period_over_period", "pct"],
    ),
    (
        "Which series 4 episodes ranked lower than 15th across all channels that week?",
        "第4季哪几集当周全频道排名在15名以后",
        "SELECT 集, 全频道排名 FROM 收视 WHERE 季号 = 4 AND 全频道排名 > 15",
        ["filter", "compare"],
        False,
        [0],
    ),
    (
        "How many series premiered before 2014?",
        "2014年之前首播的有几季",
        "SELECT COUNT(*) FROM 季 WHERE 首播日期 < '2014-01-01'",
        ["count", "filter", "date"],
    ),
]

PAIRS = JOINED + SINGLE

S8_STARS = f"SELECT b.full_name, COUNT(*) FROM {RB} WHERE r.series = 8 AND {STAR} GROUP BY b.full_name"
S10_STARS = f"SELECT b.full_name, COUNT(*) FROM {RB} WHERE r.series = 10 AND {STAR} GROUP BY b.full_name"
S10_TOP = S10_STARS + " ORDER BY COUNT(*) DESC LIMIT 1"
BBC1_SERIES = f"SELECT v.季号, AVG(v.七日观众_百万) FROM {VS} WHERE s.频道 = 'BBC One' GROUP BY v.季号"
C4_SERIES = f"SELECT v.季号, AVG(v.七日观众_百万) FROM {VS} WHERE s.频道 = 'Channel 4' GROUP BY v.季号"
C4_FINALS = f"SELECT v.季号, v.七日观众_百万 FROM {VS} WHERE s.频道 = 'Channel 4' AND v.集 = s.集数"
AGE_BY_SERIES = "SELECT series, AVG(age) FROM bakers GROUP BY series"
AGE_C4 = f"SELECT b.series, AVG(b.age) FROM {BS} WHERE s.频道 = 'Channel 4' GROUP BY b.series"
JT = [*JOIN, "follow_up"]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn(
        "How many star baker awards did each series 8 baker win?",
        "en",
        S8_STARS,
        [*JOIN, "group_by"],
        "c1-en",
        0,
    ),
    turn("what about series 10?", "en", S10_STARS, [*JT, "group_by"], "c1-en", 1),
    turn("and who had the most?", "en", S10_TOP, [*JT, "top_n"], "c1-en", 2, False, [0]),
    turn("第8季每位选手各拿了几次Star Baker", "zh", S8_STARS, [*JOIN, "group_by"], "c1-zh", 0),
    turn("那第10季呢？", "zh", S10_STARS, [*JT, "group_by"], "c1-zh", 1),
    turn("谁拿得最多", "zh", S10_TOP, [*JT, "top_n"], "c1-zh", 2, False, [0]),
    turn("Average 7-day viewers of each BBC One series", "en", BBC1_SERIES, [*JOIN, "group_by"], "c2-en", 0),
    turn("What about Channel 4?", "en", C4_SERIES, [*JT, "group_by"], "c2-en", 1),
    turn("just the finals", "en", C4_FINALS, [*JT, "filter"], "c2-en", 2, False, [1]),
    turn("BBC One播出的每一季，平均7日观众各是多少", "zh", BBC1_SERIES, [*JOIN, "group_by"], "c2-zh", 0),
    turn("Channel 4的呢？", "zh", C4_SERIES, [*JT, "group_by"], "c2-zh", 1),
    turn("只看决赛那一集呢？", "zh", C4_FINALS, [*JT, "filter"], "c2-zh", 2, False, [1]),
    turn("Average age of the bakers in each series", "en", AGE_BY_SERIES, ["group_by"], "c3-en", 0),
    turn("only the Channel 4 series?", "en", AGE_C4, [*JT, "filter"], "c3-en", 1),
    turn("每一季选手的平均年龄", "zh", AGE_BY_SERIES, ["group_by"], "c3-zh", 0),
    turn("只看Channel 4播的那几季呢？", "zh", AGE_C4, [*JT, "filter"], "c3-zh", 1),
]

UNANSWERABLE = [
    ("How much prize money did the series 5 winner take home?", "第5季冠军拿到了多少奖金"),
    ("Which judge gave Nadiya Hussain the highest marks?", "哪位评委给Nadiya Hussain的打分最高"),
    ("How much advertising revenue did the Channel 4 series bring in?", "Channel 4那几季的广告收入是多少"),
    ("What is the male to female split of the contestants?", "参赛选手的男女比例是多少"),
    ("How many minutes were the bakers given for each technical challenge?", "每个技术挑战给选手多少分钟"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "gbbo", questions(), source=SRC)
