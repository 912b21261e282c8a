"""Generate the four SQLite databases of the spider_style question set: Spider-like schemas, invented data.

Column names follow the habits of the Spider benchmark (English, abbreviated, CamelCase or Snake_Case:
MPG, Horsepower, Final_Table_Made, Directed_by, AirportCode ...); every value is made up here.
Deterministic: standard library only, one random.Random(SEED).

    python3 make_data.py
"""

import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from questionset import write_sqlite  # noqa: E402

SEED = 5151
HERE = os.path.dirname(os.path.abspath(__file__))

FIRST = [
    "Anna",
    "Boris",
    "Carla",
    "Dmitri",
    "Elena",
    "Felix",
    "Greta",
    "Hugo",
    "Ivana",
    "Jonas",
    "Kira",
    "Lukas",
    "Mila",
    "Nikolai",
    "Olga",
    "Pavel",
    "Rosa",
    "Stefan",
    "Tamara",
    "Viktor",
    "Yara",
    "Zane",
]
LAST = [
    "Albright",
    "Brandt",
    "Castillo",
    "Dorsey",
    "Ekberg",
    "Falk",
    "Grady",
    "Holm",
    "Ivers",
    "Jansen",
    "Kovac",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Orlov",
    "Petrov",
    "Quinn",
    "Rask",
    "Sandor",
    "Tully",
]


def people_names(rng, count):
    """Distinct invented person names."""
    names = set()
    while len(names) < count:
        names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    return sorted(names)


def autos(rng):
    makers = [
        ("amc", "American Motor Company", "usa"),
        ("ford", "Ford Motor Company", "usa"),
        ("chevrolet", "Chevrolet", "usa"),
        ("dodge", "Dodge", "usa"),
        ("buick", "Buick", "usa"),
        ("toyota", "Toyota", "japan"),
        ("nissan", "Nissan Motors", "japan"),
        ("honda", "Honda", "japan"),
        ("volkswagen", "Volkswagen", "germany"),
        ("bmw", "Bayerische Motoren Werke", "germany"),
        ("fiat", "Fiat", "italy"),
        ("peugeot", "Peugeot", "france"),
        ("renault", "Renault", "france"),
        ("volvo", "Volvo", "sweden"),
    ]
    maker_rows = [(i + 1, m, f, c) for i, (m, f, c) in enumerate(makers)]
    cars = []
    used_weights = set()
    used_accelerations = set()
    for car_id in range(1, 161):
        maker = rng.randrange(len(makers)) + 1
        cylinders = rng.choice([4, 4, 4, 6, 6, 8, 8, 3, 5])
        horsepower = max(46, int(rng.gauss(40 + cylinders * 16, 12)))
        weight = int(1600 + cylinders * 310 + rng.randrange(0, 600))
        while weight in used_weights:
            weight += 1
        used_weights.add(weight)
        mpg = round(max(9.0, 48 - cylinders * 3.4 - horsepower * 0.06 + rng.uniform(-3, 3)), 1)
        accelerate = round(rng.uniform(8.0, 24.0), 2)
        while accelerate in used_accelerations:
            accelerate = round(accelerate + 0.01, 2)
        used_accelerations.add(accelerate)
        edispl = round(cylinders * rng.uniform(0.35, 0.75), 1)
        year = rng.randrange(1970, 1983)
        model = (
            f"{makers[maker - 1][0]} {rng.choice(['sedan', 'coupe', 'wagon', 'pickup', 'hatch'])} {car_id}"
        )
        cars.append((car_id, model, maker, mpg, cylinders, edispl, horsepower, weight, accelerate, year))
    ddl = """
    CREATE TABLE car_makers (Id INTEGER PRIMARY KEY, Maker TEXT, FullName TEXT, Country TEXT);
    CREATE TABLE cars_data (Id INTEGER PRIMARY KEY, Model TEXT, MakerId INTEGER REFERENCES car_makers(Id),
        MPG REAL, Cylinders INTEGER, Edispl REAL, Horsepower INTEGER, Weight INTEGER, Accelerate REAL,
        Year INTEGER);
    """
    write_sqlite(os.path.join(HERE, "autos.sqlite"), ddl, {"car_makers": maker_rows, "cars_data": cars})


