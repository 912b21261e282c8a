"""Totals per person across a join (issue 11): "total bonus of each athlete", 每位运动员的奖金合计 are per row
of the person table, shown by name (given and family), not by the key the fact holds, and two people of
one name stay two totals (pure engine; a twin where grouping by name alone or one table gives other
numbers)."""

from __future__ import annotations

from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, memory_db, profiled_table

# Two athletes are both called Mia Ono (ids 1 and 3): grouped by name alone, their bonuses would merge.
ATHLETES = [(1, "Mia", "Ono", "JP"), (2, "Leo", "Berg", "SE"), (3, "Mia", "Ono", "BR")]
BONUS = [(2019, 1, 10), (2020, 1, 15), (2019, 2, 7), (2020, 3, 40), (2020, 2, 1)]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("运动员", [("运动员编号", "integer"), ("名", "text"), ("姓", "text"), ("国家", "text")], ATHLETES),
        ("奖金", [("年份", "integer"), ("运动员编号", "integer"), ("金额", "integer")], BONUS),
    ]


def schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["运动员"].primary_key = ["运动员编号"]
    tables["奖金"].foreign_keys = [ForeignKey(["运动员编号"], "运动员", ["运动员编号"])]
    return Schema(tables=list(tables.values()))


def rows(sql: str | None) -> list[tuple]:
    return sorted(memory_db(_tables()).execute(sql or "").fetchall(), key=str)


def test_a_total_per_person_is_per_person_row_shown_by_full_name() -> None:
    # Given bonuses keyed by athlete id, and two athletes of one name
    for question in (
        "每位运动员的奖金金额合计",
        "total bonus amount of each athlete",
        "total amount per athlete",
    ):
        # When the total per athlete is asked (zh and en; the table's word is Chinese)
        a = ask(schema(), question)
        # Then one total per athlete, named by given and family name, the two Mia Onos apart
        assert a.status == "ok", (question, a.message)
        assert rows(a.sql) == [("Leo", "Berg", 8), ("Mia", "Ono", 25), ("Mia", "Ono", 40)], (question, a.sql)


def test_a_total_per_person_keeps_the_facts_filter() -> None:
    # When the total per athlete of one year is asked
    a = ask(schema(), "2020年每位运动员的奖金金额合计")
    # Then the year filters the bonuses, the athletes are named
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Leo", "Berg", 1), ("Mia", "Ono", 15), ("Mia", "Ono", 40)]


def test_each_persons_own_column_is_a_listing_not_a_total() -> None:
    # When each athlete's own column is asked for ("each athlete's country")
    a = ask(schema(), "each athlete's country")
    # Then nothing is summed per athlete
    assert "SUM(" not in (a.sql or "").upper(), a.sql


# A second fact on the same athletes: points per race (Leo twice, the first Mia once, the second Mia never).
POINTS = [(1, 2, 3), (2, 2, 5), (3, 1, 9)]


def two_fact_tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        *_tables(),
        ("results", [("race_no", "integer"), ("运动员编号", "integer"), ("score", "integer")], POINTS),
    ]


def two_fact_schema() -> Schema:
    base = schema()
    points = profiled_table(*two_fact_tables()[-1])
    points.foreign_keys = [ForeignKey(["运动员编号"], "运动员", ["运动员编号"])]
    base.tables.append(points)
    return base


def test_two_facts_per_person_are_each_summed_first_then_joined() -> None:
    # Given bonuses (Leo: 7 + 1) and points (Leo: 3 + 5) of the same athletes, two rows each for Leo
    conn = memory_db(two_fact_tables())
    for question in ("total amount and total score of each athlete", "每位运动员的奖金金额合计和score合计"):
        # When both totals per athlete are asked
        a = ask(two_fact_schema(), question)
        # Then each is summed per athlete before the two meet: Leo 8 and 8 (a plain join would give 16 and
        # 16); only the athletes with both (the second Mia has no points)
        assert a.status == "ok", (question, a.message)
        got = sorted(conn.execute(a.sql).fetchall(), key=str)
        assert got == [("Leo", "Berg", 8, 8), ("Mia", "Ono", 25, 9)], (question, a.sql)
