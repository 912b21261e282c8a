"""Read ahead on a helper thread: Arrow releases the GIL, so reading and converting the next batch
overlaps with writing the previous one to the database.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Iterator
from typing import Any


def prefetched(items: Iterator[Any], depth: int = 2) -> Generator[Any, None, None]:
    """`items`, produced on a helper thread up to `depth` ahead; its exceptions re-raise here."""
    import queue  # lazy: cold start

    handoff: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        handoff.put(("item", item), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            handoff.put(("done", None))
        except BaseException as exc:  # handed to the consumer, raised there
            handoff.put(("error", exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # a generator stops its own helper threads now, not when collected

    worker = threading.Thread(target=produce, name="chatbi-load-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = handoff.get()
            if kind == "done":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        while worker.is_alive():
            try:
                handoff.get_nowait()
            except queue.Empty:
                worker.join(timeout=0.05)
