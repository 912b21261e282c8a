"""The schema index found once per answer (answerscope), and the code columns once per index (codenames)."""

from __future__ import annotations

import pytest

from shared.semantic.schema import Column, ColumnProfile, Schema, Table
from shared.semantic.vocabulary import answerscope, codenames, linking


def _kennel() -> Schema:
    kinds = ColumnProfile(distinct_count=2, values=[["BGL", 3], ["PDL", 2]])
    cols = [Column("dog_id", "integer"), Column("breed_code", "text", profile=kinds)]
    return Schema(tables=[Table("dogs", cols, row_count=5, primary_key=["dog_id"])])


@pytest.fixture
def fingerprints(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counted: list[int] = []
    real = linking.fingerprint

    def counting(schema, semantic):  # type: ignore[no-untyped-def]
        counted.append(1)
        return real(schema, semantic)

    monkeypatch.setattr(linking, "fingerprint", counting)
    return counted


def test_given_one_answer_when_the_index_is_looked_up_twice_then_one_fingerprint(fingerprints):
    schema = _kennel()
    with answerscope.answering():
        first = linking.index_for(schema)
        again = linking.index_for(schema)
    assert first is again
    assert len(fingerprints) == 1


def test_given_no_answer_in_progress_when_looked_up_then_fingerprinted_each_time(fingerprints):
    schema = _kennel()
    linking.index_for(schema)
    linking.index_for(schema)
    assert len(fingerprints) == 2


def test_given_a_schema_changed_between_answers_when_answered_again_then_its_new_index(fingerprints):
    schema = _kennel()
    with answerscope.answering():
        before = linking.index_for(schema)
    schema.tables[0].row_count = 9
    with answerscope.answering():
        after = linking.index_for(schema)
    assert before is not after


def test_given_nested_scopes_when_looked_up_inside_then_the_outer_lookup_is_kept(fingerprints):
    schema = _kennel()
    with answerscope.answering():
        outer = linking.index_for(schema)
        with answerscope.answering():
            assert linking.index_for(schema) is outer
    assert len(fingerprints) == 1


def test_given_a_code_column_when_asked_twice_then_found_once_per_index(monkeypatch):
    index = linking.index_for(_kennel())
    assert codenames.code_columns(index) == [("dogs", "breed_code", ["BGL", "PDL"])]
    monkeypatch.setattr(codenames, "_code_columns", lambda _index: [])
    assert codenames.code_columns(index) == [("dogs", "breed_code", ["BGL", "PDL"])]


def test_given_a_run_of_characters_with_no_sense_when_linked_then_no_code():
    index = linking.index_for(_kennel())
    assert codenames.code_links("桌椅板凳", index) == []
