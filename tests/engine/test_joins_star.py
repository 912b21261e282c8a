"""A real star schema's readings (issue 11): a fact with a year column of its own, a person dimension with
first and last names and dates, a second dimension reached by a key named in the fact's language, an
amount named like its table (pure engine, synthetic tables built here, numbers a naive join gets wrong)."""

from __future__ import annotations

import sqlite3

from shared.ask.engines.rules.joins_names import full_name, labels_for_keys
from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, memory_db, profiled_table

# Staff 1 and 3 were hired in 2016, but their 2016 pay differs from everyone's 2016 pay.
STAFF = [
    (1, "Ann", "Lee", 1990, "2016-03-01", "Oslo"),
    (2, "Bob", "Ray", 1985, "2014-05-01", "Oslo"),
    (3, "Cyd", "Fox", 1990, "2016-07-01", "Rome"),
    (4, "Dan", "Kim", 1979, "2012-01-10", "Rome"),
]
STORES = [("N1", "North Hall", "east"), ("S1", "South Hall", "west")]
# (年份, 门店编号, 员工编号, 薪资)
PAY = [
    (2015, "N1", 1, 100),
    (2016, "N1", 1, 120),
    (2016, "N1", 2, 300),
    (2016, "S1", 3, 90),
    (2016, "S1", 4, 500),
    (2017, "S1", 4, 520),
    (2017, "N1", 3, 95),
]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        (
            "员工",
            [
                ("员工编号", "integer"),
                ("名", "text"),
                ("姓", "text"),
                ("出生年份", "integer"),
                ("入职日期", "date"),
                ("城市", "text"),
            ],
            STAFF,
        ),
        ("stores", [("store_id", "text"), ("store_name", "text"), ("region", "text")], STORES),
        (
            "薪资",
            [("年份", "integer"), ("门店编号", "text"), ("员工编号", "integer"), ("薪资", "integer")],
            PAY,
        ),
    ]


def star_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["员工"].primary_key = ["员工编号"]
    tables["stores"].primary_key = ["store_id"]
    tables["薪资"].foreign_keys = [
        ForeignKey(["门店编号"], "stores", ["store_id"]),
        ForeignKey(["员工编号"], "员工", ["员工编号"]),
    ]
    return Schema(tables=list(tables.values()))


def star_db() -> sqlite3.Connection:
    return memory_db(_tables())


def rows(sql: str | None) -> list[tuple]:
    return sorted(star_db().execute(sql or "").fetchall(), key=str)


# ---------------------------------------------------------------- the fact's year, not a joined date
def test_a_year_goes_to_the_facts_year_column_not_a_joined_tables_date() -> None:
    # Given pay rows with a year column, joined to staff who have a hire date
    # When the 2016 pay of the staff of one city is asked (zh and en)
    for question in ("2016年Oslo员工的薪资总额", "Total 2016 pay of staff in Oslo"):
        a = ask(star_schema(), question)
        # Then 2016 filters the pay rows' year (120 + 300), not the hire date (only Ann: 120)
        assert a.status == "ok", (question, a.message)
        assert '"年份" = 2016' in a.sql and "入职日期" not in a.sql
        assert rows(a.sql) == [(420,)]


def test_a_joined_year_word_right_beside_the_year_keeps_it() -> None:
    # Given the staff's birth year beside the pay's own year
    # When a year is said right after "born" in one clause and another year elsewhere
    a = ask(star_schema(), "2016年非Oslo出生的员工的薪资总额")
    # Then the lone 2016, away from the birth word, is the pay's year
    assert a.status == "ok", a.message
    assert '"年份" = 2016' in a.sql and "出生年份" not in a.sql
    assert rows(a.sql) == [(590,)]


# ---------------------------------------------------------------- a person's full name
def test_a_joined_person_listed_by_the_given_name_shows_the_family_name_too() -> None:
    # Given staff with 名 (given) and 姓 (family) names
    # When the best-paid staff of 2016 are asked for
    a = ask(star_schema(), "2016年薪资最高的两名员工")
    # Then both names are shown beside the pay (三名 / 两名 is a classifier, not 名)
    assert a.status == "ok", a.message
    assert '"名"' in a.sql and '"姓"' in a.sql
    assert rows(a.sql) == [("Bob", "Ray", 300), ("Dan", "Kim", 500)]


def test_full_name_leaves_a_question_about_the_given_name_alone() -> None:
    # Given a listing of the given name asked as "first name"
    from shared.ask.engines.rules.intent import Intent
    from shared.ask.engines.rules.joins import context_for, view_for

    ctx = context_for(star_schema(), None)
    assert ctx is not None
    view = view_for(ctx, "薪资", frozenset({"员工"}))
    intent = Intent(table="薪资", columns=["名"])
    # When it is refined
    changed = full_name(intent, view, "the first names of staff paid in 2016")
    # Then only the given name stays; a question not asking for it gets the family name added
    assert not changed and intent.columns == ["名"]
    assert full_name(intent, view, "staff paid in 2016") and intent.columns == ["名", "姓"]


