"""Readings behind confidently wrong answers, on schemas of their own: a value's Chinese rendering in
parentheses read as a second condition, a word before a place (下沉田块上) read as a verb relating two tables,
and a question framed as a follow-up (那…呢) answered with no question before it."""

from __future__ import annotations

from shared.semantic.schema import ForeignKey, Schema, SemanticLayer, Table
from tests.engine.schemas import ask, memory_db, orders_schema, profiled_table

ROOMS = [(1, "Quiet Zone"), (2, "Open Zone"), (3, "Quiet Zone"), (4, "Open Zone")]
MAKERS = [(10, "Quiet"), (11, "Standard")]
# (desk_id, room_id, maker_id, price): the desks in quiet-zone rooms are of both makers' lines
DESKS = [(100 + i, 1 + i % 4, 10 + i % 2 if i % 3 else 11, 50 + i) for i in range(24)]


def _desk_tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("rooms", [("room_id", "integer"), ("room_kind", "text")], ROOMS),
        ("makers", [("maker_id", "integer"), ("maker_line", "text")], MAKERS),
        (
            "desks",
            [("desk_id", "integer"), ("room_id", "integer"), ("maker_id", "integer"), ("price", "integer")],
            DESKS,
        ),
    ]


def _desks() -> Schema:
    tables: dict[str, Table] = {n: profiled_table(n, c, r) for n, c, r in _desk_tables()}
    tables["rooms"].primary_key = ["room_id"]
    tables["makers"].primary_key = ["maker_id"]
    tables["desks"].foreign_keys = [
        ForeignKey(["room_id"], "rooms", ["room_id"]),
        ForeignKey(["maker_id"], "makers", ["maker_id"]),
    ]
    return Schema(tables=list(tables.values()))


def test_a_values_chinese_rendering_in_parentheses_names_no_second_condition() -> None:
    # Given desks in rooms of two kinds, made by makers of two lines, one line named like a word of a kind
    schema = _desks()
    # When the count in one kind of room is asked, the kind written out and glossed in Chinese (安静: quiet)
    a = ask(schema, "Quiet Zone（安静区）的房间里有多少张书桌")
    # Then the gloss restates the room kind: no maker line 'Quiet' is added as a second condition
    assert a.status == "ok", a.message
    assert "maker_line" not in (a.sql or ""), a.sql
    rows = memory_db(_desk_tables()).execute(a.sql or "").fetchall()
    assert rows == [(sum(1 for d in DESKS if d[1] in (1, 3)),)]


CROPS = [("C1", "Grain"), ("C2", "Fruit"), ("C3", "Grain")]
PLOTS = [(1, "Irrigated"), (2, "Dry"), (3, "Irrigated")]
# (harvest_id, plot_id, crop_code, yield_kg)
HARVESTS = [(i, 1 + i % 3, ("C1", "C2", "C3")[i % 3], 10 * i) for i in range(18)]


def _farm() -> Schema:
    tables: dict[str, Table] = {
        "作物": profiled_table("作物", [("作物代码", "text"), ("作物类别", "text")], CROPS),
        "田块": profiled_table("田块", [("田块编号", "integer"), ("田块类型", "text")], PLOTS),
        "收成": profiled_table(
            "收成",
            [("收成编号", "integer"), ("田块编号", "integer"), ("作物代码", "text"), ("产量", "integer")],
            HARVESTS,
        ),
    }
    tables["作物"].primary_key = ["作物代码"]
    tables["田块"].primary_key = ["田块编号"]
    tables["收成"].foreign_keys = [
        ForeignKey(["田块编号"], "田块", ["田块编号"]),
        ForeignKey(["作物代码"], "作物", ["作物代码"]),
    ]
    return Schema(tables=list(tables.values()))


def test_a_word_before_a_place_is_no_verb_relating_two_tables() -> None:
    # Given harvests of crops on plots; no plot is of a sunken kind
    schema = _farm()
    # When the yield per crop class is asked on plots qualified by a word the data does not hold (下沉: a
    # verb in the dictionary, and its first character a particle)
    a = ask(schema, "下沉田块上各作物类别的产量合计")
    # Then the word qualifies the plots (田块上: on the plots), it is not understood, and the engine asks back
    # instead of answering every plot's yield
    assert a.status == "clarify", a.sql
    assert "下沉" in (a.message or ""), a.message
    # and the same question about every plot is answered
    assert ask(schema, "各作物类别的产量合计").status == "ok"


