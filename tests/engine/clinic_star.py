"""A small star schema of clinic visits (fact with English headers; doctors in English; 地区 and 方案 with
Chinese headers), for the readings a star schema's first sight showed wrong: a boolean flag named by its
generic noun, a function word spelling a code, an exact value against a lemma, anti-joins, two columns of a
row compared, a Chinese count of the fact's rows, a share of all the fact's rows. Numbers a wrong reading
gets wrong."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import memory_db, profiled_table

REGIONS = [
    ("PER", "Peru", "秘鲁", "南美洲"),
    ("CAN", "Canada", "加拿大", "北美洲"),
    ("IND", "India", "印度", "亚洲"),
    ("FRA", "France", "法国", "欧洲"),
    ("KEN", "Kenya", "肯尼亚", "非洲"),
    ("EGY", "Egypt", "埃及", "非洲"),
]
DOCTORS = [(1, "Ada Moss"), (2, "Ben Hale"), (3, "Cleo Park"), (4, "Dev Rao")]
PLANS = [
    (1, "Families", "Online"),
    (2, "Seniors", "Cash"),
    (3, "Students", "Online"),
    (4, "Families", "Cash"),
]
# visit_id, visit_date, region_code, doctor_id, plan_id, visit_type, ward_booked, ward_given,
# is_returning_patient, amount
VISITS = [
    (1, "2021-01-05", "PER", 1, 1, "Family", "A", "A", 1, 100.0),
    (2, "2021-02-11", "CAN", 1, 2, "Single", "A", "B", 0, 80.0),
    (3, "2021-03-20", "IND", 2, 3, "Single", "B", "B", 0, 60.0),
    (4, "2021-04-02", "FRA", 2, 4, "Family", "C", "A", 1, 150.0),
    (5, "2022-01-15", "KEN", 3, 1, "Senior", "A", "A", 0, 70.0),
    (6, "2022-02-18", "EGY", 1, 2, "Senior", "B", "C", 0, 90.0),
    (7, "2022-03-03", "FRA", 1, 3, "Single", "B", "B", 1, 40.0),
    (8, "2022-05-09", None, 2, 4, "Family", "C", "C", 0, 55.0),
    (9, "2022-06-21", "CAN", 2, 1, "Family", "A", "B", 0, 120.0),
    (10, "2022-07-30", None, 1, 2, "Single", "C", "C", 1, 35.0),
]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        (
            "地区",
            [("地区代码", "text"), ("地区名称", "text"), ("中文名称", "text"), ("大洲", "text")],
            REGIONS,
        ),
        ("doctors", [("doctor_id", "integer"), ("doctor_name", "text")], DOCTORS),
        ("方案", [("方案编号", "integer"), ("人群", "text"), ("付款方式", "text")], PLANS),
        (
            "visits",
            [
                ("visit_id", "integer"),
                ("visit_date", "date"),
                ("region_code", "text"),
                ("doctor_id", "integer"),
                ("plan_id", "integer"),
                ("visit_type", "text"),
                ("ward_booked", "text"),
                ("ward_given", "text"),
                ("is_returning_patient", "integer"),
                ("amount", "decimal"),
            ],
            VISITS,
        ),
    ]


def clinic_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["地区"].primary_key = ["地区代码"]
    tables["doctors"].primary_key = ["doctor_id"]
    tables["方案"].primary_key = ["方案编号"]
    tables["visits"].primary_key = ["visit_id"]
    tables["visits"].foreign_keys = [
        ForeignKey(["region_code"], "地区", ["地区代码"]),
        ForeignKey(["doctor_id"], "doctors", ["doctor_id"]),
        ForeignKey(["plan_id"], "方案", ["方案编号"]),
    ]
    return Schema(tables=list(tables.values()))


def clinic_db() -> sqlite3.Connection:
    return memory_db(_tables())


def rows(sql: str | None) -> list[tuple]:
    return sorted(clinic_db().execute(sql or "").fetchall(), key=str)
