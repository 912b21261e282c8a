"""Write questions.jsonl of the baseball_star question set (hand-written, blind: the engine was not run on
them before they were committed).

Real data: baseball_star.sqlite (make_data.py): Major League Baseball seasons 2013-2016 from the Baseball
Databank (Lahman database; CC BY-SA 3.0; see README.md): teams, team_seasons, batting, 球员 (players), 薪资
(salaries). python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "baseball_star.sqlite"
SP = "薪资 s JOIN 球员 p ON s.球员编号 = p.球员编号"
ST = "薪资 s JOIN teams t ON s.球队编号 = t.team_id"
BP = "batting b JOIN 球员 p ON b.player_id = p.球员编号"
BT = "batting b JOIN teams t ON b.team_id = t.team_id"
BPT = BP + " JOIN teams t ON b.team_id = t.team_id"
TT = "team_seasons ts JOIN teams t ON ts.team_id = t.team_id"
JOIN = ["join"]


def turn(question, lang, gold, tags, conversation, number, ordered=False, compare=None):
    return (question, lang, gold, tags, ordered, compare, conversation, number)


# (english, chinese, gold_sql, tags[, ordered, compare]); the questions that need a join come first
JOINED = [
    (
        "Total payroll of each team in 2016, by team name",
        "2016年各球队的薪资总额（显示球队名称）",
        f"SELECT t.team_name, SUM(s.薪资) FROM {ST} WHERE s.年份 = 2016 GROUP BY t.team_name",
        [*JOIN, "group_by", "date"],
    ),
    (
        "Which team spent the most on salaries in 2015?",
        "2015年哪支球队发的薪水最多",
        f"SELECT t.team_name, SUM(s.薪资) FROM {ST} WHERE s.年份 = 2015 GROUP BY t.team_name"
        " ORDER BY SUM(s.薪资) DESC LIMIT 1",
        [*JOIN, "top_n", "date"],
        False,
        [0],
    ),
    (
        "Average salary in the American League vs the National League in 2014",
        "2014年美国联盟和国家联盟的平均薪资各是多少",
        f"SELECT t.league, AVG(s.薪资) FROM {ST} WHERE s.年份 = 2014 GROUP BY t.league",
        [*JOIN, "compare_two", "cross_lingual_value"],
    ),
    (
        "How many home runs did Dominican-born players hit over the four seasons?",
        "出生在多米尼加的球员这四个赛季一共打了多少个本垒打",
        f"SELECT SUM(b.home_runs) FROM {BP} WHERE p.出生国家 = 'D.R.'",
        [*JOIN, "filter", "agg", "cross_lingual_value"],
    ),
    (
        "How many Venezuelan players batted in 2016?",
        "2016年有多少名委内瑞拉出生的球员有击球记录",
        f"SELECT COUNT(DISTINCT b.player_id) FROM {BP} WHERE p.出生国家 = 'Venezuela' AND b.year = 2016",
        [*JOIN, "count", "distinct", "cross_lingual_value"],
    ),
    (
        "Who were the two biggest home run hitters of 2015?",
        "2015年本垒打最多的两名球员是谁",
        f"SELECT p.名, p.姓, SUM(b.home_runs) FROM {BP} WHERE b.year = 2015 GROUP BY b.player_id"
        " ORDER BY SUM(b.home_runs) DESC LIMIT 2",
        [*JOIN, "top_n", "date"],
        False,
        [1],
    ),
    (
        "The three highest-paid players of 2016",
        "2016年薪水最高的三名球员",
        f"SELECT p.名, p.姓, s.薪资 FROM {SP} WHERE s.年份 = 2016 ORDER BY s.薪资 DESC LIMIT 3",
        [*JOIN, "top_n", "date"],
        False,
        [1],
    ),
    (
        "Average 2016 salary by batting side (left, right, switch)",
        "2016年按击球习惯（左打、右打、左右开弓）统计的平均薪资",
        f"SELECT p.击球习惯, AVG(s.薪资) FROM {SP} WHERE s.年份 = 2016 GROUP BY p.击球习惯",
        [*JOIN, "group_by"],
        False,
        [1],
    ),
    (
        "How many games did each NL West team win in 2016?",
        "2016年国家联盟西区各队分别赢了多少场",
        f"SELECT t.team_name, ts.wins FROM {TT} WHERE t.league = 'NL' AND t.division = 'W' AND ts.year = 2016",
        [*JOIN, "filter", "cross_lingual_value"],
    ),
    (
        "Which American League club won the most games across 2013-2016?",
        "2013到2016年累计胜场最多的美国联盟球队是哪支",
        f"SELECT t.team_name, SUM(ts.wins) FROM {TT} WHERE t.league = 'AL' GROUP BY t.team_name"
        " ORDER BY SUM(ts.wins) DESC LIMIT 1",
        [*JOIN, "top_n", "range"],
        False,
        [0],
    ),
    (
        "Total 2016 attendance for each league",
        "2016年两个联盟各自的总观众人数",
        f"SELECT t.league, SUM(ts.attendance) FROM {TT} WHERE ts.year = 2016 GROUP BY t.league",
        [*JOIN, "group_by", "date"],
    ),
    (
        "Home runs of the Chicago Cubs in each season",
        "芝加哥小熊队每个赛季的本垒打数",
        f"SELECT ts.year, ts.home_runs FROM {TT} WHERE t.team_name = 'Chicago Cubs'",
        [*JOIN, "filter", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "Who won the World Series each year?",
        "每年的世界大赛冠军是哪支球队",
        f"SELECT ts.year, t.team_name FROM {TT} WHERE ts.won_world_series = 'Y'",
        [*JOIN, "filter", "date"],
        False,
        [1],
    ),
    (
        "Which teams won their division in 2015?",
        "2015年哪些球队拿到了分区冠军",
        f"SELECT t.team_name FROM {TT} WHERE ts.won_division = 'Y' AND ts.year = 2015",
        [*JOIN, "filter", "list"],
    ),
    (
        "Which players earned more than $25 million in 2016?",
        "2016年年薪超过2500万美元的球员有哪些",
        f"SELECT p.名, p.姓 FROM {SP} WHERE s.年份 = 2016 AND s.薪资 > 25000000",
        [*JOIN, "filter", "compare", "unit", "zh_number"],
    ),
    (
        "How many players were on the New York Yankees payroll in 2014?",
        "2014年纽约洋基队的薪资名单上有多少名球员",
        f"SELECT COUNT(*) FROM {ST} WHERE t.team_name = 'New York Yankees' AND s.年份 = 2014",
        [*JOIN, "count", "filter", "cross_lingual_value"],
    ),
    (
        "Which Japanese-born players batted for the Yankees?",
        "哪些日本出生的球员在洋基队打过球",
        f"SELECT DISTINCT p.名, p.姓 FROM {BPT} WHERE p.出生国家 = 'Japan' AND t.team_name = 'New York Yankees'",
        [*JOIN, "three_tables", "filter", "cross_lingual_value"],
    ),
    (
        "Total 2016 salaries paid to players born outside the USA",
        "2016年非美国出生球员的薪资总额",
        f"SELECT SUM(s.薪资) FROM {SP} WHERE s.年份 = 2016 AND p.出生国家 <> 'USA'",
        [*JOIN, "negation", "agg", "cross_lingual_value"],
    ),
    (
        "Which teams never won their division in these four seasons?",
        "这四个赛季里从没拿过分区冠军的球队有哪些",
        "SELECT team_name FROM teams WHERE team_id NOT IN"
        " (SELECT team_id FROM team_seasons WHERE won_division = 'Y')",
        [*JOIN, "anti_join", "list"],
    ),
    (
        "How many players batted in 2016 but have no 2016 salary on record?",
        "2016年有击球记录但没有2016年薪资记录的球员有多少人",
        "SELECT COUNT(DISTINCT b.player_id) FROM batting b WHERE b.year = 2016 AND NOT EXISTS"
        " (SELECT 1 FROM 薪资 s WHERE s.球员编号 = b.player_id AND s.年份 = 2016)",
        [*JOIN, "anti_join", "count"],
    ),
    (
        "Average salary of the Boston Red Sox per year",
        "波士顿红袜队每年的平均薪资",
        f"SELECT s.年份, AVG(s.薪资) FROM {ST} WHERE t.team_name = 'Boston Red Sox' GROUP BY s.年份",
        [*JOIN, "group_by", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "Which team paid the least salary per win in 2016?",
        "2016年每场胜利花费薪资最少的是哪支球队",
        f"SELECT t.team_name, SUM(s.薪资) * 1.0 / ts.wins FROM {ST}"
        " JOIN team_seasons ts ON ts.team_id = t.team_id AND ts.year = s.年份"
        " WHERE s.年份 = 2016 GROUP BY t.team_name ORDER BY SUM(s.薪资) * 1.0 / ts.wins ASC LIMIT 1",
        [*JOIN, "three_tables", "derived", "bottom_n"],
        False,
        [0],
    ),
    (
        "Birth countries with the most players who batted in 2016, top 3",
        "2016年有击球记录的球员人数最多的3个出生国家",
        f"SELECT p.出生国家, COUNT(DISTINCT b.player_id) FROM {BP} WHERE b.year = 2016 GROUP BY p.出生国家"
        " ORDER BY COUNT(DISTINCT b.player_id) DESC LIMIT 3",
        [*JOIN, "top_n", "count", "distinct"],
        False,
        [0],
    ),
    (
        "What was the Detroit Tigers' total payroll in 2013?",
        "底特律老虎队2013年的薪资总额是多少",
        f"SELECT SUM(s.薪资) FROM {ST} WHERE t.team_name = 'Detroit Tigers' AND s.年份 = 2013",
        [*JOIN, "filter", "agg", "cross_lingual_value"],
    ),
    (
        "Mike Trout's salary in each year",
        "Mike Trout 每年的薪水是多少",
        f"SELECT s.年份, s.薪资 FROM {SP} WHERE p.名 = 'Mike' AND p.姓 = 'Trout'",
        [*JOIN, "lookup", "date"],
        False,
        [1],
    ),
    (
        "How many home runs did Mike Trout hit each season?",
        "迈克·特劳特（Mike Trout）每个赛季打了几个本垒打",
        f"SELECT b.year, SUM(b.home_runs) FROM {BP} WHERE p.名 = 'Mike' AND p.姓 = 'Trout' GROUP BY b.year",
        [*JOIN, "lookup", "date", "cross_lingual_value"],
        False,
        [1],
    ),
    (
        "How many players born in 1995 or later batted in 2016?",
        "1995年及以后出生、2016年有击球记录的球员有几人",
        f"SELECT COUNT(DISTINCT b.player_id) FROM {BP} WHERE p.出生年份 >= 1995 AND b.year = 2016",
        [*JOIN, "count", "distinct", "date"],
    ),
    (
        "Total strikeouts by hitters on American League teams in 2015",
        "2015年美国联盟球队击球员的三振总数",
        f"SELECT SUM(b.strikeouts) FROM {BT} WHERE t.league = 'AL' AND b.year = 2015",
        [*JOIN, "filter", "agg", "cross_lingual_value"],
    ),
    (
        "Stolen bases in 2016 by league and division",
        "2016年按联盟和分区统计的盗垒数",
        f"SELECT t.league, t.division, SUM(b.stolen_bases) FROM {BT} WHERE b.year = 2016"
        " GROUP BY t.league, t.division",
        [*JOIN, "group_by", "two_keys"],
    ),
    (
        "Which teams drew more than 3 million fans in 2016?",
        "2016年观众超过300万人次的球队有哪些",
        f"SELECT t.team_name FROM {TT} WHERE ts.year = 2016 AND ts.attendance > 3000000",
        [*JOIN, "filter", "compare", "zh_number"],
    ),
    (
        "Which league scored more runs in 2014?",
        "2014年哪个联盟的总得分更多",
        f"SELECT t.league, SUM(ts.runs_scored) FROM {TT} WHERE ts.year = 2014 GROUP BY t.league"
        " ORDER BY SUM(ts.runs_scored) DESC LIMIT 1",
        [*JOIN, "top_n", "compare_two"],
        False,
        [0],
    ),
    (
        "The 3 teams with the lowest average salary in 2016",
        "2016年平均薪资最低的3支球队",
        f"SELECT t.team_name, AVG(s.薪资) FROM {ST} WHERE s.年份 = 2016 GROUP BY t.team_name"
        " ORDER BY AVG(s.薪资) ASC LIMIT 3",
        [*JOIN, "bottom_n"],
        False,
        [0],
    ),
    (
        "Top 3 best-paid players born in Japan in 2016",
        "2016年收入最高的3名日本出生球员",
        f"SELECT p.名, p.姓, s.薪资 FROM {SP} WHERE s.年份 = 2016 AND p.出生国家 = 'Japan'"
        " ORDER BY s.薪资 DESC LIMIT 3",
        [*JOIN, "top_n", "filter", "cross_lingual_value"],
        True,
        [1],
    ),
    (
        "How much were Cuban-born players paid in total from 2013 to 2016?",
        "2013年至2016年古巴出生球员的薪资总额",
        f"SELECT SUM(s.薪资) FROM {SP} WHERE p.出生国家 = 'Cuba' AND s.年份 BETWEEN 2013 AND 2016",
        [*JOIN, "agg", "range", "cross_lingual_value"],
    ),
    (
        "Number of different players who batted for each team in 2016",
        "2016年每支球队上场击球的球员人数",
        f"SELECT t.team_name, COUNT(DISTINCT b.player_id) FROM {BT} WHERE b.year = 2016 GROUP BY t.team_name",
        [*JOIN, "group_by", "count", "distinct"],
        False,
        [1],
    ),
    (
        "Run differential of each team in 2016 (runs scored minus runs allowed), best first",
        "2016年各队的得失分差（得分减失分），从高到低",
        f"SELECT t.team_name, ts.runs_scored - ts.runs_allowed FROM {TT} WHERE ts.year = 2016"
        " ORDER BY ts.runs_scored - ts.runs_allowed DESC",
        [*JOIN, "derived", "order"],
        True,
        [1],
    ),
    (
        "Average height of players who hit 30 or more home runs for one team in a season",
        "单季为一支球队打出30个以上本垒打的球员平均身高",
        "SELECT AVG(p.身高) FROM 球员 p WHERE p.球员编号 IN (SELECT player_id FROM batting WHERE home_runs >= 30)",
        [*JOIN, "filter", "agg", "fan_out"],
    ),
    (
        "Which team had the best (lowest) ERA in 2014?",
        "2014年哪支球队的防御率最低",
        f"SELECT t.team_name, ts.era FROM {TT} WHERE ts.year = 2014 ORDER BY ts.era ASC LIMIT 1",
        [*JOIN, "bottom_n", "synonym"],
        False,
        [0],
    ),
]

# single-table controls
SINGLE = [
    ("How many teams are there?", "一共有多少支球队", "SELECT COUNT(*) FROM teams", ["count"]),
    (
        "Average attendance per team in 2016",
        "2016年球队的平均观众人数",
        "SELECT AVG(attendance) FROM team_seasons WHERE year = 2016",
        ["agg", "date"],
    ),
    (
        "What was the total of all salaries in 2016?",
        "2016年所有球员的薪资加起来是多少",
        "SELECT SUM(薪资) FROM 薪资 WHERE 年份 = 2016",
        ["agg", "date"],
    ),
    (
        "What is the biggest single salary in the data?",
        "数据里最高的一笔年薪是多少",
        "SELECT MAX(薪资) FROM 薪资",
        ["agg"],
    ),
    (
        "How many salary records are there for each year?",
        "每年各有多少条薪资记录",
        "SELECT 年份, COUNT(*) FROM 薪资 GROUP BY 年份",
        ["group_by", "count", "date"],
        False,
        [1],
    ),
    (
        "How many of the players were born in the United States?",
        "有多少名球员出生在美国",
        "SELECT COUNT(*) FROM 球员 WHERE 出生国家 = 'USA'",
        ["filter", "count", "cross_lingual_value"],
    ),
    (
        "What is the average player height in inches?",
        "球员的平均身高是多少英寸",
        "SELECT AVG(身高) FROM 球员",
        ["agg", "unit"],
    ),
    (
        "How many players throw left-handed?",
        "用左手投球的球员有多少",
        "SELECT COUNT(*) FROM 球员 WHERE 投球习惯 = 'L'",
        ["filter", "count", "cross_lingual_value"],
    ),
    (
        "League-wide home runs per season, from the batting lines",
        "按击球记录统计，每个赛季的本垒打总数",
        "SELECT year, SUM(home_runs) FROM batting GROUP BY year",
        ["group_by", "date"],
        False,
        [1],
    ),
    (
        "Total payroll in 2013 compared with 2016",
        "2013年和2016年的薪资总额对比",
        "SELECT 年份, SUM(薪资) FROM 薪资 WHERE 年份 IN (2013, 2016) GROUP BY 年份",
        ["compare_two", "date"],
        False,
        [1],
    ),
    (
        "Average salary across the 2014 and 2015 seasons",
        "2014到2015赛季的平均薪资",
        "SELECT AVG(薪资) FROM 薪资 WHERE 年份 BETWEEN 2014 AND 2015",
        ["agg", "range", "date"],
    ),
    (
        "In how many team seasons did a club win 90 games or more?",
        "有多少个球队赛季取得了90场及以上的胜利",
        "SELECT COUNT(*) FROM team_seasons WHERE wins >= 90",
        ["filter", "count", "compare"],
    ),
    (
        "How many players were born in the 1990s?",
        "90年代出生的球员有多少人",
        "SELECT COUNT(*) FROM 球员 WHERE 出生年份 BETWEEN 1990 AND 1999",
        ["filter", "count", "date"],
    ),
    (
        "How many players made their big-league debut in 2014?",
        "2014年首次在大联盟亮相的球员有多少",
        "SELECT COUNT(*) FROM 球员 WHERE 首秀日期 BETWEEN '2014-01-01' AND '2014-12-31'",
        ["filter", "count", "date"],
    ),
]

PAIRS = JOINED + SINGLE

PAYROLL_2016 = f"SELECT t.team_name, SUM(s.薪资) FROM {ST} WHERE s.年份 = 2016 GROUP BY t.team_name"
PAYROLL_2016_NL = (
    f"SELECT t.team_name, SUM(s.薪资) FROM {ST} WHERE s.年份 = 2016 AND t.league = 'NL' GROUP BY t.team_name"
)
HR_VE = f"SELECT SUM(b.home_runs) FROM {BP} WHERE p.出生国家 = 'Venezuela' AND b.year = 2015"
HR_DR = f"SELECT SUM(b.home_runs) FROM {BP} WHERE p.出生国家 = 'D.R.' AND b.year = 2015"
WINS5_2016 = f"SELECT t.team_name, ts.wins FROM {TT} WHERE ts.year = 2016 ORDER BY ts.wins DESC LIMIT 5"
WINS5_2015 = f"SELECT t.team_name, ts.wins FROM {TT} WHERE ts.year = 2015 ORDER BY ts.wins DESC LIMIT 5"
JT = [*JOIN, "follow_up"]

# (question, lang, gold_sql, tags, ordered, compare, conversation, turn)
CONVERSATIONS = [
    turn("Total salaries by team name for 2016", "en", PAYROLL_2016, [*JOIN, "group_by"], "c1-en", 0),
    turn("just the National League teams", "en", PAYROLL_2016_NL, [*JT, "filter"], "c1-en", 1),
    turn("2016年按球队名称汇总薪资", "zh", PAYROLL_2016, [*JOIN, "group_by"], "c1-zh", 0),
    turn("只看国家联盟的呢？", "zh", PAYROLL_2016_NL, [*JT, "filter"], "c1-zh", 1),
    turn("Home runs hit by Venezuelan-born players in 2015", "en", HR_VE, [*JOIN, "agg"], "c2-en", 0),
    turn("and by players from the Dominican Republic?", "en", HR_DR, [*JT, "agg"], "c2-en", 1),
    turn("2015年委内瑞拉出生的球员一共打了多少本垒打", "zh", HR_VE, [*JOIN, "agg"], "c2-zh", 0),
    turn("多米尼加的呢", "zh", HR_DR, [*JT, "agg"], "c2-zh", 1),
    turn("Top 5 teams by wins in 2016", "en", WINS5_2016, [*JOIN, "top_n"], "c3-en", 0, False, [0]),
    turn("what about 2015?", "en", WINS5_2015, [*JT, "top_n", "date"], "c3-en", 1, False, [0]),
    turn("2016年胜场最多的5支球队", "zh", WINS5_2016, [*JOIN, "top_n"], "c3-zh", 0, False, [0]),
    turn("2015年呢？", "zh", WINS5_2015, [*JT, "top_n", "date"], "c3-zh", 1, False, [0]),
]

UNANSWERABLE = [
    ("What was the average ticket price at Fenway Park in 2016?", "2016年芬威球场的平均票价是多少"),
    ("How many people watched the 2016 World Series on TV?", "2016年世界大赛有多少电视观众"),
    ("Which players were on the injured list in 2015?", "2015年哪些球员进了伤病名单"),
    ("Who is Mike Trout's agent?", "Mike Trout 的经纪人是谁"),
    ("What was each team's revenue in 2015?", "2015年各球队的营收是多少"),
]


def questions():
    return bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)


if __name__ == "__main__":
    write_questions(HERE, "bbs", questions(), source=SRC)
