"""Rank-like measures ("music" round): a column numbering places (position, 名次), where 1 is the top, turns a
judgement word around. The best / highest / 最好 / 最高 place is the smallest number, the worst / 最差 the
largest; words about the number itself (lowest position number) keep their direction.

A schema of its own: league standings per team and season, once with English and once with Chinese headers.
"""

from __future__ import annotations

from shared.ask.engines.rules import reading
from shared.ask.engines.rules.rankwords import is_rank_like, judges_place, places_reached
from shared.ask.engines.rules.referents import pronoun_without_referent
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, memory_db, profiled_table

EN = [("team", "text"), ("season", "integer"), ("position", "integer"), ("points", "integer")]
ZH = [("球队", "text"), ("赛季", "integer"), ("名次", "integer"), ("积分", "integer")]
ROWS = [
    ("Falcons", 2021, 3, 61),
    ("Falcons", 2022, 1, 80),
    ("Herons", 2021, 1, 77),
    ("Herons", 2022, 5, 40),
    ("Otters", 2021, 2, 70),
    ("Otters", 2022, 2, 66),
    ("Lynx", 2021, 4, 50),
    ("Lynx", 2022, 6, 30),
]


def _answer(columns: list[tuple[str, str]], question: str) -> tuple[str, list[tuple]]:
    schema = Schema(tables=[profiled_table("standings", columns, ROWS)])
    answer = ask(schema, question)
    rows = memory_db([("standings", columns, ROWS)]).execute(answer.sql or "").fetchall()
    return answer.status, rows


def test_a_numbered_place_column_is_rank_like_and_an_amount_is_not():
    # Given the standings' columns, profiled / When each is asked whether it numbers places
    index = index_for(Schema(tables=[profiled_table("standings", EN + ZH[2:3], [r + (r[2],) for r in ROWS])]))
    cols = index.tables["standings"].columns
    # Then position and 名次 do; points and season do not
    assert is_rank_like(cols["position"]) and is_rank_like(cols["名次"])
    assert not is_rank_like(cols["points"]) and not is_rank_like(cols["season"])


def test_a_place_numbered_from_zero_is_no_rank():
    # Given a position column whose values start at 0 (an offset, not a place)
    rows = [(t, s, p - 1, q) for t, s, p, q in ROWS]
    index = index_for(Schema(tables=[profiled_table("standings", EN, rows)]))
    # Then it is not read as a rank
    assert not is_rank_like(index.tables["standings"].columns["position"])


def test_judgement_words_and_plain_number_words():
    # Given superlatives / Then best, worst, highest, 最好, 最差 judge a place; lowest, largest: the number
    assert all(judges_place(w) for w in ("best", "worst", "highest", "最 好", "最 差", "最 高"))
    assert not any(judges_place(w) for w in ("lowest", "largest", "most", "最 小"))


def test_the_best_place_of_a_team_is_its_smallest_number():
    # When the best (or worst) position of one team is asked, in English and in Chinese
    # Then the best is MIN (1 for the Falcons), the worst MAX (5 for the Herons)
    assert _answer(EN, "What was the best position of the Falcons?") == ("ok", [(1,)])
    assert _answer(EN, "What is the worst position of the Herons?") == ("ok", [(5,)])
    assert _answer(ZH, "Falcons最好的名次是第几") == ("ok", [(1,)])
    assert _answer(ZH, "Herons的最差名次") == ("ok", [(5,)])


def test_the_team_with_the_best_average_place_has_the_smallest_average():
    # When the team with the best average position is asked / Then the smallest average wins (Falcons, 2.0)
    assert _answer(EN, "Which team had the best average position?") == ("ok", [("Falcons", 2.0)])
    assert _answer(ZH, "平均名次最好的球队是哪个") == ("ok", [("Falcons", 2.0)])


def test_the_lowest_number_is_still_the_smallest():
    # When the number itself is named (lowest position number) / Then its plain direction stays: MIN
    status, rows = _answer(EN, "Lowest position number of the Lynx")
    assert rows == [(4,)]


def test_an_amount_keeps_best_as_its_largest():
    # Given points, no place / When the best points of a team are asked / Then the largest is kept
    status, rows = _answer(EN, "What were the best points of the Otters?")
    assert status != "ok" or rows == [(70,)]


def test_in_the_top_n_is_a_condition_on_the_place():
    # Given the phrases of a place reached / Then each says its N; a ranking's top N says none
    assert places_reached("How many seasons in the top 3?") == {3}
    assert places_reached("进过前十名的球队") == {10} and places_reached("前两名以内的记录") == {2}
    assert places_reached("Top 2 teams by points") == set() and places_reached("积分最高的前2名球队") == set()
    # When rows in the top 2 places are counted / Then the place filters them (4 rows), no LIMIT
    assert _answer(ZH, "在前2名里的记录有多少条") == ("ok", [(4,)])
    # And a ranking's top N still ranks
    assert _answer(EN, "Top 2 teams by points") == ("ok", [("Falcons", 70.5), ("Otters", 68.0)])


def test_a_pronoun_with_no_previous_answer_is_asked_back():
    # Given no conversation before / When "its" best position is asked / Then it is asked back, not all rows
    assert _answer(EN, "What was its best position?")[0] != "ok"
    assert _answer(ZH, "它最好的名次是第几")[0] != "ok"
    # And a pronoun after the thing it refers to stands
    assert _answer(EN, "What was the Falcons' best position in its seasons?")[0] == "ok"


def test_a_pronoun_after_a_named_thing_refers_to_it():
    # Given the standings' index / When pronouns are read with no previous answer
    index = index_for(Schema(tables=[profiled_table("standings", EN, ROWS)]))

    def alone(question: str) -> bool:
        return pronoun_without_referent(reading.read(question, index).items, None)

    # Then "its" first has nothing to refer to; after a team or a column it has
    assert alone("What was its best position?")
    assert not alone("Which team had the most points? Give its points")
    assert not alone("What was its best position?".replace("its", "the Falcons'"))
