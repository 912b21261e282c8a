"""Write questions.jsonl of the trump_tweets question set (hand-written, blind: the engine was not run on
them before they were committed, and its code was not read).

Real data: trump_tweets.sqlite (make_data.py): the 20,761 tweets of Donald Trump's account, 2009-05..2018-01
(dslabs' `trump_tweets`), as the 推文 fact (Chinese headers and values, one row per tweet, times in US Eastern
local time) with the sources dimension (English headers: the app each tweet was posted with) and the 日期
dimension (Chinese headers: calendar days), declared foreign keys.
Readings: a tweet / 推文 is one row of 推文; likes / 点赞 are 点赞数, retweets / 转发 are 转发数 (as counted
when the archive was made); replies / 回复 are 是否回复 = '是'; tweets with a link / 带链接 are 是否含链接 =
'是'; length / 字数 is the number of characters; morning / 上午 is 6-12 Eastern time, afternoon / 下午
12-18, evening / 晚上 18-24, small hours / 凌晨 0-6 (时段); a source / device / app / 发布工具 / 来源 is a sources
row; iPhone is 'Twitter for iPhone', Android is 'Twitter for Android', the web client / 网页版 is
'Twitter Web Client'; mobile / 移动端 is device_type = 'mobile'; a year, month, quarter or weekday is read
from 日期 (or from 发布日期 directly).
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "trump_tweets.sqlite"
T = "推文"
TS = "推文 t JOIN sources s ON t.来源编号 = s.source_id"
TD = "推文 t JOIN 日期 d ON t.发布日期 = d.日期"
TSD = TS + " JOIN 日期 d ON t.发布日期 = d.日期"
J = ["join"]

PAIRS = [
    ("How many tweets are in the data?", "一共有多少条推文", f"SELECT COUNT(*) FROM {T}", ["count"]),
    (
        "What is the total number of retweets across all tweets?",
        "所有推文加起来被转发了多少次",
        f"SELECT SUM(转发数) FROM {T}",
        ["sum"],
    ),
    ("average likes per tweet", "平均每条推文有多少个赞", f"SELECT AVG(点赞数) FROM {T}", ["avg"]),
    (
        "How many of his tweets were replies to someone?",
        "回复别人的推文有几条",
        f"SELECT COUNT(*) FROM {T} WHERE 是否回复 = '是'",
        ["count", "filter"],
    ),
    (
        "What percentage of tweets contain a link?",
        "带链接的推文占比多少",
        f"SELECT AVG(CASE WHEN 是否含链接 = '是' THEN 1.0 ELSE 0 END) FROM {T}",
        ["pct", "filter"],
    ),
    (
        "What did the most retweeted tweet say?",
        "转发量最高的那条推文内容是什么",
        f"SELECT 推文内容 FROM {T} ORDER BY 转发数 DESC LIMIT 1",
        ["top_n", "superlative"],
        True,
    ),
    (
        "How long is the longest tweet, in characters?",
        "最长的一条推文有多少个字符",
        f"SELECT MAX(字数) FROM {T}",
        ["max"],
    ),
    ("What's the average tweet length?", "推文平均多长（字符数）", f"SELECT AVG(字数) FROM {T}", ["avg"]),
    (
        "Number of tweets by time of day",
        "按时段统计一下推文数量",
        f"SELECT 时段, COUNT(*) FROM {T} GROUP BY 时段",
        ["group_by", "count"],
    ),
    (
        "Which part of the day gets the highest average likes?",
        "哪个时段发的推文平均点赞最多",
        f"SELECT 时段 FROM {T} GROUP BY 时段 ORDER BY AVG(点赞数) DESC LIMIT 1",
        ["top_n", "avg"],
        True,
    ),
    (
        "How many tweets did he post in 2016?",
        "2016年一共发了多少条推文",
        f"SELECT COUNT(*) FROM {T} WHERE 发布日期 LIKE '2016%'",
        ["time", "filter", "count"],
    ),
    (
        "tweets per year",
        "每年发推的数量",
        f"SELECT d.年份, COUNT(*) FROM {TD} GROUP BY d.年份",
        [*J, "time", "group_by", "count"],
    ),
    (
        "Which year had the most likes in total?",
        "哪一年的点赞总数最高",
        f"SELECT d.年份 FROM {TD} GROUP BY d.年份 ORDER BY SUM(t.点赞数) DESC LIMIT 1",
        [*J, "time", "top_n"],
        True,
    ),
    (
        "How many tweets were posted in each month of 2017?",
        "2017年每个月分别发了多少条推",
        f"SELECT d.月份, COUNT(*) FROM {TD} WHERE d.年份 = 2017 GROUP BY d.月份",
        [*J, "time", "group_by"],
    ),
    (
        "How many tweets were sent on weekends?",
        "周末发的推文有多少条",
        f"SELECT COUNT(*) FROM {TD} WHERE d.是否周末 = '是'",
        [*J, "filter", "count"],
    ),
    (
        "On which day of the week does he tweet the most?",
        "一周里星期几发推最多",
        f"SELECT d.星期 FROM {TD} GROUP BY d.星期 ORDER BY COUNT(*) DESC LIMIT 1",
        [*J, "top_n"],
        True,
    ),
    (
        "Average retweets by weekday",
        "按星期几看平均转发数",
        f"SELECT d.星期, AVG(t.转发数) FROM {TD} GROUP BY d.星期",
        [*J, "group_by", "avg"],
    ),
    (
        "How many tweets in the fourth quarter of 2016?",
        "2016年四季度发了几条推文",
        f"SELECT COUNT(*) FROM {TD} WHERE d.年份 = 2016 AND d.季度 = 4",
        [*J, "time", "filter", "count"],
    ),
    (
        "How many tweets came from each source app?",
        "每个发布来源各有多少条推文",
        f"SELECT s.source_name, COUNT(*) FROM {TS} GROUP BY s.source_name",
        [*J, "group_by", "count"],
    ),
    (
        "How many tweets were sent from an iphone?",
        "用iPhone发了多少条推文",
        f"SELECT COUNT(*) FROM {TS} WHERE s.source_name = 'Twitter for iPhone'",
        [*J, "filter", "count"],
    ),
    (
        "Compare average likes of Android tweets and iPhone tweets",
        "安卓和苹果手机发的推文，平均点赞数分别是多少",
        f"SELECT s.source_name, AVG(t.点赞数) FROM {TS} WHERE s.source_name IN ('Twitter for Android', "
        "'Twitter for iPhone') GROUP BY s.source_name",
        [*J, "compare", "avg"],
    ),
    (
        "Top 3 sources by number of tweets",
        "发推数量最多的前三个发布工具",
        f"SELECT s.source_name, COUNT(*) FROM {TS} GROUP BY s.source_name ORDER BY COUNT(*) DESC LIMIT 3",
        [*J, "top_n"],
        True,
        [0],
    ),
    (
        "How many tweets were posted from mobile devices?",
        "移动端一共发了多少条推文",
        f"SELECT COUNT(*) FROM {TS} WHERE s.device_type = 'mobile'",
        [*J, "filter", "count"],
    ),
    (
        "What share of all tweets came from mobile?",
        "移动端发的推文占全部推文的比例是多少",
        f"SELECT AVG(CASE WHEN s.device_type = 'mobile' THEN 1.0 ELSE 0 END) FROM {TS}",
        [*J, "pct"],
    ),
    (
        "tweet count by device type",
        "按设备类型统计推文数",
        f"SELECT s.device_type, COUNT(*) FROM {TS} GROUP BY s.device_type",
        [*J, "group_by", "count"],
    ),
    (
        "Total retweets of tweets posted with apps not made by Twitter",
        "用非推特官方的第三方应用发的推文，一共被转发了多少次",
        f"SELECT SUM(t.转发数) FROM {TS} WHERE s.made_by_twitter = 'No'",
        [*J, "filter", "sum"],
    ),
    (
        "How many different apps were used to post tweets?",
        "一共用过几种不同的发布来源",
        f"SELECT COUNT(DISTINCT 来源编号) FROM {T}",
        ["count", "distinct"],
    ),
    (
        "How many distinct sources were used in 2017?",
        "2017年用过几种发推来源",
        f"SELECT COUNT(DISTINCT 来源编号) FROM {T} WHERE 发布日期 LIKE '2017%'",
        ["count", "distinct", "time"],
    ),
    (
        "Which app did he use most in 2015?",
        "2015年用得最多的发推工具是哪个",
        f"SELECT s.source_name FROM {TSD} WHERE d.年份 = 2015 GROUP BY s.source_name ORDER BY COUNT(*) DESC "
        "LIMIT 1",
        [*J, "time", "top_n"],
        True,
    ),
    (
        "When was the earliest tweet posted?",
        "最早的一条推文是什么时候发的",
        f"SELECT MIN(发布时间) FROM {T}",
        ["time", "min"],
    ),
    (
        "What is the date of the most recent tweet?",
        "最近一条推文是哪天发的",
        f"SELECT MAX(发布日期) FROM {T}",
        ["time", "max"],
    ),
    (
        "On how many different days did he tweet?",
        "有发推的日子一共有多少天",
        f"SELECT COUNT(DISTINCT 发布日期) FROM {T}",
        ["count", "distinct", "time"],
    ),
    (
        "Which single day had the most tweets?",
        "哪一天发的推文最多",
        f"SELECT 发布日期 FROM {T} GROUP BY 发布日期 ORDER BY COUNT(*) DESC LIMIT 1",
        ["time", "top_n"],
        True,
    ),
    (
        "How many times more likes than retweets are there overall?",
        "总点赞数是总转发数的几倍",
        f"SELECT SUM(点赞数) * 1.0 / SUM(转发数) FROM {T}",
        ["ratio"],
    ),
    (
        "How many tweets got more than 100,000 likes?",
        "点赞超过10万的推文有几条",
        f"SELECT COUNT(*) FROM {T} WHERE 点赞数 > 100000",
        ["filter", "count"],
    ),
    (
        "Show the 5 most liked tweets with their like counts",
        "点赞最多的5条推文和对应的点赞数",
        f"SELECT 推文内容, 点赞数 FROM {T} ORDER BY 点赞数 DESC LIMIT 5",
        ["top_n"],
        True,
    ),
    (
        "Average likes in 2016 versus 2017",
        "2016年和2017年的平均点赞数各是多少",
        f"SELECT d.年份, AVG(t.点赞数) FROM {TD} WHERE d.年份 IN (2016, 2017) GROUP BY d.年份",
        [*J, "time", "compare", "avg"],
    ),
    (
        "Do replies get more retweets on average than other tweets?",
        "回复类推文和非回复推文的平均转发数对比",
        f"SELECT 是否回复, AVG(转发数) FROM {T} GROUP BY 是否回复",
        ["compare", "avg", "group_by"],
    ),
    (
        "How many evening tweets had a link in them?",
        "晚上发的带链接推文有多少条",
        f"SELECT COUNT(*) FROM {T} WHERE 时段 = '晚上' AND 是否含链接 = '是'",
        ["filter", "count"],
    ),
    (
        "How many tweets in March 2016?",
        "16年3月发了多少推",
        f"SELECT COUNT(*) FROM {T} WHERE 发布日期 LIKE '2016-03%'",
        ["time", "filter", "count"],
    ),
    (
        "How many tweets were posted between June 16, 2015 and November 8, 2016 inclusive?",
        "2015年6月16日到2016年11月8日（含）之间发了多少条推文",
        f"SELECT COUNT(*) FROM {T} WHERE 发布日期 BETWEEN '2015-06-16' AND '2016-11-08'",
        ["time", "count"],
    ),
    (
        "By what percent did the number of tweets grow from 2015 to 2016?",
        "2016年的发推量比2015年增长了百分之几",
        f"SELECT (SUM(发布日期 LIKE '2016%') - SUM(发布日期 LIKE '2015%')) * 1.0 / SUM(发布日期 LIKE '2015%') "
        f"FROM {T}",
        ["time", "pct", "compare"],
    ),
    (
        "Which month of 2016 had the highest total retweets?",
        "2016年哪个月的转发总量最高",
        f"SELECT d.月份 FROM {TD} WHERE d.年份 = 2016 GROUP BY d.月份 ORDER BY SUM(t.转发数) DESC LIMIT 1",
        [*J, "time", "top_n"],
        True,
    ),
    (
        "Average tweet length for each device type",
        "不同设备类型发的推文平均字数",
        f"SELECT s.device_type, AVG(t.字数) FROM {TS} GROUP BY s.device_type",
        [*J, "group_by", "avg"],
    ),
    (
        "Tweets per quarter in 2017",
        "2017年各季度的推文数",
        f"SELECT d.季度, COUNT(*) FROM {TD} WHERE d.年份 = 2017 GROUP BY d.季度",
        [*J, "time", "group_by"],
    ),
    (
        "What fraction of 2017's tweets were posted on a weekend?",
        "2017年的推文里周末发的占多少",
        f"SELECT AVG(CASE WHEN d.是否周末 = '是' THEN 1.0 ELSE 0 END) FROM {TD} WHERE d.年份 = 2017",
        [*J, "time", "pct"],
    ),
    (
        "How many replies were sent from Android?",
        "用安卓手机发的回复有多少条",
        f"SELECT COUNT(*) FROM {TS} WHERE s.source_name = 'Twitter for Android' AND t.是否回复 = '是'",
        [*J, "filter", "count"],
    ),
    (
        "Which tweet posted from the web client has the most likes?",
        "网页版发的推文里点赞最高的是哪一条",
        f"SELECT t.推文内容 FROM {TS} WHERE s.source_name = 'Twitter Web Client' ORDER BY t.点赞数 DESC LIMIT 1",
        [*J, "top_n", "filter"],
        True,
    ),
    (
        "Total likes on tweets shared from Instagram",
        "从Instagram同步过来的推文一共收到多少赞",
        f"SELECT SUM(t.点赞数) FROM {TS} WHERE s.source_name = 'Instagram'",
        [*J, "filter", "sum"],
    ),
    (
        "Which sources were used fewer than 10 times?",
        "哪些发布工具用了不到10次",
        f"SELECT s.source_name FROM {TS} GROUP BY s.source_name HAVING COUNT(*) < 10",
        [*J, "group_by", "filter"],
    ),
    (
        "average likes, tweets with links vs without",
        "带链接和不带链接的推文，平均点赞各多少",
        f"SELECT 是否含链接, AVG(点赞数) FROM {T} GROUP BY 是否含链接",
        ["compare", "avg", "group_by"],
    ),
    (
        "How many tweets were posted in the small hours (midnight to 6am)?",
        "凌晨发的推文有多少条",
        f"SELECT COUNT(*) FROM {T} WHERE 时段 = '凌晨'",
        ["filter", "count"],
    ),
]

AND_SQL = f"SELECT COUNT(*) FROM {TS} WHERE s.source_name = 'Twitter for Android'"
IPH_SQL = f"SELECT COUNT(*) FROM {TS} WHERE s.source_name = 'Twitter for iPhone'"
IPH_RT = f"SELECT AVG(t.转发数) FROM {TS} WHERE s.source_name = 'Twitter for iPhone'"
LIKES_Y = f"SELECT d.年份, SUM(t.点赞数) FROM {TD} GROUP BY d.年份"
LIKES_YR = f"SELECT d.年份, SUM(t.点赞数) FROM {TD} WHERE t.是否回复 = '是' GROUP BY d.年份"
LIKES_YR_TOP = (
    f"SELECT d.年份 FROM {TD} WHERE t.是否回复 = '是' GROUP BY d.年份 ORDER BY SUM(t.点赞数) DESC LIMIT 1"
)
AM = f"SELECT COUNT(*) FROM {T} WHERE 时段 = '上午'"
PM = f"SELECT COUNT(*) FROM {T} WHERE 时段 = '晚上'"

CONVERSATIONS = [
    (
        "How many tweets were sent from Android phones?",
        "en",
        AND_SQL,
        [*J, "count"],
        False,
        None,
        "tt-c1-en",
        0,
    ),
    ("And from iPhone?", "en", IPH_SQL, [*J, "count", "follow_up"], False, None, "tt-c1-en", 1),
    (
        "What's the average number of retweets for those?",
        "en",
        IPH_RT,
        [*J, "avg", "follow_up"],
        False,
        None,
        "tt-c1-en",
        2,
    ),
    ("安卓手机发了多少条推文", "zh", AND_SQL, [*J, "count"], False, None, "tt-c1-zh", 0),
    ("iPhone呢", "zh", IPH_SQL, [*J, "count", "follow_up"], False, None, "tt-c1-zh", 1),
    ("那这些推文平均被转发多少次", "zh", IPH_RT, [*J, "avg", "follow_up"], False, None, "tt-c1-zh", 2),
    ("Total likes by year", "en", LIKES_Y, [*J, "time", "group_by"], False, None, "tt-c2-en", 0),
    (
        "only counting replies",
        "en",
        LIKES_YR,
        [*J, "time", "group_by", "follow_up"],
        False,
        None,
        "tt-c2-en",
        1,
    ),
    (
        "Which of those years is the highest?",
        "en",
        LIKES_YR_TOP,
        [*J, "top_n", "follow_up"],
        True,
        None,
        "tt-c2-en",
        2,
    ),
    ("每年的点赞总数", "zh", LIKES_Y, [*J, "time", "group_by"], False, None, "tt-c2-zh", 0),
    ("只看回复类的推文呢", "zh", LIKES_YR, [*J, "time", "group_by", "follow_up"], False, None, "tt-c2-zh", 1),
    ("其中哪一年最高", "zh", LIKES_YR_TOP, [*J, "top_n", "follow_up"], True, None, "tt-c2-zh", 2),
    (
        "How many tweets were posted in the morning?",
        "en",
        AM,
        ["filter", "count"],
        False,
        None,
        "tt-c3-en",
        0,
    ),
    ("and in the evening?", "en", PM, ["filter", "count", "follow_up"], False, None, "tt-c3-en", 1),
    ("上午发了多少条推文", "zh", AM, ["filter", "count"], False, None, "tt-c3-zh", 0),
    ("晚上的呢", "zh", PM, ["filter", "count", "follow_up"], False, None, "tt-c3-zh", 1),
]

ONE_LANGUAGE = [
    (
        "Which app posted the most tweets overall?",
        "en",
        f"SELECT s.source_name FROM {TS} GROUP BY s.source_name ORDER BY COUNT(*) DESC LIMIT 1",
        [*J, "top_n"],
        True,
    ),
    (
        "推文最多的是哪一年",
        "zh",
        f"SELECT d.年份 FROM {TD} GROUP BY d.年份 ORDER BY COUNT(*) DESC LIMIT 1",
        [*J, "time", "top_n"],
        True,
    ),
]

UNANSWERABLE = [
    ("How many followers did the account have in 2016?", "2016年这个账号有多少粉丝"),
    ("How many tweets were posted in 2020?", "2020年发了多少条推文"),
    ("Which tweets were later deleted?", "哪些推文后来被删除了"),
    ("What is the average sentiment score of the tweets?", "推文的平均情感得分是多少"),
    ("How many views did the tweets get on average?", "推文平均有多少浏览量"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE) + ONE_LANGUAGE
    write_questions(HERE, "tt", questions, source=SRC)


if __name__ == "__main__":
    main()
