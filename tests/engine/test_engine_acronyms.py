"""A Latin acronym of the data spelt out in Chinese words (acronyms.py), on a small table of economies whose
Chinese header holds WTO (世界贸易组织: 世界 "world", 贸易 "trade", 组织 "organization")."""

from __future__ import annotations

from shared.ask.engines.rules.acronyms import acronyms_spelt
from shared.semantic.schema import Schema
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import ask, memory_db, profiled_table

COLUMNS = [("经济体名称", "text"), ("是否WTO成员", "integer"), ("人口", "integer")]
ROWS = [("Aland", 1, 5), ("Borea", 0, 7), ("Cresta", 1, 9), ("Dorn", 1, 2)]
ECONOMIES = Schema(tables=[profiled_table("经济体", COLUMNS, ROWS)], dialect="sqlite")


def test_chinese_words_spelling_the_acronym_read_as_it() -> None:
    # Given a header with WTO / When the question spells it out / Then the span is read as WTO
    assert (
        acronyms_spelt("有多少个经济体是世界贸易组织成员", index_for(ECONOMIES)) == "有多少个经济体是WTO成员"
    )


def test_the_spelt_acronym_filters_by_its_column() -> None:
    # When the members are counted with the acronym spelt out
    a = ask(ECONOMIES, "有多少个经济体是世界贸易组织成员")
    # Then the flag holding WTO is the filter
    assert a.status == "ok", a.message
    assert memory_db([("经济体", COLUMNS, ROWS)]).execute(a.sql or "").fetchall() == [(3,)], a.sql


def test_words_that_spell_no_acronym_stay() -> None:
    # Given words whose glosses open on other letters / Then the question is unchanged
    question = "有多少个经济体是世界卫生组织成员"  # 卫生 "health": no T
    assert acronyms_spelt(question, index_for(ECONOMIES)) == question
