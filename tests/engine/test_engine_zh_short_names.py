"""Confidently wrong at first sight (issue 10, "zhcw" round): a short Chinese name the dictionary lacks,
dropped from the answer, and a timestamp beside a year column of the same years taken for a guess."""

from __future__ import annotations

from dataclasses import replace

from shared.ask.engines.rules.intent import Filter, Intent, Measure
from shared.ask.engines.rules.parse_confidence import short_name
from shared.ask.engines.rules.pinned_groups import ranks_one_group
from shared.ask.engines.rules.wordbreaks import proper_name
from shared.semantic.schema import Schema, Table
from shared.semantic.vocabulary.glosswins import whole_gloss_wins
from shared.semantic.vocabulary.linking import index_for
from shared.semantic.vocabulary.linktypes import Item, Link
from tests.engine.schemas import ask, profiled_table


def deliveries() -> Table:
    return profiled_table(
        "deliveries",
        [("courier", "text"), ("district", "text"), ("parcels", "integer"), ("weight_kg", "decimal")],
        [
            ("Tomasz", "Harbour", 12, 30.5),
            ("Ingrid", "Uplands", 7, 12.0),
            ("Tomasz", "Uplands", 9, 22.1),
            ("Ingrid", "Harbour", 4, 8.4),
            ("Rafael", "Harbour", 11, 25.0),
        ],
    )


def test_a_short_name_the_dictionary_lacks_is_asked_back():
    # Given couriers named in English and 琪莎, two characters no dictionary entry holds, opening the question
    ans = ask(Schema(tables=[deliveries()]), "琪莎一共送了多少个包裹")
    # Then it is no total over every courier: the name is asked back
    assert ans.status == "clarify", ans.sql
    assert "琪莎" in (ans.unknown_words or [])


def test_a_short_name_is_a_name_and_an_action_is_not():
    # Given two characters the dictionary lacks / Then a name or numbered grade opening a clause is a name
    assert short_name("琪莎", "琪莎的包裹")
    assert short_name("七档", "七档车有几辆")
    # and a verb's compound (运抵: to ship + to arrive) or a word closing the question is not
    assert not short_name("运抵", "一共运抵了多少个包裹")
    assert not short_name("多宽", "包裹平均有多宽")
    # and a dictionary word is no name either
    assert not short_name("寄出", "寄出的包裹")


def readings() -> Table:
    """Timestamped readings with their year written out beside them, no month column."""
    return profiled_table(
        "readings",
        [("taken_at", "datetime"), ("year", "integer"), ("gauge", "text"), ("level_cm", "decimal")],
        [
            ("2019-03-02 06:00:00", 2019, "North", 41.0),
            ("2019-11-20 12:00:00", 2019, "South", 38.5),
            ("2020-05-14 18:00:00", 2020, "North", 44.2),
            ("2021-01-09 00:00:00", 2021, "South", 35.9),
            ("2021-08-30 06:00:00", 2021, "North", 47.3),
        ],
    )


def test_a_year_said_over_a_timestamp_and_its_own_year_is_no_guess():
    # Given a timestamp and a year column spanning the same years, no month column
    ans = ask(Schema(tables=[readings()]), "How many readings were taken in 2020?")
    # Then the period goes to the timestamp with no doubt: either column picks the same rows
    assert ans.status == "ok", ans.message
    assert "time_column_guessed" not in ((ans.state or {}).get("reasons") or [])


def test_a_year_column_of_other_years_keeps_the_guess():
    # Given a date of another event (installed_on) beside a year column of other years
    table = profiled_table(
        "gauges",
        [("installed_on", "date"), ("year", "integer"), ("level_cm", "decimal")],
        [("2001-04-01", 2019, 41.0), ("2005-06-01", 2020, 38.5), ("2010-09-01", 2021, 44.2)],
    )
    ans = ask(Schema(tables=[table]), "How many gauges in 2020?")
    # Then which time 2020 is said of stays a guess, asked back
    assert ans.status == "clarify", ans.sql


