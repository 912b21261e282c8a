"""A tiny OpenAI-compatible chat server on a real socket, playing scripted replies in order.

Tests (and bench/llm_overhead.py) point the real `openai` client at it. Every request body
is recorded, so a test can read the exact prompt the engine sent.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    stall_s: float = 0.0

    @classmethod
    def content(cls, text: str, *, prompt_tokens: int = 100, completion_tokens: int = 20) -> Reply:
        """A normal chat completion whose message content is `text`."""
        return cls.json_body(completion_body(text, prompt_tokens, completion_tokens))

    @classmethod
    def json_body(cls, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
        return cls(status, json.dumps(data).encode(), {"Content-Type": "application/json", **(headers or {})})

    @classmethod
    def error(cls, status: int, *, retry_after: str | None = None) -> Reply:
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        body = {"error": {"message": f"scripted {status}", "type": "server_error", "code": str(status)}}
        return cls.json_body(body, status=status, headers=headers)

    @classmethod
    def raw(cls, body: str, content_type: str = "application/json") -> Reply:
        return cls(200, body.encode(), {"Content-Type": content_type})

    @classmethod
    def stall(cls, seconds: float, then: Reply) -> Reply:
        return cls(then.status, then.body, then.headers, stall_s=seconds)


def completion_body(text: str, prompt_tokens: int = 100, completion_tokens: int = 20) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "fake-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


class FakeLLMServer:
    """Start with `with FakeLLMServer() as server:`; `server.url` is the base URL for the client."""

    def __init__(self, default: Reply | None = None):
        self.replies: deque[Reply] = deque()
        self.default = default  # answered when the script is exhausted (bench); None -> HTTP 500
        self.requests: list[dict[str, Any]] = []
        self.request_times: list[float] = []
        self._stop = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def script(self, *replies: Reply) -> FakeLLMServer:
        self.replies.extend(replies)
        return self

    def prompts(self) -> list[str]:
        """Every message text of every recorded request, one string per request."""
        return ["\n".join(str(m.get("content")) for m in r.get("messages", [])) for r in self.requests]

    def __enter__(self) -> FakeLLMServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _next(self) -> Reply:
        if self.replies:
            return self.replies.popleft()
        if self.default is not None:
            return self.default
        return Reply.error(500)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
                pass

            def do_POST(self) -> None:  # noqa: N802 - stdlib naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                body["_path"] = self.path
                server.requests.append(body)
                server.request_times.append(time.monotonic())
                reply = server._next()
                if reply.stall_s and server._stop.wait(reply.stall_s):
                    return
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): exactly what a stall test wants

        return Handler