def poker(rng):
    nationalities = ["United States", "Russia", "Canada", "Bulgaria", "Brazil", "United States", "Russia"]
    names = people_names(rng, 24)
    people = []
    heights = rng.sample(range(160, 205), len(names))
    for pid, name in enumerate(names, 1):
        born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 14000))
        people.append((pid, name, rng.choice(nationalities), float(heights[pid - 1]), born.isoformat()))
    players = []
    earnings = rng.sample(range(90, 600), 14)
    for ppid, person in enumerate(rng.sample(range(1, len(names) + 1), 14), 1):
        players.append(
            (
                ppid,
                person,
                float(rng.randrange(2, 40)),
                float(rng.choice([1, 1, 2, 2, 2, 3, 4])),
                float(ppid * 7 % 60 + 1),
                float(earnings[ppid - 1] * 1000),
            )
        )
    ddl = """
    CREATE TABLE people (People_ID INTEGER PRIMARY KEY, Name TEXT, Nationality TEXT, Height REAL,
        Birth_Date TEXT);
    CREATE TABLE poker_player (Poker_Player_ID INTEGER PRIMARY KEY, People_ID INTEGER REFERENCES
        people(People_ID), Final_Table_Made REAL, Best_Finish REAL, Money_Rank REAL, Earnings REAL);
    """
    write_sqlite(os.path.join(HERE, "poker.sqlite"), ddl, {"people": people, "poker_player": players})


def tvshows(rng):
    channels = []
    countries = ["Italy", "Italy", "Italy", "United Kingdom", "Poland", "Italy", "United Kingdom", "Spain"]
    languages = ["Italian", "Italian", "English", "English", "Polish", "Italian", "English", "Spanish"]
    contents = ["music", "sport", "news", "cartoons", "movies"]
    for number in range(1, 21):
        index = rng.randrange(len(countries))
        channels.append(
            (
                f"7{number:02d}",
                f"Canale {number}",
                countries[index],
                languages[index],
                rng.choice(contents),
                rng.choice(["yes", "no"]),
                rng.choice(["yes", "no"]),
                rng.choice(["Sky Famiglia", "Sky Cinema", "no ( FTA )", "Option"]),
            )
        )
    directors = ["Ben Ortega", "Lia Moss", "Hal Weaver", "Juno Park", "Rita Vance"]
    writers = ["Mara Quill", "Tom Reyes", "Sid Nolan", "Ada Finch", "Mara Quill", "Tom Reyes"]
    words = ["Night", "Storm", "Return", "Secret", "Island", "Mirror", "Shadow", "Crown", "Echo", "Frost"]
    cartoons = []
    base = dt.date(2008, 9, 1)
    air_days = rng.sample(range(0, 900), 18)
    for number in range(1, 19):
        title = f"The {words[number % len(words)]} of {rng.choice(LAST)}"
        air = base + dt.timedelta(days=air_days[number - 1])
        cartoons.append(
            (
                float(number),
                title,
                rng.choice(directors),
                rng.choice(writers),
                air.isoformat(),
                float(100 + number * 3),
                rng.choice(channels)[0],
            )
        )
    series = []
    ratings = rng.sample(range(30, 110), 24)
    for number in range(1, 25):
        air = base + dt.timedelta(days=7 * number)
        series.append(
            (
                float(number),
                f"Episode {number:02d}",
                air.isoformat(),
                ratings[number - 1] / 10,
                float(rng.randrange(3, 12)),
                round(rng.uniform(3.0, 14.0), 2),
                float(rng.randrange(1, 60)),
                rng.choice(channels)[0],
            )
        )
    ddl = """
    CREATE TABLE tv_channel (id TEXT PRIMARY KEY, series_name TEXT, Country TEXT, Language TEXT, Content TEXT,
        Hight_definition_TV TEXT, Pay_per_view_PPV TEXT, Package_Option TEXT);
    CREATE TABLE cartoon (id REAL PRIMARY KEY, Title TEXT, Directed_by TEXT, Written_by TEXT,
        Original_air_date TEXT, Production_code REAL, Channel TEXT REFERENCES tv_channel(id));
    CREATE TABLE tv_series (id REAL PRIMARY KEY, Episode TEXT, Air_Date TEXT, Rating REAL, Share REAL,
        Viewers_m REAL, Weekly_Rank REAL, Channel TEXT REFERENCES tv_channel(id));
    """
    write_sqlite(
        os.path.join(HERE, "tvshows.sqlite"),
        ddl,
        {"tv_channel": channels, "cartoon": cartoons, "tv_series": series},
    )