# ---------------------------------------------------------------- an entity shown by its name, not its code
def test_groups_by_the_key_the_fact_holds_are_shown_by_the_entitys_name() -> None:
    # Given pay rows holding 门店编号, a key to stores(store_id, store_name)
    # When pay is totalled per store ("各门店") or ranked by store ("哪个门店 … 最多")
    a = ask(star_schema(), "2016年各门店的薪资总额")
    b = ask(star_schema(), "2016年哪个门店发的薪资最多")
    # Then the stores' names are the groups, and "the most 薪资" is the most pay in total, not the most rows
    assert a.status == "ok" and b.status == "ok", (a.message, b.message)
    assert rows(a.sql) == [("North Hall", 420), ("South Hall", 590)]
    assert '"门店编号"' not in a.sql.split("FROM")[0]
    assert "SUM(" in b.sql and rows(b.sql) == [("South Hall", 590)]


def test_an_id_asked_for_keeps_the_key() -> None:
    # Given the same pay rows
    from shared.ask.engines.rules.intent import Intent
    from shared.ask.engines.rules.joins import context_for, view_for

    ctx = context_for(star_schema(), None)
    assert ctx is not None
    view = view_for(ctx, "薪资", frozenset({"stores"}), frozenset({"stores"}))
    intent = Intent(table="薪资", dimensions=["门店编号"])
    # When the question asks for the store's code, the key stays; otherwise the name takes its place
    assert not labels_for_keys(intent, view, frozenset({"stores"}), "各门店编号的薪资总额")
    assert labels_for_keys(intent, view, frozenset({"stores"}), "各门店的薪资总额")
    assert intent.dimensions == ["store_name"]


def test_a_person_picked_by_the_key_the_fact_holds_is_named() -> None:
    # Given pay rows holding 员工编号, a key to staff who have names
    # When the best-paid staff are asked for in English
    a = ask(star_schema(), "Which staff earned the highest salary in 2016? top 2")
    # Then the staff are named (given and family name), not listed by their ids
    assert a.status == "ok", a.message
    assert rows(a.sql) == [("Bob", "Ray", 300), ("Dan", "Kim", 500)]


# ---------------------------------------------------------------- an amount named like its table
def test_an_amount_named_like_its_table_is_the_amount_not_the_rows() -> None:
    # Given the table 薪资 whose amount column is 薪资 too
    # When its total for a year is asked
    for question in ("2016年的薪资总额", "What was the total of all salaries in 2016?"):
        a = ask(star_schema(), question)
        # Then it is answered as the amount's total, not doubted as a count of rows
        assert a.status == "ok", (question, a.message)
        assert rows(a.sql) == [(1010,)]


# ---------------------------------------------------------------- names and words not understood
def test_an_unknown_word_on_a_table_nouns_head_is_a_lost_name() -> None:
    # Given stores (store: 门店 / 店) whose names are in English
    # When a store is named in Chinese the data does not hold (蓝湾店, 东湖明珠店)
    for question in ("蓝湾店2016年的薪资总额", "东湖明珠店2016年的薪资总额"):
        a = ask(star_schema(), question)
        # Then the engine asks back rather than total every store's pay
        assert a.status == "clarify", (question, a.sql)


def test_a_per_word_before_words_not_understood_asks_back() -> None:
    # Given pay per store
    # When a ratio "per performance" is asked, which no column holds
    a = ask(star_schema(), "2016年每场演出花费薪资最少的是哪个门店")
    # Then the total per store is not offered as the answer
    assert a.status == "clarify"


def test_a_followup_read_as_the_previous_answer_unchanged_asks_back() -> None:
    # Given a joined answer per store
    first = ask(star_schema(), "2016年各门店的薪资总额")
    assert first.status == "ok"
    # When the follow-up's condition is not understood
    a = ask(star_schema(), "只看亚洲区的呢？", state=first.state)
    # Then the same answer again is not given as the follow-up's
    assert a.status == "clarify"
    # And a follow-up that is understood narrows it
    b = ask(star_schema(), "只看east的呢？", state=first.state)
    assert b.status == "ok" and rows(b.sql) == [("North Hall", 420)]


# ---------------------------------------------------------------- what is asked about, not read
def _reasons(question: str) -> list[str]:
    from datetime import date

    from shared.ask.engines.rules.parse import Parser
    from shared.semantic.schema import SemanticLayer

    parser = Parser(question, star_schema(), SemanticLayer(), date(2025, 6, 15), None)
    parser.run()
    return list(parser.ps.reasons)


