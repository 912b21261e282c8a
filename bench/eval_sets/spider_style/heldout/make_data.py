"""Generate the held-out databases of spider_style: domains the engine was NOT tuned on (shops, tennis,
documents, concerts). Invented data; stdlib, fixed seed.

    python3 make_data.py
"""

import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from questionset import write_sqlite  # noqa: E402

SEED = 6262
HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = [
    "Arlo",
    "Bea",
    "Cyrus",
    "Dana",
    "Emil",
    "Faye",
    "Gus",
    "Hana",
    "Ines",
    "Jude",
    "Kofi",
    "Lena",
    "Milo",
    "Nora",
    "Otto",
    "Pia",
    "Remy",
    "Sana",
    "Theo",
    "Uma",
]
LAST = [
    "Acker",
    "Bloom",
    "Crane",
    "Drake",
    "Ellis",
    "Frost",
    "Gale",
    "Hart",
    "Irwin",
    "Joyce",
    "Keane",
    "Lowe",
]


def names(rng, count):
    out = set()
    while len(out) < count:
        out.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    return sorted(out)


def shops(rng):
    people = names(rng, 20)
    cities = ["Bristol", "Leeds", "York", "Bath", "Leeds", "Bristol"]
    ages = rng.sample(range(21, 60), len(people))
    employees = [(i + 1, n, ages[i], rng.choice(cities)) for i, n in enumerate(people)]
    districts = ["Riverside", "Old Town", "Harbour", "Riverside", "Hillcrest"]
    products = rng.sample(range(800, 20000), 9)
    shop_rows = [
        (
            i + 1,
            f"{w} Market",
            rng.choice(["Bristol", "Leeds", "York"]),
            rng.choice(districts),
            products[i],
            rng.choice(people),
        )
        for i, w in enumerate(["Elm", "Oak", "Pine", "Birch", "Cedar", "Maple", "Ash", "Willow", "Hazel"])
    ]
    bonuses = rng.sample(range(500, 9000), 16)
    evaluation = [
        (rng.randrange(1, 21), str(rng.randrange(2011, 2019)), float(bonuses[i])) for i in range(16)
    ]
    ddl = """
    CREATE TABLE employee (Employee_ID INTEGER PRIMARY KEY, Name TEXT, Age INTEGER, City TEXT);
    CREATE TABLE shop (Shop_ID INTEGER PRIMARY KEY, Name TEXT, Location TEXT, District TEXT,
        Number_products INTEGER, Manager_name TEXT);
    CREATE TABLE evaluation (Employee_ID INTEGER, Year_awarded TEXT, Bonus REAL);
    """
    write_sqlite(
        os.path.join(HERE, "shops.sqlite"),
        ddl,
        {"employee": employees, "shop": shop_rows, "evaluation": evaluation},
    )


def tennis(rng):
    people = names(rng, 16)
    matches = []
    for number in range(1, 61):
        w, lo = rng.sample(people, 2)
        matches.append(
            (
                rng.choice(["Harbor Open", "Summit Cup", "Lakeside Masters"]),
                2015 + number % 4,
                w,
                rng.choice(["R", "L", "R", "R"]),
                rng.randrange(18, 36),
                number * 3 % 97 + 1,
                lo,
                rng.choice(["R", "L"]),
                rng.randrange(18, 36),
                number * 5 % 113 + 2,
                rng.choice(["Hard", "Clay", "Grass"]),
                60 + rng.randrange(0, 180),
            )
        )
    ddl = """
    CREATE TABLE matches (tourney_name TEXT, year INTEGER, winner_name TEXT, winner_hand TEXT, winner_age INTEGER,
        winner_rank INTEGER, loser_name TEXT, loser_hand TEXT, loser_age INTEGER, loser_rank INTEGER,
        surface TEXT, minutes INTEGER);
    """
    write_sqlite(os.path.join(HERE, "tennis.sqlite"), ddl, {"matches": matches})


def documents(rng):
    templates = [
        (i + 1, i % 3 + 1, rng.choice(["PP", "BK", "AD", "CV", "PPT"]), f"template {i + 1}")
        for i in range(12)
    ]
    docs = [
        (i + 1, rng.randrange(1, 13), f"Report {chr(65 + i)}", rng.choice(["draft", "final", "summary"]))
        for i in range(15)
    ]
    paragraphs = [
        (i + 1, rng.randrange(1, 16), rng.choice(["Korea", "Brazil", "Ireland", "Japan", "Chile"]))
        for i in range(40)
    ]
    ddl = """
    CREATE TABLE Templates (Template_ID INTEGER PRIMARY KEY, Version_Number INTEGER, Template_Type_Code TEXT,
        Template_Details TEXT);
    CREATE TABLE Documents (Document_ID INTEGER PRIMARY KEY, Template_ID INTEGER, Document_Name TEXT,
        Document_Description TEXT);
    CREATE TABLE Paragraphs (Paragraph_ID INTEGER PRIMARY KEY, Document_ID INTEGER, Paragraph_Text TEXT);
    """
    write_sqlite(
        os.path.join(HERE, "documents.sqlite"),
        ddl,
        {"Templates": templates, "Documents": docs, "Paragraphs": paragraphs},
    )


def concerts(rng):
    singers = names(rng, 12)
    ages = rng.sample(range(19, 60), len(singers))
    singer_rows = [
        (
            i + 1,
            n,
            rng.choice(["Netherlands", "France", "United States", "France"]),
            f"Song {i + 1}",
            str(1990 + rng.randrange(0, 30)),
            ages[i],
            rng.choice(["T", "F"]),
        )
        for i, n in enumerate(singers)
    ]
    caps = rng.sample(range(2000, 60000), 8)
    stadiums = [
        (
            i + 1,
            f"{w} Park",
            rng.choice(["Raith", "Ayr", "Stark"]),
            caps[i],
            caps[i] // 2,
            caps[i] // 10,
            caps[i] // 5,
        )
        for i, w in enumerate(
            ["Glebe", "Somerset", "Forthbank", "Recreation", "Balmoor", "Bayview", "Hampden", "Gayfield"]
        )
    ]
    concert_rows = [
        (
            i + 1,
            f"Concert {i + 1}",
            rng.choice(["Free choice", "Bleeding Love", "Wide Awake"]),
            rng.randrange(1, 9),
            str(2014 + rng.randrange(0, 3)),
        )
        for i in range(10)
    ]
    ddl = """
    CREATE TABLE singer (Singer_ID INTEGER PRIMARY KEY, Name TEXT, Country TEXT, Song_Name TEXT,
        Song_release_year TEXT, Age INTEGER, Is_male TEXT);
    CREATE TABLE stadium (Stadium_ID INTEGER PRIMARY KEY, Name TEXT, Location TEXT, Capacity INTEGER,
        Highest INTEGER, Lowest INTEGER, Average INTEGER);
    CREATE TABLE concert (concert_ID INTEGER PRIMARY KEY, concert_Name TEXT, Theme TEXT, Stadium_ID INTEGER,
        Year TEXT);
    """
    write_sqlite(
        os.path.join(HERE, "concerts.sqlite"),
        ddl,
        {"singer": singer_rows, "stadium": stadiums, "concert": concert_rows},
    )


def main():
    rng = random.Random(SEED)
    shops(rng)
    tennis(rng)
    documents(rng)
    concerts(rng)


if __name__ == "__main__":
    main()
