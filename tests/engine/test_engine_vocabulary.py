"""General vocabulary instead of memorised domains: CC-CEDICT links Chinese words to English-named data,
lemmas link word forms, a datasource's semantic layer supplies its own words (issue 10, section 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shared.semantic.schema import Schema, SemanticLayer
from shared.semantic.shipped import shipped_semantic
from shared.semantic.vocabulary import lexicon, propernouns
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, profiled_table

SHIP_ROWS = [
    # shipment_id, supplier, warehouse, status, freight, pet
    ("S1", "Acme", "North", "Shipped", 12.5, "cat"),
    ("S2", "Acme", "South", "Cancelled", 8.0, "dog"),
    ("S3", "Bolt", "North", "Shipped", 20.0, "dog"),
    ("S4", "Crest", "East", "CANCELED", 5.5, "cat"),
    ("S5", "Bolt", "South", "Pending", 7.0, "bird"),
]
SHIP_COLUMNS = [
    ("shipment_id", "text"),
    ("supplier", "text"),
    ("warehouse", "text"),
    ("status", "text"),
    ("freight", "float"),
    ("pet", "text"),
]


def shipments() -> Schema:
    return Schema(tables=[profiled_table("shipments", SHIP_COLUMNS, SHIP_ROWS)])


def pets_schema() -> Schema:
    rows = [("P1", "dog", 3, 12.0), ("P2", "cat", 5, 4.0), ("P3", "dog", 2, 20.0)]
    cols = [("PetID", "text"), ("PetType", "text"), ("pet_age", "integer"), ("weight", "float")]
    return Schema(tables=[profiled_table("Pets", cols, rows)])


def links(schema: Schema, phrase: str, semantic: SemanticLayer | None = None) -> set[tuple]:
    from shared.semantic.vocabulary.segment import phrase_key

    index = index_for(schema, semantic)
    key = phrase_key(phrase)
    found = index.phrases.get(key) or index.bases.get(key) or []
    return {(lk.kind, lk.column, lk.value) for lk in found}


# ---------------------------------------------------------------- the lexicon holds no domain


@pytest.mark.parametrize(
    "word", ["宠物", "poker", "museum", "orchestra", "tv series", "battle", "course", "tonnage", "episode"]
)
def test_the_built_in_vocabulary_holds_no_benchmark_domain_words(word):
    # Given the built-in lexicon and proper-noun list
    vocabulary = (lexicon.CONCEPTS + "\n" + propernouns.NAMES).lower()
    # Then no Spider domain word is memorised there
    assert f"|{word}|" not in "|" + vocabulary.replace("\n", "|") + "|"


def test_general_business_words_stay():
    lines = lexicon.CONCEPTS.splitlines()
    for word in ("amount", "quantity", "customer", "product", "region", "employee", "order", "status"):
        assert any(line.split("|")[0] == word for line in lines), word


# ---------------------------------------------------------------- CC-CEDICT


@pytest.mark.parametrize(
    ("phrase", "column"),
    [("仓库", "warehouse"), ("运费", "freight"), ("供应商", "supplier"), ("宠物", "pet")],
)
def test_chinese_words_link_to_english_columns_through_the_dictionary(phrase, column):
    # Given English column names no lexicon entry covers for pet, and CEDICT for the rest
    # When the index is built Then the Chinese word names the column
    assert ("column", column, None) in links(shipments(), phrase)


def test_chinese_word_links_an_english_table_name():
    assert ("table", None, None) in links(pets_schema(), "宠物")


def test_chinese_status_word_links_the_stored_english_value():
    # Given a status column holding 'Cancelled' When asking about 取消 Then it is that value
    assert ("value", "status", "Cancelled") in links(shipments(), "取消")


def test_chinese_question_over_english_data_counts_the_cancelled_rows():
    result = ask(shipments(), "取消的运单有多少")
    assert result.status == "ok", result.message
    assert "Cancelled" in result.sql and "COUNT" in result.sql.upper()


def test_chinese_question_sums_the_freight_by_warehouse():
    result = ask(shipments(), "各仓库的运费总额")
    assert result.status == "ok", result.message
    sql = result.sql.lower()
    assert "sum" in sql and "freight" in sql and "group by" in sql and "warehouse" in sql


def test_chinese_value_name_of_an_english_value():
    # Given PetType holding 'dog' When asking 狗 (CEDICT: dog) Then the filter uses the stored value
    result = ask(pets_schema(), "狗的平均体重")
    assert result.status == "ok", result.message
    assert "'dog'" in result.sql


# ---------------------------------------------------------------- lemmas


def test_plural_of_a_column_word_links_by_lemma():
    result = ask(shipments(), "how many distinct suppliers are there")
    assert result.status == "ok", result.message
    assert "supplier" in result.sql.lower()


def test_other_spelling_of_a_status_links_by_lemma():
    # Given 'CANCELED' stored (one l) When the question says "canceled" Then exact match
    # and "cancel" (another form) still finds both spellings' values
    found = links(shipments(), "cancel")
    assert ("value", "status", "CANCELED") in found or ("value", "status", "Cancelled") in found


def test_verb_form_matches_a_stored_base_form():
    rows = [("O1", "Cancel", 10.0), ("O2", "Ship", 5.0), ("O3", "Ship", 7.0)]
    schema = Schema(
        tables=[
            profiled_table("orders", [("order_id", "text"), ("state", "text"), ("amount", "float")], rows)
        ]
    )
    result = ask(schema, "total amount of cancelled orders")
    assert result.status == "ok", result.message
    assert "'Cancel'" in result.sql


# ---------------------------------------------------------------- a person's words in the semantic layer


def test_semantic_layer_value_synonyms_link_to_the_stored_value():
    # Given a person named the value 'dog' 汪汪 in the semantic layer
    semantic = SemanticLayer.from_dict(
        {"tables": {"Pets": {"columns": {"PetType": {"values": {"dog": ["汪汪"]}}}}}}
    )
    # Then the word links to that value
    assert ("value", "PetType", "dog") in links(pets_schema(), "汪汪", semantic)
    assert ("value", "PetType", "dog") not in links(pets_schema(), "汪汪")


def test_a_set_ships_its_semantic_layer_next_to_its_data(tmp_path: Path):
    # Given a set folder with semantic/<stem>.json
    (tmp_path / "semantic").mkdir()
    layer = {"tables": {"Pets": {"synonyms": ["宠物表"]}}}
    (tmp_path / "semantic" / "pets_1.json").write_text(json.dumps(layer), encoding="utf-8")
    # Then the harness finds it for that source, and nothing for another
    assert shipped_semantic(tmp_path, "pets_1.sqlite") == layer
    assert shipped_semantic(tmp_path, "other.sqlite") is None


def test_sets_outside_the_repository_have_theirs_under_bench(tmp_path: Path):
    spider = tmp_path / "spider_a"
    spider.mkdir()
    layer = shipped_semantic(spider, "pets_1.sqlite")
    assert layer is not None and "Pets" in layer["tables"]


def test_a_dictionary_word_never_swallows_the_questions_aggregate_word():
    # Given a population column: CC-CEDICT also gives 总人口 ("total population") for it
    rows = [("Asia", "China", 1400, 17.7), ("Asia", "Japan", 125, 4.2), ("Europe", "France", 68, 2.9)]
    cols = [("continent", "text"), ("name", "text"), ("population", "integer"), ("gnp", "float")]
    schema = Schema(tables=[profiled_table("nation", cols, rows)])
    # When asking 总人口 (总 = total) next to another measure
    result = ask(schema, "亚洲的总人口和最大gnp是多少")
    # Then 总 still sums the population, and both measures are answered
    assert result.status == "ok", result.message
    assert 'SUM("population")' in result.sql and 'MAX("gnp")' in result.sql and "'Asia'" in result.sql