def test_who_answered_with_no_name_asks_back() -> None:
    # Given pay rows with no name of their own
    # When "who" is asked and the reading lists only numbers
    a = ask(star_schema(), "Who had the two biggest salaries of 2016?")
    # Then the reading is doubted (a relative "who" after a noun is no question word)
    assert a.status == "clarify"
    # (the doubt itself, and a relative "who": test_engine_answer_doubts.py)


def test_the_thing_after_which_not_understood_is_doubted() -> None:
    # Given no column or value for 联盟
    # When 哪个联盟 asks which one, the reading cannot be about it; "which model year" modifies a known noun
    assert "which_unknown" in _reasons("2016年哪个联盟的薪资总额更多")
    assert "which_unknown" not in _reasons("2016年哪个城市的薪资总额更多")


def test_the_subject_of_a_comparison_not_understood_is_doubted() -> None:
    # Given no column for 观众 (audience)
    # When 观众超过300 compares it, the number goes to another column (薪资 > 300)
    assert "compared_unknown" in _reasons("2016年观众超过300的薪资记录有几条")
    # And a word the compared column's name holds was read (薪资超过300)
    assert "compared_unknown" not in _reasons("2016年薪资超过300的薪资记录有几条")


def test_a_year_beside_a_word_naming_a_year_column_is_that_column() -> None:
    # Given staff with a birth year and a hire date
    # When the staff born in a decade are counted (en / zh)
    for question in ("How many staff were born in the 1990s?", "90年代出生的员工有多少人"):
        a = ask(star_schema(), question)
        # Then the decade bounds the birth year (Ann, Cyd), not the hire date (nobody hired in the 1990s)
        assert a.status == "ok", (question, a.message)
        assert "出生年份" in a.sql and "入职日期" not in a.sql
        assert rows(a.sql) == [(2,)]


def test_a_chinese_count_of_a_joined_entity_after_modifiers_counts_distinct_entities() -> None:
    # Given staff paid in several rows (Ann twice, in 2015 and 2016)
    # When the staff are counted with modifiers between the count word and the noun, or after it
    for question in ("2016年有多少名Oslo的员工有薪资记录", "Oslo、2016年有薪资记录的员工有几人"):
        a = ask(star_schema(), question)
        # Then distinct staff are counted (Ann and Bob), not pay rows; and 2016 is the pay's year
        assert a.status == "ok", (question, a.message)
        assert "COUNT(DISTINCT" in a.sql and '"年份" = 2016' in a.sql
        assert rows(a.sql) == [(2,)]


def test_a_year_after_a_clause_break_is_not_the_joined_year_before_it() -> None:
    # Given staff born in 1985 or later, and pay rows of 2016
    a = ask(star_schema(), "1985年及以后出生、2016年有薪资记录的员工有几人")
    # Then 1985 bounds the birth year and 2016 the pay's own year (Ann, Bob, Cyd)
    assert a.status == "ok", a.message
    assert '"出生年份" >= 1985' in a.sql and '"年份" = 2016' in a.sql
    assert rows(a.sql) == [(3,)]


def test_a_hyphenated_word_or_a_plural_name_not_understood_is_doubted() -> None:
    # Given no column or value for a demonym or a club's name
    for question in ("Total 2016 pay of Norwegian-born staff", "Total 2016 salary at the Lakers stores"):
        a = ask(star_schema(), question)
        # Then the word is reported as not understood and the total of everyone is not offered as the answer
        assert a.status == "clarify", (question, a.sql)
        assert a.unknown_words, question


def test_a_capitalised_word_between_two_tables_is_a_name_not_a_relation_verb() -> None:
    # Given a word English also uses as a verb (united), written capitalised inside the question
    from shared.ask.engines.rules.joins_verbs import _capitalised_inside

    # When it stands between two tables' words ("per origin airport for United Airlines")
    # Then it is a name (not understood, so the answer asks back), while a verb in lower case still relates
    assert _capitalised_inside("united", "Average delay per origin airport for United Airlines")
    assert not _capitalised_inside("teach", "Teachers that teach at least two courses")
    assert not _capitalised_inside("show", "Show the teachers")


def test_a_count_of_a_referenced_table_beside_a_word_not_understood_asks_back() -> None:
    # Given stores that the pay rows point to (薪资.门店编号 -> stores.store_id)
    schema = star_schema()
    # When a count whose noun is not understood is read as the stores' own rows (the stores not named)
    guessed = ask(schema, "How many were hired per region?")
    # Then it asks back (the rows meant may be the pay rows pointing to the stores);
    # the stores named, their count is answered
    assert guessed.status == "clarify", guessed.sql
    named = ask(schema, "How many stores are there per region?")
    assert named.status == "ok", named.message
    assert rows(named.sql)
