"""A name the data holds in two tables (a player's full name and a season's champion): filtering by one of
them picks an entity blind, so the joined answer asks back; a name one table holds is answered (issue 11)."""

from __future__ import annotations

from shared.ask.engines.rules.joins_values import held_elsewhere, key_aggregated_doubt
from shared.semantic.schema import Relationship, Schema, SemanticLayer
from tests.engine.schemas import ask, profiled_table

PLAYERS = [
    (1, 2021, "Ines Moreau"),
    (2, 2021, "Tomas Berg"),
    (3, 2022, "Ines Moreau2"),
    (4, 2022, "Kofi Mensah"),
]
SEASONS = [(2021, "Tomas Berg"), (2022, "Kofi Mensah")]
GAMES = [(1, 2021, 1, 3), (2, 2021, 2, 5), (3, 2022, 3, 1), (4, 2022, 4, 4), (5, 2021, 1, 2)]


def club_schema() -> tuple[Schema, SemanticLayer]:
    schema = Schema(
        tables=[
            profiled_table(
                "games",
                [
                    ("game_id", "integer"),
                    ("season", "integer"),
                    ("player_id", "integer"),
                    ("points", "integer"),
                ],
                GAMES,
            ),
            profiled_table(
                "players", [("player_id", "integer"), ("season", "integer"), ("full_name", "text")], PLAYERS
            ),
            profiled_table("seasons", [("season", "integer"), ("champion", "text")], SEASONS),
        ]
    )
    links = [
        Relationship("games", ["player_id"], "players", ["player_id"]),
        Relationship("games", ["season"], "seasons", ["season"]),
        Relationship("players", ["season"], "seasons", ["season"]),
    ]
    return schema, SemanticLayer(relationships=links)


def test_a_name_held_by_two_tables_is_not_answered_by_one_of_them_blind() -> None:
    # Given games joined to players (full_name) and seasons (champion), Tomas Berg being both
    schema, semantic = club_schema()
    # When the question asks for his points
    a = ask(schema, "List Tomas Berg's points", semantic=semantic)
    # Then it is not answered as the points of every player of the season he won
    assert a.status == "clarify" or '"champion"' not in (a.sql or ""), a.sql


def test_a_name_one_table_holds_is_answered() -> None:
    # Given the same club, When the name is only a player's
    schema, semantic = club_schema()
    a = ask(schema, "List Ines Moreau's points", semantic=semantic)
    # Then the filter on the players' names answers
    assert a.status == "ok", a.message
    assert "Ines Moreau" in (a.sql or ""), a.sql


def test_the_key_two_tables_join_on_is_no_second_owner() -> None:
    # Given the club, When a value is held by a column and the key that references it
    schema, semantic = club_schema()
    from shared.semantic.vocabulary.linking import index_for

    index = index_for(schema, semantic)
    # Then only the unrelated column counts as another owner
    assert held_elsewhere(["Tomas Berg"], ("players", "full_name"), index, semantic.relationships) == [
        ("seasons", "champion")
    ]
    assert held_elsewhere(["Ines Moreau"], ("players", "full_name"), index, semantic.relationships) == []


def test_an_average_of_a_join_key_is_doubted_and_of_a_measure_is_not() -> None:
    # Given a view whose season column is the key games and seasons join on, and points a measure
    _schema, semantic = club_schema()
    columns = {"season": ("games", "season"), "points": ("games", "points")}
    rels = semantic.relationships
    # When the reading averages the key, Then it is doubted; averaging the points is not
    assert key_aggregated_doubt({"measures": [{"agg": "avg", "column": "season"}]}, columns, rels) > 0
    assert key_aggregated_doubt({"measures": [{"agg": "avg", "column": "points"}]}, columns, rels) == 0
    assert key_aggregated_doubt({"measures": [{"agg": "count", "column": "season"}]}, columns, rels) == 0


def test_the_noun_an_english_what_question_ends_on_not_understood_is_doubted() -> None:
    from shared.ask.engines.rules.joins_doubts import head_not_understood

    # Given a question whose last part asks "what was his <noun>", When that noun is not understood
    # Then the answer is doubted; understood (or not at the end), it is not
    assert head_not_understood("How tall was the 2022 champion, and what was his nickname?", ["nickname"]) > 0
    assert head_not_understood("How tall was the 2022 champion, and what was his nickname?", []) == 0
    assert head_not_understood("What was his nickname in the 2022 season?", ["nickname"]) == 0


def test_names_of_another_tables_rows_shown_beside_that_tables_column_are_doubted() -> None:
    from shared.ask.engines.rules.joins_values import names_beside_their_owner_doubt
    from shared.semantic.vocabulary.linking import index_for

    # Given seasons whose champions are players' full names
    schema, semantic = club_schema()
    index, rels = index_for(schema, semantic), semantic.relationships
    columns = {
        "champion": ("seasons", "champion"),
        "full_name": ("players", "full_name"),
        "points": ("games", "points"),
    }
    # When the champions are listed beside a players' column, Then the pairing is doubted (the players of
    # the season, not the champion); beside the games' points it is not
    assert names_beside_their_owner_doubt({"columns": ["champion", "full_name"]}, columns, index, rels) > 0
    assert names_beside_their_owner_doubt({"columns": ["champion", "points"]}, columns, index, rels) == 0
