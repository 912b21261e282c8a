"""Write questions.jsonl of the music_charts question set (hand-written, blind: the engine was not run on them
before they were committed, and its code was not read).

Real data: music_charts.sqlite (make_data.py): the Billboard Hot 100 weekly ranks of the 317 songs on the
chart in 2000 (tidyr's `billboard`), reshaped long: songs (dimension, English headers) and 周排名 (fact, one
row per song and week on the chart, Chinese headers), declared foreign key. Rank 1 is the top of the chart:
"best rank" / 最高排名 is MIN(排名), "top 10" / 前十名 is 排名 <= 10, "weeks on the chart" counts 周排名 rows.
python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import bilingual_questions, write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "music_charts.sqlite"
F = "周排名 r JOIN songs s ON r.歌曲编号 = s.song_id"
J = ["join"]
CV = ["cross_lingual_value"]


def weeks_of(track: str) -> str:
    return f"SELECT COUNT(*) FROM {F} WHERE s.track = '{track}'"


def best_of(track: str) -> str:
    return f"SELECT MIN(r.排名) FROM {F} WHERE s.track = '{track}'"


def entered_in(month: str) -> str:
    return f"SELECT COUNT(*) FROM songs WHERE date_entered LIKE '{month}-%'"


PAIRS = [
    (
        "How many songs are in the chart data?",
        "数据里一共有多少首歌",
        "SELECT COUNT(*) FROM songs",
        ["count"],
    ),
    (
        "How many different artists had a song on the chart?",
        "一共有多少位不同的歌手有歌上榜",
        "SELECT COUNT(DISTINCT artist) FROM songs",
        ["count_distinct"],
    ),
    (
        "How many songs reached number 1 (rank 1) at least once?",
        "有多少首歌曾经登上过榜首（排名第1）",
        "SELECT COUNT(DISTINCT 歌曲编号) FROM 周排名 WHERE 排名 = 1",
        ["count_distinct", "filter"],
    ),
    (
        "List the songs that hit number 1, with their artists",
        "拿过第一名的歌有哪些？列出歌名和歌手",
        f"SELECT DISTINCT s.artist, s.track FROM {F} WHERE r.排名 = 1",
        [*J, "list", "filter"],
    ),
    (
        "What was the best chart position (lowest rank number) of Kryptonite by 3 Doors Down?",
        "3 Doors Down的《Kryptonite》最好排到第几名",
        best_of("Kryptonite"),
        [*J, "min", "filter"],
    ),
    (
        "How many weeks was Creed's Higher on the chart?",
        "Creed的《Higher》在榜上待了多少周",
        weeks_of("Higher"),
        [*J, "count", "filter"],
    ),
    (
        "Which song spent the most weeks on the chart?",
        "在榜时间最长的是哪首歌",
        f"SELECT s.track, COUNT(*) FROM {F} GROUP BY s.song_id ORDER BY COUNT(*) DESC LIMIT 1",
        [*J, "superlative"],
        False,
        [0],
    ),
    (
        "Top 5 songs by number of weeks on the chart",
        "上榜周数最多的前5首歌",
        f"SELECT s.track, COUNT(*) FROM {F} GROUP BY s.song_id ORDER BY COUNT(*) DESC LIMIT 5",
        [*J, "top_n"],
        False,
        [0],
    ),
    (
        "Which artist has the most songs in the data?",
        "哪位歌手上榜的歌曲最多",
        "SELECT artist, COUNT(*) FROM songs GROUP BY artist ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "group_by"],
        False,
        [0],
    ),
    (
        "Which artists have 3 or more songs on the chart?",
        "有3首及以上歌曲上榜的歌手有哪些",
        "SELECT artist, COUNT(*) FROM songs GROUP BY artist HAVING COUNT(*) >= 3",
        ["having", "group_by"],
        False,
        [0],
    ),
    (
        "What is the average rank over all chart weeks?",
        "所有上榜周的平均排名是多少",
        "SELECT AVG(排名) FROM 周排名",
        ["avg"],
    ),
    (
        "Average weekly rank of Destiny's Child songs",
        "天命真女的歌每周平均排名是多少",
        f"SELECT AVG(r.排名) FROM {F} WHERE s.artist = 'Destiny''s Child'",
        [*J, "avg", "filter", *CV],
    ),
    (
        "How many songs entered the chart in March 2000?",
        "2000年3月新进榜的歌有多少首",
        entered_in("2000-03"),
        ["count", "month"],
    ),
    (
        "Number of new chart entries in each month of 2000",
        "2000年每个月新进榜的歌曲数量",
        "SELECT substr(date_entered, 1, 7), COUNT(*) FROM songs WHERE date_entered LIKE '2000-%' GROUP BY 1",
        ["count", "group_by", "time_grain", "year"],
    ),
    (
        "Which 5 songs spent the most weeks in the top 10 (rank 10 or better)?",
        "进入前十名（排名在10以内）周数最多的5首歌",
        f"SELECT s.track, COUNT(*) FROM {F} WHERE r.排名 <= 10 GROUP BY s.song_id ORDER BY COUNT(*) DESC LIMIT 5",
        [*J, "top_n", "threshold"],
        False,
        [0],
    ),
    (
        "How many songs made the top 10 at least once?",
        "有多少首歌进过前十名",
        "SELECT COUNT(DISTINCT 歌曲编号) FROM 周排名 WHERE 排名 <= 10",
        ["count_distinct", "threshold"],
    ),
    (
        "How many weeks did Maria, Maria by Santana spend at number 1?",
        "桑塔纳的《Maria, Maria》在第一名的位置上待了几周",
        f"SELECT COUNT(*) FROM {F} WHERE s.track = 'Maria, Maria' AND r.排名 = 1",
        [*J, "count", "filter", *CV],
    ),
    (
        "Best rank of each Britney Spears song",
        "布兰妮每首歌的最高排名",
        f"SELECT s.track, MIN(r.排名) FROM {F} WHERE s.artist = 'Spears, Britney' GROUP BY s.track",
        [*J, "min", "group_by", "filter", *CV],
    ),
    (
        "How many songs does Whitney Houston have on the chart?",
        "惠特尼·休斯顿有几首歌上榜",
        "SELECT COUNT(*) FROM songs WHERE artist = 'Houston, Whitney'",
        ["count", "filter", *CV],
    ),
    (
        "Mariah Carey vs Madonna: total weeks on the chart",
        "玛丽亚·凯莉和麦当娜的上榜总周数对比",
        f"SELECT s.artist, COUNT(*) FROM {F} WHERE s.artist IN ('Carey, Mariah', 'Madonna') GROUP BY s.artist",
        [*J, "compare", *CV],
    ),
    (
        "How many songs stayed on the chart for more than 30 weeks?",
        "在榜超过30周的歌有几首",
        "SELECT COUNT(*) FROM (SELECT 歌曲编号 FROM 周排名 GROUP BY 歌曲编号 HAVING COUNT(*) > 30)",
        ["having", "count", "threshold"],
    ),
    (
        "On average, how many weeks does a song stay on the chart?",
        "平均每首歌在榜多少周",
        "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT 歌曲编号) FROM 周排名",
        ["avg"],
    ),
    (
        "What was the average rank of songs in their first week on the chart?",
        "歌曲上榜第一周的平均排名是多少",
        "SELECT AVG(排名) FROM 周排名 WHERE 第几周 = 1",
        ["avg", "filter"],
    ),
    (
        "Which song had the best debut, i.e. the lowest rank number in its first chart week?",
        "哪首歌的首周排名最好（名次数字最小）",
        f"SELECT s.track, r.排名 FROM {F} WHERE r.第几周 = 1 ORDER BY r.排名 LIMIT 1",
        [*J, "superlative", "filter"],
        False,
        [0],
    ),
    (
        "How many different songs were on the chart in December 2000?",
        "2000年12月有多少首不同的歌在榜上",
        "SELECT COUNT(DISTINCT 歌曲编号) FROM 周排名 WHERE 周日期 LIKE '2000-12-%'",
        ["count_distinct", "month"],
    ),
    (
        "By what percentage did the number of new chart entries change from Q1 2000 to Q2 2000?",
        "2000年第二季度新进榜的歌曲数比第一季度变化了百分之多少",
        "SELECT 1.0 * (SUM(CASE WHEN date_entered BETWEEN '2000-04-01' AND '2000-06-30' THEN 1 ELSE 0 END)"
        " - SUM(CASE WHEN date_entered BETWEEN '2000-01-01' AND '2000-03-31' THEN 1 ELSE 0 END))"
        " / SUM(CASE WHEN date_entered BETWEEN '2000-01-01' AND '2000-03-31' THEN 1 ELSE 0 END) FROM songs",
        ["growth", "pct", "quarter"],
    ),
    (
        "What share of all chart weeks were spent in the top 10?",
        "所有上榜周里，排在前十名的占百分之多少",
        "SELECT 1.0 * SUM(CASE WHEN 排名 <= 10 THEN 1 ELSE 0 END) / COUNT(*) FROM 周排名",
        ["share", "pct", "threshold"],
    ),
    (
        "What fraction of the songs ever reached number 1?",
        "登上过第一名的歌占全部歌曲的比例是多少",
        "SELECT 1.0 * (SELECT COUNT(DISTINCT 歌曲编号) FROM 周排名 WHERE 排名 = 1) / COUNT(*) FROM songs",
        ["share", "pct"],
    ),
    (
        "What is the worst chart position recorded, i.e. the largest rank number?",
        "记录里最差的名次是第几名（数字最大的排名）",
        "SELECT MAX(排名) FROM 周排名",
        ["max"],
    ),
    (
        "For each Jay-Z song, how many weeks was it on the chart?",
        "Jay-Z的每首歌分别上榜了几周",
        f"SELECT s.track, COUNT(*) FROM {F} WHERE s.artist = 'Jay-Z' GROUP BY s.track",
        [*J, "count", "group_by", "filter"],
    ),
    (
        "Which artist racked up the most weeks on the chart across all their songs?",
        "所有歌曲加起来，哪位歌手的上榜周数最多",
        f"SELECT s.artist, COUNT(*) FROM {F} GROUP BY s.artist ORDER BY COUNT(*) DESC LIMIT 1",
        [*J, "superlative", "group_by"],
        False,
        [0],
    ),
    (
        "Top 3 artists by total weeks on the chart",
        "上榜总周数排名前三的歌手",
        f"SELECT s.artist, COUNT(*) FROM {F} GROUP BY s.artist ORDER BY COUNT(*) DESC LIMIT 3",
        [*J, "top_n", "group_by"],
        False,
        [0],
    ),
    (
        "Which artists got at least 2 different songs into the top 10?",
        "有至少两首不同的歌进过前十名的歌手是哪些",
        f"SELECT s.artist, COUNT(DISTINCT s.song_id) FROM {F} WHERE r.排名 <= 10 GROUP BY s.artist"
        " HAVING COUNT(DISTINCT s.song_id) >= 2",
        [*J, "having", "threshold"],
        False,
        [0],
    ),
    (
        "When did Maria, Maria enter the chart?",
        "《Maria, Maria》是哪天进榜的",
        "SELECT date_entered FROM songs WHERE track = 'Maria, Maria'",
        ["lookup", "filter"],
    ),
    (
        "Which song entered the chart earliest?",
        "最早进榜的是哪首歌",
        "SELECT track, date_entered FROM songs ORDER BY date_entered LIMIT 1",
        ["superlative", "time"],
        False,
        [0],
    ),
    (
        "How many songs entered the chart in the second half of 2000?",
        "2000年下半年进榜的歌曲有多少首",
        "SELECT COUNT(*) FROM songs WHERE date_entered BETWEEN '2000-07-01' AND '2000-12-31'",
        ["count", "time_range"],
    ),
    (
        "How many songs never got higher than rank 50, i.e. their best rank was worse than 50?",
        "有多少首歌连前50名都没进过（最高排名也在50名之后）",
        "SELECT COUNT(*) FROM (SELECT 歌曲编号 FROM 周排名 GROUP BY 歌曲编号 HAVING MIN(排名) > 50)",
        ["having", "count", "threshold"],
    ),
    (
        "What is the average of the songs' best ranks?",
        "每首歌的最高排名平均下来是第几名",
        "SELECT AVG(best) FROM (SELECT MIN(排名) AS best FROM 周排名 GROUP BY 歌曲编号)",
        ["avg", "min", "nested"],
    ),
    (
        "How many songs were on the chart for exactly 20 weeks?",
        "正好在榜20周的歌有几首",
        "SELECT COUNT(*) FROM (SELECT 歌曲编号 FROM 周排名 GROUP BY 歌曲编号 HAVING COUNT(*) = 20)",
        ["having", "count"],
    ),
    (
        "How many songs debuted inside the top 40 (rank 40 or better in their first week)?",
        "首周就打进前40名的歌有多少首",
        "SELECT COUNT(*) FROM 周排名 WHERE 第几周 = 1 AND 排名 <= 40",
        ["count", "threshold"],
    ),
    (
        "Compare the average weekly rank of Kryptonite and Higher",
        "《Kryptonite》和《Higher》的平均周排名对比",
        f"SELECT s.track, AVG(r.排名) FROM {F} WHERE s.track IN ('Kryptonite', 'Higher') GROUP BY s.track",
        [*J, "compare", "avg"],
    ),
    (
        "Which song spent the most weeks at number 1?",
        "在榜首停留周数最多的是哪首歌",
        f"SELECT s.track, COUNT(*) FROM {F} WHERE r.排名 = 1 GROUP BY s.song_id ORDER BY COUNT(*) DESC LIMIT 1",
        [*J, "superlative", "filter"],
        False,
        [0],
    ),
    (
        "Top 2 songs by weeks at number 1",
        "拿第一名周数最多的前两首歌",
        f"SELECT s.track, COUNT(*) FROM {F} WHERE r.排名 = 1 GROUP BY s.song_id ORDER BY COUNT(*) DESC LIMIT 2",
        [*J, "top_n", "filter"],
        False,
        [0],
    ),
    (
        "How many songs did the Dixie Chicks have on the chart?",
        "南方小鸡乐队有几首歌上榜",
        "SELECT COUNT(*) FROM songs WHERE artist = 'Dixie Chicks, The'",
        ["count", "filter", *CV],
    ),
    (
        "Week-by-week ranks of Say My Name, in order of week",
        "《Say My Name》每一周的排名，按周次排列",
        f"SELECT r.第几周, r.排名 FROM {F} WHERE s.track = 'Say My Name' ORDER BY r.第几周",
        [*J, "list", "filter", "order_by"],
        True,
    ),
    (
        "Which month of 2000 had the most songs entering the chart?",
        "2000年哪个月新进榜的歌最多",
        "SELECT substr(date_entered, 1, 7), COUNT(*) FROM songs WHERE date_entered LIKE '2000-%' GROUP BY 1"
        " ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "time_grain", "year"],
        False,
        [0],
    ),
    (
        "How many of the songs had already entered the chart in 1999?",
        "有多少首歌是在1999年就进榜的",
        "SELECT COUNT(*) FROM songs WHERE date_entered LIKE '1999-%'",
        ["count", "year"],
    ),
    (
        "On average, how many weeks were number-1 songs on the chart?",
        "拿过第一名的歌平均在榜多少周",
        "SELECT 1.0 * COUNT(*) / COUNT(DISTINCT 歌曲编号) FROM 周排名"
        " WHERE 歌曲编号 IN (SELECT 歌曲编号 FROM 周排名 WHERE 排名 = 1)",
        ["avg", "nested"],
    ),
    (
        "What was Britney Spears's best chart position?",
        "布兰妮·斯皮尔斯最好的名次是第几",
        f"SELECT MIN(r.排名) FROM {F} WHERE s.artist = 'Spears, Britney'",
        [*J, "min", "filter", *CV],
    ),
    (
        "How many different songs held the number 1 spot during 2000 (chart weeks dated in 2000)?",
        "2000年内（按周日期）有几首不同的歌坐过第一名",
        "SELECT COUNT(DISTINCT 歌曲编号) FROM 周排名 WHERE 排名 = 1 AND 周日期 LIKE '2000-%'",
        ["count_distinct", "year", "filter"],
    ),
    (
        "Christina Aguilera's songs and the date each entered the chart",
        "克里斯蒂娜·阿奎莱拉的每首歌分别是哪天进榜的",
        "SELECT track, date_entered FROM songs WHERE artist = 'Aguilera, Christina'",
        ["list", "filter", *CV],
    ),
    (
        "Number of chart weeks in the top 10 for each Destiny's Child song",
        "天命真女每首歌在前十名里待了几周",
        f"SELECT s.track, SUM(CASE WHEN r.排名 <= 10 THEN 1 ELSE 0 END) FROM {F}"
        " WHERE s.artist = 'Destiny''s Child' GROUP BY s.track",
        [*J, "group_by", "threshold", *CV],
    ),
    (
        "How many songs entered the chart between 2000-06-01 and 2000-08-31?",
        "2000年6月到8月之间进榜的歌有多少首",
        "SELECT COUNT(*) FROM songs WHERE date_entered BETWEEN '2000-06-01' AND '2000-08-31'",
        ["count", "time_range"],
    ),
    (
        "Did Faith Hill's Breathe or Let's Make Love reach a better best rank? Show both",
        "Faith Hill的《Breathe》和《Let's Make Love》最高排名分别是多少",
        f"SELECT s.track, MIN(r.排名) FROM {F} WHERE s.artist = 'Hill, Faith' GROUP BY s.track",
        [*J, "compare", "min"],
    ),
]

CONVERSATIONS = [
    (
        "How many weeks was Creed's Higher on the chart?",
        "en",
        weeks_of("Higher"),
        [*J, "count"],
        False,
        None,
        "c1-en",
        0,
    ),
    (
        "And With Arms Wide Open?",
        "en",
        weeks_of("With Arms Wide Open"),
        [*J, "follow_up", "count"],
        False,
        None,
        "c1-en",
        1,
    ),
    (
        "What was its best rank?",
        "en",
        best_of("With Arms Wide Open"),
        [*J, "follow_up", "min"],
        False,
        None,
        "c1-en",
        2,
    ),
    ("Creed的《Higher》上榜了几周", "zh", weeks_of("Higher"), [*J, "count"], False, None, "c1-zh", 0),
    (
        "那《With Arms Wide Open》呢？",
        "zh",
        weeks_of("With Arms Wide Open"),
        [*J, "follow_up", "count"],
        False,
        None,
        "c1-zh",
        1,
    ),
    (
        "它最好排到第几名",
        "zh",
        best_of("With Arms Wide Open"),
        [*J, "follow_up", "min"],
        False,
        None,
        "c1-zh",
        2,
    ),
    (
        "How many songs entered the chart in January 2000?",
        "en",
        entered_in("2000-01"),
        ["count", "month"],
        False,
        None,
        "c2-en",
        0,
    ),
    ("What about February?", "en", entered_in("2000-02"), ["follow_up", "month"], False, None, "c2-en", 1),
    ("2000年1月有多少首歌新进榜", "zh", entered_in("2000-01"), ["count", "month"], False, None, "c2-zh", 0),
    ("2月呢？", "zh", entered_in("2000-02"), ["follow_up", "month"], False, None, "c2-zh", 1),
    (
        "Top 3 artists by number of songs on the chart",
        "en",
        "SELECT artist, COUNT(*) FROM songs GROUP BY artist ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "group_by"],
        False,
        [0],
        "c3-en",
        0,
    ),
    (
        "Show Jay-Z's songs with their best rank",
        "en",
        f"SELECT s.track, MIN(r.排名) FROM {F} WHERE s.artist = 'Jay-Z' GROUP BY s.track",
        [*J, "follow_up", "min", "group_by"],
        False,
        None,
        "c3-en",
        1,
    ),
    (
        "上榜歌曲数量最多的前三位歌手",
        "zh",
        "SELECT artist, COUNT(*) FROM songs GROUP BY artist ORDER BY COUNT(*) DESC LIMIT 3",
        ["top_n", "group_by"],
        False,
        [0],
        "c3-zh",
        0,
    ),
    (
        "列出Jay-Z的歌和各自的最高排名",
        "zh",
        f"SELECT s.track, MIN(r.排名) FROM {F} WHERE s.artist = 'Jay-Z' GROUP BY s.track",
        [*J, "follow_up", "min", "group_by"],
        False,
        None,
        "c3-zh",
        1,
    ),
]

UNANSWERABLE = [
    ("How many copies did Creed's Higher sell?", "Creed的《Higher》卖了多少张"),
    ("Which genre had the most number-1 songs?", "哪种音乐类型拿到的冠军单曲最多"),
    ("Which record label had the most songs on the chart?", "哪家唱片公司上榜的歌最多"),
    ("How many radio plays did Maria, Maria get?", "《Maria, Maria》在电台播放了多少次"),
    ("What is the average length of the number-1 songs in minutes?", "冠军单曲的平均时长是几分钟"),
]


def main():
    questions = bilingual_questions(PAIRS, CONVERSATIONS, UNANSWERABLE)
    write_questions(HERE, "music", questions, source=SRC)


if __name__ == "__main__":
    main()
