"""Generate shipments.csv and visits.csv of the heldout_mixed question set.

Deterministic: standard library only, one random.Random(SEED).

    python3 make_data.py
"""

import csv
import datetime as dt
import os
import random

SEED = 90417
N_SHIPMENTS = 2000
N_VISITS = 1600
HERE = os.path.dirname(os.path.abspath(__file__))

CITIES = [("Shanghai", 30), ("Shenzhen", 22), ("Chengdu", 14), ("Wuhan", 12), ("Tianjin", 12), ("Xiamen", 10)]
CARRIERS = [
    ("SwiftFreight", 30),
    ("BlueLine", 25),
    ("Kite Express", 20),
    ("Atlas Cargo", 15),
    ("RedRoad", 10),
]
SERVICES = [("standard", 55), ("express", 30), ("economy", 15)]
SERVICE_DAYS = {"standard": 4, "express": 2, "economy": 7}
STATUSES = [("delivered", 85), ("in_transit", 7), ("returned", 5), ("lost", 3)]
RATE_CARDS = ["2022 Legacy", "2023 Standard", "2024 Standard", "2024 Peak"]
CLIENTS = [
    "Harbor Foods",
    "Mint Textiles",
    "Polar Pharma",
    "Orbit Toys",
    "Cedar Furniture",
    "Lumen Electronics",
    "Sable Books",
    "Vista Auto Parts",
    "Ember Cosmetics",
    "Tidal Sports",
    "Maple Kitchenware",
    "Quartz Tools",
]

CAMPUSES = [("城东院区", 45), ("城西院区", 35), ("高新院区", 20)]
DEPARTMENTS = [("内科", 30), ("外科", 18), ("儿科", 17), ("眼科", 12), ("口腔科", 13), ("皮肤科", 10)]
DOCTORS = {
    "内科": ["王建国", "李秀英"],
    "外科": ["张伟", "刘洋"],
    "儿科": ["陈静", "杨帆"],
    "眼科": ["赵敏"],
    "口腔科": ["黄磊", "周婷"],
    "皮肤科": ["吴昊"],
}
DIAGNOSES = {
    "内科": ["高血压", "胃炎", "糖尿病", "支气管炎"],
    "外科": ["骨折", "软组织挫伤", "阑尾炎"],
    "儿科": ["上呼吸道感染", "肺炎", "腹泻"],
    "眼科": ["近视", "结膜炎", "白内障"],
    "口腔科": ["龋齿", "牙周炎"],
    "皮肤科": ["湿疹", "皮炎", "痤疮"],
}
INSURANCE = [("职工医保", 50), ("居民医保", 35), ("自费", 15)]


def weighted(rng, pairs):
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs], k=1)[0]


def shipments(rng):
    """Shipments 2023-01-01..2024-12-31; the last one ships on 2024-12-31."""
    rows = []
    start = dt.date(2023, 1, 1)
    for i in range(N_SHIPMENTS):
        ship = start + dt.timedelta(days=rng.randrange(731)) if i < N_SHIPMENTS - 1 else dt.date(2024, 12, 31)
        origin = weighted(rng, CITIES)
        destination = weighted(rng, [c for c in CITIES if c[0] != origin])
        service = weighted(rng, SERVICES)
        status = weighted(rng, STATUSES)
        weight = round(rng.lognormvariate(3.0, 0.9), 1)
        packages = rng.randint(1, 12)
        rate = {"express": 3.1, "standard": 1.8, "economy": 1.1}[service]
        cost = round(15 + weight * rate * rng.uniform(0.85, 1.25) + packages * 2.5, 2)
        delivery, transit = "", ""
        if status in ("delivered", "returned"):
            days = max(1, SERVICE_DAYS[service] + rng.randint(-1, 3))
            delivery = (ship + dt.timedelta(days=days)).isoformat()
            transit = days
        on_time = 1 if transit != "" and transit <= SERVICE_DAYS[service] else 0
        rows.append(
            [
                f"S{10001 + i}",
                ship.isoformat(),
                delivery,
                origin,
                destination,
                weighted(rng, CARRIERS),
                service,
                f"{weight:.1f}",
                packages,
                f"{cost:.2f}",
                transit,
                on_time,
                status,
                rng.choice(RATE_CARDS),
                rng.choice(CLIENTS),
            ]
        )
    return rows


def visits(rng):
    """Clinic visits in 2024; the last one is on 2024-12-31."""
    rows = []
    start = dt.date(2024, 1, 1)
    for i in range(N_VISITS):
        day = start + dt.timedelta(days=rng.randrange(366)) if i < N_VISITS - 1 else dt.date(2024, 12, 31)
        department = weighted(rng, DEPARTMENTS)
        age = rng.randint(1, 14) if department == "儿科" else rng.randint(16, 88)
        fee = round(rng.uniform(20, 90) + (200 if department == "外科" else 0) * rng.random(), 2)
        drugs = rng.randint(0, 6)
        drug_cost = round(drugs * rng.uniform(8, 60), 2)
        rows.append(
            [
                f"V{50001 + i}",
                day.isoformat(),
                weighted(rng, CAMPUSES),
                department,
                rng.choice(DOCTORS[department]),
                rng.choice(["M", "F"]),
                age,
                weighted(rng, INSURANCE),
                rng.choice(DIAGNOSES[department]),
                f"{fee:.2f}",
                f"{drug_cost:.2f}",
                drugs,
                rng.randint(3, 95),
                weighted(rng, [(5, 40), (4, 32), (3, 16), (2, 8), (1, 4)]),
                "是" if rng.random() < 0.3 else "否",
            ]
        )
    return rows


def main():
    rng = random.Random(SEED)
    ship = shipments(rng)
    visit = visits(rng)
    with open(os.path.join(HERE, "shipments.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(
            [
                "shipment_id",
                "ship_date",
                "delivery_date",
                "origin_city",
                "destination_city",
                "carrier",
                "service_level",
                "weight_kg",
                "packages",
                "freight_cost",
                "transit_days",
                "on_time",
                "status",
                "rate_card",
                "client",
            ]
        )
        writer.writerows(ship)
    with open(os.path.join(HERE, "visits.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(
            [
                "就诊编号",
                "就诊日期",
                "院区",
                "科室",
                "医生",
                "性别",
                "年龄",
                "医保类型",
                "诊断",
                "诊疗费",
                "药品费",
                "药品数量",
                "候诊分钟",
                "满意度评分",
                "是否复诊",
            ]
        )
        writer.writerows(visit)


if __name__ == "__main__":
    main()
