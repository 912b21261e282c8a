"""Star schemas with a bridge and mixed-language headers ("movie" round): a text stamp named <verb>ed_on
is a time axis though its values were too many to profile, a Chinese header X年份 is also named by X, a
Chinese word <stored value><one character> (足球队 "soccer team") is that value and not the thing, and
the noun right before a Chinese count word is what is counted, never the groups ranked.

A schema of its own: club members by sport (Chinese and English names of the sports), joined on.
"""

from __future__ import annotations

from shared.semantic.schema import Column, ColumnProfile, Schema, Table
from shared.semantic.vocabulary import derived
from shared.semantic.vocabulary.kindwords import kind_values
from shared.semantic.vocabulary.linking import column_info, index_for
from tests.engine.schemas import ask, profiled_table

SPORTS = [
    ("足球", "Soccer", 2001),
    ("网球", "Tennis", 1999),
    ("游泳", "Swimming", 2005),
    *[
        (zh, en, 2006 + i)
        for i, (zh, en) in enumerate(
            [("排球", "Volleyball"), ("棒球", "Baseball"), ("羽毛球", "Badminton"), ("滑雪", "Skiing")]
            + [
                ("拳击", "Boxing"),
                ("击剑", "Fencing"),
                ("赛跑", "Running"),
                ("跳水", "Diving"),
                ("射箭", "Archery"),
            ]
        )
    ],
]
MEMBERS = [
    (i, ["Soccer", "Tennis", "Swimming"][i % 3], f"2023-0{1 + i % 9}-1{i % 10}", 10.0 + i) for i in range(40)
]


def _sports() -> Table:
    return profiled_table("sports", [("项目", "text"), ("sport", "text"), ("创办年份", "integer")], SPORTS)


def _members() -> Table:
    return profiled_table(
        "members",
        [("member_id", "integer"), ("sport", "text"), ("joined_on", "text"), ("fee", "float")],
        MEMBERS,
    )


def test_a_participle_then_on_or_at_names_a_time_axis():
    # Given text columns whose values were too many to profile, named borrowed_on / created_at / note_on
    table = Table(name="loans", columns=[], row_count=5000)

    def role(name: str) -> str:
        col = Column(name, "text", profile=ColumnProfile(distinct_count=4000, values=None))  # type: ignore[arg-type]
        return column_info(col, table).role

    # When their roles are read / Then the event stamps are time axes, a plain word before on is not
    assert role("borrowed_on") == "time"
    assert role("created_at") == "time"
    assert role("note_on") != "time"
    assert role("based_on") != "time"  # too short a participle to say an event


def test_a_year_header_is_also_named_by_its_event():
    # Given a Chinese header 创办年份 ("founding year") / When its phrase keys are read
    keys = derived.header_keys("创办年份", None)
    # Then 创办 alone names it, weakly, as 订单 names 订单日期
    assert keys.get("创 办") == 0.7


def test_a_stored_value_and_a_kind_character_is_that_value():
    # Given sports stored as 足球 / 'Soccer' / When 足球队 ("soccer team") is read
    index = index_for(Schema(tables=[_sports()]))
    found = {(lk.column, lk.value) for lk in kind_values("足球队", index)}
    # Then it is the sport, in both names; a word whose prefix is no stored value is nothing
    assert found == {("项目", "足球"), ("sport", "Soccer")}
    assert kind_values("篮球场", index) == []


def test_a_value_word_is_not_dropped_from_a_question():
    # Given a one-table schema of sports / When 足球队 is asked about
    answer = ask(Schema(tables=[_sports()]), "足球队的创办年份")
    # Then the sport is a filter, or the engine asks back: never all the sports' years
    sql = answer.sql or ""
    assert answer.status != "ok" or "'Soccer'" in sql or "'足球'" in sql


def test_the_noun_before_a_count_word_is_counted_not_grouped():
    # Given members with a fee per row / When the year with the most members' fees is asked
    answer = ask(Schema(tables=[_members()]), "哪一年的会费数量最多")
    # Then no grouping by the counted column: by the year, or asked back
    assert 'GROUP BY "fee"' not in (answer.sql or "")


def test_a_count_kept_by_one_kinds_name_is_asked_back():
    # Given the table of sports, one row a sport / When the things of one sport are counted
    answer = ask(Schema(tables=[_sports()]), "游泳有多少个")
    # Then counting the one row named is no answer: asked back
    assert answer.status != "ok" or "COUNT" not in (answer.sql or "")


def test_two_names_of_kinds_joined_by_and_hold_no_row():
    # Given a reading keeping rows named by two one-row-per-value columns, and
    from shared.ask.engines.rules.intent import Filter, Intent, Measure
    from shared.ask.engines.rules.unique_filters import two_rows_at_once

    index = index_for(Schema(tables=[_sports()]))
    columns = index.tables["sports"].columns
    both = Intent(table="sports", measures=[Measure("count")])
    both.filters = [Filter("项目", "=", ["足球"], "value"), Filter("sport", "=", ["Tennis"], "value")]
    # When weighed / Then no row holds both; one name alone is a plain filter
    assert two_rows_at_once(both, columns)
    both.filters = both.filters[:1]
    assert not two_rows_at_once(both, columns)


def test_both_a_and_b_is_not_either():
    # Given a reading keeping one column IN two values
    from shared.ask.engines.rules.unique_filters import both_read_as_either

    intent = {"filters": [{"column": "sport", "op": "in", "values": ["Soccer", "Tennis"], "source": "value"}]}
    # When the question said both / Then the reading is doubted; a plain "A or B" question is not
    assert both_read_as_either("既是足球又是网球的会员有多少", intent)
    assert both_read_as_either("members who play both soccer and tennis", intent)
    assert not both_read_as_either("members who play soccer or tennis", intent)


def test_a_value_word_drops_the_key_its_head_reached():
    # Given sports and a members table whose key is named after the thing (sport_id would be reached by 队)
    index = index_for(Schema(tables=[_sports()]))
    from shared.semantic.vocabulary.kindwords import values_of_kind_words
    from shared.semantic.vocabulary.linktypes import Item, Link

    item = Item(0, 3, "match", "足 球 队", links=[Link("column", "sports", "项目", None, 0.55)])
    # When read / Then the word is the sport's value, the column link gone
    (read,) = values_of_kind_words([item], index)
    assert {lk.kind for lk in read.links} == {"value"}
