"""Long-lived indexes kept out of the cycle collector's full passes.

A schema's phrase index holds a few hundred thousand objects that live as long as the process. Python's
full (oldest-generation) collection walks every one of them: ~0.3 s, due every few hundred answers, about a
tenth of the engine's time. Freezing the heap once an index is built moves what is alive then (the index,
the lexicon, modules) out of the collector's reach; freed objects still go by reference counting.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """An index was just built: what is alive now is long-lived, so full collections skip it."""
    gc.freeze()


def release() -> None:
    """An index was dropped: frozen objects go back to the collector, so any cycle in it can be freed
    (the next build freezes what is still alive)."""
    gc.unfreeze()
