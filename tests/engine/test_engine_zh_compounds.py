"""Chinese compounds over English-named columns read as the composition of their parts' glosses
(shared/semantic/vocabulary/compose.py): 货物重量 = 货物 "goods" + 重量 "weight" -> goods_weight; 非 = non."""

from __future__ import annotations

from shared.semantic.schema import Relationship, Schema, SemanticLayer
from shared.semantic.vocabulary.compose import composed_links
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, profiled_table

SHIP_COLS = [("shipment_id", "integer"), ("depot_id", "integer"), ("goods_weight", "float")]
SHIPS = [(1, 1, 10.0), (2, 1, 5.0), (3, 2, 7.0)]
DEPOT_COLS = [("仓库编号", "integer"), ("城市", "text")]
DEPOTS = [(1, "北京"), (2, "上海")]


def _fees():
    return profiled_table(
        "memberships",
        [("city", "text"), ("member_fee", "float"), ("non_member_fee", "float")],
        [("Oslo", 10.0, 15.0), ("Bergen", 12.0, 18.0)],
    )


def test_a_compound_s_parts_gloss_heads_spell_a_column_name():
    # Given a goods_weight column and 货物重量, which CC-CEDICT lacks (货物 "goods" + 重量 "weight")
    ans = ask(Schema(tables=[profiled_table("shipments", SHIP_COLS, SHIPS)]), "货物重量的平均值是多少")
    # Then the parts' glosses, in order, name the column
    assert ans.status == "ok", ans.message
    assert 'AVG("goods_weight")' in (ans.sql or ""), ans.sql


def test_fei_before_a_part_is_non():
    # Given member_fee and non_member_fee, and 非会员费 (非 + 会员 "member" + 费 "fee")
    index = index_for(Schema(tables=[_fees()]))
    # Then 非 reads "non": the non-member fee, weaker than a whole word's link; 会员费 is the member fee
    assert [lk.column for lk in composed_links("非会员费", index)] == ["non_member_fee"]
    assert [lk.column for lk in composed_links("会员费", index)] == ["member_fee"]
    assert all(lk.score < 0.8 for lk in composed_links("非会员费", index))


def test_a_composition_naming_two_columns_names_none():
    # Given two columns that the same glosses spell (non_member_fee, nonmember_fee)
    table = profiled_table(
        "memberships",
        [("non_member_fee", "float"), ("nonmember_fee", "float")],
        [(1.0, 2.0)],
    )
    # Then the word links neither
    assert composed_links("非会员费", index_for(Schema(tables=[table]))) == []


def test_a_composed_column_of_the_fact_brings_its_table_into_the_join():
    # Given shipments (English) pointing at a Chinese-named depot table holding the cities
    schema = Schema(
        tables=[profiled_table("shipments", SHIP_COLS, SHIPS), profiled_table("仓库", DEPOT_COLS, DEPOTS)]
    )
    semantic = SemanticLayer(relationships=[Relationship("shipments", ["depot_id"], "仓库", ["仓库编号"])])
    # When the goods weight is asked per city, in Chinese
    ans = ask(schema, "各城市的货物重量", semantic=semantic)
    # Then the weight is read over the join (its aggregate unsaid, so asked back), never the depots counted
    assert '"goods_weight"' in (ans.sql or "") and "JOIN" in (ans.sql or ""), ans.sql
    assert "COUNT(" not in (ans.sql or ""), ans.sql


def test_a_bound_character_is_also_said_as_its_compounds_glosses():
    # Given a nonfarm_income column and 非农收入: 农 is glossed only "(bound form) agriculture", but its
    # word 农业 is "agriculture; farming", and farming is what is done on a farm
    table = profiled_table("households", [("region", "text"), ("nonfarm_income", "float")], [("east", 1.0)])
    # Then 非 + 农 + 收入 reads non + farm + income, the column's whole name
    assert [lk.column for lk in composed_links("非农收入", index_for(Schema(tables=[table])))] == [
        "nonfarm_income"
    ]
