"""Chinese words over English-named data read as a reader segments them (shared/semantic/vocabulary/
glosses.py): the longer dictionary word where a character alone is also known ("zhlink" round 2)."""

from __future__ import annotations

from shared.semantic.schema import Schema, Table
from tests.engine.schemas import ask, profiled_table


def shifts() -> Table:
    return profiled_table(
        "shifts",
        [("date", "date"), ("sky", "text"), ("hours", "float")],
        [
            ("2021-03-01", "sun", 9.0),
            ("2021-03-02", "cloud", 7.5),
            ("2021-03-03", "sun", 6.0),
            ("2021-03-04", "fog", 10.0),
        ],
    )


def test_a_known_character_that_forms_a_dictionary_word_with_the_next_is_read_as_that_word():
    # Given days whose sky may be 'sun' (日 is "sun" as well as "day") and 日子 ("day")
    ans = ask(Schema(tables=[shifts()]), "工时超过8的日子有哪些")
    # Then 日子 is the days (the date), not the sunny ones and a stray 子
    assert ans.status == "ok", ans.message
    sql = ans.sql or ""
    assert '"hours" > 8' in sql and "'sun'" not in sql and '"date"' in sql, sql


def rivers() -> Table:
    return profiled_table(
        "rivers",
        [("name", "text"), ("water", "float"), ("region", "text")],
        [
            ("Alpha", 12.0, "north"),
            ("Beta", 30.5, "south"),
            ("Gamma", 7.25, "north"),
            ("Delta", 21.0, "east"),
        ],
    )


def test_a_character_before_a_superlative_ranks_by_the_column_its_first_gloss_names():
    # Given a numeric `water` column and 水 (first gloss "water") right before 最多
    ans = ask(Schema(tables=[rivers()]), "水最多的2条河")
    # Then the rivers are ranked by water, most first
    assert ans.status == "ok", ans.message
    sql = ans.sql or ""
    assert 'ORDER BY "water" DESC' in sql and "LIMIT 2" in sql, sql


def test_a_character_not_before_a_ranking_word_names_no_column():
    # Given the same column and 水 with no superlative or comparison after it
    ans = ask(Schema(tables=[rivers()]), "北部有水的河有哪些")
    # Then the character is not read as the column (no ranking, no comparison on water)
    assert '"water" >' not in (ans.sql or "") and "ORDER BY" not in (ans.sql or ""), ans.sql


def harbours() -> Table:
    return profiled_table(
        "harbours",
        [("name", "text"), ("coast", "text"), ("Sales", "integer")],
        [("Aport", "west", 40), ("Bport", "east", 25), ("Cport", "west", 12), ("Dport", "east", 7)],
    )


def test_a_total_word_after_an_amount_column_sums_it():
    # Given an additive Sales column (销量 "sales") and 销量总数 per coast
    ans = ask(Schema(tables=[harbours()]), "各海岸的销量总数")
    # Then the sales are summed per coast, not the harbours counted
    assert ans.status == "ok", ans.message
    sql = ans.sql or ""
    assert 'SUM("Sales")' in sql and "COUNT(" not in sql and 'GROUP BY "coast"' in sql, sql


def test_a_total_word_after_the_rows_noun_counts_them():
    # Given the same table and 港口总数 (the harbours' own noun)
    ans = ask(Schema(tables=[harbours()]), "港口总数是多少")
    # Then the harbours are counted
    assert "SUM(" not in (ans.sql or ""), ans.sql


def test_a_longer_word_linking_only_by_a_cut_name_leaves_the_character_its_reading():
    # Given a zone value 'Mountain' (山 "mountain") and a `count` column; 山地 is "upland", whose glosses
    # reach `count` only by a cut ("mountainous" holds c-o-u-n-t)
    resorts = profiled_table(
        "resorts",
        [("resort", "text"), ("zone", "text"), ("count", "integer")],
        [("r1", "Mountain", 3), ("r2", "Coast", 5), ("r3", "Mountain", 8), ("r4", "Lake", 1)],
    )
    ans = ask(Schema(tables=[resorts]), "山地有哪些度假村")
    # Then the count column is not read: no SQL selects or filters it
    assert '"count"' not in (ans.sql or ""), ans.sql
