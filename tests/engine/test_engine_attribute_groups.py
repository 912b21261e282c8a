"""Groups and labels read from the data's shape: a ranking per an attribute of a joined table groups by
that attribute only (which district had the most trips: not per station); a Chinese header X名 (州名, 店名)
is the X's name column, shown for "which X" (not its code); a lookup table's column named as its rows
(genres.genre) is its label, shown for "the number of plays for each genre" (a count, no id asked)."""

from __future__ import annotations

from shared.ask.engines.rules.joins_graph import label_column
from shared.ask.engines.rules.joins_names import ID_ASKED
from shared.semantic.schema import Relationship, Schema, SemanticLayer
from shared.semantic.vocabulary.linking import zh_name_column
from tests.engine.schemas import ask, memory_db, profiled_table

TRIP_COLS = [("trip_id", "integer"), ("station", "text"), ("minutes", "integer")]
TRIPS = [
    (1, "A", 10),
    (2, "A", 12),
    (3, "A", 7),
    (4, "B", 20),
    (5, "C", 5),
    (6, "C", 9),
    (7, "D", 30),
    (8, "D", 4),
]
STATION_COLS = [("station", "text"), ("district", "text")]
STATIONS = [("A", "Harbour"), ("B", "Hills"), ("C", "Hills"), ("D", "Hills")]


def _bikes() -> tuple[Schema, SemanticLayer]:
    schema = Schema(
        tables=[profiled_table("trips", TRIP_COLS, TRIPS), profiled_table("stations", STATION_COLS, STATIONS)]
    )
    return schema, SemanticLayer(relationships=[Relationship("trips", ["station"], "stations", ["station"])])


def test_a_ranking_per_an_attribute_of_a_joined_table_groups_by_that_attribute_only():
    # Given bike trips from stations, each station in a district (one busy station in the Harbour, three
    # quieter ones in the Hills)
    schema, semantic = _bikes()
    # When the district with the most trips is asked
    a = ask(schema, "Which district had the most trips?", semantic=semantic)
    # Then the trips are counted per district (Hills 5), not per station of a district (Harbour's A, 3)
    assert a.status == "ok", a.message
    db = memory_db([("trips", TRIP_COLS, TRIPS), ("stations", STATION_COLS, STATIONS)])
    assert db.execute(a.sql or "").fetchall() == [("Hills", 5)], a.sql


def test_the_station_with_the_most_trips_is_still_ranked_per_station():
    # Given the same trips, When the station itself is ranked, Then each station is its own group
    schema, semantic = _bikes()
    a = ask(schema, "Which station had the most trips?", semantic=semantic)
    assert a.status == "ok", a.message
    db = memory_db([("trips", TRIP_COLS, TRIPS), ("stations", STATION_COLS, STATIONS)])
    assert db.execute(a.sql or "").fetchall()[0][0] == "A", a.sql


def test_a_chinese_header_ending_in_ming_is_the_name_column_shown_for_which():
    # Given shops with a code, a name column 店名 and a rank 排名
    rows = [("S1", "静安店", "上海", 1), ("S2", "徐汇店", "上海", 3), ("S3", "西湖店", "杭州", 2)]
    cols = [("店号", "text"), ("店名", "text"), ("城市", "text"), ("排名", "integer")]
    schema = Schema(tables=[profiled_table("门店", cols, rows)])
    # When the shops of a city are asked for
    a = ask(schema, "上海有哪些门店")
    # Then their names are listed, not their codes
    assert a.status == "ok", a.message
    assert '"店名"' in (a.sql or "") and '"店号"' not in (a.sql or ""), a.sql
    # And 排名 (a rank), 报名 (signing up) and a bare 名 (a first name) are no X名 name columns
    assert zh_name_column("店名") and zh_name_column("州名")
    assert not zh_name_column("排名") and not zh_name_column("报名") and not zh_name_column("名")


PLAY_COLS = [("play_id", "integer"), ("genre_id", "integer"), ("minutes", "integer")]
PLAYS = [(1, 1, 30), (2, 1, 45), (3, 2, 20), (4, 3, 60), (5, 3, 15)]
GENRE_COLS = [("genre_id", "integer"), ("genre", "text")]
GENRES = [(1, "jazz"), (2, "folk"), (3, "blues")]


def test_a_lookup_tables_column_named_as_its_rows_is_its_label():
    # Given a lookup table genres(genre_id, genre) and a state table 州(州代码, 州名)
    genres = profiled_table("genres", GENRE_COLS, GENRES)
    states = profiled_table("州", [("州代码", "text"), ("州名", "text")], [("AK", "Alaska"), ("TX", "Texas")])
    # Then the column named as one of its rows, and X名 of table X, are their label columns
    assert getattr(label_column(genres), "name", None) == "genre"
    assert getattr(label_column(states), "name", None) == "州名"


def test_the_number_of_rows_per_a_referenced_thing_shows_its_label_not_its_key():
    # Given plays pointing at genres by genre_id
    schema = Schema(
        tables=[profiled_table("plays", PLAY_COLS, PLAYS), profiled_table("genres", GENRE_COLS, GENRES)]
    )
    semantic = SemanticLayer(relationships=[Relationship("plays", ["genre_id"], "genres", ["genre_id"])])
    # When "the number of" plays per genre is asked ("number of" counts; it asks for no number column)
    a = ask(schema, "Total number of plays for each genre", semantic=semantic)
    # Then the genres are shown by their names, over the join, not by the ids the plays hold
    assert a.status == "ok", a.message
    db = memory_db([("plays", PLAY_COLS, PLAYS), ("genres", GENRE_COLS, GENRES)])
    assert sorted(db.execute(a.sql or "").fetchall()) == [("blues", 2), ("folk", 1), ("jazz", 2)], a.sql
    # And a number asked for still is one
    assert ID_ASKED.search("list the phone numbers") and not ID_ASKED.search("the number of plays")
