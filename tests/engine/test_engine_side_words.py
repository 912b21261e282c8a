"""A side of a row said by a synonym of the header's side word (sidewords.py): the recipient for
receiver_name, 客队 ("visiting team") for away_team."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary.sidewords import side_aliases
from tests.engine.schemas import ask, profiled_table

PEOPLE = ["Ana", "Ben", "Cleo", "Dev", "Eli"]
PARCELS = [
    ("parcel_id", "integer"),
    ("sender_name", "text"),
    ("receiver_name", "text"),
    ("weight_kg", "real"),
]
PARCEL_ROWS = [(i, PEOPLE[i % 5], PEOPLE[(i + 2) % 5], 1.5 + i % 4) for i in range(1, 41)]

CLUBS = ["Rovers", "Lions", "Hawks", "Comets"]
GAMES = [
    ("game_id", "integer"),
    ("home_team", "text"),
    ("away_team", "text"),
    ("home_shots", "integer"),
    ("away_shots", "integer"),
    ("home_score", "integer"),
    ("away_score", "integer"),
]
GAME_ROWS = [
    (i, CLUBS[i % 4], CLUBS[(i + 1) % 4], 20 + i % 9, 18 + i % 7, i % 5, i % 4) for i in range(1, 41)
]


def test_a_side_synonym_before_the_thing_names_the_column():
    # Given headers <side>_<thing> / When asking their aliases / Then each side synonym before the thing
    assert side_aliases(["receiver", "name"]) == {"recipient name": 0.9, "receiving name": 0.9}
    assert "host team" in side_aliases(["home", "team"])
    # And a header not led by a side word has none
    assert side_aliases(["weight", "kg"]) == {}


def test_the_recipient_names_the_receiver_column():
    # Given parcels with a sender and a receiver / When listing the recipient names
    schema = Schema(tables=[profiled_table("parcels", PARCELS, PARCEL_ROWS)])
    answer = ask(schema, "List the distinct recipient names")
    # Then the receiver's column, not the sender's
    assert answer.sql is not None and '"receiver_name"' in answer.sql and "sender_name" not in answer.sql


def test_the_chinese_visiting_team_names_the_away_column():
    # Given ice hockey games with a home and an away team
    schema = Schema(tables=[profiled_table("hockey_games", GAMES, GAME_ROWS)])
    # When listing 客队 (CC-CEDICT: "visiting team") / Then the away team's column
    answer = ask(schema, "列出所有客队")
    assert answer.sql is not None and '"away_team"' in answer.sql and "home_team" not in answer.sql


def test_the_amount_of_the_side_said_by_its_team():
    # Given games with home and away shots / When asking the visiting teams' total shots
    schema = Schema(tables=[profiled_table("hockey_games", GAMES, GAME_ROWS)])
    answer = ask(schema, "total shots of visiting teams")
    # Then the away side's shots, not both sides' nor the home side's
    assert answer.status == "ok", answer.message
    assert answer.sql is not None and 'SUM("away_shots")' in answer.sql and "home_shots" not in answer.sql


def test_a_bound_after_the_amount_of_the_side_said_bounds_that_side():
    # Given games with home and away shots
    schema = Schema(tables=[profiled_table("hockey_games", GAMES, GAME_ROWS)])
    # When counting the games where the visiting team scored 3 or more
    answer = ask(schema, "客队得分3分及以上的比赛有几场")
    # Then the away side's score of each game are bounded, not each away team's number of games
    assert answer.sql is not None and "GROUP BY" not in answer.sql, answer.sql
    assert '"away_score" >= 3' in answer.sql
