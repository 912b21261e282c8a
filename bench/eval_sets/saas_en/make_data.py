"""Generate customers.csv and tickets.csv of the saas_en question set.

Deterministic: standard library only, one random.Random(SEED).

    python3 make_data.py
"""

import csv
import datetime as dt
import os
import random

SEED = 7311
N_CUSTOMERS = 400
N_TICKETS = 2500
HERE = os.path.dirname(os.path.abspath(__file__))

PLANS = [
    ("Starter", 35, 49, 0.30),
    ("Growth", 30, 199, 0.18),
    ("Business", 22, 499, 0.10),
    ("Enterprise", 13, 1999, 0.05),
]
REGIONS = [("North America", 40), ("Europe", 30), ("APAC", 20), ("LATAM", 10)]
INDUSTRIES = ["Retail", "Healthcare", "Fintech", "Education", "Manufacturing", "Media"]
MANAGERS = ["Alice Chen", "Bob Martin", "Carla Diaz", "Dev Patel", "Emma Brown"]
WORDS_A = [
    "Blue",
    "Nova",
    "Green",
    "Apex",
    "Silver",
    "Bright",
    "Quantum",
    "Red",
    "Swift",
    "Urban",
    "Pixel",
    "Iron",
]
WORDS_B = ["Labs", "Systems", "Health", "Foods", "Media", "Works", "Logistics", "Bank", "Studio", "Academy"]
PRIORITIES = [("low", 35), ("medium", 35), ("high", 22), ("urgent", 8)]
PRIORITY_HOURS = {"low": 40, "medium": 24, "high": 10, "urgent": 4}
CHANNELS = [("email", 50), ("chat", 35), ("phone", 15)]
AGENTS = ["Sam", "Priya", "Tom", "Mia", "Lucas", "Yuki"]


def weighted(rng, pairs):
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs], k=1)[0]


def customers(rng):
    names = set()
    rows = []
    for i in range(N_CUSTOMERS):
        while True:
            name = f"{rng.choice(WORDS_A)} {rng.choice(WORDS_B)}"
            if name not in names:
                break
            name = f"{name} {rng.randint(2, 99)}"
            if name not in names:
                break
        names.add(name)
        plan, _, price, churn_p = weighted(rng, [(p, p[1]) for p in PLANS])
        seats = rng.randint(1, 8) if plan == "Starter" else rng.randint(3, 60)
        mrr = round(price * (1 + seats / 20) * rng.uniform(0.8, 1.2), 2)
        signup = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1096))
        churned = 1 if rng.random() < churn_p else 0
        churn_date = ""
        if churned:
            churn_date = min(
                signup + dt.timedelta(days=rng.randint(30, 700)), dt.date(2024, 12, 31)
            ).isoformat()
        rows.append(
            [
                f"C{1000 + i}",
                name,
                plan,
                f"{mrr:.2f}",
                seats,
                signup.isoformat(),
                churned,
                churn_date,
                weighted(rng, REGIONS),
                rng.choice(INDUSTRIES),
                rng.choice(MANAGERS),
            ]
        )
    return rows


def tickets(rng, customer_rows):
    rows = []
    opened = sorted(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366)) for _ in range(N_TICKETS - 1))
    opened.append(dt.date(2024, 12, 31))
    for i, day in enumerate(opened):
        customer = rng.choice(customer_rows)
        priority = weighted(rng, PRIORITIES)
        status = weighted(rng, [("closed", 60), ("solved", 20), ("pending", 10), ("open", 10)])
        hours = ""
        if status in ("closed", "solved"):
            hours = f"{PRIORITY_HOURS[priority] * rng.uniform(0.3, 2.2):.2f}"
        score = rng.randint(1, 5) if status == "closed" else ""
        rows.append(
            [
                f"T{50000 + i}",
                customer[0],
                day.isoformat(),
                priority,
                status,
                weighted(rng, CHANNELS),
                rng.choice(AGENTS),
                hours,
                score,
                "true" if rng.random() < 0.12 else "false",
            ]
        )
    return rows


def main():
    rng = random.Random(SEED)
    cust = customers(rng)
    tick = tickets(rng, cust)
    with open(os.path.join(HERE, "customers.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(
            [
                "customer_id",
                "company_name",
                "plan",
                "mrr",
                "seats",
                "signup_date",
                "churned",
                "churn_date",
                "region",
                "industry",
                "account_manager",
            ]
        )
        writer.writerows(cust)
    with open(os.path.join(HERE, "tickets.csv"), "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(
            [
                "ticket_id",
                "customer_id",
                "opened_date",
                "priority",
                "status",
                "channel",
                "agent",
                "resolution_hours",
                "satisfaction_score",
                "escalated",
            ]
        )
        writer.writerows(tick)


if __name__ == "__main__":
    main()
