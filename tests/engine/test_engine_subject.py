"""The data's subject (subject.py): a word of the datasource's name that names what every row is about is
read as the rows themselves (or, asked how much of it, their one amount), never as a word not understood
nor as a filter; a stored value, a column or a text search keeps the word."""

from __future__ import annotations

from shared.ask.engines.base import DatasourceInfo, EngineRequest
from shared.ask.engines.rules import RuleEngine
from shared.ask.engines.rules.answer_doubts import answer_doubts
from shared.ask.engines.rules.intent import Intent, Measure
from shared.ask.engines.rules.parse import Parser
from shared.ask.engines.rules.subject import subject_spans, subject_words
from shared.cli.enginecheck import uploaded_as
from shared.semantic.schema import Schema
from tests.engine.schemas import TODAY, memory_db, profiled_table

HARVEST_COLUMNS = [("region", "text"), ("year", "integer"), ("kilos", "float")]
HARVEST_ROWS = [
    ("North", 2020, 120.0),
    ("North", 2021, 150.0),
    ("South", 2020, 80.0),
    ("South", 2021, 120.0),
    ("East", 2020, 80.0),
    ("East", 2021, 150.0),
]
STALL_COLUMNS = [("product", "text"), ("stall", "text"), ("takings", "float")]
STALL_ROWS = [
    ("Honey", "Market Lane", 30.0),
    ("Honey", "Old Bridge", 45.0),
    ("Jam", "Market Lane", 20.0),
    ("Butter", "Old Bridge", 12.0),
    ("Jam", "Old Bridge", 18.0),
]
HONEY = DatasourceInfo(name="honey_survey", file_name="honey_survey.xlsx")


def harvests() -> Schema:
    return Schema(tables=[profiled_table("harvests", HARVEST_COLUMNS, HARVEST_ROWS)])


def stalls() -> Schema:
    return Schema(tables=[profiled_table("stalls", STALL_COLUMNS, STALL_ROWS)])


def ask(schema: Schema, question: str, datasource: DatasourceInfo = HONEY):
    request = EngineRequest(question=question, schema=schema, today=TODAY, datasource=datasource)
    return RuleEngine().answer(request)


def rows(sql: str | None, table: str = "harvests") -> list[tuple]:
    columns, data = (HARVEST_COLUMNS, HARVEST_ROWS) if table == "harvests" else (STALL_COLUMNS, STALL_ROWS)
    return sorted(memory_db([(table, columns, data)]).execute(sql or "").fetchall())


def test_a_word_of_the_datasource_name_is_the_rows_not_a_word_not_understood():
    # Given a datasource called honey_survey whose table is `harvests`
    # When the question names the subject (honey) beside the table's own words
    answer = ask(harvests(), "Total kilos of honey by region")
    # Then honey is understood as the data itself: the total of every row per region, nothing unknown
    assert answer.status == "ok", answer.message
    assert answer.unknown_words == []
    assert rows(answer.sql) == [("East", 230.0), ("North", 270.0), ("South", 200.0)]
    # and without the datasource's name the word is not understood, and the answer is asked back
    unnamed = ask(harvests(), "Total kilos of honey by region", DatasourceInfo())
    assert unnamed.unknown_words == ["honey"] and unnamed.status == "clarify"


def test_the_subject_is_read_in_chinese_through_the_dictionary():
    # Given the same datasource (an English name)
    # When the question names the subject by its Chinese word (蜂蜜, "honey")
    answer = ask(harvests(), "各地区蜂蜜的总公斤数")
    # Then 蜂蜜 is the rows too
    assert answer.unknown_words == []
    assert answer.status == "ok", answer.message
    assert rows(answer.sql) == [("East", 230.0), ("North", 270.0), ("South", 200.0)]
    assert "蜂蜜" in ask(harvests(), "各地区蜂蜜的总公斤数", DatasourceInfo()).unknown_words


def test_a_chinese_datasource_name_names_the_subject():
    # Given a datasource a person named in Chinese
    named = DatasourceInfo(name="全国蜂蜜产量")
    # When a question says a word of that name
    answer = ask(harvests(), "2021年各地区蜂蜜的总公斤数", named)
    # Then the word is the subject
    assert answer.unknown_words == []
    assert rows(answer.sql) == [("East", 150.0), ("North", 150.0), ("South", 120.0)]


def test_how_much_of_the_subject_is_the_one_amount_its_rows_hold():
    # Given rows that are cells (a region and a year) of one amount (kilos)
    # When the question asks how much of the subject
    chinese = ask(harvests(), "2021年北部地区收获了多少蜂蜜", DatasourceInfo(name="honey_survey"))
    english = ask(harvests(), "how much honey did the North region harvest in 2021")
    # Then the amount is read, not the rows counted
    for answer in (chinese, english):
        assert answer.status == "ok", answer.message
        assert rows(answer.sql) == [(150.0,)]


