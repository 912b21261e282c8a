"""Write questions.jsonl of the bundesliga question set (hand-written, blind: the engine was not run on them
before they were committed, and its code was not read).

Real data: bundesliga.csv (make_data.py): 14,018 matches of the German first division, seasons 1963/64..2008/09
(vcd's `Bundesliga`, from the DFB), one row each, English headers and values: match_id, season (1963/64), year
(the year the season started), round, match_date, home_team, away_team, home_goals, away_goals, result
(Home win / Draw / Away win).
Readings: "goals" of a match are home_goals + away_goals; a club's goals are its goals at home plus away; a
"season" is the season label, "the 1990s" / a decade are seasons by their start year; "in calendar year 1990" /
"in March 1995" are match dates; a club's number of seasons is the seasons it played home games in (every club
plays at home in every season it is in the league). Club names are written as in the data (Bayern Muenchen,
1. FC Koeln); questions also call them Bayern Munich, Köln, 拜仁 ...
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "bundesliga.csv"
T = "bundesliga"
CV = ["cross_lingual_value"]
GOALS = "home_goals + away_goals"
CLUB_GOALS = (
    f"SELECT team, SUM(goals) AS goals FROM (SELECT home_team AS team, home_goals AS goals FROM {T} "
    f"UNION ALL SELECT away_team, away_goals FROM {T}) GROUP BY team"
)

PAIRS = [
    ("How many matches are in the data?", "数据里一共有多少场比赛", f"SELECT COUNT(*) FROM {T}", ["count"]),
    (
        "How many goals were scored in total?",
        "总共进了多少个球",
        f"SELECT SUM({GOALS}) FROM {T}",
        ["sum"],
    ),
    (
        "What's the average number of goals per game?",
        "场均进球数是多少",
        f"SELECT AVG({GOALS}) FROM {T}",
        ["avg"],
    ),
    (
        "How many different clubs have played in the Bundesliga?",
        "一共有多少支球队踢过德甲",
        f"SELECT COUNT(*) FROM (SELECT home_team FROM {T} UNION SELECT away_team FROM {T})",
        ["count_distinct"],
    ),
    (
        "How many seasons does the dataset cover?",
        "数据覆盖了多少个赛季",
        f"SELECT COUNT(DISTINCT season) FROM {T}",
        ["count_distinct"],
    ),
    (
        "How many games ended in a draw?",
        "有多少场比赛打平了",
        f"SELECT COUNT(*) FROM {T} WHERE result = 'Draw'",
        ["count", "filter", *CV],
    ),
    (
        "What percentage of matches did the home team win?",
        "主队获胜的比赛占百分之多少",
        f"SELECT 100.0 * SUM(result = 'Home win') / COUNT(*) FROM {T}",
        ["pct", "share"],
    ),
    (
        "Number of matches by result",
        "主胜、平局、客胜各有多少场",
        f"SELECT result, COUNT(*) FROM {T} GROUP BY result",
        ["group_by", "count", *CV],
    ),
    (
        "How many goals has Bayern Munich scored at home?",
        "拜仁慕尼黑主场一共进了多少球",
        f"SELECT SUM(home_goals) FROM {T} WHERE home_team = 'Bayern Muenchen'",
        ["sum", "filter", "loose_value", *CV],
    ),
    (
        "Total goals per season",
        "每个赛季的总进球数",
        f"SELECT season, SUM({GOALS}) FROM {T} GROUP BY season",
        ["group_by", "sum"],
    ),
    (
        "Which season saw the most goals?",
        "哪个赛季进球最多",
        f"SELECT season, SUM({GOALS}) AS g FROM {T} GROUP BY season ORDER BY g DESC LIMIT 1",
        ["superlative", "sum"],
        False,
        [0],
    ),
    (
        "Top 5 seasons by goals scored",
        "进球总数最多的前5个赛季",
        f"SELECT season, SUM({GOALS}) AS g FROM {T} GROUP BY season ORDER BY g DESC LIMIT 5",
        ["top_n", "sum"],
        True,
        [0],
    ),
    (
        "In which season were the fewest goals per game scored?",
        "场均进球最少的是哪个赛季",
        f"SELECT season, AVG({GOALS}) AS g FROM {T} GROUP BY season ORDER BY g ASC LIMIT 1",
        ["superlative", "avg", "bottom_n"],
        False,
        [0],
    ),
    (
        "Which team has won the most home games?",
        "主场赢球最多的是哪支球队",
        f"SELECT home_team, COUNT(*) AS w FROM {T} WHERE result = 'Home win' GROUP BY home_team "
        "ORDER BY w DESC LIMIT 1",
        ["superlative", "count"],
        False,
        [0],
    ),
    (
        "Give me the five clubs with the most home wins",
        "主场胜场数最多的五支球队",
        f"SELECT home_team, COUNT(*) AS w FROM {T} WHERE result = 'Home win' GROUP BY home_team "
        "ORDER BY w DESC LIMIT 5",
        ["top_n", "count"],
        True,
        [0],
    ),
    (
        "Which club scored the most goals overall, home and away combined?",
        "哪支球队的总进球最多（主客场加起来）",
        f"{CLUB_GOALS} ORDER BY goals DESC LIMIT 1",
        ["superlative", "sum"],
        False,
        [0],
    ),
    (
        "Top 3 clubs by total goals scored (home plus away)",
        "主客场合计进球数前三的球队",
        f"{CLUB_GOALS} ORDER BY goals DESC LIMIT 3",
        ["top_n", "sum"],
        True,
        [0],
    ),
    (
        "What was the biggest home win ever?",
        "历史上主队赢得最多的一场比赛是哪场",
        f"SELECT home_team, away_team, season, home_goals, away_goals, home_goals - away_goals AS margin "
        f"FROM {T} ORDER BY margin DESC LIMIT 1",
        ["superlative"],
        False,
        [0, 1],
    ),
    (
        "Which games had the most goals?",
        "进球最多的比赛是哪几场",
        f"SELECT home_team, away_team, season, home_goals, away_goals FROM {T} "
        f"WHERE {GOALS} = (SELECT MAX({GOALS}) FROM {T})",
        ["superlative"],
        False,
        [0, 1],
    ),
    (
        "How many 0-0 draws were there?",
        "一共有多少场0比0",
        f"SELECT COUNT(*) FROM {T} WHERE home_goals = 0 AND away_goals = 0",
        ["count", "filter"],
    ),
    (
        "How many matches were played in the 1991/92 season?",
        "1991/92赛季一共踢了多少场比赛",
        f"SELECT COUNT(*) FROM {T} WHERE season = '1991/92'",
        ["count", "filter"],
    ),
    (
        "Average home goals and average away goals per match",
        "主队和客队的场均进球分别是多少",
        f"SELECT AVG(home_goals), AVG(away_goals) FROM {T}",
        ["avg", "comparison"],
    ),
    (
        "How many times has Dortmund hosted Schalke?",
        "多特蒙德主场打沙尔克04打了多少场",
        f"SELECT COUNT(*) FROM {T} WHERE home_team = 'Borussia Dortmund' AND away_team = 'Schalke 04'",
        ["count", "filter", "loose_value", *CV],
    ),
    (
        "Home win rate by decade",
        "每个年代的主场胜率",
        f"SELECT year / 10 * 10 AS decade, 100.0 * SUM(result = 'Home win') / COUNT(*) FROM {T} GROUP BY decade",
        ["pct", "group_by", "time"],
        False,
        [1],
    ),
    (
        "Which month of the year has the most games?",
        "一年里哪个月比赛最多",
        f"SELECT CAST(substr(match_date, 6, 2) AS INTEGER) AS m, COUNT(*) AS n FROM {T} "
        "WHERE match_date IS NOT NULL GROUP BY m ORDER BY n DESC LIMIT 1",
        ["superlative", "time"],
        False,
        [0],
    ),
    (
        "How many matches were played in calendar year 1990?",
        "1990年（按比赛日期）一共踢了多少场",
        f"SELECT COUNT(*) FROM {T} WHERE match_date BETWEEN '1990-01-01' AND '1990-12-31'",
        ["count", "time"],
    ),
    (
        "How many games were played in March 1995?",
        "1995年3月踢了几场比赛",
        f"SELECT COUNT(*) FROM {T} WHERE match_date BETWEEN '1995-03-01' AND '1995-03-31'",
        ["count", "time"],
    ),
    (
        "Show the total goals of each season from 2000/01 onwards, in order",
        "2000/01赛季以来每个赛季的总进球走势",
        f"SELECT season, SUM({GOALS}) FROM {T} WHERE year >= 2000 GROUP BY season ORDER BY season",
        ["group_by", "time", "trend"],
        True,
    ),
    (
        "Hamburg's home record: wins, draws and losses",
        "汉堡队主场的胜平负各多少场",
        f"SELECT result, COUNT(*) FROM {T} WHERE home_team = 'Hamburger SV' GROUP BY result",
        ["group_by", "filter", "loose_value", *CV],
        False,
        [1],
    ),
    (
        "Which club has spent the most seasons in the league?",
        "哪支球队在德甲待的赛季最多",
        f"SELECT home_team, COUNT(DISTINCT season) AS n FROM {T} GROUP BY home_team ORDER BY n DESC LIMIT 1",
        ["superlative", "count_distinct"],
        False,
        [0],
    ),
    (
        "Which teams only lasted a single season in the Bundesliga?",
        "只在德甲踢过一个赛季的球队有哪些",
        f"SELECT home_team FROM {T} GROUP BY home_team HAVING COUNT(DISTINCT season) = 1",
        ["count_distinct", "having"],
    ),
    (
        "How many goals did Werder Bremen concede at home?",
        "不来梅在主场一共丢了几个球",
        f"SELECT SUM(away_goals) FROM {T} WHERE home_team = 'Werder Bremen'",
        ["sum", "filter", "loose_value", *CV],
    ),
    (
        "Compare goals per game in the 1970s with the 2000s",
        "70年代和2000年代的场均进球比一比",
        f"SELECT year / 10 * 10 AS decade, AVG({GOALS}) FROM {T} WHERE year / 10 * 10 IN (1970, 2000) "
        "GROUP BY decade",
        ["comparison", "avg", "time"],
        False,
        [1],
    ),
    (
        "How many away games did Bayern win?",
        "拜仁客场赢了多少场",
        f"SELECT COUNT(*) FROM {T} WHERE away_team = 'Bayern Muenchen' AND result = 'Away win'",
        ["count", "filter", "loose_value", *CV],
    ),
    (
        "How many times more home wins than away wins are there?",
        "主胜的场数是客胜的几倍",
        f"SELECT 1.0 * SUM(result = 'Home win') / SUM(result = 'Away win') FROM {T}",
        ["ratio"],
    ),
    (
        "Which clubs played in the 2008/09 season?",
        "2008/09赛季有哪些球队参赛",
        f"SELECT DISTINCT home_team FROM {T} WHERE season = '2008/09'",
        ["list", "filter"],
    ),
    (
        "How many matches had more than 6 goals?",
        "单场进球超过6个的比赛有多少场",
        f"SELECT COUNT(*) FROM {T} WHERE {GOALS} > 6",
        ["count", "filter"],
    ),
    (
        "Average total goals in Bayern's home matches",
        "拜仁主场的比赛平均每场进几个球",
        f"SELECT AVG({GOALS}) FROM {T} WHERE home_team = 'Bayern Muenchen'",
        ["avg", "filter", "loose_value", *CV],
    ),
    (
        "When was the first Bundesliga game played?",
        "德甲第一场比赛是哪天踢的",
        f"SELECT MIN(match_date) FROM {T}",
        ["min", "time"],
    ),
    (
        "What date range does the data span?",
        "数据的时间范围是从哪天到哪天",
        f"SELECT MIN(match_date), MAX(match_date) FROM {T}",
        ["min", "max", "time"],
    ),
    (
        "How many times did 1. FC Köln beat Borussia Mönchengladbach at home?",
        "科隆主场赢过门兴格拉德巴赫几次",
        f"SELECT COUNT(*) FROM {T} WHERE home_team = '1. FC Koeln' "
        "AND away_team = 'Borussia Moenchengladbach' AND result = 'Home win'",
        ["count", "filter", "loose_value", *CV],
    ),
    (
        "Average goals per match in round 34, the final matchday",
        "最后一轮（第34轮）的场均进球",
        f"SELECT AVG({GOALS}) FROM {T} WHERE round = 34",
        ["avg", "filter"],
    ),
    (
        "What share of games in the 2000s were draws?",
        "2000年代的比赛里平局占多少比例",
        f"SELECT 100.0 * SUM(result = 'Draw') / COUNT(*) FROM {T} WHERE year BETWEEN 2000 AND 2009",
        ["pct", "share", "time", *CV],
    ),
    (
        "Top 3 teams by away wins",
        "客场赢球最多的三支队",
        f"SELECT away_team, COUNT(*) AS w FROM {T} WHERE result = 'Away win' GROUP BY away_team "
        "ORDER BY w DESC LIMIT 3",
        ["top_n", "count"],
        True,
        [0],
    ),
    (
        "How many goals did away teams score in total?",
        "客队一共进了多少球",
        f"SELECT SUM(away_goals) FROM {T}",
        ["sum"],
    ),
    (
        "How many Bundesliga matches has VfL Wolfsburg played, home and away?",
        "沃尔夫斯堡一共踢了多少场德甲（主客场都算）",
        f"SELECT COUNT(*) FROM {T} WHERE home_team = 'VfL Wolfsburg' OR away_team = 'VfL Wolfsburg'",
        ["count", "filter", *CV],
    ),
    (
        "What's the biggest away win on record?",
        "客队赢得最悬殊的是哪场比赛",
        f"SELECT home_team, away_team, season, home_goals, away_goals, away_goals - home_goals AS margin "
        f"FROM {T} ORDER BY margin DESC LIMIT 1",
        ["superlative"],
        False,
        [0, 1],
    ),
    (
        "How many home games has Schalke lost?",
        "沙尔克主场输了多少场",
        f"SELECT COUNT(*) FROM {T} WHERE home_team = 'Schalke 04' AND result = 'Away win'",
        ["count", "filter", "loose_value", *CV],
    ),
    (
        "In what percentage of matches did both teams score?",
        "两队都有进球的比赛占百分之几",
        f"SELECT 100.0 * SUM(home_goals > 0 AND away_goals > 0) / COUNT(*) FROM {T}",
        ["pct", "share"],
    ),
    (
        "Total goals by decade",
        "按年代统计总进球",
        f"SELECT year / 10 * 10 AS decade, SUM({GOALS}) FROM {T} GROUP BY decade",
        ["group_by", "sum", "time"],
        False,
        [1],
    ),
    (
        "How many matches were there in each season of the 1960s?",
        "60年代每个赛季各有多少场比赛",
        f"SELECT season, COUNT(*) FROM {T} WHERE year BETWEEN 1960 AND 1969 GROUP BY season",
        ["group_by", "count", "time"],
    ),
    (
        "Average home goals per game, season by season, for the 1980s",
        "80年代各赛季主队场均进球",
        f"SELECT season, AVG(home_goals) FROM {T} WHERE year BETWEEN 1980 AND 1989 GROUP BY season",
        ["group_by", "avg", "time"],
    ),
    (
        "How many goals were scored in the 2005/06 season?",
        "2005/06赛季总共进了多少球",
        f"SELECT SUM({GOALS}) FROM {T} WHERE season = '2005/06'",
        ["sum", "filter"],
    ),
    (
        "How many matches had the away side scoring 5 or more?",
        "客队进5个球及以上的比赛有几场",
        f"SELECT COUNT(*) FROM {T} WHERE away_goals >= 5",
        ["count", "filter"],
    ),
    (
        "How many clubs did Bayern Munich face at home?",
        "拜仁在主场一共交手过多少个不同的对手",
        f"SELECT COUNT(DISTINCT away_team) FROM {T} WHERE home_team = 'Bayern Muenchen'",
        ["count_distinct", "filter", "loose_value", *CV],
    ),
    (
        "Bayern vs Dortmund: who has more home wins?",
        "拜仁和多特蒙德，谁的主场胜场多",
        f"SELECT home_team, COUNT(*) FROM {T} WHERE result = 'Home win' "
        "AND home_team IN ('Bayern Muenchen', 'Borussia Dortmund') GROUP BY home_team",
        ["comparison", "count", "loose_value", *CV],
    ),
    (
        "Draws per season between 1975/76 and 1979/80",
        "1975/76到1979/80各赛季的平局数",
        f"SELECT season, COUNT(*) FROM {T} WHERE result = 'Draw' AND year BETWEEN 1975 AND 1979 GROUP BY season",
        ["group_by", "count", "time", "range", *CV],
    ),
    (
        "What is the highest number of goals a home side scored in one game?",
        "主队单场最多进过几个球",
        f"SELECT MAX(home_goals) FROM {T}",
        ["max"],
    ),
]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


BAY_HOME_WINS = f"SELECT COUNT(*) FROM {T} WHERE home_team = 'Bayern Muenchen' AND result = 'Home win'"
BVB_HOME_WINS = f"SELECT COUNT(*) FROM {T} WHERE home_team = 'Borussia Dortmund' AND result = 'Home win'"
BVB_SHARE = (
    f"SELECT 100.0 * SUM(result = 'Home win') / COUNT(*) FROM {T} WHERE home_team = 'Borussia Dortmund'"
)
NINETIES = f"SELECT season, SUM({GOALS}) FROM {T} WHERE year BETWEEN 1990 AND 1999 GROUP BY season"
NINETIES_TOP = (
    f"SELECT season, SUM({GOALS}) AS g FROM {T} WHERE year BETWEEN 1990 AND 1999 GROUP BY season "
    "ORDER BY g DESC LIMIT 1"
)
TOP_DRAWS = f"SELECT COUNT(*) FROM {T} WHERE season = '1991/92' AND result = 'Draw'"
AVG_8586 = f"SELECT AVG({GOALS}) FROM {T} WHERE season = '1985/86'"
AVG_0506 = f"SELECT AVG({GOALS}) FROM {T} WHERE season = '2005/06'"
HW_0506 = f"SELECT COUNT(*) FROM {T} WHERE season = '2005/06' AND result = 'Home win'"

CONVERSATIONS = [
    turn("How many home games has Bayern Munich won?", "en", BAY_HOME_WINS, ["count", "filter"], "c1-en", 0),
    turn("And Borussia Dortmund?", "en", BVB_HOME_WINS, ["count", "follow_up"], "c1-en", 1),
    turn("What share of its home games is that?", "en", BVB_SHARE, ["pct", "follow_up"], "c1-en", 2),
    turn("拜仁慕尼黑主场赢了多少场", "zh", BAY_HOME_WINS, ["count", "filter", "cross_lingual"], "c1-zh", 0),
    turn("多特蒙德呢？", "zh", BVB_HOME_WINS, ["count", "follow_up", "cross_lingual"], "c1-zh", 1),
    turn("占它主场比赛的百分之多少", "zh", BVB_SHARE, ["pct", "follow_up", "cross_lingual"], "c1-zh", 2),
    turn("Total goals for each season of the 1990s", "en", NINETIES, ["group_by", "time"], "c2-en", 0),
    turn(
        "Which of those seasons had the most?",
        "en",
        NINETIES_TOP,
        ["superlative", "follow_up"],
        "c2-en",
        1,
        False,
        [0],
    ),
    turn("How many draws were there that season?", "en", TOP_DRAWS, ["count", "follow_up"], "c2-en", 2),
    turn("90年代每个赛季的总进球", "zh", NINETIES, ["group_by", "time", "cross_lingual"], "c2-zh", 0),
    turn(
        "其中哪个赛季最多",
        "zh",
        NINETIES_TOP,
        ["superlative", "follow_up", "cross_lingual"],
        "c2-zh",
        1,
        False,
        [0],
    ),
    turn("那个赛季有几场平局", "zh", TOP_DRAWS, ["count", "follow_up", "cross_lingual"], "c2-zh", 2),
    turn("Goals per game in the 1985/86 season?", "en", AVG_8586, ["avg", "filter"], "c3-en", 0),
    turn("and in 2005/06?", "en", AVG_0506, ["avg", "follow_up"], "c3-en", 1),
    turn("How many home wins were there that season?", "en", HW_0506, ["count", "follow_up"], "c3-en", 2),
    turn("1985/86赛季场均进几个球", "zh", AVG_8586, ["avg", "filter", "cross_lingual"], "c3-zh", 0),
    turn("2005/06赛季呢", "zh", AVG_0506, ["avg", "follow_up", "cross_lingual"], "c3-zh", 1),
    turn("那个赛季主队赢了几场", "zh", HW_0506, ["count", "follow_up", "cross_lingual"], "c3-zh", 2),
]

SINGLE = [
    (
        "List Bayern's away matches in the 2000/01 season by date",
        "en",
        f"SELECT match_date, home_team, home_goals, away_goals FROM {T} "
        "WHERE away_team = 'Bayern Muenchen' AND season = '2000/01' ORDER BY match_date",
        ["list", "filter", "sorted"],
        True,
        [0, 1],
    ),
    (
        "how many games finished 1-1",
        "en",
        f"SELECT COUNT(*) FROM {T} WHERE home_goals = 1 AND away_goals = 1",
        ["count", "filter"],
    ),
    (
        "门兴主场最多赢过对手几个球",
        "zh",
        f"SELECT MAX(home_goals - away_goals) FROM {T} WHERE home_team = 'Borussia Moenchengladbach'",
        ["max", "filter", "loose_value", "cross_lingual"],
    ),
    (
        "客队赢球的比赛一共多少场啊",
        "zh",
        f"SELECT COUNT(*) FROM {T} WHERE result = 'Away win'",
        ["count", "filter", "cross_lingual", *CV],
    ),
]

UNANSWERABLE = [
    ("What was the average attendance at Bayern's home games?", "拜仁主场比赛的平均上座人数是多少"),
    ("Who was the top goal scorer of the 1995/96 season?", "1995/96赛季的最佳射手是谁"),
    ("How many yellow cards were shown in 2005?", "2005年一共出示了多少张黄牌"),
    ("How many goals were scored in the 2015/16 season?", "2015/16赛季一共进了多少球"),
    ("How much ticket revenue did Dortmund make per season?", "多特蒙德每个赛季的门票收入是多少"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    questions.extend(SINGLE)
    write_questions(HERE, "bund", questions, source=SRC)


if __name__ == "__main__":
    main()
