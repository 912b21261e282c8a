"""Shares and listings over the rows a question counts: a share of the fact's rows meeting a condition on a
joined table (not of that table's distinct keys), years listed once each, and a share or a count whose noun
was not read."""

from __future__ import annotations

from shared.semantic.schema import Relationship, Schema, SemanticLayer
from tests.engine.schemas import ask, memory_db, profiled_table

# parcels shipped from depots of two kinds: 3 depots, the hub one ships most parcels
PARCEL_COLUMNS = [("parcel_no", "integer"), ("year", "integer"), ("depot_id", "integer"), ("weight", "real")]
PARCELS = [(k, 2020 + k % 3, 1 if k % 5 else 2 + k % 2, 1.0 + k % 7) for k in range(60)]
DEPOT_COLUMNS = [("depot_id", "integer"), ("depot_kind", "text")]
DEPOTS = [(1, "Hub"), (2, "Kiosk"), (3, "Kiosk")]


def _depots() -> tuple[Schema, SemanticLayer]:
    schema = Schema(
        tables=[
            profiled_table("parcels", PARCEL_COLUMNS, PARCELS),
            profiled_table("depots", DEPOT_COLUMNS, DEPOTS),
        ]
    )
    link = Relationship("parcels", ["depot_id"], "depots", ["depot_id"])
    return schema, SemanticLayer(relationships=[link])


def _run(sql: str | None) -> list[tuple]:
    conn = memory_db([("parcels", PARCEL_COLUMNS, PARCELS), ("depots", DEPOT_COLUMNS, DEPOTS)])
    return conn.execute(sql or "").fetchall()


def test_a_share_of_the_facts_rows_by_a_joined_condition_counts_rows():
    # Given parcels pointing at depots (1 hub, 2 kiosks; most parcels ship from the hub)
    schema, semantic = _depots()
    # When the share of parcels shipped from hub depots is asked
    answer = ask(schema, "What percentage of parcels were at Hub depots?", semantic=semantic)
    # Then it is the share of parcels (rows), not of the distinct depots (1 of 3)
    assert answer.status == "ok", answer.message
    hub = sum(1 for p in PARCELS if p[2] == 1) / len(PARCELS)
    share = _run(answer.sql)[0][-1]
    assert abs(share - hub) < 1e-9 or abs(share - 100 * hub) < 1e-6, answer.sql


def test_years_listed_alone_come_once_each():
    # Given parcels of three years / When the years that had parcels at kiosk depots are asked
    schema, semantic = _depots()
    answer = ask(schema, "Which years had parcels at Kiosk depots?", semantic=semantic)
    # Then each year once, not once per parcel
    assert answer.status == "ok", answer.message
    rows = _run(answer.sql)
    assert len(rows) == len(set(rows)) == 3, answer.sql


def test_a_share_answered_by_a_plain_row_count_is_doubted():
    # Given the parcels / When a share is asked that the reading answers by counting every row
    schema, semantic = _depots()
    answer = ask(schema, "小件包裹的数量占比是多少", semantic=semantic)
    # Then a bare COUNT(*) is no share: the engine asks back
    assert answer.status == "clarify" or "COUNT(*)" not in (answer.sql or ""), answer.sql


def test_a_counted_noun_left_unread_is_doubted():
    # Given the parcels / When a count names, in one character, what is counted and nothing reads it
    schema, semantic = _depots()
    answer = ask(schema, "2021年一共寄了多少只猫", semantic=semantic)
    # Then counting every parcel is not answered with confidence
    assert answer.status == "clarify", answer.sql


# orchards: plantings point at varieties; a variety's crop is a category many varieties share
VARIETY_COLUMNS = [("variety_id", "text"), ("variety", "text"), ("crop", "text")]
VARIETIES = [
    (f"V{i:02d}", ["Gala", "Fuji", "Bosc", "Anjou", "Red"][i % 5], ["apple", "pear", "plum"][i % 3])
    for i in range(12)
]
PLANTING_COLUMNS = [("planting_no", "integer"), ("variety_id", "text"), ("farm", "text")]
PLANTINGS = [(k, f"V{k % 12:02d}", ["North Farm", "Hill Farm", "Creek Farm"][k % 3]) for k in range(90)]
# the same orchard with Chinese headers
品种列 = [("品种代码", "text"), ("品种名", "text"), ("作物", "text")]
品种行 = [(f"V{i:02d}", f"名{i}", ["苹果", "梨", "李子", "无花果"][i % 4]) for i in range(12)]
种植列 = [("记录号", "integer"), ("品种代码", "text"), ("农场", "text")]
种植行 = [(k, f"V{k % 12:02d}" if k % 5 else "V01", ["北农场", "山农场", "溪农场"][k % 3]) for k in range(90)]


def _orchard() -> tuple[Schema, SemanticLayer]:
    schema = Schema(
        tables=[
            profiled_table("plantings", PLANTING_COLUMNS, PLANTINGS),
            profiled_table("varieties", VARIETY_COLUMNS, VARIETIES),
        ]
    )
    link = Relationship("plantings", ["variety_id"], "varieties", ["variety_id"])
    return schema, SemanticLayer(relationships=[link])


def _orchard_zh() -> tuple[Schema, SemanticLayer]:
    schema = Schema(
        tables=[profiled_table("种植记录", 种植列, 种植行), profiled_table("品种", 品种列, 品种行)]
    )
    return schema, SemanticLayer(relationships=[Relationship("种植记录", ["品种代码"], "品种", ["品种代码"])])


def test_a_table_keyed_by_its_own_id_counts_its_rows():
    # Given varieties keyed by variety_id, whose `variety` names repeat (Gala twice)
    schema, semantic = _orchard()
    # When the varieties are counted
    answer = ask(schema, "How many varieties are there?", semantic=semantic)
    # Then each row is a variety: COUNT(*), not the distinct names
    assert answer.status == "ok", answer.message
    assert "COUNT(*)" in (answer.sql or ""), answer.sql


def test_different_things_of_a_counted_table_are_told_apart_by_its_key():
    # Given plantings pointing at varieties / When the different varieties per farm are counted
    schema, semantic = _orchard()
    answer = ask(schema, "How many different varieties were planted on each farm?", semantic=semantic)
    # Then the varieties are counted by their key, not by their repeating names
    assert answer.status == "ok", answer.message
    assert 'COUNT(DISTINCT t0."variety_id")' in (answer.sql or ""), answer.sql


def test_a_category_ranked_over_a_join_is_not_split_by_the_entitys_key():
    # Given plantings pointing at varieties of four crops
    schema, semantic = _orchard_zh()
    # When the crops with the most plantings are ranked
    answer = ask(schema, "种植记录数量最多的前2个作物", semantic=semantic)
    # Then one group per crop (a category), not per variety code
    assert answer.status == "ok", answer.message
    assert '品种代码", COUNT' not in (answer.sql or "") and 'GROUP BY t1."作物" ORDER' in (answer.sql or "")
