"""最多 / "the most" answered by ordering a rating scale: the most ratings a reviewer gave is a count per
reviewer, never the top single rating; an amount's most (the most pay) may be its maximum (a small review
table of its own)."""

from __future__ import annotations

from shared.ask.engines.rules.answer_doubts import most_by_level
from shared.ask.engines.rules.intent import Intent
from shared.semantic.schema import Table
from tests.engine.schemas import profiled_table

# (review_id, critic_id, stars, fee): stars on a 1-5 scale, fees many amounts
REVIEWS = [(i, 7 + i % 3, 1.0 + (i % 9) / 2, 100.0 + 37 * i) for i in range(1, 40)]


def reviews() -> Table:
    cols = [("review_id", "integer"), ("critic_id", "integer"), ("stars", "float"), ("fee", "float")]
    return profiled_table("reviews", cols, REVIEWS)


def _ranked_by(column: str) -> Intent:
    return Intent(table="reviews", columns=["critic_id", column], order=[("column", column, True)], limit=1)


def test_the_most_of_a_rating_scale_ranked_by_its_rows_is_doubted() -> None:
    # Given reviews with a star rating per row
    # When "the most" / 最多 is answered by the rows ordered by the stars
    for question in ("哪位评论员打分最多", "Which critic rated the most?"):
        # Then the reading is doubted: the most ratings are a count per critic
        assert most_by_level(question, _ranked_by("stars"), reviews()), question


def test_the_highest_of_a_scale_and_the_most_of_an_amount_are_not_doubted() -> None:
    # Given the same reviews
    # When the highest stars are asked, or the most fee (an amount of many values)
    # Then neither reading is doubted
    assert not most_by_level("哪位评论员打分最高", _ranked_by("stars"), reviews())
    assert not most_by_level("哪位评论员收费最多", _ranked_by("fee"), reviews())
