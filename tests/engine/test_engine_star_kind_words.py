"""A star whose dimension has Chinese headers and Chinese names that all end in the dimension's own noun
(宠物保险, 手机保险, 房屋保险 in table 保险), asked in English: the shared head word is the column's kind,
not a value (vocabulary/valuenames.py), and a two-word Chinese header is named by its halves' glosses
joined (保险类型: "insurance type", vocabulary/flagheaders.py). A schema of its own: insurance policies."""

from __future__ import annotations

from shared.semantic.schema import ForeignKey, Schema, Table
from shared.semantic.vocabulary.flagheaders import compound_english
from shared.semantic.vocabulary.valuenames import value_names
from tests.engine.schemas import ask, memory_db, profiled_table

KINDS = [(1, "Pet", "宠物保险"), (2, "Phone", "手机保险"), (3, "Home", "房屋保险")]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    policies = [(i, 100 + 37 * (i % 7) + 11 * (i % 3), 1 + i % 3, 18 + (i * 7) % 50) for i in range(1, 31)]
    return [
        ("保险", [("编号", "integer"), ("保险类型", "text"), ("中文名称", "text")], KINDS),
        (
            "policies",
            [
                ("policy_id", "integer"),
                ("premium", "decimal"),
                ("insurance_id", "integer"),
                ("age", "integer"),
            ],
            policies,
        ),
    ]


def _schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["保险"].primary_key = ["编号"]
    tables["policies"].primary_key = ["policy_id"]
    tables["policies"].foreign_keys = [ForeignKey(["insurance_id"], "保险", ["编号"])]
    return Schema(tables=list(tables.values()))


def test_a_head_word_every_value_ends_in_names_no_value():
    # Given names that all end in 保险 (insurance) / When their English keys are made
    keys, _sounds = value_names([name for _id, _en, name in KINDS])
    # Then "insurance" names none of them, while a head shared by some values only still would
    assert "insurance" not in keys and "保 险" not in keys
    some, _ = value_names(["宠物保险", "手机保险", "宠物贷款"])
    assert {v for v, _s in some.get("insurance", [])} == {"宠物保险", "手机保险"}


def test_a_plain_two_word_header_is_named_by_its_first_glosses():
    # Given 保险类型 (insurance + type), no flag / When naming it in English
    names = compound_english("保险类型", flag=False)
    # Then "insurance type" names it, by the halves' first senses only
    assert "insurance type" in names
    assert all(len(k.split()) <= 3 for k in names)


def test_a_group_by_the_dimension_kind_joins_and_keeps_every_row():
    # Given policies keyed to 保险 / When the average premium by insurance type is asked
    answer = ask(_schema(), "Average premium by insurance type")
    # Then it groups by the English type column over the join, with no filter on the names
    assert answer.status == "ok", answer.message
    sql = answer.sql or ""
    assert "保险类型" in sql and "GROUP BY" in sql and "WHERE" not in sql
    rows = dict(memory_db(_tables()).execute(sql).fetchall())
    assert set(rows) == {"Pet", "Phone", "Home"}


def test_a_flag_whose_second_word_is_unglossed_is_named_by_its_first():
    # Given 是否手动扣款 (manual + 扣款, which the dictionary lacks) / When naming the flag in English
    # Then its first word's gloss names it, as an adjective ("which accounts are manual?")
    assert compound_english("手动扣款") == {"manual": 0.8}
    assert "band member" in compound_english("乐队成员")


def test_an_adjective_flag_on_a_dimension_filters_it():
    # Given refund methods with a 是否手动扣款 flag / When asking which are manual
    methods = [(1, "Cash", 1), (2, "Wire", 0), (3, "Voucher", 1)]
    table = profiled_table(
        "退款方式", [("编号", "integer"), ("方式", "text"), ("是否手动扣款", "integer")], methods
    )
    answer = ask(Schema(tables=[table]), "Which refund methods are manual?")
    # Then the flag filters the methods
    assert answer.status == "ok", answer.message
    assert '"是否手动扣款" = 1' in (answer.sql or "")
