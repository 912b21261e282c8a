"""Ages said as a decade (三十几岁, in their thirties) or "between A and B years old" read as a span of
the age column (rules/agebands.py)."""

from __future__ import annotations

from shared.ask.engines.rules.agebands import age_spans_spelt
from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

PATIENT_COLUMNS = [("年龄", "integer"), ("住院天数", "integer"), ("科室", "text")]
PATIENT_ROWS = [
    (34, 5, "surgery"),
    (38, 2, "cardiology"),
    (45, 9, "surgery"),
    (61, 12, "cardiology"),
    (27, 1, "surgery"),
    (33, 4, "cardiology"),
]


def patients() -> Schema:
    return Schema(tables=[profiled_table("patients", PATIENT_COLUMNS, PATIENT_ROWS)])


def test_decades_are_spelt_as_spans():
    # Given decades said in Chinese and English / When spelt / Then each is its ten years
    assert age_spans_spelt("三十几岁的病人") == "30到39岁的病人"
    assert age_spans_spelt("40多岁的病人") == "40到49岁的病人"
    assert age_spans_spelt("patients in their forties") == "patients aged between 40 and 49"
    assert age_spans_spelt("patients in their 60s") == "patients aged between 60 and 69"


def test_a_period_decade_is_not_an_age():
    # Given "in the 90s" (a period) and no 岁 / When spelt / Then nothing changes
    assert age_spans_spelt("sales in the 90s") == "sales in the 90s"
    assert age_spans_spelt("三十几个病人") == "三十几个病人"


def test_a_decade_filters_the_age_column():
    # Given patients with an age / When asked about those in their thirties, in both languages
    zh = ask(patients(), "三十几岁的病人平均住院天数")
    en = ask(patients(), "How many patients are between 30 and 39 years old?")
    # Then the age column is read as the span
    assert zh.status == "ok" and '"年龄" BETWEEN 30 AND 39' in zh.sql
    assert en.status == "ok" and '"年龄" BETWEEN 30 AND 39' in en.sql