def buoys() -> Table:
    return profiled_table(
        "buoys",
        [("buoy", "text"), ("longitude", "decimal"), ("sea_state", "text"), ("swell_m", "decimal")],
        [
            ("B1", 120.0, "calm", 0.4),
            ("B2", 125.5, "rough", 2.8),
            ("B3", 131.0, "rough", 3.1),
            ("B4", 125.5, "calm", 0.9),
            ("B5", 140.2, "moderate", 1.6),
        ],
    )


def test_a_number_whose_comparison_was_not_understood_is_asked_back():
    # Given a longitude and 以东 ("to the east of"), a comparison word the grammar lacks
    ans = ask(Schema(tables=[buoys()]), "东经125.5度以东的浮标有多少个")
    # Then the number is no equality answered with confidence: the direction was lost
    assert ans.status == "clarify", ans.sql


def test_a_number_compared_by_a_known_word_stays_answered():
    # Given the same number with a comparison the grammar knows (以上)
    ans = ask(Schema(tables=[buoys()]), "经度大于125.5的浮标有多少个")
    # Then it is answered as a bound
    assert ans.status == "ok", ans.message
    assert '"longitude" > 125.5' in (ans.sql or ""), ans.sql


def test_a_ranking_over_one_pinned_group_is_asked_back():
    # Given a filter on sea_state and a ranking whose groups were read as that same column
    pinned = Intent(
        "buoys",
        measures=[Measure("sum", "swell_m")],
        dimensions=["sea_state"],
        filters=[Filter("sea_state", "=", ["rough"], "value")],
        order=[("measure", 0, True)],
        limit=1,
    )
    # Then one group ranked against none is a misreading
    assert ranks_one_group(pinned)
    # while groups kept beside a filter on another column, or a pinned group with no ranking, are not
    assert not ranks_one_group(replace(pinned, dimensions=["buoy"]))
    assert not ranks_one_group(replace(pinned, order=[], limit=None))


def test_a_superlative_inside_a_run_not_understood_is_a_superlative_lost():
    # Given 涌浪最猛 (swell + most + fierce) read as one run no clause understood
    ans = ask(Schema(tables=[buoys()]), "涌浪最猛的是哪个浮标")
    # Then the ranking it asked for is not answered by a plain listing
    assert ans.status == "clarify", ans.sql


def test_a_proper_name_hidden_by_a_column_noun_is_a_word_split_off():
    # Given 加 + 州: 州 names a state column outright, and 加州 is the dictionary's California
    # Then the pair is a proper name, not a lone character before the column's noun
    assert proper_name("加州")
    # while a plain compound (大面积, "large area") is no name
    assert not proper_name("大面积")
    wineries = profiled_table(
        "wineries",
        [("州", "text"), ("酒庄", "text"), ("产量", "integer")],
        [("CA", "A", 10), ("OR", "B", 12), ("WA", "C", 7), ("CA", "D", 4), ("NY", "E", 3)],
    )
    # When two states are asked apart, one of them hidden so
    ans = ask(Schema(tables=[wineries]), "加州和纽约州的产量分别是多少")
    # Then it is asked back, not answered for New York alone
    assert ans.status == "clarify", ans.sql


def test_a_tie_the_words_own_gloss_settles_keeps_the_whole_name():
    # Given a word linked equally to two columns of one table, its gloss ("tail light") naming one whole
    garage = profiled_table(
        "garage",
        [("car", "text"), ("lights", "integer"), ("tail_lights", "integer")],
        [("a", 4, 2), ("b", 6, 2), ("c", 8, 4)],
    )
    index = index_for(Schema(tables=[garage]))
    tied = Item(
        0,
        2,
        "match",
        "尾 灯",
        links=[
            Link("column", "garage", "lights", None, 0.9),
            Link("column", "garage", "tail_lights", None, 0.9),
        ],
    )
    # When the tie is settled
    (item,) = whole_gloss_wins([tied], index)
    scores = {lk.column: lk.score for lk in item.links}
    # Then the column the gloss names whole stays first, the partial gloss below it
    assert scores["tail_lights"] == 0.9
    assert scores["lights"] < 0.9
