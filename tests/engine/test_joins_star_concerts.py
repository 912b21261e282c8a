"""Readings an English-named star schema asked in Chinese showed asked back or wrong, each on a small
concert schema of its own (tests/engine/concert_star.py): concerts (a concert number, no amount), theaters."""

from __future__ import annotations

from shared.semantic.schema import Schema
from shared.semantic.vocabulary import compose, glosses
from shared.semantic.vocabulary.linking import index_for
from shared.semantic.vocabulary.linktypes import Link
from tests.engine.concert_star import concert_schema, rows
from tests.engine.schemas import ask, profiled_table


def _ok(question: str):
    a = ask(concert_schema(), question)
    assert a.status == "ok", (question, a.status, a.sql, a.message)
    return a


# ---------------------------------------------------------------- the fact's noun counted
def test_the_facts_noun_counted_counts_rows_not_its_number_column() -> None:
    # Given concerts with a numeric `concert` column (a concert number, averaged, never summed)
    # When the concerts are counted by their noun and a count suffix (音乐会数)
    a = _ok("各城市的音乐会数")
    # Then the rows are counted per city, not the concert numbers averaged
    assert "AVG" not in (a.sql or "") and rows(a.sql) == [("Lyon", 3), ("Metz", 2), ("Nice", 2)]


def test_a_number_that_adds_up_stays_its_total() -> None:
    # Given the additive tickets column; When its count word follows it (门票总数)
    a = _ok("各城市的门票总数")
    # Then it is the tickets' total, as before
    assert rows(a.sql) == [("Lyon", 640), ("Metz", 260), ("Nice", 530)]


# ---------------------------------------------------------------- a dimension named by its Chinese noun
def test_each_dimension_named_in_chinese_groups_the_count() -> None:
    # Given theaters, named in Chinese by 剧院 ("theater"); When the concerts of each theater are counted
    for question in ("各剧院的音乐会数", "每家剧院有多少场音乐会"):
        a = ask(concert_schema(), question)
        # Then the count is grouped per theater (or asked back), never one total over all concerts
        assert a.status == "clarify" or len(rows(a.sql)) == 3, (question, a.sql)
        assert "GROUP BY" in (a.sql or ""), (question, a.sql)


def test_the_stronger_of_a_cut_name_and_a_whole_name_links() -> None:
    # Given a gloss that only cuts a column's name short (weak) and one naming a table whole (strong)
    cut = [Link("column", "concerts", "air_time", score=0.51)]
    whole = [Link("table", "concerts", score=0.9)]
    # When both are weighed; Then the whole name wins, and a strong cut is kept without looking further
    assert glosses._stronger(cut, lambda: whole) == whole
    strong = [Link("column", "concerts", "tickets", score=0.85)]
    assert glosses._stronger(strong, lambda: whole) == strong
    assert glosses._stronger([], lambda: whole) == whole


# ---------------------------------------------------------------- doubts that keep wrong readings back
def test_a_which_word_after_a_dimensions_noun_asks_for_that_dimension() -> None:
    # Given theaters; When the theater is asked for with the which-word after its noun (…的剧院是哪家)
    a = ask(concert_schema(), "音乐会最多的剧院是哪家")
    # Then no answer ranks something else with confidence
    assert a.status == "clarify" or rows(a.sql)[0][-1] == 4, a.sql


def test_a_relative_clause_not_understood_before_the_rows_noun_asks_back() -> None:
    # Given concerts; When the concerts counted are restricted by a clause not understood (…而取消的音乐会)
    a = ask(concert_schema(), "因为下雨而取消的音乐会有多少")
    # Then the count of every concert is not given as the answer
    assert a.status == "clarify", a.sql
    # but one verb not understood there (举办的音乐会: the concerts held) says how they are, not which
    b = _ok("各城市举办的音乐会数")
    assert rows(b.sql) == [("Lyon", 3), ("Metz", 2), ("Nice", 2)]


def test_a_superlative_cut_from_its_word_asks_back() -> None:
    # Given a distance column; When 最 follows a word not understood (离总部最远: farthest from the office)
    a = ask(concert_schema(), "离总部最远的音乐会是哪场")
    # Then the rows listed without the ranking are not an answer
    assert a.status == "clarify", a.sql


# ---------------------------------------------------------------- verbs spelling a name cut short
def test_a_chinese_verb_and_a_noun_spell_a_name_whose_first_word_is_cut() -> None:
    # Given parcels with a column ret_cost (the cost of returns, "ret" cut from "return")
    t = profiled_table("parcels", [("ret_cost", "decimal"), ("city", "text")], [(1.0, "A"), (3.0, "B")])
    index = index_for(Schema(tables=[t]))
    # When a Chinese verb glossed "to return" and a noun glossed "cost" are read together
    links = compose.composed_links("退还费用", index)
    # Then they name ret_cost, weakly (below a whole gloss), and a verb that says nothing of it does not
    assert [(lk.column, lk.score) for lk in links] == [("ret_cost", compose.VERB_CUT_SCORE)]
    assert compose.composed_links("运行费用", index) == []
