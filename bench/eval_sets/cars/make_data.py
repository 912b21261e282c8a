"""Write cars.csv from the real data file shipped in the `vega_datasets` package (PyPI, version 0.9.0:
vega_datasets/_data/cars.json, the 1983 ASA Data Expo "auto-mpg" cars, 406 models 1970-1982).

The only change: the model year written as the integer 1970 instead of the date 1970-01-01; missing values
(null) written as empty cells. Rows, columns and other values as in the source.
`pip install vega_datasets==0.9.0 && python3 make_data.py`
"""

import csv
import json
import os

import vega_datasets  # type: ignore[import-untyped]

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(os.path.dirname(vega_datasets.__file__), "_data", "cars.json")
COLUMNS = [
    "Name",
    "Miles_per_Gallon",
    "Cylinders",
    "Displacement",
    "Horsepower",
    "Weight_in_lbs",
    "Acceleration",
    "Year",
    "Origin",
]


def cell(column: str, value: object) -> object:
    if value is None:
        return ""
    if column == "Year":
        return int(str(value)[:4])
    return value


if __name__ == "__main__":
    with open(SOURCE, encoding="utf-8") as file:
        rows = json.load(file)
    with open(os.path.join(HERE, "cars.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([cell(column, row[column]) for column in COLUMNS])
