"""Per-index memos of the linker (SchemaIndex.memo): the same links as a fresh reading, each caller its own
list, and never shared between two schemas' indexes; built indexes frozen out of full collections."""

from __future__ import annotations

import gc

from shared.semantic.schema import Schema
from shared.semantic.vocabulary import heap
from shared.semantic.vocabulary.glosses import _read_whole, _read_whole_once
from shared.semantic.vocabulary.linking import index_for
from tests.engine.schemas import profiled_table


def _kennel(name: str) -> Schema:
    table = profiled_table(
        "kennels", [("Breed", "text"), (name, "integer")], [("Collie", 3), ("Pug", 5), ("Boxer", 1)]
    )
    return Schema(tables=[table])


def test_a_memoised_reading_matches_a_fresh_one_and_is_the_callers_own():
    # Given the index of a small schema with a Chinese word read whole twice
    index = index_for(_kennel("Puppies"))
    first = _read_whole("幼犬数量", False, index)
    # When the caller changes its list
    first.append(None)  # type: ignore[arg-type]
    # Then the second reading is the fresh reading, untouched
    assert _read_whole("幼犬数量", False, index) == _read_whole_once("幼犬数量", False, index)


def test_memos_are_never_shared_between_indexes():
    # Given two schemas' indexes
    one, other = index_for(_kennel("Puppies")), index_for(_kennel("Litters"))
    _read_whole("幼犬", False, one)
    # Then each keeps its own memo
    assert one.memo is not other.memo


def test_a_built_index_is_kept_out_of_full_collections():
    # Given a schema whose index was never built
    gc.unfreeze()
    # When its index is built
    index = index_for(_kennel("Whelps"))
    # Then what was alive then (the index with it) is frozen, out of the full collector's walk
    assert gc.get_freeze_count() > 0
    assert index_for(_kennel("Whelps")) is index


def test_a_dropped_index_goes_back_to_the_collector():
    # Given a frozen heap
    gc.freeze()
    # When an index is dropped
    heap.release()
    # Then nothing stays frozen
    assert gc.get_freeze_count() == 0
