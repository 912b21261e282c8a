"""分 as the points of a score (scorepoints.py): 平均分 / 几分 / 4.5分 name the data's one score column, on a
small table of exam results (English headers); and a grouped answer listing a column it neither groups nor
aggregates is doubted (sqlshape_doubts.listed_ungrouped)."""

from __future__ import annotations

from shared.ask.engines.rules import reading
from shared.ask.engines.rules.sqlshape_doubts import listed_ungrouped
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, memory_db, profiled_table

COLUMNS = [("exam_id", "integer"), ("subject", "text"), ("score", "integer")]
ROWS = [(1, "Maths", 80), (2, "Maths", 90), (3, "Art", 70), (4, "Art", 60), (5, "Maths", 100)]
EXAMS = Schema(tables=[profiled_table("exams", COLUMNS, ROWS)], dialect="sqlite")


def _rows(sql: str | None) -> list[tuple]:
    return sorted(memory_db([("exams", COLUMNS, ROWS)]).execute(sql or "").fetchall(), key=str)


def test_the_average_points_are_the_average_score() -> None:
    # When the average points (平均分) of one subject are asked
    a = ask(EXAMS, "Maths的平均分是多少")
    # Then the score column is averaged over that subject
    assert a.status == "ok", a.message
    assert _rows(a.sql) == [(90.0,)], a.sql


def test_points_after_a_number_name_the_score() -> None:
    # Given 80分 (a number and its points)
    items = reading.read("80分以上的考试", index_for(EXAMS)).items
    # Then 分 names the score column
    assert any(lk.column == "score" for it in items if it.text == "分" for lk in it.links)


def test_points_with_two_scores_name_neither() -> None:
    # Given two columns a score word names (score and rating) / Then 分 names neither
    schema = Schema(
        tables=[profiled_table("exams", [*COLUMNS, ("rating", "integer")], [(*r, r[2] // 10) for r in ROWS])],
        dialect="sqlite",
    )
    items = reading.read("平均分是多少", index_for(schema)).items
    assert not any(it.links for it in items if it.text == "分")


def test_a_grouped_answer_listing_an_ungrouped_column_is_doubted() -> None:
    # Given movies listed while the groups are their years / Then doubted; a name beside its key is not
    assert listed_ungrouped('SELECT "year", "movie" FROM t GROUP BY "year" HAVING AVG("x") > 1')
    assert not listed_ungrouped('SELECT "name", COUNT(*) FROM t GROUP BY "movie_id", "name"')
    assert not listed_ungrouped('SELECT "name", COUNT(*) FROM t GROUP BY "movie_id"')
