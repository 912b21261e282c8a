"""Write seattle_weather.csv from the real data file shipped in the `vega_datasets` package (PyPI,
version 0.9.0: vega_datasets/_data/seattle-weather.csv, NOAA daily observations for Seattle 2012-2015).

The only change: dates written as ISO 2012-01-01 instead of 2012/01/01. Rows, columns and values as in
the source. `pip install vega_datasets==0.9.0 && python3 make_data.py`
"""

import csv
import os

import vega_datasets  # type: ignore[import-untyped]

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(os.path.dirname(vega_datasets.__file__), "_data", "seattle-weather.csv")

if __name__ == "__main__":
    with open(SOURCE, encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    with open(os.path.join(HERE, "seattle_weather.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(rows[0])
        for date, *rest in rows[1:]:
            writer.writerow([date.replace("/", "-"), *rest])
