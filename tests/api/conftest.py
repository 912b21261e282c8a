"""A live HTTP server (Uvicorn in a thread) around an app, for tests that need real sockets."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def serve(app: object) -> Iterator[str]:
    """Run `app` on a free local port; yields its base URL and stops the server afterwards."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")  # type: ignore[arg-type]
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    ready = threading.Event()
    for _ in range(1000):  # polls the server's own flag; uvicorn offers no start callback
        if server.started:
            break
        ready.wait(0.01)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def live_url(storage: object) -> Iterator[str]:
    """Given the all-in-one app served over real HTTP on the test's storage."""
    from functions.local import app

    with serve(app) as url:
        yield url
