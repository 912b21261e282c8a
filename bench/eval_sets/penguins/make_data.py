"""Write penguins.csv from the real data files shipped in the `palmerpenguins` package (PyPI, version 0.1.6:
palmerpenguins/data/penguins.csv and penguins-raw.csv; Palmer Station LTER penguin data, Gorman et al. 2014,
CC0).

penguins.csv of the package (344 penguins, 8 columns) is kept row by row and column by column; three
columns of the same rows of penguins-raw.csv are added: individual_id, clutch_completion, date_egg. "NA" is
written as an empty cell; values are otherwise unchanged.
`pip install --no-deps palmerpenguins==0.1.6 && python3 make_data.py` (stdlib only; reads the package's files).
"""

import csv
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = importlib.util.find_spec("palmerpenguins")
assert SPEC and SPEC.submodule_search_locations, "pip install --no-deps palmerpenguins==0.1.6"
DATA = os.path.join(list(SPEC.submodule_search_locations)[0], "data")
COLUMNS = [
    "species",
    "island",
    "bill_length_mm",
    "bill_depth_mm",
    "flipper_length_mm",
    "body_mass_g",
    "sex",
    "year",
]
RAW_COLUMNS = {
    "individual_id": "Individual ID",
    "clutch_completion": "Clutch Completion",
    "date_egg": "Date Egg",
}


def rows(name: str) -> list[dict[str, str]]:
    with open(os.path.join(DATA, name), encoding="utf-8") as file:
        return list(csv.DictReader(file))


def cell(value: str) -> str:
    return "" if value == "NA" else value


if __name__ == "__main__":
    penguins, raw = rows("penguins.csv"), rows("penguins-raw.csv")
    assert len(penguins) == len(raw) == 344
    with open(os.path.join(HERE, "penguins.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(COLUMNS + list(RAW_COLUMNS))
        for row, source in zip(penguins, raw, strict=True):
            assert source["Date Egg"][:4] == row["year"] and source["Body Mass (g)"] == row["body_mass_g"]
            writer.writerow([cell(row[c]) for c in COLUMNS] + [cell(source[c]) for c in RAW_COLUMNS.values()])