def test_a_stored_value_wins_over_the_subject():
    # Given a datasource called honey_stalls whose product column holds 'Honey'
    named = DatasourceInfo(name="honey_stalls")
    # When the question says honey
    answer = ask(stalls(), "total takings of honey", named)
    # Then honey is the value: a filter, not the whole data
    assert answer.status == "ok", answer.message
    assert rows(answer.sql, "stalls") == [(75.0,)]


def test_a_text_search_keeps_the_subject_word():
    # Given the subject honey
    named = DatasourceInfo(name="honey_stalls")
    # When the question searches the text for the word
    answer = ask(stalls(), "stalls whose name contains honey", named)
    # Then the word is what is searched, not dropped from the search
    assert answer.status == "ok", answer.message
    assert "LIKE '%honey%'" in (answer.sql or "")
    # and the subject's word is found only where no search is said
    words = subject_words(DatasourceInfo(name="lavender_stalls"), ("stalls",))
    said = Parser("total takings of lavender", stalls(), None, TODAY, None).items
    searched = Parser("stalls whose name contains lavender", stalls(), None, TODAY, None).items
    assert [said[a].text for a, _ in subject_spans(said, words)] == ["lavender"]
    assert subject_spans(searched, words) == []


def test_the_subject_inside_a_longer_word_is_no_subject():
    # Given the subject honey (蜂蜜)
    # When the question says 蜂蜜酒 (mead), a word of its own holding 蜂蜜
    answer = ask(harvests(), "各地区的蜂蜜酒总量")
    # Then the longer word is not understood: it is not the data
    assert any("蜂蜜酒" in w for w in answer.unknown_words) or answer.status != "ok"


def test_only_nouns_and_names_of_a_name_name_the_subject():
    # Given a file name with a describing word and an action word beside its noun
    words = subject_words(DatasourceInfo(name="raw_honey_tracking_2021"), ("harvests",))
    # Then only the noun (and the table's noun) names the subject, in English and its Chinese words
    assert words.english == {"honey", "harvest"}
    assert "蜂蜜" in words.chinese


# Readings the subject no longer hides: once the subject word is understood, a question's other doubts
# must still ask back (answer_doubts.py).


def test_a_mean_per_period_answered_by_one_row_per_period_is_doubted():
    # Given rows of kilos per region and year
    table = profiled_table("harvests", HARVEST_COLUMNS, HARVEST_ROWS)
    by_year = Intent(table="harvests", measures=[Measure("avg", "kilos")], dimensions=["year"])
    one = Intent(table="harvests", measures=[Measure("avg", "kilos")])
    by_region = Intent(table="harvests", measures=[Measure("avg", "kilos")], dimensions=["region"])
    # When one mean per year is asked (平均每年, on average … per year) and the reading lists each year
    # Then the reading is doubted; one figure, or a grouping by another column, is not
    asked = ("北部地区平均每年收获多少公斤", "On average, how many kilos did the North harvest per year?")
    for question in asked:
        assert "mean_per_period_grouped" in answer_doubts(question, by_year, table)
        assert "mean_per_period_grouped" not in answer_doubts(question, one, table)
        assert "mean_per_period_grouped" not in answer_doubts(question, by_region, table)
    # and "average kilos per year" (a mean for each year) is no such question
    assert "mean_per_period_grouped" not in answer_doubts("Average kilos per year", by_year, table)


def test_a_share_of_rows_over_cells_of_one_amount_is_doubted():
    # Given rows that are cells of one amount (kilos per region and year), and rows that are things
    cells = profiled_table("harvests", HARVEST_COLUMNS, HARVEST_ROWS)
    things = profiled_table("stalls", STALL_COLUMNS, STALL_ROWS)
    north = {"column": "region", "op": "=", "values": ["North"]}
    rows_share = Intent(table="harvests", measures=[Measure("rate", None, condition=north)], share=True)
    kilos_share = Intent(table="harvests", measures=[Measure("rate", "kilos", condition=north)], share=True)
    # When the share of a region is read as the share of the rows
    # Then over cells of one amount it is doubted (the share of the kilos is meant), not of the kilos
    assert "rows_shared_of_amounts" in answer_doubts("北部地区占收获的份额", rows_share, cells)
    assert "rows_shared_of_amounts" not in answer_doubts("北部地区占收获的份额", kilos_share, cells)
    # and over rows that are things (stalls' sales), a share of the rows is a share of the things
    honey = {"column": "product", "op": "=", "values": ["Honey"]}
    sales = Intent(table="stalls", measures=[Measure("rate", None, condition=honey)], share=True)
    assert "rows_shared_of_amounts" not in answer_doubts("share of sales that are honey", sales, things)


def test_the_evaluation_names_a_source_as_an_upload_of_its_file_would():
    # Given a question set's source file, When the harness asks over it
    # Then the datasource is named after the file's stem, as an upload without a name is
    assert uploaded_as("walnut_groves.sqlite") == DatasourceInfo(
        name="walnut_groves", file_name="walnut_groves.sqlite"
    )
    assert uploaded_as("../shared/walnut_groves.sqlite").name == "walnut_groves"
