"""Groups and labels read from the data's shape: a ranking per an attribute of a joined table groups by
that attribute only (which district had the most trips: not per station), and a Chinese header X名
(州名, 店名) is the X's name column, shown for "which X" (not its code)."""

from __future__ import annotations

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
