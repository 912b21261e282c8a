"""Chinese grammar and translated values on English data: the general rules behind CSpider-like questions."""

from __future__ import annotations

from shared.semantic.schema import Schema
from tests.engine.schemas import ask, profiled_table

COUNTRY_COLUMNS = [
    ("Code", "text"),
    ("Name", "text"),
    ("Continent", "text"),
    ("Population", "integer"),
    ("SurfaceArea", "float"),
    ("IndepYear", "integer"),
]
COUNTRY_ROWS = [
    ("BRA", "Brazil", "South America", 170115000, 8547403.0, 1822),
    ("CHN", "China", "Asia", 1277558000, 9572900.0, -1523),
    ("JPN", "Japan", "Asia", 126714000, 377829.0, -660),
    ("FRA", "France", "Europe", 59225700, 551500.0, 843),
    ("AGO", "Angola", "Africa", 12878000, 1246700.0, 1975),
    ("EGY", "Egypt", "Africa", 68470000, 1001449.0, 1922),
]
PET_COLUMNS = [("PetID", "integer"), ("PetType", "text"), ("pet_age", "integer"), ("weight", "float")]
PET_ROWS = [(1, "cat", 3, 12.0), (2, "dog", 2, 13.4), (3, "dog", 1, 9.3), (4, "cat", 5, 4.1)]


def countries() -> Schema:
    return Schema(tables=[profiled_table("country", COUNTRY_COLUMNS, COUNTRY_ROWS)])


def pets() -> Schema:
    return Schema(tables=[profiled_table("Pets", PET_COLUMNS, PET_ROWS)])


def test_a_translated_proper_noun_links_the_value_the_data_holds():
    # Given English country data / When asking about “巴西” and 亚洲 in Chinese
    brazil = ask(countries(), "“巴西”的人口是多少？")
    asia = ask(countries(), "亚洲有多少个国家？")
    # Then the filters use the data's own spelling
    assert "\"Name\" = 'Brazil'" in brazil.sql
    assert "\"Continent\" = 'Asia'" in asia.sql and "COUNT(*)" in asia.sql


def test_a_quoted_value_no_row_holds_asks_back_instead_of_answering_zero_rows():
    # Given a fully profiled name column / When quoting a value it does not hold
    ans = ask(countries(), "“亚特兰蒂斯”的人口是多少？")
    # Then the engine asks back and names the value it could not find
    assert ans.status == "clarify"
    assert "亚特兰蒂斯" in ans.message


def test_not_a_missing_value_is_still_answered():
    # Given no row holds the value / When the question excludes it
    ans = ask(countries(), "名称不是“亚特兰蒂斯”的国家有多少个？")
    # Then every row qualifies, so the engine answers rather than asking back
    assert ans.status == "ok" and "<>" in ans.sql


def test_each_kind_of_the_table_groups_by_its_type_column():
    # Given a pets table with a PetType column / When asking "每种宠物的最大重量"
    ans = ask(pets(), "列出每种宠物的最大重量。")
    # Then it is a per-type maximum, not a ranking
    assert 'GROUP BY "PetType"' in ans.sql and 'MAX("weight")' in ans.sql and "LIMIT" not in ans.sql


def test_superlative_adjective_ranks_rows_by_the_column_it_implies():
    # Given ages and weights / When asking how heavy the youngest dog is
    ans = ask(pets(), "最年轻的狗有多重？")
    # Then rows are ordered by age ascending, one row, showing the weight
    assert 'ORDER BY "pet_age" ASC LIMIT 1' in ans.sql and '"weight"' in ans.sql
    assert "\"PetType\" = 'dog'" in ans.sql


def test_top_n_with_more_word_orders_by_the_column_before_it():
    # Given populations / When asking for the names of the top 3 countries by population
    ans = ask(countries(), "人口前3多的国家的名字是什么？")
    # Then ordered by population descending, limit 3
    assert 'ORDER BY "Population" DESC LIMIT 3' in ans.sql


def test_different_x_count_counts_distinct_values():
    # Given continents / When asking how many different continents there are
    ans = ask(countries(), "统计国家不同的大洲数量。")
    # Then COUNT(DISTINCT continent)
    assert 'COUNT(DISTINCT "Continent")' in ans.sql


def test_a_number_after_or_continues_the_equality():
    # Given ages / When asking for pets aged 1 or 2
    ans = ask(pets(), "How many pets are aged 1 or 2?")
    # Then both ages are kept, on the same column
    assert '"pet_age" IN (1, 2)' in ans.sql or ('"pet_age" = 1' in ans.sql and '"pet_age" = 2' in ans.sql)


def test_unknown_words_lower_confidence_below_the_llm_threshold():
    # Given the same schema / When one question is fully understood and one carries words the engine lacks
    clear = ask(countries(), "亚洲国家的总人口是多少？")
    vague = ask(countries(), "亚洲国家的幸福指数加权总人口是多少？")
    # Then the understood one stays confident and the other drops below 0.7 (the auto mode's LLM cut-off)
    assert clear.confidence >= 0.7
    assert vague.status != "ok" or vague.confidence < 0.7
