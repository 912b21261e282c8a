"""Acts counted in times over a star whose fact is one kind of dated act (eventverbs.py), and breakdowns by a
column that says "unknown" with a value of its own (sqlbuild.dirty_data), on a small bike-share star: `trips`
(English headers, a start time) keyed to 站点 (stations, Chinese headers)."""

from __future__ import annotations

import sqlite3

from shared.ask.engines.rules import reading
from shared.ask.engines.rules.answer_doubts import top_n_of_one_row
from shared.ask.engines.rules.intent import Intent, Measure
from shared.semantic.schema import ForeignKey, Schema, Table
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, memory_db, profiled_table

STATIONS = [(1, "Harbour"), (2, "Market"), (3, "Campus")]
# trip_id, start_time, station_id, rider_type ('Unknown' is the data's own "not known"; None: not recorded)
TRIPS = [
    (1, "2023-03-01 08:10:00", 1, "Member"),
    (2, "2023-03-01 09:20:00", 1, "Casual"),
    (3, "2023-03-02 17:45:00", 2, "Member"),
    (4, "2023-03-03 07:05:00", 1, "Unknown"),
    (5, "2023-03-04 12:30:00", 3, None),
    (6, "2023-03-05 18:00:00", 2, "Member"),
    (7, "2023-03-06 08:40:00", 1, None),
]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("站点", [("站点编号", "integer"), ("站点名称", "text")], STATIONS),
        (
            "trips",
            [
                ("trip_id", "integer"),
                ("start_time", "datetime"),
                ("station_id", "integer"),
                ("rider_type", "text"),
            ],
            TRIPS,
        ),
    ]


def bike_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["站点"].primary_key = ["站点编号"]
    tables["trips"].primary_key = ["trip_id"]
    tables["trips"].foreign_keys = [ForeignKey(["station_id"], "站点", ["站点编号"])]
    rider = tables["trips"].columns[3].profile
    assert rider is not None
    rider.null_share = 2 / len(TRIPS)
    return Schema(tables=list(tables.values()))


def rows(sql: str | None) -> list[tuple]:
    db: sqlite3.Connection = memory_db(_tables())
    return sorted(db.execute(sql or "").fetchall(), key=str)


def test_a_verb_counted_in_times_counts_the_one_kind_of_dated_act() -> None:
    # Given trips (a noun that is also a verb, with a start time), no column CC-CEDICT ties to 出行 (travel)
    for question in ("Harbour一共出行了多少次", "Harbour站点有多少次出行", "Harbour站点的出行次数"):
        # When the station's acts are counted in times
        a = ask(bike_schema(), question)
        # Then the verb names the trips, and the station's trips are counted over the join
        assert a.status == "ok", (question, a.message)
        assert rows(a.sql) == [(4,)], (question, a.sql)


def test_the_counted_verb_per_group_counts_the_acts_of_each() -> None:
    # When the acts are counted in times for each station
    a = ask(bike_schema(), "各站点分别出行了多少次")
    # Then the trips are counted per station name
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Campus", 1), ("Harbour", 4), ("Market", 2)], a.sql


def test_two_different_verbs_counted_name_nothing() -> None:
    # When two different verbs are counted (出行 and 逮捕 "to arrest"): which is the trips is unknown
    a = ask(bike_schema(), "出行了多少次，逮捕了多少次")
    # Then the question is asked back
    assert a.status == "clarify"


def test_a_verb_never_counted_in_times_is_not_read() -> None:
    # When a verb stands with no count in times (出行过的站点: the stations trips started from)
    items = reading.read("出行过的站点有哪些", index_for(bike_schema())).items
    # Then it is not read as the trips
    assert not any(lk.kind == "table" and lk.table == "trips" for it in items for lk in it.links)


def test_a_noun_counted_in_times_names_no_act() -> None:
    # When the word counted in times is no verb (事故 "accident")
    items = reading.read("事故有多少次", index_for(bike_schema())).items
    # Then it is not read as the trips
    assert not any(lk.kind == "table" and lk.table == "trips" for it in items for lk in it.links)


def test_a_breakdown_leaves_out_the_never_recorded_rows_beside_an_own_unknown_value() -> None:
    # Given rider_type that says 'Unknown' itself and is NULL on trips never recorded
    a = ask(bike_schema(), "Number of trips by rider type")
    # Then the breakdown shows the recorded categories ('Unknown' among them), not a NULL group
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Casual", 1), ("Member", 3), ("Unknown", 1)], a.sql


def test_a_one_character_verb_with_its_result_counted_over_the_people_of_a_value() -> None:
    # Given 租走 (not in CC-CEDICT: 租 "to hire" and its result 走), said of the riders of one type
    a = ask(bike_schema(), "Harbour站点租走的Member有多少人次")
    # Then 租走 names the trips, the riders' type filters them, and 人次 counts the trips (no people count)
    assert a.status == "ok", a.message
    assert rows(a.sql) == [(1,)], a.sql


def test_the_top_n_answered_by_one_figure_asks_back() -> None:
    # When the top 2 stations by a share are asked and nothing reads the stations
    intent = Intent(table="trips", measures=[Measure(agg="count")], limit=2)
    # Then the one-row answer is doubted: the things ranked are not in it
    assert top_n_of_one_row(intent)
    grouped = Intent(table="trips", measures=[Measure(agg="count")], dimensions=["rider_type"], limit=2)
    assert not top_n_of_one_row(grouped)


def test_the_verb_done_or_said_twice_names_the_acts() -> None:
    # When the verb is done by a light verb (做过出行) or said twice (a share of the acts)
    index = index_for(bike_schema())
    for question in ("在多少个站点做过出行", "Harbour的出行占全部出行的多少"):
        items = reading.read(question, index).items
        # Then it names the trips
        assert any(lk.table == "trips" and lk.kind == "table" for it in items for lk in it.links), question