def test_a_question_framed_as_a_follow_up_asks_back_with_no_question_before_it() -> None:
    # Given orders, and no question asked before
    schema = orders_schema()
    # When a question is framed as an edit of a previous one (那…呢: and what about …?)
    alone = ask(schema, "那web渠道的订单呢？")
    # Then there is nothing to edit: the engine asks back instead of listing what the words name
    assert alone.status == "clarify", alone.sql
    # and after a question, the same words edit it
    first = ask(schema, "app渠道的订单金额合计")
    assert first.status == "ok", first.message
    after = ask(schema, "那web渠道的订单呢？", state=first.state)
    assert after.status == "ok", after.message
    assert "'web'" in (after.sql or "") and "SUM" in (after.sql or ""), after.sql


FAMILIES = ["Poaceae", "Rosaceae", "Fabaceae", "Solanaceae"]
VARIETIES = [(f"V{i}", FAMILIES[i % 4], ("food", "feed")[i % 2]) for i in range(8)]
# (harvest_id, variety_id, tonnes, year): variety Vi is harvested 2 * i + 1 times
PICKS = [
    (n, f"V{i}", 7 + n % 5, 2020 + n % 3) for n, i in enumerate(i for i in range(8) for _ in range(2 * i + 1))
]


def _orchard() -> Schema:
    fact = [("harvest_id", "integer"), ("variety_id", "text"), ("tonnes", "integer"), ("year", "integer")]
    tables: dict[str, Table] = {
        "品种": profiled_table("品种", [("品种代码", "text"), ("科", "text"), ("用途", "text")], VARIETIES),
        "harvests": profiled_table("harvests", fact, PICKS),
    }
    tables["品种"].primary_key = ["品种代码"]
    tables["harvests"].foreign_keys = [ForeignKey(["variety_id"], "品种", ["品种代码"])]
    return Schema(tables=list(tables.values()))


PICKING = SemanticLayer(tables={"harvests": {"synonyms": ["采收"]}})


def test_things_asked_for_by_their_table_are_not_answered_by_codes_when_no_column_names_them() -> None:
    # Given harvests holding variety codes, and varieties with a family and a use but no name column
    schema = _orchard()
    # When the varieties harvested fewer than 3 times are asked for
    a = ask(schema, "采收次数少于3次的品种有哪些", semantic=PICKING)
    # Then the harvests' variety codes are no answer, and which words name a variety is unsure: the engine
    # asks back
    assert a.status == "clarify", a.sql
    # and when the codes are asked for, they are the answer
    codes = ask(schema, "采收次数少于3次的品种代码有哪些", semantic=PICKING)
    assert codes.status == "ok", codes.message
    assert "variety_id" in (codes.sql or "") or "品种代码" in (codes.sql or ""), codes.sql


def _payments() -> Schema:
    columns = [("region", "text"), ("year", "integer"), ("amount", "float"), ("units", "integer")]
    rows = [(("North", "South", "East")[i % 3], 2022 + i % 3, 100.0 + 7 * i, 1 + i % 5) for i in range(60)]
    return Schema(tables=[profiled_table("payments", columns, rows)])


def test_a_total_amount_word_after_words_not_understood_totals_no_guessed_column() -> None:
    # Given payments with one amount column
    schema = _payments()
    # When the total of something the data does not name is asked (退货运费总额: the total of return freight)
    a = ask(schema, "North地区2023年的退货运费总额是多少")
    # Then the amount column is not totalled in its place: the engine asks back
    assert a.status != "ok", a.sql
    # and the total amount itself is still the amount column's sum
    plain = ask(schema, "North地区2023年的总额是多少")
    assert plain.status == "ok", plain.message
    assert 'SUM("amount")' in (plain.sql or ""), plain.sql


def test_a_count_of_a_noun_naming_columns_is_not_answered_by_counting_rows() -> None:
    # Given trips with a pick-up city and a drop-off city
    towns = ["Ely", "Looe", "Bude", "Wells", "Rye"]
    rows = [(i, towns[i % 5], towns[(i * 2 + 1) % 5], 10.0 + i) for i in range(50)]
    columns = [("trip_id", "integer"), ("pickup_city", "text"), ("dropoff_city", "text"), ("fare", "float")]
    schema = Schema(tables=[profiled_table("trips", columns, rows)])
    # When the number of cities of a kind the data does not spell is asked (终点城市: terminal cities)
    a = ask(schema, "有多少个终点城市")
    # Then the trips are not counted in their place: the engine asks back
    assert a.status == "clarify", a.sql
