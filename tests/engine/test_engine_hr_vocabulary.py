"""General people-data words (lexicon.py): headcount, 学历, 婚姻状况, 岗位 for a job role, 月工资 for
a monthly income, 晋升; and two values said as one compound (valuepairs.py), asked back when the second
column holds a value opening with the first's word."""

from __future__ import annotations

from shared.ask.engines.rules.engine import index_for, items_of
from shared.semantic.schema import Schema, SemanticLayer
from tests.engine.schemas import ask, profiled_table

TEACHER_COLUMNS = [
    ("teacher_code", "text"),
    ("school", "text"),
    ("education_level", "text"),
    ("marital_status", "text"),
    ("job_role", "text"),
    ("job_grade", "integer"),
    ("monthly_income", "float"),
    ("years_since_last_promotion", "integer"),
]
TEACHER_ROWS = [
    ("T1", "Music", "Master", "Single", "Music_Tutor", 1, 3100.0, 2),
    ("T2", "Music", "Bachelor", "Married", "Manager", 3, 5200.0, 6),
    ("T3", "Arts", "Master", "Married", "Tutor", 2, 3900.0, 1),
    ("T4", "Arts", "Doctor", "Divorced", "Manager", 4, 6100.0, 7),
    ("T5", "Science", "Bachelor", "Single", "Tutor", 1, 2800.0, 0),
    ("T6", "Science", "Doctor", "Married", "Music_Tutor", 2, 3500.0, 3),
]


def teachers() -> Schema:
    return Schema(tables=[profiled_table("teachers", TEACHER_COLUMNS, TEACHER_ROWS)])


def _sql(question: str) -> str:
    answer = ask(teachers(), question)
    assert answer.status == "ok", (question, answer.message)
    return answer.sql or ""


def test_headcount_counts_the_rows():
    # Given teachers / When the headcount by school is asked / Then the rows are counted per school
    assert "COUNT(*)" in _sql("Headcount by school") and 'GROUP BY "school"' in _sql("Headcount by school")


def test_education_and_marital_status_words():
    # Given an education_level and a marital_status column / When asked in Chinese by their usual words
    # Then each names its column
    assert 'GROUP BY "education_level"' in _sql("各学历的教师人数")
    assert 'GROUP BY "marital_status"' in _sql("按婚姻状况统计教师人数")


def test_post_and_monthly_pay_words():
    # Given job_role, job_grade and monthly_income / When 岗位 and 月工资 are said
    sql = _sql("各岗位的月工资总额")
    # Then 岗位 is the job role (not the grade) and 月工资 the monthly income
    assert 'GROUP BY "job_role"' in sql and 'SUM("monthly_income")' in sql


def test_promotion_word():
    # Given years_since_last_promotion / When 晋升 is said / Then it names that column
    links = items_of("晋升", index_for(teachers(), SemanticLayer()))[0].links
    assert any(lk.column == "years_since_last_promotion" for lk in links)


def test_two_values_said_as_one_compound_are_asked_back():
    # Given a school 'Music' and job roles 'Manager' and 'Music_Tutor'
    # When 音乐主管 is said (音乐 = Music, 主管 = Manager, together maybe a Music_ role)
    answer = ask(teachers(), "音乐主管的平均月收入")
    # Then the engine asks back rather than filtering both
    assert answer.status == "clarify"
    # And the two said apart are read as two filters
    assert "\"job_role\" = 'Manager'" in _sql("音乐学校的经理平均月收入")


DEAL_COLUMNS = [("practice", "text"), ("fee", "float")]
DEAL_ROWS = [
    ("Mergers_Acquisitions", 100.0),
    ("Tax", 40.0),
    ("Litigation", 70.0),
    ("Mergers_Acquisitions", 50.0),
]


def test_a_two_word_value_is_said_with_and_or_its_initials():
    # Given a practice stored as Mergers_Acquisitions
    deals = Schema(tables=[profiled_table("deals", DEAL_COLUMNS, DEAL_ROWS)])
    # When it is said as "Mergers & Acquisitions", "mergers and acquisitions" or "M&A"
    for question in (
        "Total fee in Mergers & Acquisitions",
        "Total fee in mergers and acquisitions",
        "Total fee of M&A deals",
    ):
        answer = ask(deals, question)
        # Then the value filters
        assert "\"practice\" = 'Mergers_Acquisitions'" in (answer.sql or ""), question
