"""A company's name said without its legal suffix over a join ("Harbor Freight Lines" for 'Harbor Freight
Lines Inc.'), and a predicate not understood on the counted rows ("were rerouted"), issue 11."""

from __future__ import annotations

from shared.ask.engines.rules.joins_confidence import predicate_unread
from shared.semantic.schema import ForeignKey, Schema, Table
from tests.engine.schemas import ask, profiled_table

HAULERS = [("HF", "Harbor Freight Lines Inc."), ("BX", "Bluecrest Express Corp."), ("QT", "Quickteam")]
SHIPMENTS = [(i, ("HF", "BX", "QT")[i % 3], float(10 + (i % 4) * 5)) for i in range(1, 31)]


def _tables() -> list[tuple[str, list[tuple[str, str]], list[tuple]]]:
    return [
        ("haulers", [("code", "text"), ("name", "text")], HAULERS),
        ("shipments", [("shipment_id", "integer"), ("code", "text"), ("weight", "real")], SHIPMENTS),
    ]


def freight_schema() -> Schema:
    tables: dict[str, Table] = {name: profiled_table(name, cols, rows) for name, cols, rows in _tables()}
    tables["haulers"].primary_key = ["code"]
    tables["shipments"].foreign_keys = [ForeignKey(["code"], "haulers", ["code"])]
    return Schema(tables=list(tables.values()))


def test_a_company_named_without_its_legal_suffix_filters_the_joined_table() -> None:
    # Given haulers whose names carry a legal suffix, joined from shipments
    # When the average weight of one is asked with its name said without the suffix
    a = ask(freight_schema(), "Average shipment weight of Harbor Freight Lines")
    # Then the hauler is read as a value, filtered by its full stored name over the join
    assert "'Harbor Freight Lines Inc.'" in (a.sql or ""), a.message
    assert "Harbor" not in " ".join(a.unknown_words or [])


def test_a_predicate_not_understood_is_a_condition_left_out() -> None:
    # Given a count question whose last clause says what happened to the rows in a word not understood
    # When its unknown words are weighed
    # Then the word said as the predicate is a condition not applied, a word elsewhere is not
    rows = 'SELECT COUNT(*) FROM "shipments"'
    assert predicate_unread("How many Bluecrest shipments were rerouted?", ["rerouted"], rows)
    assert predicate_unread("How many shipments were rerouted in May?", ["rerouted"], rows)
    assert not predicate_unread("Which rerouted shipments were heavy?", ["rerouted"], rows)
    assert not predicate_unread("How many shipments were there?", ["rerouted"], rows)
    # and a total read through the join is not a count of every row
    total = 'SELECT SUM(t0."weight") FROM "shipments"'
    assert not predicate_unread("How much weight was rerouted?", ["rerouted"], total)


def test_a_count_with_a_predicate_not_understood_asks_back() -> None:
    # Given the same tables
    # When the shipments of a named hauler are counted with a condition the schema does not hold
    a = ask(freight_schema(), "How many Harbor Freight Lines shipments were rerouted?")
    # Then the engine does not answer the count of all its shipments as certain
    assert a.status != "ok"
