"""The schema indexes one answer has looked up, found again by the schema's identity.

An index is found by the fingerprint of its schema and semantic layer, a walk over every column's
profile; one answer looks it up several times (the join planner, the parser, each extra run over the
same schema), and the schema does not change while it is answered. Inside `answering()` the first
lookup of a (schema, semantic) pair is kept, by the objects' identity, until the answer is done;
outside it every lookup computes the fingerprint as before (a schema changed between answers is seen).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

# (id(schema), id(semantic)) -> (schema, semantic, index): the objects are held so their ids stay theirs
Kept = dict[tuple[int, int], tuple[Any, Any, Any]]
_KEPT: ContextVar[Kept | None] = ContextVar("answer_indexes", default=None)


@contextmanager
def answering() -> Iterator[None]:
    """One answer's scope (nested scopes share the outermost one's lookups)."""
    if _KEPT.get() is not None:
        yield
        return
    token = _KEPT.set({})
    try:
        yield
    finally:
        _KEPT.reset(token)


def kept(schema: Any, semantic: Any, look_up: Callable[[], T]) -> T:
    """The index looked up for these very objects earlier in this answer, else `look_up()`."""
    scope = _KEPT.get()
    if scope is None:
        return look_up()
    key = (id(schema), id(semantic))
    hit = scope.get(key)
    if hit is not None and hit[0] is schema and hit[1] is semantic:
        return hit[2]  # type: ignore[no-any-return]
    found = look_up()
    scope[key] = (schema, semantic, found)
    return found
