"""A lone character split off a longer dictionary word (wordbreaks.py): 副 + 热带鱼 where 副热带 is the word.

A schema of its own: catch records of fish by zone (English values), with a Chinese question.
"""

from __future__ import annotations

from shared.ask.engines.rules.parse import Parser
from shared.ask.engines.rules.wordbreaks import split_off_a_word
from shared.semantic.schema import Schema, SemanticLayer
from tests.engine.schemas import TODAY, ask, profiled_table


def _plots() -> Schema:
    zones = ["tropical fish", "subtropical fish", "temperate fish", "boreal fish"]
    rows = [(f"P{i}", zones[i % 4], 10 + (i * 7) % 30, f"20{10 + i % 8}-05-01") for i in range(80)]
    columns = [("plot", "text"), ("zone", "text"), ("trees", "integer"), ("surveyed", "date")]
    return Schema(tables=[profiled_table("plots", columns, rows)])


def test_a_lone_character_that_forms_a_word_with_the_next_one_is_asked_back():
    # Given zones 'tropical rainforest' and 'subtropical rainforest'
    # When 副热带雨林 is segmented 副 + 热带鱼 (the tropical one)
    answer = ask(_plots(), "副热带鱼的记录有多少条")
    # Then the reading that counts the tropical rows (or every row) is not given as the answer
    assert answer.status == "clarify" or "subtropical" in (answer.sql or "")


def _split(question: str) -> str:
    parser = Parser(question, _plots(), SemanticLayer(), TODAY, None)
    parser.run()
    return split_off_a_word(parser)


def test_the_split_word_is_found_and_a_whole_word_is_not():
    # Given the plots / When 副热带 is cut as 副 + 热带…
    # Then 副热带 is the word split; 热带 alone is no split
    assert _split("副热带鱼的记录有多少条") == "副热带"
    assert _split("热带鱼的记录有多少条") == ""
