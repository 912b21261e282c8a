"""Which condition a rate is of, when two are said (parse_measures._part_naming_the_rate): the one said
right before the rate word names it ("relapse rate among smokers": relapse, within smokers), and in "of
X, what share were Y" the one after the copula (Y, within X). A schema of its own: a clinic's patients."""

from __future__ import annotations

import sqlite3

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, memory_db, profiled_table

COLUMNS = [("patient_id", "integer"), ("smoker", "integer"), ("ward", "text"), ("relapse", "text")]
ROWS = [
    (i, i % 3 == 0, ("North", "South", "East")[i % 4 % 3], "Yes" if i % 5 in (0, 3) else "No")
    for i in range(1, 61)
]


def _schema() -> Schema:
    return Schema(tables=[profiled_table("patients", COLUMNS, [(*r[:1], int(r[1]), *r[2:]) for r in ROWS])])


def _db() -> sqlite3.Connection:
    return memory_db([("patients", COLUMNS, [(*r[:1], int(r[1]), *r[2:]) for r in ROWS])])


def _one(sql: str | None) -> float:
    return float(_db().execute(sql or "").fetchone()[0])


def test_the_condition_before_the_rate_word_is_the_rate():
    # Given a relapse flag and a smoker flag / When the relapse rate among smokers is asked
    answer = ask(_schema(), "Relapse rate among smokers")
    # Then it is the share of smokers who relapsed, not the share of relapses who smoke
    assert answer.status == "ok", answer.message
    want = _db().execute(
        "SELECT AVG(CASE WHEN relapse = 'Yes' THEN 1.0 ELSE 0 END) FROM patients WHERE smoker = 1"
    )
    assert abs(_one(answer.sql) - want.fetchone()[0]) < 1e-9


def test_of_x_what_share_were_y_takes_y_as_the_part():
    # Given the same patients / When the share of relapsed patients in the North ward is asked
    answer = ask(_schema(), "Of the patients with a relapse, what share were in the North ward?")
    # Then the share is of North among those who relapsed
    assert answer.status == "ok", answer.message
    want = _db().execute(
        "SELECT AVG(CASE WHEN ward = 'North' THEN 1.0 ELSE 0 END) FROM patients WHERE relapse = 'Yes'"
    )
    assert abs(_one(answer.sql) - want.fetchone()[0]) < 1e-9
