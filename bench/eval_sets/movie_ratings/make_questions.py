"""Write questions.jsonl of the movie_ratings question set (hand-written, blind: the engine was not run on
them before they were committed, and its code and tests were not read).

Real data: movie_ratings.sqlite (make_data.py): 34,955 MovieLens ratings made 2008-2016 (dslabs'
`movielens`; see README.md): ratings (fact, English headers), 电影 and 类型 (Chinese headers) dimensions and
the movie_genres bridge (English headers), declared foreign keys. python3 make_questions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_questions  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "movie_ratings.sqlite"
RM = "ratings r JOIN 电影 m ON r.movie_id = m.电影编号"
RG = "ratings r JOIN movie_genres mg ON r.movie_id = mg.movie_id JOIN 类型 g ON mg.genre_id = g.类型编号"
MG = "电影 m JOIN movie_genres mg ON m.电影编号 = mg.movie_id JOIN 类型 g ON mg.genre_id = g.类型编号"
RMG = RM + " JOIN movie_genres mg ON r.movie_id = mg.movie_id JOIN 类型 g ON mg.genre_id = g.类型编号"
J = ["join"]
CV = ["cross_lingual_value"]
Y = "substr(r.rated_on, 1, 4)"


def genre_avg(genre: str, year: int | None = None) -> str:
    when = f" AND r.rated_on LIKE '{year}-%'" if year else ""
    return f"SELECT AVG(r.rating) FROM {RG} WHERE g.genre = '{genre}'{when}"


def top_released(year: int, n: int, label: str = "m.片名") -> str:
    return (
        f"SELECT {label}, COUNT(*) FROM {RM} WHERE m.上映年份 = {year} GROUP BY m.电影编号"
        f" ORDER BY COUNT(*) DESC LIMIT {n}"
    )


def by_genre(measure: str, label: str, tail: str = "") -> str:
    return f"SELECT {label}, {measure} FROM {RG} GROUP BY {label}{tail}"


# (english, chinese, gold_sql, tags[, ordered, compare[, gold_sql of the Chinese question]]);
# the questions that need a join come first
JOINED = [
    (
        "How many times was The Matrix rated?",
        "《黑客帝国》一共被打了多少次分",
        f"SELECT COUNT(*) FROM {RM} WHERE m.片名 = 'Matrix, The'",
        [*J, "count", "filter", *CV],
    ),
    (
        "What's the average rating of Forrest Gump?",
        "Forrest Gump 的平均分是多少",
        f"SELECT AVG(r.rating) FROM {RM} WHERE m.片名 = 'Forrest Gump'",
        [*J, "agg", "filter"],
    ),
    (
        "Average rating by genre",
        "各类型电影的平均评分",
        by_genre("AVG(r.rating)", "g.genre"),
        [*J, "agg", "group_by"],
        False,
        None,
        by_genre("AVG(r.rating)", "g.类型名称"),
    ),
    (
        "Which 5 genres get rated the most often?",
        "评分次数最多的5个电影类型",
        by_genre("COUNT(*)", "g.genre", " ORDER BY COUNT(*) DESC LIMIT 5"),
        [*J, "top_n", "group_by"],
        False,
        [0],
        by_genre("COUNT(*)", "g.类型名称", " ORDER BY COUNT(*) DESC LIMIT 5"),
    ),
    (
        "Which genre has the best average rating?",
        "哪个类型的平均分最高",
        by_genre("AVG(r.rating)", "g.genre", " ORDER BY AVG(r.rating) DESC LIMIT 1"),
        [*J, "superlative"],
        False,
        [0],
        by_genre("AVG(r.rating)", "g.类型名称", " ORDER BY AVG(r.rating) DESC LIMIT 1"),
    ),
    (
        "What is the worst-rated genre on average?",
        "平均评分最低的是什么类型的片子",
        by_genre("AVG(r.rating)", "g.genre", " ORDER BY AVG(r.rating) LIMIT 1"),
        [*J, "superlative"],
        False,
        [0],
        by_genre("AVG(r.rating)", "g.类型名称", " ORDER BY AVG(r.rating) LIMIT 1"),
    ),
    ("average score for comedies", "喜剧片平均打几分", genre_avg("Comedy"), [*J, "agg", "filter", *CV]),
    (
        "How many different horror films have been rated?",
        "被评过分的恐怖片有多少部",
        f"SELECT COUNT(DISTINCT r.movie_id) FROM {RG} WHERE g.genre = 'Horror'",
        [*J, "count_distinct", "filter", *CV],
    ),
    (
        "Top 10 most rated movies",
        "被评分次数最多的10部电影",
        f"SELECT m.片名, COUNT(*) FROM {RM} GROUP BY m.电影编号 ORDER BY COUNT(*) DESC LIMIT 10",
        [*J, "top_n"],
        False,
        [0],
    ),
    (
        "Among movies with at least 50 ratings, which one has the highest average?",
        "评分人次不少于50的电影里，平均分最高的是哪部",
        f"SELECT m.片名, AVG(r.rating) FROM {RM} GROUP BY m.电影编号 HAVING COUNT(*) >= 50"
        " ORDER BY AVG(r.rating) DESC LIMIT 1",
        [*J, "superlative", "having"],
        False,
        [0],
    ),
    (
        "Rank the top 5 movies by average rating, counting only movies with 30 or more ratings",
        "至少有30条评分的电影按平均分排前5名",
        f"SELECT m.片名, AVG(r.rating) FROM {RM} GROUP BY m.电影编号 HAVING COUNT(*) >= 30"
        " ORDER BY AVG(r.rating) DESC LIMIT 5",
        [*J, "top_n", "having"],
        True,
        [0],
    ),
    (
        "What's the average rating of movies released in the 90s?",
        "90年代上映的电影平均评分多少",
        f"SELECT AVG(r.rating) FROM {RM} WHERE m.上映年份 BETWEEN 1990 AND 1999",
        [*J, "agg", "range"],
    ),
    (
        "How many ratings went to movies released before 1970?",
        "1970年以前上映的老电影一共收到多少条评分",
        f"SELECT COUNT(*) FROM {RM} WHERE m.上映年份 < 1970",
        [*J, "count", "threshold"],
    ),
    (
        "Number of sci-fi ratings in 2015",
        "2015年科幻片收到了多少条评分",
        f"SELECT COUNT(*) FROM {RG} WHERE g.genre = 'Sci-Fi' AND r.rated_on LIKE '2015-%'",
        [*J, "count", "filter", "year", *CV],
    ),
    (
        "Average rating of dramas in 2016",
        "2016年剧情片的平均分",
        genre_avg("Drama", 2016),
        [*J, "agg", "filter", "year", *CV],
    ),
    (
        "How well is Inception rated on average?",
        "《盗梦空间》的平均评分",
        f"SELECT AVG(r.rating) FROM {RM} WHERE m.片名 = 'Inception'",
        [*J, "agg", "filter", *CV],
    ),
    (
        "Compare the average ratings of The Godfather and Pulp Fiction",
        "《教父》和《低俗小说》的平均分比一比",
        f"SELECT m.片名, AVG(r.rating) FROM {RM} WHERE m.片名 IN ('Godfather, The', 'Pulp Fiction')"
        " GROUP BY m.片名",
        [*J, "compare", *CV],
        False,
        [1],
    ),
    (
        "What share of all ratings are for drama movies?",
        "剧情片的评分占全部评分的比例是多少",
        f"SELECT CAST((SELECT COUNT(*) FROM {RG} WHERE g.genre = 'Drama') AS REAL) / (SELECT COUNT(*) FROM ratings)",
        [*J, "share", "pct", *CV],
    ),
    (
        "How many movies are there in each genre?",
        "每个类型分别有多少部电影",
        "SELECT g.genre, COUNT(*) FROM " + MG + " GROUP BY g.genre",
        [*J, "count", "group_by"],
        False,
        None,
        "SELECT g.类型名称, COUNT(*) FROM " + MG + " GROUP BY g.类型名称",
    ),
    (
        "Which genres have more than 5000 ratings?",
        "哪些类型的评分条数超过了5000",
        by_genre("COUNT(*)", "g.genre", " HAVING COUNT(*) > 5000"),
        [*J, "having", "threshold"],
        False,
        [0],
        by_genre("COUNT(*)", "g.类型名称", " HAVING COUNT(*) > 5000"),
    ),
    (
        "How many 5-star ratings did Pulp Fiction get?",
        "Pulp Fiction 拿到过几次五星",
        f"SELECT COUNT(*) FROM {RM} WHERE m.片名 = 'Pulp Fiction' AND r.rating = 5",
        [*J, "count", "filter"],
    ),
    (
        "Of the films released in 2014, which was rated the most times?",
        "2014年上映的片子里哪部被打分次数最多",
        top_released(2014, 1),
        [*J, "superlative", "year"],
        False,
        [0],
    ),
    (
        "How many ratings did movies from 2010 onwards receive?",
        "2010年及以后上映的电影总共有多少条评分",
        f"SELECT COUNT(*) FROM {RM} WHERE m.上映年份 >= 2010",
        [*J, "count", "threshold"],
    ),
    (
        "List the movies released in 2016 with an average rating of 4.5 or more",
        "列出2016年上映、平均分在4.5分及以上的电影",
        f"SELECT m.片名, AVG(r.rating) FROM {RM} WHERE m.上映年份 = 2016 GROUP BY m.电影编号"
        " HAVING AVG(r.rating) >= 4.5",
        [*J, "listing", "having"],
        False,
        [0],
    ),
    (
        "How many different users rated Toy Story 3?",
        "给 Toy Story 3 打过分的用户有几个",
        f"SELECT COUNT(DISTINCT r.user_id) FROM {RM} WHERE m.片名 = 'Toy Story 3'",
        [*J, "count_distinct"],
    ),
    (
        "Top 3 animated movies by number of ratings",
        "评分人次最多的三部动画片",
        f"SELECT m.片名, COUNT(*) FROM {RMG} WHERE g.genre = 'Animation' GROUP BY m.电影编号"
        " ORDER BY COUNT(*) DESC LIMIT 3",
        [*J, "top_n", "filter", *CV],
        False,
        [0],
    ),
    (
        "Average rating by decade of release",
        "按上映年代看平均分",
        f"SELECT (m.上映年份 / 10) * 10, AVG(r.rating) FROM {RM} WHERE m.上映年份 IS NOT NULL"
        " GROUP BY (m.上映年份 / 10) * 10",
        [*J, "agg", "group_by"],
        False,
        [1],
    ),
    (
        "Which month of 2015 had the most comedy ratings?",
        "2015年哪个月喜剧片的评分最多",
        f"SELECT substr(r.rated_on, 1, 7), COUNT(*) FROM {RG} WHERE g.genre = 'Comedy'"
        " AND r.rated_on LIKE '2015-%' GROUP BY substr(r.rated_on, 1, 7) ORDER BY COUNT(*) DESC LIMIT 1",
        [*J, "superlative", "month", *CV],
        False,
        [1],
    ),
    ("Average documentary rating", "纪录片的平均分", genre_avg("Documentary"), [*J, "agg", "filter", *CV]),
    (
        "How many movies are both a comedy and a romance?",
        "既是喜剧又是爱情片的电影有多少部",
        "SELECT COUNT(*) FROM 电影 WHERE 电影编号 IN (SELECT mg.movie_id FROM movie_genres mg JOIN 类型 g"
        " ON mg.genre_id = g.类型编号 WHERE g.genre = 'Comedy') AND 电影编号 IN (SELECT mg.movie_id FROM"
        " movie_genres mg JOIN 类型 g ON mg.genre_id = g.类型编号 WHERE g.genre = 'Romance')",
        [*J, "count", "filter", *CV],
    ),
    (
        "Which user rated the most horror movies?",
        "哪个用户给恐怖片打分最多",
        f"SELECT r.user_id, COUNT(*) FROM {RG} WHERE g.genre = 'Horror' GROUP BY r.user_id"
        " ORDER BY COUNT(*) DESC LIMIT 1",
        [*J, "superlative", *CV],
        False,
        [0],
    ),
    (
        "Average rating of children's movies per year rated",
        "儿童片每年的平均评分",
        f"SELECT {Y}, AVG(r.rating) FROM {RG} WHERE g.genre = 'Children' GROUP BY {Y}",
        [*J, "agg", "year", "group_by", *CV],
        False,
        [1],
    ),
    (
        "Among films with at least 20 ratings, which has the lowest average?",
        "评分数不少于20条的电影里平均分最低的是哪部",
        f"SELECT m.片名, AVG(r.rating) FROM {RM} GROUP BY m.电影编号 HAVING COUNT(*) >= 20"
        " ORDER BY AVG(r.rating) LIMIT 1",
        [*J, "superlative", "having"],
        False,
        [0],
    ),
    (
        "What percentage of horror ratings are below 2 stars?",
        "恐怖片的评分里低于2分的占多大比例",
        f"SELECT AVG(CASE WHEN r.rating < 2 THEN 1.0 ELSE 0 END) FROM {RG} WHERE g.genre = 'Horror'",
        [*J, "share", "pct", "threshold", *CV],
    ),
    (
        "How many IMAX movies are in the data?",
        "数据里有几部IMAX电影",
        "SELECT COUNT(*) FROM " + MG + " WHERE g.genre = 'IMAX'",
        [*J, "count", "filter"],
    ),
    (
        "Average rating of westerns released before 1970",
        "1970年之前上映的西部片平均分",
        f"SELECT AVG(r.rating) FROM {RMG} WHERE g.genre = 'Western' AND m.上映年份 < 1970",
        [*J, "agg", "filter", "threshold", *CV],
    ),
    (
        "Number of ratings per genre in 2016, most first",
        "2016年各类型的评分数量，从多到少排",
        f"SELECT g.genre, COUNT(*) FROM {RG} WHERE r.rated_on LIKE '2016-%' GROUP BY g.genre ORDER BY COUNT(*) DESC",
        [*J, "count", "group_by", "year", "sorted"],
        True,
        None,
        f"SELECT g.类型名称, COUNT(*) FROM {RG} WHERE r.rated_on LIKE '2016-%' GROUP BY g.类型名称 ORDER BY COUNT(*) DESC",
    ),
    (
        "How many ratings did The Dark Knight get in 2015 and 2016 combined?",
        "《蝙蝠侠：黑暗骑士》在2015到2016年间收到多少条评分",
        f"SELECT COUNT(*) FROM {RM} WHERE m.片名 = 'Dark Knight, The' AND r.rated_on BETWEEN '2015-01-01' AND '2016-12-31'",
        [*J, "count", "range", *CV],
    ),
]

SINGLE = [
    ("How many ratings are there in total?", "一共有多少条评分", "SELECT COUNT(*) FROM ratings", ["count"]),
    ("What's the overall average rating?", "整体平均分是多少", "SELECT AVG(rating) FROM ratings", ["agg"]),
    (
        "Number of ratings per year",
        "每年有多少条评分",
        "SELECT substr(rated_on, 1, 4), COUNT(*) FROM ratings GROUP BY substr(rated_on, 1, 4)",
        ["count", "year", "group_by"],
        False,
        [1],
    ),
    (
        "How many users rated something in 2015?",
        "2015年有多少个用户打过分",
        "SELECT COUNT(DISTINCT user_id) FROM ratings WHERE rated_on LIKE '2015-%'",
        ["count_distinct", "year"],
    ),
    (
        "Which year saw the most ratings?",
        "哪一年的评分数量最多",
        "SELECT substr(rated_on, 1, 4), COUNT(*) FROM ratings GROUP BY substr(rated_on, 1, 4)"
        " ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative", "year"],
        False,
        [0],
    ),
    (
        "What fraction of ratings are 5 stars?",
        "五星好评占所有评分的比例",
        "SELECT AVG(CASE WHEN rating = 5 THEN 1.0 ELSE 0 END) FROM ratings",
        ["share", "pct"],
    ),
    (
        "How many ratings were made in Q1 2016?",
        "2016年第一季度有多少条评分",
        "SELECT COUNT(*) FROM ratings WHERE rated_on BETWEEN '2016-01-01' AND '2016-03-31'",
        ["count", "quarter"],
    ),
    (
        "average rating in December 2015",
        "2015年12月的平均评分",
        "SELECT AVG(rating) FROM ratings WHERE rated_on LIKE '2015-12-%'",
        ["agg", "month"],
    ),
    (
        "How many ratings were 4 stars or higher?",
        "4分及以上的评分有多少条",
        "SELECT COUNT(*) FROM ratings WHERE rating >= 4",
        ["count", "threshold"],
    ),
    (
        "Who is the most active rater?",
        "打分最多的用户是哪位",
        "SELECT user_id, COUNT(*) FROM ratings GROUP BY user_id ORDER BY COUNT(*) DESC LIMIT 1",
        ["superlative"],
        False,
        [0],
    ),
    (
        "Which users have rated more than 500 times?",
        "评分次数超过500次的用户有哪些",
        "SELECT user_id, COUNT(*) FROM ratings GROUP BY user_id HAVING COUNT(*) > 500",
        ["having", "listing"],
        False,
        [0],
    ),
    (
        "How many movies in the catalogue came out in 2009?",
        "2009年上映的电影有几部",
        "SELECT COUNT(*) FROM 电影 WHERE 上映年份 = 2009",
        ["count", "filter"],
    ),
    (
        "What's the release year of the oldest movie?",
        "最老的电影是哪年上映的",
        "SELECT MIN(上映年份) FROM 电影",
        ["agg", "superlative"],
    ),
    (
        "By what percentage did the number of ratings grow from 2014 to 2015?",
        "2015年的评分数量比2014年同比增长了多少",
        "SELECT CAST((SELECT COUNT(*) FROM ratings WHERE rated_on LIKE '2015-%') - (SELECT COUNT(*) FROM ratings"
        " WHERE rated_on LIKE '2014-%') AS REAL) / (SELECT COUNT(*) FROM ratings WHERE rated_on LIKE '2014-%')",
        ["growth", "year", "pct"],
    ),
    (
        "When was the most recent rating made?",
        "最近一条评分是哪天打的",
        "SELECT MAX(rated_on) FROM ratings",
        ["agg", "latest"],
    ),
]

CONVERSATIONS = [
    (
        "Average rating of action movies in 2015",
        "en",
        genre_avg("Action", 2015),
        [*J, "agg", "year"],
        False,
        None,
        "c1-en",
        0,
    ),
    ("And in 2016?", "en", genre_avg("Action", 2016), [*J, "follow_up", "year"], False, None, "c1-en", 1),
    (
        "What about comedies?",
        "en",
        genre_avg("Comedy", 2016),
        [*J, "follow_up", "filter"],
        False,
        None,
        "c1-en",
        2,
    ),
    (
        "2015年动作片的平均评分",
        "zh",
        genre_avg("Action", 2015),
        [*J, "agg", "year", *CV],
        False,
        None,
        "c1-zh",
        0,
    ),
    ("2016年呢？", "zh", genre_avg("Action", 2016), [*J, "follow_up", "year"], False, None, "c1-zh", 1),
    (
        "喜剧片呢？",
        "zh",
        genre_avg("Comedy", 2016),
        [*J, "follow_up", "filter", *CV],
        False,
        None,
        "c1-zh",
        2,
    ),
    (
        "Top 3 most rated movies released in 2010",
        "en",
        top_released(2010, 3),
        [*J, "top_n", "year"],
        False,
        [0],
        "c2-en",
        0,
    ),
    (
        "and for 2012 releases?",
        "en",
        top_released(2012, 3),
        [*J, "follow_up", "year"],
        False,
        [0],
        "c2-en",
        1,
    ),
    (
        "2010年上映的电影里评分次数最多的3部",
        "zh",
        top_released(2010, 3),
        [*J, "top_n", "year"],
        False,
        [0],
        "c2-zh",
        0,
    ),
    ("2012年上映的呢", "zh", top_released(2012, 3), [*J, "follow_up", "year"], False, [0], "c2-zh", 1),
    (
        "How many ratings do drama movies have?",
        "en",
        f"SELECT COUNT(*) FROM {RG} WHERE g.genre = 'Drama'",
        [*J, "count", "filter"],
        False,
        None,
        "c3-en",
        0,
    ),
    (
        "only the ones from 2016?",
        "en",
        f"SELECT COUNT(*) FROM {RG} WHERE g.genre = 'Drama' AND r.rated_on LIKE '2016-%'",
        [*J, "follow_up", "year"],
        False,
        None,
        "c3-en",
        1,
    ),
    (
        "剧情片一共有多少条评分",
        "zh",
        f"SELECT COUNT(*) FROM {RG} WHERE g.genre = 'Drama'",
        [*J, "count", "filter", *CV],
        False,
        None,
        "c3-zh",
        0,
    ),
    (
        "只看2016年的呢",
        "zh",
        f"SELECT COUNT(*) FROM {RG} WHERE g.genre = 'Drama' AND r.rated_on LIKE '2016-%'",
        [*J, "follow_up", "year"],
        False,
        None,
        "c3-zh",
        1,
    ),
]

UNANSWERABLE = [
    ("Do women rate movies higher than men?", "女性用户给的分是不是比男性高"),
    ("Which director has the best-rated films?", "哪位导演的电影平均分最高"),
    ("What was the box office of Inception?", "《盗梦空间》的票房是多少"),
    ("How many French movies are there?", "数据里有多少部法国电影"),
    ("Average rating by user age group", "各年龄段用户的平均评分"),
]


def build():
    out = []
    for en, zh, gold, tags, *rest in JOINED + SINGLE:
        ordered, compare, gold_zh = (list(rest) + [False, None, None][len(rest) :])[:3]
        out.append((en, "en", gold, tags, ordered, compare))
        out.append((zh, "zh", gold_zh or gold, [*tags, "cross_lingual"], ordered, compare))
    out.extend(CONVERSATIONS)
    for en, zh in UNANSWERABLE:
        out.append((en, "en", "", ["unanswerable"]))
        out.append((zh, "zh", "", ["unanswerable"]))
    return out


if __name__ == "__main__":
    write_questions(HERE, "mr", build(), source=SRC)