def airlines(rng):
    carriers = [
        (1, "Skyward Air", "SKW", "USA"),
        (2, "Northern Wings", "NWG", "Canada"),
        (3, "Bluebird Airways", "BBA", "USA"),
        (4, "Polar Express Air", "PXA", "Canada"),
        (5, "Sunline", "SUN", "USA"),
        (6, "Alpine Jet", "ALJ", "Switzerland"),
        (7, "Coral Airlines", "CRL", "USA"),
        (8, "Maple Air", "MPL", "Canada"),
        (9, "Tasman Air", "TSA", "New Zealand"),
        (10, "Eagle Regional", "EGR", "USA"),
    ]
    cities = [
        ("Northport", "NPT", "Northport International", "United States"),
        ("Lakeview", "LKV", "Lakeview Municipal", "United States"),
        ("Lakeview", "LKW", "Lakeview Westfield Airfield", "United States"),
        ("Redcliff", "RDC", "Redcliff International", "Canada"),
        ("Pinegate", "PNG", "Pinegate Regional", "Canada"),
        ("Stonebridge", "STB", "Stonebridge Airport", "United States"),
        ("Harborville", "HBV", "Harborville International", "United States"),
        ("Elmwood", "ELW", "Elmwood Field", "United States"),
        ("Kestrel Bay", "KSB", "Kestrel Bay Airport", "Canada"),
        ("Silverton", "SVT", "Silverton County", "United States"),
    ]
    airports = [
        (c, code, name, country, "US" if country == "United States" else "CA")
        for c, code, name, country in cities
    ]
    flights = []
    codes = [a[1] for a in airports]
    weights = [5, 2, 1, 3, 2, 2, 4, 1, 1, 2]
    for number in range(1, 141):
        carrier = rng.choices(carriers, weights=[6, 3, 2, 1, 4, 1, 2, 1, 1, 2])[0]
        source = rng.choices(codes, weights=weights)[0]
        dest = rng.choices([c for c in codes if c != source])[0]
        flights.append((carrier[2], 1000 + number * 7, source, dest, 200 + rng.randrange(0, 3000)))
    ddl = """
    CREATE TABLE airlines (uid INTEGER PRIMARY KEY, Airline TEXT, Abbreviation TEXT, Country TEXT);
    CREATE TABLE airports (City TEXT, AirportCode TEXT PRIMARY KEY, AirportName TEXT, Country TEXT,
        CountryAbbrev TEXT);
    CREATE TABLE flights (Airline TEXT, FlightNo INTEGER, SourceAirport TEXT, DestAirport TEXT,
        Distance INTEGER);
    """
    write_sqlite(
        os.path.join(HERE, "airlines.sqlite"),
        ddl,
        {"airlines": carriers, "airports": airports, "flights": flights},
    )


def main():
    rng = random.Random(SEED)
    autos(rng)
    poker(rng)
    tvshows(rng)
    airlines(rng)


if __name__ == "__main__":
    main()
